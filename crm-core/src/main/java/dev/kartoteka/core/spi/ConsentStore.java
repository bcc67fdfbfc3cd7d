package dev.kartoteka.core.spi;

import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.internal.InMemoryConsentStore;
import dev.kartoteka.core.party.PartyId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * The storage port of the consent ledger: an append-only log of {@link ConsentEvent}s. The consent service validates
 * events and decides; a store only keeps them durable, unchanged, and finds them again, atomically per call.
 *
 * <p>Kartoteka ships {@link #inMemory()} (thread-safe, the embedded default); {@code crm-jpa} ships a database one.
 * Both pass the same contract tests ({@code ConsentsContract} in crm-core's test-jar).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ConsentStore {

    /**
     * Returns a new, empty, thread-safe in-memory store.
     *
     * @return the store
     */
    static ConsentStore inMemory() {
        return new InMemoryConsentStore();
    }

    /**
     * Appends an event to the ledger. Events are never changed or removed afterwards.
     *
     * @param event the event
     * @throws NullPointerException if {@code event} is {@code null}
     * @throws StateConflictException if an event with the same id is stored
     */
    void append(ConsentEvent event);

    /**
     * Returns the events of one party.
     *
     * @param party the party
     * @return its events in the order they were appended; empty if none
     * @throws NullPointerException if {@code party} is {@code null}
     */
    List<ConsentEvent> eventsOf(PartyId party);

    /**
     * Finds an event by id.
     *
     * @param id the event's id
     * @return the event; empty if unknown
     * @throws NullPointerException if {@code id} is {@code null}
     */
    Optional<ConsentEvent> find(UUID id);

    /**
     * Replaces every event of a party with an anonymised version of it (same ids), for an erasure — the one exception
     * to the ledger being append-only. An anonymised event may name another party: it moves there (an erased
     * person's consent recorded on their employer moves to the person, so it never widens to the employer).
     *
     * @param party the party
     * @param anonymise returns the event without personal data
     */
    void anonymise(PartyId party, java.util.function.UnaryOperator<ConsentEvent> anonymise);

    /**
     * Moves every event of a party to another party, for a merge: same ids, same order, everything else unchanged
     * (the other exception to the ledger being unchanged). The default uses {@link #anonymise}, which moves an event
     * that names another party.
     *
     * @param from the merged party
     * @param to the survivor
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    default void reassign(PartyId from, PartyId to) {
        java.util.Objects.requireNonNull(from, "from");
        java.util.Objects.requireNonNull(to, "to");
        anonymise(from, e -> Reassignments.consentEvent(e, to));
    }
}
