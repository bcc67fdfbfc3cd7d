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
    UPDATED_AT,
    /**
     * The party id, in the order of {@link dev.kartoteka.core.party.PartyId#compareTo}: the UUIDs as unsigned 128-bit
     * numbers, which is also the order of their canonical lower-case text. Ids are unique, so there are no ties, and
     * the order never changes while a party lives: for merge-joins with other data sorted by party id.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    ID
}
