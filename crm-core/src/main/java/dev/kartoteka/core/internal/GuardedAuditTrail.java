package dev.kartoteka.core.internal;

import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.AuditTrail;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link AuditTrail} behind the access policy: entries of unreadable parties are left out, and values of fields the
 * reader may not see are masked in the entries too.
 */
final class GuardedAuditTrail implements AuditTrail {

    private final AuditTrail delegate;
    private final Guard guard;
    private final Function<PartyId, Optional<Set<String>>> maskedFieldsIfReadable;

    GuardedAuditTrail(AuditTrail delegate, Guard guard, Function<PartyId, Optional<Set<String>>> maskedFieldsIfReadable) {
        this.delegate = delegate;
        this.guard = guard;
        this.maskedFieldsIfReadable = maskedFieldsIfReadable;
    }

    @Override
    public List<AuditEntry> ofParty(PartyId party) {
        guard.require(Action.READ, Objects.requireNonNull(party, "party"));
        return visible(delegate.ofParty(party));
    }

    @Override
    public List<AuditEntry> byActor(UserId actor, Instant from, Instant to) {
        return visible(delegate.byActor(actor, from, to));
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to) {
        return visible(delegate.between(from, to));
    }

    private List<AuditEntry> visible(List<AuditEntry> entries) {
        return entries.stream().<AuditEntry>mapMulti((e, sink) -> maskedFieldsIfReadable.apply(e.partyId())
                .ifPresent(masked -> sink.accept(masked.isEmpty() ? e : masked(e, masked)))).toList();
    }

    static AuditEntry masked(AuditEntry e, Set<String> masked) {
        List<FieldChange> changes = e.changes().stream().map(c -> FieldMasking.covers(c.field(), masked)
                ? new FieldChange(c.field(), c.oldValue().map(v -> FieldMasking.MASK),
                        c.newValue().map(v -> FieldMasking.MASK))
                : c).toList();
        return new AuditEntry(e.id(), e.at(), e.actor(), e.partyId(), e.action(), changes, e.reason());
    }
}
