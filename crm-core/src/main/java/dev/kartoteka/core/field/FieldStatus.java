package dev.kartoteka.core.field;

import org.apiguardian.api.API;

/**
 * The life cycle of a custom field. No status ever removes stored values.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum FieldStatus {
    /** In use: values can be written and required constraints apply. */
    ACTIVE,
    /** On its way out: values can still be written, but a required constraint no longer applies. */
    DEPRECATED,
    /**
     * No longer in use: stored values are kept and readable, but cannot be written, changed or removed (an update
     * that leaves them out keeps them).
     */
    RETIRED
}
