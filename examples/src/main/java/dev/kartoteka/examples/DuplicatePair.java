package dev.kartoteka.examples;

import dev.kartoteka.core.party.PartyId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The truth about one duplicate of an {@link ExampleData} set: a party re-entered as another party, and how the
 * re-entry differs from the original. Duplicate detection should pair {@link #duplicate()} with {@link #original()}.
 *
 * @param original the party entered first
 * @param duplicate the re-entry of the same client
 * @param variations how the re-entry was typed differently; never empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DuplicatePair(PartyId original, PartyId duplicate, Set<Variation> variations) {

    /**
     * Creates the pair.
     *
     * @param original the party entered first
     * @param duplicate the re-entry
     * @param variations how the re-entry differs; copied
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code variations} is empty
     */
    public DuplicatePair {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(variations, "variations");
        if (variations.isEmpty()) {
            throw new IllegalArgumentException("a re-entry differs from its original in at least one way");
        }
        variations = Collections.unmodifiableSet(EnumSet.copyOf(variations));
    }

    /**
     * One way a client is typed in again differently. Variations marked "in the CSV" change only how
     * {@link ExampleData#writeCsv} writes the re-entry: the model holds phone numbers and NIPs in canonical form, and a
     * registry accepts Polish postal codes only as {@code NN-NNN}.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Variation {
        /** One letter of the family name (a company's name) replaced, left out, doubled or swapped. */
        NAME_TYPO,
        /** One letter of the given name replaced, left out, doubled or swapped. */
        GIVEN_NAME_TYPO,
        /** Polish (and German, Czech) letters written without diacritics: {@code Łódź → Lodz}. */
        DIACRITICS_DROPPED,
        /** Given and family name swapped. */
        NAMES_SWAPPED,
        /** The family name (a company's name) in capitals. */
        UPPER_CASE,
        /** A company's legal form typed into its name ({@code "Polmax sp. z o.o."}) instead of the legal-form field. */
        LEGAL_FORM_IN_NAME,
        /** The birth date left out (a person without PESEL in the re-entry). */
        BIRTH_DATE_MISSING,
        /**
         * The identifiers left out (PESEL; NIP, REGON, KRS, EU VAT). Without this variation a re-entry repeats its
         * original's PESEL, or its NIP (a company abroad: its VAT number), and a registry refuses a repeated PESEL or
         * NIP ({@code DuplicateIdentifierException}), as it should.
         */
        IDENTIFIERS_MISSING,
        /** The e-mail address left out. */
        EMAIL_MISSING,
        /** The e-mail address with other capitalisation ({@code Jan.Nowak7@wp.pl}). */
        EMAIL_CASE,
        /** The phone number left out. */
        PHONE_MISSING,
        /** In the CSV: the phone written another way ({@code +48 601 234 567}, {@code 601-234-567}, {@code 0048…}). */
        PHONE_FORMAT,
        /** In the CSV: the NIP written with dashes or a {@code PL} prefix. */
        NIP_FORMAT,
        /** The postal address left out. */
        ADDRESS_MISSING,
        /** The street without its prefix ({@code Puławska} for {@code ul. Puławska}). */
        STREET_PREFIX_DROPPED,
        /** One letter of the street name mistyped. */
        STREET_TYPO,
        /** The city district left out. */
        DISTRICT_MISSING,
        /** In the CSV: a Polish postal code without its dash ({@code 02600}). */
        POSTAL_CODE_FORMAT
    }
}
