package dev.kartoteka.core;

import org.apiguardian.api.API;

/**
 * The root of every exception Kartoteka throws on purpose.
 *
 * <p>Callers that want to handle "anything the registry refused" catch this type; the subclasses say why:
 * {@link ValidationException} (bad input), {@link NotFoundException} (no such record),
 * {@link ConcurrentUpdateException} (a stale version), {@link DuplicateIdentifierException} (a unique identifier is
 * already taken). Exceptions of the libraries Kartoteka uses (Hibernate, JDBC, libphonenumber) never pass through the
 * API unwrapped. Messages never contain personal data in clear: values are masked.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class KartotekaException extends RuntimeException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, without personal data in clear
     */
    public KartotekaException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the exception that caused it.
     *
     * @param message what went wrong, without personal data in clear
     * @param cause the underlying exception
     */
    public KartotekaException(String message, Throwable cause) {
        super(message, cause);
    }
}
