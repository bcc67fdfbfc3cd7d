package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.ClientRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CLV from the registry's own transactions: {@link TransactionLog#fromPurchaseSummaries} over
 * {@code history().purchaseSummaries} gives exactly the summaries a {@link TransactionLog} builds from the same
 * purchases (same-day purchases merged, repeat days, recency, age, mean repeat value), and a fit runs on them.
 */
class RegistryTransactionsTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Test
    void theRegistrysPurchaseSummariesGiveTheSameCustomerSummariesAsTheTransactionsThemselves() {
        ClientRegistry registry = ClientRegistry.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)).build();
        TransactionLog log = new TransactionLog();
        SplittableRandom random = new SplittableRandom(20261206);
        for (int c = 0; c < 300; c++) {
            Person p = registry.create(Person.builder().givenNames("Klient").familyName("Numer " + c).build());
            LocalDate first = AS_OF.minusDays(100 + random.nextInt(500));
            int purchases = random.nextInt(1, 12);
            for (int i = 0; i < purchases; i++) {
                // some purchases fall on the same day (merged), one falls after AS_OF (not counted)
                LocalDate day = i == 0 ? first : first.plusDays(random.nextInt(0, (int) ChronoUnit.DAYS.between(first,
                        AS_OF) + 20));
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(1_000, 50_000), 2);
                registry.history().record(Transaction.order(p.id(), day, Money.of(amount, "PLN")));
                if (!day.isAfter(AS_OF)) {
                    log.add(p.id().toString(), day, amount.doubleValue());
                }
            }
        }

        List<CustomerSummary> fromRegistry;
        try (Stream<PurchaseSummary> summaries = registry.history().purchaseSummaries(Currency.getInstance("PLN"),
                AS_OF)) {
            fromRegistry = TransactionLog.fromPurchaseSummaries(summaries, AS_OF, ChronoUnit.WEEKS).stream()
                    .sorted(Comparator.comparing(CustomerSummary::customerId)).toList();
        }
        List<CustomerSummary> fromLog = log.summaries(AS_OF, ChronoUnit.WEEKS).stream()
                .sorted(Comparator.comparing(CustomerSummary::customerId)).toList();

        assertThat(fromRegistry).hasSize(300).hasSameSizeAs(fromLog);
        for (int i = 0; i < fromLog.size(); i++) {
            CustomerSummary expected = fromLog.get(i);
            CustomerSummary actual = fromRegistry.get(i);
            assertThat(actual.customerId()).isEqualTo(expected.customerId());
            assertThat(actual.frequency()).as(expected.customerId()).isEqualTo(expected.frequency());
            assertThat(actual.recency()).isCloseTo(expected.recency(), within(1e-9));
            assertThat(actual.age()).isCloseTo(expected.age(), within(1e-9));
            assertThat(BigDecimal.valueOf(actual.monetaryValue()).setScale(6, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(BigDecimal.valueOf(expected.monetaryValue()).setScale(6, RoundingMode.HALF_UP));
        }
        assertThat(fromRegistry).anyMatch(s -> s.frequency() == 0).anyMatch(s -> s.frequency() > 3);

        BgNbdFit fit = BgNbdFit.fit(CustomerSummaries.of(fromRegistry, ChronoUnit.WEEKS));
        assertThat(fit.parameters().r()).isPositive();
    }
}
