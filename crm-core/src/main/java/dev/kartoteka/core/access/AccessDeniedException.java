package dev.kartoteka.core.access;

import dev.kartoteka.core.KartotekaException;
import org.apiguardian.api.API;

/**
 * The access policy does not permit an action. Nothing was done; the refusal is recorded in the audit trail.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class AccessDeniedException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused, without personal data
     */
    public AccessDeniedException(String message) {
        super(message);
    }
}
