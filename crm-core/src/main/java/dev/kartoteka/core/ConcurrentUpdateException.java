package dev.kartoteka.core;

import org.apiguardian.api.API;

/**
 * An update was based on a version that is no longer current: somebody else changed the record in between. Nothing of
 * the rejected update was written; re-read the record, re-apply the change and try again.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class ConcurrentUpdateException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The version the rejected update was based on. */
    private final long expectedVersion;
    /** The version stored when the update was rejected. */
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param what the kind of record and its id, e.g. {@code "party 0f1e…"}
     * @param expectedVersion the version the update was based on
     * @param actualVersion the version currently stored
     */
    public ConcurrentUpdateException(String what, long expectedVersion, long actualVersion) {
        super("Stale update of " + what + ": based on version " + expectedVersion
                + " but the stored version is " + actualVersion + "; re-read and retry");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * @return the version the rejected update was based on
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * @return the version stored when the update was rejected
     */
    public long actualVersion() {
        return actualVersion;
    }
}
