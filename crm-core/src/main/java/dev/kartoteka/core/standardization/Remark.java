package dev.kartoteka.core.standardization;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a normaliser could not normalise, or a doubt it found, about one field; the value was then kept as entered
 * (or, for a value that could not be read at all, left out of the result). A remark never quotes the value: values
 * are personal data.
 *
 * @param field the field's path, e.g. {@code "familyName"} or {@code "contactPoints[1].postalCode"}
 * @param reason what was found and what was expected, e.g. {@code "not a Polish postal code NN-NNN; kept as entered"}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Remark(String field, String reason) {

    /**
     * Creates the remark.
     *
     * @param field the field's path
     * @param reason what was found and expected
     * @throws NullPointerException if an argument is {@code null}
     */
    public Remark {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The same remark about a field one level down, e.g. {@code "postalCode"} under {@code "contactPoints[1]"}.
     *
     * @param prefix the path of the enclosing value
     * @return the remark with the prefixed path
     */
    public Remark under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new Remark(field.isEmpty() ? prefix : prefix + "." + field, reason);
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
