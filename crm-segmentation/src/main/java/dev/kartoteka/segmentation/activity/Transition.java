package dev.kartoteka.segmentation.activity;

import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A party that changed activity type between two evaluation days, e.g. active → inactive: the trigger for a
 * campaign. A party new on the later day has no {@code from}; one gone (erased, merged) has no {@code to}.
 *
 * @param partyId the party
 * @param from the type on the earlier day, if the party was assigned then
 * @param to the type on the later day, if the party was assigned then
 * @param fromDay the earlier day
 * @param toDay the later day
 * @param explanation why the party has its later type (or, for a party gone, its earlier one)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Transition(PartyId partyId, Optional<ActivityType> from, Optional<ActivityType> to, LocalDate fromDay,
                         LocalDate toDay, Explanation explanation) {

    /**
     * Creates the transition.
     *
     * @param partyId the party
     * @param from the earlier type
     * @param to the later type
     * @param fromDay the earlier day
     * @param toDay the later day
     * @param explanation the explanation
     * @throws IllegalArgumentException if nothing changed or both types are absent
     */
    public Transition {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fromDay, "fromDay");
        Objects.requireNonNull(toDay, "toDay");
        Objects.requireNonNull(explanation, "explanation");
        if (from.equals(to)) {
            throw new IllegalArgumentException("transition of " + partyId + ": from " + from + " to " + to
                    + " is no change");
        }
    }

    /**
     * @param fromType the earlier type
     * @param toType the later type
     * @return whether this is a move from {@code fromType} to {@code toType}
     */
    public boolean is(ActivityType fromType, ActivityType toType) {
        return from.filter(fromType::equals).isPresent() && to.filter(toType::equals).isPresent();
    }

    @Override
    public String toString() {
        return partyId + ": " + from.map(ActivityType::label).orElse("(new)") + " -> "
                + to.map(ActivityType::label).orElse("(gone)") + " between " + fromDay + " and " + toDay + " ("
                + explanation + ")";
    }
}
