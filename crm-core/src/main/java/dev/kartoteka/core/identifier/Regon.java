package dev.kartoteka.core.identifier;

import dev.kartoteka.core.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A Polish statistical business number (<i>REGON</i>): 9 digits for an entity, 14 digits for one of its local units
 * (the entity's 9 digits followed by 4 digits of the unit and a check digit).
 *
 * <p>Check digits: for 9 digits, the weighted sum of the first 8 (weights 8, 9, 2, 3, 4, 5, 6, 7) modulo 11; for 14
 * digits, the weighted sum of the first 13 (weights 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8) modulo 11. In both cases a
 * remainder of 10 gives the check digit 0. A 14-digit REGON must also start with a valid 9-digit REGON.
 *
 * <p><b>Blind spots.</b> Because the remainders 0 and 10 share the check digit 0, a change of a single digit is
 * <i>not</i> detected when it moves the weighted-sum remainder from 0 to 10 or from 10 to 0; every other single-digit
 * change is detected (all other weights are non-zero modulo 11). Example: {@code 323456780} is valid (remainder 10) and
 * so is {@code 373456780} (the second digit, weight 9, changed by 5 gives remainder 0). In a 14-digit REGON a change of
 * one of the first 8 digits is missed only if it hits this blind spot of the 9-digit prefix <i>and</i> of the 14-digit
 * checksum at once, or hits the blind spot of the prefix in the 5th digit, whose 14-digit weight is 0; a change of
 * digits 10 to 13 is missed when it hits the blind spot of the 14-digit checksum. A change of a check digit (the 9th or
 * the 14th) is always detected.
 *
 * <p>A REGON is company data and appears in clear in error messages.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Regon implements Identifier {

    static final String FIELD = "regon";
    static final String EXPECTED = "9 or 14 digits (optionally with dashes, spaces) with a valid REGON checksum;"
            + " a 14-digit REGON must start with a valid 9-digit REGON";

    static final int[] WEIGHTS_9 = {8, 9, 2, 3, 4, 5, 6, 7};
    static final int[] WEIGHTS_14 = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};
    private static final Pattern INPUT = Pattern.compile("\\d(?:[ -]?\\d)*");
    private static final Pattern TO_COMPLETE = Pattern.compile("\\d{8}|\\d{13}");

    private final String value;

    private Regon(String value) {
        this.value = value;
    }

    /**
     * Parses a REGON of 9 or 14 digits, optionally grouped with single dashes or spaces, e.g. {@code "610188201"},
     * {@code "610-188-201"}. Leading and trailing whitespace is ignored.
     *
     * @param text the REGON as written
     * @return the REGON
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if {@code text} is blank, not 9 or 14 digits, fails the checksum, or is a 14-digit
     *         REGON whose first 9 digits are not a valid REGON; the message shows the value in clear
     */
    public static Regon parse(String text) {
        Objects.requireNonNull(text, "text");
        return canonical(text).map(Regon::new)
                .orElseThrow(() -> ValidationException.ofPublicValue(FIELD, text, EXPECTED));
    }

    /**
     * Tells whether {@link #parse(String)} would accept {@code text}.
     *
     * @param text the REGON as written
     * @return {@code true} if it is a valid 9- or 14-digit REGON
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static boolean isValid(String text) {
        Objects.requireNonNull(text, "text");
        return canonical(text).isPresent();
    }

    /**
     * Completes 8 or 13 digits with their check digit, e.g. for generating test data.
     *
     * @param eightOrThirteenDigits 8 digits (an entity) or 13 digits (a local unit) without separators
     * @return the 9- or 14-digit REGON
     * @throws NullPointerException if {@code eightOrThirteenDigits} is {@code null}
     * @throws ValidationException if the argument is not 8 or 13 digits, or is 13 digits whose first 9 are not a valid
     *         REGON
     */
    public static Regon withCheckDigit(String eightOrThirteenDigits) {
        Objects.requireNonNull(eightOrThirteenDigits, "eightOrThirteenDigits");
        String digits = eightOrThirteenDigits;
        if (!TO_COMPLETE.matcher(digits).matches()) {
            throw ValidationException.ofPublicValue(FIELD, digits,
                    "8 or 13 digits to complete with a REGON check digit");
        }
        if (digits.length() == 13 && !hasValidChecksum(digits.substring(0, 9))) {
            throw ValidationException.ofPublicValue(FIELD, digits,
                    "13 digits starting with a valid 9-digit REGON, to complete with a REGON check digit");
        }
        return new Regon(digits + checkDigit(digits, digits.length() == 8 ? WEIGHTS_9 : WEIGHTS_14));
    }

    private static Optional<String> canonical(String text) {
        String stripped = text.strip();
        if (!INPUT.matcher(stripped).matches()) {
            return Optional.empty();
        }
        String digits = Checksums.withoutSpacesAndDashes(stripped);
        return hasValidChecksum(digits) ? Optional.of(digits) : Optional.empty();
    }

    /** {@code digits}: ASCII digits; true for a valid 9-digit REGON or a valid 14-digit one with a valid prefix. */
    static boolean hasValidChecksum(String digits) {
        switch (digits.length()) {
            case 9:
                return checkDigit(digits, WEIGHTS_9) == digits.charAt(8) - '0';
            case 14:
                return hasValidChecksum(digits.substring(0, 9))
                        && checkDigit(digits, WEIGHTS_14) == digits.charAt(13) - '0';
            default:
                return false;
        }
    }

    /** The check digit for the leading {@code weights.length} digits; remainder 10 gives 0. */
    static int checkDigit(String digits, int[] weights) {
        return Checksums.weightedSum(digits, weights) % 11 % 10;
    }

    /**
     * Returns {@link IdentifierType#REGON}.
     *
     * @return {@link IdentifierType#REGON}
     */
    @Override
    public IdentifierType type() {
        return IdentifierType.REGON;
    }

    /**
     * Returns the canonical form: 9 or 14 digits without separators.
     *
     * @return the digits
     */
    @Override
    public String value() {
        return value;
    }

    /**
     * Tells whether this is the REGON of a local unit (14 digits) rather than of an entity (9 digits).
     *
     * @return {@code true} for 14 digits
     */
    public boolean isLocalUnit() {
        return value.length() == 14;
    }

    /**
     * Returns the 9-digit REGON of the entity: the first 9 digits of a local unit's REGON, or this REGON itself.
     *
     * @return the 9-digit REGON
     */
    public Regon base() {
        return isLocalUnit() ? new Regon(value.substring(0, 9)) : this;
    }

    /**
     * Compares the canonical values.
     *
     * @param o another object
     * @return {@code true} if {@code o} is a REGON with the same digits
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Regon other && value.equals(other.value);
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
     * Returns the canonical value (a REGON is not personal data).
     *
     * @return the digits
     */
    @Override
    public String toString() {
        return value;
    }
}
