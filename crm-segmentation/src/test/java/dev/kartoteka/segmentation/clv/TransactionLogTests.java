package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Summaries built from raw CDNOW transactions equal the published calibration summaries. */
class TransactionLogTests {

    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);

    @Test
    void rebuildsTheCdnowCalibrationSummaryFromTheTransactions() throws IOException {
        TransactionLog.CalibrationHoldout split = cdnowSample().split(CALIBRATION_END, OBSERVATION_END,
                ChronoUnit.WEEKS);
        Map<Integer, RepeatPattern> published = publishedById();

        assertThat(split.calibration()).hasSize(2357);
        for (CustomerSummary s : split.calibration()) {
            RepeatPattern expected = published.get(Integer.parseInt(s.customerId()));
            assertThat(s.frequency()).as("x of %s", s.customerId()).isEqualTo(expected.frequency());
            assertThat(s.recency()).as("t_x of %s", s.customerId()).isCloseTo(expected.recency(), within(0.005));
            assertThat(s.age()).as("T of %s", s.customerId()).isCloseTo(expected.age(), within(0.005));
        }
        assertThat(split.holdoutLength()).isCloseTo(39, within(0.001));
        assertThat(Arrays.stream(split.holdoutPurchaseDays()).sum()).isEqualTo(1882);
        assertThat(Arrays.stream(split.holdoutPurchaseDays()).filter(n -> n > 0).count()).isEqualTo(684);
    }

    @Test
    void monetaryValueIsTheMeanOfTheRepeatPurchaseDaysTotals() {
        TransactionLog log = new TransactionLog()
                .add("a", LocalDate.of(2026, 1, 1), 100)   // first purchase: not a repeat
                .add("a", LocalDate.of(2026, 1, 8), 20)
                .add("a", LocalDate.of(2026, 1, 8), 10)    // same day: merged into one purchase day of 30
                .add("a", LocalDate.of(2026, 1, 15), 60)
                .add("b", LocalDate.of(2026, 1, 10), 50);

        List<CustomerSummary> s = log.summaries(LocalDate.of(2026, 1, 29), ChronoUnit.DAYS);

        assertThat(s).containsExactly(new CustomerSummary("a", 2, 14, 28, 45),
                new CustomerSummary("b", 0, 0, 19, 0));
    }

    private static TransactionLog cdnowSample() throws IOException {
        TransactionLog log = new TransactionLog();
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TransactionLogTests.class.getClassLoader().getResourceAsStream("clv/CDNOW_sample.txt")),
                StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.strip().split("\\s+");
                log.add(Integer.toString(Integer.parseInt(c[1])), LocalDate.parse(c[2], f), Double.parseDouble(c[4]));
            }
        }
        return log;
    }

    private static Map<Integer, RepeatPattern> publishedById() throws IOException {
        List<RepeatPattern> patterns = CdnowData.summaries().patterns();
        Map<Integer, RepeatPattern> byId = new java.util.HashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            byId.put(i + 1, patterns.get(i));
        }
        return byId;
    }
}
