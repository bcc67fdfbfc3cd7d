package dev.kartoteka.core.identifier;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.internal.Mask;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A Polish personal identification number (<i>PESEL</i>): 11 digits {@code YYMMDDZZZPK} holding the birth date, a
 * serial number, the sex and a check digit.
 *
 * <p>The century is coded in the month: months 81–92 mean 1800–1899, 01–12 mean 1900–1999, 21–32 mean 2000–2099,
 * 41–52 mean 2100–2199 and 61–72 mean 2200–2299. The date must exist (29 February only in leap years). The tenth digit
 * is even for women and odd for men. The check digit is {@code (10 - S mod 10) mod 10}, where {@code S} is the weighted
 * sum of the first ten digits with weights 1, 3, 7, 9, 1, 3, 7, 9, 1, 3.
 *
 * <p><b>Blind spots.</b> Every weight is odd and not 5, so <b>every</b> change of a single digit is detected. A swap of
 * two adjacent digits changes the sum by (difference of the weights) × (difference of the digits); the weight
 * differences are all even, so a swap of two digits that <b>differ by 5</b> (0↔5, 1↔6, 2↔7, 3↔8, 4↔9) leaves the check
 * digit valid and is detected only if it produces a date that does not exist. Example: {@code 44051401458} (born
 * 14 May 1944) and {@code 44501401458} (born 14 October 2144) differ only by the swap of the month digits 0 and 5, and
 * both are valid. All other adjacent swaps of different digits are detected.
 *
 * <p>A PESEL is personal data: {@link #toString()} and error messages show it masked.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Pesel implements Identifier {

    static final String FIELD = "pesel";
    static final String EXPECTED = "11 digits with an existing birth date (century coded in the month) and a valid"
            + " PESEL checksum";

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    /** The first year of each century as coded by {@code month / 20}. */
    private static final int[] CENTURIES = {1900, 2000, 2100, 2200, 1800};
    private static final Pattern INPUT = Pattern.compile("\\d{11}");

    private final String value;
    private final LocalDate birthDate;

    private Pesel(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses a PESEL of exactly 11 digits. Leading and trailing whitespace is ignored.
     *
     * @param text the PESEL as written
     * @return the PESEL
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if {@code text} is blank, not 11 digits, holds a date that does not exist, or fails
     *         the checksum; the message shows the value masked
     */
    public static Pesel parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip();
        if (!INPUT.matcher(digits).matches() || !hasValidChecksum(digits)) {
            throw ValidationException.of(FIELD, text, EXPECTED);
        }
        return birthDateOf(digits).map(date -> new Pesel(digits, date))
                .orElseThrow(() -> ValidationException.of(FIELD, text, EXPECTED));
    }

    /**
     * Tells whether {@link #parse(String)} would accept {@code text}.
     *
     * @param text the PESEL as written
     * @return {@code true} if it is a valid PESEL
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static boolean isValid(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip();
        return INPUT.matcher(digits).matches() && hasValidChecksum(digits) && birthDateOf(digits).isPresent();
    }

    /**
     * Builds the PESEL of a person, e.g. for generating test data. Digits 7–9 are the {@code serial}, zero-padded; the
     * tenth digit is {@code 0} for {@link Sex#FEMALE} and {@code 1} for {@link Sex#MALE}; the eleventh is the check
     * digit. {@code Pesel.of(d, s, n).birthDate()} is {@code d} and {@code .sex()} is {@code s}.
     *
     * @param birthDate the birth date, in the years 1800 to 2299
     * @param sex the sex
     * @param serial the serial number, 0 to 999
     * @return the PESEL
     * @throws NullPointerException if {@code birthDate} or {@code sex} is {@code null}
     * @throws ValidationException if the year is outside 1800..2299 or the serial outside 0..999
     */
    public static Pesel of(LocalDate birthDate, Sex sex, int serial) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        int year = birthDate.getYear();
        if (year < 1800 || year > 2299) {
            throw ValidationException.of(FIELD, birthDate, "a birth date in the years 1800 to 2299");
        }
        if (serial < 0 || serial > 999) {
            throw ValidationException.of(FIELD, serial, "a serial number from 0 to 999");
        }
        int centuryCode = Math.floorMod((year / 100) - 19, 5);
        int month = birthDate.getMonthValue() + 20 * centuryCode;
        String digits = String.format(Locale.ROOT, "%02d%02d%02d%03d%d", year % 100, month, birthDate.getDayOfMonth(),
                serial, sex == Sex.MALE ? 1 : 0);
        return new Pesel(digits + checkDigit(digits), birthDate);
    }

    /** {@code digits}: 11 ASCII digits. */
    static boolean hasValidChecksum(String digits) {
        return checkDigit(digits) == digits.charAt(10) - '0';
    }

    private static int checkDigit(String digits) {
        return (10 - Checksums.weightedSum(digits, WEIGHTS) % 10) % 10;
    }

    /** The date coded in the first six of {@code digits} (ASCII digits), if it exists. */
    static Optional<LocalDate> birthDateOf(String digits) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        int mm = Integer.parseInt(digits.substring(2, 4));
        int dd = Integer.parseInt(digits.substring(4, 6));
        int month = mm % 20;
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(CENTURIES[mm / 20] + yy, month);
        if (dd < 1 || dd > yearMonth.lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(yearMonth.atDay(dd));
    }

    /**
     * Returns {@link IdentifierType#PESEL}.
     *
     * @return {@link IdentifierType#PESEL}
     */
    @Override
    public IdentifierType type() {
        return IdentifierType.PESEL;
    }

    /**
     * Returns the canonical form: the 11 digits. This is personal data; do not log it.
     *
     * @return the 11 digits
     */
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the birth date coded in the PESEL.
     *
     * @return the birth date, in the years 1800 to 2299
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * Returns the sex coded in the PESEL: {@link Sex#FEMALE} if the tenth digit is even, {@link Sex#MALE} if odd.
     *
     * @return the sex
     */
    public Sex sex() {
        return (value.charAt(9) - '0') % 2 == 0 ? Sex.FEMALE : Sex.MALE;
    }

    /**
     * Compares the canonical values.
     *
     * @param o another object
     * @return {@code true} if {@code o} is a PESEL with the same digits
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Pesel other && value.equals(other.value);
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
     * Returns the PESEL masked (first and last digit in clear), since it is personal data, e.g. {@code "4*********8"}.
     *
     * @return the masked PESEL
     */
    @Override
    public String toString() {
        return Mask.mask(value);
    }
}
