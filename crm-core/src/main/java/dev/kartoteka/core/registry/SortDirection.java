package dev.kartoteka.core.registry;

import org.apiguardian.api.API;

/**
 * The direction of a sort.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SortDirection {
    /** Smallest first. */
    ASCENDING,
    /** Largest first. */
    DESCENDING
}
