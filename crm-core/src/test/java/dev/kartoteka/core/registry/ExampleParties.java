package dev.kartoteka.core.registry;

import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Person;
import java.time.LocalDate;

/**
 * Valid test data for registry tests: distinct registry numbers from a counter, and minimal companies and persons.
 *
 * <p>Numbers are made with the identifier package's own {@code withCheckDigit}/{@code of} factories; tests of the
 * registry do not re-check the checksums (the identifier tests do).
 */
public final class ExampleParties {

    /** A real, valid NIP (the one in the docs). */
    public static final String KNOWN_NIP = "5261040828";

    private ExampleParties() {
    }

    /**
     * Returns the {@code n}-th test NIP: different {@code n} give different NIPs.
     *
     * @param n 0 to 99,999,999
     * @return a valid NIP whose first eight digits are {@code n}
     */
    public static Nip nip(int n) {
        String eight = String.format("%08d", n);
        // the ninth digit's weight 7 is invertible mod 11, so at most one of "0" and "1" leaves remainder 10
        int sum = weighted(eight + "0", new int[] {6, 5, 7, 2, 3, 4, 5, 6, 7});
        return Nip.withCheckDigit(eight + (sum % 11 == 10 ? "1" : "0"));
    }

    /**
     * @param n 0 to 99,999,999
     * @return the {@code n}-th 9-digit test REGON
     */
    public static Regon regon(int n) {
        return Regon.withCheckDigit(String.format("%08d", n));
    }

    /**
     * @param n 0 to 9,999,999,998
     * @return the {@code n}-th test KRS number
     */
    public static Krs krs(long n) {
        return Krs.parse(Long.toString(n + 1));
    }

    /**
     * @param n 0 to 999
     * @return a PESEL of a woman born on 1985-03-14 with serial {@code n}
     */
    public static Pesel pesel(int n) {
        return Pesel.of(LocalDate.of(1985, 3, 14), Sex.FEMALE, n);
    }

    /**
     * @param legalName the legal name
     * @return a builder of a company with only a legal name
     */
    public static Company.Builder company(String legalName) {
        return Company.builder().legalName(legalName);
    }

    /**
     * @param givenNames the given names
     * @param familyName the family name
     * @return a builder of a person with only a name
     */
    public static Person.Builder person(String givenNames, String familyName) {
        return Person.builder().givenNames(givenNames).familyName(familyName);
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
