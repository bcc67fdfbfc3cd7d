package dev.kartoteka.core.field;

import dev.kartoteka.core.ValidationException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The stable identifier of a custom field, e.g. {@code warehouse_m2}: what applications and stored values use,
 * while labels can change freely.
 *
 * @param value lower-case letters, digits and underscores, starting with a letter, 1 to 63 characters
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record FieldKey(String value) implements Comparable<FieldKey> {

    /**
     * Creates a key.
     *
     * @param value the key
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws ValidationException if the key is not of the expected form
     */
    public FieldKey {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[a-z][a-z0-9_]{0,62}")) {
            throw ValidationException.ofPublicValue("fieldKey", value,
                    "lower-case letters, digits and underscores, starting with a letter, at most 63 characters");
        }
    }

    /**
     * Creates a key.
     *
     * @param value the key, e.g. {@code "warehouse_m2"}
     * @return the key
     * @throws ValidationException if the key is not of the expected form
     */
    public static FieldKey of(String value) {
        return new FieldKey(value);
    }

    @Override
    public int compareTo(FieldKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
