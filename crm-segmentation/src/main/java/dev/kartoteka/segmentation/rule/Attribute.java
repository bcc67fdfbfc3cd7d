package dev.kartoteka.segmentation.rule;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A text fact about a party that a rule can compare with {@code =}, {@code !=}, {@code in} and {@code startsWith}
 * (case-insensitively), e.g. {@code district = "Mokotów"} or {@code postalCode startsWith "02-"}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Attribute {

    /** The city of the main address: {@code city}. */
    CITY("city"),
    /** The district (dzielnica) of the main address: {@code district}. */
    DISTRICT("district"),
    /** The postal code of the main address, e.g. {@code "02-495"}: {@code postalCode}. */
    POSTAL_CODE("postalCode"),
    /** The country of the main address, an ISO 3166 code such as {@code "PL"}: {@code country}. */
    COUNTRY("country"),
    /** A person's sex, {@code "FEMALE"} or {@code "MALE"}: {@code sex}. */
    SEX("sex"),
    /** A person's profession: {@code profession}. */
    PROFESSION("profession"),
    /** A lead's warmth ({@code "COLD"}, {@code "WARM"}, {@code "HOT"}): {@code warmth}. */
    WARMTH("warmth"),
    /** The user who owns the party: {@code owner}. */
    OWNER("owner"),
    /** {@code "PERSON"} or {@code "COMPANY"}: {@code kind}. */
    KIND("kind"),
    /** The party's activity segment, e.g. {@code "active"}: {@code segment}. */
    SEGMENT("segment");

    private final String text;

    Attribute(String text) {
        this.text = text;
    }

    /**
     * Returns the attribute's name in the rule language.
     *
     * @return e.g. {@code "postalCode"}
     */
    public String text() {
        return text;
    }

    /**
     * Finds an attribute by its name in the rule language, ignoring case.
     *
     * @param text e.g. {@code "district"} or {@code "PostalCode"}
     * @return the attribute, or empty if there is none of that name
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static Optional<Attribute> byText(String text) {
        Objects.requireNonNull(text, "text");
        for (Attribute a : values()) {
            if (a.text.equalsIgnoreCase(text)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
