package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 7: predictions for many customers at once and their RFM-style summaries per segment. */
class PredictionSummaryTests {

    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.2426, 4.4136, 0.7929, 2.4259);

    private static List<CustomerSummary> cdnowCustomers() {
        List<CustomerSummary> out = new ArrayList<>();
        List<RepeatPattern> patterns = CdnowData.summaries().patterns();
        for (int i = 0; i < patterns.size(); i++) {
            RepeatPattern p = patterns.get(i);
            out.add(new CustomerSummary(Integer.toString(i), p.frequency(), p.recency(), p.age(),
                    p.frequency() == 0 ? 0 : 10 + i % 50));
        }
        return out;
    }

    private static List<CustomerSummary> customersOf(CustomerSummaries data) {
        return data.patterns().stream()
                .map(p -> new CustomerSummary("c", p.frequency(), p.recency(), p.age(), 0)).toList();
    }

    @Test
    void batchPredictionsEqualTheOneByOneValuesForEveryCdnowCustomer() {
        List<CustomerSummary> customers = cdnowCustomers();

        PurchasePredictions predictions = CDNOW.predict(customers, 39);

        assertThat(predictions.size()).isEqualTo(2357);
        assertThat(predictions.horizon()).isEqualTo(39);
        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            assertThat(predictions.probabilityAlive(i))
                    .isEqualTo(CDNOW.probabilityAlive(c.frequency(), c.recency(), c.age()));
            assertThat(predictions.expectedPurchases(i))
                    .isEqualTo(CDNOW.conditionalExpectedPurchases(39, c.frequency(), c.recency(), c.age()));
        }
    }

    @Test
    void batchPredictionsEqualTheOneByOneValuesForAnyHistoryAndHorizon() {
        ClvTheories.qt().forAll(integers().between(0, 6000), doubles().between(0, 1), doubles().between(0, 100),
                doubles().between(0, 60)).checkAssert((x, share, age, horizon) -> {
                    double tx = x == 0 ? 0 : share * age;
                    List<CustomerSummary> one = List.of(new CustomerSummary("a", x, tx, age, 0),
                            new CustomerSummary("b", 1, 0, age, 0));
                    PurchasePredictions p = CDNOW.predict(one, horizon);
                    assertThat(p.probabilityAlive(0)).isEqualTo(CDNOW.probabilityAlive(x, tx, age));
                    assertThat(p.expectedPurchases(0)).isCloseTo(CDNOW.conditionalExpectedPurchases(horizon, x, tx, age),
                            within(1e-9 * Math.max(1e-300, CDNOW.conditionalExpectedPurchases(horizon, x, tx, age))));
                });
    }

    @Test
    void batchPredictionsForTwentyThousandSimulatedCustomersEqualTheOneByOneValues() {
        List<CustomerSummary> customers = customersOf(CDNOW.simulate(20_000, 27, 39, 1.0 / 7, ChronoUnit.WEEKS, 1L));

        PurchasePredictions predictions = CDNOW.predict(customers, 13);

        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            assertThat(predictions.expectedPurchases(i))
                    .isEqualTo(CDNOW.conditionalExpectedPurchases(13, c.frequency(), c.recency(), c.age()));
        }
        assertThat(CDNOW.predict(customers, 0).expectedPurchases()).containsOnly(0.0);
    }

    @Test
    void summarisesCallerGivenSegments() {
        List<CustomerSummary> customers = cdnowCustomers();
        PurchasePredictions predictions = CDNOW.predict(customers, 39);

        PredictionSummary summary = PredictionSummary.bySegment(customers, predictions,
                c -> c.frequency() == 0 ? "one-off" : "repeat", c -> 2.0);

        assertThat(summary.segments()).extracting(PredictionSummary.Segment::name).containsExactly("repeat", "one-off");
        PredictionSummary.Segment oneOff = summary.segment("one-off").orElseThrow();
        assertThat(oneOff.customers()).isEqualTo(2357 - 946);
        assertThat(oneOff.meanProbabilityAlive()).isEqualTo(1.0); // BG/NBD: nobody drops out before buying again
        double purchases = 0;
        for (int i = 0; i < customers.size(); i++) {
            purchases += predictions.expectedPurchases(i);
        }
        assertThat(summary.customers()).isEqualTo(2357);
        assertThat(summary.expectedValue()).isCloseTo(2 * purchases, within(1e-9 * purchases));
        PredictionSummary.Segment repeat = summary.segment("repeat").orElseThrow();
        assertThat(repeat.meanExpectedPurchases() * repeat.customers()).isCloseTo(repeat.expectedPurchases(),
                within(1e-9));
        assertThat(summary.segment("nobody")).isEmpty();
    }

    @Test
    void summarisesARecencyByFrequencyGridWithValues() {
        List<CustomerSummary> customers = cdnowCustomers();
        PurchasePredictions predictions = CDNOW.predict(customers, 39);

        PredictionSummary summary = PredictionSummary.byRecencyAndFrequency(customers, predictions,
                new double[] {4, 13}, new int[] {1, 3}, CustomerSummary::monetaryValue);

        assertThat(summary.customers()).isEqualTo(2357);
        // customers without repeat purchases have T − t_x = T ≥ 27 weeks: all in the last recency bucket
        assertThat(summary.segment("recency [13, inf) x frequency [0, 1)").orElseThrow().customers()).isEqualTo(1411);
        assertThat(summary.segment("recency [0, 4) x frequency [0, 1)")).isEmpty();
        PredictionSummary.Segment recentFrequent = summary.segment("recency [0, 4) x frequency [3, inf)").orElseThrow();
        PredictionSummary.Segment lapsedFrequent = summary.segment("recency [13, inf) x frequency [3, inf)")
                .orElseThrow();
        // the same frequency, but a long silence: less likely alive, fewer purchases expected
        assertThat(recentFrequent.meanProbabilityAlive()).isGreaterThan(lapsedFrequent.meanProbabilityAlive());
        assertThat(recentFrequent.meanExpectedPurchases()).isGreaterThan(lapsedFrequent.meanExpectedPurchases());
        // a segment's value is its customers' purchases times their values
        double value = 0;
        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            if (c.age() - c.recency() < 4 && c.frequency() >= 3) {
                value += predictions.expectedPurchases(i) * c.monetaryValue();
            }
        }
        assertThat(recentFrequent.expectedValue()).isCloseTo(value, within(1e-9 * value));
        assertThat(summary.segments().get(0).name()).startsWith("recency [0, 4)");
    }

    @Test
    void rejectsMismatchedPredictionsBadLimitsAndNegativeValues() {
        List<CustomerSummary> customers = cdnowCustomers();
        PurchasePredictions predictions = CDNOW.predict(customers, 39);
        PurchasePredictions fewer = CDNOW.predict(customers.subList(0, 10), 39);

        assertThatIllegalArgumentException().isThrownBy(() -> PredictionSummary.bySegment(customers, fewer,
                c -> "all", c -> 1));
        assertThatIllegalArgumentException().isThrownBy(() -> PredictionSummary.byRecencyAndFrequency(customers,
                predictions, new double[] {13, 4}, new int[0], c -> 1));
        assertThatIllegalArgumentException().isThrownBy(() -> PredictionSummary.byRecencyAndFrequency(customers,
                predictions, new double[0], new int[] {2, 2}, c -> 1));
        assertThatIllegalArgumentException().isThrownBy(() -> PredictionSummary.bySegment(customers, predictions,
                c -> "all", c -> -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new PredictionSummary.Segment("empty", 0, 0, 0, 0, 0));
    }

    @Test
    void predictionsAreImmutableValues() {
        List<CustomerSummary> customers = cdnowCustomers();
        PurchasePredictions predictions = CDNOW.predict(customers, 39);
        double[] copy = predictions.expectedPurchases();
        copy[0] = -1;

        assertThat(predictions.expectedPurchases(0)).isNotEqualTo(-1);
        assertThat(CDNOW.predict(customers, 39)).isEqualTo(predictions).hasSameHashCodeAs(predictions);
        assertThat(CDNOW.predict(customers, 13)).isNotEqualTo(predictions);
    }
}
