package dev.kartoteka.core;

import org.apiguardian.api.API;

/**
 * A store could not carry out an operation: the database is unreachable, a statement failed, a transaction could not
 * commit. Storage implementations wrap their own exceptions (JDBC, Hibernate, driver) into this one at the module edge,
 * so that no such type leaks through Kartoteka's API; the cause is kept for diagnosis. Whether the operation took
 * effect is unknown unless the message says otherwise; the stores of Kartoteka roll a failed unit of work back whole.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class StorageException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data in clear
     * @param cause the store's own exception
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
