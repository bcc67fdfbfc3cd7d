package dev.kartoteka.benchmarks.blind;

import dev.kartoteka.benchmarks.blind.PolishFacts.City;
import dev.kartoteka.benchmarks.blind.PolishFacts.Street;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.datafaker.Faker;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A labelled data set for duplicate detection written the way an outside reviewer would write it: a generator of Polish
 * client records (persons and companies) with the errors of re-entry, made without looking at the matching rules
 * under test. Usage:
 *
 * <pre>java ... dev.kartoteka.benchmarks.blind.BlindDuplicates &lt;out.csv&gt; &lt;entities&gt; &lt;seed&gt; [light|heavy]</pre>
 *
 * <p>Output: a UTF-8 CSV (RFC 4180, CRLF) with the header {@code entity_id,record_id,kind,given_names,family_name,sex,
 * birth_date,pesel,email,phone,street,building,flat,postal_code,city,legal_name,nip,regon}; an empty field is a missing
 * value. {@code entity_id} is the truth: two records are duplicates exactly when they share it. Records are in random
 * order and the ids are random permutations, so neither position nor id numbering leaks the truth. Next to it,
 * {@code <out>-hard-negatives.csv} lists the hard-negative groups (relation, group, entity ids) for slicing false
 * positives; the main file does not mark them. A summary goes to standard output. Same arguments, same bytes: one
 * {@link Random} seeded from the seed drives every choice, Datafaker gets a Random of its own, the locale is pinned,
 * and nothing is written in hash order.
 *
 * <h2>Entities</h2>
 * About 70 % persons and 30 % companies. Persons: Polish given names by frequency (Datafaker's Polish list for the
 * long tail), 30 % with a second given name; family names from Datafaker's Polish list plus the 30 most common, in the
 * feminine form for women (Kowalski/Kowalska, Cichy/Cicha, Nowak/Nowak); ages 18–92; a valid PESEL consistent with the
 * birth date and sex; a mobile (90 %, real operator prefixes), a landline (18 %, 45 % over 55, with the city's area
 * code); an e-mail (75 %) made from the names at wp.pl, gmail.com, onet.pl, interia.pl, o2.pl … (7 % at a company
 * domain); an address (Datafaker's Polish towns and the big cities by population; common street names, streets named
 * after people with their long forms, Datafaker's prefix + surname in the genitive, avenues, squares, estates, villages
 * without streets; postal codes NN-NNN in the city's region). Companies: sole traders (35 %, "PHU Budex Jan Kowalski",
 * "Zakład Stolarski Anna Nowak"), sp. z o.o. (42 %), sp. j. (10 %), sp. k. (5 %), S.A. (4 %), s.c. (4 %); brand names
 * coined the Polish way (Budex, Transpol), made from the owner's name (Janex, Kowalski-Trans, Nowak i Syn), or after
 * the partners (Datafaker's Polish company names: Kowalski-Nowak, "Kowalski i Wspólnicy"); a valid NIP and 9-digit
 * REGON, a company domain (biuro@budex.pl; small firms often at free mail), a landline and/or a mobile.
 *
 * <p>What the first (original) record shows of the truth: persons PESEL 40 %, birth date 95 % with a PESEL and 65 %
 * without, e-mail 80 % of those who have one, phone 85 %, address 80 % (4 % of them without postal code, 5 % without
 * flat), sex 97 %; companies NIP 94 %, REGON 55 %, e-mail 80 %, phone 90 %, address 92 %. Every original keeps at
 * least one of PESEL, birth date, e-mail, phone, address, NIP. Originals are already written in several house styles
 * (phone "601234567" / "601 234 567" / "+48 601 234 567", "ul. Długa" / "Długa", NIP with or without dashes,
 * "sp. z o.o." / "Sp. z o.o."), as in any real client file; these are not counted as errors.
 *
 * <h2>Duplicates</h2>
 * 30 % of entities get duplicates: light 1 (78 %), 2 (17 %), 3 (5 %); heavy 1 (50 %), 2 (30 %), 3 (20 %). A
 * duplicate is re-entered from the original (80 %) or from the previous duplicate (20 %, so errors chain). Each
 * duplicate gets {@code k} changes, k distributed light 0: 8 %, 1: 40 %, 2: 32 %, 3: 15 %, 4: 5 % (mean 1.7) and heavy
 * 1: 5 %, 2: 15 %, 3: 30 %, 4: 30 %, 5: 20 % (mean 3.5); the kinds are drawn without replacement with the weights below
 * among those that apply to the record (a PESEL typo needs a PESEL), and a change that leaves the record as it was does
 * not count. The bracket after each kind is its rate per duplicate of that entity kind (P persons, C companies),
 * measured on 20 000 entities, seed 1, light / heavy; the summary prints the same for every run. For one seed, light
 * and heavy share the entities (the truth is drawn before any record), so the two modes can be compared pair by pair.
 *
 * <table>
 * <caption>Error kinds: weight person light/heavy, company light/heavy; measured rate light / heavy</caption>
 * <tr><th>kind</th><th>weights P l/h, C l/h</th><th>what</th></tr>
 * <tr><td>TYPO</td><td>10/16, 10/16</td><td>keyboard slip (neighbouring key, extra key, lost key, two keys swapped) in a
 *   given name 35, family name 40, street 15, city 10; company: core name 55, owner 10, street 20, city 15.
 *   [P 17.5 % / 41.2 %, C 13.5 % / 34.7 %]</td></tr>
 * <tr><td>OCR</td><td>2/5, 2/5</td><td>rn↔m, cl↔d, l↔1↔I, O↔0, e↔c, n↔u, ę→e, ł→t … in the same fields.
 *   [P 3.6 % / 15.7 %, C 2.8 % / 12.4 %]</td></tr>
 * <tr><td>DIACRITICS</td><td>8/10, 7/9</td><td>Polish letters lost (ł→l, ą→a, ś→s …): the whole record 55 %, one field 45 %.
 *   [P 10.6 % / 20.6 %, C 6.9 % / 16.8 %]</td></tr>
 * <tr><td>CASE</td><td>5/7, 5/7</td><td>ALL CAPS record 35 %, one field upper 35 %, one field lower 30 %.
 *   [P 8.7 % / 20.8 %, C 6.4 % / 16.9 %]</td></tr>
 * <tr><td>SPACING</td><td>4/6, 4/6</td><td>a doubled, leading, trailing or missing space, a word split.
 *   [P 7.6 % / 18.0 %, C 6.4 % / 14.9 %]</td></tr>
 * <tr><td>NAME_SWAP</td><td>2/4, –</td><td>given and family name in each other's fields.
 *   [P 3.9 % / 13.2 %]</td></tr>
 * <tr><td>SECOND_GIVEN</td><td>4/4, –</td><td>second given name added or dropped.
 *   [P 2.0 % / 3.7 %]</td></tr>
 * <tr><td>NICKNAME</td><td>5/6, –</td><td>diminutive for the given name (Kasia/Katarzyna, Tomek/Tomasz …, 65 names) or back.
 *   [P 5.7 % / 10.2 %]</td></tr>
 * <tr><td>MARRIAGE</td><td>1.5/2, –</td><td>a woman (20 or older): surname changed by marriage (65 %) or made
 *   double-barrelled, Nowak → Nowak-Kowalska (35 %); a double-barrelled one loses its second part.
 *   [P 1.2 % / 3.0 %]</td></tr>
 * <tr><td>BLANK</td><td>12/14, 12/14</td><td>one field blanked (light 15 %, heavy 35 % also a second): e-mail, phone,
 *   address, postal code, flat, birth date, PESEL, sex; NIP for companies.
 *   [P 20.4 % / 36.1 %, C 16.1 % / 30.7 %]</td></tr>
 * <tr><td>FILLED</td><td>10/7, 8/6</td><td>a value the source lacked entered this time (PESEL, birth date, e-mail,
 *   phone, address, postal code, flat, sex, NIP, REGON).
 *   [P 14.1 % / 18.2 %, C 8.1 % / 11.4 %]</td></tr>
 * <tr><td>BIRTH_DATE_TYPO</td><td>3/6, –</td><td>one digit (50 %), day and month swapped (25 %), two digits swapped
 *   (25 %); always a valid past date.
 *   [P 4.5 % / 13.6 %]</td></tr>
 * <tr><td>PESEL_TYPO</td><td>2/4, –</td><td>one digit or two neighbouring digits swapped.
 *   [P 1.5 % / 5.1 %]</td></tr>
 * <tr><td>EMAIL_CASE</td><td>3/4, 3/4</td><td>Jan.Kowalski@wp.pl, JAN.KOWALSKI@WP.PL, …@WP.PL.
 *   [P 3.1 % / 7.2 %, C 3.1 % / 5.8 %]</td></tr>
 * <tr><td>EMAIL_OTHER</td><td>4/6, 4/5</td><td>the same local part at another provider, or another address (company:
 *   another mailbox or a free-mail address).
 *   [P 4.0 % / 9.7 %, C 2.8 % / 8.2 %]</td></tr>
 * <tr><td>EMAIL_TYPO</td><td>2/4, 2/4</td><td>gmial.com, wp.p, onte.pl, a keyboard slip or a lost dot in the local part.
 *   [P 2.2 % / 7.0 %, C 2.1 % / 6.0 %]</td></tr>
 * <tr><td>PHONE_FORMAT</td><td>14/10, 14/10</td><td>+48 601 234 567, 601-234-567, 0048601234567, (22) 123 45 67 …
 *   [P 17.2 % / 20.0 %, C 16.0 % / 20.5 %]</td></tr>
 * <tr><td>PHONE_OTHER</td><td>4/6, 5/6</td><td>the person's other known number (mobile ↔ landline) or a new one.
 *   [P 5.1 % / 12.0 %, C 5.2 % / 12.8 %]</td></tr>
 * <tr><td>PHONE_TYPO</td><td>2/4, 2/4</td><td>one digit or two neighbouring digits swapped.
 *   [P 2.7 % / 8.1 %, C 2.8 % / 8.4 %]</td></tr>
 * <tr><td>ADDRESS_FORMAT</td><td>14/10, 14/10</td><td>"ul. Długa 10/2", "Długa 10 m. 2", "ul Długa" + "10 lok. 2",
 *   building and flat in one field, street prefix written otherwise.
 *   [P 15.5 % / 17.8 %, C 13.5 % / 17.6 %]</td></tr>
 * <tr><td>STREET_NAME_VARIANT</td><td>3/3, 3/3</td><td>Mickiewicza / Adama Mickiewicza / A. Mickiewicza, 3 Maja /
 *   Trzeciego Maja.
 *   [P 0.9 % / 1.4 %, C 0.7 % / 1.4 %]</td></tr>
 * <tr><td>POSTAL_FORMAT</td><td>3/3, 3/3</td><td>without the dash or with a space.
 *   [P 3.9 % / 7.0 %, C 4.1 % / 6.2 %]</td></tr>
 * <tr><td>POSTAL_TYPO</td><td>2/4, 2/4</td><td>one digit off.
 *   [P 2.8 % / 9.2 %, C 2.8 % / 7.6 %]</td></tr>
 * <tr><td>CITY_VARIANT</td><td>3/5, 3/5</td><td>city in capitals, lower case, without diacritics (W-wa for Warszawa).
 *   [P 4.1 % / 10.4 %, C 3.4 % / 10.4 %]</td></tr>
 * <tr><td>MOVED</td><td>2/3, 2/2</td><td>a new address (the client moved; 60 % in the same city).
 *   [P 2.8 % / 6.8 %, C 2.4 % / 4.2 %]</td></tr>
 * <tr><td>LEGAL_FORM</td><td>–, 16/12</td><td>sp. z o.o. / Sp. z o. o. / spółka z ograniczoną odpowiedzialnością / SPZOO
 *   …, or left out (12 %).
 *   [C 12.6 % / 20.2 %]</td></tr>
 * <tr><td>QUOTES</td><td>–, 5/6</td><td>quotes around the name added ("…", „…”, '…'), removed or changed.
 *   [C 6.0 % / 13.5 %]</td></tr>
 * <tr><td>DESCRIPTOR</td><td>–, 6/6</td><td>PHU ↔ P.H.U. ↔ Przedsiębiorstwo Handlowo-Usługowe (and PPHU, FHU, PUH, ZUH …),
 *   or the descriptor left out.
 *   [C 2.7 % / 5.0 %]</td></tr>
 * <tr><td>WORD_ORDER</td><td>–, 3/6</td><td>descriptor, core and owner in another order, owner as "Kowalski Jan",
 *   the words of the core swapped.
 *   [C 1.9 % / 8.7 %]</td></tr>
 * <tr><td>NIP_FORMAT</td><td>–, 14/10</td><td>123-456-78-90, 123-45-67-890, spaces, PL prefix.
 *   [C 17.3 % / 23.3 %]</td></tr>
 * <tr><td>NIP_TYPO</td><td>–, 1.5/4</td><td>one digit or two digits swapped.
 *   [C 1.8 % / 9.9 %]</td></tr>
 * <tr><td>REGON_MISSING</td><td>–, 6/8</td><td>REGON left out.
 *   [C 5.1 % / 11.6 %]</td></tr>
 * </table>
 *
 * <h2>Hard negatives</h2>
 * Separate entities that look alike (about 13 % of entities take part in one): HOUSEHOLD (2–4 persons: a couple and/or
 * adult children sharing the address and family name — the wife sometimes with her maiden or a double-barrelled name —
 * often a landline, sometimes a family e-mail; different given names and birth dates), NAMESAKES (2–3 persons with the
 * same common full name, Anna Nowak, Piotr Kowalski …, different birth dates and addresses, 40 % in the same city),
 * TWINS (same family name, address and birth date, different given names), FATHER_SON (same given and family name and
 * address, birth dates 20–38 years apart), COMPANY_GROUP (2–3 companies of one brand, "Budex Sp. z o.o." and "Budex
 * Serwis Sp. z o.o.", different NIP and REGON, sharing the address 70 %, the phone 35 %, the e-mail domain 80 %) and
 * BRANCH (a company and 1–2 of its branches, "Budex Sp. z o.o. Oddział w Krakowie", in other cities, on the company's
 * e-mail domain; as in the real registers a branch has the company's NIP and a 14-digit REGON of the local unit). Hard
 * negatives get duplicates like everyone else.
 */
public final class BlindDuplicates {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    static final String[] HEADER = {"entity_id", "record_id", "kind", "given_names", "family_name", "sex", "birth_date",
        "pesel", "email", "phone", "street", "building", "flat", "postal_code", "city", "legal_name", "nip", "regon"};

    private static final int GIVEN = 3;
    private static final int FAMILY = 4;
    private static final int STREET = 10;
    private static final int BUILDING = 11;
    private static final int CITY = 14;
    private static final int LEGAL_NAME = 15;
    private static final int[] TEXT_FIELDS = {GIVEN, FAMILY, STREET, CITY, LEGAL_NAME};

    enum Mode {
        LIGHT(new double[] {8, 40, 32, 15, 5, 0}, new double[] {78, 17, 5}, 0.15),
        HEAVY(new double[] {0, 5, 15, 30, 30, 20}, new double[] {50, 30, 20}, 0.35);

        final double[] changes;
        final double[] duplicates;
        final double secondBlank;

        Mode(double[] changes, double[] duplicates, double secondBlank) {
            this.changes = changes;
            this.duplicates = duplicates;
            this.secondBlank = secondBlank;
        }
    }

    /** The error kinds with their weights: person light, person heavy, company light, company heavy. */
    enum Kind {
        TYPO(10, 16, 10, 16, false),
        OCR(2, 5, 2, 5, false),
        DIACRITICS(8, 10, 7, 9, true),
        CASE(5, 7, 5, 7, true),
        SPACING(4, 6, 4, 6, true),
        NAME_SWAP(2, 4, 0, 0, false),
        SECOND_GIVEN(4, 4, 0, 0, false),
        NICKNAME(5, 6, 0, 0, false),
        MARRIAGE(1.5, 2, 0, 0, false),
        BLANK(12, 14, 12, 14, false),
        FILLED(10, 7, 8, 6, false),
        BIRTH_DATE_TYPO(3, 6, 0, 0, false),
        PESEL_TYPO(2, 4, 0, 0, false),
        EMAIL_CASE(3, 4, 3, 4, false),
        EMAIL_OTHER(4, 6, 4, 5, false),
        EMAIL_TYPO(2, 4, 2, 4, false),
        PHONE_FORMAT(14, 10, 14, 10, false),
        PHONE_OTHER(4, 6, 5, 6, false),
        PHONE_TYPO(2, 4, 2, 4, false),
        ADDRESS_FORMAT(14, 10, 14, 10, false),
        STREET_NAME_VARIANT(3, 3, 3, 3, false),
        POSTAL_FORMAT(3, 3, 3, 3, false),
        POSTAL_TYPO(2, 4, 2, 4, false),
        CITY_VARIANT(3, 5, 3, 5, true),
        MOVED(2, 3, 2, 2, false),
        LEGAL_FORM(0, 0, 16, 12, false),
        QUOTES(0, 0, 5, 6, false),
        DESCRIPTOR(0, 0, 6, 6, false),
        WORD_ORDER(0, 0, 3, 6, false),
        NIP_FORMAT(0, 0, 14, 10, false),
        NIP_TYPO(0, 0, 1.5, 4, false),
        REGON_MISSING(0, 0, 6, 8, false);

        private final double[] weights;
        /** Applied to the written row (after formatting) rather than to the record's values. */
        final boolean textual;

        Kind(double personLight, double personHeavy, double companyLight, double companyHeavy, boolean textual) {
            this.weights = new double[] {personLight, personHeavy, companyLight, companyHeavy};
            this.textual = textual;
        }

        double weight(boolean person, Mode mode) {
            return weights[(person ? 0 : 2) + (mode == Mode.HEAVY ? 1 : 0)];
        }
    }

    enum Relation { HOUSEHOLD, NAMESAKES, TWINS, FATHER_SON, COMPANY_GROUP, BRANCH }

    // --- the truth --------------------------------------------------------------------------------------------------

    static final class Addr {
        Street street;
        String building;
        String flat;
        String postal;
        String city;
        City cityInfo;
    }

    static final class Person {
        String id;
        boolean female;
        String first;
        String second;
        String familyMasculine;
        String family;
        LocalDate birth;
        String pesel;
        String email;
        String mobile;
        String landline;
        Addr addr;
    }

    static final class CoName {
        int descriptor = -1;
        int descriptorStyle;
        String trade;
        boolean descriptorDropped;
        String core;
        int quotes;
        int legalForm = -1;
        int legalVariant;
        boolean legalDropped;
        String ownerGiven;
        String ownerFamily;
        boolean ownerReversed;
        String owner2Given;
        String owner2Family;
        boolean ownersSwapped;
        int order;
        String branch;

        CoName copy() {
            CoName c = new CoName();
            c.descriptor = descriptor;
            c.descriptorStyle = descriptorStyle;
            c.trade = trade;
            c.descriptorDropped = descriptorDropped;
            c.core = core;
            c.quotes = quotes;
            c.legalForm = legalForm;
            c.legalVariant = legalVariant;
            c.legalDropped = legalDropped;
            c.ownerGiven = ownerGiven;
            c.ownerFamily = ownerFamily;
            c.ownerReversed = ownerReversed;
            c.owner2Given = owner2Given;
            c.owner2Family = owner2Family;
            c.ownersSwapped = ownersSwapped;
            c.order = order;
            c.branch = branch;
            return c;
        }

        boolean hasDescriptor() {
            return !descriptorDropped && (descriptor >= 0 || trade != null);
        }

        String render() {
            String desc = descriptorDropped ? null
                    : descriptor >= 0 ? PolishFacts.DESCRIPTORS[descriptor][descriptorStyle] : trade;
            String c = core == null ? null : switch (quotes) {
                case 1 -> "\"" + core + "\"";
                case 2 -> "„" + core + "”";
                case 3 -> "'" + core + "'";
                default -> core;
            };
            String form = legalForm >= 0 && !legalDropped ? PolishFacts.LEGAL_FORMS[legalForm][legalVariant] : null;
            String owner = null;
            if (ownerFamily != null) {
                String first = ownerReversed ? ownerFamily + " " + ownerGiven : ownerGiven + " " + ownerFamily;
                if (owner2Family != null) {
                    String second = ownerReversed ? owner2Family + " " + owner2Given : owner2Given + " " + owner2Family;
                    owner = ownersSwapped ? second + ", " + first : first + ", " + second;
                } else {
                    owner = first;
                }
            }
            List<String> parts = new ArrayList<>();
            switch (order) {
                case 1 -> addAll(parts, owner, desc, c, form);
                case 2 -> addAll(parts, c, desc, form, owner);
                default -> addAll(parts, desc, c, form, owner);
            }
            if (branch != null) {
                parts.add(branch);
            }
            return String.join(" ", parts);
        }

        private static void addAll(List<String> parts, String... items) {
            for (String s : items) {
                if (s != null && !s.isEmpty()) {
                    parts.add(s);
                }
            }
        }
    }

    static final class Company {
        String id;
        CoName name;
        String nip;
        String regon;
        String domain;
        String email;
        String landline;
        String mobile;
        Addr addr;
    }

    // --- a record: values plus how they are written ------------------------------------------------------------------

    static final class Rec {
        String entityId;
        Person p;
        Company c;
        List<String> given = new ArrayList<>();
        String family;
        String sex;
        LocalDate birth;
        String pesel;
        CoName name;
        String nip;
        int nipStyle;
        String regon;
        String email;
        String phone;
        boolean phoneLandline;
        int phoneStyle;
        Street streetRef;
        String street;
        int prefix;
        String building;
        String flat;
        String postal;
        String city;
        int layout;
        int postalStyle;

        boolean person() {
            return p != null;
        }

        boolean hasAddress() {
            return street != null || building != null || city != null || postal != null;
        }

        int identifiers() {
            int n = 0;
            n += pesel != null ? 1 : 0;
            n += birth != null ? 1 : 0;
            n += email != null ? 1 : 0;
            n += phone != null ? 1 : 0;
            n += hasAddress() ? 1 : 0;
            n += nip != null ? 1 : 0;
            return n;
        }

        Rec copy() {
            Rec r = new Rec();
            r.entityId = entityId;
            r.p = p;
            r.c = c;
            r.given = new ArrayList<>(given);
            r.family = family;
            r.sex = sex;
            r.birth = birth;
            r.pesel = pesel;
            r.name = name == null ? null : name.copy();
            r.nip = nip;
            r.nipStyle = nipStyle;
            r.regon = regon;
            r.email = email;
            r.phone = phone;
            r.phoneLandline = phoneLandline;
            r.phoneStyle = phoneStyle;
            r.streetRef = streetRef;
            r.street = street;
            r.prefix = prefix;
            r.building = building;
            r.flat = flat;
            r.postal = postal;
            r.city = city;
            r.layout = layout;
            r.postalStyle = postalStyle;
            return r;
        }

        /** The written row without the two ids. */
        String[] render() {
            String[] row = new String[HEADER.length];
            Arrays.fill(row, "");
            row[2] = person() ? "PERSON" : "COMPANY";
            if (person()) {
                row[3] = String.join(" ", given);
                row[4] = nz(family);
                row[5] = nz(sex);
                row[6] = birth == null ? "" : birth.toString();
                row[7] = nz(pesel);
            } else {
                row[15] = name.render();
                row[16] = nip == null ? "" : formatNip(nip, nipStyle);
                row[17] = nz(regon);
            }
            row[8] = nz(email);
            row[9] = phone == null ? "" : formatPhone(phone, phoneLandline, phoneStyle);
            String[] a = formatAddress(this);
            row[10] = a[0];
            row[11] = a[1];
            row[12] = a[2];
            row[13] = postal == null ? "" : formatPostal(postal, postalStyle);
            row[14] = nz(city);
            return row;
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String formatPhone(String d, boolean landline, int style) {
        if (d.length() != 9) {
            return d;
        }
        if (!landline) {
            String a = d.substring(0, 3);
            String b = d.substring(3, 6);
            String c = d.substring(6);
            return switch (style) {
                case 1 -> a + " " + b + " " + c;
                case 2 -> a + "-" + b + "-" + c;
                case 3 -> "+48 " + a + " " + b + " " + c;
                case 4 -> "+48" + d;
                case 5 -> "0048" + d;
                case 6 -> "+48 " + a + "-" + b + "-" + c;
                case 7 -> "(+48) " + a + " " + b + " " + c;
                case 8 -> "48" + d;
                default -> d;
            };
        }
        String area = d.substring(0, 2);
        String x = d.substring(2, 5);
        String y = d.substring(5, 7);
        String z = d.substring(7);
        return switch (style) {
            case 1 -> area + " " + x + " " + y + " " + z;
            case 2 -> "(" + area + ") " + x + " " + y + " " + z;
            case 3 -> "+48 " + area + " " + x + " " + y + " " + z;
            case 4 -> "0" + area + " " + x + " " + y + " " + z;
            case 5 -> "(0-" + area + ") " + x + "-" + y + "-" + z;
            case 6 -> "0048" + d;
            case 7 -> area + "-" + x + "-" + y + "-" + z;
            case 8 -> "+48" + d;
            default -> d;
        };
    }

    static final int PHONE_STYLES = 9;

    static String formatNip(String n, int style) {
        if (n.length() != 10) {
            return n;
        }
        String dashed3222 = n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6, 8) + "-" + n.substring(8);
        return switch (style) {
            case 1 -> dashed3222;
            case 2 -> n.substring(0, 3) + "-" + n.substring(3, 5) + "-" + n.substring(5, 7) + "-" + n.substring(7);
            case 3 -> dashed3222.replace('-', ' ');
            case 4 -> "PL" + n;
            case 5 -> "PL " + dashed3222;
            case 6 -> "PL " + n;
            case 7 -> n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5, 7) + " " + n.substring(7);
            default -> n;
        };
    }

    static String formatPostal(String p, int style) {
        return switch (style) {
            case 1 -> p.replace("-", "");
            case 2 -> p.replace('-', ' ');
            default -> p;
        };
    }

    static final int LAYOUTS = 9;

    static String[] formatAddress(Rec r) {
        if (!r.hasAddress()) {
            return new String[] {"", "", ""};
        }
        String pre = r.streetRef == null ? "" : PolishFacts.PREFIXES.get(r.streetRef.type())[r.prefix];
        String sp = r.street == null ? "" : pre.isEmpty() ? r.street : pre + " " + r.street;
        String b = nz(r.building);
        String f = nz(r.flat);
        boolean hasF = !f.isEmpty();
        return switch (r.layout) {
            case 1 -> new String[] {join(sp, b + (hasF ? "/" + f : "")), "", ""};
            case 2 -> new String[] {join(sp, b + (hasF ? " m. " + f : "")), "", ""};
            case 3 -> new String[] {join(sp, b + (hasF ? " lok. " + f : "")), "", ""};
            case 4 -> new String[] {sp, b + (hasF ? "/" + f : ""), ""};
            case 5 -> new String[] {sp, b + (hasF ? " m. " + f : ""), ""};
            case 6 -> new String[] {sp, b, hasF ? "m. " + f : ""};
            case 7 -> new String[] {join(sp, b), "", f};
            case 8 -> new String[] {sp, b + (hasF ? " lok. " + f : ""), ""};
            default -> new String[] {sp, b, f};
        };
    }

    private static String join(String a, String b) {
        return (a + " " + b).trim();
    }

    // --- generator state ---------------------------------------------------------------------------------------------

    private final int size;
    private final long seed;
    private final Mode mode;
    private final Random rnd;
    private final PolishFacts facts;
    private final int[] idPermutation;
    private int made;

    private final List<Object> entities = new ArrayList<>();
    private final List<Object[]> groups = new ArrayList<>();
    private final Set<String> usedEmails = new HashSet<>();
    private final Set<String> usedDomains = new HashSet<>();
    private final Set<String> usedPesels = new HashSet<>();
    private final Set<String> usedNips = new HashSet<>();
    private final Set<String> usedRegons = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();

    private final List<String[]> rows = new ArrayList<>();
    private final Map<Kind, long[]> kindCounts = new EnumMap<>(Kind.class);
    private final Map<String, Long> detailCounts = new TreeMap<>();
    private final long[] changesHistogram = new long[8];
    private long personDuplicates;
    private long companyDuplicates;
    private long persons;
    private long companies;
    private long entitiesWithDuplicates;
    private long truePairs;

    BlindDuplicates(int size, long seed, Mode mode) {
        this.size = size;
        this.seed = seed;
        this.mode = mode;
        this.rnd = new Random(seed);
        Faker faker = new Faker(Locale.forLanguageTag("pl"), new Random(seed * 1_000_003L + 77));
        this.facts = new PolishFacts(rnd, faker);
        this.idPermutation = new int[size];
        for (int i = 0; i < size; i++) {
            idPermutation[i] = i + 1;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = idPermutation[i];
            idPermutation[i] = idPermutation[j];
            idPermutation[j] = t;
        }
        for (Kind k : Kind.values()) {
            kindCounts.put(k, new long[2]);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: BlindDuplicates <out.csv> <entities> <seed> [light|heavy]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int entities = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Mode mode = args.length == 4 ? Mode.valueOf(args[3].toUpperCase(Locale.ROOT)) : Mode.LIGHT;
        BlindDuplicates g = new BlindDuplicates(entities, seed, mode);
        g.generate();
        g.write(out);
        g.summary(System.out, out);
    }

    private boolean chance(double p) {
        return facts.chance(p);
    }

    private String nextId() {
        return String.format(Locale.ROOT, "E%06d", idPermutation[made++]);
    }

    // --- entities -----------------------------------------------------------------------------------------------------

    void generate() {
        while (made < size) {
            int left = size - made;
            double x = rnd.nextDouble();
            if (x < 0.022 && left >= 2) {
                household(left);
            } else if (x < 0.034 && left >= 2) {
                namesakes(left);
            } else if (x < 0.038 && left >= 2) {
                twins();
            } else if (x < 0.045 && left >= 2) {
                fatherSon();
            } else if (x < 0.055 && left >= 2) {
                companyGroup(left);
            } else if (x < 0.059 && left >= 2) {
                branches(left);
            } else if (x < 0.059 + 0.292) {
                company(null, null, -2, null);
            } else {
                person(chance(0.52), facts.familyName(), null, age(), null);
            }
        }
        for (Object e : entities) {
            records(e);
        }
    }

    private int age() {
        return chance(0.75) ? facts.between(22, 70) : facts.between(18, 92);
    }

    private LocalDate birthForAge(int age) {
        return TODAY.minusYears(age).minusDays(rnd.nextInt(365));
    }

    private Addr address(City c, boolean company) {
        Addr a = new Addr();
        a.cityInfo = c;
        a.postal = facts.postalCode(c);
        a.building = facts.building();
        if (!c.big() && !company && chance(0.06)) {
            a.city = facts.oneOf(PolishFacts.VILLAGES);
            return a;
        }
        a.city = c.name().replaceAll(" \\(.*\\)$", "");
        a.street = facts.street();
        double flatChance = company ? 0.3 : "os".equals(a.street.type()) ? 0.85 : c.big() ? 0.65 : 0.35;
        a.flat = chance(flatChance) ? facts.flat() : null;
        return a;
    }

    private String uniquePhone(String candidate, City c, boolean mobile) {
        String p = candidate;
        while (!usedPhones.add(p)) {
            p = mobile ? facts.mobile() : facts.landline(c);
        }
        return p;
    }

    private String uniquePesel(LocalDate birth, boolean female) {
        while (true) {
            String p = PolishIds.pesel(birth, female, rnd);
            if (usedPesels.add(p)) {
                return p;
            }
        }
    }

    private String uniqueEmail(String local, String domain) {
        String e = local + "@" + domain;
        int n = 1;
        while (!usedEmails.add(e)) {
            e = local + (n < 3 ? n : facts.between(2, 999)) + "@" + domain;
            n++;
        }
        return e;
    }

    private String personalEmail(String given, String family, LocalDate birth) {
        String local = facts.personalLocal(given, family, birth.getYear());
        if (chance(0.07)) {
            String brand = Garble.ascii(facts.brand());
            return uniqueEmail(Garble.ascii(given) + "." + Garble.ascii(family), brand + facts.domainTld());
        }
        return uniqueEmail(local, facts.freeProvider());
    }

    /** A person; {@code addr} null for a new one. */
    private Person person(boolean female, String familyMasculine, String first, int age, Addr addr) {
        return person(female, familyMasculine, first, birthForAge(age), addr);
    }

    private Person person(boolean female, String familyMasculine, String first, LocalDate birth, Addr addr) {
        Person p = new Person();
        p.id = nextId();
        p.female = female;
        p.first = first != null ? first : facts.givenName(female);
        p.second = chance(0.3) ? facts.givenNameOtherThan(female, p.first) : null;
        p.familyMasculine = familyMasculine;
        p.family = PolishFacts.familyFor(familyMasculine, female);
        p.birth = birth;
        p.pesel = uniquePesel(birth, female);
        p.addr = addr != null ? addr : address(facts.city(), false);
        int age = (int) ChronoUnit.YEARS.between(birth, TODAY);
        p.mobile = chance(0.9) ? uniquePhone(facts.mobile(), null, true) : null;
        p.landline = chance(age > 55 ? 0.45 : 0.18) ? uniquePhone(facts.landline(p.addr.cityInfo), p.addr.cityInfo, false) : null;
        p.email = chance(0.75) ? personalEmail(p.first, p.family, birth) : null;
        entities.add(p);
        persons++;
        return p;
    }

    private void group(Relation relation, List<String> ids) {
        groups.add(new Object[] {relation, ids});
    }

    private void household(int left) {
        int size = Math.min(left, chance(0.55) ? 2 : chance(0.6) ? 3 : 4);
        City c = facts.city();
        Addr addr = address(c, false);
        String famMasc = facts.familyName();
        String landline = chance(0.6) ? uniquePhone(facts.landline(c), c, false) : null;
        boolean couple = chance(size == 2 ? 0.85 : 0.8);
        boolean children = size > (couple ? 2 : 1);
        List<Person> members = new ArrayList<>();
        List<String> usedNames = new ArrayList<>();
        int younger;
        if (couple) {
            int husbandAge = children ? facts.between(42, 85) : facts.between(25, 85);
            int wifeAge = Math.max(children ? 40 : 20, Math.min(92, husbandAge + facts.between(-6, 3)));
            Person h = person(false, famMasc, null, husbandAge, addr);
            String wifeFamily;
            double w = rnd.nextDouble();
            if (w < 0.8) {
                wifeFamily = famMasc;
            } else {
                String maiden = facts.familyName();
                wifeFamily = w < 0.92 ? maiden + "-" + famMasc : maiden;
            }
            Person wife = person(true, wifeFamily, facts.givenNameOtherThan(true), wifeAge, addr);
            members.add(h);
            members.add(wife);
            usedNames.add(h.first);
            usedNames.add(wife.first);
            younger = Math.min(husbandAge, wifeAge);
        } else {
            boolean female = chance(0.6);
            int parentAge = children ? facts.between(42, 85) : facts.between(25, 85);
            Person parent = person(female, famMasc, null, parentAge, addr);
            members.add(parent);
            usedNames.add(parent.first);
            younger = parentAge;
        }
        while (members.size() < size) {
            boolean female = chance(0.5);
            int childAge = Math.max(18, younger - facts.between(20, 38));
            Person child = person(female, famMasc, facts.givenNameOtherThan(female, usedNames.toArray(new String[0])),
                    childAge, addr);
            usedNames.add(child.first);
            members.add(child);
        }
        for (Person m : members) {
            if (landline != null) {
                m.landline = landline;
            }
        }
        if (chance(0.3)) {
            String shared;
            if (chance(0.4) && members.get(0).email != null) {
                shared = members.get(0).email;
            } else {
                String plural = Garble.ascii(PolishFacts.familyPlural(famMasc));
                String local = switch (rnd.nextInt(4)) {
                    case 0 -> plural;
                    case 1 -> "rodzina." + plural;
                    case 2 -> plural + ".dom";
                    default -> plural + facts.between(1, 99);
                };
                shared = uniqueEmail(local, facts.freeProvider());
            }
            int sharing = 0;
            for (Person m : members) {
                if (sharing < 2 || chance(0.5)) {
                    m.email = shared;
                    sharing++;
                }
            }
        }
        group(Relation.HOUSEHOLD, ids(members));
    }

    private static List<String> ids(List<?> members) {
        List<String> ids = new ArrayList<>();
        for (Object m : members) {
            ids.add(m instanceof Person p ? p.id : ((Company) m).id);
        }
        return ids;
    }

    private void namesakes(int left) {
        int size = Math.min(left, chance(0.75) ? 2 : 3);
        boolean female = chance(0.5);
        String given = facts.commonGiven(female);
        String famMasc = facts.commonFamily();
        City shared = chance(0.4) ? facts.bigCity() : null;
        List<Person> members = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        while (members.size() < size) {
            int age = age();
            boolean clash = false;
            for (int y : years) {
                clash |= Math.abs(y - age) < 2;
            }
            if (clash) {
                continue;
            }
            years.add(age);
            City c = shared != null ? shared : facts.city();
            members.add(person(female, famMasc, given, age, address(c, false)));
        }
        group(Relation.NAMESAKES, ids(members));
    }

    private void twins() {
        City c = facts.city();
        Addr addr = address(c, false);
        String famMasc = facts.familyName();
        LocalDate birth = birthForAge(facts.between(18, 60));
        boolean f1 = chance(0.5);
        boolean f2 = chance(0.5) ? f1 : !f1;
        Person a = person(f1, famMasc, null, birth, addr);
        Person b = person(f2, famMasc, facts.givenNameOtherThan(f2, a.first), birth, addr);
        if (chance(0.5)) {
            String landline = uniquePhone(facts.landline(c), c, false);
            a.landline = landline;
            b.landline = landline;
        }
        group(Relation.TWINS, List.of(a.id, b.id));
    }

    private void fatherSon() {
        City c = facts.city();
        Addr addr = address(c, false);
        String famMasc = facts.familyName();
        String given = facts.givenName(false);
        int fatherAge = facts.between(45, 88);
        int sonAge = Math.max(18, fatherAge - facts.between(20, 38));
        Person father = person(false, famMasc, given, fatherAge, addr);
        Person son = person(false, famMasc, given, sonAge, addr);
        if (chance(0.5)) {
            String landline = uniquePhone(facts.landline(c), c, false);
            father.landline = landline;
            son.landline = landline;
        }
        group(Relation.FATHER_SON, List.of(father.id, son.id));
    }

    /** A free domain for the name: another top-level domain, then the city added, then digits (budex24.pl). */
    private String uniqueDomain(String core, City city) {
        String base = Garble.ascii(core.replace(' ', '-').replace(",", "")).replaceAll("-+", "-");
        if (base.isEmpty()) {
            base = "firma";
        }
        String d = base + facts.domainTld();
        for (String tld : PolishFacts.COMPANY_TLDS) {
            if (usedDomains.add(d)) {
                return d;
            }
            d = base + tld;
        }
        if (usedDomains.add(d)) {
            return d;
        }
        d = base + "-" + Garble.ascii(city.name().replace(' ', '-')) + ".pl";
        while (!usedDomains.add(d)) {
            d = base + facts.between(1, 99) + facts.domainTld();
        }
        return d;
    }

    private String nip() {
        while (true) {
            String n = PolishIds.nip(rnd);
            if (usedNips.add(n)) {
                return n;
            }
        }
    }

    private String regon() {
        while (true) {
            String r = PolishIds.regon9(rnd);
            if (usedRegons.add(r)) {
                return r;
            }
        }
    }

    private static String casing(String brand, Random rnd) {
        return rnd.nextDouble() < 0.35 ? brand.toUpperCase(Garble.PL) : brand;
    }

    /**
     * A company. {@code core} null for a new name; {@code form} -2 for a random legal form; {@code addr} null for a new
     * address.
     */
    private Company company(String core, Addr addr, int form, String domain) {
        Company co = new Company();
        co.id = nextId();
        CoName n = new CoName();
        if (form == -2) {
            double x = rnd.nextDouble();
            form = x < 0.35 ? -1 : x < 0.77 ? PolishFacts.SP_ZOO : x < 0.81 ? PolishFacts.SA
                    : x < 0.91 ? PolishFacts.SP_J : x < 0.96 ? PolishFacts.SP_K : PolishFacts.S_C;
        }
        n.legalForm = form;
        boolean sole = form == -1;
        boolean ownerMale = true;
        if (sole || form == PolishFacts.S_C) {
            boolean ownerFemale = chance(0.35);
            ownerMale = !ownerFemale;
            n.ownerGiven = facts.givenName(ownerFemale);
            n.ownerFamily = PolishFacts.familyFor(facts.familyName(), ownerFemale);
            if (form == PolishFacts.S_C) {
                boolean f2 = chance(0.35);
                n.owner2Given = facts.givenName(f2);
                n.owner2Family = PolishFacts.familyFor(facts.familyName(), f2);
            }
        }
        if (core == null) {
            double x = rnd.nextDouble();
            if (n.ownerFamily != null) {
                // sole traders and civil partnerships: a coined brand, or one made from the owner's names
                if (x < 0.55) {
                    core = casing(facts.brand(), rnd);
                } else if (x < 0.75) {
                    String g = Garble.stripDiacritics(n.ownerGiven);
                    core = casing(g.substring(0, Math.min(3, g.length())) + facts.oneOf(PolishFacts.BRAND_ENDINGS), rnd);
                } else if (x < 0.9 || !ownerMale) {
                    core = n.ownerFamily + "-" + facts.oneOf(new String[] {"Trans", "Bud", "Serwis", "Pol", "Med", "Auto"});
                } else {
                    core = n.ownerFamily + " i Syn";
                }
            } else if ((form == PolishFacts.SP_J || form == PolishFacts.SP_K) && x < 0.5) {
                // partnerships are named after the partners
                core = x < 0.15 ? facts.familyName() + " i Wspólnicy" : facts.datafakerCompany();
            } else if (x < 0.7) {
                core = casing(facts.brand(), rnd);
                if (chance(0.2)) {
                    core += " " + facts.oneOf(PolishFacts.BRAND_SECOND);
                }
            } else if (x < 0.85) {
                core = facts.datafakerCompany();
            } else {
                core = facts.familyName() + " " + facts.oneOf(PolishFacts.BRAND_SECOND);
            }
        }
        if (sole || form == PolishFacts.S_C) {
            double d = rnd.nextDouble();
            if (form == PolishFacts.S_C) {
                if (d < 0.6) {
                    n.descriptor = facts.descriptor();
                }
            } else if (d < 0.45) {
                n.descriptor = facts.descriptor();
                if (chance(0.15)) {
                    core = null;
                }
            } else if (d < 0.8) {
                n.trade = facts.oneOf(PolishFacts.TRADES);
                if (chance(0.6)) {
                    core = null;
                }
            }
        } else if (chance(0.1)) {
            n.descriptor = facts.descriptor();
        }
        n.core = core;
        co.name = n;
        co.nip = nip();
        co.regon = regon();
        co.addr = addr != null ? addr : address(facts.city(), true);
        City c = co.addr.cityInfo;
        co.landline = chance(0.6) ? uniquePhone(facts.landline(c), c, false) : null;
        co.mobile = co.landline == null || chance(sole ? 0.7 : 0.35) ? uniquePhone(facts.mobile(), null, true) : null;
        String domainSource = core != null ? core : n.ownerFamily;
        co.domain = domain != null ? domain : uniqueDomain(domainSource, co.addr.cityInfo);
        if (chance(0.85)) {
            if ((sole || form == PolishFacts.S_C) && chance(0.3)) {
                String local = core != null && chance(0.5) ? Garble.ascii(core.replace(' ', '.'))
                        : Garble.ascii(n.ownerGiven + "." + n.ownerFamily);
                if (n.descriptor >= 0 && chance(0.3)) {
                    local = Garble.ascii(PolishFacts.DESCRIPTORS[n.descriptor][0]) + "." + local;
                }
                co.email = uniqueEmail(local, facts.freeProvider());
            } else {
                co.email = uniqueEmail(facts.oneOf(PolishFacts.COMPANY_MAILBOXES), co.domain);
            }
        }
        entities.add(co);
        companies++;
        return co;
    }

    private void companyGroup(int left) {
        int size = Math.min(left, chance(0.7) ? 2 : 3);
        String brand = casing(facts.brand(), rnd);
        City c = facts.city();
        Addr shared = chance(0.7) ? address(c, true) : null;
        String phone = chance(0.35) ? uniquePhone(facts.landline(c), c, false) : null;
        String domain = chance(0.8) ? uniqueDomain(brand, c) : null;
        List<String> words = new ArrayList<>(Arrays.asList(PolishFacts.BRAND_SECOND));
        List<Company> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String core = i == 0 && chance(0.6) ? brand : brand + " " + words.remove(rnd.nextInt(words.size()));
            double x = rnd.nextDouble();
            int form = x < 0.75 ? PolishFacts.SP_ZOO : x < 0.9 ? PolishFacts.SA : PolishFacts.SP_K;
            Addr addr = shared != null ? shared : address(c, true);
            Company co = company(core, addr, form, domain);
            if (phone != null) {
                co.landline = phone;
            }
            if (domain != null && co.email != null && !co.email.endsWith("@" + domain)) {
                co.email = uniqueEmail(facts.oneOf(PolishFacts.COMPANY_MAILBOXES), domain);
            } else if (domain != null && i > 0 && chance(0.5)) {
                String word = Garble.ascii(core.substring(core.lastIndexOf(' ') + 1));
                co.email = uniqueEmail(word, domain);
            }
            members.add(co);
        }
        group(Relation.COMPANY_GROUP, ids(members));
    }

    private void branches(int left) {
        int size = Math.min(left, chance(0.75) ? 2 : 3);
        City home = facts.bigCity();
        Company parent = company(null, address(home, true), chance(0.8) ? PolishFacts.SP_ZOO : PolishFacts.SA, null);
        List<Company> members = new ArrayList<>(List.of(parent));
        List<String> cities = new ArrayList<>(List.of(home.name()));
        while (members.size() < size) {
            City c = facts.bigCity();
            if (cities.contains(c.name())) {
                continue;
            }
            cities.add(c.name());
            Company b = company(parent.name.core, address(c, true), parent.name.legalForm, parent.domain);
            b.name = parent.name.copy();
            b.name.branch = chance(0.8) ? "Oddział w " + c.locative() : "Oddział " + c.name();
            usedNips.remove(b.nip);
            b.nip = parent.nip;
            usedRegons.remove(b.regon);
            b.regon = PolishIds.regon14(parent.regon, rnd);
            b.email = uniqueEmail(Garble.ascii(c.name().replace(' ', '-')), parent.domain);
            members.add(b);
        }
        group(Relation.BRANCH, ids(members));
    }

    // --- records ------------------------------------------------------------------------------------------------------

    private int pickIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int originalPhoneStyle(boolean landline) {
        return landline ? new int[] {1, 2, 0, 3}[pickIndex(new double[] {40, 35, 15, 10})]
                : new int[] {0, 1, 3, 2}[pickIndex(new double[] {40, 35, 15, 10})];
    }

    private void setAddress(Rec r, Addr a) {
        r.streetRef = a.street;
        if (a.street != null) {
            String[] v = a.street.variants();
            r.street = v.length > 1 && chance(0.35) ? v[1 + rnd.nextInt(v.length - 1)] : v[0];
            String type = a.street.type();
            r.prefix = "ul".equals(type) ? new int[] {0, 1, 3}[pickIndex(new double[] {65, 30, 5})]
                    : "".equals(type) ? 0 : chance(0.65) ? 0 : 1;
        } else {
            r.street = null;
            r.prefix = 0;
        }
        r.building = a.building;
        r.flat = a.flat;
        r.postal = a.postal;
        r.city = a.city;
        r.layout = new int[] {0, 4, 1, 6}[pickIndex(new double[] {80, 8, 8, 4})];
        r.postalStyle = chance(0.97) ? 0 : 1;
    }

    private void clearAddress(Rec r) {
        r.streetRef = null;
        r.street = null;
        r.building = null;
        r.flat = null;
        r.postal = null;
        r.city = null;
    }

    private Rec original(Object e) {
        Rec r = new Rec();
        if (e instanceof Person p) {
            r.p = p;
            r.entityId = p.id;
            r.given.add(p.first);
            if (p.second != null && chance(0.5)) {
                r.given.add(p.second);
            }
            r.family = p.family;
            r.sex = chance(0.97) ? (p.female ? "F" : "M") : null;
            r.pesel = chance(0.4) ? p.pesel : null;
            r.birth = chance(r.pesel != null ? 0.95 : 0.65) ? p.birth : null;
            r.email = p.email != null && chance(0.8) ? p.email : null;
            if ((p.mobile != null || p.landline != null) && chance(0.85)) {
                boolean land = p.mobile == null || (p.landline != null && chance(0.3));
                r.phone = land ? p.landline : p.mobile;
                r.phoneLandline = land;
                r.phoneStyle = originalPhoneStyle(land);
            }
            if (chance(0.8)) {
                setAddress(r, p.addr);
                if (chance(0.04)) {
                    r.postal = null;
                }
                if (chance(0.05)) {
                    r.flat = null;
                }
            }
            if (r.identifiers() == 0) {
                setAddress(r, p.addr);
            }
        } else {
            Company c = (Company) e;
            r.c = c;
            r.entityId = c.id;
            r.name = c.name.copy();
            CoName n = r.name;
            n.descriptorStyle = n.descriptor >= 0 ? pickIndex(new double[] {60, 15, 25}) : 0;
            n.legalVariant = pickIndex(new double[] {50, 35, 15});
            n.quotes = chance(0.1) ? 1 + pickIndex(new double[] {60, 30, 10}) : 0;
            n.order = n.ownerFamily != null ? pickIndex(new double[] {70, 20, 10}) : 0;
            n.ownerReversed = n.ownerFamily != null && chance(0.1);
            r.nip = chance(0.94) ? c.nip : null;
            r.nipStyle = new int[] {0, 1, 2, 4}[pickIndex(new double[] {55, 25, 15, 5})];
            r.regon = chance(0.55) ? c.regon : null;
            r.email = c.email != null && chance(0.8) ? c.email : null;
            if (chance(0.9)) {
                boolean land = c.mobile == null || (c.landline != null && chance(0.65));
                r.phone = land ? c.landline : c.mobile;
                r.phoneLandline = land;
                r.phoneStyle = originalPhoneStyle(land);
            }
            if (chance(0.92)) {
                setAddress(r, c.addr);
            }
            if (r.identifiers() == 0) {
                setAddress(r, c.addr);
            }
        }
        return r;
    }

    private void records(Object e) {
        Rec orig = original(e);
        boolean person = orig.person();
        rows.add(withId(orig.entityId, orig.render()));
        int duplicates = chance(0.3) ? 1 + pickIndex(mode.duplicates) : 0;
        if (duplicates > 0) {
            entitiesWithDuplicates++;
        }
        int n = duplicates + 1;
        truePairs += (long) n * (n - 1) / 2;
        Rec last = orig;
        for (int i = 0; i < duplicates; i++) {
            Rec source = i > 0 && chance(0.2) ? last : orig;
            Object[] result = duplicate(source);
            last = (Rec) result[0];
            rows.add(withId(orig.entityId, (String[]) result[1]));
            if (person) {
                personDuplicates++;
            } else {
                companyDuplicates++;
            }
        }
    }

    private static String[] withId(String entityId, String[] row) {
        row[0] = entityId;
        return row;
    }

    /** A re-entry of {@code source}: returns the changed record (for chains) and its written row. */
    private Object[] duplicate(Rec source) {
        boolean person = source.person();
        int k = pickIndex(mode.changes);
        List<Kind> pool = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (kind.weight(person, mode) > 0) {
                pool.add(kind);
            }
        }
        Rec cur = source.copy();
        String[] before = cur.render();
        List<Kind> textual = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        int applied = 0;
        while (applied < k && !pool.isEmpty()) {
            double[] w = new double[pool.size()];
            double total = 0;
            for (int i = 0; i < pool.size(); i++) {
                w[i] = applicable(pool.get(i), cur) ? pool.get(i).weight(person, mode) : 0;
                total += w[i];
            }
            if (total == 0) {
                break;
            }
            Kind kind = pool.remove(pickIndex(w));
            if (kind.textual) {
                textual.add(kind);
                applied++;
                continue;
            }
            Rec trial = cur.copy();
            List<String> details = new ArrayList<>();
            apply(kind, trial, details);
            String[] after = trial.render();
            if (!details.isEmpty() && !Arrays.equals(after, before)) {
                cur = trial;
                before = after;
                count(kind, person, details);
                counted.add(kind.name());
                applied++;
            }
        }
        String[] row = before;
        for (Kind kind : textual) {
            String[] changed = row.clone();
            List<String> details = new ArrayList<>();
            applyText(kind, changed, details);
            if (!Arrays.equals(changed, row)) {
                row = changed;
                count(kind, person, details);
                counted.add(kind.name());
            }
        }
        changesHistogram[Math.min(counted.size(), changesHistogram.length - 1)]++;
        return new Object[] {cur, row};
    }

    private void count(Kind kind, boolean person, List<String> details) {
        kindCounts.get(kind)[person ? 0 : 1]++;
        for (String d : details) {
            detailCounts.merge(kind.name() + "." + d, 1L, Long::sum);
        }
    }

    private static boolean isFreeMail(String email) {
        String domain = email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return Arrays.asList(PolishFacts.FREE_PROVIDERS).contains(domain);
    }

    private boolean applicable(Kind kind, Rec r) {
        return switch (kind) {
            case NAME_SWAP -> r.person() && !r.given.isEmpty() && r.family != null;
            case SECOND_GIVEN -> r.person() && (r.given.size() > 1 || (r.p.second != null && r.given.size() == 1));
            case NICKNAME -> r.person() && !r.given.isEmpty() && facts.hasDiminutive(r.given.get(0));
            case MARRIAGE -> r.person() && r.p.female && r.family != null
                    && ChronoUnit.YEARS.between(r.p.birth, TODAY) >= 20;
            case BIRTH_DATE_TYPO -> r.birth != null;
            case PESEL_TYPO -> r.pesel != null;
            case EMAIL_CASE, EMAIL_OTHER, EMAIL_TYPO -> r.email != null;
            case PHONE_FORMAT, PHONE_OTHER, PHONE_TYPO -> r.phone != null;
            case ADDRESS_FORMAT, MOVED -> r.hasAddress();
            case STREET_NAME_VARIANT -> r.streetRef != null && r.street != null && r.streetRef.variants().length > 1
                    && Arrays.asList(r.streetRef.variants()).contains(r.street);
            case POSTAL_FORMAT, POSTAL_TYPO -> r.postal != null;
            case CITY_VARIANT -> r.city != null;
            case LEGAL_FORM -> !r.person() && r.name.legalForm >= 0;
            case QUOTES -> !r.person() && r.name.core != null;
            case DESCRIPTOR -> !r.person() && r.name.hasDescriptor();
            case WORD_ORDER -> !r.person() && (r.name.ownerFamily != null || r.name.hasDescriptor()
                    || (r.name.core != null && r.name.core.trim().contains(" ")));
            case NIP_FORMAT, NIP_TYPO -> r.nip != null;
            case REGON_MISSING -> r.regon != null;
            default -> true;
        };
    }

    // --- the changes -------------------------------------------------------------------------------------------------

    private void apply(Kind kind, Rec r, List<String> d) {
        switch (kind) {
            case TYPO -> textChange(r, d, s -> Garble.typo(s, rnd));
            case OCR -> textChange(r, d, s -> Garble.ocr(s, rnd));
            case NAME_SWAP -> {
                String g = String.join(" ", r.given);
                r.given = new ArrayList<>(List.of(r.family));
                r.family = g;
                d.add("swapped");
            }
            case SECOND_GIVEN -> {
                if (r.given.size() > 1) {
                    r.given = new ArrayList<>(r.given.subList(0, 1));
                    d.add("dropped");
                } else {
                    r.given.add(r.p.second);
                    d.add("added");
                }
            }
            case NICKNAME -> {
                String other = facts.otherFormOf(r.given.get(0));
                boolean toDiminutive = Arrays.stream(PolishFacts.DIMINUTIVES).anyMatch(x -> x[0].equals(r.given.get(0)));
                r.given.set(0, other);
                d.add(toDiminutive ? "diminutive" : "formal");
            }
            case MARRIAGE -> {
                if (r.family.contains("-")) {
                    r.family = r.family.substring(0, r.family.indexOf('-'));
                    d.add("second-part-dropped");
                } else if (chance(0.65)) {
                    r.family = PolishFacts.feminine(facts.familyName());
                    d.add("new-surname");
                } else {
                    r.family = r.family + "-" + PolishFacts.feminine(facts.familyName());
                    d.add("double-barrelled");
                }
            }
            case BLANK -> blank(r, d);
            case FILLED -> fill(r, d);
            case BIRTH_DATE_TYPO -> {
                String[] how = new String[1];
                LocalDate t = Garble.dateTypo(r.birth, TODAY, rnd, how);
                if (t != null) {
                    r.birth = t;
                    d.add(how[0]);
                }
            }
            case PESEL_TYPO -> {
                r.pesel = Garble.digitTypo(r.pesel, rnd);
                d.add("digit");
            }
            case EMAIL_CASE -> {
                String local = r.email.substring(0, r.email.indexOf('@'));
                String domain = r.email.substring(r.email.indexOf('@') + 1);
                int how = rnd.nextInt(3);
                if (how == 0) {
                    StringBuilder b = new StringBuilder();
                    for (String part : local.split("\\.", -1)) {
                        b.append(b.length() == 0 ? "" : ".")
                                .append(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
                    }
                    r.email = b + "@" + domain;
                    d.add("capitalised");
                } else if (how == 1) {
                    r.email = r.email.toUpperCase(Locale.ROOT);
                    d.add("upper");
                } else {
                    r.email = local + "@" + domain.toUpperCase(Locale.ROOT);
                    d.add("domain-upper");
                }
            }
            case EMAIL_OTHER -> otherEmail(r, d);
            case EMAIL_TYPO -> emailTypo(r, d);
            case PHONE_FORMAT -> {
                r.phoneStyle = otherThan(r.phoneStyle, PHONE_STYLES);
                d.add(r.phoneLandline ? "landline" : "mobile");
            }
            case PHONE_OTHER -> otherPhone(r, d);
            case PHONE_TYPO -> {
                r.phone = Garble.digitTypo(r.phone, rnd);
                d.add("digit");
            }
            case ADDRESS_FORMAT -> {
                double x = rnd.nextDouble();
                int prefixes = r.streetRef == null ? 1 : PolishFacts.PREFIXES.get(r.streetRef.type()).length;
                if (x < 0.5 || prefixes == 1) {
                    r.layout = otherThan(r.layout, LAYOUTS);
                    d.add("layout");
                } else if (x < 0.75) {
                    r.prefix = otherThan(r.prefix, prefixes);
                    d.add("prefix");
                } else {
                    r.layout = otherThan(r.layout, LAYOUTS);
                    r.prefix = otherThan(r.prefix, prefixes);
                    d.add("layout+prefix");
                }
            }
            case STREET_NAME_VARIANT -> {
                String[] v = r.streetRef.variants();
                for (int i = 0; i < 10; i++) {
                    String s = v[rnd.nextInt(v.length)];
                    if (!s.equals(r.street)) {
                        r.street = s;
                        d.add("variant");
                        break;
                    }
                }
            }
            case POSTAL_FORMAT -> {
                r.postalStyle = otherThan(r.postalStyle, 3);
                d.add(r.postalStyle == 1 ? "no-dash" : r.postalStyle == 2 ? "space" : "dash");
            }
            case POSTAL_TYPO -> {
                String digits = r.postal.replace("-", "");
                int i = rnd.nextInt(5);
                char c = (char) ('0' + (digits.charAt(i) - '0' + 1 + rnd.nextInt(9)) % 10);
                digits = digits.substring(0, i) + c + digits.substring(i + 1);
                r.postal = digits.substring(0, 2) + "-" + digits.substring(2);
                d.add("digit");
            }
            case MOVED -> {
                Object truth = r.person() ? r.p : r.c;
                City c = chance(0.6) && r.city != null ? cityOf(truth) : facts.city();
                Addr a = address(c, !r.person());
                int layout = r.layout;
                int postalStyle = r.postalStyle;
                setAddress(r, a);
                r.layout = layout;
                r.postalStyle = postalStyle;
                d.add("moved");
            }
            case LEGAL_FORM -> {
                CoName n = r.name;
                if (n.legalDropped) {
                    n.legalDropped = false;
                    n.legalVariant = rnd.nextInt(PolishFacts.LEGAL_FORMS[n.legalForm].length);
                    d.add("restored");
                } else if (chance(0.12)) {
                    n.legalDropped = true;
                    d.add("dropped");
                } else {
                    n.legalVariant = otherThan(n.legalVariant, PolishFacts.LEGAL_FORMS[n.legalForm].length);
                    d.add("variant");
                }
            }
            case QUOTES -> {
                CoName n = r.name;
                if (n.quotes == 0) {
                    n.quotes = 1 + pickIndex(new double[] {60, 30, 10});
                    d.add("added");
                } else if (chance(0.6)) {
                    n.quotes = 0;
                    d.add("removed");
                } else {
                    n.quotes = 1 + (n.quotes % 3);
                    d.add("changed");
                }
            }
            case DESCRIPTOR -> {
                CoName n = r.name;
                if (n.descriptor >= 0 && chance(0.8)) {
                    n.descriptorStyle = otherThan(n.descriptorStyle, 3);
                    d.add(n.descriptorStyle == 2 ? "expanded" : n.descriptorStyle == 1 ? "dotted" : "abbreviated");
                } else if (n.core != null || n.ownerFamily != null) {
                    n.descriptorDropped = true;
                    d.add("dropped");
                }
            }
            case WORD_ORDER -> wordOrder(r, d);
            case NIP_FORMAT -> {
                double[] w = {20, 25, 20, 10, 8, 6, 6, 5};
                w[r.nipStyle] = 0;
                r.nipStyle = pickIndex(w);
                d.add(r.nipStyle >= 4 && r.nipStyle <= 6 ? "PL-prefix" : r.nipStyle == 0 ? "digits" : "separators");
            }
            case NIP_TYPO -> {
                r.nip = Garble.digitTypo(r.nip, rnd);
                d.add("digit");
            }
            case REGON_MISSING -> {
                r.regon = null;
                d.add("missing");
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static City cityOf(Object truth) {
        return truth instanceof Person p ? p.addr.cityInfo : ((Company) truth).addr.cityInfo;
    }

    private int otherThan(int current, int count) {
        int v = rnd.nextInt(count - 1);
        return v >= current ? v + 1 : v;
    }

    /** A typo or OCR confusion in one text value. */
    private void textChange(Rec r, List<String> d, java.util.function.UnaryOperator<String> f) {
        List<String> targets = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (r.person()) {
            if (!r.given.isEmpty()) {
                targets.add("given");
                weights.add(35.0);
            }
            if (r.family != null) {
                targets.add("family");
                weights.add(40.0);
            }
        } else {
            if (r.name.core != null) {
                targets.add("name");
                weights.add(55.0);
            }
            if (r.name.ownerFamily != null) {
                targets.add("owner");
                weights.add(r.name.core == null ? 55.0 : 10.0);
            }
        }
        if (r.street != null) {
            targets.add("street");
            weights.add(r.person() ? 15.0 : 20.0);
        }
        if (r.city != null) {
            targets.add("city");
            weights.add(r.person() ? 10.0 : 15.0);
        }
        if (targets.isEmpty()) {
            return;
        }
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        String target = targets.get(pickIndex(w));
        switch (target) {
            case "given" -> {
                int i = r.given.size() > 1 && chance(0.2) ? 1 : 0;
                r.given.set(i, f.apply(r.given.get(i)));
            }
            case "family" -> r.family = f.apply(r.family);
            case "name" -> r.name.core = f.apply(r.name.core);
            case "owner" -> r.name.ownerFamily = f.apply(r.name.ownerFamily);
            case "street" -> r.street = f.apply(r.street);
            default -> r.city = f.apply(r.city);
        }
        d.add(target);
    }

    private void blank(Rec r, List<String> d) {
        int fields = chance(mode.secondBlank) ? 2 : 1;
        for (int i = 0; i < fields; i++) {
            List<String> names = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            boolean keepsIdentifier = r.identifiers() > 1;
            if (r.email != null && keepsIdentifier) {
                names.add("email");
                weights.add(3.0);
            }
            if (r.phone != null && keepsIdentifier) {
                names.add("phone");
                weights.add(3.0);
            }
            if (r.hasAddress() && keepsIdentifier) {
                names.add("address");
                weights.add(2.0);
            }
            if (r.postal != null && r.street != null) {
                names.add("postal_code");
                weights.add(1.0);
            }
            if (r.flat != null) {
                names.add("flat");
                weights.add(1.0);
            }
            if (r.birth != null && keepsIdentifier) {
                names.add("birth_date");
                weights.add(2.0);
            }
            if (r.pesel != null && keepsIdentifier) {
                names.add("pesel");
                weights.add(2.0);
            }
            if (r.sex != null) {
                names.add("sex");
                weights.add(0.5);
            }
            if (r.nip != null && keepsIdentifier) {
                names.add("nip");
                weights.add(1.5);
            }
            if (names.isEmpty()) {
                return;
            }
            String field = names.get(pickIndex(weights.stream().mapToDouble(Double::doubleValue).toArray()));
            switch (field) {
                case "email" -> r.email = null;
                case "phone" -> r.phone = null;
                case "address" -> clearAddress(r);
                case "postal_code" -> r.postal = null;
                case "flat" -> r.flat = null;
                case "birth_date" -> r.birth = null;
                case "pesel" -> r.pesel = null;
                case "sex" -> r.sex = null;
                default -> r.nip = null;
            }
            d.add(field);
        }
    }

    private void fill(Rec r, List<String> d) {
        List<String> names = new ArrayList<>();
        Person p = r.p;
        Company c = r.c;
        Addr truthAddr = p != null ? p.addr : c.addr;
        if (p != null) {
            if (r.pesel == null) {
                names.add("pesel");
            }
            if (r.birth == null) {
                names.add("birth_date");
            }
            if (r.sex == null) {
                names.add("sex");
            }
        } else {
            if (r.nip == null) {
                names.add("nip");
            }
            if (r.regon == null) {
                names.add("regon");
            }
        }
        String truthEmail = p != null ? p.email : c.email;
        if (r.email == null && truthEmail != null) {
            names.add("email");
        }
        boolean anyPhone = p != null ? p.mobile != null || p.landline != null : c.mobile != null || c.landline != null;
        if (r.phone == null && anyPhone) {
            names.add("phone");
        }
        if (!r.hasAddress()) {
            names.add("address");
        } else {
            if (r.postal == null && r.street != null) {
                names.add("postal_code");
            }
            if (r.flat == null && truthAddr.flat != null && r.street != null
                    && r.streetRef == truthAddr.street) {
                names.add("flat");
            }
        }
        if (names.isEmpty()) {
            return;
        }
        String field = names.get(rnd.nextInt(names.size()));
        switch (field) {
            case "pesel" -> r.pesel = p.pesel;
            case "birth_date" -> r.birth = p.birth;
            case "sex" -> r.sex = p.female ? "F" : "M";
            case "nip" -> r.nip = c.nip;
            case "regon" -> r.regon = c.regon;
            case "email" -> r.email = truthEmail;
            case "phone" -> {
                String mobile = p != null ? p.mobile : c.mobile;
                String landline = p != null ? p.landline : c.landline;
                boolean land = mobile == null || (landline != null && chance(0.4));
                r.phone = land ? landline : mobile;
                r.phoneLandline = land;
                r.phoneStyle = originalPhoneStyle(land);
            }
            case "address" -> setAddress(r, truthAddr);
            case "postal_code" -> r.postal = truthAddr.postal;
            default -> r.flat = truthAddr.flat;
        }
        d.add(field);
    }

    private void otherEmail(Rec r, List<String> d) {
        String local = r.email.substring(0, r.email.indexOf('@'));
        if (r.person()) {
            if (isFreeMail(r.email) && chance(0.6)) {
                String domain = r.email.substring(r.email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
                String other = domain;
                while (other.equals(domain)) {
                    other = facts.freeProvider();
                }
                r.email = local + "@" + other;
                d.add("other-provider");
            } else {
                String given = r.p.first;
                r.email = facts.personalLocal(given, r.p.family, r.p.birth.getYear()) + "@" + facts.freeProvider();
                d.add("other-address");
            }
        } else {
            if (chance(0.6)) {
                String mailbox = local;
                while (mailbox.equals(local)) {
                    mailbox = facts.oneOf(PolishFacts.COMPANY_MAILBOXES);
                }
                r.email = mailbox + "@" + r.c.domain;
                d.add("other-mailbox");
            } else {
                String base = r.c.domain.substring(0, r.c.domain.indexOf('.'));
                r.email = base + "@" + facts.freeProvider();
                d.add("free-mail");
            }
        }
    }

    private static final String[][] DOMAIN_TYPOS = {
        {"gmail.com", "gmial.com", "gmail.co", "gmai.com", "gmail.pl", "gmail.con"},
        {"wp.pl", "wp.p", "wpp.pl", "wp.pl.pl", "w.pl"},
        {"onet.pl", "onet.p", "onte.pl", "onet.ppl", "one.pl"},
        {"o2.pl", "02.pl", "o2.p", "o2pl.pl"},
        {"interia.pl", "intreia.pl", "interia.p", "interai.pl", "inetria.pl"},
        {"op.pl", "op.p", "o.pl"}};

    private void emailTypo(Rec r, List<String> d) {
        int at = r.email.indexOf('@');
        String local = r.email.substring(0, at);
        String domain = r.email.substring(at + 1);
        double x = rnd.nextDouble();
        if (x < 0.4) {
            for (String[] t : DOMAIN_TYPOS) {
                if (t[0].equalsIgnoreCase(domain)) {
                    r.email = local + "@" + t[1 + rnd.nextInt(t.length - 1)];
                    d.add("domain");
                    return;
                }
            }
        }
        if (x < 0.6 && local.contains(".")) {
            int i = local.indexOf('.');
            r.email = local.substring(0, i) + local.substring(i + 1) + "@" + domain;
            d.add("lost-dot");
            return;
        }
        if (x < 0.7) {
            r.email = local + "@" + Garble.typo(domain, rnd);
            d.add("domain");
            return;
        }
        r.email = Garble.typo(local, rnd) + "@" + domain;
        d.add("local");
    }

    private void otherPhone(Rec r, List<String> d) {
        String mobile = r.person() ? r.p.mobile : r.c.mobile;
        String landline = r.person() ? r.p.landline : r.c.landline;
        if (r.phoneLandline && mobile != null) {
            r.phone = mobile;
            r.phoneLandline = false;
            r.phoneStyle = originalPhoneStyle(false);
            d.add("other-known");
        } else if (!r.phoneLandline && landline != null && chance(0.7)) {
            r.phone = landline;
            r.phoneLandline = true;
            r.phoneStyle = originalPhoneStyle(true);
            d.add("other-known");
        } else {
            r.phone = uniquePhone(facts.mobile(), null, true);
            r.phoneLandline = false;
            r.phoneStyle = originalPhoneStyle(false);
            d.add("new-number");
        }
    }

    private void wordOrder(Rec r, List<String> d) {
        CoName n = r.name;
        List<String> options = new ArrayList<>();
        if (n.ownerFamily != null || n.hasDescriptor()) {
            options.add("order");
        }
        if (n.ownerFamily != null) {
            options.add("owner-reversed");
        }
        if (n.owner2Family != null) {
            options.add("owners-swapped");
        }
        if (n.core != null && n.core.trim().contains(" ")) {
            options.add("core-words");
        }
        String o = options.get(rnd.nextInt(options.size()));
        switch (o) {
            case "order" -> n.order = otherThan(n.order, 3);
            case "owner-reversed" -> n.ownerReversed = !n.ownerReversed;
            case "owners-swapped" -> n.ownersSwapped = !n.ownersSwapped;
            default -> {
                List<String> words = PolishFacts.words(n.core);
                String firstWord = words.remove(0);
                words.add(firstWord);
                n.core = String.join(" ", words);
            }
        }
        d.add(o);
    }

    /** The kinds that damage the written text: diacritics, case, spacing, the city's spelling. */
    private void applyText(Kind kind, String[] row, List<String> d) {
        switch (kind) {
            case DIACRITICS -> {
                List<Integer> with = new ArrayList<>();
                for (int f : TEXT_FIELDS) {
                    if (Garble.hasDiacritics(row[f])) {
                        with.add(f);
                    }
                }
                if (with.isEmpty()) {
                    return;
                }
                if (chance(0.55)) {
                    for (int f : with) {
                        row[f] = Garble.stripDiacritics(row[f]);
                    }
                    d.add("record");
                } else {
                    int f = with.get(rnd.nextInt(with.size()));
                    row[f] = Garble.stripDiacritics(row[f]);
                    d.add(HEADER[f]);
                }
            }
            case CASE -> {
                List<Integer> present = present(row);
                if (present.isEmpty()) {
                    return;
                }
                double x = rnd.nextDouble();
                if (x < 0.35) {
                    for (int f : present) {
                        row[f] = Garble.upper(row[f]);
                    }
                    d.add("record-upper");
                } else {
                    int f = present.get(rnd.nextInt(present.size()));
                    row[f] = x < 0.7 ? Garble.upper(row[f]) : Garble.lower(row[f]);
                    d.add(x < 0.7 ? "upper" : "lower");
                }
            }
            case SPACING -> {
                List<Integer> present = present(row);
                if (!row[BUILDING].isEmpty()) {
                    present.add(BUILDING);
                }
                if (present.isEmpty()) {
                    return;
                }
                int f = present.get(rnd.nextInt(present.size()));
                row[f] = Garble.spacing(row[f], rnd);
                d.add(HEADER[f]);
            }
            case CITY_VARIANT -> {
                String c = row[CITY];
                if (c.isEmpty()) {
                    return;
                }
                double x = rnd.nextDouble();
                if (c.equals("Warszawa") && x < 0.1) {
                    row[CITY] = "W-wa";
                    d.add("abbreviated");
                } else if (x < 0.35) {
                    row[CITY] = Garble.upper(c);
                    d.add("upper");
                } else if (x < 0.55) {
                    row[CITY] = Garble.lower(c);
                    d.add("lower");
                } else if (x < 0.85 && Garble.hasDiacritics(c)) {
                    row[CITY] = Garble.stripDiacritics(c);
                    d.add("diacritics");
                } else {
                    row[CITY] = Garble.upper(Garble.stripDiacritics(c));
                    d.add("upper-diacritics");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static List<Integer> present(String[] row) {
        List<Integer> present = new ArrayList<>();
        for (int f : TEXT_FIELDS) {
            if (!row[f].isEmpty()) {
                present.add(f);
            }
        }
        return present;
    }

    // --- output -------------------------------------------------------------------------------------------------------

    void write(Path out) throws IOException {
        Collections.shuffle(rows, rnd);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).build();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, format)) {
            int id = 1;
            for (String[] row : rows) {
                row[1] = String.format(Locale.ROOT, "R%07d", id++);
                printer.printRecord((Object[]) row);
            }
        }
        String name = out.getFileName().toString();
        String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        Path negatives = out.resolveSibling(base + "-hard-negatives.csv");
        CSVFormat negFormat = CSVFormat.RFC4180.builder().setHeader("relation", "group_id", "entity_ids").build();
        try (Writer w = Files.newBufferedWriter(negatives, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, negFormat)) {
            int g = 1;
            for (Object[] group : groups) {
                @SuppressWarnings("unchecked")
                List<String> ids = new ArrayList<>((List<String>) group[1]);
                Collections.sort(ids);
                printer.printRecord(group[0], String.format(Locale.ROOT, "G%05d", g++), String.join(" ", ids));
            }
        }
    }

    void summary(PrintStream out, Path file) {
        long duplicates = personDuplicates + companyDuplicates;
        out.printf(Locale.ROOT, "BlindDuplicates %s seed=%d -> %s%n", mode.name().toLowerCase(Locale.ROOT), seed, file);
        out.printf(Locale.ROOT, "entities %d (persons %d, companies %d); records %d (duplicates %d: persons %d, companies %d)%n",
                entities.size(), persons, companies, rows.size(), duplicates, personDuplicates, companyDuplicates);
        out.printf(Locale.ROOT, "entities with duplicates %d (%.1f %%); true pairs %d%n", entitiesWithDuplicates,
                100.0 * entitiesWithDuplicates / entities.size(), truePairs);
        StringBuilder h = new StringBuilder("changes per duplicate:");
        double sum = 0;
        for (int i = 0; i < changesHistogram.length; i++) {
            if (changesHistogram[i] > 0) {
                h.append(' ').append(i).append(": ").append(changesHistogram[i]);
                sum += (double) i * changesHistogram[i];
            }
        }
        out.printf(Locale.ROOT, "%s (mean %.2f)%n", h, duplicates == 0 ? 0.0 : sum / duplicates);
        out.println("error kinds applied (count; % of person / company duplicates):");
        for (Kind k : Kind.values()) {
            long[] c = kindCounts.get(k);
            if (c[0] + c[1] == 0) {
                continue;
            }
            StringBuilder details = new StringBuilder();
            for (Map.Entry<String, Long> e : detailCounts.entrySet()) {
                if (e.getKey().startsWith(k.name() + ".")) {
                    details.append(details.length() == 0 ? "" : ", ")
                            .append(e.getKey().substring(k.name().length() + 1)).append(' ').append(e.getValue());
                }
            }
            out.printf(Locale.ROOT, "  %-20s %6d  P %5.1f %%  C %5.1f %%   [%s]%n", k.name(), c[0] + c[1],
                    personDuplicates == 0 ? 0.0 : 100.0 * c[0] / personDuplicates,
                    companyDuplicates == 0 ? 0.0 : 100.0 * c[1] / companyDuplicates, details);
        }
        Map<Relation, long[]> rel = new EnumMap<>(Relation.class);
        for (Relation r : Relation.values()) {
            rel.put(r, new long[2]);
        }
        long involved = 0;
        for (Object[] g : groups) {
            long[] c = rel.get((Relation) g[0]);
            c[0]++;
            c[1] += ((List<?>) g[1]).size();
            involved += ((List<?>) g[1]).size();
        }
        StringBuilder r = new StringBuilder("hard negatives (groups/entities):");
        for (Relation x : Relation.values()) {
            r.append(' ').append(x.name()).append(' ').append(rel.get(x)[0]).append('/').append(rel.get(x)[1]);
        }
        out.println(r);
        out.printf(Locale.ROOT, "entities in a hard-negative relation %d (%.1f %%)%n", involved, 100.0 * involved / entities.size());
    }
}
