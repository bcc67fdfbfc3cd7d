package dev.kartoteka.core.internal;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionSummary;
import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.spi.HistoryStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The in-memory {@link HistoryStore}: maps by id and per-party indexes under one read-write lock.
 *
 * <p>This is an internal API of Kartoteka; use {@link HistoryStore#inMemory()}.
 */
public final class InMemoryHistoryStore implements HistoryStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<UUID, Interaction> interactions = new HashMap<>();
    private final Map<PartyId, Map<UUID, Interaction>> interactionsByParty = new HashMap<>();
    private final Map<UUID, Transaction> transactions = new HashMap<>();
    private final Map<PartyId, Map<UUID, Transaction>> transactionsByParty = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryHistoryStore() {
    }

    @Override
    public void insert(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        write(() -> {
            if (interactions.containsKey(interaction.id())) {
                throw new StateConflictException("An interaction with id " + interaction.id() + " already exists");
            }
            put(interaction);
        });
    }

    @Override
    public void replace(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        write(() -> {
            Interaction old = interactions.get(interaction.id());
            if (old == null) {
                throw new NotFoundException("interaction", interaction.id());
            }
            interactionsByParty.get(old.partyId()).remove(old.id());
            put(interaction);
        });
    }

    /** One atomic step: the write lock is held (reentrantly) while the default moves the entries. */
    @Override
    public void reassign(PartyId from, PartyId to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        write(() -> HistoryStore.super.reassign(from, to));
    }

    private void put(Interaction i) {
        interactions.put(i.id(), i);
        interactionsByParty.computeIfAbsent(i.partyId(), k -> new LinkedHashMap<>()).put(i.id(), i);
    }

    @Override
    public Optional<Interaction> findInteraction(UUID id) {
        return read(() -> Optional.ofNullable(interactions.get(Objects.requireNonNull(id, "id"))));
    }

    @Override
    public List<Interaction> interactionsOf(PartyId party) {
        Objects.requireNonNull(party, "party");
        return read(() -> List.copyOf(interactionsByParty.getOrDefault(party, Map.of()).values()));
    }

    @Override
    public List<Interaction> interactionsWithContactPerson(PartyId person) {
        Objects.requireNonNull(person, "person");
        return read(() -> interactions.values().stream()
                .filter(i -> i.contactPerson().equals(Optional.of(person))).toList());
    }

    @Override
    public List<Interaction> openFollowUpsDueBy(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return read(() -> interactions.values().stream()
                .filter(i -> i.followUpOpen() && !i.followUp().orElseThrow().isAfter(day)).toList());
    }

    @Override
    public void insert(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        write(() -> {
            if (transactions.containsKey(transaction.id())) {
                throw new StateConflictException("A transaction with id " + transaction.id() + " already exists");
            }
            put(transaction);
        });
    }

    @Override
    public void replace(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        write(() -> {
            Transaction old = transactions.get(transaction.id());
            if (old == null) {
                throw new NotFoundException("transaction", transaction.id());
            }
            transactionsByParty.get(old.partyId()).remove(old.id());
            put(transaction);
        });
    }

    private void put(Transaction t) {
        transactions.put(t.id(), t);
        transactionsByParty.computeIfAbsent(t.partyId(), k -> new LinkedHashMap<>()).put(t.id(), t);
    }

    @Override
    public Optional<Transaction> findTransaction(UUID id) {
        return read(() -> Optional.ofNullable(transactions.get(Objects.requireNonNull(id, "id"))));
    }

    @Override
    public List<Transaction> transactionsOf(PartyId party) {
        Objects.requireNonNull(party, "party");
        return read(() -> List.copyOf(transactionsByParty.getOrDefault(party, Map.of()).values()));
    }

    @Override
    public Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate from, LocalDate to) {
        Objects.requireNonNull(currency, "currency");
        checkWindow(from, to);
        List<PurchaseSummary> out = new ArrayList<>();
        read(() -> {
            TreeMap<PartyId, Map<UUID, Transaction>> sorted = new TreeMap<>(transactionsByParty);
            for (Map.Entry<PartyId, Map<UUID, Transaction>> e : sorted.entrySet()) {
                summarise(e.getKey(), e.getValue().values(), currency, from, to).ifPresent(out::add);
            }
            return null;
        });
        return out.stream();
    }

    /**
     * @param from the first day
     * @param to the last day
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    static void checkWindow(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** The summary of one party's purchases dated from {@code from} to {@code to}: the reference for every store. */
    static Optional<PurchaseSummary> summarise(PartyId party, Iterable<Transaction> transactions, Currency currency,
                                               LocalDate from, LocalDate to) {
        TreeMap<LocalDate, BigDecimal> perDay = new TreeMap<>();
        long purchases = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal margin = BigDecimal.ZERO;
        for (Transaction t : transactions) {
            if (t.isPurchase() && t.amount().currency().equals(currency) && !t.date().isBefore(from)
                    && !t.date().isAfter(to)) {
                perDay.merge(t.date(), t.amount().amount(), BigDecimal::add);
                purchases++;
                total = total.add(t.amount().amount());
                margin = margin.add(t.margin().map(m -> m.amount()).orElse(BigDecimal.ZERO));
            }
        }
        if (perDay.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PurchaseSummary(party, currency, perDay.firstKey(), perDay.lastKey(), perDay.size(),
                purchases, total, perDay.firstEntry().getValue(), margin));
    }

    @Override
    public Stream<InteractionSummary> interactionSummaries(LocalDate asOf, ZoneId zone) {
        Optional<Instant> before = endOf(asOf, zone);
        List<InteractionSummary> out = new ArrayList<>();
        read(() -> {
            TreeMap<PartyId, Map<UUID, Interaction>> sorted = new TreeMap<>(interactionsByParty);
            for (Map.Entry<PartyId, Map<UUID, Interaction>> e : sorted.entrySet()) {
                summarise(e.getKey(), e.getValue().values(), before).ifPresent(out::add);
            }
            return null;
        });
        return out.stream();
    }

    /**
     * @param asOf a day
     * @param zone where it ends
     * @return the start of the next day in the zone, the first instant not counted; empty after {@link LocalDate#MAX}
     */
    static Optional<Instant> endOf(LocalDate asOf, ZoneId zone) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        return asOf.equals(LocalDate.MAX) ? Optional.empty()
                : Optional.of(asOf.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The summary of one party's interactions before an instant (all, if empty): the reference for every store. */
    static Optional<InteractionSummary> summarise(PartyId party, Iterable<Interaction> interactions,
                                                  Optional<Instant> before) {
        Instant first = null;
        Instant last = null;
        long count = 0;
        for (Interaction i : interactions) {
            if (before.isEmpty() || i.at().isBefore(before.get())) {
                first = first == null || i.at().isBefore(first) ? i.at() : first;
                last = last == null || i.at().isAfter(last) ? i.at() : last;
                count++;
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(new InteractionSummary(party, first, last, count));
    }

    private void write(Runnable action) {
        lock.writeLock().lock();
        try {
            action.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T read(java.util.function.Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Interaction> allInteractions() {
        return read(() -> List.copyOf(interactions.values()));
    }
}
