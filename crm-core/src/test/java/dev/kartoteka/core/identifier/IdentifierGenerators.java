package dev.kartoteka.core.identifier;

import java.time.LocalDate;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid Polish registry numbers and of typing errors made on them, for property tests
 * here and in other modules.
 *
 * <p>The check digits are computed here from the published algorithms, independently of the production code, so that a
 * property compares two implementations rather than one with itself.
 */
public final class IdentifierGenerators {

    static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    static final int[] REGON_9_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};
    static final int[] REGON_14_WEIGHTS = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};
    static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private static final LocalDate FIRST_PESEL_DATE = LocalDate.of(1800, 1, 1);
    private static final LocalDate LAST_PESEL_DATE = LocalDate.of(2299, 12, 31);

    private IdentifierGenerators() {
    }

    /**
     * A typo of one digit.
     *
     * @param original the valid number
     * @param position the index of the changed digit
     * @param changed the number with that digit replaced by a different one
     */
    public record DigitChange(String original, int position, String changed) {
    }

    /**
     * A swap of two adjacent, different digits.
     *
     * @param original the valid number
     * @param position the index of the first of the two swapped digits
     * @param swapped the number with the digits at {@code position} and {@code position + 1} swapped
     */
    public record Swap(String original, int position, String swapped) {

        /**
         * Returns the absolute difference of the swapped digits.
         *
         * @return 1 to 9
         */
        public int digitDifference() {
            return Math.abs(original.charAt(position) - original.charAt(position + 1));
        }
    }

    /**
     * Strings of exactly {@code length} ASCII digits.
     *
     * @param length the number of digits
     * @return the generator
     */
    public static Gen<String> digits(int length) {
        return Generate.intArrays(Generate.constant(length), Generate.range(0, 9)).map(IdentifierGenerators::join);
    }

    /**
     * Valid NIPs: 9 random digits whose weighted-sum remainder is not 10, and their check digit.
     *
     * @return the generator of 10-digit strings
     */
    public static Gen<String> validNips() {
        return digits(9).assuming(d -> weightedSum(d, NIP_WEIGHTS) % 11 != 10)
                .map(d -> d + weightedSum(d, NIP_WEIGHTS) % 11);
    }

    /**
     * Valid 9-digit REGONs.
     *
     * @return the generator of 9-digit strings
     */
    public static Gen<String> validRegons9() {
        return digits(8).map(d -> d + weightedSum(d, REGON_9_WEIGHTS) % 11 % 10);
    }

    /**
     * Valid 14-digit REGONs: a valid 9-digit REGON, 4 random digits and the check digit.
     *
     * @return the generator of 14-digit strings
     */
    public static Gen<String> validRegons14() {
        return validRegons9().zip(digits(4), String::concat)
                .map(d -> d + weightedSum(d, REGON_14_WEIGHTS) % 11 % 10);
    }

    /**
     * Birth dates a PESEL can hold: 1800-01-01 to 2299-12-31.
     *
     * @return the generator
     */
    public static Gen<LocalDate> peselBirthDates() {
        return Generate.longRange(FIRST_PESEL_DATE.toEpochDay(), LAST_PESEL_DATE.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * Valid PESELs over the whole range of dates, with any 4-digit serial-and-sex part.
     *
     * @return the generator of 11-digit strings
     */
    public static Gen<String> validPesels() {
        return peselBirthDates().zip(digits(4), IdentifierGenerators::pesel);
    }

    /**
     * Builds a PESEL from its parts, computing the month code and check digit.
     *
     * @param birthDate a date in 1800..2299
     * @param serialAndSex 4 digits: the serial and the sex digit (even for women)
     * @return the 11 digits
     */
    public static String pesel(LocalDate birthDate, String serialAndSex) {
        int year = birthDate.getYear();
        int monthOffset = year < 1900 ? 80 : (year - 1900) / 100 * 20;
        int month = birthDate.getMonthValue() + monthOffset;
        String first10 = String.format(Locale.ROOT, "%02d%02d%02d%s", year % 100, month, birthDate.getDayOfMonth(),
                serialAndSex);
        return first10 + (10 - weightedSum(first10, PESEL_WEIGHTS) % 10) % 10;
    }

    /**
     * Every one-digit typo of the numbers {@code valid} generates: any position, any other digit.
     *
     * @param valid the valid numbers
     * @return the generator
     */
    public static Gen<DigitChange> singleDigitChanges(Gen<String> valid) {
        return valid.flatMap(original -> Generate.range(0, original.length() - 1).zip(Generate.range(1, 9),
                (position, shift) -> {
                    char[] digits = original.toCharArray();
                    digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
                    return new DigitChange(original, position, new String(digits));
                }));
    }

    /**
     * Every swap of two adjacent, different digits of the numbers {@code valid} generates.
     *
     * @param valid the valid numbers
     * @return the generator
     */
    public static Gen<Swap> adjacentSwapsOfDistinctDigits(Gen<String> valid) {
        return valid.flatMap(original -> Generate.range(0, original.length() - 2).map(position -> {
            char[] digits = original.toCharArray();
            char first = digits[position];
            digits[position] = digits[position + 1];
            digits[position + 1] = first;
            return new Swap(original, position, new String(digits));
        })).assuming(swap -> !swap.swapped().equals(swap.original()));
    }

    /**
     * Returns {@code sum(digits[i] * weights[i])} over the weights' length.
     *
     * @param digits ASCII digits, at least as many as weights
     * @param weights the weights
     * @return the weighted sum
     */
    public static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static String join(int[] digits) {
        StringBuilder s = new StringBuilder(digits.length);
        for (int d : digits) {
            s.append((char) ('0' + d));
        }
        return s.toString();
    }
}
