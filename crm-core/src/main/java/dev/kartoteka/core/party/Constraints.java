package dev.kartoteka.core.party;

/** Constraint parameters shared by the model's Jakarta Validation annotations. */
final class Constraints {

    /**
     * At least one non-whitespace character. Used with {@code @Pattern} on optional text, because {@code @NotBlank}
     * also rejects the {@code null} an empty {@code Optional} unwraps to.
     */
    static final String NON_BLANK = "(?s).*\\S.*";

    private Constraints() {
    }
}
