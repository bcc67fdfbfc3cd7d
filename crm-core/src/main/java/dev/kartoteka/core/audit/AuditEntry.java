package dev.kartoteka.core.audit;

import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * One recorded change: who changed what about which party, when, field by field, and why.
 *
 * @param id the identity
 * @param at when, by the registry's clock
 * @param actor who, where the registry was told ({@code registry.as(actor, reason)})
 * @param partyId the party the change concerns
 * @param action what was done, e.g. {@code "party created"}, {@code "party updated"}, {@code "lead converted"},
 *     {@code "interaction logged"}, {@code "transaction recorded"}, {@code "consent recorded"}
 * @param changes the fields that changed, with their values before and after
 * @param reason why, where given
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AuditEntry(UUID id, Instant at, Optional<UserId> actor, PartyId partyId, String action,
                         List<FieldChange> changes, Optional<String> reason) {

    /**
     * Creates the entry.
     *
     * @param id the identity
     * @param at when
     * @param actor who
     * @param partyId the party
     * @param action what
     * @param changes the field changes
     * @param reason why
     * @throws NullPointerException if an argument is {@code null}
     */
    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(action, "action");
        changes = List.copyOf(changes);
        Objects.requireNonNull(reason, "reason");
    }

    /** Shows who, when, what and how many fields; never values or the reason's text. */
    @Override
    public String toString() {
        return "AuditEntry[" + at + ", " + actor.map(UserId::value).orElse("?") + ", " + action + ", party "
                + partyId + ", " + changes.size() + " changes]";
    }
}
