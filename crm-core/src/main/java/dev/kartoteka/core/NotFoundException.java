package dev.kartoteka.core;

import org.apiguardian.api.API;

/**
 * A record that the caller referred to does not exist (or is not visible to the caller).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class NotFoundException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what the kind of record, e.g. {@code "party"}
     * @param id its identifier (never personal data)
     */
    public NotFoundException(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
