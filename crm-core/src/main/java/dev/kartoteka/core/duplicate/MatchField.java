package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.PartyKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A value of a party that a {@link FieldRule} compares. Values are compared in a folded form
 * ({@link dev.kartoteka.core.spi.SearchText#fold(String)}: case, diacritics and {@code ł} folded), identifiers in their
 * canonical form. Fields that a party holds several times (e-mails, phones, the parts of postal addresses) are compared
 * pair by pair and the best pair counts. A field a party does not hold is <em>missing</em>: it is left out of the
 * comparison rather than counted as a disagreement.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MatchField {
    /** A person's PESEL (11 digits). */
    PESEL(PartyKind.PERSON),
    /** A company's NIP (10 digits). */
    NIP(PartyKind.COMPANY),
    /** A company's REGON; a 14-digit REGON of a local unit is compared by its 9-digit base. */
    REGON(PartyKind.COMPANY),
    /** A company's KRS number. */
    KRS(PartyKind.COMPANY),
    /** Every e-mail address of the party's contact points, folded (so the case of the local part does not count). */
    EMAIL(PartyKind.PERSON, PartyKind.COMPANY),
    /**
     * The domain of every e-mail address of a company's contact points ({@code sprzedaz@budex.pl} and
     * {@code biuro@budex.pl} agree), except the domains of free mail providers ({@code gmail.com}, {@code wp.pl},
     * {@code onet.pl}…), which say nothing about whose address it is.
     *
     * @since 0.1
     */
    EMAIL_DOMAIN(PartyKind.COMPANY),
    /** Every phone number of the party's contact points in E.164 ({@code +48601234567}), extension left out. */
    PHONE(PartyKind.PERSON, PartyKind.COMPANY),
    /** A person's family name, folded, punctuation as spaces. */
    FAMILY_NAME(PartyKind.PERSON),
    /**
     * A person's given names, folded, punctuation as spaces; an everyday form of a name stands for the name
     * ({@code "Kasia"} is compared as {@code "katarzyna"}, {@code "Bob"} as {@code "robert"}; only forms that stand
     * for one name).
     */
    GIVEN_NAMES(PartyKind.PERSON),
    /**
     * A person's given names (as {@link #GIVEN_NAMES}: everyday forms as the full name) and family name as one folded
     * text, its words sorted (so swapped names agree).
     */
    FULL_NAME(PartyKind.PERSON),
    /** A person's birth date, from the record or else from the PESEL. */
    BIRTH_DATE(PartyKind.PERSON),
    /**
     * A company's legal name, folded, its words sorted, without legal-form words ({@code "sp. z o.o."},
     * {@code "S.A."}, {@code "spółka jawna"}, {@code "GmbH"}…) and sole traders' trade descriptors ({@code "PHU"},
     * {@code "Firma Handlowo-Usługowa"}) and connectives and articles ({@code "&"}, {@code "and"}, {@code "i"},
     * {@code "the"}), so {@code "Budex Sp. z o.o."} equals {@code "BUDEX"}. A written-out
     * legal-form word with one typo in its place in the form at the name's end is left out too ({@code "Spókła z
     * ograniczoną odpowiedzialnścią"}); a descriptor glued to the name ({@code "PHUAlfa"}) is compared both set apart
     * and as written; a name a wrong encoding broke ({@code "SPÓ³KA"}, {@code "Å‚"}, a letter lost to {@code ?}) is
     * read back first (the stored name is untouched). Persons' names are read back the same way.
     */
    LEGAL_NAME(PartyKind.COMPANY),
    /** The street of every postal address, folded, without a prefix such as {@code "ul."} or {@code "al."}. */
    STREET(PartyKind.PERSON, PartyKind.COMPANY),
    /** The building number of every postal address, folded, without spaces. */
    BUILDING(PartyKind.PERSON, PartyKind.COMPANY),
    /** The postal code of every postal address, letters and digits only ({@code "90-926"} equals {@code "90926"}). */
    POSTAL_CODE(PartyKind.PERSON, PartyKind.COMPANY),
    /** The city of every postal address, folded. */
    CITY(PartyKind.PERSON, PartyKind.COMPANY),
    /**
     * The value of a party's own custom field named by the rule ({@link FieldRule#customField(String, MatchMethod,
     * double)}), as text, folded, punctuation as spaces; each element of a list value. For identifiers kept in custom
     * fields: a customer number of an ERP, a national id other than PESEL, a membership card.
     *
     * @since 0.1
     */
    CUSTOM_FIELD(PartyKind.PERSON, PartyKind.COMPANY);

    private final Set<PartyKind> kinds;

    MatchField(PartyKind first, PartyKind... more) {
        this.kinds = EnumSet.of(first, more);
    }

    /**
     * Tells whether parties of a kind hold this field.
     *
     * @param kind the party kind
     * @return {@code true} if the field can be read from parties of {@code kind}
     * @throws NullPointerException if {@code kind} is {@code null}
     */
    public boolean appliesTo(PartyKind kind) {
        return kinds.contains(Objects.requireNonNull(kind, "kind"));
    }

    /** Multi-valued fields are compared pair by pair, best pair counting. */
    boolean multiValued() {
        return this == EMAIL || this == EMAIL_DOMAIN || this == PHONE || this == CUSTOM_FIELD || this == STREET || this == BUILDING || this == POSTAL_CODE
                || this == CITY;
    }
}
