package dev.kartoteka.core.identifier;

import dev.kartoteka.core.ValidationException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The tax number of a company outside the EU, as a Polish seller's invoice names a client abroad: a British VAT
 * number ({@code GB123456789}), a Ukrainian EDRPOU code ({@code 14360570}), a Swiss UID ({@code CHE-123.456.789 MWST}),
 * a Norwegian organisation number ({@code 923609016 MVA}), an American EIN ({@code 12-3456789}).
 *
 * <p>It is the country's ISO 3166-1 alpha-2 code and the number. A Polish company has its {@link Nip} and one in
 * another EU member state (or Northern Ireland) its {@link EuVatNumber} instead: {@code PL}, the 27 member states,
 * {@code GR} and {@code XI} are refused here, naming the type to use.
 *
 * <p>Only the <i>format</i> is checked, as {@link EuVatNumber} checks it; national check digits are not verified,
 * nor whether the number is registered. The formats known:
 * <ul>
 *   <li>{@code GB}: a VAT number, 9 or 12 digits or {@code GD000}–{@code GD499} or {@code HA500}–{@code HA999}, its
 *       {@code GB} prefix optional;</li>
 *   <li>{@code CH}: a UID, {@code CHE} and 9 digits, {@code MWST}, {@code TVA}, {@code IVA} or
 *       {@code VAT} after it optional;</li>
 *   <li>{@code NO}: 9 digits, {@code MVA} after them and {@code NO} before them optional;</li>
 *   <li>{@code UA}: an EDRPOU code of 8 digits, a taxpayer's number of 10 digits, or a VAT payer's number of 12;</li>
 *   <li>{@code US}: an EIN of 9 digits;</li>
 *   <li>elsewhere: 4 to 20 letters and digits, at least one a digit, kept as written.</li>
 * </ul>
 * Spaces, dots, dashes and slashes are ignored anywhere, letters in any case; the suffixes and the prefixes that only
 * repeat the country are not part of the number.
 *
 * <p>A number may be a natural person's (a Ukrainian sole proprietor's taxpayer's number of 10 digits), so error
 * messages show the value masked; {@link #toString()} shows it, as a {@link Nip}'s.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ForeignTaxNumber implements Identifier {

    static final String FIELD = "foreignTaxNumber";

    /** The countries whose companies have a {@link Nip} or an {@link EuVatNumber}, with Greece's ISO code. */
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "GR", "ES", "FI",
            "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI");

    private record Format(Pattern pattern, String description) {
        Format(String regex, String description) {
            this(Pattern.compile(regex), description);
        }
    }

    /** Group 1 is the number; what stands around it only repeats the country or says what the number is. */
    private static final Map<String, Format> FORMATS = Map.of(
            "GB", new Format("(?:GB)?(\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2})",
                    "a VAT number: 9 or 12 digits, or GD000-GD499, or HA500-HA999, GB before it optional"),
            "CH", new Format("(CHE\\d{9})(?:MWST|TVA|IVA|VAT)?",
                    "a UID: CHE and 9 digits (CHE-123.456.789), MWST, TVA or IVA after it optional"),
            "NO", new Format("(?:NO)?(\\d{9})(?:MVA)?", "an organisation number: 9 digits, MVA after it optional"),
            "UA", new Format("(?:UA)?(\\d{8}|\\d{10}|\\d{12})",
                    "an EDRPOU code of 8 digits, a taxpayer's number of 10 or a VAT payer's number of 12"),
            "US", new Format("(?:US)?(\\d{9})", "an EIN: 9 digits (12-3456789)"));

    private static final String OTHER_DESCRIPTION = "4 to 20 letters and digits, at least one a digit";
    private static final Pattern OTHER = Pattern.compile("((?=[A-Z]*\\d)[0-9A-Z]{4,20})");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]+");

    private final String countryCode;
    private final String number;

    private ForeignTaxNumber(String countryCode, String number) {
        this.countryCode = countryCode;
        this.number = number;
    }

    /**
     * Parses the tax number of a company in {@code countryCode}, e.g. {@code of("GB", "GB 123 4567 89")},
     * {@code of("UA", "14360570")}, {@code of("CH", "CHE-123.456.789 MWST")}.
     *
     * @param countryCode the ISO 3166-1 alpha-2 code of the company's country, any case; not Poland nor an EU member
     *     state
     * @param number the number as written
     * @return the tax number
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the country is no ISO code, is Poland or an EU member state (the message names
     *     {@link Nip} or {@link EuVatNumber}), or the number does not have the country's format; the message shows the
     *     value masked and the format expected
     */
    public static ForeignTaxNumber of(String countryCode, String number) {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(number, "number");
        String country = countryCode.strip().toUpperCase(Locale.ROOT);
        if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(country) && !EU.contains(country)) {
            throw ValidationException.of(FIELD + ".countryCode", countryCode,
                    "an ISO 3166-1 alpha-2 country code, e.g. GB");
        }
        if (EU.contains(country)) {
            throw ValidationException.of(FIELD + ".countryCode", countryCode, "PL".equals(country)
                    ? "a country outside Poland: a Polish company's tax number is its NIP"
                    : "a country outside the EU: a company in a member state has an EU VAT number (EuVatNumber)");
        }
        return validated(country, number).orElseThrow(() -> ValidationException.of(FIELD, number,
                "for " + country + ", " + (FORMATS.containsKey(country) ? FORMATS.get(country).description()
                        : OTHER_DESCRIPTION)));
    }

    /**
     * Parses a tax number whose prefix names its country, for the countries whose formats are known (above): a British
     * VAT number {@code "GB 123 4567 89"}, a Swiss UID {@code "CHE-123.456.789 MWST"}, {@code "NO 923 609 016 MVA"},
     * {@code "UA14360570"}, {@code "US123456789"}; or any country's, its code and a colon before the number
     * ({@code "JP:1234567890123"}, {@link #value()}) — as {@link #asWritten()} writes them.
     *
     * @param text the tax number with its country's prefix
     * @return the tax number
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if no such prefix stands before a number of that country's format, or the country
     *     before a colon is none outside the EU; the message shows the value masked
     */
    public static ForeignTaxNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon > 0) {
            return of(text.substring(0, colon), text.substring(colon + 1));
        }
        return prefixed(text).orElseThrow(() -> ValidationException.of(FIELD, text, "a tax number after its "
                + "country's code: GB and 9 or 12 digits, CHE and 9 digits, NO and 9 digits, UA and 8, 10 or 12 digits, "
                + "US and 9 digits"));
    }

    /**
     * Tells whether {@link #parse(String)} would accept {@code text}.
     *
     * @param text the tax number with its country's prefix
     * @return {@code true} if a known country's prefix stands before a number of its format
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static boolean isValid(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        return colon > 0 ? isValid(text.substring(0, colon), text.substring(colon + 1)) : prefixed(text).isPresent();
    }

    private static Optional<ForeignTaxNumber> prefixed(String text) {
        String compact = SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        return compact.length() > 2 && FORMATS.containsKey(compact.substring(0, 2))
                ? validated(compact.substring(0, 2), compact) : Optional.empty();
    }

    /**
     * Tells whether {@link #of(String, String)} would accept the arguments.
     *
     * @param countryCode the country's ISO 3166-1 alpha-2 code, any case
     * @param number the number as written
     * @return {@code true} if it is a well-formed tax number of a company in that country outside the EU
     * @throws NullPointerException if an argument is {@code null}
     */
    public static boolean isValid(String countryCode, String number) {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(number, "number");
        String country = countryCode.strip().toUpperCase(Locale.ROOT);
        return !EU.contains(country) && Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(country)
                && validated(country, number).isPresent();
    }

    private static Optional<ForeignTaxNumber> validated(String country, String text) {
        String compact = SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        Format format = FORMATS.get(country);
        Matcher m = (format != null ? format.pattern() : OTHER).matcher(compact);
        return m.matches() ? Optional.of(new ForeignTaxNumber(country, m.group(1))) : Optional.empty();
    }

    /**
     * Returns {@link IdentifierType#FOREIGN_TAX}.
     *
     * @return {@link IdentifierType#FOREIGN_TAX}
     */
    @Override
    public IdentifierType type() {
        return IdentifierType.FOREIGN_TAX;
    }

    /**
     * Returns the canonical form: the country code, a colon and the number, upper case, without separators, e.g.
     * {@code "GB:123456789"}, {@code "UA:14360570"}, {@code "CH:CHE123456789"}.
     *
     * @return the tax number with its country
     */
    @Override
    public String value() {
        return countryCode + ":" + number;
    }

    /**
     * @return the country's ISO 3166-1 alpha-2 code, e.g. {@code "GB"}
     */
    public String countryCode() {
        return countryCode;
    }

    /**
     * Returns the number without the country: {@code "123456789"} of a British VAT number, {@code "CHE123456789"} of
     * a Swiss UID.
     *
     * @return the number, upper case, without separators
     */
    public String number() {
        return number;
    }

    /**
     * Compares the country and the number.
     *
     * @param o another object
     * @return {@code true} if {@code o} is a foreign tax number of the same country and number
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ForeignTaxNumber other && countryCode.equals(other.countryCode)
                && number.equals(other.number);
    }

    /**
     * @return a hash of the country and number
     */
    @Override
    public int hashCode() {
        return Objects.hash(countryCode, number);
    }

    /**
     * Returns the number as an invoice writes it, its country told, as {@link #parse(String)} reads it back: after its
     * country's code for the countries whose formats are known ({@code "GB123456789"}, {@code "CHE123456789"},
     * {@code "NO923609016"}, {@code "UA14360570"}, {@code "US123456789"}), else its {@link #value()}
     * ({@code "JP:1234567890123"}, {@code "LI:CHE123456789"}).
     *
     * @return the number as written
     */
    public String asWritten() {
        if (!FORMATS.containsKey(countryCode)) {
            return value();
        }
        return number.startsWith(countryCode) ? number : countryCode + number;
    }

    /**
     * Returns the canonical value (a tax number is company data).
     *
     * @return the value, e.g. {@code "GB:123456789"}
     */
    @Override
    public String toString() {
        return value();
    }
}
