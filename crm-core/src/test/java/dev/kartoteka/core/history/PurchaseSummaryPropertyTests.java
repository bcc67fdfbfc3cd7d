package dev.kartoteka.core.history;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.ExampleParties;
import dev.kartoteka.core.registry.MutableClock;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The purchase summaries equal a brute-force reference computed from the generated transactions
 * ({@link HistoryContract#referenceSummaries}), following the javadoc of {@link PurchaseSummary} and
 * {@link History#purchaseSummaries}: purchases are orders that are placed or paid, in the currency asked for, dated on
 * or before the day asked for (or within the window of days asked for); one summary per party with purchases, ordered
 * by party id.
 */
class PurchaseSummaryPropertyTests {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final Currency PLN = Currency.getInstance("PLN");
    private static final Currency EUR = Currency.getInstance("EUR");

    private final AtomicInteger examples = new AtomicInteger();
    private final AtomicInteger summariesChecked = new AtomicInteger();
    private final AtomicInteger withRepeatDays = new AtomicInteger();
    private final AtomicInteger withSeveralPurchasesOnTheFirstDay = new AtomicInteger();
    private final AtomicInteger partiesLeftOut = new AtomicInteger();

    @Test
    void purchaseSummariesEqualABruteForceSummaryOfTheTransactions() {
        qt().withExamples(300).withShrinkCycles(100)
                .forAll(lists().of(lists().of(transactions()).ofSizeBetween(0, 14)).ofSizeBetween(1, 6),
                        Generate.range(-3, 45))
                .checkAssert(this::summariesAgreeWithBruteForce);
        System.out.printf("purchase summaries: %d examples, %d summaries, %d with repeat days, %d with several "
                        + "purchases on the first day, %d parties left out%n", examples.get(), summariesChecked.get(),
                withRepeatDays.get(), withSeveralPurchasesOnTheFirstDay.get(), partiesLeftOut.get());

        // the generators must make the property bite
        assertThat(summariesChecked.get()).as("summaries checked").isGreaterThan(examples.get());
        assertThat(withRepeatDays.get()).as("summaries with repeat purchase days").isGreaterThan(examples.get() / 4);
        assertThat(withSeveralPurchasesOnTheFirstDay.get()).as("several purchases on the first day")
                .isGreaterThan(examples.get() / 4);
        assertThat(partiesLeftOut.get()).as("parties without purchases").isGreaterThan(examples.get() / 10);
    }

    private final AtomicInteger windows = new AtomicInteger();
    private final AtomicInteger windowedSummariesChecked = new AtomicInteger();
    private final AtomicInteger changedByTheFirstDay = new AtomicInteger();
    private final AtomicInteger emptyWindows = new AtomicInteger();

    @Test
    void windowedPurchaseSummariesEqualABruteForceSummaryOfTheTransactionsInTheWindow() {
        qt().withExamples(300).withShrinkCycles(100)
                .forAll(lists().of(lists().of(transactions()).ofSizeBetween(0, 14)).ofSizeBetween(1, 6),
                        firstDaysOfWindows(), Generate.range(0, 45))
                .checkAssert(this::windowedSummariesAgreeWithBruteForce);
        System.out.printf("windowed purchase summaries: %d windows, %d summaries, %d changed by the first day, %d "
                + "windows without purchases%n", windows.get(), windowedSummariesChecked.get(),
                changedByTheFirstDay.get(), emptyWindows.get());

        // the generators must make the property bite: the first day must cut off purchases, and windows come empty
        assertThat(windowedSummariesChecked.get()).as("summaries checked").isGreaterThan(windows.get());
        assertThat(changedByTheFirstDay.get()).as("summaries the first day changes").isGreaterThan(windows.get() / 4);
        assertThat(emptyWindows.get()).as("windows without purchases").isGreaterThan(windows.get() / 20);
    }

    private void windowedSummariesAgreeWithBruteForce(List<List<TxSpec>> population, Integer fromOffset,
                                                      Integer length) {
        windows.incrementAndGet();
        ClientRegistry registry = registry();
        Map<PartyId, List<Transaction>> stored = record(registry, population);
        LocalDate from = FIRST_DAY.plusDays(fromOffset);
        LocalDate to = from.plusDays(length);

        for (Currency currency : List.of(PLN, EUR)) {
            List<PurchaseSummary> expected = HistoryContract.referenceSummaries(stored, currency, from, to);
            List<PurchaseSummary> actual;
            try (Stream<PurchaseSummary> summaries = registry.history().purchaseSummaries(currency, from, to)) {
                actual = summaries.toList();
            }

            assertThat(HistoryContract.normalised(actual)).as("summaries in %s from %s to %s", currency, from, to)
                    .containsExactlyElementsOf(HistoryContract.normalised(expected));
            if (currency.equals(PLN)) {
                windowedSummariesChecked.addAndGet(expected.size());
                List<PurchaseSummary> upToTheLastDay = HistoryContract.referenceSummaries(stored, currency,
                        LocalDate.MIN, to);
                changedByTheFirstDay.addAndGet((int) upToTheLastDay.stream().filter(s -> !expected.contains(s))
                        .count());
                if (expected.isEmpty()) {
                    emptyWindows.incrementAndGet();
                }
            }
        }
    }

    private static ClientRegistry registry() {
        return ClientRegistry.builder().store(PartyStore.inMemory()).historyStore(HistoryStore.inMemory())
                .clock(new MutableClock()).build();
    }

    /** Records the population's transactions, one company each, and returns them as stored, by party. */
    private static Map<PartyId, List<Transaction>> record(ClientRegistry registry, List<List<TxSpec>> population) {
        History history = registry.history();
        Map<PartyId, List<Transaction>> stored = new TreeMap<>();
        for (int p = 0; p < population.size(); p++) {
            Company company = registry.create(ExampleParties.company("Firma " + p).build());
            List<Transaction> kept = new ArrayList<>();
            for (TxSpec spec : population.get(p)) {
                Transaction t = history.record(spec.toTransaction(company.id()));
                if (spec.kind().laterStatus().isPresent()) {
                    t = history.changeStatus(t.id(), spec.kind().laterStatus().get());
                }
                kept.add(t);
            }
            stored.put(company.id(), kept);
        }
        return stored;
    }

    private void summariesAgreeWithBruteForce(List<List<TxSpec>> population, Integer asOfOffset) {
        examples.incrementAndGet();
        ClientRegistry registry = registry();
        History history = registry.history();
        Map<PartyId, List<Transaction>> stored = record(registry, population);
        LocalDate asOf = FIRST_DAY.plusDays(asOfOffset);

        for (Currency currency : List.of(PLN, EUR)) {
            List<PurchaseSummary> expected = HistoryContract.referenceSummaries(stored, currency, LocalDate.MIN, asOf);
            List<PurchaseSummary> actual;
            try (Stream<PurchaseSummary> summaries = history.purchaseSummaries(currency, asOf)) {
                actual = summaries.toList();
            }

            assertThat(HistoryContract.normalised(actual)).as("summaries in %s as of %s", currency, asOf)
                    .containsExactlyElementsOf(HistoryContract.normalised(expected));
            for (PurchaseSummary s : actual) {
                assertThat(s.repeatPurchaseDays()).as("repeat days of %s", s).isEqualTo(s.purchaseDays() - 1);
                BigDecimal exact = s.total().divide(BigDecimal.valueOf(s.purchases()), MathContext.DECIMAL128);
                assertThat(s.averageOrderValue().scale()).as("scale of the average of %s", s).isLessThanOrEqualTo(2);
                assertThat(s.averageOrderValue().subtract(exact).abs()).as("average of %s", s)
                        .isLessThanOrEqualTo(new BigDecimal("0.005"));
            }
            if (currency.equals(PLN)) {
                summariesChecked.addAndGet(expected.size());
                partiesLeftOut.addAndGet(stored.size() - expected.size());
                withRepeatDays.addAndGet((int) expected.stream().filter(s -> s.purchaseDays() > 1).count());
                withSeveralPurchasesOnTheFirstDay.addAndGet((int) expected.stream()
                        .filter(s -> severalOnFirstDay(stored.get(s.partyId()), currency, s.firstPurchase()))
                        .count());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the reference

    private static boolean severalOnFirstDay(List<Transaction> transactions, Currency currency, LocalDate first) {
        return transactions.stream().filter(t -> HistoryContract.isReferencePurchase(t, currency, first, first))
                .count() > 1;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // generators

    /** Type and status of a generated transaction, and the other status it is changed to after recording, if any. */
    private record TxKind(TransactionType type, TransactionStatus status, Optional<TransactionStatus> laterStatus) {
    }

    private record TxSpec(TxKind kind, int dayOffset, long cents, boolean euro, Optional<Integer> marginPercent) {

        Transaction toTransaction(PartyId party) {
            Currency currency = euro ? EUR : PLN;
            Optional<Money> margin = marginPercent.map(pct -> new Money(BigDecimal.valueOf(cents * pct / 100, 2),
                    currency));
            return new Transaction(UUID.randomUUID(), party, kind.type(), FIRST_DAY.plusDays(dayOffset),
                    new Money(BigDecimal.valueOf(cents, 2), currency), margin, kind.status(), Optional.empty());
        }
    }

    /** Windows often start among the early days where the purchases crowd, so that the first day cuts some off. */
    private static Gen<Integer> firstDaysOfWindows() {
        return Generate.frequency(
                Pair.of(2, Generate.range(-3, 3)),
                Pair.of(3, Generate.range(0, 45)));
    }

    private static Gen<TxSpec> transactions() {
        Gen<TransactionType> type = Generate.frequency(
                Pair.of(6, Generate.constant(TransactionType.ORDER)),
                Pair.of(1, Generate.constant(TransactionType.PAYMENT)),
                Pair.of(1, Generate.constant(TransactionType.RETURN)));
        Gen<TransactionStatus> status = Generate.enumValues(TransactionStatus.class);
        Gen<Optional<TransactionStatus>> later = Generate.enumValues(TransactionStatus.class).toOptionals(25);
        // a later status always differs from the first: a change to the same status is pinned in HistoryContract
        Gen<TxKind> kind = type.zip(status, later, (t, first, next) -> new TxKind(t, first,
                next.map(n -> n == first ? TransactionStatus.values()[(n.ordinal() + 1) % 4] : n)));
        // a few early days come up often, so that parties have several purchases on their first day
        Gen<Integer> day = Generate.frequency(
                Pair.of(3, Generate.range(0, 2)),
                Pair.of(2, Generate.range(0, 40)));
        Gen<Long> cents = Generate.frequency(
                Pair.of(1, Generate.constant(0L)),
                Pair.of(10, Generate.longRange(1, 2_000_000)));
        Gen<Boolean> euro = Generate.frequency(
                Pair.of(3, Generate.constant(false)),
                Pair.of(1, Generate.constant(true)));
        Gen<Optional<Integer>> marginPercent = Generate.range(0, 100).toOptionals(60);
        return kind.zip(day, cents, euro, marginPercent, TxSpec::new);
    }
}
