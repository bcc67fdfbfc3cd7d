package dev.kartoteka.segmentation.segment;

import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.PartyQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Who belongs to a segment on a day, and how they were found: the part of the rule the registry could filter by
 * (pushed down to SQL by a database store) and how many candidates the whole rule was then evaluated on.
 *
 * @param segment the segment
 * @param asOf the day
 * @param members the members, in party id order
 * @param pushedDown the registry query the candidates came from (criteria from the rule's top-level conjuncts)
 * @param candidates how many parties the query returned and the rule was evaluated on
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SegmentMembership(Segment segment, LocalDate asOf, List<PartyId> members, PartyQuery pushedDown,
                                long candidates) {

    /**
     * Creates the membership.
     *
     * @param segment the segment
     * @param asOf the day
     * @param members the members (copied)
     * @param pushedDown the query
     * @param candidates the candidates
     */
    public SegmentMembership {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(asOf, "asOf");
        members = List.copyOf(members);
        Objects.requireNonNull(pushedDown, "pushedDown");
    }

    /** @return how many parties belong */
    public int size() {
        return members.size();
    }
}
