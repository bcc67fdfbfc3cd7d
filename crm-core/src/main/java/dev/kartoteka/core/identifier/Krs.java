package dev.kartoteka.core.identifier;

import dev.kartoteka.core.ValidationException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A Polish National Court Register number (<i>numer KRS</i>): up to 10 digits, conventionally written zero-padded to
 * 10, e.g. {@code "0000028860"}.
 *
 * <p>The KRS number is a plain sequence number: it has <b>no check digit</b>, so any typing error that leaves 1 to 10
 * digits (other than all zeros) goes undetected. A KRS number is company data and appears in clear in error messages.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Krs implements Identifier {

    static final String FIELD = "krs";
    static final String EXPECTED = "1 to 10 digits, not all zeros (e.g. 0000028860 or 28860)";

    private static final int LENGTH = 10;
    private static final Pattern INPUT = Pattern.compile("\\d{1,10}");

    private final String value;

    private Krs(String value) {
        this.value = value;
    }

    /**
     * Parses a KRS number of 1 to 10 digits; shorter numbers are zero-padded to 10. Leading and trailing whitespace is
     * ignored.
     *
     * @param text the number as written, e.g. {@code "28860"} or {@code "0000028860"}
     * @return the KRS number
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if {@code text} is blank, not 1 to 10 digits, or all zeros; the message shows the
     *         value in clear
     */
    public static Krs parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip();
        if (!isWellFormed(digits)) {
            throw ValidationException.ofPublicValue(FIELD, text, EXPECTED);
        }
        return new Krs("0".repeat(LENGTH - digits.length()) + digits);
    }

    /**
     * Tells whether {@link #parse(String)} would accept {@code text}.
     *
     * @param text the number as written
     * @return {@code true} if it is 1 to 10 digits, not all zeros
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static boolean isValid(String text) {
        Objects.requireNonNull(text, "text");
        return isWellFormed(text.strip());
    }

    private static boolean isWellFormed(String digits) {
        return INPUT.matcher(digits).matches() && !digits.chars().allMatch(c -> c == '0');
    }

    /**
     * Returns {@link IdentifierType#KRS}.
     *
     * @return {@link IdentifierType#KRS}
     */
    @Override
    public IdentifierType type() {
        return IdentifierType.KRS;
    }

    /**
     * Returns the canonical form: 10 digits, zero-padded, e.g. {@code "0000028860"}.
     *
     * @return the 10 digits
     */
    @Override
    public String value() {
        return value;
    }

    /**
     * Compares the canonical values.
     *
     * @param o another object
     * @return {@code true} if {@code o} is a KRS number with the same digits
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Krs other && value.equals(other.value);
    }

    /**
     * Returns a hash of the canonical value.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the canonical value (a KRS number is not personal data).
     *
     * @return the 10 digits
     */
    @Override
    public String toString() {
        return value;
    }
}
