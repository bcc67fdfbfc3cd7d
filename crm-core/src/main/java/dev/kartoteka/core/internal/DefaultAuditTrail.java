package dev.kartoteka.core.internal;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.AuditTrail;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.spi.AuditStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link AuditTrail} over an {@link AuditStore}.
 *
 * <p>This is an internal API of Kartoteka; use {@code ClientRegistry.audit()}.
 */
final class DefaultAuditTrail implements AuditTrail {

    private final AuditStore store;

    DefaultAuditTrail(AuditStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<AuditEntry> ofParty(PartyId party) {
        return store.ofParty(Objects.requireNonNull(party, "party"));
    }

    @Override
    public List<AuditEntry> byActor(UserId actor, Instant from, Instant to) {
        Objects.requireNonNull(actor, "actor");
        return store.query(Optional.of(actor), Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to) {
        return store.query(Optional.empty(), Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }
}
