package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BG/NBD against the published CDNOW estimates (Fader, Hardie &amp; Lee 2005). */
class BgNbdTests {

    private static BgNbdFit fit;

    @BeforeAll
    static void fitCdnow() {
        fit = BgNbdFit.fit(CdnowData.summaries());
    }

    @Test
    void reproducesThePublishedCdnowEstimatesAndLogLikelihood() {
        BgNbdParameters p = fit.parameters();
        assertThat(p.r()).isCloseTo(0.2425945, within(0.0005));
        assertThat(p.alpha()).isCloseTo(4.4136019, within(0.0005));
        assertThat(p.a()).isCloseTo(0.7929199, within(0.0005));
        assertThat(p.b()).isCloseTo(2.4258881, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.429, within(0.01));
        assertThat(fit.unit()).isEqualTo(ChronoUnit.WEEKS);
        assertThat(fit.customers()).isEqualTo(2357);
    }

    @Test
    void aCompressedInputGivesExactlyTheSameFit() {
        CustomerSummaries expanded = CdnowData.summaries();
        List<RepeatPattern> weighted = new ArrayList<>(expanded.compressed().patterns());
        assertThat(weighted.size()).isLessThan(expanded.patterns().size());

        BgNbdFit again = BgNbdFit.fit(new CustomerSummaries(weighted, ChronoUnit.WEEKS));

        assertThat(again.parameters()).isEqualTo(fit.parameters());
        assertThat(again.logLikelihood()).isEqualTo(fit.logLikelihood());
    }

    @Test
    void probabilityAliveIsOneWithoutRepeatPurchasesAndFallsWithLongSilence() {
        BgNbdParameters p = fit.parameters();
        assertThat(p.probabilityAlive(0, 0, 30)).isEqualTo(1.0);
        assertThat(p.probabilityAlive(5, 30, 38)).isGreaterThan(p.probabilityAlive(5, 10, 38));
        // bought at the very end of observation: only the dropout after that purchase counts
        assertThat(p.probabilityAlive(5, 38, 38)).isCloseTo(1 / (1 + p.a() / (p.b() + 4)), within(1e-12));
    }

    @Test
    void predictionsMatchThePaperForTheIllustrativeCustomer() {
        // Fader, Hardie & Lee (2005), section 5: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in 39 weeks
        BgNbdParameters p = fit.parameters();
        assertThat(p.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.01));
        // expected purchases of a new customer grow with the horizon
        assertThat(p.expectedPurchases(78)).isGreaterThan(p.expectedPurchases(39)).isGreaterThan(0);
    }

    @Test
    void heavyBuyersAndEdgeCasesGiveFiniteResults() {
        BgNbdParameters p = fit.parameters();
        assertThat(p.logLikelihood(5000, 38, 38.5)).isFinite();
        assertThat(p.probabilityAlive(5000, 38, 38.5)).isBetween(0.0, 1.0);
        assertThat(p.conditionalExpectedPurchases(39, 5000, 38, 38.5)).isFinite().isPositive();
        assertThat(p.logLikelihood(3, 20, 20)).isFinite();
    }

    @Test
    void reportsFiniteStandardErrorsFromTheHessian() {
        assertThat(fit.standardErrors()).hasSize(4).allSatisfy(se -> assertThat(se).isFinite().isPositive());
        // each estimate is many standard errors away from zero on CDNOW
        assertThat(fit.parameters().r() / fit.standardErrors().get(0)).isGreaterThan(5);
    }

    @Test
    void theFitsLogLikelihoodIsTheSumOfTheCustomersLogLikelihoods() {
        double sum = 0;
        for (RepeatPattern p : CdnowData.summaries().patterns()) {
            sum += fit.parameters().logLikelihood(p.frequency(), p.recency(), p.age());
        }
        assertThat(fit.logLikelihood()).isCloseTo(sum, within(1e-6));
    }

    @Test
    void anL2PenaltyShrinksTheEstimatesAtTheCostOfLikelihood() {
        BgNbdFit penalised = BgNbdFit.fit(CdnowData.summaries(), 0.1);
        BgNbdParameters p = penalised.parameters();
        BgNbdParameters q = fit.parameters();

        assertThat(p.r() * p.r() + p.alpha() * p.alpha() + p.a() * p.a() + p.b() * p.b())
                .isLessThan(q.r() * q.r() + q.alpha() * q.alpha() + q.a() * q.a() + q.b() * q.b());
        assertThat(penalised.logLikelihood()).isLessThan(fit.logLikelihood());
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> BgNbdFit.fit(CdnowData.summaries(), -1));
    }
}
