package dev.kartoteka.core.standardization;

import dev.kartoteka.core.internal.Mask;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A person's full name, as one spreadsheet cell holds it ({@code "Anna Maria Kowalska"}, {@code "Kowalska Anna"}),
 * split into given names and family name by {@link Standardizer#fullName(String, Order)}.
 *
 * @param givenNames the given names, e.g. {@code "Anna Maria"}
 * @param familyName the family name, e.g. {@code "Kowalska"} or {@code "van der Berg"}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PersonName(String givenNames, String familyName) {

    /**
     * The order a column writes names in, as its header says: {@code "Imię i nazwisko"}, {@code "full name"} given
     * names first; {@code "Nazwisko i imię"}, {@code "surname and name"} family name first.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Order {
        /** Given names, then the family name: {@code "Anna Kowalska"}. */
        GIVEN_FIRST,
        /** The family name, then the given names: {@code "Kowalska Anna"}. */
        FAMILY_FIRST,
        /**
         * Either, row by row, as an ERP's name column holds a person's name ({@code "Nazwa"}: {@code "Żak Urszula"}
         * or {@code "Urszula Żak"}): a common given name at one end and none at the other decides; else given names
         * first.
         */
        UNSTATED
    }

    /**
     * Creates the name.
     *
     * @param givenNames the given names
     * @param familyName the family name
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if either is blank
     */
    public PersonName {
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(familyName, "familyName");
        if (givenNames.isBlank() || familyName.isBlank()) {
            throw new IllegalArgumentException("a person's name needs given names and a family name, was "
                    + Mask.mask(givenNames) + " / " + Mask.mask(familyName));
        }
    }

    /** Masks both parts: a name is personal data. */
    @Override
    public String toString() {
        return "PersonName[" + Mask.mask(givenNames) + " " + Mask.mask(familyName) + "]";
    }
}
