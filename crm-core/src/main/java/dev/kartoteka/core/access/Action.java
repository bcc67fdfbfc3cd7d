package dev.kartoteka.core.access;

import org.apiguardian.api.API;

/**
 * What an actor wants to do.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Action {
    /** See a party, its history, consents and audit entries. */
    READ,
    /** Create or change a party, record history or consents. */
    WRITE,
    /** Take data out in bulk (more than one party at a time) or a data-subject export. */
    EXPORT,
    /** Merge duplicates. */
    MERGE,
    /** Erase (anonymise) a person. */
    ERASE,
    /** Change the custom-field schema. */
    MANAGE_SCHEMA
}
