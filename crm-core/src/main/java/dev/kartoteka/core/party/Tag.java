package dev.kartoteka.core.party;

import dev.kartoteka.core.ValidationException;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A short label attached to a party, e.g. {@code "key-account"} or {@code "targi 2026"}. Tags are compared in their
 * normal form: trimmed, inner whitespace collapsed to one space, lower case.
 *
 * @param value the normal form, 1 to 60 characters
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Tag(String value) implements Comparable<Tag> {

    /**
     * Creates the record, checking its components.
     *
     * @param value the normal form, 1 to 60 characters
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws ValidationException if the value is not in normal form or too long
     */
    public Tag {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 60 || !value.equals(normalise(value))) {
            throw ValidationException.ofPublicValue("tag", value,
                    "1 to 60 characters, lower case, single spaces, no surrounding whitespace");
        }
    }

    /**
     * Creates a tag from any text, normalising it.
     *
     * @param text e.g. {@code "  Key   Account "}
     * @return the tag, e.g. {@code "key account"}
     * @throws ValidationException if the text is blank or longer than 60 characters once normalised
     */
    public static Tag of(String text) {
        Objects.requireNonNull(text, "text");
        return new Tag(normalise(text));
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("(?U)\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(Tag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
