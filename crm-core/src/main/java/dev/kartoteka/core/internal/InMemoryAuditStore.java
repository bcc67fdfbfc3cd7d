package dev.kartoteka.core.internal;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.spi.AuditStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-memory {@link AuditStore}: an append-only list with a per-party index, synchronised.
 *
 * <p>This is an internal API of Kartoteka; use {@link AuditStore#inMemory()}.
 */
public final class InMemoryAuditStore implements AuditStore {

    private final List<AuditEntry> entries = new ArrayList<>();
    private final Map<PartyId, List<AuditEntry>> byParty = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryAuditStore() {
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        entries.add(entry);
        byParty.computeIfAbsent(entry.partyId(), k -> new ArrayList<>()).add(entry);
    }

    @Override
    public synchronized List<AuditEntry> ofParty(PartyId party) {
        return List.copyOf(byParty.getOrDefault(Objects.requireNonNull(party, "party"), List.of()));
    }

    @Override
    public synchronized List<AuditEntry> query(Optional<UserId> actor, Instant from, Instant to) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return entries.stream()
                .filter(e -> actor.isEmpty() || e.actor().equals(actor))
                .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
                .toList();
    }

    @Override
    public synchronized void rewrite(java.util.function.UnaryOperator<AuditEntry> rewrite) {
        Objects.requireNonNull(rewrite, "rewrite");
        List<AuditEntry> replaced = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            AuditEntry r = rewrite.apply(e);
            if (!r.id().equals(e.id()) || !r.partyId().equals(e.partyId())) {
                throw new IllegalArgumentException("rewriting must keep the entry's id and party");
            }
            replaced.add(r);
        }
        entries.clear();
        byParty.clear();
        for (AuditEntry e : replaced) {
            entries.add(e);
            byParty.computeIfAbsent(e.partyId(), k -> new ArrayList<>()).add(e);
        }
    }
}
