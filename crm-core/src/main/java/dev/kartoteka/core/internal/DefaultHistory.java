package dev.kartoteka.core.internal;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.history.AttentionItem;
import dev.kartoteka.core.history.Granularity;
import dev.kartoteka.core.history.History;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionSummary;
import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.history.TimelineEntry;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.history.TransactionStatus;
import dev.kartoteka.core.history.TransactionType;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.registry.UpcomingDate;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The {@link History} service over a {@link HistoryStore}.
 *
 * <p>This is an internal API of Kartoteka; use {@code ClientRegistry.history()}.
 */
public final class DefaultHistory implements History {

    /** Lists the upcoming important dates of an owner's parties. */
    @FunctionalInterface
    public interface UpcomingDates {
        /**
         * @param from the first day
         * @param days the window
         * @param owner the owner
         * @return the dates
         */
        List<UpcomingDate> of(LocalDate from, int days, UserId owner);
    }

    private final PartyStore parties;
    private final HistoryStore store;
    private final Clock clock;
    private final Consumer<RegistryEvent> publish;
    private final UpcomingDates upcomingDates;

    /**
     * @param parties the party store
     * @param store the history store
     * @param clock the registry clock
     * @param publish delivers registry events
     * @param upcomingDates the registry's upcoming-dates query
     */
    public DefaultHistory(PartyStore parties, HistoryStore store, Clock clock, Consumer<RegistryEvent> publish,
                          UpcomingDates upcomingDates) {
        this.parties = Objects.requireNonNull(parties, "parties");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.publish = Objects.requireNonNull(publish, "publish");
        this.upcomingDates = Objects.requireNonNull(upcomingDates, "upcomingDates");
    }

    @Override
    public Interaction log(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        Party party = party(interaction.partyId());
        if (interaction.contactPerson().isPresent()) {
            PartyId person = interaction.contactPerson().get();
            boolean actsForIt = party instanceof Company c
                    && c.contactPersons().stream().anyMatch(cp -> cp.person().equals(person));
            if (!actsForIt) {
                throw ValidationException.ofPublicValue("interaction.contactPerson", person,
                        "a contact person of the company " + party.id());
            }
        }
        store.insert(interaction);
        publish.accept(new RegistryEvent.InteractionLogged(party, interaction, clock.instant()));
        return interaction;
    }

    @Override
    public Interaction completeFollowUp(UUID interactionId, Instant doneAt) {
        Objects.requireNonNull(interactionId, "interactionId");
        Objects.requireNonNull(doneAt, "doneAt");
        Interaction current = store.findInteraction(interactionId)
                .orElseThrow(() -> new NotFoundException("interaction", interactionId));
        if (!current.followUpOpen()) {
            throw new StateConflictException("interaction " + interactionId + " has no open follow-up");
        }
        Interaction done = current.withFollowUpDone(doneAt);
        store.replace(done);
        publish.accept(new RegistryEvent.FollowUpCompleted(party(done.partyId()), done, clock.instant()));
        return done;
    }

    @Override
    public Transaction record(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        Party party = party(transaction.partyId());
        store.insert(transaction);
        publish.accept(new RegistryEvent.TransactionRecorded(party, transaction, clock.instant()));
        return transaction;
    }

    @Override
    public Transaction changeStatus(UUID transactionId, TransactionStatus status) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(status, "status");
        Transaction current = store.findTransaction(transactionId)
                .orElseThrow(() -> new NotFoundException("transaction", transactionId));
        if (current.status() == status) {
            return current; // nothing changes: no write, no event
        }
        Transaction changed = current.withStatus(status);
        store.replace(changed);
        publish.accept(new RegistryEvent.TransactionStatusChanged(party(changed.partyId()), current.status(), changed,
                clock.instant()));
        return changed;
    }

    @Override
    public List<TimelineEntry> timeline(PartyId party) {
        Objects.requireNonNull(party, "party");
        List<TimelineEntry> entries = new ArrayList<>(store.interactionsOf(party));
        entries.addAll(store.transactionsOf(party));
        entries.sort(Comparator.comparing(TimelineEntry::time).reversed().thenComparing(TimelineEntry::id));
        return entries;
    }

    @Override
    public List<Interaction> contactPersonTimeline(PartyId person) {
        Objects.requireNonNull(person, "person");
        List<Interaction> entries = new ArrayList<>(store.interactionsWithContactPerson(person));
        entries.sort(Comparator.comparing(Interaction::at).reversed().thenComparing(Interaction::id));
        return entries;
    }

    @Override
    public List<Transaction> transactions(PartyId party, LocalDate from, LocalDate to, Set<TransactionType> types) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(types, "types");
        checkPeriod(from, to);
        return store.transactionsOf(party).stream()
                .filter(t -> !t.date().isBefore(from) && !t.date().isAfter(to))
                .filter(t -> types.isEmpty() || types.contains(t.type()))
                .sorted(Comparator.comparing(Transaction::date).thenComparing(Transaction::id))
                .toList();
    }

    @Override
    public Optional<Money> averageOrderValue(PartyId party, LocalDate from, LocalDate to, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        List<BigDecimal> amounts = purchases(party, from, to, currency).map(t -> t.amount().amount()).toList();
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        return Optional.of(new Money(sum.divide(BigDecimal.valueOf(amounts.size()), scale, RoundingMode.HALF_EVEN),
                currency));
    }

    @Override
    public SortedMap<LocalDate, Money> totals(PartyId party, LocalDate from, LocalDate to, Granularity granularity,
                                              Currency currency) {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(currency, "currency");
        TreeMap<LocalDate, BigDecimal> sums = new TreeMap<>();
        purchases(party, from, to, currency).forEach(t ->
                sums.merge(granularity.periodStart(t.date()), t.amount().amount(), BigDecimal::add));
        TreeMap<LocalDate, Money> out = new TreeMap<>();
        sums.forEach((day, sum) -> out.put(day, new Money(sum, currency)));
        return out;
    }

    @Override
    public Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate asOf) {
        return store.purchaseSummaries(Objects.requireNonNull(currency, "currency"), Objects.requireNonNull(asOf, "asOf"));
    }

    @Override
    public Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate from, LocalDate to) {
        Objects.requireNonNull(currency, "currency");
        InMemoryHistoryStore.checkWindow(from, to);
        return store.purchaseSummaries(currency, from, to);
    }

    /** The day ends in the zone of the registry's clock, the zone of its "today". */
    @Override
    public Stream<InteractionSummary> interactionSummaries(LocalDate asOf) {
        return store.interactionSummaries(Objects.requireNonNull(asOf, "asOf"), clock.getZone());
    }

    @Override
    public List<AttentionItem> attention(UserId owner, LocalDate from, int days) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(from, "from");
        if (days < 0 || days > 366) {
            throw new IllegalArgumentException("days must be 0 to 366, was " + days);
        }
        List<AttentionItem> items = new ArrayList<>();
        for (UpcomingDate d : upcomingDates.of(from, days, owner)) {
            items.add(new AttentionItem.DateComing(d));
        }
        LocalDate end = from.plusDays(days);
        for (Interaction i : store.openFollowUpsDueBy(end)) {
            boolean mine = i.author().equals(Optional.of(owner))
                    || parties.findById(i.partyId()).flatMap(Party::owner).equals(Optional.of(owner));
            if (mine) {
                items.add(new AttentionItem.FollowUpDue(i, i.followUp().orElseThrow().isBefore(from)));
            }
        }
        items.sort(Comparator.comparing(AttentionItem::date).thenComparing(AttentionItem::partyId)
                .thenComparing(item -> item instanceof AttentionItem.FollowUpDue ? 0 : 1));
        return items;
    }

    private Stream<Transaction> purchases(PartyId party, LocalDate from, LocalDate to, Currency currency) {
        Objects.requireNonNull(party, "party");
        checkPeriod(from, to);
        return store.transactionsOf(party).stream()
                .filter(Transaction::isPurchase)
                .filter(t -> t.amount().currency().equals(currency))
                .filter(t -> !t.date().isBefore(from) && !t.date().isAfter(to));
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw ValidationException.ofPublicValue("period", from + ".." + to, "an end on or after the start");
        }
    }

    private Party party(PartyId id) {
        return parties.findById(id).orElseThrow(() -> new NotFoundException("party", id));
    }

    /**
     * @param interactionId an interaction
     * @return its party, if it exists
     */
    Optional<PartyId> interactionParty(UUID interactionId) {
        return store.findInteraction(Objects.requireNonNull(interactionId, "interactionId")).map(Interaction::partyId);
    }

    /**
     * @param transactionId a transaction
     * @return its party, if it exists
     */
    Optional<PartyId> transactionParty(UUID transactionId) {
        return store.findTransaction(Objects.requireNonNull(transactionId, "transactionId")).map(Transaction::partyId);
    }
}
