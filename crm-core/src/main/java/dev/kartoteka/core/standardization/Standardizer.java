package dev.kartoteka.core.standardization;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.spi.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes each kind of value one canonical way, and says what it could not normalise instead of guessing. Immutable
 * and thread-safe; {@link #defaults()} reads phone numbers without a country code as Polish.
 *
 * <table>
 *   <caption>What each normaliser does</caption>
 *   <tr><th>kind</th><th>canonical form</th><th>remark (value kept as entered, or no value)</th></tr>
 *   <tr><td>{@link #phone phone}</td><td>E.164 ({@code +48601234567}), an extension ({@code "wew. 12"},
 *       {@code "ext. 12"}, {@code "x12"}) split off before parsing, the line type (mobile, fixed line…) recorded by
 *       libphonenumber in {@link PhoneNumber#lineType()}</td><td>not a valid number: no value</td></tr>
 *   <tr><td>{@link #email e-mail}</td><td>trimmed, the domain in lower case and in Unicode (IDN); the local part as
 *       written, no provider-specific rewriting (dots and {@code +tags} in Gmail addresses are kept); the address
 *       read out of what a mail program or a web page copies ({@code "Jan Kowalski <jan@example.pl>"},
 *       {@code "mailto:jan@example.pl"}); a comma typed for a dot in the domain or a dot after it put right
 *       ({@code "jan@wp,pl"}, {@code "jan@wp.pl."} → {@code "jan@wp.pl"})</td>
 *       <td>not an address: no value</td></tr>
 *   <tr><td>{@link #personName person's name}</td><td>spaces collapsed, {@code "Kowalska - Nowak"} →
 *       {@code "Kowalska-Nowak"}, typographic apostrophes and dashes made plain, a word in all capitals or all small
 *       letters recased ({@code "JAN"} → {@code "Jan"}, {@code "o'brien"} → {@code "O'Brien"}, {@code "mcdonald"}
 *       → {@code "McDonald"}), particles small after the first word ({@code "Ludwig VAN BEETHOVEN"} →
 *       {@code "Ludwig van Beethoven"}); a word in mixed case ({@code "DeVito"}) is kept as written</td>
 *       <td>digits or symbols in the name</td></tr>
 *   <tr><td>{@link #fullName full name} in one cell</td><td>given names and family name apart, each as a person's
 *       name: {@code "Kowalski, Jan"}, {@code "Jan van der Berg"} ({@code "Van der Berg"}), {@code "Kowalska Anna"}
 *       turned round where its words say it plainly</td><td>fewer than two words: no value; digits or symbols: the
 *       person's-name remark</td></tr>
 *   <tr><td>{@link #companyName company name}</td><td>spaces collapsed; a trailing legal form however written
 *       ({@code "Spółka z ograniczoną odpowiedzialnością"}, {@code "Sp. z o. o."}, {@code "SPOLKA AKCYJNA"},
 *       {@code "GmbH"}, {@code "Ltd."}…) becomes the {@link LegalForm} field and the name a clean string; the
 *       name's casing is kept (brands)</td><td>—</td></tr>
 *   <tr><td>{@link #address address} in PL</td><td>street prefixes {@code ul. al. pl. os. bulw. wyb. rondo skwer}
 *       ({@code "ULICA"}, {@code "Ul"}, {@code "aleja"} …), street and city casing ({@code "BIELSKO-BIAŁA"} →
 *       {@code "Bielsko-Biała"}, {@code "ul. gen. Józefa Bema"}, {@code "al. Jana Pawła II"}), {@code "10/2"},
 *       {@code "10 m. 2"}, {@code "10 lok. 2"} → building 10, unit 2 (also split off a street written with its
 *       number when the building is empty), {@code "12 a"} → {@code "12A"}, postal code {@code NN-NNN} (three or four
 *       digits, a code a spreadsheet wrote as a number without its leading zeros, {@code "2254"} → {@code "02-254"},
 *       {@code "652"} → {@code "00-652"}), the
 *       voivodeship in small letters ({@code "woj. Mazowieckie"} → {@code "mazowieckie"}), the country code in
 *       capitals</td><td>a postal code that is not NN-NNN, a building that is not a number with a letter, a flat
 *       number given twice, an unknown voivodeship</td></tr>
 *   <tr><td>{@link #addressLine address on one line} in PL</td><td>{@code "ul. Długa 7/3, 00-001 Warszawa"} read
 *       apart at the postal code, then as an address in PL</td><td>no postal code, city or plain number, or other
 *       text after the city: no value</td></tr>
 *   <tr><td>address elsewhere</td><td>spaces, casing of street, city and district, postal code in capitals; a
 *       building number split off a street written with it when the building is empty, where the country writes
 *       it: first in GB, IE, US, CA, AU, NZ, FR, LU ({@code "10 Downing Street"}), last elsewhere
 *       ({@code "Hauptstraße 5"}); never after a box, flat, suite or road number ({@code "PO Box 123"},
 *       {@code "Route 66"})</td><td>—</td></tr>
 *   <tr><td>{@link #country country}</td><td>the ISO 3166-1 alpha-2 code, from the code in any case, the alpha-3
 *       code or the country's name in English, Polish, German, French or its own language ({@code "Polska"},
 *       {@code "Deutschland"}, {@code "UK"} → {@code "PL"}, {@code "DE"}, {@code "GB"})</td>
 *       <td>not a country: no value</td></tr>
 *   <tr><td>{@link #nip NIP}, {@link #regon REGON}</td><td>digits only ({@code "PL 525-000-12-34"} →
 *       {@code 5250001234}), checksum verified</td><td>invalid: no value</td></tr>
 *   <tr><td>{@link #pesel PESEL}</td><td>11 digits, checksum and birth date verified; 10 digits that are a valid
 *       PESEL with a leading zero encoding the stated birth date get it back (born 1900–1909 or 2000–2009, a
 *       spreadsheet stored it as a number: {@code 2220417260} → {@code 02220417260})</td><td>invalid: no value; a
 *       birth date or sex it encodes that differs from the stated one: a remark, the PESEL kept</td></tr>
 * </table>
 *
 * <p>Every normaliser is idempotent: standardising its own output changes nothing and adds no new kind of remark.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Standardizer {

    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "del", "della", "di",
            "da", "das", "dos", "du", "la", "le", "ten", "ter", "zu", "y", "bin", "ibn");
    private static final String NAME_CHARACTERS = "letters, spaces, hyphens, apostrophes and dots";
    /** Polish titles, written small wherever they stand in a name ({@code "DR HAB. JAN"} → {@code "dr hab. Jan"}). */
    private static final Set<String> SMALL_TITLES = Set.of("dr", "dr.", "hab.", "prof.", "mgr", "mgr.", "inż.",
            "inz.", "lic.", "lek.", "med.", "stom.", "wet.", "mec.", "adw.", "ks.", "dypl.");

    private final String defaultRegion;

    private Standardizer(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /**
     * The standard rules, reading phone numbers without a country code as Polish.
     *
     * @return the standardizer
     */
    public static Standardizer defaults() {
        return forRegion(PhoneNumber.DEFAULT_REGION);
    }

    /**
     * The standard rules, reading phone numbers without a country code as numbers of {@code defaultRegion}.
     *
     * @param defaultRegion an ISO 3166-1 alpha-2 region code known to libphonenumber, e.g. {@code "DE"}
     * @return the standardizer
     * @throws IllegalArgumentException if libphonenumber does not know the region
     */
    public static Standardizer forRegion(String defaultRegion) {
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        PhoneNumber.isValid("", defaultRegion); // refuses an unknown region now, not at the first phone
        return new Standardizer(defaultRegion.strip().toUpperCase(Locale.ROOT));
    }

    /** @return the region phone numbers without a country code are read in */
    public String defaultRegion() {
        return defaultRegion;
    }

    // ------------------------------------------------------------------------------------------------ single values

    /**
     * Reads a phone number (see the class table).
     *
     * @param text the number as entered, e.g. {@code "601-234-567 wew. 12"}
     * @return the number, or no value with a remark on {@code "phone"}
     */
    public Standardized<PhoneNumber> phone(String text) {
        Objects.requireNonNull(text, "text");
        return parsed("phone", () -> PhoneNumber.parse(text, defaultRegion), "a phone number valid in its country "
                + "(national digits of " + defaultRegion + " or + and a country code), optionally with an extension");
    }

    /**
     * Reads a phone number of a party in {@code country}: a number without a country code as a number of that
     * country first, as someone there writes it ({@code "030 1234567"} beside a German address; {@code
     * "022 123 45 67"}, Poland's landline with the trunk 0 it dialled until 2005, beside a Polish one —
     * {@link PhoneNumber#parseLocal}), else, where it is no valid number there, of the {@link #defaultRegion}
     * ({@code "601 234 567"} beside a German address is Polish; beside a Czech one it is a valid Czech number and read
     * so — a number abroad needs its country code).
     *
     * @param text the number as entered
     * @param country the ISO 3166-1 alpha-2 code of the party's country, e.g. {@code "DE"}
     * @return the number, or no value with a remark on {@code "phone"}
     * @since 0.1
     */
    public Standardized<PhoneNumber> phone(String text, String country) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(country, "country");
        try {
            Standardized<PhoneNumber> there = parsed("phone", () -> PhoneNumber.parseLocal(text, country), "");
            if (there.value().isPresent()) {
                return there;
            }
        } catch (IllegalArgumentException e) {
            // a country libphonenumber has no numbering plan for: the default region's reading
        }
        return phone(text);
    }

    /**
     * Reads an e-mail address (see the class table).
     *
     * @param text the address as entered
     * @return the address, or no value with a remark on {@code "email"}
     */
    public Standardized<Email> email(String text) {
        Objects.requireNonNull(text, "text");
        java.util.regex.Matcher m = MAIL_COPIED.matcher(text.strip());
        String address = !m.matches() ? text : m.group(1) != null ? m.group(1) : percentDecoded(m.group(2));
        Standardized<Email> read = parsed("email", () -> Email.of(address), "an e-mail address local@domain.tld");
        String repaired = read.value().isPresent() ? address : domainPunctuation(address.strip());
        return repaired == address ? read : parsed("email", () -> Email.of(repaired),
                "an e-mail address local@domain.tld");
    }

    /**
     * The address with its domain's punctuation mistyped put right, or the same instance if there is none: a comma for
     * a dot in a domain's last labels ({@code "jan@wp,pl"}, {@code "jan@gmail,com"}, {@code "biuro@firma,com.pl"}: the
     * neighbouring key; a domain never holds a comma), and a dot after the domain as after a sentence ({@code "jan@wp.pl."}). Only for one
     * {@code @}, the domain without spaces, one comma; other text after a comma ({@code "jan@wp.pl,stary"}) is no
     * part of the address and leaves it unreadable.
     */
    private static String domainPunctuation(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@')) {
            return address;
        }
        String domain = address.substring(at + 1);
        if (domain.indexOf(' ') >= 0) {
            return address;
        }
        String fixed = domain;
        int comma = domain.indexOf(',');
        String after = domain.substring(comma + 1).replaceFirst("\\.$", "").toLowerCase(Locale.ROOT);
        String before = domain.substring(0, Math.max(comma, 0)).toLowerCase(Locale.ROOT);
        if (comma > 0 && comma == domain.lastIndexOf(',') && DOMAIN_END.matcher(after).matches()
                && TOP_LEVEL.contains(after.substring(after.lastIndexOf('.') + 1))
                && !(before.indexOf('.') >= 0 && TOP_LEVEL.contains(before.substring(before.lastIndexOf('.') + 1))
                && !after.matches("[a-z]{2}"))) {
            // (not where the domain is whole before the comma and more than a country follows: "jan@wp.pl,info" is a
            // note after it; "biuro@firma.com,pl" is firma.com.pl)
            fixed = domain.substring(0, comma) + "." + domain.substring(comma + 1);
        }
        if (fixed.endsWith(".") && !fixed.endsWith("..")) {
            fixed = fixed.substring(0, fixed.length() - 1);
        }
        return fixed.equals(domain) ? address : address.substring(0, at + 1) + fixed;
    }

    /** The labels after a mistyped comma: a top-level domain, or labels ending in one ({@code "com.pl"}). */
    private static final java.util.regex.Pattern DOMAIN_END = java.util.regex.Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)*[a-z]{2,}");

    /** Top-level domains a comma may stand before instead of a dot: the countries' and the usual generic ones. */
    private static final Set<String> TOP_LEVEL = topLevel();

    private static Set<String> topLevel() {
        Set<String> all = new java.util.HashSet<>(Set.of("com", "net", "org", "info", "biz", "edu", "gov", "eu"));
        for (String code : Locale.getISOCountries()) {
            all.add(code.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(all);
    }

    /** A {@code mailto:} address with its {@code %XX} escapes read ({@code jan%2Btag@x.pl} → {@code jan+tag@x.pl}). */
    private static String percentDecoded(String address) {
        try {
            return java.net.URLDecoder.decode(address.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return address; // a stray '%': Email.of judges it
        }
    }

    /**
     * An address as a mail program or a web page copies it: {@code "Jan Kowalski <jan@example.pl>"} (a name of
     * letters, spaces, dots, apostrophes and hyphens, or any name in quotes), {@code "<jan@example.pl>"},
     * {@code "mailto:jan@example.pl"}; group 1 or 2 is the address. Other text before the brackets
     * ({@code "tel. 601234567 <…>"}, {@code "stary: <…>"}) leaves the value unreadable.
     */
    private static final java.util.regex.Pattern MAIL_COPIED = java.util.regex.Pattern.compile(
            "(?:\"[^\"<>@]*\"|[\\p{L} .'-]*)\\s*<([^<>\\s,;]+@[^<>\\s,;]+)>|mailto:([^\\s?,;]+@[^\\s?,;]+)(?:\\?.*)?",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * Reads a country as an ISO 3166-1 alpha-2 code: the code itself in any case ({@code "pl"}), the alpha-3 code
     * ({@code "POL"}), or the country's name in English, Polish, German, French or its own language, folded
     * ({@code "Poland"}, {@code "Polska"}, {@code "Polen"}, {@code "NIEMCY"}, {@code "Deutschland"},
     * {@code "Wielka Brytania"}), and the usual other names
     * ({@code "UK"}, {@code "Great Britain"}, {@code "England"}, {@code "USA"}, {@code "Holland"}, {@code "Czech
     * Republic"}). The names are the JDK's (CLDR) display names.
     *
     * @param text the country as entered
     * @return the code, or no value with a remark on {@code "country"}
     * @since 0.1
     */
    public Standardized<String> country(String text) {
        Objects.requireNonNull(text, "text");
        String code = Countries.CODES.get(matchingKey(text));
        return code != null ? Standardized.clean(code) : Standardized.unreadable(new Remark("country",
                "not readable as a country: its ISO code (PL, POL) or its name (Polska, Poland, Deutschland)"));
    }

    /** Country names and codes, folded, to their alpha-2 codes; built on first use. */
    private static final class Countries {
        static final java.util.Map<String, String> CODES = codes();

        private static java.util.Map<String, String> codes() {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            Locale polish = Locale.forLanguageTag("pl");
            for (String code : Locale.getISOCountries()) {
                Locale country = new Locale("", code);
                m.put(matchingKey(code), code);
                try {
                    m.put(matchingKey(country.getISO3Country()), code);
                } catch (java.util.MissingResourceException e) {
                    // no alpha-3 code known: the others do
                }
                for (Locale language : new Locale[] {Locale.ENGLISH, polish, Locale.GERMAN, Locale.FRENCH}) {
                    m.putIfAbsent(matchingKey(country.getDisplayCountry(language)), code);
                }
            }
            for (Locale own : Locale.getAvailableLocales()) {
                if (own.getCountry().length() == 2 && !own.getLanguage().isEmpty()) {
                    m.putIfAbsent(matchingKey(own.getDisplayCountry(own)), own.getCountry());
                }
            }
            String[][] others = {{"uk", "GB"}, {"great britain", "GB"}, {"britain", "GB"}, {"england", "GB"},
                {"scotland", "GB"}, {"wales", "GB"}, {"northern ireland", "GB"}, {"anglia", "GB"},
                {"usa", "US"}, {"united states of america", "US"}, {"america", "US"}, {"stany zjednoczone", "US"},
                {"holland", "NL"}, {"holandia", "NL"}, {"the netherlands", "NL"}, {"czech republic", "CZ"},
                {"republika czeska", "CZ"}, {"russia", "RU"}, {"rosja", "RU"}, {"rzeczpospolita polska", "PL"},
                {"rp", "PL"}, {"ceska republika", "CZ"}, {"slovak republic", "SK"}, {"bundesrepublik deutschland",
                "DE"}, {"brd", "DE"}, {"ukraina", "UA"}, {"south korea", "KR"}, {"u s a", "US"}, {"u k", "GB"},
                {"macedonia", "MK"}, {"north macedonia", "MK"}, {"macedonia polnocna", "MK"}, {"hong kong", "HK"},
                {"bosnia", "BA"}, {"bosnia and herzegovina", "BA"}, {"palestyna", "PS"}, {"palestine", "PS"}};
            for (String[] other : others) {
                m.putIfAbsent(matchingKey(other[0]), other[1]);
            }
            m.remove("");
            java.util.Set<String> iso = Set.of(Locale.getISOCountries());
            m.values().removeIf(code -> !iso.contains(code)); // Kosovo's XK and the like: no ISO code
            return java.util.Map.copyOf(m);
        }
    }

    /**
     * Reads a NIP, with or without the {@code PL} prefix, spaces and dashes.
     *
     * @param text the NIP as entered
     * @return the NIP, or no value with a remark on {@code "nip"}
     */
    public Standardized<Nip> nip(String text) {
        Objects.requireNonNull(text, "text");
        return parsed("nip", () -> Nip.parse(text), "10 digits with a valid NIP checksum, optionally after PL");
    }

    /**
     * Reads a REGON (9 or 14 digits), with or without spaces and dashes.
     *
     * @param text the REGON as entered
     * @return the REGON, or no value with a remark on {@code "regon"}
     */
    public Standardized<Regon> regon(String text) {
        Objects.requireNonNull(text, "text");
        return parsed("regon", () -> Regon.parse(text), "9 or 14 digits with a valid REGON checksum");
    }

    private static final java.util.regex.Pattern TEN_DIGITS = java.util.regex.Pattern.compile("\\d{10}");

    /**
     * Reads a PESEL and checks it against a stated birth date and sex. Ten digits that are a valid PESEL with a
     * leading zero encoding the stated birth date (born 1900–1909 or 2000–2009; a spreadsheet stored the PESEL as a
     * number and dropped the zero) are read with it.
     *
     * @param text the PESEL as entered
     * @param statedBirthDate the birth date stated beside it, if any
     * @param statedSex the sex stated beside it, if any
     * @return the PESEL with a remark for each stated value it contradicts, or no value with a remark on
     *     {@code "pesel"}
     */
    public Standardized<Pesel> pesel(String text, Optional<LocalDate> statedBirthDate, Optional<Sex> statedSex) {
        Objects.requireNonNull(text, "text");
        String digits = Casing.spaces(text).replace(" ", "");
        Standardized<Pesel> read = parsed("pesel", () -> Pesel.parse(digits),
                "11 digits with a valid PESEL checksum and birth date");
        if (read.value().isEmpty() && statedBirthDate.isPresent() && TEN_DIGITS.matcher(digits).matches()) {
            // a spreadsheet's number that lost its leading zero ("2220417260", born 2002): only where the stated birth
            // date is the one it encodes with the zero — a digit lost elsewhere passes the checksum one time in ten
            Standardized<Pesel> padded = parsed("pesel", () -> Pesel.parse("0" + digits), "");
            if (padded.value().filter(p -> p.birthDate().equals(statedBirthDate.get())).isPresent()) {
                read = padded;
            }
        }
        return read.value().map(p -> Standardized.of(p, peselRemarks(p, statedBirthDate, statedSex))).orElse(read);
    }

    private static List<Remark> peselRemarks(Pesel p, Optional<LocalDate> birthDate, Optional<Sex> sex) {
        List<Remark> remarks = new ArrayList<>(2);
        birthDate.filter(d -> !d.equals(p.birthDate())).ifPresent(d -> remarks.add(new Remark("pesel",
                "the birth date the PESEL encodes differs from the stated birth date")));
        sex.filter(s -> s != p.sex()).ifPresent(s -> remarks.add(new Remark("pesel",
                "the sex the PESEL encodes differs from the stated sex")));
        return remarks;
    }

    private static <T> Standardized<T> parsed(String field, Supplier<T> parse, String expected) {
        try {
            return Standardized.clean(parse.get());
        } catch (ValidationException e) {
            return Standardized.unreadable(new Remark(field, "not readable as " + expected));
        }
    }

    /**
     * Normalises a person's given names or family name (see the class table).
     *
     * @param text the name as entered
     * @return the name, with a remark on {@code "name"} if it holds digits or symbols
     */
    public Standardized<String> personName(String text) {
        Objects.requireNonNull(text, "text");
        String spaced = Casing.tightHyphens(Casing.punctuation(Casing.spaces(text)));
        String name = Casing.words(spaced, NAME_PARTICLES, SMALL_TITLES, true, false);
        boolean odd = name.codePoints().anyMatch(cp -> !Character.isLetter(cp) && " -'.".indexOf(cp) < 0);
        return Standardized.of(name, odd ? List.of(new Remark("name", "holds characters other than "
                + NAME_CHARACTERS)) : List.of());
    }

    /**
     * Splits a person's full name written in one cell ({@code "Anna Maria Kowalska"}, a spreadsheet's
     * {@code "Imię i nazwisko"} column) into given names and family name, each normalised as {@link #personName}
     * does for each field. A comma divides the family name from the given names ({@code "Kowalski, Jan"}). In
     * {@link PersonName.Order#GIVEN_FIRST} order the last word is the family name, with the
     * particles before it ({@code "Jan van der Berg"}: {@code "Van der Berg"}, as the family name alone is written); in {@link PersonName.Order#FAMILY_FIRST} order the first
     * word is, with the particles it starts with. An initial is never the family name ({@code "Nowak Jan K."}). A
     * name written the other way round is read so only when its words say it plainly: the first word ends as Polish
     * family names do (-ski, -cka, -wicz, -ak …) and is no common given name, and the last one is a common given name
     * ({@code "Kowalska Anna"} under {@code "Imię i nazwisko"}; not {@code "Kasia Urban"} nor {@code "Harper Lee"}),
     * or the reverse under {@code "Nazwisko i imię"}. Other names are read in the column's order. Where the column
     * states no order ({@link PersonName.Order#UNSTATED}), a common given name (or an everyday form of one,
     * {@code "Kasia"}) last and none first is enough ({@code "Żak Urszula"}, and so {@code "Harper Lee"} is read
     * family name first, as Polish lists of contractors write names); else the given names come first.
     *
     * @param text the full name as entered
     * @param order the order the column writes names in
     * @return the given names and family name, with {@link #personName}'s remarks; no value (a remark on
     *     {@code "fullName"}) if it holds fewer than two words
     * @throws NullPointerException if an argument is {@code null}
     */
    public Standardized<PersonName> fullName(String text, PersonName.Order order) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(order, "order");
        // titles before the name or after it ("dr Jan Kowalski", "Anna Nowak, mgr inż.", "Jan Kowalski, dr n. med."):
        // no part of the name; kept before the given names, where two words of the name remain
        List<String> all = new ArrayList<>(List.of(Casing.spaces(text).split(" ")));
        int before = dev.kartoteka.core.internal.Titles.leading(all);
        List<String> rest = all.subList(Math.min(before, all.size()), all.size());
        int after = dev.kartoteka.core.internal.Titles.trailing(rest);
        if ((before > 0 || after > 0) && rest.size() - after >= 2) {
            List<String> titles = new ArrayList<>(all.subList(0, before));
            titles.addAll(rest.subList(rest.size() - after, rest.size()));
            String name = String.join(" ", rest.subList(0, rest.size() - after)).replaceFirst("\\s*,\\s*$", "");
            Standardized<PersonName> read = fullName(name, order);
            String written = dev.kartoteka.core.internal.Titles.written(titles);
            return read.value().map(n -> Standardized.of(new PersonName(written + " " + n.givenNames(),
                    n.familyName()), read.remarks())).orElse(read);
        }
        int comma = text.indexOf(',');
        if (comma >= 0 && text.indexOf(',', comma + 1) < 0) {
            // "Kowalski, Jan": the family name before the comma, whatever the column's order
            Standardized<String> family = personName(text.substring(0, comma));
            Standardized<String> given = personName(text.substring(comma + 1));
            if (family.get().isBlank() || given.get().isBlank()) {
                return Standardized.unreadable(new Remark("fullName", "a family name, a comma and given names"));
            }
            List<Remark> remarks = new ArrayList<>(family.remarks());
            given.remarks().stream().filter(r -> !remarks.contains(r)).forEach(remarks::add);
            return Standardized.of(new PersonName(given.get(), family.get()), remarks);
        }
        Standardized<String> read = personName(text);
        String name = read.value().orElse("").strip();
        String[] words = name.isEmpty() ? new String[0] : name.split(" ");
        if (words.length < 2) {
            return Standardized.unreadable(new Remark("fullName", "a given name and a family name (two words or "
                    + "more), found " + words.length));
        }
        String first = words[0];
        String last = words[words.length - 1];
        boolean givenFirst;
        if (initial(last) && !initial(first)) {
            givenFirst = false; // "Nowak Jan K.": an initial is no family name
        } else if (initial(first) && !initial(last)) {
            givenFirst = true; // "J. Kowalski"
        } else if (order == PersonName.Order.UNSTATED) {
            // "Żak Urszula", "Bąk Michał", "Nowak Kasia"; "Urszula Żak", "Kasia Urban"
            givenFirst = !(givenNameOrForm(last) && !givenNameOrForm(first));
        } else if (order == PersonName.Order.GIVEN_FIRST) {
            // "Kowalska Anna": turned round only when the words say it plainly
            givenFirst = !(familyNameLike(first) && !givenName(first) && givenName(last));
        } else {
            givenFirst = familyNameLike(last) && !givenName(last) && givenName(first);
        }
        int split; // the family name is words[split..] given first, words[..split) family first
        if (givenFirst) {
            split = words.length - 1;
            while (split > 1 && NAME_PARTICLES.contains(words[split - 1].toLowerCase(Locale.ROOT))) {
                split--;
            }
        } else {
            split = 1;
            while (split < words.length - 1 && NAME_PARTICLES.contains(words[split - 1].toLowerCase(Locale.ROOT))) {
                split++;
            }
        }
        // each part cased as the field it goes to ("van der Berg" alone is "Van der Berg")
        String head = personName(String.join(" ", java.util.Arrays.copyOfRange(words, 0, split))).get();
        String tail = personName(String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length))).get();
        return Standardized.of(givenFirst ? new PersonName(head, tail) : new PersonName(tail, head), read.remarks());
    }

    /** Whether a word is an initial: one letter, with or without a dot. */
    private static boolean initial(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.codePointCount(0, w.length()) == 1;
    }

    private static boolean givenName(String word) {
        return dev.kartoteka.core.internal.GivenNames.known(SearchText.fold(word));
    }

    /** A common given name or an everyday form of one ({@code "Kasia"}). */
    private static boolean givenNameOrForm(String word) {
        return givenName(word) || dev.kartoteka.core.duplicate.Diminutives.isForm(SearchText.fold(word));
    }

    /**
     * The endings of common Polish family names (-ski, -cka, -wicz, -czyk, -ak …; not -ek, the ending of everyday
     * forms of given names such as Tomek or Jacek): only a word that ends so turns a name round.
     */
    private static final List<String> FAMILY_NAME_ENDINGS = List.of("ski", "ska", "cki", "cka", "dzki", "dzka",
            "wicz", "czyk", "czak", "ak", "ik", "yk", "uk", "ko", "owa", "ewa", "owna", "ewna");

    /**
     * Whether a word ends as common Polish (and Ukrainian: -enko, -uk) family names do: -ski, -cka, -wicz, -czyk,
     * -ak, -uk, -ko … (not -ek, the ending of everyday forms of given names such as Tomek). For the import's reading of
     * a name written in the wrong cell; not a public API.
     *
     * @param word one word of a name, as written
     * @return {@code true} if it ends so and is longer than the ending by two letters or more
     */
    @API(status = API.Status.INTERNAL)
    public static boolean familyNameLike(String word) {
        String w = SearchText.fold(word);
        for (String ending : FAMILY_NAME_ENDINGS) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a company name into the name and the legal form it ends with (see the class table).
     *
     * @param text the name as entered, e.g. {@code "ACME Polska Spółka z o.o."}
     * @return the name ({@code "ACME Polska"}) and its form ({@code LIMITED_LIABILITY_COMPANY}); no form if the name
     *     ends with none
     */
    public Standardized<CompanyName> companyName(String text) {
        Objects.requireNonNull(text, "text");
        String spaced = Casing.spaces(text);
        Optional<LegalForms.Split> split = LegalForms.split(spaced);
        if (split.isEmpty()) {
            return Standardized.clean(new CompanyName(spaced, Optional.empty()));
        }
        String name = withoutRepeats(split.get());
        LegalForm form = split.get().form();
        Optional<LegalForms.Split> inner = LegalForms.split(name);
        if (inner.isPresent() && (!partnershipOfACompany(form, inner.get().form())
                || LegalForms.split(inner.get().name()).isPresent())) {
            return Standardized.of(new CompanyName(spaced, Optional.empty()), List.of(new Remark("legalName",
                    "ends with more than one legal form (" + inner.get().form().abbreviation() + ", "
                            + form.abbreviation() + "), which is not the name of a partnership of a company; kept as "
                            + "entered")));
        }
        return Standardized.clean(new CompanyName(innerForm(name), Optional.of(form)));
    }

    /** "Acme sp. z o.o. sp. z o.o.": the same form written twice is one form. */
    private static String withoutRepeats(LegalForms.Split split) {
        String name = split.name();
        for (Optional<LegalForms.Split> again = LegalForms.split(name);
             again.isPresent() && again.get().form() == split.form(); again = LegalForms.split(name)) {
            name = again.get().name();
        }
        return name;
    }

    /** A form left inside the name ("Acme sp. z o.o." of "Acme sp. z o.o. sp.k.") written the canonical way. */
    private static String innerForm(String name) {
        return LegalForms.split(name).map(s -> s.name() + " " + s.form().abbreviation()).orElse(name);
    }

    /**
     * Normalises a postal address (see the class table); only its text changes, its usage is kept.
     *
     * @param address the address as entered
     * @return the address, with remarks on its fields ({@code "postalCode"}, {@code "building"}, …)
     */
    public Standardized<PostalAddress> address(PostalAddress address) {
        Objects.requireNonNull(address, "address");
        return Addresses.standardize(address);
    }

    /**
     * Reads a Polish address written on one line, as a spreadsheet's single {@code "Adres"} column holds it:
     * {@code "ul. Długa 7/3, 00-001 Warszawa"}, {@code "Długa 7 m. 3 00-001 Warszawa"}, {@code "00-001 Warszawa, ul.
     * Długa 7/3"}, optionally ending with the country ({@code ", Polska"}; a line that names another country,
     * {@code "vul. Zelena 4, 61000 Kharkiv, Ukraina"}, is read as {@link #addressLine(String, String)} reads it there).
     * The postal code ({@code NN-NNN}, also {@code NN NNN}; five digits without the dash only where the line names
     * Poland, {@code "ul. Dworcowa 37, 35150 Rzeszów, Polska"}, or looks Polish: a street's prefix {@code ul.},
     * {@code al.}, {@code os.} or a letter only Polish writes, {@code "Modrzewiowa 39, 78100 Kołobrzeg"}; and where
     * the caller states Poland, {@link #addressLine(String, String)}) divides the street and
     * number from the city; without one ({@code "ul. Długa 7/3, Warszawa"}, {@code "Warszawa, ul. Długa 7/3"})
     * the line's one comma does, the city's side a place's name (no digit, no floor or flat: not {@code "ul. Długa 7,
     * parter"}), and the postal code stays empty (not known, never guessed; a foreign address without its postal
     * code, {@code "Hauptstraße 5, Wien"}, cannot be told from a Polish one and is read as one, as a row's separate
     * columns without a country are). The date in {@code "Konstytucji 3 Maja 68 m. 17"} is the street's name. The address is then standardised
     * as {@link #address(PostalAddress)} does (the building and flat split off the street).
     *
     * @param text the address on one line
     * @return the address in Poland (a village's own name before the number is no street: {@code "Wólka 12, 05-000
     *     Wólka"}); no value (a remark on {@code "address"}) without a city, a street or a building number, with a
     *     street and number that do not read plainly, with other text after the city, or without a postal code
     *     {@code NN-NNN} nor a comma that divides plainly ({@code "Krotka 7 00001 Warszawa"}: five digits without
     *     the dash are not read as a postal code where nothing says the line is Polish — {@code "10115 Berlin"} is
     *     no Polish address). A line whose parts two or more spaces divide, as Mailchimp exports an address
     *     ({@code "ul. Długa 5/3  Warszawa  MZ  00-950  PL"}), is read part by part where it reads so, else whole.
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public Standardized<PostalAddress> addressLine(String text) {
        Objects.requireNonNull(text, "text");
        return polishOrSpaced(text, false);
    }

    private Standardized<PostalAddress> polishOrSpaced(String text, boolean stated) {
        Optional<Standardized<PostalAddress>> spaced = spacedLine(text, stated ? "PL" : null);
        return spaced.isPresent() ? spaced.get() : polishLine(text, stated);
    }

    /**
     * A line read in Poland; {@code stated} where the caller knows it is in Poland (a row's country), so that five
     * digits before the city are its postal code.
     */
    private Standardized<PostalAddress> polishLine(String text, boolean stated) {
        String line = text.strip();
        boolean polish = stated;
        java.util.regex.Matcher named = COUNTRY_NAMED_AT_END.matcher(line);
        if (named.find()) {
            Optional<String> iso = country(named.group(1)).value();
            if (iso.isPresent() && !iso.get().equals("PL")) {
                return addressLine(line.substring(0, named.start()), iso.get()); // "…, 79000 Lwów, Ukraina"
            }
            if (iso.isPresent()) {
                line = line.substring(0, named.start());
                polish = true;
            }
        }
        java.util.regex.Matcher atEnd = COUNTRY_AT_END.matcher(line);
        if (atEnd.find()) {
            line = line.substring(0, atEnd.start());
            polish = true;
        }
        java.util.regex.Matcher m = POSTAL_CODE_IN_LINE.matcher(line);
        boolean found = m.find();
        if (!found && (polish || POLISH_LOOK.matcher(line).find())) {
            // the dash lost ("35150 Rzeszów"): a Polish postal code where the line or its row says it is in Poland,
            // or its street's prefix or letters do ("ul. Pocztowa 28, 67200 Głogów")
            m = POSTAL_CODE_NO_DASH.matcher(line);
            found = m.find();
        }
        String code;
        String before;
        String after;
        if (found) {
            code = m.group(1) + "-" + m.group(2);
            before = trimSeparators(line.substring(0, m.start()));
            after = trimSeparators(line.substring(m.end()));
        } else { // no postal code ("ul. Długa 7/3, Warszawa"): one comma divides, the city's side a place's name
            code = "";
            int comma = line.indexOf(',');
            if (comma < 0) {
                // no comma: the number divides ("Ul. Kopernika 30/62 Częstochowa")
                java.util.regex.Matcher numberThenCity = NUMBER_THEN_CITY.matcher(line);
                if (numberThenCity.matches() && placeName(numberThenCity.group(3))
                        && plainCity(numberThenCity.group(3))) {
                    comma = numberThenCity.end(2);
                }
            }
            if (comma <= 0 || line.indexOf(',', comma + 1) >= 0) {
                return Standardized.unreadable(UNREADABLE_LINE);
            }
            String first = trimSeparators(line.substring(0, comma));
            String second = trimSeparators(line.substring(comma + (line.charAt(comma) == ',' ? 1 : 0)));
            if (placeName(second)) {
                before = first;
                after = second;
            } else if (placeName(first)) {
                before = ""; // "Warszawa, ul. Długa 7/3"
                after = line;
            } else {
                return Standardized.unreadable(UNREADABLE_LINE);
            }
        }
        String[] parts = streetAndCity(before, after);
        if (parts == null) {
            return Standardized.unreadable(UNREADABLE_LINE);
        }
        String city = parts[1];
        java.util.regex.Matcher number = STREET_AND_NUMBER.matcher(parts[0]);
        if (city.isEmpty() || city.indexOf(',') >= 0 || city.indexOf(';') >= 0 || !number.matches()) {
            return Standardized.unreadable(UNREADABLE_LINE); // more than a city after it, or no number to read
        }
        String streetName = number.group(1);
        String withoutDates = DATE_IN_STREET.matcher(STREET_PREFIX.matcher(streetName).replaceFirst("")).replaceFirst("");
        if (NUMBER_INSIDE_STREET.matcher(withoutDates).matches()) {
            return Standardized.unreadable(UNREADABLE_LINE); // "Długa 7 kl. B m. 3": a number left in the street
        }
        // a village without streets writes its own name before the number ("Wólka 12, 05-000 Wólka")
        return read("PL", matchingKey(streetName).equals(matchingKey(city)) ? null : streetName, number.group(2),
                number.group(3), code, city, UNREADABLE_LINE);
    }

    /**
     * Reads an address written on one line in a country whose postal code stands before the city, as most of
     * Europe writes it: {@code "Unter den Linden 5, 10115 Berlin"} (DE), {@code "Bahnhofstrasse 12, CH-8001 Zürich"},
     * {@code "12 rue de la Paix, 75002 Paris"} (FR: the number first), {@code "Damrak 1, 1012 LP Amsterdam"},
     * {@code "Václavské náměstí 1, 110 00 Praha"} (CZ), {@code "10115 Berlin, Unter den Linden 5"}. The postal code in
     * the country's form (a {@code D-}, {@code CH-}, {@code LT-} … prefix allowed), followed by the city, divides the
     * street and number from the city; the address is then standardised as {@link #address(PostalAddress)} does.
     * {@code "PL"} reads as {@link #addressLine(String)}, five digits before the city being its postal code then
     * ({@code "Krotka 7, 00001 Warszawa"}: the caller says it is in Poland). Where the country writes the postal code
     * last — the United
     * Kingdom ({@code "221B Baker Street, London NW1 6XE"}), Ireland ({@code "1 Grafton Street, Dublin 2, D02 XY45"},
     * the Eircode optional), the United States and Canada with the state before it
     * ({@code "1600 Amphitheatre Pkwy, Mountain View, CA 94043"}, {@code "24 Sussex Drive, Ottawa, ON K1M 1M4"}) and
     * Australia ({@code "1 Martin Place, Sydney NSW 2000"}) — the number comes first, the last comma divides street
     * and city, and the state becomes the region. The country's name after a last comma is left out
     * ({@code "…, 10115 Berlin, Deutschland"}); a line that names another country after it is read there
     * ({@code "ul. Długa 5, 00-001 Warszawa, Polska"} with {@code "DE"}: a Polish address).
     *
     * @param text the address on one line
     * @param country the ISO 3166-1 alpha-2 code of its country: {@code PL}, {@code DE}, {@code AT}, {@code CH},
     *     {@code LI}, {@code FR}, {@code IT}, {@code ES}, {@code PT}, {@code NL}, {@code BE}, {@code LU},
     *     {@code DK}, {@code NO}, {@code SE}, {@code FI}, {@code IS}, {@code CZ}, {@code SK}, {@code HU},
     *     {@code SI}, {@code HR}, {@code RO}, {@code BG}, {@code GR}, {@code LT}, {@code LV}, {@code EE},
     *     {@code UA}; and, the postal code last, {@code GB}, {@code IE}, {@code US}, {@code CA}, {@code AU}; other
     *     countries are not read
     * @return the address; no value (a remark on {@code "address"}) in another country, without the country's postal
     *     code before a city, without a street and a building number, or with more than a city after the code
     * @throws NullPointerException if an argument is {@code null}
     * @since 0.1
     */
    public Standardized<PostalAddress> addressLine(String text, String country) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(country, "country");
        String iso = country.strip().toUpperCase(Locale.ROOT);
        if (iso.equals("PL")) {
            return polishOrSpaced(text, true);
        }
        java.util.regex.Matcher named = COUNTRY_NAMED_AT_END.matcher(text.strip());
        Optional<String> other = named.find() ? country(named.group(1)).value().filter(c -> !c.equals(iso))
                : Optional.empty();
        if (other.isPresent()) {
            // the line names another country than the caller's ("…, 00-001 Warszawa, Polska" in a German file): there
            return other.get().equals("PL") ? polishOrSpaced(text, true) : addressLine(text, other.get());
        }
        return spacedLine(text, iso).orElseGet(() -> foreignLine(text, iso));
    }

    /**
     * Two or more spaces, as Mailchimp divides an address's parts in one cell: {@code "ul. Długa 5/3  Warszawa  MZ
     * 00-950  PL"}.
     */
    private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern.compile("[ \\t]{2,}");
    /** A part that is a postal code only: capitals, digits, a space or dash, a digit among them. */
    private static final java.util.regex.Pattern CODE_PART = java.util.regex.Pattern.compile(
            "(?=.*\\d)[A-Z\\d][A-Z\\d -]{1,9}");

    /**
     * An address whose parts two or more spaces divide, as Mailchimp exports its address field — street, second line,
     * city, state, postal code and country: {@code "ul. Długa 5  m. 3  Warszawa  mazowieckie  00-950  PL"},
     * {@code "1600 Amphitheatre Pkwy  Mountain View  CA  94043  US"}; empty parts left out. From the end: a country
     * (its code or name), a postal code (a part with a digit), a state (a voivodeship, its name or code, or the
     * country's state code), the city; what stands before is the street and its second line, read together. The line
     * so rebuilt is read as {@link #addressLine(String, String)} reads it; no value where it has fewer than three parts
     * or does not read.
     */
    private Optional<Standardized<PostalAddress>> spacedLine(String text, @Nullable String country) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return Optional.empty(); // lines, not Mailchimp's parts
        }
        List<String> parts = new ArrayList<>(List.of(SPACED.split(text.strip())));
        if (parts.size() < 3) {
            return Optional.empty();
        }
        String iso = country == null ? "PL" : country;
        boolean stated = country != null;
        String end = parts.get(parts.size() - 1);
        Optional<String> named = country(end).value();
        // a voivodeship's code after the city, where no country is stated, is the state ("Warszawa  MZ"), not a
        // country's code (Mozambique's)
        boolean state = country == null && Addresses.voivodeship(end).isPresent()
                && !DIGIT.matcher(parts.get(parts.size() - 2)).find();
        if (named.isPresent() && !state) {
            iso = named.get();
            stated = true;
            parts.remove(parts.size() - 1);
        }
        String code = parts.size() > 2 && CODE_PART.matcher(parts.get(parts.size() - 1)).matches()
                ? parts.remove(parts.size() - 1) : "";
        String region = null;
        String last = parts.get(parts.size() - 1);
        if (parts.size() > 2 && (iso.equals("PL") ? Addresses.voivodeship(last).isPresent()
                : STATES.getOrDefault(iso, Set.of()).contains(last.toUpperCase(Locale.ROOT)))) {
            region = parts.remove(parts.size() - 1);
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        String city = parts.remove(parts.size() - 1);
        if (!placeName(city)) {
            return Optional.empty();
        }
        String street = String.join(" ", parts);
        String line;
        if (POSTAL_CODES_AFTER_CITY.containsKey(iso)) {
            line = street + ", " + city + (region != null && !iso.equals("GB") && !iso.equals("IE") ? ", " + region
                    : "") + " " + code; // "1600 Amphitheatre Pkwy, Mountain View, CA 94043"
        } else {
            line = street + ", " + (code.isEmpty() ? "" : code + " ") + city;
        }
        Standardized<PostalAddress> read = iso.equals("PL") ? polishLine(line, stated) : foreignLine(line, iso);
        if (read.value().isEmpty()) {
            return Optional.empty();
        }
        if (region != null && iso.equals("PL")) {
            PostalAddress a = read.get().withRegion(Addresses.voivodeship(region).orElseThrow());
            return Optional.of(Standardized.of(a, read.remarks()));
        }
        return Optional.of(read);
    }

    private Standardized<PostalAddress> foreignLine(String text, String iso) {
        java.util.regex.Matcher named = COUNTRY_NAMED_AT_END.matcher(text.strip());
        if (named.find() && country(named.group(1)).value().filter(iso::equals).isPresent()) {
            text = text.strip().substring(0, named.start()); // "Unter den Linden 5, 10115 Berlin, Deutschland"
        }
        if (POSTAL_CODES_AFTER_CITY.containsKey(iso)) {
            return addressLineCodeLast(text, iso);
        }
        java.util.regex.Pattern code = FOREIGN_POSTAL_CODES.get(iso);
        if (code == null) {
            return Standardized.unreadable(new Remark("address", "an address on one line in PL or a country whose "
                    + "postal code form is known (" + String.join(", ", FOREIGN_POSTAL_CODES.keySet()) + ", "
                    + String.join(", ", POSTAL_CODES_AFTER_CITY.keySet())
                    + "), else its street, number, postal code and city in columns"));
        }
        java.util.regex.Matcher m = code.matcher(text);
        if (!m.find()) {
            return Standardized.unreadable(unreadableAbroad(iso));
        }
        String postalCode = foreignPostalCode(iso, m.group(1));
        String before = trimSeparators(text.substring(0, m.start()));
        String after = trimSeparators(text.substring(m.end()));
        String[] parts = streetAndCity(before, after); // also "10115 Berlin, Unter den Linden 5"
        if (parts == null) {
            return Standardized.unreadable(unreadableAbroad(iso));
        }
        String street = parts[0];
        String city = parts[1];
        if (city.isEmpty() || city.indexOf(',') >= 0 || city.indexOf(';') >= 0 || DIGIT.matcher(city).find()) {
            return Standardized.unreadable(unreadableAbroad(iso));
        }
        String streetName;
        String number;
        String unit = null;
        java.util.regex.Matcher last = STREET_AND_NUMBER.matcher(street);
        java.util.regex.Matcher first = Addresses.NUMBER_FIRST.matcher(street);
        if (last.matches() && !NUMBER_INSIDE_STREET.matcher(last.group(1)).matches()) {
            streetName = last.group(1);
            number = last.group(2);
            unit = last.group(3);
        } else if (first.matches() && !DIGIT.matcher(first.group(2)).find()) { // "12 rue de la Paix"
            streetName = first.group(2);
            number = first.group(1);
        } else {
            return Standardized.unreadable(unreadableAbroad(iso));
        }
        return read(iso, streetName, number, unit, postalCode, city, unreadableAbroad(iso));
    }

    /**
     * A line of a country that writes the postal code last, after the city and, in the Americas and Australia, the
     * state: {@code "10 Downing Street, London SW1A 2AA"}, {@code "1600 Amphitheatre Pkwy, Mountain View, CA 94043"},
     * {@code "1 Grafton Street, Dublin 2, D02 XY45"}. The last comma before the city divides it from the street.
     */
    private Standardized<PostalAddress> addressLineCodeLast(String text, String iso) {
        Remark unreadable = new Remark("address", "an address on one line as " + iso + " writes it: number and "
                + "street, city, " + (iso.equals("GB") || iso.equals("IE") ? "" : "state, ") + "postal code ("
                + POSTAL_CODE_LAST_EXAMPLES.get(iso) + ")");
        java.util.regex.Matcher m = POSTAL_CODES_AFTER_CITY.get(iso).matcher(text.strip());
        if (!m.find()) {
            return Standardized.unreadable(unreadable);
        }
        String rest = trimSeparators(text.strip().substring(0, m.start()));
        int comma = rest.lastIndexOf(',');
        if (comma < 0) {
            return Standardized.unreadable(unreadable);
        }
        String street = trimSeparators(rest.substring(0, comma));
        String city = trimSeparators(rest.substring(comma + 1));
        // Irish Dublin districts are part of the city ("Dublin 2", "Dublin 6W"); elsewhere a number there is no city
        boolean district = iso.equals("IE") && city.matches("(?i)dublin\\s+(?:[1-9]|1\\d|2[0-4]|6w)");
        if (city.isEmpty() || !district && DIGIT.matcher(city).find() || street.indexOf(',') >= 0) {
            return Standardized.unreadable(unreadable);
        }
        java.util.regex.Matcher first = Addresses.NUMBER_FIRST.matcher(street);
        if (!first.matches() || DIGIT.matcher(first.group(2)).find()) {
            return Standardized.unreadable(unreadable);
        }
        String region = m.group("region").toUpperCase(Locale.ROOT);
        if (!region.isEmpty() && !STATES.get(iso).contains(region)) {
            return Standardized.unreadable(unreadable); // "Springfield, XX 62701": no state
        }
        String postalCode = m.group("code") == null ? "" : foreignPostalCode(iso, m.group("code"));
        Standardized<PostalAddress> read = read(iso, first.group(2), first.group(1), null, postalCode, city,
                unreadable);
        return region.isEmpty() || read.value().isEmpty() ? read
                : Standardized.of(read.get().withRegion(region), read.remarks());
    }

    /**
     * The postal code, and the state before it, at the end of a line of each country that writes them after the city
     * (named groups {@code region} and {@code code}); Ireland's Eircode is optional (many addresses have none).
     */
    private static final java.util.Map<String, java.util.regex.Pattern> POSTAL_CODES_AFTER_CITY = java.util.Map.of(
            "GB", codeLast("(?<region>)(?<code>[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2})"),
            "IE", java.util.regex.Pattern.compile("(?<region>)(?:[\\s,]*(?<![\\p{L}\\d])(?<code>(?:[AC-FHKNPRTV-Y]\\d{2}"
                    + "|D6W)\\s*[0-9AC-FHKNPRTV-Y]{4}))?\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE),
            "US", codeLast("(?<region>[A-Z]{2})\\s+(?<code>\\d{5}(?:-\\d{4})?)"),
            "CA", codeLast("(?<region>[A-Z]{2})\\s+(?<code>[A-Z]\\d[A-Z]\\s*\\d[A-Z]\\d)"),
            "AU", codeLast("(?<region>[A-Z]{2,3})\\s+(?<code>\\d{4})"));

    private static java.util.regex.Pattern codeLast(String code) {
        return java.util.regex.Pattern.compile("[\\s,]*(?<![\\p{L}\\d])" + code + "\\s*$",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    /** The states, provinces and territories written before the postal code. */
    private static final java.util.Map<String, Set<String>> STATES = java.util.Map.of(
            "US", Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
                    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
                    "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
                    "DC", "PR", "GU", "VI", "AS", "MP"),
            "CA", Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"),
            "AU", Set.of("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"),
            "GB", Set.of(), "IE", Set.of());

    private static final java.util.Map<String, String> POSTAL_CODE_LAST_EXAMPLES = java.util.Map.of(
            "GB", "10 Downing Street, London SW1A 2AA", "IE", "1 Grafton Street, Dublin 2, D02 XY45",
            "US", "1600 Amphitheatre Pkwy, Mountain View, CA 94043", "CA", "24 Sussex Drive, Ottawa, ON K1M 1M4",
            "AU", "1 Martin Place, Sydney NSW 2000");

    /**
     * The street and the city of a line divided at its postal code: the street before the code and the city after
     * it, or, where nothing stands before the code, the city after it up to a comma and the street after that
     * ({@code "00-001 Warszawa, ul. Długa 7/3"}).
     *
     * @return the street and the city, or {@code null} for a line that starts with its code and has no comma
     */
    private static String @Nullable [] streetAndCity(String before, String after) {
        if (!before.isEmpty()) {
            return new String[] {before, after};
        }
        int comma = after.indexOf(',');
        return comma < 0 ? null
                : new String[] {trimSeparators(after.substring(comma + 1)), trimSeparators(after.substring(0, comma))};
    }

    /** An address read from a line, standardised; unreadable (with that remark) if it has no building number. */
    private Standardized<PostalAddress> read(String country, @Nullable String street, String number,
                                             @Nullable String unit, String postalCode, String city, Remark unreadable) {
        PostalAddress written = PostalAddress.of(country, street, number, postalCode, city);
        Standardized<PostalAddress> read = address(unit == null ? written : written.withUnit(unit));
        return read.value().isEmpty() || read.get().building().isBlank() ? Standardized.unreadable(unreadable) : read;
    }

    private static Remark unreadableAbroad(String country) {
        return new Remark("address", "an address on one line as " + country + " writes it: street and number, "
                + "postal code and city (" + FOREIGN_EXAMPLES.getOrDefault(country, "Unter den Linden 5, 10115 Berlin")
                + ")");
    }


    /**
     * Each country's postal code inside a line, with the prefixes written before it ({@code D-}, {@code CH-}), not part
     * of a longer number and followed by a city's name: group 1 is the code.
     */
    private static final java.util.Map<String, java.util.regex.Pattern> FOREIGN_POSTAL_CODES = foreignPostalCodes();

    private static final java.util.Map<String, String> FOREIGN_EXAMPLES = java.util.Map.of(
            "FR", "12 rue de la Paix, 75002 Paris", "NL", "Damrak 1, 1012 LP Amsterdam",
            "CZ", "Václavské náměstí 1, 110 00 Praha", "CH", "Bahnhofstrasse 12, 8001 Zürich");

    private static java.util.Map<String, java.util.regex.Pattern> foreignPostalCodes() {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put("DE", "(?:D-)?(\\d{5})");
        codes.put("AT", "(?:A-|AT-)?(\\d{4})");
        codes.put("CH", "(?:CH-)?(\\d{4})");
        codes.put("LI", "(?:FL-|LI-)?(\\d{4})");
        codes.put("FR", "(?:F-)?(\\d{5})");
        codes.put("IT", "(?:I-|IT-)?(\\d{5})");
        codes.put("ES", "(?:E-|ES-)?(\\d{5})");
        codes.put("PT", "(?:P-|PT-)?(\\d{4}-\\d{3})");
        codes.put("NL", "(?:NL-)?(\\d{4}\\s?[A-Za-z]{2})");
        codes.put("BE", "(?:B-|BE-)?(\\d{4})");
        codes.put("LU", "(?:L-)?(\\d{4})");
        codes.put("DK", "(?:DK-)?(\\d{4})");
        codes.put("NO", "(?:N-|NO-)?(\\d{4})");
        codes.put("SE", "(?:S-|SE-)?(\\d{3}\\s?\\d{2})");
        codes.put("FI", "(?:FI-|FIN-)?(\\d{5})");
        codes.put("IS", "(?:IS-)?(\\d{3})");
        codes.put("CZ", "(?:CZ-)?(\\d{3}\\s?\\d{2})");
        codes.put("SK", "(?:SK-)?(\\d{3}\\s?\\d{2})");
        codes.put("HU", "(?:H-|HU-)?(\\d{4})");
        codes.put("SI", "(?:SI-)?(\\d{4})");
        codes.put("HR", "(?:HR-)?(\\d{5})");
        codes.put("RO", "(?:RO-)?(\\d{6})");
        codes.put("BG", "(?:BG-)?(\\d{4})");
        codes.put("GR", "(?:GR-)?(\\d{3}\\s?\\d{2})");
        codes.put("LT", "(?:LT-)?(\\d{5})");
        codes.put("LV", "(?:LV-)?(\\d{4})");
        codes.put("EE", "(?:EE-)?(\\d{5})");
        codes.put("UA", "(?:UA-)?(\\d{5})");
        java.util.Map<String, java.util.regex.Pattern> out = new java.util.LinkedHashMap<>();
        codes.forEach((country, code) -> out.put(country, java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\d/-])" + code + "(?![\\d])(?=\\s+\\p{L})",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A postal code as the country writes it: {@code 1012 LP}, {@code 110 00}, {@code LT-01103}, {@code LV-1050},
     * {@code SW1A 2AA}, {@code K1M 1M4}, {@code D02 XY45}.
     */
    private static String foreignPostalCode(String country, String code) {
        String c = code.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return switch (country) {
            case "NL" -> c.substring(0, 4) + " " + c.substring(4);
            case "SE", "CZ", "SK", "GR" -> c.substring(0, 3) + " " + c.substring(3);
            case "GB", "CA" -> c.substring(0, c.length() - 3) + " " + c.substring(c.length() - 3); // SW1A 2AA
            case "IE" -> c.substring(0, 3) + " " + c.substring(3); // D02 XY45
            case "LT", "LV" -> country + "-" + c;
            default -> c;
        };
    }

    private static final Remark UNREADABLE_LINE = new Remark("address", "an address on one line: street and number, "
            + "postal code NN-NNN (if known) and city (ul. Długa 7/3, 00-001 Warszawa)");

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    /**
     * A Polish postal code inside a line of text: two digits, a dash (or a space, before a place's name), three
     * digits, not part of a longer number (five digits without either are read only where the line names Poland,
     * {@link #POSTAL_CODE_NO_DASH}: {@code "10115 Berlin"} is no Polish address).
     */
    private static final java.util.regex.Pattern POSTAL_CODE_IN_LINE = java.util.regex.Pattern.compile(
            "(?<![\\d/])(\\d{2})(?:\\s?[-\u2013]\\s?|\\s(?=\\d{3}\\s*,?\\s*\\p{L}))(\\d{3})(?![\\d/])");
    /**
     * What tells a line without its country is Polish: a Polish street prefix ({@code ul.}, {@code al.} with its dot,
     * {@code os.}; not {@code pl.}, which France writes too), a letter only Polish writes among the languages of
     * Poland's clients' addresses ({@code ł ś ć ń ź ż}; not {@code ó}, {@code ą}, {@code ę}, which Spanish, Czech or
     * Lithuanian write too, but a town's {@code -ów}), or a flat after {@code m.} or {@code lok.}
     * ({@code "Dolna 27c m. 40"}).
     */
    private static final java.util.regex.Pattern POLISH_LOOK = java.util.regex.Pattern.compile(
            "(?:^|[\\s,])(?:(?:ul|os|ulica|aleja|aleje|osiedle|plac)(?:\\.\\s*[\\p{L}\\d]|\\s+\\p{L})|al\\.\\s*[\\p{L}\\d])"
                    + "|[ćłńśźżĆŁŃŚŹŻ]|ów\\b|\\d[A-Za-z]?\\s*(?:m|lok)\\.\\s*\\d",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    /**
     * Five digits before a city, a Polish postal code without its dash: read where the line or its row names Poland,
     * or the line {@linkplain #POLISH_LOOK looks Polish}.
     */
    private static final java.util.regex.Pattern POSTAL_CODE_NO_DASH = java.util.regex.Pattern.compile(
            "(?<![\\d/])(\\d{2})(\\d{3})(?![\\d/])(?=\\s*,?\\s*\\p{L})");
    /** A country named after the line's last comma: {@code ", Polska"}, {@code ", Ukraine"}, {@code ", DE"}. */
    private static final java.util.regex.Pattern COUNTRY_NAMED_AT_END = java.util.regex.Pattern.compile(
            ",\\s*([\\p{L}][\\p{L} .'-]*?)\\s*\\.?\\s*$");

    /**
     * The date inside a street's name, {@code "Konstytucji 3 Maja"}: the name's, not a building number left inside it
     * (a name that starts with a date, {@code "3 Maja"}, {@code "11 Listopada"}, holds no number after letters).
     */
    private static final java.util.regex.Pattern DATE_IN_STREET = java.util.regex.Pattern.compile(
            "(?<=^konstytucji\\s)3(?=\\s+maja$)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * Words that follow a street and number but are no place: a floor, a staircase, a flat ({@code "ul. Długa 7,
     * parter"}).
     */
    private static final java.util.regex.Pattern NO_PLACE = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:parter|pietro|klatka|kl|lokal|lok|m|mieszkanie|mieszk|wejscie|brama|oficyna|suterena|"
                    + "poddasze|pok|pokoj|box|skr|skrytka)(?:\\s|$)");

    /**
     * A street, its number and flat, and a city after them, with neither a comma nor a postal code between:
     * {@code "Ul. Kopernika 30/62 Częstochowa"}, {@code "al. Jana Pawła II 102A lok. 83 Kraków"}; the first number
     * followed by a place's name divides ({@code "ul. 3 Maja 5 Warszawa"}: the name holds no digit; a letter alone
     * after the number, {@code "ul. Nowa 15 B Kraków"}, is no city's first word, and such a line is unreadable).
     */
    private static final java.util.regex.Pattern NUMBER_THEN_CITY = java.util.regex.Pattern.compile(
            "(.*?\\D)\\s(\\d+[A-Za-z]?(?:\\s*/\\s*[A-Za-z]{0,2}\\d+[A-Za-z]?|\\s+(?:m|lok|lokal|mieszk)\\.?\\s*"
                    + "[A-Za-z]{0,2}\\d+[A-Za-z]?)?)\\s+(\\p{L}{2}[\\p{L}\\s.'-]*)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * Whether a city read after a number, with neither a comma nor a postal code to end the street, is the city alone:
     * at most four words, none a voivodeship's word ({@code "woj. mazowieckie"}), the last no country's name or code
     * ({@code "Berlin Deutschland"}, {@code "Warszawa PL"}).
     */
    private boolean plainCity(String city) {
        String[] words = city.strip().split("\\s+");
        if (words.length > 4 || words.length > 1 && country(words[words.length - 1]).value().isPresent()) {
            return false;
        }
        for (String w : words) {
            if (VOIVODESHIP_WORD.matcher(w).matches() || words.length > 1 && Addresses.voivodeship(w).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern VOIVODESHIP_WORD = java.util.regex.Pattern.compile(
            "(?iu)woj\\.?|województwo|wojewodztwo");

    /**
     * Whether an address's text looks Polish where nothing states its country: a Polish street prefix, a letter only
     * Polish writes, a town's {@code -ów} or a flat after {@code m.} or {@code lok.} ({@code "ul. Długa 5 Warszawa"},
     * {@code "Marszałkowska 5"}; not {@code "Hauptstraße 5 Wien"}). The CSV import reads a postal code that lost its
     * leading zeros ({@code 2254}) as Polish only where the row states Poland or its address looks so.
     *
     * @param text an address's street and city, or the whole address
     * @return whether it looks Polish
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public static boolean looksPolish(String text) {
        return POLISH_LOOK.matcher(Objects.requireNonNull(text, "text")).find();
    }

    /** Whether a part of a line without a postal code can be a city: letters only, and no floor or flat. */
    private static boolean placeName(String part) {
        String key = matchingKey(part);
        return !key.isEmpty() && !DIGIT.matcher(part).find() && !NO_PLACE.matcher(key).find();
    }

    /** The country written after an address ({@code ", Polska"}, {@code " Poland"}, {@code "; Polska"}). */
    private static final java.util.regex.Pattern COUNTRY_AT_END = java.util.regex.Pattern.compile(
            "[\\s,;]+(?:polska|poland|rp)\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A street followed by its number (a letter or two, or a range: {@code 7A}, {@code 7-9}) and, after {@code /},
     * {@code m.}, {@code lok.} or {@code lokal} (a comma allowed before), a flat's ({@code 3}, {@code U3}); the whole
     * street must read so, else the line is unreadable rather than misread.
     */
    private static final java.util.regex.Pattern STREET_AND_NUMBER = java.util.regex.Pattern.compile(
            "(.*?\\S)[\\s,]+(\\d+\\s?[A-Za-z]{0,2}(?:\\s?-\\s?\\d+[A-Za-z]?)?)"
                    + "(?:[\\s,]*(?:/|m\\.?|lok\\.?|lokal|mieszk\\.?|mieszkanie)\\s*([A-Za-z]{0,2}\\d+[A-Za-z]?))?",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * A street that still holds a number after a word of letters ({@code "Długa 7 kl. B m."}), past its prefix; a
     * number leading the name is the name's ({@code "ul. 3 Maja"}, {@code "al. 29 Listopada"}).
     */
    private static final java.util.regex.Pattern NUMBER_INSIDE_STREET = java.util.regex.Pattern.compile(
            ".*\\p{L}{2,}.*\\d.*");
    private static final java.util.regex.Pattern STREET_PREFIX = java.util.regex.Pattern.compile(
            "^(?:ul|al|pl|os|ulica|aleja|aleje|plac|osiedle)\\.?\\s+",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static final java.util.regex.Pattern SEPARATORS_AROUND = java.util.regex.Pattern.compile(
            "^[\\s,;]+|[\\s,;]+$");

    private static String trimSeparators(String s) {
        return SEPARATORS_AROUND.matcher(s).replaceAll("");
    }

    /**
     * The key two values are compared by when looking for duplicates: folded (case, diacritics, {@code ł} → {@code l}),
     * everything but letters and digits turned into single spaces. {@code "Łódź, ul. Piotrkowska"} →
     * {@code "lodz ul piotrkowska"}.
     *
     * @param text any text
     * @return the key; idempotent
     */
    public static String matchingKey(String text) {
        Objects.requireNonNull(text, "text");
        String folded = SearchText.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * Whether two postal addresses are one address: their {@link #addressKey keys} agree, a postal code not known
     * (empty) agreeing with any ({@code "ul. Długa 7, Warszawa"} is {@code "ul. Długa 7, 00-001 Warszawa"}).
     *
     * @param a an address
     * @param b another
     * @return whether they are one
     * @since 0.1
     */
    public static boolean sameAddress(PostalAddress a, PostalAddress b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.postalCode().isEmpty() || b.postalCode().isEmpty()
                ? addressKey(a.withPostalCode("")).equals(addressKey(b.withPostalCode("")))
                : addressKey(a).equals(addressKey(b));
    }

    /**
     * Whether an address is of a place alone: no street, building nor flat — a city, and its postal code if known.
     *
     * @param a an address
     * @return whether it names only a place
     * @since 0.1
     */
    public static boolean placeAlone(PostalAddress a) {
        Objects.requireNonNull(a, "a");
        return a.street().isEmpty() && a.building().isBlank() && a.unit().isEmpty();
    }

    /**
     * Whether two addresses are in one place: city and country, as {@link #matchingKey matching keys}, and postal
     * code where both know it ({@code "Kraków"} and {@code "ul. Długa 5, 31-000 KRAKOW"}).
     *
     * @param a an address
     * @param b another
     * @return whether they are in one place
     * @since 0.1
     */
    public static boolean samePlace(PostalAddress a, PostalAddress b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        String codeA = matchingKey(a.postalCode()).replace(" ", "");
        String codeB = matchingKey(b.postalCode()).replace(" ", "");
        return matchingKey(a.city()).equals(matchingKey(b.city())) && a.country().equalsIgnoreCase(b.country())
                && (codeA.isEmpty() || codeB.isEmpty() || codeA.equals(codeB));
    }

    /**
     * The key two postal addresses are the same address by: street without its prefix, building, flat, postal code,
     * city and country, each as a {@link #matchingKey matching key} ({@code "ul. Długa" 5, "00-950", "WARSZAWA"} and
     * {@code "DLUGA" 5, "00950", "Warszawa"} have one key). Purpose, flags and notes do not count.
     *
     * @param address an address
     * @return the key
     */
    public static String addressKey(PostalAddress address) {
        Objects.requireNonNull(address, "address");
        return String.join("|", streetKey(address.street().orElse("")),
                matchingKey(address.building()).replace(" ", ""),
                matchingKey(address.unit().orElse("")).replace(" ", ""),
                matchingKey(address.postalCode()).replace(" ", ""), matchingKey(address.city()),
                matchingKey(address.country()));
    }

    /**
     * The key a street is compared by: its {@link #matchingKey matching key} without the leading street prefixes
     * ({@code "ul. Długa"}, {@code "ULICA DLUGA"} and {@code "Długa"} are {@code "dluga"}; also {@code str},
     * {@code street}, {@code rd}); a street that is nothing but a prefix keeps it; the day of a date in a street's name
     * in digits ({@code "ul. Trzeciego Maja"}, {@code "3-go Maja"} and {@code "3 Maja"} are {@code "3 maja"}). It is
     * part of {@link #addressKey},
     * which tells whether two addresses are one, so it keeps every other word (the duplicate detector compares streets
     * more tolerantly, leaving out titles and initials of Polish streets).
     *
     * @param street a street as written
     * @return the key; empty for a street without letters or digits
     */
    public static String streetKey(String street) {
        Objects.requireNonNull(street, "street");
        List<String> words = new ArrayList<>(List.of(matchingKey(street).split(" ")));
        while (words.size() > 1 && STREET_PREFIX_KEYS.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", Addresses.streetDates(words));
    }

    private static final Set<String> STREET_PREFIX_KEYS = Set.of("ulica", "ul", "aleja", "aleje", "alei", "al",
            "plac", "pl", "osiedle", "os", "bulwar", "bulw", "wybrzeze", "wyb", "str", "street", "rd");

    // ------------------------------------------------------------------------------------------------------ parties

    /**
     * Standardises every text of a party that has a canonical form: a person's names (and its PESEL checked against
     * the stated birth date and sex), a company's legal name (its trailing legal form becomes the legal form where none
     * is set) and short name, and every postal address, also those of a company's contact persons. Phones, e-mails and
     * identifiers are canonical already (their value types parse them). Nothing else changes.
     *
     * @param party the party as entered
     * @return the party (the same instance if nothing changed), with remarks whose fields are paths in the party, e.g.
     *     {@code "contactPoints[1].postalCode"}
     */
    public Standardized<Party> standardize(Party party) {
        Objects.requireNonNull(party, "party");
        List<Remark> remarks = new ArrayList<>();
        List<ContactPoint> points = points(party.contactPoints(), "contactPoints", remarks);
        Party out;
        if (party instanceof Person p) {
            Person.Builder b = p.toBuilder()
                    .givenNames(text(personName(p.givenNames()), "givenNames", remarks))
                    .familyName(text(personName(p.familyName()), "familyName", remarks));
            p.pesel().ifPresent(pesel -> peselRemarks(pesel, p.birthDate(), p.sex()).forEach(remarks::add));
            out = b.contactPoints(points).build();
        } else {
            Company c = (Company) party;
            Company.Builder b = c.toBuilder();
            Standardized<CompanyName> read = companyName(c.legalName());
            read.remarks().forEach(remarks::add);
            CompanyName name = read.get();
            String legalName = name.name();
            if (name.legalForm().isPresent()) {
                LegalForm found = name.legalForm().get();
                if (c.legalForm().isEmpty() || c.legalForm().get() == found) {
                    b.legalForm(found); // also "Acme" of "Acme S.A. S.A."
                } else if (partnershipOfACompany(c.legalForm().get(), found)) {
                    legalName = innerForm(Casing.spaces(c.legalName()));
                } else {
                    legalName = Casing.spaces(c.legalName());
                    remarks.add(new Remark("legalName", "ends with a legal form (" + found.abbreviation()
                            + ") other than the company's (" + c.legalForm().get().abbreviation() + "); both kept"));
                }
            }
            b.legalName(legalName);
            c.shortName().map(Casing::spaces).filter(s -> !s.isEmpty()).ifPresent(b::shortName);
            List<ContactPerson> persons = new ArrayList<>(c.contactPersons().size());
            for (int i = 0; i < c.contactPersons().size(); i++) {
                ContactPerson cp = c.contactPersons().get(i);
                List<ContactPoint> own = points(cp.contactPoints(), "contactPersons[" + i + "].contactPoints",
                        remarks);
                persons.add(own.equals(cp.contactPoints()) ? cp : new ContactPerson(cp.person(), cp.position(),
                        cp.department(), cp.since(), cp.until(), cp.primary(), own, cp.customFields()));
            }
            out = b.contactPoints(points).contactPersons(persons).build();
        }
        return Standardized.of(out.equals(party) ? party : out, remarks);
    }

    /** "Acme sp. z o.o. sp.k.": a partnership whose partner is a company names the company in its own name. */
    private static boolean partnershipOfACompany(LegalForm stated, LegalForm inName) {
        boolean partnership = stated == LegalForm.LIMITED_PARTNERSHIP || stated == LegalForm.LIMITED_JOINT_STOCK_PARTNERSHIP
                || stated == LegalForm.GENERAL_PARTNERSHIP;
        boolean company = inName == LegalForm.LIMITED_LIABILITY_COMPANY || inName == LegalForm.JOINT_STOCK_COMPANY
                || inName == LegalForm.SIMPLE_JOINT_STOCK_COMPANY;
        return partnership && company;
    }

    private List<ContactPoint> points(List<ContactPoint> points, String path, List<Remark> remarks) {
        List<ContactPoint> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            ContactPoint point = points.get(i);
            if (point instanceof PostalAddress a) {
                Standardized<PostalAddress> s = address(a);
                String at = path + "[" + i + "]";
                s.remarks().forEach(r -> remarks.add(r.under(at)));
                out.add(s.get());
            } else {
                out.add(point);
            }
        }
        return out;
    }

    private static String text(Standardized<String> s, String field, List<Remark> remarks) {
        s.remarks().forEach(r -> remarks.add(new Remark(field, r.reason())));
        return s.get();
    }

    /**
     * Turns the remarks of a party into a {@link ValidationException}, for callers that refuse anything not clean.
     *
     * @param result a standardised party
     * @return the exception, naming each remark's field and reason (never the value)
     * @throws IllegalArgumentException if the result is clean
     */
    public static ValidationException asException(Standardized<?> result) {
        Objects.requireNonNull(result, "result");
        if (result.isClean()) {
            throw new IllegalArgumentException("the result has no remarks");
        }
        return new ValidationException(result.remarks().stream()
                .map(r -> new Violation(r.field(), "(not shown)", r.reason())).toList());
    }
}
