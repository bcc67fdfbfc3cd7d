package dev.kartoteka.core.field;

import dev.kartoteka.core.ValidationException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One option of a choice field: a stable code that stored values use, and a label people see. A retired option stays
 * known (stored values keep reading) but cannot be chosen anew.
 *
 * @param code lower-case letters, digits, underscores and hyphens, starting with a letter or digit, 1 to 63 characters
 * @param label what people see
 * @param retired whether the option can no longer be chosen
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ChoiceOption(String code, LocalizedText label, boolean retired) {

    /**
     * Creates an option.
     *
     * @param code the code
     * @param label the label
     * @param retired whether it is retired
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the code is not of the expected form
     */
    public ChoiceOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (!code.matches("[a-z0-9][a-z0-9_-]{0,62}")) {
            throw ValidationException.ofPublicValue("option.code", code,
                    "lower-case letters, digits, '_' and '-', at most 63 characters");
        }
    }

    /**
     * An active option.
     *
     * @param code the code, e.g. {@code "fifo"}
     * @param label the label, e.g. {@code "FIFO"}
     * @return the option
     */
    public static ChoiceOption of(String code, String label) {
        return new ChoiceOption(code, LocalizedText.of(label), false);
    }

    /** @return this option, retired */
    public ChoiceOption asRetired() {
        return new ChoiceOption(code, label, true);
    }
}
