package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MBG/NBD on CDNOW. */
class MbgNbdTests {

    private static MbgNbdFit fit;

    @BeforeAll
    static void fitCdnow() {
        fit = MbgNbdFit.fit(CdnowData.summaries());
    }

    @Test
    void reproducesTheReferenceEstimatesOnCdnow() {
        // the estimates BTYDplus reports for CDNOW, which lifetimes' test suite also asserts: 0.525, 6.183, 0.891, 1.614
        assertThat(fit.parameters().r()).isCloseTo(0.525, within(0.0005));
        assertThat(fit.parameters().alpha()).isCloseTo(6.183, within(0.0005));
        assertThat(fit.parameters().a()).isCloseTo(0.891, within(0.0005));
        assertThat(fit.parameters().b()).isCloseTo(1.614, within(0.0005));
        assertThat(fit.standardErrors()).allSatisfy(se -> assertThat(se).isFinite().isPositive());
    }

    @Test
    void customersWithoutRepeatPurchasesAreNotAliveForSure() {
        MbgNbdParameters p = fit.parameters();
        assertThat(p.probabilityAlive(0, 0, 38)).isLessThan(1).isGreaterThan(0);
        assertThat(p.probabilityAlive(4, 37, 38)).isGreaterThan(p.probabilityAlive(4, 10, 38));
    }

    @Test
    void theFitsLogLikelihoodIsTheSumOfTheCustomersLogLikelihoods() {
        double sum = 0;
        for (RepeatPattern p : CdnowData.summaries().patterns()) {
            sum += fit.parameters().logLikelihood(p.frequency(), p.recency(), p.age());
        }
        assertThat(fit.logLikelihood()).isCloseTo(sum, within(1e-6));
    }
}
