package dev.kartoteka.core.spi;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.internal.InMemoryAuditStore;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The storage port of the audit trail: append-only.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface AuditStore {

    /**
     * Returns a new, empty, thread-safe in-memory store.
     *
     * @return the store
     */
    static AuditStore inMemory() {
        return new InMemoryAuditStore();
    }

    /**
     * Appends an entry.
     *
     * @param entry the entry
     */
    void append(AuditEntry entry);

    /**
     * Appends entries in order, all or none where the store can (a database store: one transaction). The default
     * appends them one by one: if one fails, the earlier ones stay appended.
     *
     * @param entries the entries
     * @throws NullPointerException if {@code entries} is {@code null}
     * @since 0.1
     */
    default void appendAll(List<AuditEntry> entries) {
        java.util.Objects.requireNonNull(entries, "entries");
        entries.forEach(this::append);
    }

    /**
     * @param party the party
     * @return its entries, in the order appended
     */
    List<AuditEntry> ofParty(PartyId party);

    /**
     * @param actor only this actor's entries, or every entry when empty
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the entries with {@code from <= at < to}, in the order appended
     */
    List<AuditEntry> query(Optional<UserId> actor, Instant from, Instant to);

    /**
     * Rewrites stored entries (same ids, same order), for an erasure — the one exception to the trail being
     * append-only.
     *
     * @param rewrite returns the entry as it must be kept (the same instance when unchanged)
     */
    void rewrite(java.util.function.UnaryOperator<AuditEntry> rewrite);
}
