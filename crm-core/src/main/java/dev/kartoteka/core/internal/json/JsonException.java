package dev.kartoteka.core.internal.json;

import dev.kartoteka.core.KartotekaException;
import org.apiguardian.api.API;

/**
 * Internal API of Kartoteka; do not use it from outside.
 *
 * <p>Malformed JSON text given to {@link Json#parse(String)}. The message names the position (1-based line and column,
 * the column counted in code points) and what was expected there, e.g.
 * {@code "Invalid JSON at line 3, column 14: expected ',' or '}' but found 'x'"}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param message what was expected and what was found, e.g. {@code "expected ',' or '}' but found 'x'"}; the
     *         message of the exception prefixes it with the position
     * @param line the 1-based line of the error
     * @param column the 1-based column of the error, in code points
     */
    public JsonException(String message, int line, int column) {
        super("Invalid JSON at line " + line + ", column " + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the line of the error.
     *
     * @return the 1-based line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the error.
     *
     * @return the 1-based column, counted in code points from the start of the line
     */
    public int column() {
        return column;
    }
}
