package dev.kartoteka.core.consent;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The answer of {@link Consents#mayContact}: yes or no, why, and which ledger event decided it.
 *
 * @param allowed whether the party may be contacted
 * @param reason why, as a sentence without personal data, e.g. {@code "withdrawn on 2026-03-01T09:00:00Z (event …)"}
 *        or {@code "no consent recorded for SMS/MARKETING"}
 * @param decidedBy the event that decided it; empty when no event did (no consent recorded, the contact point is
 *        marked do not contact, the party has no contact point for the channel)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConsentDecision(boolean allowed, String reason, Optional<ConsentEvent> decidedBy) {

    /**
     * Creates the record, checking its components.
     *
     * @param allowed whether the party may be contacted
     * @param reason why, as a sentence without personal data
     * @param decidedBy the event that decided it, if any
     * @throws NullPointerException if {@code reason} or {@code decidedBy} is {@code null}
     * @throws IllegalArgumentException if {@code reason} is blank, or {@code allowed} is {@code true} without a
     *         deciding grant
     */
    public ConsentDecision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        if (allowed && decidedBy.filter(ConsentEvent::isGrant).isEmpty()) {
            throw new IllegalArgumentException("an allowed decision must be decided by a grant");
        }
    }

    /**
     * Returns a positive decision.
     *
     * @param reason why, without personal data
     * @param grant the grant that allows it
     * @return the decision
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code reason} is blank or {@code grant} is not a grant
     */
    public static ConsentDecision allowed(String reason, ConsentEvent grant) {
        return new ConsentDecision(true, reason, Optional.of(Objects.requireNonNull(grant, "grant")));
    }

    /**
     * Returns a negative decision.
     *
     * @param reason why, without personal data
     * @param decidedBy the event that decided it, if any
     * @return the decision
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static ConsentDecision denied(String reason, Optional<ConsentEvent> decidedBy) {
        return new ConsentDecision(false, reason, decidedBy);
    }
}
