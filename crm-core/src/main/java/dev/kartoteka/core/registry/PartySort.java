package dev.kartoteka.core.registry;

import org.apiguardian.api.API;

/**
 * What search results can be sorted by. Ties are always broken by party id, ascending, so pages are stable.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum PartySort {
    /** The folded display name (see {@link dev.kartoteka.core.spi.SearchText#fold(String)}). */
    NAME,
    /** When the party was created. */
    CREATED_AT,
    /** When the party was last changed. */
    UPDATED_AT
}
