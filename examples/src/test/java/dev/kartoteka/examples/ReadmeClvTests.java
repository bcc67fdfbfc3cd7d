package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.segmentation.clv.BgNbdFit;
import dev.kartoteka.segmentation.clv.ClvCalculator;
import dev.kartoteka.segmentation.clv.CustomerSummaries;
import dev.kartoteka.segmentation.clv.CustomerSummary;
import dev.kartoteka.segmentation.clv.GammaGammaFit;
import dev.kartoteka.segmentation.clv.PredictionSummary;
import dev.kartoteka.segmentation.clv.PurchasePredictions;
import dev.kartoteka.segmentation.clv.TransactionLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps README's CLV example honest: the same lines compile and run here, on the CDNOW sample. */
class ReadmeClvTests {

    @Test
    void fitsBgNbdAndGammaGammaRanksCustomersByClvAndSummarisesPredictions() throws IOException {
        TransactionLog log = new TransactionLog();
        for (String line : Files.readAllLines(Path.of("..", "crm-segmentation", "src", "test", "resources", "clv",
                "CDNOW_sample.txt"), StandardCharsets.US_ASCII)) {
            if (!line.isBlank()) {
                String[] c = line.strip().split("\\s+");
                log.add(c[1], LocalDate.parse(c[2], DateTimeFormatter.BASIC_ISO_DATE), Double.parseDouble(c[4]));
            }
        }
        // --- clv (keep identical to README.md) ---
        List<CustomerSummary> customers = log.summaries(LocalDate.of(1997, 9, 30), ChronoUnit.WEEKS);
        BgNbdFit purchases = BgNbdFit.fit(CustomerSummaries.of(customers, ChronoUnit.WEEKS));      // r, α, a, b in weeks
        GammaGammaFit spend = GammaGammaFit.fit(customers.stream().filter(c -> c.frequency() > 0)
                .map(c -> new GammaGammaFit.Spend(c.frequency(), c.monetaryValue())).toList());
        Comparator<CustomerSummary> byClv = Comparator.comparingDouble(c -> ClvCalculator.bgNbd(purchases.parameters(),
                c.frequency(), c.recency(), c.age(), spend.parameters().conditionalExpectedSpend(c.frequency(),
                        c.monetaryValue()), 0.3, 12, 52.0 / 12, 0.01));                 // 12 months, 30 % margin, 1 %/month
        List<CustomerSummary> top10 = customers.stream().sorted(byClv.reversed()).limit(10).toList();
        PurchasePredictions next13Weeks = purchases.parameters().predict(customers, 13);  // P(alive), E[purchases]
        PredictionSummary rfm = PredictionSummary.byRecencyAndFrequency(customers, next13Weeks, new double[] {4, 13},
                new int[] {1, 3}, c -> 0.3 * spend.parameters().conditionalExpectedSpend(c.frequency(), c.monetaryValue()));
        // --- end of clv ---

        assertThat(purchases.parameters().r()).isBetween(0.24, 0.25);
        assertThat(spend.customers()).isEqualTo(946);
        assertThat(top10).hasSize(10).allSatisfy(c -> assertThat(c.frequency()).isPositive());
        assertThat(next13Weeks.size()).isEqualTo(customers.size());
        assertThat(rfm.customers()).isEqualTo(customers.size());
        assertThat(rfm.segments()).hasSizeGreaterThan(3);
    }

    @Test
    void readmeShowsExactlyTheExampleThatThisTestRuns() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("clv:", "ReadmeClvTests", "clv");
    }
}
