package dev.kartoteka.core.identifier;

import org.apiguardian.api.API;

/**
 * The kinds of {@link Identifier}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum IdentifierType {

    /** Polish tax identification number, see {@link Nip}. */
    NIP(true),
    /** Polish statistical business number, see {@link Regon}. */
    REGON(true),
    /** Polish National Court Register number, see {@link Krs}. */
    KRS(true),
    /** Polish personal identification number, see {@link Pesel}. */
    PESEL(true),
    /** VAT number of an EU member state, see {@link EuVatNumber}. */
    EU_VAT(false),
    /** Tax number of a company outside the EU, see {@link ForeignTaxNumber}. */
    FOREIGN_TAX(false),
    /** E-mail address, see {@link Email}. */
    EMAIL(false),
    /** Phone number, see {@link PhoneNumber}. */
    PHONE(false);

    private final boolean unique;

    IdentifierType(boolean unique) {
        this.unique = unique;
    }

    /**
     * Tells whether a registry keeps at most one party per value of this type. NIP, REGON, KRS and PESEL identify one
     * party each; e-mail addresses, phone numbers, EU VAT numbers and foreign tax numbers may be shared (a family's
     * phone, a company's office address, a group VAT registration).
     *
     * @return {@code true} for {@link #NIP}, {@link #REGON}, {@link #KRS} and {@link #PESEL}
     */
    public boolean unique() {
        return unique;
    }
}
