package dev.kartoteka.examples;

import dev.kartoteka.segmentation.activity.ActivityType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.segmentation.clv.BgNbdFit;
import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.CustomerSummaries;
import dev.kartoteka.segmentation.clv.CustomerSummary;
import dev.kartoteka.segmentation.clv.GammaGammaFit;
import dev.kartoteka.segmentation.clv.GammaGammaParameters;
import dev.kartoteka.segmentation.clv.TransactionLog;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With histories drawn as they come, the BG/NBD and Gamma-Gamma fits recover the parameters of the process. */
class ExampleDataClvTests {

    @Test
    void clvFitsOnTheGeneratedOrdersRecoverThePurchaseProcess() {
        BgNbdParameters frequency = new BgNbdParameters(0.6, 6, 0.9, 3.5);
        GammaGammaParameters spend = new GammaGammaParameters(5, 3.5, 200);
        ExampleData data = ExampleData.builder().seed(2024).persons(4_000).companies(1_000)
                .shares(ActivityShares.asDrawn(0, 0)).purchases(frequency, spend).build();
        TransactionLog log = new TransactionLog();
        data.transactions().filter(Transaction::isPurchase)
                .forEach(t -> log.add(t.partyId().toString(), t.date(), t.amount().amount().doubleValue()));
        List<CustomerSummary> summaries = log.summaries(data.asOf(), ChronoUnit.WEEKS);

        BgNbdParameters fitted = BgNbdFit.fit(CustomerSummaries.of(summaries, ChronoUnit.WEEKS)).parameters();
        GammaGammaParameters fittedSpend = GammaGammaFit.fit(summaries.stream().filter(s -> s.frequency() > 0)
                .map(s -> new GammaGammaFit.Spend(s.frequency(), s.monetaryValue())).toList()).parameters();

        assertThat(summaries).hasSize(5_000);
        assertThat(fitted.r()).isCloseTo(frequency.r(), withinPercentage(20));
        assertThat(fitted.alpha()).isCloseTo(frequency.alpha(), withinPercentage(20));
        assertThat(fitted.a()).isCloseTo(frequency.a(), withinPercentage(20));
        assertThat(fitted.b()).isCloseTo(frequency.b(), withinPercentage(20));
        assertThat(fittedSpend.p()).isCloseTo(spend.p(), withinPercentage(25));
        assertThat(fittedSpend.q()).isCloseTo(spend.q(), withinPercentage(25));
        assertThat(fittedSpend.gamma()).isCloseTo(spend.gamma(), withinPercentage(25));
        // the mean order, which the three spend parameters are only loosely identified around, to 10 %
        assertThat(fittedSpend.p() * fittedSpend.gamma() / (fittedSpend.q() - 1))
                .isCloseTo(spend.p() * spend.gamma() / (spend.q() - 1), withinPercentage(10));
    }

    @Test
    void conditionedHistoriesAreNotASampleOfTheProcess() {
        // the reason ActivityShares.asDrawn exists: fixed shares bend the histories away from the process
        ExampleData data = ExampleData.builder().seed(2024).persons(2_000).companies(0)
                .shares(ActivityShares.only(ActivityType.TRUSTED_PARTNER)).build();
        TransactionLog log = new TransactionLog();
        data.transactions().filter(Transaction::isPurchase)
                .forEach(t -> log.add(t.partyId().toString(), t.date(), t.amount().amount().doubleValue()));

        BgNbdParameters fitted = BgNbdFit.fit(CustomerSummaries.of(log.summaries(data.asOf(), ChronoUnit.WEEKS),
                ChronoUnit.WEEKS)).parameters();

        // trusted partners do not drop out: the expected dropout a / (a + b) comes out far below the truth
        BgNbdParameters truth = ExampleData.DEFAULT_FREQUENCY;
        assertThat(fitted.a() / (fitted.a() + fitted.b())).as(fitted.toString())
                .isLessThan(0.5 * truth.a() / (truth.a() + truth.b()));
    }
}
