package dev.kartoteka.core.identifier;

import dev.kartoteka.core.ValidationException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A VAT identification number of an EU member state, as used for intra-EU trade (VIES): a two-letter country prefix
 * followed by the national number, e.g. {@code DE123456789}, {@code FRXX999999999}, {@code NL123456789B01}.
 *
 * <p>The prefixes are the 27 member states' VIES prefixes &mdash; note {@code EL} (not {@code GR}) for Greece &mdash;
 * plus {@code XI} for Northern Ireland. Only the <i>format</i> of each country's number is checked (the usual VIES
 * patterns), except for Poland, whose number must be a valid {@link Nip}. National check digits of other countries are
 * not verified, and whether the number is actually registered is not checked (that needs a VIES query).
 *
 * <p>VAT numbers are company data and appear in clear in error messages.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class EuVatNumber implements Identifier {

    static final String FIELD = "euVatNumber";
    static final String EXPECTED = "an EU VAT number: the VIES prefix of a member state (EL for Greece, XI for Northern"
            + " Ireland) followed by that country's number, spaces, dashes and dots ignored";

    private record Format(Pattern pattern, String description) {
        Format(String regex, String description) {
            this(Pattern.compile(regex), description);
        }
    }

    private static final String GB_FORMATS = "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}";
    private static final String GB_DESCRIPTION = "9 or 12 digits, or GD000-GD499, or HA500-HA999";

    private static final Map<String, Format> FORMATS = Map.ofEntries(
            Map.entry("AT", new Format("U\\d{8}", "U followed by 8 digits")),
            Map.entry("BE", new Format("[01]\\d{9}", "10 digits starting with 0 or 1")),
            Map.entry("BG", new Format("\\d{9,10}", "9 or 10 digits")),
            Map.entry("CY", new Format("\\d{8}[A-Z]", "8 digits and a letter")),
            Map.entry("CZ", new Format("\\d{8,10}", "8 to 10 digits")),
            Map.entry("DE", new Format("\\d{9}", "9 digits")),
            Map.entry("DK", new Format("\\d{8}", "8 digits")),
            Map.entry("EE", new Format("\\d{9}", "9 digits")),
            Map.entry("EL", new Format("\\d{9}", "9 digits")),
            Map.entry("ES", new Format("[0-9A-Z]\\d{7}[0-9A-Z]", "9 characters: a digit or letter, 7 digits,"
                    + " a digit or letter")),
            Map.entry("FI", new Format("\\d{8}", "8 digits")),
            Map.entry("FR", new Format("[0-9A-HJ-NP-Z]{2}\\d{9}", "2 digits or letters (not I or O) and 9 digits")),
            Map.entry("HR", new Format("\\d{11}", "11 digits")),
            Map.entry("HU", new Format("\\d{8}", "8 digits")),
            Map.entry("IE", new Format("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]", "7 digits and 1 or 2 letters, or"
                    + " a digit, a letter, + or *, 5 digits and a letter")),
            Map.entry("IT", new Format("\\d{11}", "11 digits")),
            Map.entry("LT", new Format("\\d{9}|\\d{12}", "9 or 12 digits")),
            Map.entry("LU", new Format("\\d{8}", "8 digits")),
            Map.entry("LV", new Format("\\d{11}", "11 digits")),
            Map.entry("MT", new Format("\\d{8}", "8 digits")),
            Map.entry("NL", new Format("\\d{9}B\\d{2}", "9 digits, B and 2 digits")),
            Map.entry("PL", new Format("\\d{10}", "a NIP: 10 digits with a valid NIP checksum")),
            Map.entry("PT", new Format("\\d{9}", "9 digits")),
            Map.entry("RO", new Format("[1-9]\\d{1,9}", "2 to 10 digits, not starting with 0")),
            Map.entry("SE", new Format("\\d{10}01", "12 digits ending in 01")),
            Map.entry("SI", new Format("[1-9]\\d{7}", "8 digits, not starting with 0")),
            Map.entry("SK", new Format("[1-9]\\d{9}", "10 digits, not starting with 0")),
            Map.entry("XI", new Format(GB_FORMATS, GB_DESCRIPTION)));

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]+");

    private final String countryCode;
    private final String number;

    private EuVatNumber(String countryCode, String number) {
        this.countryCode = countryCode;
        this.number = number;
    }

    /** For a country code and number already known to be valid. */
    static EuVatNumber ofValidated(String countryCode, String number) {
        return new EuVatNumber(countryCode, number);
    }

    /**
     * Parses an EU VAT number: a country prefix followed by the national number. Whitespace, dashes and dots are
     * ignored anywhere, letters in any case, e.g. {@code "de 123 456 789"}, {@code "PL 774-000-14-54"},
     * {@code "ATU12345678"}, {@code "EL123456789"}.
     *
     * @param text the VAT number as written
     * @return the VAT number
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if {@code text} is blank, has no EU prefix ({@code GR} is rejected: Greece uses
     *         {@code EL}), or its number does not match the country's format (for {@code PL}, is not a valid NIP); the
     *         message shows the value in clear and, for a known prefix, the country's format
     */
    public static EuVatNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = compact(text);
        if (compact.length() < 3) {
            throw ValidationException.ofPublicValue(FIELD, text, EXPECTED);
        }
        String country = compact.substring(0, 2);
        Format format = FORMATS.get(country);
        if (format == null) {
            throw ValidationException.ofPublicValue(FIELD, text, "GR".equals(country)
                    ? "the prefix EL for Greece (VIES does not use GR), followed by 9 digits" : EXPECTED);
        }
        return validated(compact).orElseThrow(() -> ValidationException.ofPublicValue(FIELD, text,
                "the prefix " + country + " followed by " + format.description()));
    }

    /**
     * Tells whether {@link #parse(String)} would accept {@code text}.
     *
     * @param text the VAT number as written
     * @return {@code true} if it is a well-formed EU VAT number
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static boolean isValid(String text) {
        Objects.requireNonNull(text, "text");
        return validated(compact(text)).isPresent();
    }

    private static String compact(String text) {
        return SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static Optional<EuVatNumber> validated(String compact) {
        if (compact.length() < 3) {
            return Optional.empty();
        }
        String country = compact.substring(0, 2);
        String number = compact.substring(2);
        Format format = FORMATS.get(country);
        if (format == null || !format.pattern().matcher(number).matches()) {
            return Optional.empty();
        }
        if ("PL".equals(country) && !Nip.hasValidChecksum(number)) {
            return Optional.empty();
        }
        return Optional.of(new EuVatNumber(country, number));
    }

    /**
     * Returns {@link IdentifierType#EU_VAT}.
     *
     * @return {@link IdentifierType#EU_VAT}
     */
    @Override
    public IdentifierType type() {
        return IdentifierType.EU_VAT;
    }

    /**
     * Returns the canonical form: the prefix and the number, upper case, without separators, e.g.
     * {@code "DE123456789"}.
     *
     * @return the VAT number
     */
    @Override
    public String value() {
        return countryCode + number;
    }

    /**
     * Returns the VIES country prefix: the ISO 3166 code of the member state except {@code "EL"} for Greece, and
     * {@code "XI"} for Northern Ireland.
     *
     * @return the two-letter prefix
     */
    public String countryCode() {
        return countryCode;
    }

    /**
     * Returns the national number: the part after the prefix, e.g. {@code "123456789"} of {@code "DE123456789"}.
     *
     * @return the number, upper case, without separators
     */
    public String number() {
        return number;
    }

    /**
     * Compares the canonical values.
     *
     * @param o another object
     * @return {@code true} if {@code o} is an EU VAT number with the same prefix and number
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof EuVatNumber other && countryCode.equals(other.countryCode) && number.equals(other.number);
    }

    /**
     * Returns a hash of the canonical value.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(countryCode, number);
    }

    /**
     * Returns the canonical value (a VAT number is company data).
     *
     * @return the VAT number, e.g. {@code "DE123456789"}
     */
    @Override
    public String toString() {
        return value();
    }
}
