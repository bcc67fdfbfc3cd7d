package dev.kartoteka.core.csv;

import dev.kartoteka.core.standardization.Standardizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A column Kartoteka reads from and writes to spreadsheets. Headers are recognised in Polish and English,
 * case-, diacritics- and punctuation-insensitively ({@code "Kod pocztowy"}, {@code "KOD_POCZTOWY"},
 * {@code "postal code"}, {@code "ZIP"} are all {@link #POSTAL_CODE}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CsvColumn {
    /**
     * Company or person: {@code firma}/{@code company}, {@code osoba}/{@code person}. A bare {@code "Typ"} or
     * {@code "Type"} is not this column: ERP exports use it for other things ({@code Odbiorca}/{@code Dostawca}).
     */
    KIND("kind", "rodzaj", "typ klienta", "party type", "client kind"),
    /** A company's legal name, possibly with its legal form. */
    COMPANY_NAME("company name", "nazwa firmy", "nazwa", "firma", "company", "legal name", "nazwa pelna", "name",
            "account name", "organization", "organisation", "nazwa kontrahenta", "organization name",
            "organisation name", "nazwa organizacji"),
    /** A company's short name. */
    SHORT_NAME("short name", "nazwa skrócona", "skrot"),
    /** A person's given names. */
    GIVEN_NAMES("given names", "imiona", "imie", "first name", "given name", "forename"),
    /** A person's family name. */
    FAMILY_NAME("family name", "nazwisko", "last name", "surname"),
    /**
     * A person's full name in one cell ({@code "Imię i nazwisko"}, {@code "full name"}; {@code "Nazwisko i imię"},
     * {@code "surname and name"} write the family name first), split by
     * {@link dev.kartoteka.core.standardization.Standardizer#fullName}; read only where a row has neither given
     * names nor a family name (beside a company name it is the company's contact person's), and never written
     * ({@link CsvExport} writes the two apart).
     */
    FULL_NAME("full name", "imię i nazwisko", "imie nazwisko", "imiona i nazwisko", "name and surname",
            "first and last name", "first name and last name", "person name", "nazwisko i imię", "nazwisko imię",
            "nazwisko i imiona", "surname and name", "last name first name", "surname name", "surname first name"),
    /** NIP, with or without {@code PL} and dashes. */
    NIP("nip", "nip", "tax id", "numer nip", "nip firmy", "nip ue", "vat number", "vat id", "vat no", "numer vat",
            "nr nip"),
    /** REGON. */
    REGON("regon", "regon", "numer regon"),
    /** KRS. */
    KRS("krs", "krs", "numer krs"),
    /** PESEL. */
    PESEL("pesel", "pesel", "numer pesel"),
    /**
     * A person's birth date: {@code 1985-03-12}, {@code 12.03.1985}, {@code 12-03-1985}, {@code 12/03/1985} or, as
     * databases write it, {@code 19850312}; a
     * birthday without its year ({@code --02-14}; {@code 02/14} as Mailchimp writes it, month first or day first as the
     * file's slashed dates are; {@code 14.02}) is kept as a yearly important date, and Outlook's empty one
     * ({@code 0/0/00}) is no value.
     */
    BIRTH_DATE("birth date", "data urodzenia", "date of birth", "dob", "urodzony", "birthday",
            "data ur", "birthdate", "urodziny"),
    /**
     * A person's sex: {@code K}/{@code kobieta}, {@code F}/{@code female} for a woman, {@code M}/{@code mężczyzna}/
     * {@code male} for a man; {@code Unspecified}, {@code Nieokreślona}, {@code unknown}, {@code other} are no value.
     *
     * @since 0.1
     */
    SEX("sex", "płeć", "gender", "plec"),
    /** An e-mail address. */
    EMAIL("e-mail", "e-mail", "email", "adres e-mail", "mail", "email address", "e-mail służbowy",
            "e-mail prywatny", "e-mail kontaktowy", "work email", "business email"),
    /** A phone number. */
    PHONE("phone", "telefon", "tel", "nr telefonu", "numer telefonu", "phone number", "mobile", "komórka",
            "telefon komórkowy", "nr tel", "telephone", "tel nr", "phone no", "tel kom", "nr tel kom", "telefon kom",
            "telefon stacjonarny", "tel stacjonarny", "telefon kontaktowy", "mobile phone", "cell phone", "cell",
            "mobile phone number", "mobile number", "cell phone number"),
    /** The street with its prefix, or the whole first address line ({@code "ul. Długa 5/3"}). */
    STREET("street", "ulica", "adres", "address", "ulica i numer", "ulica i nr", "ulica nr", "address line 1", "address 1",
            "street address"),
    /** The building number. */
    BUILDING("building", "nr domu", "numer domu", "nr budynku", "numer budynku", "house number", "numer", "nr",
            "street number", "building number", "house no", "nr domu/lokalu", "nr domu i lokalu", "numer domu/lokalu"),
    /**
     * The flat or office number. Not the second address line of English exports ({@code "Address line 2"}): it holds
     * any text ({@code "III piętro"}, {@code "c/o …"}); {@link CsvImport} reads it as the flat where it holds one
     * ({@code "m. 3"}, {@code "3"}) and the address has no flat column, and lists it as ignored where it has.
     */
    UNIT("unit", "nr lokalu", "numer lokalu", "lokal", "mieszkanie", "flat", "apartment", "nr mieszkania"),
    /** The postal code. */
    POSTAL_CODE("postal code", "kod pocztowy", "kod", "zip", "zip code", "postcode", "kod poczt", "post code",
            "zip postal code", "postal zip code"),
    /** The city or post town. */
    CITY("city", "miejscowość", "miasto", "town", "poczta", "suburb", "locality"),
    /** The city district. */
    DISTRICT("district", "dzielnica"),
    /** The region (voivodeship). */
    REGION("region", "województwo", "state", "province", "state province", "billing state", "mailing state",
            "province code", "state code", "region code", "state/region"),
    /**
     * The country: its ISO code or its name in English, Polish or its own language ({@code PL}, {@code POL},
     * {@code Polska}, {@code Poland}, {@code Deutschland}; see {@link Standardizer#country}); when the column is
     * absent or empty, the import's {@linkplain CsvImport#defaultCountry default country} ({@code PL} unless set),
     * {@code GB} then where the address's postal code is a British postcode
     * ({@code "LS1 7LY"}, a form no other country's has).
     */
    COUNTRY("country", "kraj", "państwo", "country code", "kod kraju", "country/region", "kraj/region"),
    /**
     * Tags, separated by commas, semicolons, {@code |} or {@code :::} (Google Contacts' labels; its own,
     * {@code "* myContacts"}, left out).
     */
    TAGS("tags", "tagi", "etykiety", "labels"),
    /**
     * Whether the row is a person: {@code Tak}/{@code Nie}, {@code yes}/{@code no}, {@code true}/{@code false},
     * {@code 1}/{@code 0} ({@code "Osoba fizyczna"} in Polish ERP exports, {@code "Is Person Account"}); read where
     * the row has no {@link #KIND}.
     *
     * @since 0.1
     */
    IS_PERSON("is person", "osoba fizyczna", "czy osoba fizyczna", "is person account", "person account",
            "ispersonaccount", "private person", "osoba prywatna"),
    /**
     * A person's further given names ({@code "Middle Name"}, {@code "Drugie imię"}), read after the given names
     * ({@code "Anna"} and {@code "Maria"}: {@code "Anna Maria"}); never written ({@link CsvExport} writes all given
     * names in one column).
     *
     * @since 0.1
     */
    MIDDLE_NAME("middle name", "drugie imię", "second name", "drugie imie", "middle names", "imię drugie");

    private static final Map<String, CsvColumn> BY_HEADER = new HashMap<>();

    static {
        for (CsvColumn c : values()) {
            for (String h : c.headers) {
                BY_HEADER.put(Standardizer.matchingKey(h), c);
                BY_HEADER.put(headerKey(h), c);
            }
        }
    }

    private final String header;
    private final String polishHeader;
    private final List<String> headers;

    CsvColumn(String header, String polishHeader, String... synonyms) {
        this.header = header;
        this.polishHeader = polishHeader;
        List<String> all = new java.util.ArrayList<>(List.of(synonyms));
        all.add(header);
        all.add(polishHeader);
        this.headers = List.copyOf(all);
    }

    /** @return the header Kartoteka writes in English, e.g. {@code "postal code"} */
    public String header() {
        return header;
    }

    /** @return the header Kartoteka writes in Polish, e.g. {@code "kod pocztowy"} */
    public String polishHeader() {
        return polishHeader;
    }

    /**
     * A header as headers are compared: case, diacritics, punctuation and spaces aside ({@code "Kod pocztowy"},
     * {@code "KOD_POCZTOWY"} and {@code "kodpocztowy"} are one); empty for a header of punctuation only.
     */
    static String headerKey(String header) {
        return Standardizer.matchingKey(header).replace(" ", "");
    }

    /**
     * The order a {@link #FULL_NAME} column writes names in, from its header: family name first if the header starts
     * with it ({@code "Nazwisko i imię"}, {@code "surname and name"}, {@code "last name, first name"}), else given
     * names first.
     *
     * @param header the column's header as the file holds it
     * @return the order
     */
    public static dev.kartoteka.core.standardization.PersonName.Order nameOrder(String header) {
        String key = Standardizer.matchingKey(header);
        return key.startsWith("nazwisk") || key.startsWith("surname") || key.startsWith("last name")
                || key.startsWith("family name") ? dev.kartoteka.core.standardization.PersonName.Order.FAMILY_FIRST
                : dev.kartoteka.core.standardization.PersonName.Order.GIVEN_FIRST;
    }

    /**
     * Recognises a header.
     *
     * @param header a header as a spreadsheet holds it
     * @return the column, if the header is one of the recognised names (in any case, with or without diacritics,
     *     underscores or dashes; a hint in brackets after it that only says how the value is written or which of
     *     the party's values it is aside: {@code "Data urodzenia (dd.mm.rrrr)"}, {@code "Telefon (komórka)"}, not
     *     {@code "Nazwisko (panieńskie)"})
     */
    public static Optional<CsvColumn> recognise(String header) {
        Objects.requireNonNull(header, "header");
        Optional<CsvColumn> column = exact(header.strip());
        return column.isPresent() ? column : qualified(header.strip());
    }

    private static Optional<CsvColumn> exact(String header) {
        String key = Standardizer.matchingKey(header);
        CsvColumn column = BY_HEADER.getOrDefault(key, BY_HEADER.get(headerKey(header)));
        java.util.regex.Matcher hint = HINT.matcher(header);
        if (column == null && hint.matches() && neutral(hint.group(2))) {
            return exact(hint.group(1)); // "Data urodzenia (dd.mm.rrrr)", "Telefon [komórka]"
        }
        return Optional.ofNullable(column);
    }

    /** Words before a header that say which of the party's values it is: {@code "billing_phone"}, "Mailing City". */
    private static final java.util.Set<String> QUALIFIERS_BEFORE = java.util.Set.of("billing", "mailing", "primary",
            "customer", "client", "business", "invoice", "klient", "kontrahent", "home", "work", "other", "private",
            "address", "adres");
    /** Words after a header that say whose value it is: {@code "Telefon kontrahenta"}, {@code "E-mail klienta"}. */
    private static final java.util.Set<String> QUALIFIERS_AFTER = java.util.Set.of("klienta", "kontrahenta",
            "firmy", "glowny", "glowna", "glowne", "sluzbowy", "sluzbowa", "domowy", "domowa", "prywatny", "prywatna",
            "work", "home", "other", "mobile", "value");
    /**
     * What a header names before {@code " - "}, as a CRM writes the record a column is of: {@code "Person - Email"},
     * {@code "Organization - Name"}; and Google Contacts' numbered groups: {@code "E-mail 1 - Value"},
     * {@code "Address 1 - City"}.
     */
    private static final java.util.regex.Pattern RECORD_PREFIX = java.util.regex.Pattern.compile(
            "(?i)(person|contact|osoba|kontakt|organi[sz]ation|company|organizacja|firma)\\s+-\\s+(.+)");
    private static final java.util.regex.Pattern NUMBERED_GROUP = java.util.regex.Pattern.compile(
            "(?i)(e-?mail|phone|telefon|address|adres|organi[sz]ation|website|relation|event|custom field)\\s*([1-9])"
                    + "\\s+-\\s+(.+)");
    /** The parts of Google Contacts' numbered address that are no column: the whole address again, a box, a note. */
    private static final java.util.Set<String> ADDRESS_PARTS_NOT_READ = java.util.Set.of("formatted", "po box",
            "extended address", "label", "type");
    /** The customer's address's columns of a Shopify export: {@code "Default Address Zip"}. */
    private static final java.util.regex.Pattern DEFAULT_ADDRESS = java.util.regex.Pattern.compile(
            "(?i)default[\\s_]+address[\\s_]+(\\S.*)");
    /** A Salesforce custom field's suffix: {@code "NIP__c"}. */
    private static final java.util.regex.Pattern CUSTOM_SUFFIX = java.util.regex.Pattern.compile("__c$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A header that names a recognised one with a word saying which or whose value it is, as exports of other
     * systems write them: {@code "billing_phone"}, {@code "Mailing Zip/Postal Code"}, {@code "Telefon kontrahenta"},
     * {@code "NIP__c"} (a Salesforce custom field), Shopify's customer's address ({@code "Default Address Zip"},
     * {@code "Default Address Company"}), and a numbered further phone, e-mail or tags column
     * ({@code "Telefon 2"}, {@code "email_2"}, {@code "Phone1"}, {@code "E-mail 2 Address"}); a header naming the
     * record it is of, as CRMs write them ({@code "Person - Email - Work"}, {@code "Organization - Name"},
     * {@code "Organization - Address"}: a person's values of an organisation's columns are not read), and Google
     * Contacts' numbered groups ({@code "E-mail 1 - Value"}, {@code "Phone 2 - Value"}, {@code "Address 1 - City"};
     * not their labels, nor the address's formatted whole, box or extended line). Not a qualified bare name
     * ({@code "Customer name"} may be a person's or a company's).
     */
    private static Optional<CsvColumn> qualified(String header) {
        java.util.regex.Matcher record = RECORD_PREFIX.matcher(header);
        if (record.matches()) {
            return ofRecord(Standardizer.matchingKey(record.group(1)), record.group(2).strip());
        }
        java.util.regex.Matcher group = NUMBERED_GROUP.matcher(header);
        if (group.matches()) {
            return ofNumberedGroup(group.group(1), group.group(3));
        }
        java.util.regex.Matcher shop = DEFAULT_ADDRESS.matcher(header);
        if (shop.matches()) {
            return recognise(shop.group(1)); // Shopify's "Default Address Zip", "Default Address Company"
        }
        String h = CUSTOM_SUFFIX.matcher(header).replaceFirst("");
        if (!h.equals(header)) {
            Optional<CsvColumn> custom = recognise(h);
            if (custom.isPresent()) {
                return custom;
            }
        }
        if (h.indexOf('/') > 0) {
            // alternatives: "Zip/Postal Code", "State/Province", "City/town/village/locality" — the first part
            // recognised, and every part recognised one column
            String[] alternatives = h.split("/");
            java.util.Set<CsvColumn> parts = java.util.EnumSet.noneOf(CsvColumn.class);
            for (int i = 0; i < alternatives.length; i++) {
                Optional<CsvColumn> c = alternatives[i].isBlank() ? Optional.empty() : recognise(alternatives[i]);
                if (c.isEmpty() && i == 0) {
                    break;
                }
                c.ifPresent(parts::add);
            }
            if (parts.size() == 1) {
                return Optional.of(parts.iterator().next());
            }
        }
        List<String> words = new java.util.ArrayList<>(List.of(Standardizer.matchingKey(h).split(" ")));
        boolean qualified = false;
        while (words.size() > 1 && QUALIFIERS_BEFORE.contains(words.get(0))
                && !(qualified && exact(String.join(" ", words)).isPresent())) {
            words.remove(0); // (but "billing address 1" stops at "address 1")
            qualified = true;
        }
        while (words.size() > 1 && QUALIFIERS_AFTER.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
            qualified = true;
        }
        if (qualified && !TOO_GENERIC.contains(String.join(" ", words))) {
            Optional<CsvColumn> column = exact(String.join(" ", words)).filter(c -> c != KIND);
            if (column.isPresent()) {
                return column; // "billing_address_1": "address 1"
            }
        }
        boolean numbered = false;
        String last = words.get(words.size() - 1);
        if (words.size() > 1 && last.matches("[1-9]")) {
            words.remove(words.size() - 1);
            numbered = true;
        } else if (words.size() > 2 && words.subList(1, words.size() - 1).stream().anyMatch(w -> w.matches("[1-9]"))) {
            words.removeIf(w -> w.matches("[1-9]")); // "E-mail 2 Address"
            numbered = true;
        } else if (last.matches("[a-z]{2,}[1-9]")) {
            words.set(words.size() - 1, last.substring(0, last.length() - 1));
            numbered = true;
        }
        String base = String.join(" ", words);
        if (!numbered || TOO_GENERIC.contains(base) || base.isEmpty()) {
            return Optional.empty();
        }
        return exact(base).filter(c -> c == PHONE || c == EMAIL || c == TAGS);
    }

    /** The records a CRM's header may name that are a person ({@code "Person - Email"}); others are organisations. */
    private static final java.util.Set<String> PERSON_RECORDS = java.util.Set.of("person", "contact", "osoba",
            "kontakt");
    /** A person's own columns, which an organisation's header never names. */
    private static final java.util.Set<CsvColumn> PERSONS_OWN = java.util.EnumSet.of(GIVEN_NAMES, FAMILY_NAME,
            FULL_NAME, MIDDLE_NAME, BIRTH_DATE, PESEL, SEX);

    /**
     * A column of a CRM's record ({@code "Person - Email - Work"}, {@code "Organization - Name"}): an organisation's
     * name is the company's, a person's the whole name; a person's own values under an organisation's header are
     * no column.
     */
    private static Optional<CsvColumn> ofRecord(String record, String rest) {
        boolean organisation = !PERSON_RECORDS.contains(record);
        String key = Standardizer.matchingKey(rest);
        if (TOO_GENERIC.contains(key)) {
            return key.equals("name") || key.equals("nazwa") ? Optional.of(organisation ? COMPANY_NAME : FULL_NAME)
                    : Optional.empty();
        }
        Optional<CsvColumn> column = recognise(rest.replaceAll("\\s+-\\s+", " "));
        return column.filter(c -> organisation ? !PERSONS_OWN.contains(c) : c != KIND);
    }

    /**
     * A column of Google Contacts' numbered groups: {@code "E-mail 1 - Value"}, {@code "Phone 2 - Value"},
     * {@code "Address 1 - Street"}, {@code "Organization 1 - Name"}; not their labels, nor the address's formatted
     * whole, box or extended line.
     */
    private static Optional<CsvColumn> ofNumberedGroup(String of, String part) {
        String group = Standardizer.matchingKey(of);
        String key = Standardizer.matchingKey(part);
        if (group.startsWith("address") || group.startsWith("adres")) {
            return ADDRESS_PARTS_NOT_READ.contains(key) ? Optional.empty() : exact(part)
                    .filter(c -> c == STREET || c == POSTAL_CODE || c == CITY || c == REGION || c == COUNTRY);
        }
        if (group.startsWith("organ")) {
            return key.equals("name") ? Optional.of(COMPANY_NAME) : Optional.empty();
        }
        return key.equals("value") ? exact(of).filter(c -> c == PHONE || c == EMAIL) : Optional.empty();
    }

    /**
     * Headers too generic to be read with a word around them: {@code "Customer name"} may be a person's or a
     * company's, {@code "Nr klienta"} and {@code "Kod klienta"} are a client's number, not a building or postal code,
     * {@code "Business Unit"} no flat, {@code "Customer State"} a status as often as a region.
     */
    private static final java.util.Set<String> TOO_GENERIC = java.util.Set.of("name", "nazwa", "nr", "numer", "kod",
            "typ", "type", "rodzaj", "kind", "id", "no", "number", "code", "unit", "state", "status");

    /** A header's name and a hint in brackets after it. */
    private static final java.util.regex.Pattern HINT = java.util.regex.Pattern.compile(
            "(\\S.*?)\\s*[(\\[]([^)\\]]*)[)\\]]");
    /** Hints that only say how a value is written or which of the party's values it is. */
    private static final java.util.Set<String> NEUTRAL_HINTS = java.util.Set.of("komorka", "kom", "komorkowy",
            "stacjonarny", "domowy", "sluzbowy", "prywatny", "glowny", "kontaktowy", "mobile", "home", "work", "main",
            "bez kresek", "bez myslnikow", "bez spacji", "opcjonalnie", "optional", "wymagane", "required");

    /**
     * Whether a hint in brackets says only how a value is written ({@code dd.mm.rrrr}, {@code bez kresek}) or which of
     * the party's values it is ({@code komórka}, {@code służbowy}): a hint that changes what the column holds
     * ({@code (panieńskie)}, {@code (ojca)}, {@code (nie dzwonić)}) leaves the header unrecognised, listed as ignored.
     */
    private static boolean neutral(String hint) {
        String key = Standardizer.matchingKey(hint);
        return key.matches("[dmyr ]+") || NEUTRAL_HINTS.contains(key);
    }
}
