package dev.kartoteka.core.history;

import dev.kartoteka.core.party.PartyId;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The compact interaction history of one party up to a day: what segmentation consumes (how recently and how often
 * there was contact) instead of the interactions themselves. It counts the interactions logged for the party — for a
 * company also those with its contact persons, as on the company's {@linkplain History#timeline timeline} — by when
 * they happened ({@link Interaction#at()}), whatever their type, direction or follow-up.
 *
 * @param partyId the party the interactions were logged for
 * @param firstInteraction when the earliest counted interaction happened
 * @param lastInteraction when the latest counted interaction happened
 * @param interactions how many interactions were counted, at least 1
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InteractionSummary(PartyId partyId, Instant firstInteraction, Instant lastInteraction,
                                 long interactions) {

    /**
     * Creates a summary, checking it.
     *
     * @param partyId the party
     * @param firstInteraction when the earliest interaction happened
     * @param lastInteraction when the latest interaction happened
     * @param interactions how many interactions there were
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code lastInteraction} is before {@code firstInteraction},
     *     {@code interactions} is less than 1, or a single interaction has two different times
     */
    public InteractionSummary {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(firstInteraction, "firstInteraction");
        Objects.requireNonNull(lastInteraction, "lastInteraction");
        if (lastInteraction.isBefore(firstInteraction)) {
            throw new IllegalArgumentException("interaction summary of party " + partyId + ": lastInteraction "
                    + lastInteraction + " is before firstInteraction " + firstInteraction);
        }
        if (interactions < 1) {
            throw new IllegalArgumentException("interaction summary of party " + partyId + ": interactions must be "
                    + "at least 1, was " + interactions);
        }
        if (interactions == 1 && !firstInteraction.equals(lastInteraction)) {
            throw new IllegalArgumentException("interaction summary of party " + partyId + ": one interaction "
                    + "cannot have firstInteraction " + firstInteraction + " and lastInteraction " + lastInteraction);
        }
    }
}
