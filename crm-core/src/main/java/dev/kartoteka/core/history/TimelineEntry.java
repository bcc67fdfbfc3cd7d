package dev.kartoteka.core.history;

import dev.kartoteka.core.party.PartyId;
import java.time.Instant;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * One entry of a party's timeline: an {@link Interaction} or a {@link Transaction}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface TimelineEntry permits Interaction, Transaction {

    /** @return the entry's identity */
    UUID id();

    /** @return the party it belongs to */
    PartyId partyId();

    /** @return when it happened (a transaction dated a day happens at the start of that day, UTC) */
    Instant time();
}
