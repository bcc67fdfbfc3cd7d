package dev.kartoteka.core.party;

import org.apiguardian.api.API;

/**
 * Whether a party is in everyday use or archived. Archived parties keep all their data, are found by id and by
 * identifier, and are left out of searches unless asked for.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum PartyStatus {
    /** In everyday use. */
    ACTIVE,
    /** Archived; can be restored. */
    ARCHIVED,
    /**
     * Erased on the person's request: every personal value is gone; what is left (roles, transactions' amounts and
     * dates) serves statistics only. Cannot be changed or restored.
     */
    ERASED,
    /**
     * Merged into another party (the survivor, {@link Party#mergedInto()}): a tombstone that keeps only its names and
     * the identifiers the survivor did not take, so that lookups by its id or identifiers redirect to the survivor.
     * Left out of searches and counts; cannot be changed, restored or merged again.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    MERGED
}
