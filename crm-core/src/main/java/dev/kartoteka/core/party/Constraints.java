package dev.kartoteka.core.party;

/** Constraint parameters shared by the model's Jakarta Validation annotations. */
final class Constraints {

    /**
     * At least one non-whitespace character. Used with {@code @Pattern} on optional text, because {@code @NotBlank}
     * also rejects the {@code null} an empty {@code Optional} unwraps to.
     */
    static final String NON_BLANK = "(?s).*\\S.*";

    /** Nothing (a value not known), or something besides white space: a person's one name where the other is known. */
    static final String EMPTY_OR_NON_BLANK = "|" + NON_BLANK;

    private Constraints() {
    }
}
