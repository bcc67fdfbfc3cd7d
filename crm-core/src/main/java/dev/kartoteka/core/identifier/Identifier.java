package dev.kartoteka.core.identifier;

import org.apiguardian.api.API;

/**
 * An identifier of a party: a registry number, a tax number or a contact address.
 *
 * <p>Implementations are immutable value objects; two identifiers are equal when they have the same type and the same
 * canonical {@link #value()} — except that {@link PhoneNumber} also compares its extension, which is not part of the
 * canonical value: the registry finds a party by the line, whatever extension was recorded.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Identifier permits Nip, Regon, Krs, Pesel, EuVatNumber, ForeignTaxNumber, Email,
        PhoneNumber {

    /**
     * Returns the kind of this identifier.
     *
     * @return the type; never {@code null}
     */
    IdentifierType type();

    /**
     * Returns the canonical form of this identifier, as described on each implementation (e.g. the 10 digits of a NIP,
     * the E.164 form of a phone number). The canonical form is what equality, storage and look-ups use.
     *
     * @return the canonical value; never {@code null} or blank
     */
    String value();
}
