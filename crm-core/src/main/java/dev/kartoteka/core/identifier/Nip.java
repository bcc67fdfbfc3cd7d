package dev.kartoteka.core.identifier;

import dev.kartoteka.core.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A Polish tax identification number (<i>Numer Identyfikacji Podatkowej</i>): 10 digits, the last a check digit.
 *
 * <p>The check digit is the weighted sum of the first nine digits (weights 6, 5, 7, 2, 3, 4, 5, 6, 7) modulo 11. A
 * remainder of 10 cannot be written as one digit, so no valid NIP has a first nine digits whose remainder is 10: such
 * numbers are rejected whatever their last digit is. (Some validators, Hibernate Validator's {@code @NIP} among them,
 * accept them with a check digit 0; this class does not.)
 *
 * <p>Error detection: because every weight is non-zero modulo 11, the adjacent weights differ, and the remainder 10 is
 * never valid, <b>every</b> change of a single digit and <b>every</b> swap of two adjacent, different digits (the check
 * digit included) turns a valid NIP into an invalid one. The checksum has no blind spot for these two kinds of typing
 * error; it does miss some changes of two or more digits.
 *
 * <p>A NIP is company data and appears in clear in error messages.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Nip implements Identifier {

    static final String FIELD = "nip";
    static final String EXPECTED = "10 digits (optionally 'PL' prefix, dashes, spaces) with a valid NIP checksum";

    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    private static final Pattern INPUT = Pattern.compile("(?:[Pp][Ll][ -]?)?(\\d(?:[ -]?\\d){9})");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    private final String value;

    private Nip(String value) {
        this.value = value;
    }

    /**
     * Parses a NIP written as 10 digits, optionally grouped with dashes or spaces and optionally prefixed with the
     * country code {@code PL} in any case: {@code "7740001454"}, {@code "774-000-14-54"}, {@code "774 000 14 54"},
     * {@code "PL7740001454"}, {@code "pl 774-000-14-54"}. A single dash or space may stand between any two digits and
     * after the prefix; leading and trailing whitespace is ignored.
     *
     * @param text the NIP as written
     * @return the NIP
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if {@code text} is blank, not 10 digits in one of the accepted layouts, or fails the
     *         checksum; the message shows the value in clear
     */
    public static Nip parse(String text) {
        Objects.requireNonNull(text, "text");
        return canonical(text).map(Nip::new)
                .orElseThrow(() -> ValidationException.ofPublicValue(FIELD, text, EXPECTED));
    }

    /**
     * Tells whether {@link #parse(String)} would accept {@code text}.
     *
     * @param text the NIP as written
     * @return {@code true} if it is a valid NIP in an accepted layout
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static boolean isValid(String text) {
        Objects.requireNonNull(text, "text");
        return canonical(text).isPresent();
    }

    /**
     * Completes nine digits with their check digit, e.g. for generating test data.
     *
     * @param nineDigits exactly nine ASCII digits, without separators
     * @return the NIP whose first nine digits are {@code nineDigits}
     * @throws NullPointerException if {@code nineDigits} is {@code null}
     * @throws ValidationException if {@code nineDigits} is not nine digits, or if their weighted sum leaves the
     *         remainder 10 (no valid NIP starts with them)
     */
    public static Nip withCheckDigit(String nineDigits) {
        Objects.requireNonNull(nineDigits, "nineDigits");
        if (!NINE_DIGITS.matcher(nineDigits).matches()) {
            throw ValidationException.ofPublicValue(FIELD, nineDigits, "9 digits to complete with a NIP check digit");
        }
        int check = Checksums.weightedSum(nineDigits, WEIGHTS) % 11;
        if (check == 10) {
            throw ValidationException.ofPublicValue(FIELD, nineDigits,
                    "9 digits whose NIP checksum remainder is not 10 (no valid NIP starts with these digits)");
        }
        return new Nip(nineDigits + check);
    }

    private static Optional<String> canonical(String text) {
        Matcher m = INPUT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = Checksums.withoutSpacesAndDashes(m.group(1));
        return hasValidChecksum(digits) ? Optional.of(digits) : Optional.empty();
    }

    /** {@code digits}: 10 ASCII digits. */
    static boolean hasValidChecksum(String digits) {
        int check = Checksums.weightedSum(digits, WEIGHTS) % 11;
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /**
     * Returns {@link IdentifierType#NIP}.
     *
     * @return {@link IdentifierType#NIP}
     */
    @Override
    public IdentifierType type() {
        return IdentifierType.NIP;
    }

    /**
     * Returns the canonical form: 10 digits without separators or prefix, e.g. {@code "7740001454"}.
     *
     * @return the 10 digits
     */
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the NIP in the usual layout of companies, {@code XXX-XXX-XX-XX}, e.g. {@code "774-000-14-54"}.
     *
     * @return the formatted NIP
     */
    public String formatted() {
        return value.substring(0, 3) + '-' + value.substring(3, 6) + '-' + value.substring(6, 8) + '-'
                + value.substring(8);
    }

    /**
     * Returns the Polish EU VAT number of this NIP: {@code PL} followed by the 10 digits, e.g. {@code "PL7740001454"}.
     * Whether the NIP is actually registered for intra-EU trade (VIES) is not checked.
     *
     * @return the EU VAT number
     */
    public EuVatNumber toEuVatNumber() {
        return EuVatNumber.ofValidated("PL", value);
    }

    /**
     * Compares the canonical values.
     *
     * @param o another object
     * @return {@code true} if {@code o} is a NIP with the same digits
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Nip other && value.equals(other.value);
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
     * Returns the canonical value (a NIP is not personal data).
     *
     * @return the 10 digits
     */
    @Override
    public String toString() {
        return value;
    }
}
