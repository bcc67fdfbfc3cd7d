package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the BG/NBD predictions for any parameters and histories. */
class BgNbdPropertyTests {

    @Test
    void aLongerHorizonNeverLowersExpectedPurchases() {
        ClvTheories.qt().withExamples(500).forAll(
                parameters(), integers().between(0, 200), doubles().between(0, 1), doubles().between(0.1, 100)
        ).checkAssert((p, x, share, horizon) -> {
            double age = 52;
            double tx = x == 0 ? 0 : share * age;
            double shorter = p.conditionalExpectedPurchases(horizon, x, tx, age);
            double longer = p.conditionalExpectedPurchases(horizon * 1.5, x, tx, age);
            assertThat(longer).isFinite().isGreaterThanOrEqualTo(shorter * (1 - 1e-12));
            assertThat(p.expectedPurchases(horizon * 1.5)).isGreaterThanOrEqualTo(p.expectedPurchases(horizon)
                    * (1 - 1e-12));
        });
    }

    @Test
    void aMoreRecentLastPurchaseNeverLowersTheProbabilityOfBeingAlive() {
        ClvTheories.qt().withExamples(500).forAll(
                parameters(), integers().between(1, 5000), doubles().between(0, 1)
        ).checkAssert((p, x, share) -> {
            double age = 52;
            double earlier = p.probabilityAlive(x, share * age * 0.5, age);
            double later = p.probabilityAlive(x, share * age, age);
            assertThat(later).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(earlier);
        });
    }

    private static Gen<BgNbdParameters> parameters() {
        return doubles().between(0.05, 5).zip(doubles().between(0.1, 50), doubles().between(0.05, 5),
                doubles().between(0.05, 10), BgNbdParameters::new);
    }
}
