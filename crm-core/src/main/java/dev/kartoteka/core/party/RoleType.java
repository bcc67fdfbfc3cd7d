package dev.kartoteka.core.party;

import dev.kartoteka.core.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The type of a role a party plays: one of the built-in {@link #LEAD}, {@link #CLIENT}, {@link #PARTNER},
 * {@link #SUPPLIER}, {@link #COMPETITOR}, or a user-defined type such as {@code RoleType.of("DISTRIBUTOR")}.
 *
 * @param code upper-case letters, digits and underscores, starting with a letter, at most 40 characters
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RoleType(String code) {

    /** Somebody who might become a client. */
    public static final RoleType LEAD = new RoleType("LEAD");
    /** Somebody who buys from us. */
    public static final RoleType CLIENT = new RoleType("CLIENT");
    /** Somebody we work with. */
    public static final RoleType PARTNER = new RoleType("PARTNER");
    /** Somebody we buy from. */
    public static final RoleType SUPPLIER = new RoleType("SUPPLIER");
    /** Somebody we compete with. */
    public static final RoleType COMPETITOR = new RoleType("COMPETITOR");

    private static final Set<String> BUILT_IN = Set.of("LEAD", "CLIENT", "PARTNER", "SUPPLIER", "COMPETITOR");

    /**
     * Creates the record, checking its components.
     *
     * @param code upper-case letters, digits and underscores, starting with a letter, at most 40 characters
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws ValidationException if {@code code} is not of the expected form
     */
    public RoleType {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw ValidationException.ofPublicValue("roleType", code,
                    "upper-case letters, digits and underscores, starting with a letter, at most 40 characters");
        }
    }

    /**
     * Returns a role type by code; the code is upper-cased first, so {@code of("distributor")} is {@code DISTRIBUTOR}.
     *
     * @param code the code
     * @return the role type
     * @throws ValidationException if the code is not of the expected form
     */
    public static RoleType of(String code) {
        Objects.requireNonNull(code, "code");
        return new RoleType(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * @return {@code true} for the five types Kartoteka defines, {@code false} for user-defined ones
     */
    public boolean isBuiltIn() {
        return BUILT_IN.contains(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
