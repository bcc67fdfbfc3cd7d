package dev.kartoteka.core.spi;

import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.IdentifierType;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Party;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How stores index identifiers, so that every store finds the same parties:
 * <ul>
 *   <li>a Polish EU VAT number ({@code PL} + a valid NIP) <em>is</em> the NIP: it is indexed, looked up and kept
 *       unique as the NIP, so {@code PL5261040828} and {@code 526-104-08-28} find the same company and two companies
 *       cannot hold them apart;</li>
 *   <li>e-mail addresses are compared case-insensitively ({@code Anna.Nowak@example.pl} finds
 *       {@code anna.nowak@example.pl}), although the address keeps the case it was written in;</li>
 *   <li>phone numbers are compared by E.164 value, without the extension.</li>
 * </ul>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IdentifierKeys {

    private IdentifierKeys() {
    }

    /**
     * Returns the identifier as stores index it: a Polish EU VAT number becomes its NIP; everything else is unchanged.
     *
     * @param identifier any identifier
     * @return the canonical identifier
     */
    public static Identifier canonical(Identifier identifier) {
        Objects.requireNonNull(identifier, "identifier");
        if (identifier instanceof EuVatNumber vat && vat.countryCode().equals("PL") && Nip.isValid(vat.number())) {
            return Nip.parse(vat.number());
        }
        return identifier;
    }

    /**
     * Returns the index key of an identifier: its canonical type and value, e.g. {@code "NIP:5261040828"} or
     * {@code "EMAIL:anna.nowak@example.pl"}.
     *
     * @param identifier any identifier
     * @return the key; equal keys mean the same identifier
     */
    public static String key(Identifier identifier) {
        Identifier c = canonical(identifier);
        String value = c.type() == IdentifierType.EMAIL ? c.value().toLowerCase(Locale.ROOT) : c.value();
        return c.type().name() + ':' + value;
    }

    /**
     * Returns the canonical identifiers a party holds, without repeats.
     *
     * @param party the party
     * @return its canonical identifiers, in the order of {@link Party#identifiers()}
     */
    public static Set<Identifier> canonicalIdentifiers(Party party) {
        Objects.requireNonNull(party, "party");
        Set<String> seen = new LinkedHashSet<>();
        Set<Identifier> out = new LinkedHashSet<>();
        for (Identifier id : party.identifiers()) {
            if (seen.add(key(id))) {
                out.add(canonical(id));
            }
        }
        return out;
    }
}
