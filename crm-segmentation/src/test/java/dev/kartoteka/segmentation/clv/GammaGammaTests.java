package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Gamma-Gamma against the published CDNOW estimates (Fader, Hardie &amp; Lee 2005, iso-value curves). */
class GammaGammaTests {

    @Test
    void reproducesThePublishedCdnowEstimatesAndLogLikelihood() {
        GammaGammaFit fit = GammaGammaFit.fit(CdnowData.spends());

        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.parameters().p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.parameters().q()).isCloseTo(3.74, within(0.005));
        // the paper prints 15.44, lifetimes prints 15.45: the maximum is at 15.448, between the two roundings
        assertThat(fit.parameters().gamma()).isCloseTo(15.44, within(0.01));
        assertThat(fit.logLikelihood()).isCloseTo(-4055.92, within(0.01));
    }

    @Test
    void conditionalSpendLiesBetweenThePopulationMeanAndTheCustomersOwnMean() {
        GammaGammaParameters p = GammaGammaFit.fit(CdnowData.spends()).parameters();
        double population = p.conditionalExpectedSpend(0, 0);
        double spend = p.conditionalExpectedSpend(10, 100);

        assertThat(spend).isBetween(population, 100.0);
        assertThat(p.conditionalExpectedSpend(50, 100)).isGreaterThan(spend);
    }

    @Test
    void rejectsASpendHistoryWithoutRepeatTransactions() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GammaGammaFit.Spend(0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new GammaGammaFit.Spend(2, 0));
    }

    @Test
    void reportsStandardErrorsFromTheHessian() {
        GammaGammaFit fit = GammaGammaFit.fit(CdnowData.spends());

        // reference: an independent scipy implementation of the log-likelihood, maximised by BFGS, with a Richardson-
        // extrapolated central-difference Hessian at its own optimum (issue 7)
        assertThat(fit.standardErrors()).hasSize(3);
        assertThat(fit.standardErrors().get(0)).isCloseTo(1.1897, within(0.02 * 1.1897));
        assertThat(fit.standardErrors().get(1)).isCloseTo(0.2902, within(0.02 * 0.2902));
        assertThat(fit.standardErrors().get(2)).isCloseTo(4.1600, within(0.02 * 4.1600));
    }
}
