package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Pareto/NBD against the published CDNOW estimates (Schmittlein, Morrison &amp; Colombo 1987; Fader, Hardie &amp; Lee 2005). */
class ParetoNbdTests {

    private static ParetoNbdFit fit;

    @BeforeAll
    static void fitCdnow() {
        fit = ParetoNbdFit.fit(CdnowData.summaries());
    }

    @Test
    void reproducesThePublishedCdnowEstimatesAndLogLikelihood() {
        ParetoNbdParameters p = fit.parameters();
        assertThat(p.r()).isCloseTo(0.553, within(0.0005));
        assertThat(p.alpha()).isCloseTo(10.578, within(0.0005));
        assertThat(p.s()).isCloseTo(0.606, within(0.0005));
        // β is weakly identified: the likelihood is almost flat along it (standard error ≈ 6.2, more than half the
        // estimate), so tiny differences in data rounding or optimiser tolerance move it far more than the other three;
        // only a loose check is meaningful (this fit's maximum is at 11.668, as scipy's BFGS also finds)
        assertThat(p.beta()).isCloseTo(11.669, within(0.5));
        assertThat(fit.logLikelihood()).isCloseTo(-9594.976, within(0.01));
        assertThat(fit.unit()).isEqualTo(ChronoUnit.WEEKS);
        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.evaluations()).isPositive();
    }

    @Test
    void theFitsLogLikelihoodIsTheSumOverCustomers() {
        ParetoNbdParameters p = fit.parameters();
        double sum = 0;
        for (RepeatPattern c : CdnowData.summaries().patterns()) {
            sum += p.logLikelihood(c.frequency(), c.recency(), c.age());
        }
        assertThat(sum).isCloseTo(fit.logLikelihood(), within(1e-8));
    }

    @Test
    void aCompressedInputGivesExactlyTheSameFit() {
        CustomerSummaries expanded = CdnowData.summaries();
        List<RepeatPattern> weighted = new ArrayList<>(expanded.compressed().patterns());
        assertThat(weighted.size()).isLessThan(expanded.patterns().size());

        ParetoNbdFit again = ParetoNbdFit.fit(new CustomerSummaries(weighted, ChronoUnit.WEEKS));

        assertThat(again.parameters()).isEqualTo(fit.parameters());
        assertThat(again.logLikelihood()).isEqualTo(fit.logLikelihood());
        assertThat(again.customers()).isEqualTo(fit.customers());
    }

    @Test
    void logLikelihoodAgreesWithTheNotesFormulaOnEveryCdnowCustomer() {
        // Fader & Hardie (2005) summed directly with the plain 2F1 series, which is accurate for CDNOW's arguments
        // (|z| < 0.1 near the estimates); the class computes it differently (Euler-transformed, in log space)
        for (ParetoNbdParameters p : List.of(fit.parameters(), new ParetoNbdParameters(0.553, 11.669, 0.606, 10.578),
                new ParetoNbdParameters(1.2, 4, 2.5, 30))) {
            for (RepeatPattern c : CdnowData.summaries().compressed().patterns()) {
                double expected = noteLogLikelihood(p, c.frequency(), c.recency(), c.age());
                assertThat(p.logLikelihood(c.frequency(), c.recency(), c.age()))
                        .isCloseTo(expected, within(1e-11 * Math.max(1, Math.abs(expected))));
            }
        }
    }

    @Test
    void matchesHighPrecisionValuesAlsoWhereThe2F1SeriesWouldCrawl() {
        // ln L, P(alive) and E[Y(39)] from the note's formula evaluated with mpmath at 60 significant digits. The
        // first rows put z = |α − β|/(max(α, β) + t) within 1e-7 of 1, or pair it with x = 5000 or with α ≪ 0.01
        // (lifetimes' overflow case), where a plain series needs millions of terms or overflows.
        double[][] cases = {
            // r, α, s, β, x, t_x, T, ln L, P(alive), E[Y(39)]
            {0.5, 1e-3, 0.5, 1e4, 0, 0, 38.86, -5.2819535686937890648, 0.99614854215243093583, 0.49937127630318344731},
            {0.5, 1e-3, 0.5, 1e4, 3, 12.5, 38.86, -15.624798695684381552, 0.9876976617318796053, 3.4659438301488912192},
            {0.3, 800, 1.5, 2, 2, 30.43, 38.86, -18.595084427059995664, 0.70444289362636284607, 0.044937535974844150307},
            {0.3, 800, 1.5, 2, 5000, 1, 38.5, 4151.5278098909645865, 1.2424865989684455991e-100,
                1.7179900429486167476e-98},
            {10.465, 7.98565181e-3, 3.0516, 2.820, 400, 5, 6, 1323.1889309678178407, 5.1374581133193754477e-31,
                1.4618937461353438944e-28},
            {0.553, 10.578, 0.606, 11.669, 0, 0, 38.86, -0.52104629408089037401, 0.29528660461689415751,
                0.10708146821530886056},
            {0.553, 10.578, 0.606, 11.669, 2, 30.43, 38.86, -9.5542832451504057193, 0.869167559153011199,
                1.4551231932576025029},
            {0.553, 11.669, 0.606, 10.578, 29, 38.43, 38.57, -46.050550714695268659, 0.99819970594894761174,
                18.957007522861160044},
        };
        for (double[] c : cases) {
            ParetoNbdParameters p = new ParetoNbdParameters(c[0], c[1], c[2], c[3]);
            int x = (int) c[4];
            assertThat(p.logLikelihood(x, c[5], c[6])).as(Arrays.toString(c))
                    .isCloseTo(c[7], within(1e-12 * Math.max(1, Math.abs(c[7]))));
            // P(alive) = exp(ln a − ln b) with ln a, ln b of order 10^4 for x = 5000: relative error ~ 1e-16 · 10^4
            assertThat(p.probabilityAlive(x, c[5], c[6])).as(Arrays.toString(c)).isCloseTo(c[8], within(1e-11 * c[8]));
            assertThat(p.conditionalExpectedPurchases(39, x, c[5], c[6])).as(Arrays.toString(c))
                    .isCloseTo(c[9], within(1e-11 * c[9]));
        }
        assertThat(new ParetoNbdParameters(10.465, 7.98565181e-3, 3.0516, 2.820).logLikelihood(500, 1, 37))
                .isCloseTo(2594.4044546227566745, within(1e-8));
    }

    @Test
    void theHypergeometricQuadratureAgreesWithTheSeriesWhereBothWork() {
        for (double b : new double[] {0.6, 1.606, 30.5, 500.3}) {
            for (double gap : new double[] {0.553, 1.606, 29.55}) {
                double c = b + gap;
                for (double z : new double[] {0.9, 0.99}) {
                    assertThat(HypergeometricExtras.logF21WithUnitFirst(b, c, z, Math.log1p(-z)))
                            .isCloseTo(Math.log(Hypergeometric.f21(1, b, c, z)), within(1e-11));
                }
                // no jump where the series hands over to the quadrature
                double below = HypergeometricExtras.logF21WithUnitFirst(b, c, 0.5 - 1e-12, Math.log(0.5 + 1e-12));
                double above = HypergeometricExtras.logF21WithUnitFirst(b, c, 0.5 + 1e-12, Math.log(0.5 - 1e-12));
                assertThat(above).isCloseTo(below, within(1e-11));
            }
        }
        // z within 1e-15 of 1 is still finite and increasing towards it
        double near = HypergeometricExtras.logF21WithUnitFirst(5000.3, 5001.9, 1 - 1e-12, Math.log(1e-12));
        double nearer = HypergeometricExtras.logF21WithUnitFirst(5000.3, 5001.9, 1 - 1e-15, Math.log(1e-15));
        assertThat(near).isFinite();
        assertThat(nearer).isFinite().isGreaterThan(near);
    }

    @Test
    void theAnalyticGradientAgreesWithCentralDifferencesOfTheLogLikelihood() {
        // issue 7: the fit runs BFGS on this gradient; the points cover α ≥ β and α < β, the tabulated 2F1 series
        // (z ≤ 0.8) and its quadrature (z > 0.8: the last three points, α and β far apart)
        PatternData data = new PatternData(CdnowData.summaries());
        ParetoNbdLikelihood likelihood = new ParetoNbdLikelihood(data);
        GradientChecks.assertGradientAgreesWithCentralDifferences(likelihood, new double[][] {
                {0.553, 10.578, 0.606, 11.669}, {0.553, 11.669, 0.606, 10.578}, {1, 1, 1, 1}, {5, 3, 0.2, 3},
                {0.3, 0.05, 1.5, 20}, {2, 200, 0.4, 0.3}, {0.5, 1e-3, 0.5, 1e4}},
                point -> GradientChecks.cdnowSum(c -> new ParetoNbdParameters(point[0], point[1], point[2], point[3])
                        .logLikelihood(c.frequency(), c.recency(), c.age())), 1e-11);
    }

    @Test
    void theHypergeometricDerivativesAgreeWithCentralDifferences() {
        // ∂/∂b, ∂/∂c, ∂/∂ln k, ∂/∂ln(1 − z) of ln 2F1(1, b; c; z) on both sides of the switch to quadrature at z = 1/2
        for (double[] bcz : new double[][] {{0.6, 1.2, 0.3}, {30.5, 32.1, 0.45}, {0.6, 1.2, 0.7}, {30.5, 32.1, 0.9},
                {500.3, 501.9, 0.99}}) {
            double b = bcz[0];
            double c = bcz[1];
            double z = bcz[2];
            double logOneMinusZ = Math.log1p(-z);
            double[] gradient = new double[4];
            double value = HypergeometricExtras.logF21WithUnitFirst(b, c, z, logOneMinusZ, gradient);
            assertThat(value).isEqualTo(HypergeometricExtras.logF21WithUnitFirst(b, c, z, logOneMinusZ));
            double h = 1e-6;
            double byB = (HypergeometricExtras.logF21WithUnitFirst(b + h, c, z, logOneMinusZ)
                    - HypergeometricExtras.logF21WithUnitFirst(b - h, c, z, logOneMinusZ)) / (2 * h);
            double byC = (HypergeometricExtras.logF21WithUnitFirst(b, c + h, z, logOneMinusZ)
                    - HypergeometricExtras.logF21WithUnitFirst(b, c - h, z, logOneMinusZ)) / (2 * h);
            // moving z moves ln k by dz/(z(1 − z)) and ln(1 − z) by −dz/(1 − z)
            double byZ = (HypergeometricExtras.logF21WithUnitFirst(b, c, z + h, Math.log1p(-z - h))
                    - HypergeometricExtras.logF21WithUnitFirst(b, c, z - h, Math.log1p(-z + h))) / (2 * h);
            double chained = gradient[2] / (z * (1 - z)) - gradient[3] / (1 - z);
            assertThat(gradient[0]).as("∂/∂b at %s", Arrays.toString(bcz))
                    .isCloseTo(byB, within(1e-6 * Math.max(1, Math.abs(byB))));
            assertThat(gradient[1]).as("∂/∂c at %s", Arrays.toString(bcz))
                    .isCloseTo(byC, within(1e-6 * Math.max(1, Math.abs(byC))));
            assertThat(chained).as("∂/∂z at %s", Arrays.toString(bcz))
                    .isCloseTo(byZ, within(1e-6 * Math.max(1, Math.abs(byZ))));
        }
    }

    @Test
    void probabilityAliveWithoutRepeatPurchasesIsBelowOneAndFallsWithSilence() {
        // unlike BG/NBD, Pareto/NBD lets a customer die before any repeat purchase: with x = 0 the model gives
        // P(alive) = 1 / (1 + s/(r + s) (α + T)^r (β + T)^s A0) < 1 for T > 0, and 1 only at T = 0
        ParetoNbdParameters p = fit.parameters();
        assertThat(p.probabilityAlive(0, 0, 0)).isEqualTo(1.0);
        double previous = 1;
        for (double t = 1; t <= 78; t += 1) {
            double alive = p.probabilityAlive(0, 0, t);
            assertThat(alive).isPositive().isLessThan(previous);
            assertThat(alive).isCloseTo(noteProbabilityAliveWithoutRepeats(p, t), within(1e-12));
            previous = alive;
        }
        assertThat(p.probabilityAlive(0, 0, 38.86)).isCloseTo(0.2953, within(0.001));
        // bought at the very end of observation: nothing has happened since, so certainly alive
        assertThat(p.probabilityAlive(5, 38, 38)).isEqualTo(1.0);
    }

    @Test
    void probabilityAliveIsInTheUnitIntervalForEveryCdnowCustomer() {
        ParetoNbdParameters p = fit.parameters();
        for (RepeatPattern c : CdnowData.summaries().patterns()) {
            assertThat(p.probabilityAlive(c.frequency(), c.recency(), c.age())).isPositive().isLessThanOrEqualTo(1);
        }
    }

    @Test
    void heavyBuyersAndEdgeCasesGiveFiniteResults() {
        List<ParetoNbdParameters> parameters = List.of(fit.parameters(),
                new ParetoNbdParameters(0.553, 11.669, 0.606, 10.578), // α ≥ β: the other branch of the note
                new ParetoNbdParameters(10.465, 7.98565181e-3, 3.0516, 2.820), // lifetimes' overflow case
                new ParetoNbdParameters(0.3, 1e6, 2, 1e-4), new ParetoNbdParameters(0.3, 1e-4, 0.5, 1e6));
        for (ParetoNbdParameters p : parameters) {
            for (double[] h : new double[][] {{5000, 38, 38.5}, {5000, 1, 38.5}, {5000, 38.5, 38.5}, {0, 0, 38.5},
                    {0, 0, 0}, {3, 20, 20}, {1, 1e-9, 1e4}}) {
                int x = (int) h[0];
                assertThat(p.logLikelihood(x, h[1], h[2])).as(p + " " + Arrays.toString(h)).isFinite();
                assertThat(p.probabilityAlive(x, h[1], h[2])).as(p + " " + Arrays.toString(h)).isBetween(0.0, 1.0);
                assertThat(p.conditionalExpectedPurchases(39, x, h[1], h[2])).as(p + " " + Arrays.toString(h))
                        .isFinite().isNotNegative();
            }
            assertThat(p.expectedPurchases(1e6)).isFinite().isPositive();
        }
        assertThat(fit.parameters().probabilityAlive(5000, 38, 38.5)).isPositive();
        // scales 600 orders of magnitude apart: 1 − z is below the smallest double, yet the likelihood stays finite
        // (predictions would not: a mean purchase rate r/α = 5e299 per unit of time overflows any expectation)
        for (ParetoNbdParameters p : List.of(new ParetoNbdParameters(0.5, 1e-300, 0.5, 1e300),
                new ParetoNbdParameters(0.5, 1e300, 0.5, 1e-300))) {
            assertThat(p.logLikelihood(2, 1, 30)).isFinite();
            assertThat(p.logLikelihood(0, 0, 30)).isFinite();
            assertThat(p.probabilityAlive(2, 1, 30)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void expectedPurchasesOfANewCustomerFollowTheClosedForm() {
        ParetoNbdParameters p = fit.parameters();
        for (double t : new double[] {0.5, 1, 39, 78}) {
            double closedForm = p.r() * p.beta() / (p.alpha() * (p.s() - 1))
                    * (1 - Math.pow(p.beta() / (p.beta() + t), p.s() - 1));
            assertThat(p.expectedPurchases(t)).isCloseTo(closedForm, within(1e-12 * closedForm));
        }
        assertThat(p.expectedPurchases(0)).isZero();
        // s = 1 is the limit r β/α · ln(1 + t/β), reached continuously
        ParetoNbdParameters one = new ParetoNbdParameters(0.5, 10, 1, 12);
        assertThat(one.expectedPurchases(39)).isCloseTo(0.5 * 12 / 10 * Math.log1p(39.0 / 12), within(1e-15));
        for (double s : new double[] {1 - 1e-9, 1 + 1e-9}) {
            assertThat(new ParetoNbdParameters(0.5, 10, s, 12).expectedPurchases(39))
                    .isCloseTo(one.expectedPurchases(39), within(1e-8));
        }
    }

    @Test
    void conditionalExpectedPurchasesNeverFallWithTheHorizon() {
        qt().withExamples(500).forAll(parameters(), histories(), doubles().between(0, 200), doubles().between(0, 200))
                .checkAssert((p, h, t1, more) -> {
                    double shorter = p.conditionalExpectedPurchases(t1, h.x, h.tx, h.age);
                    double longer = p.conditionalExpectedPurchases(t1 + more, h.x, h.tx, h.age);
                    assertThat(shorter).isFinite().isNotNegative();
                    assertThat(longer).isGreaterThanOrEqualTo(shorter);
                    assertThat(p.expectedPurchases(t1 + more)).isGreaterThanOrEqualTo(p.expectedPurchases(t1));
                });
    }

    @Test
    void aMoreRecentLastPurchaseNeverLowersProbabilityAlive() {
        qt().withExamples(500).forAll(parameters(), histories(), doubles().between(0, 1))
                .checkAssert((p, h, later) -> {
                    if (h.x == 0) {
                        return; // t_x is 0 by definition
                    }
                    double moreRecent = h.tx + later * (h.age - h.tx);
                    double before = p.probabilityAlive(h.x, h.tx, h.age);
                    double after = p.probabilityAlive(h.x, moreRecent, h.age);
                    assertThat(before).isBetween(0.0, 1.0);
                    // allow the last bits of rounding where the two are equal to double precision
                    assertThat(after).isGreaterThanOrEqualTo(before * (1 - 1e-12));
                });
    }

    @Test
    void rejectsImpossibleParametersHistoriesAndHorizons() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ParetoNbdParameters(0, 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new ParetoNbdParameters(1, Double.NaN, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new ParetoNbdParameters(1, 1, 1, Double.POSITIVE_INFINITY));
        ParetoNbdParameters p = fit.parameters();
        assertThatIllegalArgumentException().isThrownBy(() -> p.logLikelihood(-1, 0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> p.logLikelihood(2, 11, 10)); // t_x > T
        assertThatIllegalArgumentException().isThrownBy(() -> p.probabilityAlive(0, 3, 10)); // t_x without x
        assertThatIllegalArgumentException().isThrownBy(() -> p.conditionalExpectedPurchases(-1, 1, 3, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> p.expectedPurchases(Double.NaN));
    }

    @Test
    void printsTheWarmFitTimeOnCdnow() {
        CustomerSummaries cdnow = CdnowData.summaries();
        for (int i = 0; i < 2; i++) {
            ParetoNbdFit.fit(cdnow); // warm-up
        }
        long best = Long.MAX_VALUE;
        ParetoNbdFit last = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            last = ParetoNbdFit.fit(cdnow);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("Pareto/NBD fit on CDNOW (%d customers): %.1f ms warm (best of 3), %d evaluations, ln L %.4f%n",
                cdnow.patterns().size(), best / 1e6, last.evaluations(), last.logLikelihood());
        assertThat(last.parameters()).isEqualTo(fit.parameters());
    }

    /** A customer's history for the property tests. */
    private record History(int x, double tx, double age) {
    }

    private static Gen<ParetoNbdParameters> parameters() {
        // log-uniform, with α and β spread wide enough (1e-3 … 2e4) that |α − β|/(max + t) gets within 1e-7 of 1
        Gen<Double> shape = doubles().between(Math.log(0.05), Math.log(50)).map(Math::exp);
        Gen<Double> scale = doubles().between(Math.log(1e-3), Math.log(2e4)).map(Math::exp);
        return shape.zip(scale, shape, scale, ParetoNbdParameters::new);
    }

    private static Gen<History> histories() {
        return integers().between(0, 300).zip(doubles().between(0, 1), doubles().between(0, 100),
                (x, share, age) -> new History(x, x == 0 ? 0 : share * age, age));
    }

    private static QuickTheory qt() {
        return ClvTheories.qt();
    }

    /** ln L as the note writes it, with the plain series: an independent check for moderate arguments. */
    private static double noteLogLikelihood(ParetoNbdParameters p, int x, double tx, double age) {
        double r = p.r();
        double a = p.alpha();
        double s = p.s();
        double b = p.beta();
        double m = r + s + x;
        double a0 = noteA0(p, x, tx) - noteA0(p, x, age);
        double bracket = 1 / (Math.pow(a + age, r + x) * Math.pow(b + age, s)) + s / m * a0;
        return Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(a) + s * Math.log(b) + Math.log(bracket);
    }

    private static double noteA0(ParetoNbdParameters p, int x, double t) {
        double r = p.r();
        double a = p.alpha();
        double s = p.s();
        double b = p.beta();
        double m = r + s + x;
        if (a >= b) {
            return Hypergeometric.f21(m, s + 1, m + 1, (a - b) / (a + t)) / Math.pow(a + t, m);
        }
        return Hypergeometric.f21(m, r + x, m + 1, (b - a) / (b + t)) / Math.pow(b + t, m);
    }

    private static double noteProbabilityAliveWithoutRepeats(ParetoNbdParameters p, double age) {
        double r = p.r();
        double s = p.s();
        double a0 = noteA0(p, 0, 0) - noteA0(p, 0, age);
        return 1 / (1 + s / (r + s) * Math.pow(p.alpha() + age, r) * Math.pow(p.beta() + age, s) * a0);
    }

    @Test
    void standardErrorsShowThatBetaIsWeaklyIdentified() {
        ParetoNbdFit fit = ParetoNbdFit.fit(CdnowData.summaries());
        // an independent scipy Hessian at the same optimum gives 0.048, 0.84, 0.19 and 6.21
        assertThat(fit.standardErrors().get(0)).isCloseTo(0.048, org.assertj.core.api.Assertions.within(0.005));
        assertThat(fit.standardErrors().get(3)).isCloseTo(6.21, org.assertj.core.api.Assertions.within(0.3));
    }
}
