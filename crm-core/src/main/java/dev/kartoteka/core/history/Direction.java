package dev.kartoteka.core.history;

import org.apiguardian.api.API;

/**
 * Who started an interaction.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Direction {
    /** The party contacted us. */
    INBOUND,
    /** We contacted the party. */
    OUTBOUND,
    /** Internal: a note or a discussion about the party. */
    INTERNAL
}
