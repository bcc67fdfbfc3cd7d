package dev.kartoteka.core.history;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.ImportantDateKind;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.MutableClock;
import dev.kartoteka.core.registry.RecordingListener;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.registry.UpcomingDate;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link History} must show, whatever its {@link HistoryStore} and {@link PartyStore}. A store
 * implementation runs it by extending this class and returning new, empty stores from {@link #newHistoryStore()} and
 * {@link #newPartyStore()}; everything is tested through the public {@link ClientRegistry#history()} API only.
 *
 * <p>The registry's clock is a {@link MutableClock} standing at 2026-11-22T10:00Z (UTC) until a test moves it.
 */
public abstract class HistoryContract {

    /** The registry's "today" when the clock has not been moved. */
    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    protected static final Currency PLN = Currency.getInstance("PLN");
    protected static final Currency EUR = Currency.getInstance("EUR");
    protected static final Currency JPY = Currency.getInstance("JPY");

    protected static final UserId ALICE = UserId.of("alice");
    protected static final UserId BOB = UserId.of("bob");

    protected MutableClock clock;
    protected RecordingListener recorder;
    protected ClientRegistry registry;
    protected History history;

    /**
     * Returns a new, empty history store for one test.
     *
     * @return the store
     */
    protected abstract HistoryStore newHistoryStore();

    /**
     * Returns a new, empty party store for one test (the one the history store's parties live in).
     *
     * @return the store
     */
    protected abstract PartyStore newPartyStore();

    @BeforeEach
    void setUpRegistry() {
        clock = new MutableClock();
        recorder = new RecordingListener();
        registry = ClientRegistry.builder().store(newPartyStore()).historyStore(newHistoryStore()).clock(clock)
                .listener(recorder).build();
        history = registry.history();
    }

    // ------------------------------------------------------------------------------------------------------------
    // logging interactions

    @Test
    void logsInteractionAndReturnsItAsStored() {
        Company acme = createCompany("Acme", ALICE);
        Interaction call = Interaction.builder(acme.id(), InteractionType.CALL, at("2026-11-20T09:15:00Z"))
                .direction(Direction.INBOUND).channel(InteractionChannel.PHONE).author(BOB)
                .subject("Pyta o rabat").outcome("Wyślemy ofertę").followUp(TODAY.plusDays(3)).build();

        Interaction stored = history.log(call);

        assertThat(stored).isEqualTo(call);
        assertThat(history.timeline(acme.id())).containsExactly(call);
    }

    @Test
    void rejectsInteractionWithUnknownPartyAndStoresNothing() {
        PartyId nobody = PartyId.random();
        Interaction call = call(nobody, at("2026-11-20T09:00:00Z")).build();

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> history.log(call));

        assertThat(history.timeline(nobody)).isEmpty();
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void logsInteractionWithContactPersonOfTheCompany() {
        Person anna = createPerson("Anna", "Kowalska");
        Company acme = companyWith("Acme", anna);
        Interaction meeting = Interaction.builder(acme.id(), InteractionType.MEETING, at("2026-11-20T12:00:00Z"))
                .contactPerson(anna.id()).build();

        assertThat(history.log(meeting)).isEqualTo(meeting);
        assertThat(history.timeline(acme.id())).containsExactly(meeting);
    }

    @Test
    void rejectsContactPersonWhoIsNotAContactPersonOfTheCompany() {
        Person anna = createPerson("Anna", "Kowalska");
        Person piotr = createPerson("Piotr", "Nowak");
        Company acme = companyWith("Acme", anna);
        Interaction meeting = Interaction.builder(acme.id(), InteractionType.MEETING, at("2026-11-20T12:00:00Z"))
                .contactPerson(piotr.id()).build();
        recorder.clear();

        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> history.log(meeting))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("interaction.contactPerson"));

        assertThat(history.timeline(acme.id())).isEmpty();
        assertThat(history.contactPersonTimeline(piotr.id())).isEmpty();
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void rejectsContactPersonOnInteractionWithAPerson() {
        Person anna = createPerson("Anna", "Kowalska");
        Person piotr = createPerson("Piotr", "Nowak");
        Interaction call = call(anna.id(), at("2026-11-20T12:00:00Z")).contactPerson(piotr.id()).build();

        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> history.log(call));

        assertThat(history.timeline(anna.id())).isEmpty();
    }

    @Test
    void rejectsInteractionWhoseIdIsTakenAndKeepsTheFirst() {
        Company acme = createCompany("Acme", ALICE);
        UUID id = UUID.randomUUID();
        Interaction first = call(acme.id(), at("2026-11-20T09:00:00Z")).id(id).subject("Pierwsza").build();
        Interaction second = call(acme.id(), at("2026-11-21T09:00:00Z")).id(id).subject("Druga").build();
        history.log(first);
        recorder.clear();

        assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> history.log(second));

        assertThat(history.timeline(acme.id())).containsExactly(first);
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void rejectsNullInteraction() {
        assertThatNullPointerException().isThrownBy(() -> history.log(null));
    }

    // ------------------------------------------------------------------------------------------------------------
    // timeline

    @Test
    void timelineListsInteractionsAndTransactionsNewestFirst() {
        Company acme = createCompany("Acme", ALICE);
        Interaction oldest = history.log(call(acme.id(), at("2026-11-20T09:00:00Z")).build());
        Transaction order = history.record(Transaction.order(acme.id(), LocalDate.of(2026, 11, 21), pln("100.00")));
        Interaction lateEvening = history.log(call(acme.id(), at("2026-11-21T23:59:59Z")).build());
        Transaction payment = history.record(transaction(acme.id(), TransactionType.PAYMENT, TODAY, pln("100.00"),
                TransactionStatus.PAID));
        Interaction justAfterMidnight = history.log(call(acme.id(), at("2026-11-22T00:00:01Z")).build());

        assertThat(history.timeline(acme.id()))
                .containsExactly(justAfterMidnight, payment, lateEvening, order, oldest);
    }

    @Test
    void timelinePlacesTransactionAtTheStartOfItsDayInUtc() {
        Company acme = createCompany("Acme", ALICE);
        Transaction order = history.record(Transaction.order(acme.id(), TODAY, pln("10.00")));

        TimelineEntry entry = history.timeline(acme.id()).get(0);

        assertThat(entry).isEqualTo(order);
        assertThat(entry.time()).isEqualTo(at("2026-11-22T00:00:00Z"));
    }

    @Test
    void timelineBreaksTiesOfTimeById() {
        Company acme = createCompany("Acme", ALICE);
        Instant midnight = at("2026-11-22T00:00:00Z");
        Interaction third = history.log(call(acme.id(), midnight).id(uuid(3)).build());
        Interaction first = history.log(call(acme.id(), midnight).id(uuid(1)).build());
        Transaction second = history.record(new Transaction(uuid(2), acme.id(), TransactionType.ORDER, TODAY,
                pln("5.00"), Optional.empty(), TransactionStatus.PLACED, Optional.empty()));
        Interaction newest = history.log(call(acme.id(), midnight.plusMillis(1)).id(uuid(0)).build());

        assertThat(history.timeline(acme.id())).containsExactly(newest, first, second, third);
    }

    @Test
    void timelineOfCompanyIncludesInteractionsWithItsContactPersons() {
        Person anna = createPerson("Anna", "Kowalska");
        Company acme = companyWith("Acme", anna);
        Interaction withAnna = history.log(Interaction.builder(acme.id(), InteractionType.EMAIL,
                at("2026-11-21T08:00:00Z")).contactPerson(anna.id()).build());
        Interaction withCompany = history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).build());

        assertThat(history.timeline(acme.id())).containsExactly(withAnna, withCompany);
    }

    @Test
    void timelineHoldsOnlyTheEntriesOfItsParty() {
        Company acme = createCompany("Acme", ALICE);
        Company beta = createCompany("Beta", ALICE);
        Interaction acmeCall = history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).build());
        Transaction acmeOrder = history.record(Transaction.order(acme.id(), TODAY, pln("1.00")));
        Interaction betaCall = history.log(call(beta.id(), at("2026-11-20T09:00:00Z")).build());
        Transaction betaOrder = history.record(Transaction.order(beta.id(), TODAY, pln("2.00")));

        assertThat(history.timeline(acme.id())).containsExactly(acmeOrder, acmeCall);
        assertThat(history.timeline(beta.id())).containsExactly(betaOrder, betaCall);
    }

    @Test
    void timelineOfPartyWithoutHistoryIsEmpty() {
        Company acme = createCompany("Acme", ALICE);

        assertThat(history.timeline(acme.id())).isEmpty();
    }

    @Test
    void timelineShowsTheCurrentStateOfItsEntries() {
        Company acme = createCompany("Acme", ALICE);
        Interaction call = history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).followUp(TODAY).build());
        Transaction order = history.record(Transaction.order(acme.id(), TODAY, pln("10.00")));

        Interaction done = history.completeFollowUp(call.id(), clock.instant());
        Transaction paid = history.changeStatus(order.id(), TransactionStatus.PAID);

        assertThat(history.timeline(acme.id())).containsExactly(paid, done);
    }

    // ------------------------------------------------------------------------------------------------------------
    // contact-person timeline

    @Test
    void contactPersonTimelineListsInteractionsWithEveryCompanyThePersonActsForNewestFirst() {
        Person anna = createPerson("Anna", "Kowalska");
        Company acme = companyWith("Acme", anna);
        Company beta = companyWith("Beta", anna);
        Interaction atAcme = history.log(call(acme.id(), at("2026-11-19T10:00:00Z")).contactPerson(anna.id()).build());
        Interaction atBeta = history.log(call(beta.id(), at("2026-11-21T10:00:00Z")).contactPerson(anna.id()).build());
        Interaction againAtAcme = history.log(call(acme.id(), at("2026-11-20T10:00:00Z")).contactPerson(anna.id())
                .build());

        assertThat(history.contactPersonTimeline(anna.id())).containsExactly(atBeta, againAtAcme, atAcme);
    }

    @Test
    void contactPersonTimelineLeavesOutInteractionsWithoutThePerson() {
        Person anna = createPerson("Anna", "Kowalska");
        Person piotr = createPerson("Piotr", "Nowak");
        Company acme = registry.create(company("Acme").addContactPerson(ContactPerson.of(anna.id(), TODAY.minusYears(1)))
                .addContactPerson(ContactPerson.of(piotr.id(), TODAY.minusYears(1))).build());
        Interaction withAnna = history.log(call(acme.id(), at("2026-11-19T10:00:00Z")).contactPerson(anna.id()).build());
        history.log(call(acme.id(), at("2026-11-20T10:00:00Z")).contactPerson(piotr.id()).build());
        history.log(call(acme.id(), at("2026-11-21T10:00:00Z")).build());
        history.log(call(anna.id(), at("2026-11-21T11:00:00Z")).subject("Prywatnie").build());

        assertThat(history.contactPersonTimeline(anna.id())).containsExactly(withAnna);
    }

    @Test
    void contactPersonTimelineBreaksTiesOfTimeById() {
        Person anna = createPerson("Anna", "Kowalska");
        Company acme = companyWith("Acme", anna);
        Instant t = at("2026-11-20T10:00:00Z");
        Interaction second = history.log(call(acme.id(), t).id(uuid(2)).contactPerson(anna.id()).build());
        Interaction first = history.log(call(acme.id(), t).id(uuid(1)).contactPerson(anna.id()).build());

        assertThat(history.contactPersonTimeline(anna.id())).containsExactly(first, second);
    }

    // ------------------------------------------------------------------------------------------------------------
    // follow-ups

    @Test
    void completingFollowUpRecordsWhenItWasDone() {
        Company acme = createCompany("Acme", ALICE);
        Interaction call = history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).followUp(TODAY.plusDays(2)).build());
        Instant doneAt = at("2026-11-22T09:30:00Z");

        Interaction done = history.completeFollowUp(call.id(), doneAt);

        assertThat(done).isEqualTo(call.withFollowUpDone(doneAt));
        assertThat(done.followUpDoneAt()).contains(doneAt);
        assertThat(done.followUpOpen()).isFalse();
        assertThat(history.timeline(acme.id())).containsExactly(done);
    }

    @Test
    void completingFollowUpTwiceIsAStateConflict() {
        Company acme = createCompany("Acme", ALICE);
        Interaction call = history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).followUp(TODAY).build());
        Interaction done = history.completeFollowUp(call.id(), at("2026-11-22T09:00:00Z"));
        recorder.clear();

        assertThatExceptionOfType(StateConflictException.class)
                .isThrownBy(() -> history.completeFollowUp(call.id(), at("2026-11-22T09:45:00Z")));

        assertThat(history.timeline(acme.id())).containsExactly(done);
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void completingFollowUpOfInteractionWithoutOneIsAStateConflict() {
        Company acme = createCompany("Acme", ALICE);
        Interaction call = history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).build());

        assertThatExceptionOfType(StateConflictException.class)
                .isThrownBy(() -> history.completeFollowUp(call.id(), clock.instant()));

        assertThat(history.timeline(acme.id())).containsExactly(call);
    }

    @Test
    void completingFollowUpOfUnknownInteractionIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> history.completeFollowUp(UUID.randomUUID(), clock.instant()));
        assertThat(recorder.events()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // transactions

    @Test
    void recordsTransactionAndReturnsItAsStored() {
        Company acme = createCompany("Acme", ALICE);
        Transaction order = Transaction.order(acme.id(), TODAY, pln("1234.50")).withMargin(pln("200.00"))
                .withExternalReference("ZAM/2026/11/0042");

        assertThat(history.record(order)).isEqualTo(order);
        assertThat(history.transactions(acme.id(), TODAY, TODAY, Set.of())).containsExactly(order);
    }

    @Test
    void rejectsTransactionOfUnknownPartyAndStoresNothing() {
        PartyId nobody = PartyId.random();

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> history.record(Transaction.order(nobody, TODAY, pln("1.00"))));

        assertThat(history.timeline(nobody)).isEmpty();
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void rejectsTransactionWhoseIdIsTakenAndKeepsTheFirst() {
        Company acme = createCompany("Acme", ALICE);
        Transaction first = history.record(Transaction.order(acme.id(), TODAY, pln("1.00")));
        Transaction second = new Transaction(first.id(), acme.id(), TransactionType.PAYMENT, TODAY, pln("9.00"),
                Optional.empty(), TransactionStatus.PAID, Optional.empty());
        recorder.clear();

        assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> history.record(second));

        assertThat(history.timeline(acme.id())).containsExactly(first);
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void findsTransactionsInAPeriodWithBothEndsIncludedByDateThenId() {
        Company acme = createCompany("Acme", ALICE);
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        history.record(Transaction.order(acme.id(), from.minusDays(1), pln("1.00")));
        Transaction onFirstDayB = history.record(withId(uuid(0xB), Transaction.order(acme.id(), from, pln("2.00"))));
        Transaction onFirstDayA = history.record(withId(uuid(0xA), Transaction.order(acme.id(), from, pln("3.00"))));
        Transaction onLastDay = history.record(Transaction.order(acme.id(), to, pln("4.00")));
        Transaction inTheMiddle = history.record(transaction(acme.id(), TransactionType.PAYMENT,
                LocalDate.of(2026, 3, 15), pln("5.00"), TransactionStatus.PAID));
        history.record(Transaction.order(acme.id(), to.plusDays(1), pln("6.00")));

        assertThat(history.transactions(acme.id(), from, to, Set.of()))
                .containsExactly(onFirstDayA, onFirstDayB, inTheMiddle, onLastDay);
    }

    @Test
    void findsTransactionsOfTheRequestedTypesOnly() {
        Company acme = createCompany("Acme", ALICE);
        Transaction order = history.record(Transaction.order(acme.id(), LocalDate.of(2026, 5, 1), pln("10.00")));
        Transaction payment = history.record(transaction(acme.id(), TransactionType.PAYMENT, LocalDate.of(2026, 5, 2),
                pln("10.00"), TransactionStatus.PAID));
        Transaction refund = history.record(transaction(acme.id(), TransactionType.RETURN, LocalDate.of(2026, 5, 3),
                pln("10.00"), TransactionStatus.PAID));
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);

        assertThat(history.transactions(acme.id(), from, to, Set.of(TransactionType.ORDER))).containsExactly(order);
        assertThat(history.transactions(acme.id(), from, to, Set.of(TransactionType.PAYMENT, TransactionType.RETURN)))
                .containsExactly(payment, refund);
        assertThat(history.transactions(acme.id(), from, to, Set.of())).containsExactly(order, payment, refund);
    }

    @Test
    void findsNoTransactionsOfAnotherParty() {
        Company acme = createCompany("Acme", ALICE);
        Company beta = createCompany("Beta", ALICE);
        history.record(Transaction.order(beta.id(), TODAY, pln("10.00")));

        assertThat(history.transactions(acme.id(), TODAY, TODAY, Set.of())).isEmpty();
    }

    @Test
    void changesStatusAndKeepsEverythingElse() {
        Company acme = createCompany("Acme", ALICE);
        Transaction order = history.record(Transaction.order(acme.id(), TODAY, pln("99.99")).withMargin(pln("10.00"))
                .withExternalReference("FV/1/2026"));

        Transaction paid = history.changeStatus(order.id(), TransactionStatus.PAID);

        assertThat(paid).isEqualTo(order.withStatus(TransactionStatus.PAID));
        assertThat(history.transactions(acme.id(), TODAY, TODAY, Set.of())).containsExactly(paid);
    }

    @Test
    void changingStatusToTheCurrentStatusChangesNothing() {
        Company acme = createCompany("Acme", ALICE);
        Transaction order = history.record(Transaction.order(acme.id(), TODAY, pln("10.00")));

        Transaction same = history.changeStatus(order.id(), TransactionStatus.PLACED);

        assertThat(same).isEqualTo(order);
        assertThat(history.timeline(acme.id())).containsExactly(order);
    }

    @Test
    void changingStatusOfUnknownTransactionIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> history.changeStatus(UUID.randomUUID(), TransactionStatus.PAID));
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void cancelledOrderStopsCountingAsAPurchase() {
        Company acme = createCompany("Acme", ALICE);
        history.record(Transaction.order(acme.id(), TODAY, pln("100.00")));
        Transaction big = history.record(Transaction.order(acme.id(), TODAY, pln("900.00")));

        history.changeStatus(big.id(), TransactionStatus.CANCELLED);

        assertThat(history.averageOrderValue(acme.id(), TODAY, TODAY, PLN)).contains(pln("100.00"));
        assertThat(history.totals(acme.id(), TODAY, TODAY, Granularity.DAY, PLN))
                .containsExactly(entry(TODAY, pln("100.00")));
        assertThat(summaries(PLN, TODAY)).singleElement()
                .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("100.00"))
                .satisfies(s -> assertThat(s.purchases()).isEqualTo(1));
        assertThat(history.transactions(acme.id(), TODAY, TODAY, Set.of(TransactionType.ORDER))).hasSize(2);
    }

    @Test
    void returnedOrderStopsCountingAsAPurchase() {
        Company acme = createCompany("Acme", ALICE);
        Transaction only = history.record(Transaction.order(acme.id(), TODAY, pln("100.00")));
        history.changeStatus(only.id(), TransactionStatus.PAID);

        history.changeStatus(only.id(), TransactionStatus.RETURNED);

        assertThat(history.averageOrderValue(acme.id(), TODAY, TODAY, PLN)).isEmpty();
        assertThat(history.totals(acme.id(), TODAY, TODAY, Granularity.DAY, PLN)).isEmpty();
        assertThat(summaries(PLN, TODAY)).isEmpty();
    }

    @Test
    void paidOrderStillCountsAsAPurchase() {
        Company acme = createCompany("Acme", ALICE);
        Transaction order = history.record(Transaction.order(acme.id(), TODAY, pln("100.00")));

        history.changeStatus(order.id(), TransactionStatus.PAID);

        assertThat(history.averageOrderValue(acme.id(), TODAY, TODAY, PLN)).contains(pln("100.00"));
        assertThat(summaries(PLN, TODAY)).hasSize(1);
    }

    // ------------------------------------------------------------------------------------------------------------
    // average order value ("średni czek")

    @Test
    void averageOrderValueIsTheMeanOfThePurchasesInThePeriodAndCurrency() {
        Company acme = createCompany("Acme", ALICE);
        LocalDate jan1 = LocalDate.of(2026, 1, 1);
        LocalDate jan31 = LocalDate.of(2026, 1, 31);
        history.record(Transaction.order(acme.id(), jan1, pln("100.00")));
        history.record(Transaction.order(acme.id(), jan31, pln("200.00")).withStatus(TransactionStatus.PAID));
        history.record(Transaction.order(acme.id(), jan1.minusDays(1), pln("3000.00")));
        history.record(Transaction.order(acme.id(), jan31.plusDays(1), pln("4000.00")));
        history.record(Transaction.order(acme.id(), LocalDate.of(2026, 1, 15), eur("50.00")));
        history.record(transaction(acme.id(), TransactionType.PAYMENT, jan1, pln("5000.00"), TransactionStatus.PAID));
        history.record(transaction(acme.id(), TransactionType.RETURN, jan1, pln("6000.00"), TransactionStatus.PAID));
        history.record(Transaction.order(acme.id(), jan1, pln("7000.00")).withStatus(TransactionStatus.CANCELLED));
        history.record(Transaction.order(acme.id(), jan1, pln("8000.00")).withStatus(TransactionStatus.RETURNED));

        assertThat(history.averageOrderValue(acme.id(), jan1, jan31, PLN)).contains(pln("150.00"));
        assertThat(history.averageOrderValue(acme.id(), jan1, jan31, EUR)).contains(eur("50.00"));
    }

    @Test
    void averageOrderValueIsRoundedToTheMinorUnitsOfItsCurrency() {
        Company acme = createCompany("Acme", ALICE);
        history.record(Transaction.order(acme.id(), TODAY, pln("10.00")));
        history.record(Transaction.order(acme.id(), TODAY, pln("10.01")));
        history.record(Transaction.order(acme.id(), TODAY, pln("10.01")));
        history.record(Transaction.order(acme.id(), TODAY, new Money(new BigDecimal("100"), JPY)));
        history.record(Transaction.order(acme.id(), TODAY, new Money(new BigDecimal("100"), JPY)));
        history.record(Transaction.order(acme.id(), TODAY, new Money(new BigDecimal("101"), JPY)));

        Money pln = history.averageOrderValue(acme.id(), TODAY, TODAY, PLN).orElseThrow();
        Money yen = history.averageOrderValue(acme.id(), TODAY, TODAY, JPY).orElseThrow();

        assertThat(pln.currency()).isEqualTo(PLN);
        assertThat(pln.amount()).isEqualByComparingTo("10.01");
        assertThat(yen.currency()).isEqualTo(JPY);
        assertThat(yen.amount()).isEqualByComparingTo("100");
    }

    @Test
    void averageOrderValueIsEmptyWithoutPurchases() {
        Company acme = createCompany("Acme", ALICE);
        history.record(Transaction.order(acme.id(), TODAY, eur("10.00")));
        history.record(transaction(acme.id(), TransactionType.PAYMENT, TODAY, pln("10.00"), TransactionStatus.PAID));
        history.record(Transaction.order(acme.id(), TODAY, pln("10.00")).withStatus(TransactionStatus.CANCELLED));

        assertThat(history.averageOrderValue(acme.id(), TODAY, TODAY, PLN)).isEmpty();
        assertThat(history.averageOrderValue(createCompany("Beta", ALICE).id(), TODAY, TODAY, PLN)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // totals per period

    @Test
    void totalsPerDayAddUpPurchasesOfTheSameDay() {
        PartyId acme = acmeWithPurchasesOverAYear();

        assertThat(history.totals(acme, LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 1), Granularity.DAY, PLN))
                .containsExactly(
                        entry(LocalDate.of(2026, 1, 5), pln("15.00")),
                        entry(LocalDate.of(2026, 2, 10), pln("20.00")),
                        entry(LocalDate.of(2026, 3, 31), pln("30.00")),
                        entry(LocalDate.of(2026, 4, 1), pln("40.00")),
                        entry(LocalDate.of(2026, 12, 31), pln("50.00")),
                        entry(LocalDate.of(2027, 1, 1), pln("60.00")));
    }

    @Test
    void totalsPerMonthAreKeyedByTheFirstDayOfTheMonth() {
        PartyId acme = acmeWithPurchasesOverAYear();

        assertThat(history.totals(acme, LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 1), Granularity.MONTH, PLN))
                .containsExactly(
                        entry(LocalDate.of(2026, 1, 1), pln("15.00")),
                        entry(LocalDate.of(2026, 2, 1), pln("20.00")),
                        entry(LocalDate.of(2026, 3, 1), pln("30.00")),
                        entry(LocalDate.of(2026, 4, 1), pln("40.00")),
                        entry(LocalDate.of(2026, 12, 1), pln("50.00")),
                        entry(LocalDate.of(2027, 1, 1), pln("60.00")));
    }

    @Test
    void totalsPerQuarterAreKeyedByTheFirstDayOfTheQuarter() {
        PartyId acme = acmeWithPurchasesOverAYear();

        assertThat(history.totals(acme, LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 1), Granularity.QUARTER, PLN))
                .containsExactly(
                        entry(LocalDate.of(2026, 1, 1), pln("65.00")),
                        entry(LocalDate.of(2026, 4, 1), pln("40.00")),
                        entry(LocalDate.of(2026, 10, 1), pln("50.00")),
                        entry(LocalDate.of(2027, 1, 1), pln("60.00")));
    }

    @Test
    void totalsPerYearAreKeyedByNewYearsDay() {
        PartyId acme = acmeWithPurchasesOverAYear();

        assertThat(history.totals(acme, LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 1), Granularity.YEAR, PLN))
                .containsExactly(
                        entry(LocalDate.of(2026, 1, 1), pln("155.00")),
                        entry(LocalDate.of(2027, 1, 1), pln("60.00")));
    }

    @Test
    void totalsCountOnlyPurchasesWithinThePeriod() {
        PartyId acme = acmeWithPurchasesOverAYear();

        assertThat(history.totals(acme, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 12, 31), Granularity.QUARTER,
                PLN)).containsExactly(
                        entry(LocalDate.of(2026, 1, 1), pln("50.00")),
                        entry(LocalDate.of(2026, 4, 1), pln("40.00")),
                        entry(LocalDate.of(2026, 10, 1), pln("50.00")));
    }

    @Test
    void totalsInAnotherCurrencyCountOnlyThatCurrency() {
        PartyId acme = acmeWithPurchasesOverAYear();

        assertThat(history.totals(acme, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), Granularity.YEAR, EUR))
                .containsExactly(entry(LocalDate.of(2026, 1, 1), eur("99.00")));
        assertThat(history.totals(acme, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), Granularity.YEAR, JPY))
                .isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // purchase summaries

    @Test
    void purchaseSummariesSummariseEachPartyWithPurchasesOrderedByPartyId() {
        // ids on both sides of the UUID sign bit: the natural order of PartyId is UUID.compareTo, which compares the
        // halves as signed longs and so differs from the unsigned byte order of SQL uuid columns
        Company acme = registry.create(company("Acme").id(new PartyId(new UUID(0x8000_0000_0000_0000L, 1L)))
                .owner(ALICE).build());
        Company beta = registry.create(company("Beta").id(new PartyId(new UUID(0x1000_0000_0000_0000L, 1L)))
                .owner(BOB).build());
        Company gamma = createCompany("Gamma", BOB);
        LocalDate march1 = LocalDate.of(2026, 3, 1);
        LocalDate may10 = LocalDate.of(2026, 5, 10);
        history.record(Transaction.order(acme.id(), march1, pln("100.00")).withMargin(pln("20.00")));
        history.record(Transaction.order(acme.id(), march1, pln("50.00")).withStatus(TransactionStatus.PAID));
        history.record(Transaction.order(acme.id(), may10, pln("70.00")).withMargin(pln("10.00")));
        history.record(Transaction.order(acme.id(), LocalDate.of(2026, 2, 1), pln("500.00"))
                .withStatus(TransactionStatus.CANCELLED));
        history.record(Transaction.order(acme.id(), LocalDate.of(2026, 1, 1), eur("40.00")));
        history.record(transaction(acme.id(), TransactionType.PAYMENT, LocalDate.of(2026, 1, 2), pln("220.00"),
                TransactionStatus.PAID));
        history.record(Transaction.order(beta.id(), LocalDate.of(2026, 4, 4), pln("30.00")));
        history.record(transaction(gamma.id(), TransactionType.PAYMENT, LocalDate.of(2026, 4, 4), pln("30.00"),
                TransactionStatus.PAID));

        List<PurchaseSummary> expected = Stream.of(
                        summary(acme.id(), PLN, march1, may10, 2, 3, "220.00", "150.00", "30.00"),
                        summary(beta.id(), PLN, LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 4), 1, 1, "30.00",
                                "30.00", "0"))
                .sorted(Comparator.comparing(PurchaseSummary::partyId)).toList();

        assertThat(normalised(summaries(PLN, TODAY))).containsExactlyElementsOf(normalised(expected));
        assertThat(normalised(summaries(EUR, TODAY))).containsExactly(normalised(summary(acme.id(), EUR,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), 1, 1, "40.00", "40.00", "0")));
    }

    @Test
    void purchaseSummariesCountPurchasesUpToAndIncludingTheDayAsOf() {
        Company acme = createCompany("Acme", ALICE);
        Company beta = createCompany("Beta", ALICE);
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        history.record(Transaction.order(acme.id(), LocalDate.of(2026, 6, 1), pln("10.00")));
        history.record(Transaction.order(acme.id(), asOf, pln("20.00")));
        history.record(Transaction.order(acme.id(), asOf.plusDays(1), pln("40.00")));
        history.record(Transaction.order(beta.id(), asOf.plusDays(1), pln("80.00")));

        assertThat(normalised(summaries(PLN, asOf))).containsExactly(normalised(summary(acme.id(), PLN,
                LocalDate.of(2026, 6, 1), asOf, 2, 2, "30.00", "10.00", "0")));
    }

    @Test
    void purchaseSummariesAreEmptyWithoutPurchases() {
        Company acme = createCompany("Acme", ALICE);
        history.record(transaction(acme.id(), TransactionType.PAYMENT, TODAY, pln("10.00"), TransactionStatus.PAID));

        assertThat(summaries(PLN, TODAY)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // purchase summaries of a window of days

    @Test
    void windowedPurchaseSummariesCountThePurchasesOfTheWindowWithBothDaysIncluded() {
        PartyId acme = acmeWithPurchasesOverAYear();
        LocalDate march31 = LocalDate.of(2026, 3, 31);
        LocalDate april1 = LocalDate.of(2026, 4, 1);

        // the cancelled order of March 31 and the returned one of April 1 do not count; the first day is the window's
        assertThat(normalised(summaries(PLN, march31, april1))).containsExactly(normalised(summary(acme, PLN, march31,
                april1, 2, 2, "70.00", "30.00", "0")));
        assertThat(normalised(summaries(PLN, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5))))
                .containsExactly(normalised(summary(acme, PLN, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), 1,
                        2, "15.00", "15.00", "0")));
        // the payment and the euro order of February 10 do not count either
        assertThat(normalised(summaries(PLN, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 3, 31))))
                .containsExactly(normalised(summary(acme, PLN, LocalDate.of(2026, 2, 10), march31, 2, 2, "50.00",
                        "20.00", "0")));
    }

    @Test
    void windowedPurchaseSummariesEqualTheReferenceComputedFromTheTransactionsForManyWindows() {
        PartyId acme = acmeWithPurchasesOverAYear();
        PartyId beta = createCompany("Beta", BOB).id();
        history.record(Transaction.order(beta, LocalDate.of(2026, 3, 31), pln("7.50")).withMargin(pln("1.25")));
        history.record(Transaction.order(beta, LocalDate.of(2026, 12, 30), eur("8.00")));
        Map<PartyId, List<Transaction>> stored = Map.of(
                acme, history.transactions(acme, LocalDate.MIN, LocalDate.MAX, Set.of()),
                beta, history.transactions(beta, LocalDate.MIN, LocalDate.MAX, Set.of()));
        List<LocalDate> days = List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 2));

        int windows = 0;
        for (LocalDate from : days) {
            for (LocalDate to : days.subList(days.indexOf(from), days.size())) {
                for (Currency currency : List.of(PLN, EUR)) {
                    assertThat(normalised(summaries(currency, from, to))).as("%s from %s to %s", currency, from, to)
                            .containsExactlyElementsOf(normalised(referenceSummaries(stored, currency, from, to)));
                }
                windows++;
            }
        }
        assertThat(windows).isEqualTo(55);
    }

    @Test
    void windowedPurchaseSummariesLeaveOutPartiesWithoutPurchasesInTheWindow() {
        Company acme = createCompany("Acme", ALICE);
        Company beta = createCompany("Beta", ALICE);
        LocalDate from = LocalDate.of(2026, 6, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        history.record(Transaction.order(acme.id(), from, pln("10.00")));
        history.record(Transaction.order(beta.id(), from.minusDays(1), pln("20.00")));
        history.record(Transaction.order(beta.id(), to.plusDays(1), pln("30.00")));
        history.record(Transaction.order(beta.id(), to, eur("40.00")));
        history.record(transaction(beta.id(), TransactionType.PAYMENT, to, pln("50.00"), TransactionStatus.PAID));

        assertThat(summaries(PLN, from, to)).extracting(PurchaseSummary::partyId).containsExactly(acme.id());
        assertThat(summaries(PLN, from.plusDays(1), to.minusDays(1))).isEmpty();
        assertThat(summaries(EUR, from, to)).extracting(PurchaseSummary::partyId).containsExactly(beta.id());
    }

    @Test
    void windowedPurchaseSummariesLeaveOutOrdersCancelledOrReturnedAfterRecording() {
        Company acme = createCompany("Acme", ALICE);
        Transaction kept = history.record(Transaction.order(acme.id(), TODAY, pln("100.00")));
        Transaction cancelled = history.record(Transaction.order(acme.id(), TODAY, pln("900.00")));
        Transaction returned = history.record(Transaction.order(acme.id(), TODAY.minusDays(1), pln("500.00")));
        history.changeStatus(kept.id(), TransactionStatus.PAID);
        history.changeStatus(cancelled.id(), TransactionStatus.CANCELLED);
        history.changeStatus(returned.id(), TransactionStatus.PAID);
        history.changeStatus(returned.id(), TransactionStatus.RETURNED);

        assertThat(normalised(summaries(PLN, TODAY.minusDays(1), TODAY))).containsExactly(normalised(summary(acme.id(),
                PLN, TODAY, TODAY, 1, 1, "100.00", "100.00", "0")));
    }

    @Test
    void purchaseSummariesAsOfADayEqualWindowedSummariesWithoutAFirstDay() {
        PartyId acme = acmeWithPurchasesOverAYear();
        PartyId beta = createCompany("Beta", BOB).id();
        history.record(Transaction.order(beta, LocalDate.of(2026, 4, 1), pln("1.00")));

        for (LocalDate asOf : List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.MAX)) {
            assertThat(summaries(PLN, asOf)).as("as of %s", asOf).isEqualTo(summaries(PLN, LocalDate.MIN, asOf));
        }
        assertThat(summaries(PLN, LocalDate.MIN, LocalDate.MAX))
                .extracting(PurchaseSummary::partyId, PurchaseSummary::purchases)
                .containsExactlyInAnyOrder(tuple(acme, 7L), tuple(beta, 1L));
        assertThat(summaries(PLN, LocalDate.MIN, LocalDate.of(2026, 1, 4))).isEmpty();
        assertThat(summaries(PLN, LocalDate.of(2027, 1, 2), LocalDate.MAX)).isEmpty();
        assertThat(summaries(PLN, LocalDate.MIN, LocalDate.MIN)).isEmpty();
        assertThat(summaries(PLN, LocalDate.MAX, LocalDate.MAX)).isEmpty();
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStartsNamingBothDays() {
        LocalDate from = LocalDate.of(2026, 2, 1);
        LocalDate to = LocalDate.of(2026, 1, 31);

        assertThatIllegalArgumentException().isThrownBy(() -> summaries(PLN, from, to))
                .withMessageContaining("2026-02-01").withMessageContaining("2026-01-31");
    }

    @Test
    void windowedPurchaseSummariesRejectNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> history.purchaseSummaries(null, TODAY, TODAY));
        assertThatNullPointerException().isThrownBy(() -> history.purchaseSummaries(PLN, null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> history.purchaseSummaries(PLN, TODAY, null));
        assertThatNullPointerException().isThrownBy(() -> history.interactionSummaries(null));
    }

    // ------------------------------------------------------------------------------------------------------------
    // interaction summaries

    @Test
    void interactionSummariesCountEachPartysInteractionsWithTheFirstAndTheLast() {
        Company acme = createCompany("Acme", ALICE);
        Company beta = createCompany("Beta", BOB);
        Company gamma = createCompany("Gamma", BOB);
        Instant first = at("2026-03-01T08:00:00.000001Z");
        Instant last = at("2026-11-21T17:30:00Z");
        history.log(call(acme.id(), at("2026-06-15T12:00:00Z")).direction(Direction.INBOUND).build());
        history.log(Interaction.builder(acme.id(), InteractionType.MEETING, last).build());
        Interaction withFollowUp = history.log(Interaction.builder(acme.id(), InteractionType.EMAIL, first)
                .followUp(TODAY).build());
        history.completeFollowUp(withFollowUp.id(), clock.instant());
        history.log(call(beta.id(), at("2026-11-20T09:00:00Z")).build());
        history.record(Transaction.order(gamma.id(), TODAY, pln("10.00")));

        List<InteractionSummary> expected = Stream.of(
                        new InteractionSummary(acme.id(), first, last, 3),
                        new InteractionSummary(beta.id(), at("2026-11-20T09:00:00Z"), at("2026-11-20T09:00:00Z"), 1))
                .sorted(Comparator.comparing(InteractionSummary::partyId)).toList();

        assertThat(interactionSummaries(TODAY)).containsExactlyElementsOf(expected);
    }

    @Test
    void interactionSummariesCountInteractionsUpToTheEndOfTheDayAsOfInUtc() {
        Company acme = createCompany("Acme", ALICE);
        Company beta = createCompany("Beta", ALICE);
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Instant lastMoment = at("2026-06-30T23:59:59.999999Z");
        history.log(call(acme.id(), at("2026-06-30T00:00:00Z")).build());
        history.log(call(acme.id(), lastMoment).build());
        history.log(call(acme.id(), at("2026-07-01T00:00:00Z")).build());
        history.log(call(beta.id(), at("2026-07-01T00:00:00Z")).build());

        assertThat(interactionSummaries(asOf)).containsExactly(
                new InteractionSummary(acme.id(), at("2026-06-30T00:00:00Z"), lastMoment, 2));
        assertThat(interactionSummaries(asOf.minusDays(1))).isEmpty();
        assertThat(interactionSummaries(asOf.plusDays(1))).extracting(InteractionSummary::interactions)
                .containsExactlyInAnyOrder(3L, 1L);
    }

    @Test
    void interactionSummariesEndTheDayInTheZoneOfTheRegistrysClock() {
        ClientRegistry inWarsaw = ClientRegistry.builder().store(newPartyStore()).historyStore(newHistoryStore())
                .clock(clock.withZone(ZoneId.of("Europe/Warsaw"))).build();
        Company acme = inWarsaw.create(company("Acme").owner(ALICE).build());
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Instant lastMoment = at("2026-06-30T21:59:59.999999Z"); // 23:59:59.999999 in Warsaw (UTC+2 in summer)
        inWarsaw.history().log(call(acme.id(), at("2026-06-29T22:00:00Z")).build());
        inWarsaw.history().log(call(acme.id(), lastMoment).build());
        inWarsaw.history().log(call(acme.id(), at("2026-06-30T22:00:00Z")).build());

        try (Stream<InteractionSummary> s = inWarsaw.history().interactionSummaries(asOf)) {
            assertThat(s).containsExactly(new InteractionSummary(acme.id(), at("2026-06-29T22:00:00Z"), lastMoment, 2));
        }
        try (Stream<InteractionSummary> s = inWarsaw.history().interactionSummaries(asOf.minusDays(1))) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void interactionSummariesCountAnInteractionWithAContactPersonForTheCompanyOnly() {
        Person anna = createPerson("Anna", "Kowalska");
        Company acme = companyWith("Acme", anna);
        Instant withAnna = at("2026-11-19T10:00:00Z");
        Instant withAcme = at("2026-11-20T10:00:00Z");
        Instant annaPrivately = at("2026-11-21T10:00:00Z");
        history.log(call(acme.id(), withAnna).contactPerson(anna.id()).build());
        history.log(call(acme.id(), withAcme).build());
        history.log(call(anna.id(), annaPrivately).build());

        assertThat(interactionSummaries(TODAY)).containsExactlyInAnyOrder(
                new InteractionSummary(acme.id(), withAnna, withAcme, 2),
                new InteractionSummary(anna.id(), annaPrivately, annaPrivately, 1));
        assertThat(history.timeline(acme.id())).hasSize(2);
    }

    @Test
    void interactionSummariesStillCountInteractionsAnonymisedByAnErasure() {
        Person anna = createPerson("Anna", "Kowalska");
        Company acme = companyWith("Acme", anna);
        Instant withAnna = at("2026-11-19T10:00:00Z");
        Instant annaPrivately = at("2026-11-21T10:00:00Z");
        history.log(call(acme.id(), withAnna).contactPerson(anna.id()).subject("Anna Kowalska pyta o ofertę").build());
        history.log(call(anna.id(), annaPrivately).build());

        registry.as(ALICE, "wniosek RODO").privacy().erase(anna.id(), "wniosek RODO");

        assertThat(history.timeline(acme.id())).singleElement()
                .satisfies(e -> assertThat(((Interaction) e).subject()).doesNotContain("Kowalska"));
        assertThat(interactionSummaries(TODAY)).containsExactlyInAnyOrder(
                new InteractionSummary(acme.id(), withAnna, withAnna, 1),
                new InteractionSummary(anna.id(), annaPrivately, annaPrivately, 1));
    }

    @Test
    void interactionSummariesAsOfTheEarliestAndTheLatestDays() {
        Company acme = createCompany("Acme", ALICE);
        Instant early = at("0001-01-01T00:00:00Z");
        Instant late = at("9999-12-31T23:59:59.999999Z");
        history.log(call(acme.id(), early).build());
        history.log(call(acme.id(), late).build());

        assertThat(interactionSummaries(LocalDate.MAX)).containsExactly(new InteractionSummary(acme.id(), early, late,
                2));
        assertThat(interactionSummaries(LocalDate.of(9999, 12, 31))).containsExactly(
                new InteractionSummary(acme.id(), early, late, 2));
        assertThat(interactionSummaries(LocalDate.of(1, 1, 1))).containsExactly(
                new InteractionSummary(acme.id(), early, early, 1));
        assertThat(interactionSummaries(LocalDate.of(0, 12, 31))).isEmpty();
        assertThat(interactionSummaries(LocalDate.MIN)).isEmpty();
    }

    @Test
    void interactionSummariesAreEmptyWithoutInteractions() {
        Company acme = createCompany("Acme", ALICE);
        history.record(Transaction.order(acme.id(), TODAY, pln("10.00")));

        assertThat(interactionSummaries(TODAY)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // the order of summaries

    @Test
    void summariesOfManyPartiesComeInTheUnsignedOrderOfTheirIds() {
        // half the ids start with a hex digit of 8 or more: negative as signed longs, so UUID.compareTo (signed) would
        // put them first, while PartyId and the databases' order put them last
        java.util.Random random = new java.util.Random(20261122L);
        List<PartyId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            long high = random.nextLong() & Long.MAX_VALUE;
            PartyId id = new PartyId(new UUID(i % 2 == 0 ? high : high | Long.MIN_VALUE, random.nextLong()));
            registry.create(company("Firma " + i).id(id).owner(ALICE).build());
            history.record(Transaction.order(id, TODAY.minusDays(i % 5), pln(i + ".00")));
            history.log(call(id, clock.instant().minus(Duration.ofHours(i))).build());
            ids.add(id);
        }
        List<PartyId> ordered = ids.stream().sorted().toList();
        assertThat(ordered).as("the signed order differs, so the test can fail")
                .isNotEqualTo(ids.stream().sorted(Comparator.comparing(PartyId::value)).toList());
        assertThat(ordered).as("the unsigned order is that of the canonical text, as databases sort it")
                .isEqualTo(ids.stream().sorted(Comparator.comparing(PartyId::toString)).toList());

        assertThat(summaries(PLN, TODAY.minusDays(10), TODAY)).extracting(PurchaseSummary::partyId)
                .containsExactlyElementsOf(ordered);
        assertThat(summaries(PLN, TODAY)).extracting(PurchaseSummary::partyId).containsExactlyElementsOf(ordered);
        assertThat(interactionSummaries(TODAY)).extracting(InteractionSummary::partyId)
                .containsExactlyElementsOf(ordered);
    }

    // ------------------------------------------------------------------------------------------------------------
    // what needs attention

    @Test
    void attentionListsOverdueFollowUpsFirstThenThoseDueInTheWindow() {
        Company acme = createCompany("Acme", ALICE);
        Interaction dueToday = logFollowUp(acme.id(), TODAY, null);
        Interaction longOverdue = logFollowUp(acme.id(), TODAY.minusDays(10), BOB);
        Interaction dueInTwoDays = logFollowUp(acme.id(), TODAY.plusDays(2), null);
        Interaction overdue = logFollowUp(acme.id(), TODAY.minusDays(3), null);

        List<AttentionItem> items = history.attention(ALICE, TODAY, 7);

        assertThat(items).containsExactly(
                new AttentionItem.FollowUpDue(longOverdue, true),
                new AttentionItem.FollowUpDue(overdue, true),
                new AttentionItem.FollowUpDue(dueToday, false),
                new AttentionItem.FollowUpDue(dueInTwoDays, false));
    }

    @Test
    void attentionIncludesTheLastDayOfTheWindowAndNothingAfter() {
        Company acme = createCompany("Acme", ALICE);
        Interaction lastDay = logFollowUp(acme.id(), TODAY.plusDays(7), null);
        logFollowUp(acme.id(), TODAY.plusDays(8), null);
        logFollowUp(acme.id(), TODAY.plusDays(300), null);

        assertThat(history.attention(ALICE, TODAY, 7)).containsExactly(new AttentionItem.FollowUpDue(lastDay, false));
        assertThat(history.attention(ALICE, TODAY, 6)).isEmpty();
    }

    @Test
    void attentionWithAWindowOfZeroDaysListsOnlyThatDayAndOverdueFollowUps() {
        Company acme = createCompany("Acme", ALICE);
        Interaction overdue = logFollowUp(acme.id(), TODAY.minusDays(1), null);
        Interaction today = logFollowUp(acme.id(), TODAY, null);
        logFollowUp(acme.id(), TODAY.plusDays(1), null);

        assertThat(history.attention(ALICE, TODAY, 0)).containsExactly(
                new AttentionItem.FollowUpDue(overdue, true), new AttentionItem.FollowUpDue(today, false));
    }

    @Test
    void attentionCoversTheOwnersPartiesAndFollowUpsTheOwnerRecorded() {
        Company alices = createCompany("Acme", ALICE);
        Company bobs = createCompany("Beta", BOB);
        Company nobodys = registry.create(company("Gamma").build());
        Interaction onAlicesByBob = logFollowUp(alices.id(), TODAY.plusDays(1), BOB);
        Interaction onBobsByAlice = logFollowUp(bobs.id(), TODAY.plusDays(2), ALICE);
        Interaction onNobodysByAlice = logFollowUp(nobodys.id(), TODAY.plusDays(3), ALICE);
        Interaction onBobsByBob = logFollowUp(bobs.id(), TODAY.plusDays(1), BOB);
        logFollowUp(bobs.id(), TODAY.plusDays(2), null);
        logFollowUp(nobodys.id(), TODAY.plusDays(2), null);

        assertThat(history.attention(ALICE, TODAY, 7)).containsExactly(
                new AttentionItem.FollowUpDue(onAlicesByBob, false),
                new AttentionItem.FollowUpDue(onBobsByAlice, false),
                new AttentionItem.FollowUpDue(onNobodysByAlice, false));
        assertThat(history.attention(BOB, TODAY, 7)).extracting(item -> ((AttentionItem.FollowUpDue) item)
                .interaction()).contains(onBobsByBob, onAlicesByBob, onBobsByAlice).doesNotContain(onNobodysByAlice);
    }

    @Test
    void attentionLeavesOutDoneFollowUpsAndInteractionsWithoutFollowUp() {
        Company acme = createCompany("Acme", ALICE);
        Interaction done = logFollowUp(acme.id(), TODAY.minusDays(2), null);
        history.completeFollowUp(done.id(), clock.instant());
        history.log(call(acme.id(), at("2026-11-21T10:00:00Z")).author(ALICE).build());
        Interaction open = logFollowUp(acme.id(), TODAY.plusDays(1), null);

        assertThat(history.attention(ALICE, TODAY, 7)).containsExactly(new AttentionItem.FollowUpDue(open, false));
    }

    @Test
    void attentionIncludesImportantDatesOfTheOwnersPartiesSortedByDateAmongFollowUps() {
        Person anna = registry.create(person("Anna", "Kowalska").birthDate(LocalDate.of(1990, 11, 25)).owner(ALICE)
                .build());
        registry.create(person("Piotr", "Nowak").birthDate(LocalDate.of(1985, 11, 24)).owner(BOB).build());
        registry.create(person("Ewa", "Wójcik").birthDate(LocalDate.of(1980, 12, 24)).owner(ALICE).build());
        Company acme = registry.create(company("Acme").owner(ALICE)
                .addImportantDate(ImportantDate.of(ImportantDateKind.COMPANY_ANNIVERSARY, LocalDate.of(2001, 11, 28)))
                .build());
        Interaction overdue = logFollowUp(acme.id(), TODAY.minusDays(1), null);
        Interaction dueInTwoDays = logFollowUp(acme.id(), TODAY.plusDays(2), null);
        Interaction dueInFiveDays = logFollowUp(anna.id(), TODAY.plusDays(5), null);

        List<AttentionItem> items = history.attention(ALICE, TODAY, 7);

        assertThat(items).extracting(AttentionItem::date).containsExactly(TODAY.minusDays(1), TODAY.plusDays(2),
                TODAY.plusDays(3), TODAY.plusDays(5), TODAY.plusDays(6));
        assertThat(items.get(0)).isEqualTo(new AttentionItem.FollowUpDue(overdue, true));
        assertThat(items.get(1)).isEqualTo(new AttentionItem.FollowUpDue(dueInTwoDays, false));
        assertThat(items.get(2)).isEqualTo(new AttentionItem.DateComing(new UpcomingDate(anna.id(),
                ImportantDateKind.BIRTHDAY, Optional.empty(), LocalDate.of(2026, 11, 25), OptionalInt.of(36))));
        assertThat(items.get(3)).isEqualTo(new AttentionItem.FollowUpDue(dueInFiveDays, false));
        assertThat(items.get(4)).isInstanceOfSatisfying(AttentionItem.DateComing.class, d -> {
            assertThat(d.partyId()).isEqualTo(acme.id());
            assertThat(d.upcoming().kind()).isEqualTo(ImportantDateKind.COMPANY_ANNIVERSARY);
            assertThat(d.upcoming().anniversary()).hasValue(25);
        });
    }

    @Test
    void attentionIsEmptyForAnOwnerWithNothingDue() {
        Company acme = createCompany("Acme", BOB);
        logFollowUp(acme.id(), TODAY, BOB);

        assertThat(history.attention(ALICE, TODAY, 30)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // events

    @Test
    void loggingAnInteractionRaisesInteractionLogged() {
        Company acme = createCompany("Acme", ALICE);
        recorder.clear();
        Instant now = clock.advance(Duration.ofMinutes(3));

        Interaction call = history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).build());

        assertThat(recorder.events()).containsExactly(
                new RegistryEvent.InteractionLogged(registry.get(acme.id()), call, now));
    }

    @Test
    void completingAFollowUpRaisesFollowUpCompleted() {
        Company acme = createCompany("Acme", ALICE);
        Interaction call = history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).followUp(TODAY).build());
        recorder.clear();
        Instant now = clock.advance(Duration.ofMinutes(3));

        Interaction done = history.completeFollowUp(call.id(), now.minusSeconds(60));

        assertThat(recorder.events()).containsExactly(
                new RegistryEvent.FollowUpCompleted(registry.get(acme.id()), done, now));
    }

    @Test
    void recordingATransactionRaisesTransactionRecorded() {
        Company acme = createCompany("Acme", ALICE);
        recorder.clear();
        Instant now = clock.advance(Duration.ofMinutes(3));

        Transaction order = history.record(Transaction.order(acme.id(), TODAY, pln("10.00")));

        assertThat(recorder.events()).containsExactly(
                new RegistryEvent.TransactionRecorded(registry.get(acme.id()), order, now));
    }

    @Test
    void changingTheStatusOfATransactionRaisesTransactionStatusChangedWithThePreviousStatus() {
        Company acme = createCompany("Acme", ALICE);
        Transaction order = history.record(Transaction.order(acme.id(), TODAY, pln("10.00")));
        recorder.clear();
        Instant now = clock.advance(Duration.ofMinutes(3));

        Transaction cancelled = history.changeStatus(order.id(), TransactionStatus.CANCELLED);

        assertThat(recorder.events()).containsExactly(new RegistryEvent.TransactionStatusChanged(
                registry.get(acme.id()), TransactionStatus.PLACED, cancelled, now));
    }

    @Test
    void everyMutationRaisesExactlyOneEventInOrder() {
        Company acme = createCompany("Acme", ALICE);
        recorder.clear();

        Interaction call = history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).followUp(TODAY).build());
        history.completeFollowUp(call.id(), clock.instant());
        Transaction order = history.record(Transaction.order(acme.id(), TODAY, pln("10.00")));
        history.changeStatus(order.id(), TransactionStatus.PAID);
        history.timeline(acme.id());
        history.attention(ALICE, TODAY, 7);
        summaries(PLN, TODAY);

        assertThat(recorder.types()).containsExactly(RegistryEvent.InteractionLogged.class,
                RegistryEvent.FollowUpCompleted.class, RegistryEvent.TransactionRecorded.class,
                RegistryEvent.TransactionStatusChanged.class);
        assertThat(recorder.events()).allSatisfy(e -> assertThat(e.partyId()).isEqualTo(acme.id()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // personal data

    @Test
    void storedInteractionAndItsEventShowNoSubjectOrOutcomeInToString() {
        Company acme = createCompany("Acme", ALICE);
        history.log(call(acme.id(), at("2026-11-20T08:00:00Z")).subject("Rozmowa o chorobie Kowalskiego")
                .outcome("Numer prywatny 601234567").build());

        TimelineEntry stored = history.timeline(acme.id()).get(0);

        assertThat(stored.toString()).contains("CALL").doesNotContain("chorobie", "Kowalskiego", "601234567");
        assertThat(recorder.ofType(RegistryEvent.InteractionLogged.class)).singleElement()
                .satisfies(e -> assertThat(e.toString()).doesNotContain("chorobie", "Kowalskiego", "601234567"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers

    /** Acme with PLN purchases over 2026 and New Year's Day 2027, plus noise that never counts in PLN. */
    private PartyId acmeWithPurchasesOverAYear() {
        PartyId acme = createCompany("Acme", ALICE).id();
        history.record(Transaction.order(acme, LocalDate.of(2026, 1, 5), pln("10.00")));
        history.record(Transaction.order(acme, LocalDate.of(2026, 1, 5), pln("5.00")).withStatus(TransactionStatus.PAID));
        history.record(Transaction.order(acme, LocalDate.of(2026, 2, 10), pln("20.00")));
        history.record(Transaction.order(acme, LocalDate.of(2026, 3, 31), pln("30.00")));
        history.record(Transaction.order(acme, LocalDate.of(2026, 4, 1), pln("40.00")));
        history.record(Transaction.order(acme, LocalDate.of(2026, 12, 31), pln("50.00")));
        history.record(Transaction.order(acme, LocalDate.of(2027, 1, 1), pln("60.00")));
        history.record(Transaction.order(acme, LocalDate.of(2026, 2, 10), eur("99.00")));
        history.record(transaction(acme, TransactionType.PAYMENT, LocalDate.of(2026, 2, 10), pln("77.00"),
                TransactionStatus.PAID));
        history.record(Transaction.order(acme, LocalDate.of(2026, 3, 31), pln("88.00"))
                .withStatus(TransactionStatus.CANCELLED));
        history.record(Transaction.order(acme, LocalDate.of(2026, 4, 1), pln("66.00"))
                .withStatus(TransactionStatus.RETURNED));
        return acme;
    }

    private Interaction logFollowUp(PartyId party, LocalDate followUp, UserId author) {
        clock.advance(Duration.ofSeconds(1));
        return history.log(Interaction.builder(party, InteractionType.CALL, clock.instant().minus(Duration.ofDays(1)))
                .author(author).followUp(followUp).build());
    }

    private List<PurchaseSummary> summaries(Currency currency, LocalDate asOf) {
        try (Stream<PurchaseSummary> s = history.purchaseSummaries(currency, asOf)) {
            return s.toList();
        }
    }

    private List<PurchaseSummary> summaries(Currency currency, LocalDate from, LocalDate to) {
        try (Stream<PurchaseSummary> s = history.purchaseSummaries(currency, from, to)) {
            return s.toList();
        }
    }

    private List<InteractionSummary> interactionSummaries(LocalDate asOf) {
        try (Stream<InteractionSummary> s = history.interactionSummaries(asOf)) {
            return s.toList();
        }
    }

    /**
     * The reference the purchase summaries must equal, computed by brute force from the transactions, following the
     * javadoc of {@link PurchaseSummary} and {@link History#purchaseSummaries(Currency, LocalDate, LocalDate)}:
     * purchases are orders that are placed or paid, in the currency asked for, dated from {@code from} to {@code to};
     * one summary per party with purchases, ordered by party id.
     */
    static List<PurchaseSummary> referenceSummaries(Map<PartyId, List<Transaction>> stored, Currency currency,
                                                    LocalDate from, LocalDate to) {
        List<PurchaseSummary> out = new java.util.ArrayList<>();
        for (PartyId party : stored.keySet().stream().sorted().toList()) {
            List<Transaction> purchases = stored.get(party).stream()
                    .filter(t -> isReferencePurchase(t, currency, from, to)).toList();
            if (purchases.isEmpty()) {
                continue;
            }
            LocalDate first = purchases.stream().map(Transaction::date).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = purchases.stream().map(Transaction::date).max(Comparator.naturalOrder()).orElseThrow();
            int days = (int) purchases.stream().map(Transaction::date).distinct().count();
            BigDecimal total = purchases.stream().map(t -> t.amount().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal firstDayTotal = purchases.stream().filter(t -> t.date().equals(first))
                    .map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal marginTotal = purchases.stream().flatMap(t -> t.margin().stream()).map(Money::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new PurchaseSummary(party, currency, first, last, days, purchases.size(), total, firstDayTotal,
                    marginTotal));
        }
        return out;
    }

    /** Whether a transaction is a purchase in a currency dated within a window, by the definition, not the code. */
    static boolean isReferencePurchase(Transaction t, Currency currency, LocalDate from, LocalDate to) {
        return t.type() == TransactionType.ORDER
                && (t.status() == TransactionStatus.PLACED || t.status() == TransactionStatus.PAID)
                && t.amount().currency().equals(currency)
                && !t.date().isBefore(from) && !t.date().isAfter(to);
    }

    private Company createCompany(String name, UserId owner) {
        return registry.create(company(name).owner(owner).build());
    }

    private Person createPerson(String givenNames, String familyName) {
        return registry.create(person(givenNames, familyName).build());
    }

    private Company companyWith(String name, Person contact) {
        return registry.create(company(name).owner(ALICE)
                .addContactPerson(ContactPerson.of(contact.id(), TODAY.minusYears(1))).build());
    }

    private static Interaction.Builder call(PartyId party, Instant at) {
        return Interaction.builder(party, InteractionType.CALL, at);
    }

    private static Transaction transaction(PartyId party, TransactionType type, LocalDate date, Money amount,
                                           TransactionStatus status) {
        return new Transaction(UUID.randomUUID(), party, type, date, amount, Optional.empty(), status,
                Optional.empty());
    }

    private static Transaction withId(UUID id, Transaction t) {
        return new Transaction(id, t.partyId(), t.type(), t.date(), t.amount(), t.margin(), t.status(),
                t.externalReference());
    }

    private static PurchaseSummary summary(PartyId party, Currency currency, LocalDate first, LocalDate last,
                                           int days, long purchases, String total, String firstDayTotal,
                                           String marginTotal) {
        return new PurchaseSummary(party, currency, first, last, days, purchases, new BigDecimal(total),
                new BigDecimal(firstDayTotal), new BigDecimal(marginTotal));
    }

    /** Summaries with their amounts stripped of trailing zeros, so stores may keep any scale. */
    static PurchaseSummary normalised(PurchaseSummary s) {
        return new PurchaseSummary(s.partyId(), s.currency(), s.firstPurchase(), s.lastPurchase(), s.purchaseDays(),
                s.purchases(), strip(s.total()), strip(s.firstDayTotal()), strip(s.marginTotal()));
    }

    static List<PurchaseSummary> normalised(List<PurchaseSummary> summaries) {
        return summaries.stream().map(HistoryContract::normalised).toList();
    }

    private static BigDecimal strip(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static UUID uuid(long n) {
        return new UUID(0L, n);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Money pln(String amount) {
        return Money.of(amount, "PLN");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
