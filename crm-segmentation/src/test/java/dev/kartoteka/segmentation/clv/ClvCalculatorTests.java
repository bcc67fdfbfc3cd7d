package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClvCalculatorTests {

    @Test
    void simpleClvMultipliesItsFactors() {
        assertThat(ClvCalculator.simple(200, 3, 0.25, 4)).isCloseTo(600, within(1e-9));
    }

    @Test
    void finiteRetentionSumsDiscountedRetainedMargins() {
        // m=100, r=0.8, d=0.1, 3 periods: 100 + 100*0.8/1.1 + 100*(0.8/1.1)^2
        double q = 0.8 / 1.1;
        assertThat(ClvCalculator.retention(100, 0.8, 0.1, 3)).isCloseTo(100 + 100 * q + 100 * q * q, within(1e-9));
    }

    @Test
    void infiniteRetentionIsTheClosedFormAndTheLimitOfTheFiniteSums() {
        double closed = ClvCalculator.retentionInfinite(100, 0.8, 0.1);
        assertThat(closed).isCloseTo(100 * 0.8 / (1 + 0.1 - 0.8), within(1e-9));
        // the closed form counts from the next period: finite sum minus the current period's margin
        assertThat(ClvCalculator.retention(100, 0.8, 0.1, 2000) - 100).isCloseTo(closed, within(1e-6));
    }

    @Test
    void bgNbdClvGrowsWithTheHorizonAndFallsWithTheDiscountRate() {
        BgNbdParameters p = new BgNbdParameters(0.2426, 4.4136, 0.7929, 2.4259);
        double year = ClvCalculator.bgNbd(p, 4, 30, 38, 35, 0.3, 12, 52.0 / 12, 0.01);
        double twoYears = ClvCalculator.bgNbd(p, 4, 30, 38, 35, 0.3, 24, 52.0 / 12, 0.01);
        double discounted = ClvCalculator.bgNbd(p, 4, 30, 38, 35, 0.3, 12, 52.0 / 12, 0.05);

        assertThat(twoYears).isGreaterThan(year);
        assertThat(discounted).isLessThan(year);
        // undiscounted, it is exactly value × margin × expected purchases over the horizon
        assertThat(ClvCalculator.bgNbd(p, 4, 30, 38, 35, 0.3, 12, 52.0 / 12, 0))
                .isCloseTo(35 * 0.3 * p.conditionalExpectedPurchases(52, 4, 30, 38), within(1e-9));
    }

    @Test
    void rejectsImpossibleInputs() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClvCalculator.simple(-1, 1, 0.5, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> ClvCalculator.retention(1, 1.2, 0.1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> ClvCalculator.retentionInfinite(1, 1, 0));
    }
}
