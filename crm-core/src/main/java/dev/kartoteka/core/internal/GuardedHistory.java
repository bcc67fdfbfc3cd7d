package dev.kartoteka.core.internal;

import dev.kartoteka.core.access.Action;
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
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** {@link History} behind the access policy: READ to look, WRITE to record; lists show only readable parties. */
final class GuardedHistory implements History {

    private final DefaultHistory delegate;
    private final Guard guard;
    private final Predicate<PartyId> readable;
    private final java.util.function.UnaryOperator<java.util.Set<PartyId>> readableAmong;
    private final Locker locker;
    private final java.util.function.UnaryOperator<PartyId> current;

    /**
     * @param current for reads by id: the survivor of a merged party (its history moved there), else the id itself
     */
    GuardedHistory(DefaultHistory delegate, Guard guard, Predicate<PartyId> readable,
                   java.util.function.UnaryOperator<java.util.Set<PartyId>> readableAmong, Locker locker,
                   java.util.function.UnaryOperator<PartyId> current) {
        this.delegate = delegate;
        this.guard = guard;
        this.readable = readable;
        this.readableAmong = readableAmong;
        this.current = current;
        this.locker = locker;
    }

    /** How many summaries are checked against the policy at once. */
    private static final int CHUNK = 1_000;

    @Override
    public Interaction log(Interaction interaction) {
        return locker.run(() -> {
            guard.require(Action.WRITE, Objects.requireNonNull(interaction, "interaction").partyId());
            return delegate.log(interaction);
        });
    }

    @Override
    public Interaction completeFollowUp(UUID interactionId, Instant doneAt) {
        return locker.run(() -> {
            delegate.interactionParty(interactionId).ifPresent(p -> guard.require(Action.WRITE, p));
            return delegate.completeFollowUp(interactionId, doneAt);
        });
    }

    @Override
    public Transaction record(Transaction transaction) {
        return locker.run(() -> {
            guard.require(Action.WRITE, Objects.requireNonNull(transaction, "transaction").partyId());
            return delegate.record(transaction);
        });
    }

    @Override
    public Transaction changeStatus(UUID transactionId, TransactionStatus status) {
        return locker.run(() -> {
            delegate.transactionParty(transactionId).ifPresent(p -> guard.require(Action.WRITE, p));
            return delegate.changeStatus(transactionId, status);
        });
    }

    private PartyId read(PartyId party) {
        return guard.requireRead(current, party);
    }

    @Override
    public List<TimelineEntry> timeline(PartyId party) {
        return delegate.timeline(read(party));
    }

    @Override
    public List<Interaction> contactPersonTimeline(PartyId person) {
        PartyId p = current.apply(Objects.requireNonNull(person, "person"));
        return delegate.contactPersonTimeline(p).stream().filter(i -> readable.test(i.partyId())).toList();
    }

    @Override
    public List<Transaction> transactions(PartyId party, LocalDate from, LocalDate to, Set<TransactionType> types) {
        return delegate.transactions(read(party), from, to, types);
    }

    @Override
    public Optional<Money> averageOrderValue(PartyId party, LocalDate from, LocalDate to, Currency currency) {
        return delegate.averageOrderValue(read(party), from, to, currency);
    }

    @Override
    public SortedMap<LocalDate, Money> totals(PartyId party, LocalDate from, LocalDate to, Granularity granularity,
                                              Currency currency) {
        return delegate.totals(read(party), from, to, granularity, currency);
    }

    @Override
    public Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate asOf) {
        return readableOnly(delegate.purchaseSummaries(currency, asOf), PurchaseSummary::partyId);
    }

    @Override
    public Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate from, LocalDate to) {
        return readableOnly(delegate.purchaseSummaries(currency, from, to), PurchaseSummary::partyId);
    }

    @Override
    public Stream<InteractionSummary> interactionSummaries(LocalDate asOf) {
        return readableOnly(delegate.interactionSummaries(asOf), InteractionSummary::partyId);
    }

    /**
     * The summaries of the parties the actor may read, in the order of {@code all}, which is closed with the result.
     * Checked a chunk at a time: one store call tells which of a thousand parties exist and may be read, instead of
     * reading every party (a million summaries from a database must not mean a million party loads).
     */
    private <T> Stream<T> readableOnly(Stream<T> all, java.util.function.Function<T, PartyId> partyOf) {
        java.util.Iterator<T> source = all.iterator();
        java.util.Spliterator<T> readableOnes = new java.util.Spliterators.AbstractSpliterator<>(
                Long.MAX_VALUE, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL) {
            private final java.util.ArrayDeque<T> ready = new java.util.ArrayDeque<>();

            @Override
            public boolean tryAdvance(java.util.function.Consumer<? super T> action) {
                while (ready.isEmpty() && source.hasNext()) {
                    List<T> chunk = new java.util.ArrayList<>(CHUNK);
                    while (chunk.size() < CHUNK && source.hasNext()) {
                        chunk.add(source.next());
                    }
                    java.util.Set<PartyId> ok = readableAmong.apply(chunk.stream().map(partyOf)
                            .collect(java.util.stream.Collectors.toSet()));
                    chunk.stream().filter(s -> ok.contains(partyOf.apply(s))).forEach(ready::add);
                }
                if (ready.isEmpty()) {
                    return false;
                }
                action.accept(ready.poll());
                return true;
            }
        };
        return java.util.stream.StreamSupport.stream(readableOnes, false).onClose(all::close);
    }

    @Override
    public List<AttentionItem> attention(UserId owner, LocalDate from, int days) {
        return delegate.attention(owner, from, days).stream().filter(i -> readable.test(i.partyId())).toList();
    }
}
