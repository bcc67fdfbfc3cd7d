package dev.kartoteka.core.identifier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.internal.Mask;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A phone number, parsed and validated by Google's libphonenumber against its numbering-plan metadata.
 *
 * <p>Numbers written without a country code are read in a default region ({@link #DEFAULT_REGION} unless given), so
 * {@code "601 234 567"} is the Polish mobile {@code +48601234567}; numbers with {@code +} or the region's
 * international prefix (e.g. {@code 00}) keep their own country. A number must be valid in libphonenumber's sense
 * (right length and prefix for its country and type), not merely possible. An extension may follow the number,
 * introduced by {@code wew.}, {@code wewn.}, {@code w.}, {@code ext.}, {@code ext}, {@code extension}, {@code x} or
 * {@code #}, e.g. {@code "+48 22 123 45 67 wew. 12"}. A trunk zero in brackets after the country code, as
 * international notation writes it for numbers dialled with a 0 at home ({@code "+48 (0) 601 234 567"},
 * {@code "+49 (0)30 1234567"}), is left out where the country's numbers are dialled at home with a 0 the world
 * leaves out (libphonenumber's national prefix), and kept where the 0 is part of the number ({@code "+39 (0)331
 * 1234567"}: Italian numbers keep it) — each only if the number is valid so, else the other reading. A Polish
 * landline written with the 0 Poland dialled before its area code until 2005, in brackets with it or joined to it by
 * a dash ({@code "(0-22) 123 45 67"}, {@code "(022) 123 45 67"}, {@code "0-22-123-45-67"}, {@code "0-22 123 45 67"}),
 * is read without it; a bare {@code "022 123 45 67"} is not, as Ukraine and Switzerland write their numbers so at home
 * — unless the number is known to be written in Poland ({@link #parseLocal}).
 *
 * <p>Canonical form: E.164 ({@code +48601234567}); two numbers are equal when their E.164 forms and extensions are.
 * A phone number is personal data: {@link #toString()} and error messages show it masked.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PhoneNumber implements Identifier {

    /** The region numbers without a country code are read in by {@link #parse(String)}: Poland. */
    public static final String DEFAULT_REGION = "PL";

    static final String FIELD = "phone";
    static final String EXPECTED = "a phone number valid in its country: national digits of the default region or"
            + " '+' and a country code, optionally followed by an extension ('wew. 12', 'ext. 12', 'x12')";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern EXTENSION = Pattern.compile(
            "(.*?)[\\s,;]*(?:wewn\\.?|wew\\.?|w\\.|extension|ext\\.?|x|#)\\s*(\\d{1,10})\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final String UNKNOWN_REGION = "ZZ";
    /** A trunk zero in brackets after a country code: {@code "+48 (0) 601"}, {@code "0049(0)30"}. */
    private static final Pattern TRUNK_ZERO = Pattern.compile("^((?:\\+|00)\\s*\\d{1,3})\\s*\\(\\s*0\\s*\\)");

    /**
     * The kind of line a number belongs to, as far as the numbering plan tells.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum LineType {
        /** A mobile number. */
        MOBILE,
        /** A fixed (landline) number. */
        FIXED_LINE,
        /** A number that the numbering plan does not tell apart between fixed and mobile (e.g. in the US). */
        FIXED_LINE_OR_MOBILE,
        /** A freephone number. */
        TOLL_FREE,
        /** A premium-rate number. */
        PREMIUM_RATE,
        /** A voice-over-IP number. */
        VOIP,
        /** Another known kind: shared cost, personal number, pager, UAN, voicemail. */
        OTHER,
        /** The kind could not be determined. */
        UNKNOWN
    }

    private final String e164;
    private final @Nullable String extension;
    private final String regionCode;
    private final LineType lineType;
    /** The international format, made on first use (formatting is the costliest step, and seldom needed). */
    private volatile @Nullable String international;

    private PhoneNumber(Valid valid) {
        Phonenumber.PhoneNumber number = valid.number();
        this.e164 = UTIL.format(number, PhoneNumberFormat.E164);
        this.extension = number.hasExtension() ? number.getExtension() : null;
        this.regionCode = Objects.requireNonNullElse(UTIL.getRegionCodeForNumber(number), UNKNOWN_REGION);
        this.lineType = lineTypeOf(valid.type());
    }

    /** A parsed number with its type, which is not {@code UNKNOWN}: libphonenumber's test of validity. */
    private record Valid(Phonenumber.PhoneNumber number, PhoneNumberType type) {
    }

    /**
     * Parses a phone number, reading numbers without a country code as Polish ({@link #DEFAULT_REGION}).
     *
     * @param text the number as written, e.g. {@code "601 234 567"}, {@code "+48 22 123 45 67 wew. 12"}
     * @return the phone number
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if {@code text} is blank, cannot be parsed, or is not a valid number; the message
     *         shows the value masked
     */
    public static PhoneNumber parse(String text) {
        return parse(text, DEFAULT_REGION);
    }

    /**
     * Parses a phone number, reading numbers without a country code as numbers of {@code defaultRegion}.
     *
     * @param text the number as written, e.g. {@code "030 1234567"} or {@code "+49 30 1234567"}
     * @param defaultRegion an ISO 3166-1 alpha-2 region code known to libphonenumber, e.g. {@code "DE"} (any case)
     * @return the phone number
     * @throws NullPointerException if {@code text} or {@code defaultRegion} is {@code null}
     * @throws IllegalArgumentException if {@code defaultRegion} is not a region code libphonenumber knows; the message
     *         names it
     * @throws ValidationException if {@code text} is blank, cannot be parsed, or is not a valid number; the message
     *         shows the value masked
     */
    public static PhoneNumber parse(String text, String defaultRegion) {
        Objects.requireNonNull(text, "text");
        String region = region(defaultRegion);
        return parsed(text, region, false).map(PhoneNumber::new)
                .orElseThrow(() -> ValidationException.of(FIELD, text, EXPECTED));
    }

    /**
     * Parses a phone number written for a party known to be in {@code country} (its stated address is there): as
     * {@link #parse(String, String)}, and also as only someone in that country writes numbers. For Poland that is a
     * landline with the trunk 0 dialled before its area code until 2005, written bare: {@code "022 123 45 67"},
     * {@code "081 587 93 00"}. Bare, that is also how Ukraine and Switzerland write their own numbers at home
     * ({@code "044 123 45 67"} is Kyiv or Zürich as well as Piotrków Trybunalski), so {@link #parse(String, String)}
     * does not read it; with the party's address in Poland the Polish reading is the likely one. Only a landline is
     * read so: {@code "050 123 45 67"} (a Ukrainian mobile) stays unreadable.
     *
     * @param text the number as written
     * @param country the ISO 3166-1 alpha-2 code of the country the party is in, e.g. {@code "PL"} (any case)
     * @return the phone number
     * @throws NullPointerException if {@code text} or {@code country} is {@code null}
     * @throws IllegalArgumentException if {@code country} is not a region code libphonenumber knows
     * @throws ValidationException if {@code text} is not a valid number read either way; the message shows the value
     *         masked
     * @since 0.1
     */
    public static PhoneNumber parseLocal(String text, String country) {
        Objects.requireNonNull(text, "text");
        String region = region(country);
        return parsed(text, region, true).map(PhoneNumber::new)
                .orElseThrow(() -> ValidationException.of(FIELD, text, EXPECTED));
    }

    /** A 0 leading a number, not the first of an international prefix {@code 00}: {@code "022 123 45 67"}. */
    private static final Pattern BARE_TRUNK_ZERO = Pattern.compile("^0(?=\\s*[1-9])");

    /**
     * Tells whether {@link #parse(String, String)} would accept {@code text}.
     *
     * @param text the number as written
     * @param defaultRegion an ISO 3166-1 alpha-2 region code known to libphonenumber, e.g. {@code "PL"}
     * @return {@code true} if it is a valid phone number
     * @throws NullPointerException if {@code text} or {@code defaultRegion} is {@code null}
     * @throws IllegalArgumentException if {@code defaultRegion} is not a region code libphonenumber knows
     */
    public static boolean isValid(String text, String defaultRegion) {
        Objects.requireNonNull(text, "text");
        return parsed(text, region(defaultRegion), false).isPresent();
    }

    private static String region(String defaultRegion) {
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        String region = defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("Unknown region '" + defaultRegion
                    + "': expected an ISO 3166-1 alpha-2 region code, e.g. PL");
        }
        return region;
    }

    /** {@code local}: the number is known to be written in {@code region} ({@link #parseLocal}). */
    private static Optional<Valid> parsed(String text, String region, boolean local) {
        String main = text.strip();
        String extension = null;
        Matcher m = EXTENSION.matcher(main);
        if (m.matches()) {
            main = m.group(1);
            extension = m.group(2);
        }
        if (main.isBlank()) {
            return Optional.empty();
        }
        Matcher trunk = TRUNK_ZERO.matcher(main);
        if (trunk.find()) {
            // where the country dials a 0 at home that the world leaves out (Germany, Britain), without it first;
            // where the 0 belongs to the number (Italy), with it first
            String code = trunk.group(1).replaceAll("\\D", "").replaceFirst("^00", "");
            boolean trunkPrefix = "0".equals(UTIL.getNddPrefixForRegion(
                    UTIL.getRegionCodeForCountryCode(Integer.parseInt(code)), true));
            String without = trunk.replaceFirst("$1 ");
            String with = trunk.replaceFirst("$1 0");
            Optional<Valid> first = parsed(trunkPrefix ? without : with, extension, region);
            return first.isPresent() ? first : parsed(trunkPrefix ? with : without, extension, region);
        }
        Optional<Valid> read = parsed(main, extension, region);
        if (read.isEmpty() && "PL".equals(region)) {
            // as Poland wrote its landlines before 2005: "(0-22) 123 45 67", "0-22-123-45-67"; bare ("022 123 45 67")
            // only where the number is known to be written in Poland
            Matcher oldTrunk = OLD_TRUNK_ZERO.matcher(main);
            Matcher bare = BARE_TRUNK_ZERO.matcher(main);
            String rest = oldTrunk.find() ? (oldTrunk.group(1) != null ? oldTrunk.group(1) : oldTrunk.group(2)) + " "
                    + main.substring(oldTrunk.end()) : local && bare.find() ? main.substring(bare.end()) : null;
            if (rest != null) {
                return parsed(rest, extension, region).filter(v -> v.type() == PhoneNumberType.FIXED_LINE);
            }
        }
        return read;
    }

    /**
     * A 0 before a two-digit area code, in brackets with it or joined to it by a dash ({@code "(0-22) 123 45 67"},
     * {@code "(022) 123 45 67"}, {@code "0-22-123-45-67"}, {@code "0-22 123 45 67"}): the trunk prefix Poland dialled until 2005, as Polish
     * landlines were written. Not a bare {@code "022 123 45 67"}: it is also how Ukraine, Switzerland and others write
     * their numbers at home ({@code "050 123 45 67"}), which must not become Polish ones.
     */
    private static final Pattern OLD_TRUNK_ZERO = Pattern.compile(
            "^(?:\\(\\s*0\\s*-?\\s*([1-9]\\d)\\s*\\)|0-([1-9]\\d)[-\\s])");

    private static Optional<Valid> parsed(String main, @Nullable String extension, String region) {
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(main, region);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
        if (extension != null) {
            number.setExtension(extension);
        }
        // isValidNumber is exactly "the number's type is known" (it runs the same type test on the same metadata), so
        // the type is worked out once, for validity and the line type both
        PhoneNumberType type = UTIL.getNumberType(number);
        return type == PhoneNumberType.UNKNOWN ? Optional.empty() : Optional.of(new Valid(number, type));
    }

    private static LineType lineTypeOf(PhoneNumberType type) {
        switch (type) {
            case MOBILE:
                return LineType.MOBILE;
            case FIXED_LINE:
                return LineType.FIXED_LINE;
            case FIXED_LINE_OR_MOBILE:
                return LineType.FIXED_LINE_OR_MOBILE;
            case TOLL_FREE:
                return LineType.TOLL_FREE;
            case PREMIUM_RATE:
                return LineType.PREMIUM_RATE;
            case VOIP:
                return LineType.VOIP;
            case UNKNOWN:
                return LineType.UNKNOWN;
            default:
                return LineType.OTHER;
        }
    }

    /**
     * Returns {@link IdentifierType#PHONE}.
     *
     * @return {@link IdentifierType#PHONE}
     */
    @Override
    public IdentifierType type() {
        return IdentifierType.PHONE;
    }

    /**
     * Returns the canonical form: E.164, e.g. {@code "+48601234567"}, without the extension. This is personal data; do
     * not log it.
     *
     * @return the E.164 number
     */
    @Override
    public String value() {
        return e164;
    }

    /**
     * Returns the region the number belongs to, e.g. {@code "PL"}; {@code "001"} for non-geographic numbers (such as
     * {@code +800} freephone numbers).
     *
     * @return the region code
     */
    public String regionCode() {
        return regionCode;
    }

    /**
     * Returns the number in libphonenumber's international format, with the extension if any, e.g.
     * {@code "+48 601 234 567"} or {@code "+48 22 123 45 67 ext. 12"}.
     *
     * @return the formatted number
     */
    public String international() {
        String formatted = international;
        if (formatted == null) {
            Phonenumber.PhoneNumber number;
            try {
                number = UTIL.parse(e164, UNKNOWN_REGION);
            } catch (NumberParseException e) {
                throw new IllegalStateException("an E.164 number libphonenumber made does not parse", e);
            }
            if (extension != null) {
                number.setExtension(extension);
            }
            formatted = UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
            international = formatted;
        }
        return formatted;
    }

    /**
     * Returns the kind of line the numbering plan assigns the number to.
     *
     * @return the line type
     */
    public LineType lineType() {
        return lineType;
    }

    /**
     * Returns the extension, e.g. {@code "12"} for {@code "+48 22 123 45 67 wew. 12"}.
     *
     * @return the extension digits, or empty if there is none
     */
    public Optional<String> extension() {
        return Optional.ofNullable(extension);
    }

    /**
     * Compares the E.164 forms and extensions.
     *
     * @param o another object
     * @return {@code true} if {@code o} is the same number with the same extension
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PhoneNumber other && e164.equals(other.e164)
                && Objects.equals(extension, other.extension);
    }

    /**
     * Returns a hash of the E.164 form and extension.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(e164, extension);
    }

    /**
     * Returns the number masked, since it is personal data, e.g. {@code "+**********7"}.
     *
     * @return the masked number
     */
    @Override
    public String toString() {
        return Mask.mask(extension == null ? e164 : e164 + " ext. " + extension);
    }
}
