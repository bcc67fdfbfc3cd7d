package dev.kartoteka.core.csv;

import dev.kartoteka.core.KartotekaException;
import org.apiguardian.api.API;

/**
 * A file that cannot be imported at all (it cannot be read, or has no header naming a known column). Problems of
 * single rows are not exceptions: they are reported in the {@link ImportReport}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ImportException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param cause the cause, or {@code null}
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
