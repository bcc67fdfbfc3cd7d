package dev.kartoteka.core.field;

import dev.kartoteka.core.ValidationException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named, ordered group of custom fields (a "rubryka"), e.g. "Magazyn" with the warehouse fields.
 *
 * @param key the stable identifier, same form as a {@link FieldKey}
 * @param label what people see
 * @param displayOrder sections are shown by ascending order, then key
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Section(String key, LocalizedText label, int displayOrder) {

    /**
     * Creates a section.
     *
     * @param key the key
     * @param label the label
     * @param displayOrder the order
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the key is not of the form of a field key
     */
    public Section {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        FieldKey.of(key);
    }

    /**
     * Creates a section.
     *
     * @param key the key, e.g. {@code "warehouse"}
     * @param label the label, e.g. {@code "Magazyn"}
     * @param displayOrder the order
     * @return the section
     */
    public static Section of(String key, String label, int displayOrder) {
        return new Section(key, LocalizedText.of(label), displayOrder);
    }
}
