package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** BG/BB against the published donations estimates (Fader, Hardie &amp; Shang 2010). */
class BgBbTests {

    private static List<DiscretePattern> donations;
    private static BgBbFit fit;

    @BeforeAll
    static void fitDonations() {
        donations = donations();
        fit = BgBbFit.fit(donations);
    }

    @Test
    void reproducesThePublishedDonationsEstimatesAndLogLikelihood() {
        BgBbParameters p = fit.parameters();
        assertThat(donations).hasSize(22);
        assertThat(p.alpha()).isCloseTo(1.204, within(0.0005));
        assertThat(p.beta()).isCloseTo(0.750, within(0.0005));
        assertThat(p.gamma()).isCloseTo(0.657, within(0.0005));
        assertThat(p.delta()).isCloseTo(2.783, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-33225.58, within(0.01));
        assertThat(fit.customers()).isEqualTo(11_104);
    }

    @Test
    void weightedPatternsAndExpandedRowsGiveExactlyTheSameFit() {
        List<DiscretePattern> mixed = new ArrayList<>();
        int expanded = 0;
        for (DiscretePattern p : donations) {
            if (p.weight() < 160) {
                // one row per donor for the small patterns
                for (int i = 0; i < p.weight(); i++) {
                    mixed.add(DiscretePattern.of(p.frequency(), p.recency(), p.opportunities()));
                }
                expanded++;
            } else {
                mixed.add(p);
            }
        }
        Collections.shuffle(mixed, new Random(7));
        assertThat(expanded).isGreaterThanOrEqualTo(4);
        assertThat(mixed.size()).isGreaterThan(donations.size() + 500);

        BgBbFit again = BgBbFit.fit(mixed);

        assertThat(again.parameters()).isEqualTo(fit.parameters());
        assertThat(again.logLikelihood()).isEqualTo(fit.logLikelihood());
        assertThat(again.customers()).isEqualTo(fit.customers());
    }

    @Test
    void logLikelihoodIsThePapersBetaFunctionSum() {
        BgBbParameters p = fit.parameters();
        for (DiscretePattern d : donations) {
            int x = d.frequency();
            int tx = d.recency();
            int n = d.opportunities();
            double likelihood = beta(p.alpha() + x, p.beta() + n - x) / beta(p.alpha(), p.beta())
                    * beta(p.gamma(), p.delta() + n) / beta(p.gamma(), p.delta());
            for (int i = 0; i <= n - tx - 1; i++) {
                likelihood += beta(p.alpha() + x, p.beta() + tx - x + i) / beta(p.alpha(), p.beta())
                        * beta(p.gamma() + 1, p.delta() + tx + i) / beta(p.gamma(), p.delta());
            }
            assertThat(p.logLikelihood(x, tx, n)).isCloseTo(Math.log(likelihood), within(1e-10));
        }
    }

    @Test
    void probabilityAliveIsAProbabilityAndOneAtTheLastOpportunityAfterATransactionThere() {
        BgBbParameters p = fit.parameters();
        for (DiscretePattern d : donations) {
            double alive = p.probabilityAlive(d.frequency(), d.recency(), d.opportunities());
            assertThat(alive).isGreaterThan(0).isLessThanOrEqualTo(1);
            assertThat(p.probabilityAlive(d.frequency(), d.recency(), d.opportunities(), 2))
                    .isLessThan(alive);
        }
        // a transaction at opportunity n proves the donor alive at n; n+1 needs one more survival draw
        assertThat(p.probabilityAlive(6, 6, 6, 0)).isEqualTo(1.0);
        assertThat(p.probabilityAlive(6, 6, 6)).isCloseTo((p.delta() + 6) / (p.gamma() + p.delta() + 6),
                within(1e-12));
        // a later last donation means more likely still alive
        for (int tx = 2; tx <= 6; tx++) {
            assertThat(p.probabilityAlive(1, tx, 6)).isGreaterThan(p.probabilityAlive(1, tx - 1, 6));
        }
    }

    @Test
    void predictionsEqualThePapersClosedForms() {
        BgBbParameters p = fit.parameters();
        double a = p.alpha();
        double b = p.beta();
        double g = p.gamma();
        double d = p.delta();
        for (int nStar : new int[] {1, 5, 10, 50}) {
            double newCustomer = a / (a + b) * d / (g - 1) * (1 - Math.exp(Gamma.logGamma(g + d)
                    - Gamma.logGamma(g + d + nStar) + Gamma.logGamma(1 + d + nStar) - Gamma.logGamma(1 + d)));
            assertThat(p.expectedTransactions(nStar)).isCloseTo(newCustomer, within(1e-10));
            for (DiscretePattern h : donations) {
                int x = h.frequency();
                int n = h.opportunities();
                double conditional = Math.exp(-p.logLikelihood(x, h.recency(), n)
                        + Beta.logBeta(a + x + 1, b + n - x) - Beta.logBeta(a, b)) * d / (g - 1)
                        * Math.exp(Gamma.logGamma(g + d) - Gamma.logGamma(1 + d))
                        * (Math.exp(Gamma.logGamma(1 + d + n) - Gamma.logGamma(g + d + n))
                                - Math.exp(Gamma.logGamma(1 + d + n + nStar) - Gamma.logGamma(g + d + n + nStar)));
                assertThat(p.conditionalExpectedTransactions(nStar, x, h.recency(), n))
                        .isCloseTo(conditional, within(1e-10));
            }
        }
    }

    @Test
    void predictionsAreFiniteAndGrowWithTheHorizon() {
        BgBbParameters p = fit.parameters();
        assertThat(p.expectedTransactions(0)).isZero();
        for (int nStar = 1; nStar <= 100; nStar++) {
            assertThat(p.expectedTransactions(nStar)).isFinite().isGreaterThan(p.expectedTransactions(nStar - 1));
        }
        for (DiscretePattern d : donations) {
            double previous = 0;
            for (int nStar = 1; nStar <= 30; nStar++) {
                double next = p.conditionalExpectedTransactions(nStar, d.frequency(), d.recency(), d.opportunities());
                assertThat(next).isFinite().isGreaterThan(previous);
                previous = next;
            }
        }
    }

    @Test
    void longHistoriesGiveFiniteResults() {
        BgBbParameters p = fit.parameters();
        for (int[] h : new int[][] {{1000, 1000, 5000}, {5000, 5000, 5000}, {0, 0, 5000}, {1, 1, 5000},
                {2500, 4999, 5000}}) {
            assertThat(p.logLikelihood(h[0], h[1], h[2])).isFinite().isNegative();
            assertThat(p.probabilityAlive(h[0], h[1], h[2])).isBetween(0.0, 1.0);
            assertThat(p.conditionalExpectedTransactions(10, h[0], h[1], h[2])).isFinite().isNotNegative();
        }
        assertThat(p.probabilityAlive(5000, 5000, 5000)).isPositive();
        assertThat(p.expectedTransactions(1_000_000)).isFinite().isPositive();
    }

    @Test
    void expectedTransactionsAreContinuousWhereTheClosedFormIsReplacedBySummation() {
        // |γ − 1| < 1e-3 sums the terms instead of the closed form δ/(γ−1)·[…], which cancels there
        for (double g : new double[] {1 - 1e-3, 1 + 1e-3}) {
            double inside = new BgBbParameters(1.2, 0.75, g * (1 + 1e-9), 2.8).expectedTransactions(20);
            double outside = new BgBbParameters(1.2, 0.75, g * (1 - 1e-9), 2.8).expectedTransactions(20);
            assertThat(inside).isCloseTo(outside, within(1e-7));
        }
        assertThat(new BgBbParameters(1.2, 0.75, 1.0, 2.8).expectedTransactions(20)).isFinite().isPositive();
    }

    @Test
    void conditionalPredictionsNeverFallWithTheHorizonForAnyParametersAndHistory() {
        qt().withExamples(200)
                .forAll(doubles().between(0.05, 20), doubles().between(0.05, 20), doubles().between(0.05, 20),
                        doubles().between(0.05, 20))
                .checkAssert((a, b, g, d) -> {
                    BgBbParameters p = new BgBbParameters(a, b, g, d);
                    for (int n = 0; n <= 8; n++) {
                        for (int tx = 0; tx <= n; tx++) {
                            for (int x = tx == 0 ? 0 : 1; x <= tx; x++) {
                                double alive = p.probabilityAlive(x, tx, n);
                                assertThat(alive).isGreaterThan(0).isLessThanOrEqualTo(1);
                                double previous = 0;
                                for (int nStar = 1; nStar <= 12; nStar++) {
                                    double next = p.conditionalExpectedTransactions(nStar, x, tx, n);
                                    assertThat(next).isFinite().isGreaterThanOrEqualTo(previous);
                                    previous = next;
                                }
                            }
                        }
                    }
                });
        qt().withExamples(200).forAll(integers().between(0, 200), integers().between(1, 50))
                .checkAssert((nStar, more) -> assertThat(fit.parameters().expectedTransactions(nStar + more))
                        .isGreaterThan(fit.parameters().expectedTransactions(nStar)));
    }

    @Test
    void rejectsImpossibleHistories() {
        assertThatIllegalArgumentException().isThrownBy(() -> DiscretePattern.of(3, 2, 6)); // x > t_x
        assertThatIllegalArgumentException().isThrownBy(() -> DiscretePattern.of(1, 7, 6)); // t_x > n
        assertThatIllegalArgumentException().isThrownBy(() -> DiscretePattern.of(0, 3, 6)); // t_x without x
        assertThatIllegalArgumentException().isThrownBy(() -> new DiscretePattern(1, 1, 6, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> fit.parameters().logLikelihood(2, 1, 6));
        assertThatIllegalArgumentException().isThrownBy(() -> fit.parameters().expectedTransactions(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> BgBbFit.fit(List.of()));
    }

    private static double beta(double a, double b) {
        return Math.exp(Beta.logBeta(a, b));
    }

    private static QuickTheory qt() {
        return ClvTheories.qt();
    }

    /** The 22 weighted (x, t_x, n) patterns of the 11,104 donors (see ../shared/data/clv/README.md). */
    static List<DiscretePattern> donations() {
        String resource = "clv/donations.csv";
        InputStream in = Objects.requireNonNull(BgBbTests.class.getClassLoader().getResourceAsStream(resource),
                resource);
        List<DiscretePattern> patterns = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("frequency,recency,periods,weights");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    String[] f = line.strip().split(",");
                    patterns.add(new DiscretePattern(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                            Integer.parseInt(f[2]), Double.parseDouble(f[3])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return patterns;
    }

    @Test
    void reportsStandardErrorsFromTheHessian() {
        // reference: an independent scipy implementation of the log-likelihood, maximised by BFGS, with a Richardson-
        // extrapolated central-difference Hessian at its own optimum (issue 7)
        assertThat(fit.standardErrors()).hasSize(4);
        double[] reference = {0.06939, 0.02945, 0.05101, 0.32082};
        for (int i = 0; i < 4; i++) {
            assertThat(fit.standardErrors().get(i)).as("SE %d", i).isCloseTo(reference[i], within(0.02 * reference[i]));
        }
    }
}
