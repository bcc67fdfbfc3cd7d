package dev.kartoteka.segmentation.activity;

import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A party's activity type on a day, with the explanation of the rule that decided it.
 *
 * @param partyId the party
 * @param asOf the evaluation day
 * @param type the type
 * @param explanation why
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ActivityAssignment(PartyId partyId, LocalDate asOf, ActivityType type, Explanation explanation) {

    /**
     * Creates the assignment.
     *
     * @param partyId the party
     * @param asOf the day
     * @param type the type
     * @param explanation the explanation
     */
    public ActivityAssignment {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String toString() {
        return partyId + " " + type.label() + " as of " + asOf + " (" + explanation + ")";
    }
}
