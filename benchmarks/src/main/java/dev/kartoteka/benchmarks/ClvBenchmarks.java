package dev.kartoteka.benchmarks;

import dev.kartoteka.segmentation.clv.BgNbdFit;
import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.CustomerSummaries;
import dev.kartoteka.segmentation.clv.CustomerSummary;
import dev.kartoteka.segmentation.clv.ParetoNbdFit;
import dev.kartoteka.segmentation.clv.PredictionSummary;
import dev.kartoteka.segmentation.clv.PurchasePredictions;
import dev.kartoteka.segmentation.clv.RepeatPattern;
import dev.kartoteka.segmentation.clv.TransactionLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CLV figures of issue 7: model fits on the CDNOW summary (2,357 customers) and on 1,000,000 customers simulated
 * from the CDNOW estimates, summaries of 3,000,000 transactions of 1,000,000 customers, and predictions for those
 * 1,000,000 customers (batch, with an RFM-style summary, and one by one as the baseline). The issue quotes Python lifetimes on the same
 * machine kind as the peer (BG/NBD on 1M: ~19 s; Pareto/NBD on CDNOW: 1.0–1.7 s; summaries of 3M transactions: 6.5 s).
 * Run from the benchmarks directory (it reads CDNOW from crm-segmentation's test resources).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClvBenchmarks {

    private CustomerSummaries cdnow;
    private TransactionLog log;
    private List<CustomerSummary> millionCustomers;
    private BgNbdParameters model;
    private CustomerSummaries millionSimulated;

    @Setup(Level.Trial)
    public void load() throws IOException {
        List<RepeatPattern> patterns = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("..", "crm-segmentation", "src", "test", "resources", "clv",
                "cdnow_customers_summary.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.strip().split(",");
            patterns.add(RepeatPattern.of(Integer.parseInt(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3])));
        }
        cdnow = new CustomerSummaries(patterns, ChronoUnit.WEEKS);
        model = new BgNbdParameters(0.2426, 4.4136, 0.7929, 2.4259);
        // 1,000,000 customers with 3,000,000 transactions over a year
        SplittableRandom random = new SplittableRandom(42);
        log = new TransactionLog();
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int t = 0; t < 3_000_000; t++) {
            int customer = t < 1_000_000 ? t : random.nextInt(1_000_000);
            log.add(Integer.toString(customer), start.plusDays(random.nextInt(365)), 10 + random.nextInt(200));
        }
        millionCustomers = log.summaries(LocalDate.of(2025, 12, 31), ChronoUnit.WEEKS);
        // 1,000,000 customers drawn from the CDNOW estimates, observed 27-39 weeks, recorded to the day
        millionSimulated = model.simulate(1_000_000, 27, 39, 1.0 / 7, ChronoUnit.WEEKS, 42L);
    }

    @Benchmark
    public BgNbdFit fitBgNbdOnAMillionCustomers() {
        return BgNbdFit.fit(millionSimulated);
    }

    @Benchmark
    public BgNbdFit fitBgNbdOnCdnow() {
        return BgNbdFit.fit(cdnow);
    }

    @Benchmark
    public ParetoNbdFit fitParetoNbdOnCdnow() {
        return ParetoNbdFit.fit(cdnow);
    }

    @Benchmark
    public List<CustomerSummary> summariseThreeMillionTransactions() {
        return log.summaries(LocalDate.of(2025, 12, 31), ChronoUnit.WEEKS);
    }

    @Benchmark
    public TransactionLog.CalibrationHoldout splitThreeMillionTransactions() {
        return log.split(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31), ChronoUnit.WEEKS);
    }

    @Benchmark
    public PurchasePredictions predictAMillionCustomers() {
        return model.predict(millionCustomers, 13);
    }

    @Benchmark
    public PredictionSummary predictAndSummariseAMillionCustomers() {
        PurchasePredictions predictions = model.predict(millionCustomers, 13);
        return PredictionSummary.byRecencyAndFrequency(millionCustomers, predictions, new double[] {4, 13, 26},
                new int[] {1, 2, 4, 8}, c -> c.monetaryValue());
    }

    /** Baseline: the same predictions one customer at a time. */
    @Benchmark
    public double predictAMillionCustomersOneByOne() {
        double sum = 0;
        for (CustomerSummary c : millionCustomers) {
            sum += model.conditionalExpectedPurchases(13, c.frequency(), c.recency(), c.age())
                    + model.probabilityAlive(c.frequency(), c.recency(), c.age());
        }
        return sum;
    }
}
