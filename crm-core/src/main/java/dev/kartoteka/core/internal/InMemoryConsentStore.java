package dev.kartoteka.core.internal;

import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.spi.ConsentStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory {@link ConsentStore}: events by id and, per party, in append order. A read-write lock makes every
 * call atomic; events are immutable, so readers get plain copies of the lists.
 *
 * <p>This is an internal API of Kartoteka; use {@link ConsentStore#inMemory()}.
 */
public final class InMemoryConsentStore implements ConsentStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<UUID, ConsentEvent> byId = new HashMap<>();
    private final Map<PartyId, List<ConsentEvent>> byParty = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryConsentStore() {
    }

    @Override
    public void append(ConsentEvent event) {
        Objects.requireNonNull(event, "event");
        lock.writeLock().lock();
        try {
            if (byId.containsKey(event.id())) {
                throw new StateConflictException("A consent event with id " + event.id() + " already exists");
            }
            byId.put(event.id(), event);
            byParty.computeIfAbsent(event.partyId(), p -> new ArrayList<>()).add(event);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<ConsentEvent> eventsOf(PartyId party) {
        Objects.requireNonNull(party, "party");
        lock.readLock().lock();
        try {
            return List.copyOf(byParty.getOrDefault(party, List.of()));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<ConsentEvent> find(UUID id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byId.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void anonymise(PartyId party, java.util.function.UnaryOperator<ConsentEvent> anonymise) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(anonymise, "anonymise");
        lock.writeLock().lock();
        try {
            List<ConsentEvent> events = byParty.getOrDefault(party, List.of());
            List<ConsentEvent> replaced = new java.util.ArrayList<>();
            for (ConsentEvent e : events) {
                ConsentEvent a = anonymise.apply(e);
                if (!a.id().equals(e.id())) {
                    throw new IllegalArgumentException("anonymising must keep the event's id");
                }
                replaced.add(a);
            }
            List<ConsentEvent> staying = new java.util.ArrayList<>();
            for (ConsentEvent a : replaced) {
                byId.put(a.id(), a);
                if (a.partyId().equals(party)) {
                    staying.add(a);
                } else {
                    byParty.computeIfAbsent(a.partyId(), k -> new java.util.ArrayList<>()).add(a);
                }
            }
            if (!replaced.isEmpty()) {
                byParty.put(party, staying);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
