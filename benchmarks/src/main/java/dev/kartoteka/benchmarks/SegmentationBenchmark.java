package dev.kartoteka.benchmarks;

import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.segmentation.activity.ActivityAssignment;
import dev.kartoteka.segmentation.activity.ActivityMetrics;
import dev.kartoteka.segmentation.activity.ActivitySegmentation;
import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.rfm.RfmInput;
import dev.kartoteka.segmentation.rfm.RfmResult;
import dev.kartoteka.segmentation.rfm.RfmScoring;
import dev.kartoteka.segmentation.rule.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Issue 8's figures: (1) the six activity types and RFM for N parties from their purchase summaries (crm-core
 * {@link PurchaseSummary}s, whole history and a 365-day window, as a store streams them in party id order), one pass,
 * and (2) a 10-clause VIP rule evaluated over N parties. Prints the median of the timed runs.
 *
 * <p>Run: {@code java -Xmx2g -cp … dev.kartoteka.benchmarks.SegmentationBenchmark [parties] [runs]}.
 */
public final class SegmentationBenchmark {

    static final Currency PLN = Currency.getInstance("PLN");
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    static final String VIP_RULE = "revenue(365d) >= 50000 PLN and purchases(365d) >= 12"
            + " or clv(12m) >= 20000 PLN or tag(\"key-account\")"
            + " or (aov(365d) >= 5000 PLN and recency() <= 30)"
            + " or (purchaseDays(365d) >= 40 and tenure() >= 1095)"
            + " or revenue() >= 1000000 PLN and not tag(\"blocked\")";

    private SegmentationBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        streamedOnly(args);
        List<PurchaseSummary> all = new ArrayList<>(n);
        List<PurchaseSummary> window = new ArrayList<>(n);
        PartyId[] parties = new PartyId[n];
        generate(n, parties, all, window);
        System.out.printf("%,d parties, %,d with purchases, %,d with purchases in the last 365 days%n", n, all.size(),
                window.size());

        ActivitySegmentation segmentation = ActivitySegmentation.builder().build();
        RfmScoring rfm = RfmScoring.defaults();
        long[] times = new long[runs];
        Map<ActivityType, Long> counts = null;
        RfmResult rfmResult = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            counts = new EnumMap<>(ActivityType.class);
            List<RfmInput> rfmInputs = new ArrayList<>(all.size());
            int a = 0;
            int w = 0;
            for (PartyId party : parties) {
                ActivityMetrics.Builder b = ActivityMetrics.builder(party, AS_OF, PLN);
                if (a < all.size() && all.get(a).partyId().equals(party)) {
                    PurchaseSummary s = all.get(a++);
                    b.purchases(s);
                    Optional<PurchaseSummary> inWindow = Optional.empty();
                    if (w < window.size() && window.get(w).partyId().equals(party)) {
                        inWindow = Optional.of(window.get(w++));
                    }
                    b.window(365, inWindow);
                    ActivityMetrics m = b.build();
                    rfmInputs.add(new RfmInput(party, m.recencyDays().getAsLong(), m.purchaseDays(), m.revenue()));
                    counts.merge(segmentation.assign(m).type(), 1L, Long::sum);
                } else {
                    ActivityAssignment assignment = segmentation.assign(b.window(365, Optional.empty())
                            .registeredOn(AS_OF.minusDays(party.value().getLeastSignificantBits() % 700)).build());
                    counts.merge(assignment.type(), 1L, Long::sum);
                }
            }
            rfmResult = rfm.score(rfmInputs);
            times[run] = System.nanoTime() - start;
        }
        System.out.printf("six types + RFM of %,d parties: median %.0f ms (runs: %s)%n", n, median(times) / 1e6,
                Arrays.toString(Arrays.stream(times).map(t -> t / 1_000_000).toArray()));
        System.out.println("types: " + counts);
        System.out.println("RFM segments: " + rfmResult.segmentSizes());
        streamed(n, segmentation, rfm);
        ruleThroughput(n, runs);
    }

    /** The same work with the summaries made on the fly as a store streams them: what a pass holds in memory. */
    private static void streamed(int n, ActivitySegmentation segmentation, RfmScoring rfm)
            throws InterruptedException {
        Map<ActivityType, Long> counts = new EnumMap<>(ActivityType.class);
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            RfmResult result = rfm.score(IntStream.range(0, n).mapToObj(SegmentationBenchmark::summaries)
                    .map(s -> {
                        ActivityMetrics.Builder b = ActivityMetrics.builder(s.party(), AS_OF, PLN);
                        if (s.all() != null) {
                            b.purchases(s.all()).window(365, Optional.ofNullable(s.window()));
                        } else {
                            b.window(365, Optional.empty()).registeredOn(AS_OF.minusDays(
                                    s.party().value().getLeastSignificantBits() % 700));
                        }
                        ActivityMetrics m = b.build();
                        counts.merge(segmentation.assign(m).type(), 1L, Long::sum);
                        return m;
                    })
                    .filter(ActivityMetrics::hasPurchased)
                    .map(m -> new RfmInput(m.partyId(), m.recencyDays().getAsLong(), m.purchaseDays(), m.revenue())));
            long nanos = System.nanoTime() - start;
            heap.close();
            System.out.printf("streamed (summaries made on the fly, %,d RFM scores): %.0f ms; heap live before %d MB,"
                    + " max after GC %d MB (%d GCs), sampled peak %d MB%n", result.size(), nanos / 1e6,
                    heap.liveBefore() >> 20, heap.afterGcPeak() >> 20, heap.collections(), heap.sampledPeak() >> 20);
        }
        System.out.println("types (streamed): " + counts);
    }

    private static void streamedOnly(String[] args) throws InterruptedException {
        if (args.length > 2 && args[2].equals("streamed")) {
            int n = Integer.parseInt(args[0]);
            ActivitySegmentation segmentation = ActivitySegmentation.builder().build();
            for (int run = 0; run < Integer.parseInt(args[1]); run++) {
                streamed(n, segmentation, RfmScoring.defaults());
            }
            System.exit(0);
        }
    }

    private static void ruleThroughput(int n, int runs) {
        Rule rule = Rule.parse(VIP_RULE);
        System.out.println("VIP rule (" + rule.clauses().size() + " clauses): " + rule);
        dev.kartoteka.segmentation.rule.RuleSubject[] subjects = RuleSubjects.sample(Math.min(n, 100_000), AS_OF, PLN);
        long[] times = new long[runs];
        long matched = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            matched = 0;
            for (int i = 0; i < n; i++) {
                if (rule.test(subjects[i % subjects.length])) {
                    matched++;
                }
            }
            times[run] = System.nanoTime() - start;
        }
        double seconds = median(times) / 1e9;
        System.out.printf("VIP rule over %,d parties: median %.0f ms = %,.0f evaluations/s (%,d matched)%n", n,
                seconds * 1e3, n / seconds, matched);
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One party's summaries (whole history, last 365 days), either absent. */
    record Summaries(PartyId party, PurchaseSummary all, PurchaseSummary window) {
    }

    static PartyId party(int i) {
        return new PartyId(new UUID(0x1000L + i / 1000, i));
    }

    /** Summaries as a store streams them: in party id order; 12% never bought, the rest from four buyer kinds. */
    static Summaries summaries(int i) {
        SplittableRandom random = new SplittableRandom(20261206L * 31 + i);
        PartyId party = party(i);
        double kind = random.nextDouble();
        if (kind < 0.12) {
            return new Summaries(party, null, null);
        }
        int days;
        LocalDate last;
        if (kind < 0.40) {
            days = 1;
            last = AS_OF.minusDays(random.nextInt(900));
        } else {
            days = 2 + random.nextInt(kind < 0.9 ? 12 : 60);
            last = AS_OF.minusDays(random.nextInt(kind < 0.75 ? 120 : 800));
        }
        LocalDate first = days == 1 ? last : last.minusDays(days - 1 + random.nextInt(1500));
        long purchases = days + random.nextInt(3);
        BigDecimal total = BigDecimal.valueOf(purchases * (50 + random.nextInt(5000)), 0);
        BigDecimal firstDay = days == 1 ? total : total.divide(BigDecimal.valueOf(purchases), 0,
                java.math.RoundingMode.DOWN);
        PurchaseSummary all = new PurchaseSummary(party, PLN, first, last, days, purchases, total, firstDay,
                BigDecimal.ZERO);
        long windowStart = AS_OF.minusDays(364).toEpochDay();
        if (last.toEpochDay() < windowStart) {
            return new Summaries(party, all, null);
        }
        // the part of the history inside the window: spread evenly between first and last
        long span = last.toEpochDay() - first.toEpochDay();
        int inWindow = span == 0 ? 1 : (int) Math.max(1, Math.min(days,
                (long) Math.floor((double) (last.toEpochDay() - Math.max(windowStart, first.toEpochDay()))
                        / span * (days - 1)) + 1));
        LocalDate wFirst = inWindow == 1 ? last : LocalDate.ofEpochDay(Math.max(windowStart, first.toEpochDay()));
        if (inWindow > 1 && !wFirst.isBefore(last)) {
            wFirst = last;
            inWindow = 1;
        }
        if (inWindow > 1 && inWindow > last.toEpochDay() - wFirst.toEpochDay() + 1) {
            inWindow = (int) (last.toEpochDay() - wFirst.toEpochDay() + 1);
        }
        BigDecimal wTotal = total.multiply(BigDecimal.valueOf(inWindow)).divide(BigDecimal.valueOf(days), 0,
                java.math.RoundingMode.DOWN);
        BigDecimal wFirstDay = inWindow == 1 ? wTotal : BigDecimal.ZERO;
        return new Summaries(party, all, new PurchaseSummary(party, PLN, wFirst, last, inWindow, inWindow, wTotal,
                wFirstDay, BigDecimal.ZERO));
    }

    private static void generate(int n, PartyId[] parties, List<PurchaseSummary> all, List<PurchaseSummary> window) {
        for (int i = 0; i < n; i++) {
            Summaries s = summaries(i);
            parties[i] = s.party();
            if (s.all() != null) {
                all.add(s.all());
            }
            if (s.window() != null) {
                window.add(s.window());
            }
        }
        IntStream.range(1, parties.length).forEach(i -> {
            if (parties[i].compareTo(parties[i - 1]) <= 0) {
                throw new IllegalStateException("ids out of order at " + i);
            }
        });
    }
}
