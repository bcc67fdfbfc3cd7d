package dev.kartoteka.core;

import org.apiguardian.api.API;

/**
 * An operation does not fit the current state of a record: archiving an archived party, converting a party that is
 * not a lead, ending a role the party does not hold, storing a new party under an id that is taken. Nothing was
 * changed.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class StateConflictException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what does not fit, without personal data in clear
     */
    public StateConflictException(String message) {
        super(message);
    }
}
