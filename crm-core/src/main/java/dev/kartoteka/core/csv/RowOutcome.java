package dev.kartoteka.core.csv;

import org.apiguardian.api.API;

/**
 * What became of one row of an import; every row ends in exactly one.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RowOutcome {
    /** A new party was created (or, in a dry run, would be). */
    CREATED,
    /**
     * The row matched one stored party on an identifier, a unique custom field it maps, e-mail or phone, which was
     * updated with the row's values.
     */
    UPDATED,
    /** The row looks like one or more stored parties but not certainly: held for review, nothing written. */
    POSSIBLE_DUPLICATE,
    /** The row could not be read or is invalid: nothing written; the problems name the columns and reasons. */
    REJECTED
}
