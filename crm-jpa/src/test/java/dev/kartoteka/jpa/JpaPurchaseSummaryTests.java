package dev.kartoteka.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.history.TransactionStatus;
import dev.kartoteka.core.history.TransactionType;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.spi.HistoryStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SQL aggregate behind {@link HistoryStore#purchaseSummaries} yields exactly what the in-memory store (the
 * reference) yields for the same transactions, up to a day and within a window of days: the same parties in the same
 * order, the same days, counts and sums.
 */
class JpaPurchaseSummaryTests {

    private static final long SEED = 0x4b61727465L;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("PLN"),
            Currency.getInstance("EUR"), Currency.getInstance("JPY"));

    @Test
    void summariesEqualThoseOfTheInMemoryStoreForTheSameTransactions() {
        qt().withFixedSeed(SEED).withExamples(25).withShrinkCycles(0)
                .forAll(longs().all(), integers().between(-3, 45), integers().between(0, 45))
                .checkAssert((seed, asOfDay, windowLength) -> {
                    HistoryStore jpa = TestDatabase.freshTenant().historyStore();
                    HistoryStore reference = HistoryStore.inMemory();
                    for (Transaction t : transactions(new Random(seed))) {
                        jpa.insert(t);
                        reference.insert(t);
                    }
                    LocalDate asOf = FIRST_DAY.plusDays(asOfDay);
                    LocalDate from = asOf.minusDays(windowLength);
                    for (Currency currency : CURRENCIES) {
                        // equal as records: the same sums at the same scales as in memory
                        assertThat(summaries(jpa, currency, asOf))
                                .as("seed %d, %s, as of %s", seed, currency, asOf)
                                .containsExactlyElementsOf(summaries(reference, currency, asOf));
                        assertThat(summaries(jpa, currency, from, asOf))
                                .as("seed %d, %s, from %s to %s", seed, currency, from, asOf)
                                .containsExactlyElementsOf(summaries(reference, currency, from, asOf));
                    }
                });
    }

    @Test
    void summaryStreamCanBeClosedBeforeItsEndAndTheStoreStaysUsable() {
        HistoryStore store = TestDatabase.freshTenant().historyStore();
        for (int i = 0; i < 5; i++) {
            store.insert(Transaction.order(PartyId.random(), FIRST_DAY, Money.of("10.00", "PLN")));
        }
        for (int round = 0; round < 20; round++) { // more rounds than the pool has connections
            try (Stream<PurchaseSummary> s = store.purchaseSummaries(CURRENCIES.get(0), FIRST_DAY)) {
                assertThat(s.findFirst()).isPresent();
            }
            try (Stream<PurchaseSummary> s = store.purchaseSummaries(CURRENCIES.get(0), FIRST_DAY, FIRST_DAY)) {
                assertThat(s.findFirst()).isPresent();
            }
        }
        assertThat(summaries(store, CURRENCIES.get(0), FIRST_DAY)).hasSize(5);
        assertThat(summaries(store, CURRENCIES.get(0), FIRST_DAY, FIRST_DAY)).hasSize(5);
    }

    /** Up to 5 parties (random ids, so on both sides of the UUID sign bit) with up to 12 transactions each. */
    private static List<Transaction> transactions(Random random) {
        List<Transaction> out = new ArrayList<>();
        int parties = 1 + random.nextInt(5);
        for (int p = 0; p < parties; p++) {
            PartyId party = new PartyId(new UUID(random.nextLong(), random.nextLong()));
            int count = random.nextInt(13);
            for (int i = 0; i < count; i++) {
                Currency currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
                int digits = currency.getDefaultFractionDigits();
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(100_000), digits);
                if (random.nextBoolean()) {
                    amount = amount.setScale(digits + random.nextInt(3)); // trailing zeros the store must not lose
                }
                Optional<Money> margin = random.nextInt(3) == 0 ? Optional.empty() : Optional.of(new Money(
                        amount.multiply(BigDecimal.valueOf(random.nextInt(101))).divide(BigDecimal.valueOf(100))
                                .setScale(digits, java.math.RoundingMode.DOWN), currency));
                out.add(new Transaction(UUID.randomUUID(), party,
                        TransactionType.values()[random.nextInt(TransactionType.values().length)],
                        FIRST_DAY.plusDays(random.nextInt(40)), new Money(amount, currency), margin,
                        TransactionStatus.values()[random.nextInt(TransactionStatus.values().length)],
                        Optional.empty()));
            }
        }
        return out;
    }

    private static List<PurchaseSummary> summaries(HistoryStore store, Currency currency, LocalDate asOf) {
        try (Stream<PurchaseSummary> s = store.purchaseSummaries(currency, asOf)) {
            return s.toList();
        }
    }

    private static List<PurchaseSummary> summaries(HistoryStore store, Currency currency, LocalDate from,
                                                   LocalDate to) {
        try (Stream<PurchaseSummary> s = store.purchaseSummaries(currency, from, to)) {
            return s.toList();
        }
    }
}
