package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.internal.GivenNames;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.spi.SearchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The comparable values of one party: every {@link MatchField} it holds, folded once, so that pairs are compared
 * without folding again. A slot holds {@code null} (missing), a {@code String} or, for a field held several times, a
 * {@code String[]}.
 */
final class Profile {

    private static final MatchField[] FIELDS = MatchField.values();

    private static final Set<String> LEGAL_FORM_WORDS = Set.of("sp", "spolka", "spolki", "z", "o", "oo", "s", "a",
            "sa", "k", "j", "p", "c", "sc", "sj", "spj", "spk", "spp", "ska", "psa", "jawna", "cywilna", "komandytowa",
            "komandytowo", "akcyjna", "partnerska", "prosta", "ograniczona", "ograniczonej", "odpowiedzialnoscia",
            "odpowiedzialnosci", "jdg", "gmbh", "ag", "ltd", "limited", "inc", "llc", "plc", "co", "kg", "srl", "sarl",
            "bv", "nv", "ab", "as", "oy",
            // connectives and articles: "Pano's & Paul's" / "Pano's and Paul's", "The Palm" / "Palm"
            "and", "und", "et", "i", "the",
            // the trade descriptors of Polish sole traders, written out and abbreviated: "Firma Handlowo-Usługowa",
            // "F.H.U.", "PPHU" say what a business does, not which one it is
            "firma", "przedsiebiorstwo", "zaklad", "handlowo", "handlowe", "handlowa", "handlowy", "uslugowo",
            "uslugowe", "uslugowa", "uslugowy", "produkcyjno", "produkcyjne", "produkcyjna", "produkcyjny",
            "wielobranzowe", "wielobranzowa", "wielobranzowy", "phu", "fhu", "pphu", "ppuh", "puh", "fph", "fpu", "fphu",
            "ph", "pu", "fh", "pw", "zph", "zphu", "zuh", "f", "h", "u");

    /**
     * A sole trader's trade descriptor of three or four capitals glued to the capitalised name after it
     * ({@code "PHUAlfa"}, {@code "PPHUNowak"}). The name is compared both as written and with the descriptor set apart
     * (and so left out), so that it agrees with {@code "PHU Alfa"} and with {@code "PHUALFA"} alike. Atomic, so that
     * {@code "PHUnex"} is not read as {@code "PH"} and {@code "Unex"}.
     */
    private static final java.util.regex.Pattern GLUED_DESCRIPTOR = java.util.regex.Pattern.compile(
            "(?<!\\p{L})(?>PPHU|PPUH|FPHU|ZPHU|PHU|FHU|PUH|FPH|FPU|ZPH|ZUH)(?=\\p{Lu}\\p{Ll})");

    final PartyId id;
    final PartyKind kind;
    private final @Nullable Object[] values;
    /** A person's given names as written (folded), where an everyday form made {@link MatchField#GIVEN_NAMES} differ. */
    @Nullable String rawGivenNames;
    /** A person's full name as written (folded, sorted), where an everyday form made {@link MatchField#FULL_NAME} differ. */
    @Nullable String rawFullName;
    /**
     * Whether a company carries a company's legal form (sp. z o.o., S.A., s.c., GmbH …), in its field or written in
     * its name: then it is no sole trader, and its name with and without an owner's name is not one business.
     */
    boolean companyForm;
    /**
     * A company's legal form: its field, else the form its name ends with ({@code "Rolmix Trade S.A."}); {@code null}
     * if neither says one. Two forms make two companies of one name's words ({@code "Rolmix sp. z o.o."} /
     * {@code "Rolmix Trade S.A."}: a group), see {@link Similarity#namePartOf}.
     */
    dev.kartoteka.core.party.@Nullable LegalForm legalForm;
    /** A person's recorded sex, else the PESEL's, else {@code null}. */
    @Nullable Sex sex;
    /**
     * {@link #sex}, else the one a common first given name tells (a woman's or a man's name of {@link GivenNames},
     * read through its everyday forms: {@code "Kasia"} a woman), else {@code null}. Compared only between persons of
     * two first given names ({@link #firstGivenName}): one name tells no two sexes.
     */
    @Nullable Sex namedSex;
    /** A person's first given name, folded and read through its everyday forms; {@code null} if none. */
    @Nullable String firstGivenName;
    /**
     * The flats of the party's postal addresses that have one, each as its building (postal code, else city and the
     * street's last word, and building number) and flat, its marker left out ({@code "lok. 3"} is {@code "3"}):
     * {@code "90926|12|3"}; {@code null} if none. Two parties with flats in one building
     * and no flat in common are neighbours ({@link Scorer}).
     */
    String @Nullable [] flats;
    /** A word before a flat's number: {@code "m. 3"}, {@code "lok. 3"}, {@code "Flat 3"}, {@code "Whg. 3"}. */
    private static final java.util.regex.Pattern FLAT_MARKER = java.util.regex.Pattern.compile(
            "(?iu)^(?:m|lok|lokal|mieszk|mieszkanie|flat|apt|apartment|unit|suite|whg|kv|кв|nr|#)\\.?\\s*(?=\\S)");

    /** The flats of addresses that have a building and a flat ({@link #flats}); {@code null} if none. */
    private static String @Nullable [] flats(List<PostalAddress> addresses) {
        List<String> flats = null;
        for (PostalAddress a : addresses) {
            String building = building(a.building());
            String unit = a.unit().map(u -> FLAT_MARKER.matcher(u.strip()).replaceFirst("")
                    .replaceAll("[^\\p{L}\\d]", "").toLowerCase(java.util.Locale.ROOT)).filter(u -> !u.isEmpty())
                    .orElse(null);
            String place = blankToNull(SearchText.foldPostalCode(a.postalCode()));
            if (place == null) {
                // no postal code: the city and the street's last word ("Adama Mickiewicza", "Mickiewicza")
                String city = words(a.city());
                String street = a.street().map(st -> words(st)).orElse(null);
                place = city == null || street == null ? null
                        : city + "/" + street.substring(street.lastIndexOf(' ') + 1);
            }
            if (building != null && unit != null && place != null) {
                if (flats == null) {
                    flats = new ArrayList<>(1);
                }
                flats.add(place + "|" + building + "|" + unit);
            }
        }
        return flats == null ? null : flats.toArray(new String[0]);
    }

    /**
     * Whether two parties are neighbours: each has a flat in one building (its postal code, else city and street, and
     * building number agreeing; see {@link #flats}) and they have no flat in common.
     */
    static boolean neighbours(Profile a, Profile b) {
        if (a.flats == null || b.flats == null) {
            return false;
        }
        boolean oneBuilding = false;
        for (String x : a.flats) {
            String building = x.substring(0, x.lastIndexOf('|') + 1);
            for (String y : b.flats) {
                if (x.equals(y)) {
                    return false; // one flat
                }
                oneBuilding |= y.startsWith(building);
            }
        }
        return oneBuilding;
    }

    /** @return the given names as written (folded): {@link #rawGivenNames}, or {@link MatchField#GIVEN_NAMES} */
    @Nullable String givenNamesAsWritten() {
        return rawGivenNames != null ? rawGivenNames : single(MatchField.GIVEN_NAMES);
    }

    /** @return the full name as written (folded, sorted): {@link #rawFullName}, or {@link MatchField#FULL_NAME} */
    @Nullable String fullNameAsWritten() {
        return rawFullName != null ? rawFullName : single(MatchField.FULL_NAME);
    }

    /** The values of the custom fields the rules compare, by key: a String or a String[]; null when none. */
    @Nullable Map<String, Object> custom;
    /** The blocking keys' hashes, sorted and distinct; set by {@link BlockingKeys}. */
    int[] keys = new int[0];

    private Profile(PartyId id, PartyKind kind, @Nullable Object[] values) {
        this.id = id;
        this.kind = kind;
        this.values = values;
    }

    /** The value of a single-valued field, or {@code null}. */
    @Nullable String single(MatchField field) {
        Object v = values[field.ordinal()];
        return v instanceof String s ? s : v instanceof String[] a ? a[0] : null;
    }

    /** Every value of a field: empty if missing. */
    String[] all(MatchField field) {
        Object v = values[field.ordinal()];
        return v instanceof String s ? new String[] {s} : v instanceof String[] a ? a : new String[0];
    }

    /** The value slot of a rule's field: the custom field's for {@link MatchField#CUSTOM_FIELD}. */
    @Nullable Object raw(FieldRule rule) {
        return rule.customField().isPresent() ? custom == null ? null : custom.get(rule.customField().get())
                : values[rule.field().ordinal()];
    }

    /** Every value of a rule's field: empty if missing. */
    String[] all(FieldRule rule) {
        Object v = raw(rule);
        return v instanceof String s ? new String[] {s} : v instanceof String[] a ? a : new String[0];
    }

    /** The first value of a rule's field, or {@code null}. */
    @Nullable String single(FieldRule rule) {
        Object v = raw(rule);
        return v instanceof String s ? s : v instanceof String[] a ? a[0] : null;
    }

    boolean has(MatchField field) {
        return values[field.ordinal()] != null;
    }

    @Nullable Object raw(MatchField field) {
        return values[field.ordinal()];
    }

    /** Shows the id and kind only: the values are personal data. */
    @Override
    public String toString() {
        return "Profile[" + id + ", " + kind + "]";
    }

    /** Shares equal strings of low-cardinality fields (names, streets, cities) across the profiles of one index. */
    static final class Interner {
        private final @Nullable Map<String, String> strings;

        private Interner(@Nullable Map<String, String> strings) {
            this.strings = strings;
        }

        static Interner sharing() {
            return new Interner(new HashMap<>());
        }

        static Interner none() {
            return new Interner(null);
        }

        @Nullable String intern(@Nullable String s) {
            if (s == null || strings == null) {
                return s;
            }
            String known = strings.putIfAbsent(s, s);
            return known != null ? known : s;
        }
    }

    /**
     * @param party the party
     * @param interner shares strings across one index's profiles
     * @param customKeys the keys of the custom fields the rules compare
     * @return the party's profile
     */
    /**
     * The sex a Polish family name tells by its ending, for a person known by it alone: {@code "Kowalska"},
     * {@code "Nowicka"}, {@code "Zawadzka"} a woman, {@code "Kowalski"}, {@code "Nowicki"} a man; {@code null} for
     * any other ({@code "Nowak"}). Folded words, as {@link #nameWords} gives them.
     */
    static @Nullable Sex familyNameSex(List<String> familyWords) {
        for (String w : familyWords) {
            if (w.length() > 4 && (w.endsWith("ska") || w.endsWith("cka"))) {
                return Sex.FEMALE;
            }
        }
        for (String w : familyWords) {
            if (w.length() > 4 && (w.endsWith("ski") || w.endsWith("cki"))) {
                return Sex.MALE;
            }
        }
        return null;
    }

    static Profile of(Party party, Interner interner, Set<String> customKeys) {
        Object[] values = new Object[FIELDS.length];
        String rawGivenNames = null;
        boolean companyForm = false;
        dev.kartoteka.core.party.LegalForm legalForm = null;
        String rawFullName = null;
        Sex named = null;
        String firstGiven = null;
        if (party instanceof Person p) {
            set(values, MatchField.PESEL, p.pesel().map(Pesel::value).orElse(null));
            List<String> familyWords = nameWords(EncodingRepair.personName(p.familyName()));
            String family = familyWords.isEmpty() ? null : String.join(" ", familyWords);
            List<String> rawGivenWords = nameWords(EncodingRepair.personName(withoutTitles(p.givenNames())));
            String rawGiven = rawGivenWords.isEmpty() ? null : String.join(" ", rawGivenWords);
            List<String> givenWords = new ArrayList<>(rawGivenWords);
            givenWords.replaceAll(Diminutives::fullName);
            String given = givenWords.isEmpty() ? null : String.join(" ", givenWords);
            if (!givenWords.isEmpty()) {
                // the sex a common first given name tells (Andrzej, Elżbieta, Kasia), where none is recorded
                String first = givenWords.get(0);
                if (givenWords.size() > 1 && GivenNames.known(first + givenWords.get(1))) {
                    first = first + givenWords.get(1); // a space typed into it: "Paul ina" is Paulina
                }
                firstGiven = first;
                named = GivenNames.womanOnly(first) ? Sex.FEMALE : GivenNames.man(first) ? Sex.MALE : null;
            } else {
                named = familyNameSex(familyWords); // known by the family name alone: "Kowalska" is a woman
            }
            set(values, MatchField.FAMILY_NAME, interner.intern(family));
            set(values, MatchField.GIVEN_NAMES, interner.intern(given));
            // every word of the full name read through the forms, so that a name written swapped still agrees
            List<String> fullWords = new ArrayList<>(givenWords.size() + familyWords.size());
            fullWords.addAll(rawGivenWords);
            fullWords.addAll(familyWords);
            String rawFull = sortedWords(fullWords, Set.of());
            fullWords.replaceAll(Diminutives::fullName);
            String full = sortedWords(fullWords, Set.of());
            set(values, MatchField.FULL_NAME, full);
            rawGivenNames = java.util.Objects.equals(rawGiven, given) ? null : rawGiven;
            rawFullName = java.util.Objects.equals(rawFull, full) ? null : rawFull;
            set(values, MatchField.BIRTH_DATE, p.birthDate().or(() -> p.pesel().map(Pesel::birthDate))
                    .map(d -> interner.intern(d.toString())).orElse(null));
        } else if (party instanceof Company c) {
            set(values, MatchField.NIP, c.nip().map(n -> n.value()).orElse(null));
            set(values, MatchField.REGON, c.regon().map(r -> r.value().substring(0, 9)).orElse(null));
            set(values, MatchField.KRS, c.krs().map(k -> k.value()).orElse(null));
            String written = EncodingRepair.companyName(c.legalName());
            List<String> words = wordList(written);
            companyForm = c.legalForm().filter(f -> f != dev.kartoteka.core.party.LegalForm.SOLE_PROPRIETORSHIP)
                    .isPresent() || companyFormWritten(words);
            legalForm = c.legalForm().orElseGet(() -> writtenForm(words));
            String legal = legalName(words);
            String unglued = GLUED_DESCRIPTOR.matcher(written).replaceAll("$0 ");
            String apart = unglued.equals(written) ? null : legalName(wordList(unglued));
            if (apart != null && !apart.equals(legal)) {
                values[MatchField.LEGAL_NAME.ordinal()] = legal == null ? apart : new String[] {legal, apart};
            } else {
                set(values, MatchField.LEGAL_NAME, legal);
            }
        }
        setAll(values, MatchField.EMAIL, party.contactPoints(EmailContact.class), e -> fold(e.email()));
        if (party instanceof Company) {
            setAll(values, MatchField.EMAIL_DOMAIN, party.contactPoints(EmailContact.class),
                    e -> interner.intern(companyDomain(fold(e.email()))));
        }
        setAll(values, MatchField.PHONE, party.contactPoints(PhoneContact.class), e -> e164(e.phone()));
        List<PostalAddress> addresses = party.contactPoints(PostalAddress.class);
        setAll(values, MatchField.STREET, addresses,
                a -> interner.intern(a.street().map(st -> street(st, a.country())).orElse(null)));
        setAll(values, MatchField.BUILDING, addresses, a -> interner.intern(building(a.building())));
        setAll(values, MatchField.POSTAL_CODE, addresses,
                a -> interner.intern(blankToNull(SearchText.foldPostalCode(a.postalCode()))));
        setAll(values, MatchField.CITY, addresses, a -> interner.intern(words(a.city())));
        Profile profile = new Profile(party.id(), party.kind(), values);
        profile.flats = flats(addresses);
        profile.rawGivenNames = rawGivenNames;
        profile.companyForm = companyForm;
        profile.legalForm = legalForm;
        profile.rawFullName = rawFullName;
        if (party instanceof Person p) {
            profile.sex = p.sex().or(() -> p.pesel().map(Pesel::sex)).orElse(null);
            profile.namedSex = profile.sex != null ? profile.sex : named;
            profile.firstGivenName = interner.intern(firstGiven); // (few names: shared, not one string a party)
        }
        for (String key : customKeys) {
            Object value = party.customFields().get(key).orElse(null);
            List<String> texts = new ArrayList<>();
            if (value instanceof java.util.Collection<?> list) {
                list.forEach(v -> texts.add(words(customText(v))));
            } else if (value != null) {
                texts.add(words(customText(value)));
            }
            texts.removeIf(java.util.Objects::isNull);
            if (!texts.isEmpty()) {
                if (profile.custom == null) {
                    profile.custom = new HashMap<>(4);
                }
                profile.custom.put(key, texts.size() == 1 ? texts.get(0)
                        : new LinkedHashSet<>(texts).toArray(new String[0]));
            }
        }
        return profile;
    }

    /** Free mail providers: their domains say nothing about whose address it is. */
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "wp.pl", "o2.pl", "onet.pl",
            "onet.eu", "op.pl", "poczta.onet.pl", "poczta.onet.eu", "vp.pl", "interia.pl", "interia.eu", "interia.com",
            "poczta.fm", "tlen.pl", "gazeta.pl", "go2.pl", "int.pl", "spoko.pl", "buziaczek.pl", "autograf.pl",
            "prokonto.pl", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "live.com", "msn.com",
            "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "gmx.net",
            "web.de", "mail.com", "yandex.com", "yandex.ru", "mail.ru", "zoho.com", "neostrada.pl", "ymail.com",
            "hotmail.co.uk", "hotmail.de", "hotmail.fr", "outlook.de", "live.co.uk", "yahoo.de", "yahoo.fr", "pm.me",
            "t-online.de", "orange.fr", "free.fr", "laposte.net", "seznam.cz", "centrum.cz", "libero.it", "aol.de",
            "mac.com", "fastmail.com", "tutanota.com", "onet.com.pl", "wp.eu", "poczta.wp.pl", "konto.pl");

    /** Whether {@code domain} (folded) is a free mail provider's, such as {@code gmail.com} or {@code wp.pl}. */
    static boolean freeMail(String domain) {
        return FREE_MAIL.contains(domain);
    }

    private static @Nullable String companyDomain(String email) {
        int at = email.lastIndexOf('@');
        String domain = at < 0 ? "" : email.substring(at + 1);
        return domain.isEmpty() || FREE_MAIL.contains(domain) ? null : domain;
    }

    /**
     * The text a custom field's value is compared by: e-mails and phones by their canonical value (their
     * {@code toString} masks them), amounts without trailing zeros, anything else by its text.
     */
    private static String customText(Object value) {
        if (value instanceof Email e) {
            return e.value();
        }
        if (value instanceof PhoneNumber n) {
            return n.value();
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof dev.kartoteka.core.money.Money m) {
            return m.amount().stripTrailingZeros().toPlainString() + " " + m.currency().getCurrencyCode();
        }
        return String.valueOf(value);
    }

    private static String fold(Email email) {
        return SearchText.fold(email.value());
    }

    private static String e164(PhoneNumber phone) {
        return phone.value();
    }

    private static void set(Object[] values, MatchField field, @Nullable String value) {
        values[field.ordinal()] = value;
    }

    private static <T> void setAll(Object[] values, MatchField field, List<T> sources,
            Function<T, @Nullable String> read) {
        if (sources.isEmpty()) {
            return;
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (T source : sources) {
            String v = read.apply(source);
            if (v != null) {
                distinct.add(v);
            }
        }
        if (distinct.size() == 1) {
            values[field.ordinal()] = distinct.iterator().next();
        } else if (!distinct.isEmpty()) {
            values[field.ordinal()] = distinct.toArray(new String[0]);
        }
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The folded letter-and-digit words of {@code text}, joined by one space; {@code null} if there are none. */
    static @Nullable String words(String text) {
        List<String> words = wordList(text);
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /**
     * The folded words of a person's name, each read as letters where it was typed or scanned with look-alikes: a digit
     * among letters as the letter it resembles ({@code "8orek"} as {@code "borek"}, {@code "r0jek"} as
     * {@code "rojek"}, {@code "o1a"} as {@code "ola"}) and {@code "vv"} as {@code "w"} ({@code "evva"}), which no
     * Polish or English name holds.
     */
    static List<String> nameWords(String text) {
        List<String> words = wordList(text);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean letter = false;
            boolean digit = false;
            for (int j = 0; j < w.length(); j++) {
                char c = w.charAt(j);
                letter |= c >= 'a' && c <= 'z';
                digit |= c >= '0' && c <= '9';
            }
            if (letter && digit) {
                StringBuilder b = new StringBuilder(w.length());
                for (int j = 0; j < w.length(); j++) {
                    char c = w.charAt(j);
                    b.append(c >= '0' && c <= '9' ? LOOK_ALIKES.charAt(c - '0') : c);
                }
                w = b.toString();
            }
            if (w.contains("vv")) {
                w = w.replace("vv", "w");
            }
            words.set(i, w);
        }
        return words;
    }

    /**
     * Given names without the titles written before them ({@code "dr hab. Anna"} as {@code "Anna"}; see
     * {@link dev.kartoteka.core.internal.Titles}), unless only titles.
     */
    private static String withoutTitles(String givenNames) {
        List<String> words = List.of(givenNames.strip().split("\\s+"));
        int titles = dev.kartoteka.core.internal.Titles.leading(words);
        return titles == 0 || titles >= words.size() ? givenNames : String.join(" ", words.subList(titles, words.size()));
    }

    /** The letters the digits 0–9 are mistaken for. */
    private static final String LOOK_ALIKES = "olzeasgtbg";

    static List<String> wordList(String text) {
        String folded = SearchText.fold(text);
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** Reads the legal form a company's name ends with. */
    private static final dev.kartoteka.core.standardization.Standardizer FORMS =
            dev.kartoteka.core.standardization.Standardizer.defaults();

    /** The words that write a company's legal form (not a sole trader's trade descriptors). */
    private static final Set<String> COMPANY_FORM_WORDS = Set.of("sp", "spolka", "spolki", "sa", "ska", "psa",
            "spj", "spk", "spp", "sc", "akcyjna", "jawna", "komandytowa", "partnerska", "cywilna", "gmbh", "ag", "ltd",
            "limited", "inc", "llc", "plc", "srl", "sarl", "bv", "nv", "sro", "kg");

    private static boolean companyFormWritten(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (COMPANY_FORM_WORDS.contains(words.get(i))
                    || words.get(i).equals("s") && i + 1 < words.size() && words.get(i + 1).equals("a")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A legal name as compared: its folded words without legal forms and trade descriptors, else all its words.
     *
     * @param written the name's folded words, in order (not changed)
     */
    private static @Nullable String legalName(List<String> written) {
        String legal = sortedWords(formsRead(written), LEGAL_FORM_WORDS);
        return legal != null ? legal : sortedWords(written, Set.of());
    }

    /**
     * The legal form a name's words end with, its form words read with a typo as {@link #legalName} reads them
     * ({@code "Rolmix Spókła z o.o."}); {@code null} if none, and for {@code "S-ka"} ({@code "Kowalski i S-ka"}: "and
     * company", no S.K.A.).
     */
    private static dev.kartoteka.core.party.@Nullable LegalForm writtenForm(List<String> written) {
        int n = written.size();
        if (n >= 2 && written.get(n - 2).equals("s") && written.get(n - 1).equals("ka")) {
            return null;
        }
        return FORMS.companyName(String.join(" ", formsRead(written))).value()
                .flatMap(dev.kartoteka.core.standardization.CompanyName::legalForm).orElse(null);
    }

    /** A name's folded words with the legal-form words at its end that carry a typo written right. */
    private static List<String> formsRead(List<String> written) {
        List<String> words = new ArrayList<>(written);
        // a legal form stands at the end: there a legal-form word with a typo, in its place in the form's phrase
        // ("Spókła z o.o.", "z ograniczoną odpowiedzialnścią"), is one too; "Serwis Partnerski", "Bank Akcyjny S.A."
        // keep their words
        for (int i = words.size() - 1; i >= 0; i--) {
            String form = LEGAL_FORM_WORDS.contains(words.get(i)) ? words.get(i) : mistypedFormWord(words.get(i));
            if (form == null) {
                break;
            }
            if (!form.equals(words.get(i))) {
                String before = i > 0 ? formOf(words.get(i - 1)) : null;
                String after = i + 1 < words.size() ? formOf(words.get(i + 1)) : null;
                boolean inPlace = switch (form) {
                    case "spolka", "spolki" -> after != null;
                    case "ograniczona", "ograniczonej" -> "z".equals(before);
                    case "odpowiedzialnoscia", "odpowiedzialnosci" ->
                        "ograniczona".equals(before) || "ograniczonej".equals(before);
                    default -> "spolka".equals(before) || "spolki".equals(before);
                };
                if (!inPlace) {
                    break;
                }
                words.set(i, form);
            }
        }
        return words;
    }

    /** The words of Polish legal forms written out, long enough that one typo in them leaves them recognisable. */
    private static final List<String> FORM_WORDS = List.of("spolka", "spolki", "ograniczona", "ograniczonej",
            "odpowiedzialnoscia", "odpowiedzialnosci", "komandytowa", "komandytowo", "akcyjna", "partnerska",
            "cywilna");

    /** The legal-form word a word is, as written or with one typo; {@code null} if none. */
    private static @Nullable String formOf(String word) {
        return LEGAL_FORM_WORDS.contains(word) ? word : mistypedFormWord(word);
    }

    /**
     * The written-out legal-form word ({@link #FORM_WORDS}) a word of six letters or more is with one typo
     * ({@code "spokla"}, {@code "odpowiedzialnscia"}): one character added, left out or changed, or two neighbours
     * swapped; {@code null} if none.
     */
    private static @Nullable String mistypedFormWord(String word) {
        if (word.length() < 6 || LEGAL_FORM_WORDS.contains(word)) {
            return null;
        }
        for (String form : FORM_WORDS) {
            if (Math.abs(form.length() - word.length()) <= 1 && Similarity.osa(form, word) == 1) {
                return form;
            }
        }
        return null;
    }

    /** The folded words of {@code text} without {@code dropped}, sorted and joined; {@code null} if none remain. */
    static @Nullable String sortedWords(String text, Set<String> dropped) {
        return sortedWords(wordList(text), dropped);
    }

    private static @Nullable String sortedWords(List<String> folded, Set<String> dropped) {
        List<String> words = new ArrayList<>(folded);
        words.removeIf(dropped::contains);
        if (words.isEmpty()) {
            return null;
        }
        String[] sorted = words.toArray(new String[0]);
        Arrays.sort(sorted);
        return String.join(" ", sorted);
    }

    /**
     * A street as compared: its {@link dev.kartoteka.core.standardization.Standardizer#streetKey key}; for a Polish
     * street also without the titles and initials one writer puts before the name and another leaves out
     * ({@code "ul. gen. Władysława Andersa"} as {@code "wladyslawa andersa"}, {@code "J. Kilińskiego"} as
     * {@code "kilinskiego"}). Only words before the last are left out, so {@code "os. Centrum A"} keeps its letter.
     */
    private static @Nullable String street(String street, String country) {
        String key = dev.kartoteka.core.standardization.Standardizer.streetKey(street);
        if (country.equalsIgnoreCase("PL") && key.indexOf(' ') > 0) {
            String[] words = key.split(" ");
            StringBuilder kept = new StringBuilder(key.length());
            for (int i = 0; i < words.length; i++) {
                boolean last = i == words.length - 1;
                boolean initial = words[i].length() == 1 && Character.isLetter(words[i].charAt(0));
                if (last || !(initial || STREET_TITLES.contains(words[i]))) {
                    kept.append(kept.length() == 0 ? "" : " ").append(words[i]);
                }
            }
            key = kept.toString();
        }
        return key.isEmpty() ? null : key;
    }

    /** Titles in Polish street names, abbreviated and written out, as matching keys. */
    private static final Set<String> STREET_TITLES = Set.of("gen", "generala", "ks", "ksiedza", "sw", "swietego",
            "swietej", "swietych", "bp", "biskupa", "abp", "arcybiskupa", "kard", "kardynala", "marsz", "marszalka",
            "prof", "profesora", "dr", "doktora", "plk", "pulkownika", "kpt", "kapitana", "mjr", "majora", "por",
            "porucznika", "hm", "harcmistrza", "im", "imienia", "kmdr", "komandora", "hetm", "hetmana");

    private static @Nullable String building(String building) {
        List<String> words = wordList(building);
        return words.isEmpty() ? null : String.join("", words);
    }
}
