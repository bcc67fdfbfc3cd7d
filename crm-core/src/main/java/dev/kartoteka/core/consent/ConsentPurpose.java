package dev.kartoteka.core.consent;

import dev.kartoteka.core.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a party consents to be contacted (or have its data used) for: one of the built-in {@link #MARKETING},
 * {@link #NEWSLETTER}, {@link #PROFILING}, {@link #SHARING_WITH_PARTNERS}, or a user-defined purpose such as
 * {@code ConsentPurpose.of("SURVEYS")}.
 *
 * @param code upper-case letters, digits and underscores, starting with a letter, at most 40 characters
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConsentPurpose(String code) {

    /** Offers and promotions. */
    public static final ConsentPurpose MARKETING = new ConsentPurpose("MARKETING");
    /** A regular newsletter. */
    public static final ConsentPurpose NEWSLETTER = new ConsentPurpose("NEWSLETTER");
    /** Analysing the party's data to tailor offers. */
    public static final ConsentPurpose PROFILING = new ConsentPurpose("PROFILING");
    /** Passing the party's data to partners. */
    public static final ConsentPurpose SHARING_WITH_PARTNERS = new ConsentPurpose("SHARING_WITH_PARTNERS");

    private static final Set<String> BUILT_IN = Set.of("MARKETING", "NEWSLETTER", "PROFILING", "SHARING_WITH_PARTNERS");

    /**
     * Creates the record, checking its components.
     *
     * @param code upper-case letters, digits and underscores, starting with a letter, at most 40 characters
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws ValidationException if {@code code} is not of the expected form
     */
    public ConsentPurpose {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw ValidationException.ofPublicValue("consentPurpose", code,
                    "upper-case letters, digits and underscores, starting with a letter, at most 40 characters");
        }
    }

    /**
     * Returns a purpose by code; the code is stripped and upper-cased first, so {@code of("surveys")} is
     * {@code SURVEYS}.
     *
     * @param code the code
     * @return the purpose
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws ValidationException if the code is not of the expected form
     */
    public static ConsentPurpose of(String code) {
        Objects.requireNonNull(code, "code");
        return new ConsentPurpose(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Tells whether this is one of the purposes Kartoteka defines.
     *
     * @return {@code true} for the four built-in purposes, {@code false} for user-defined ones
     */
    public boolean isBuiltIn() {
        return BUILT_IN.contains(code);
    }

    /**
     * Returns the code.
     *
     * @return the code, e.g. {@code "MARKETING"}
     */
    @Override
    public String toString() {
        return code;
    }
}
