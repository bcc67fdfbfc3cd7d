package dev.kartoteka.core.registry;

import dev.kartoteka.core.party.ImportantDateKind;
import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One occurrence of a yearly important date within the window asked for.
 *
 * @param partyId whose date it is
 * @param kind what the date is
 * @param label its description, if any
 * @param date the day it is observed in the window (29 February dates fall on 28 February in common years)
 * @param anniversary which anniversary it is (e.g. 40 for a 40th birthday); empty where the first year is unknown
 *     or later than the occurrence
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record UpcomingDate(PartyId partyId, ImportantDateKind kind, Optional<String> label, LocalDate date,
                           OptionalInt anniversary) {

    /**
     * Creates the record, checking its components.
     *
     * @param partyId whose date it is
     * @param kind what the date is
     * @param label its description, if any
     * @param date the day it is observed in the window (29 February dates fall on 28 February in common years)
     * @param anniversary which anniversary it is (e.g. 40 for a 40th birthday); empty where the first year is unknown
     *     or later than the occurrence
     * @throws NullPointerException if an argument is {@code null}
     */
    public UpcomingDate {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(anniversary, "anniversary");
    }

    /** Shows the party and the kind only: the date of a birthday is personal data. */
    @Override
    public String toString() {
        return "UpcomingDate[" + partyId + ", " + kind + "]";
    }
}
