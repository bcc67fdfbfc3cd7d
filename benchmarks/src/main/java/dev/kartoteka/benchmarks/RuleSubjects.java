package dev.kartoteka.benchmarks;

import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.segmentation.rule.Metric;
import dev.kartoteka.segmentation.rule.RuleSubject;
import dev.kartoteka.segmentation.rule.Window;
import java.time.LocalDate;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.UUID;

/** Rule subjects with the metrics a VIP rule reads, drawn from a fixed seed. */
final class RuleSubjects {

    private RuleSubjects() {
    }

    static RuleSubject[] sample(int n, LocalDate asOf, Currency currency) {
        SplittableRandom random = new SplittableRandom(8);
        Window year = Window.days(365);
        RuleSubject[] out = new RuleSubject[n];
        for (int i = 0; i < n; i++) {
            RuleSubject.Builder b = RuleSubject.builder(new PartyId(new UUID(7, i)), currency)
                    .metric(Metric.REVENUE, year, random.nextInt(80_000))
                    .metric(Metric.PURCHASES, year, random.nextInt(20))
                    .metric(Metric.PURCHASE_DAYS, year, random.nextInt(50))
                    .metric(Metric.AVERAGE_ORDER_VALUE, year, random.nextInt(8_000))
                    .metric(Metric.RECENCY, random.nextInt(400))
                    .metric(Metric.TENURE, random.nextInt(3_000))
                    .metric(Metric.REVENUE, random.nextInt(2_000_000));
            if (random.nextInt(3) > 0) {
                b.metric(Metric.CLV, Window.months(12), random.nextInt(30_000));
            }
            if (random.nextInt(50) == 0) {
                b.tag("key-account");
            }
            if (random.nextInt(100) == 0) {
                b.tag("blocked");
            }
            out[i] = b.build();
        }
        return out;
    }

}
