package dev.kartoteka.core.registry;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Person;

/**
 * Valid test data for registry tests: distinct registry numbers from a counter, and minimal companies and persons.
 *
 * <p>Numbers are made with the identifier package's own {@code withCheckDigit} factories; tests of the registry do
 * not re-check the checksums (the identifier tests do).
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
        try {
            return Nip.withCheckDigit(eight + "0");
        } catch (ValidationException remainderTen) {
            // the ninth digit's weight is invertible mod 11, so "1" cannot leave remainder 10 as well
            return Nip.withCheckDigit(eight + "1");
        }
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
}
