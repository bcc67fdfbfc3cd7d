package dev.kartoteka.core.standardization;

import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.spi.SearchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The address normaliser: Polish rules for addresses in PL, spaces and casing for the others. */
final class Addresses {

    /** Street prefixes as written, folded, without the dot → the canonical abbreviation. */
    private static final Map<String, String> STREET_PREFIXES = Map.ofEntries(
            Map.entry("ul", "ul."), Map.entry("ulica", "ul."),
            Map.entry("al", "al."), Map.entry("aleja", "al."), Map.entry("aleje", "al."), Map.entry("alei", "al."),
            Map.entry("pl", "pl."), Map.entry("plac", "pl."),
            Map.entry("os", "os."), Map.entry("osiedle", "os."),
            Map.entry("bulw", "bulw."), Map.entry("bulwar", "bulw."),
            Map.entry("wyb", "wyb."), Map.entry("wybrzeze", "wyb."),
            Map.entry("rondo", "rondo"), Map.entry("skwer", "skwer"));
    private static final Pattern STREET_PREFIX = Pattern.compile(
            "(ulica|ul|aleja|aleje|alei|al|plac|pl|osiedle|os|bulwar|bulw|wybrzeże|wybrzeze|wyb|rondo|skwer)(?:\\.\\s*|\\s+)"
                    + "(?=\\S)(.*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** Titles written small in street names, also as the first word ({@code "ul. gen. Józefa Bema"}). */
    private static final Set<String> STREET_TITLES = Set.of("gen.", "ks.", "św.", "im.", "bp.", "abp.", "kard.",
            "marsz.", "prof.", "dr", "płk.", "kpt.", "mjr.", "por.", "hm.");
    private static final Set<String> SMALL_WORDS = Set.of("i", "w", "we", "na", "nad", "pod", "przy", "z", "ze", "do",
            "od", "k.", "n.", "koło", "am", "an", "ob", "der", "den", "sur", "sous", "de", "la", "le", "les", "upon",
            "on", "en");
    private static final Pattern POSTAL_PL = Pattern.compile("(\\d{2})\\s*[-–—]?\\s*(\\d{3})");
    /**
     * A Polish postal code a spreadsheet took for a number and wrote without its leading zeros ({@code 2254} for
     * {@code 02-254}, {@code 652} for {@code 00-652}): every Polish code has five digits, so three or four bare
     * digits can only be one of the codes starting with zeros.
     */
    private static final Pattern POSTAL_PL_LOST_ZERO = Pattern.compile("\\d{3,4}");
    private static final Pattern BUILDING = Pattern.compile("\\d+[A-Z]{0,2}(?:-\\d+[A-Z]{0,2})?");
    private static final Pattern BUILDING_WITH_UNIT = Pattern.compile(
            "(\\d+[A-Z]{0,2})\\s*(?:/|\\\\|\\bM\\b\\.?|\\bLOK\\b\\.?|\\bLOKAL\\b)\\s*(\\d+[A-Z]{0,2})");
    private static final Pattern UNIT_PREFIX = Pattern.compile("(?:M|LOK|LOKAL|MIESZK)\\.?\\s*(?=\\d)");
    /**
     * A street and its number, a letter after it perhaps spaced ({@code "Nowa 15 B"}), a comma allowed before it
     * ({@code "vul. Zelena, 54"}), and a flat after {@code /}, {@code m.}, {@code lok.} or {@code kv.}
     * ({@code "vul. Sadova, 3, kv. 7"}, as Ukraine writes it).
     */
    private static final Pattern STREET_WITH_NUMBER = Pattern.compile(
            "(.*?\\D)[\\s,]*\\s(\\d+(?:\\s?[A-Za-z]{1,2})?)(?:[\\s,]*(?:/|\\bm\\b\\.?|\\blok\\b\\.?|\\bkv\\b\\.?|кв\\.?)"
                    + "\\s*(\\d+[A-Za-z]{0,2}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A flat written before the building, as Britain writes it: {@code "Flat 10, 134 Station Road"}. */
    private static final Pattern FLAT_FIRST = Pattern.compile(
            "(?:flat|apartment|apt\\.?|unit)\\s*#?\\s*(\\d+[A-Za-z]?|[A-Za-z]\\d*)\\s*,\\s*(.+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** The countries that write the building number before the street. */
    private static final Set<String> NUMBER_FIRST_COUNTRIES = Set.of("GB", "IE", "US", "CA", "AU", "NZ", "FR", "LU",
            "JE", "GG", "IM");
    /**
     * Words before which a number is no building's: a box, a flat or suite, a road's number ({@code "PO Box 123"},
     * {@code "Flat 3"}, {@code "Route 66"}, {@code "Calle 13"}): such a street is left as entered.
     */
    private static final Pattern NOT_A_BUILDING = Pattern.compile(
            "(?i)\\b(?:p\\.?\\s?o\\.?\\s+box|box|skr(?:\\.|ytka)?(?:\\s+poczt\\w*)?|flat|unit|suite|ste|apt|"
                    + "apartment|room|floor|route|rte|highway|hwy|interstate|calle|carrera|km)\\.?\\s*#?\\d");
    /**
     * A building number standing before its street, as Britain, Ireland, the Americas and France write it
     * ({@code "12 rue de la Paix"}, {@code "12, rue de la Paix"}); shared with the one-line reader.
     */
    static final Pattern NUMBER_FIRST = Pattern.compile(
            "(\\d+[A-Za-z]?(?:\\s?-\\s?\\d+[A-Za-z]?)?)[\\s,]+(.*\\p{L}.*)", Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** Compass points after an American street's name, written in capitals: {@code "Pennsylvania Ave NW"}. */
    private static final Pattern COMPASS = Pattern.compile("(?<=\\s)(?:Ne|Nw|Se|Sw)$");
    private static final Pattern SPACED_LETTER = Pattern.compile("^(\\d+)\\s+([A-Z])$");
    private static final Pattern VOIVODESHIP_PREFIX = Pattern.compile("^(woj\\.?|województwo)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, String> VOIVODESHIPS = new HashMap<>();

    /**
     * The voivodeships' codes of ISO 3166-2:PL, as shops and mailing lists write a Polish address's state: the
     * letters used until 2018 ({@code MZ}) and the numbers since ({@code PL-14}), in the order of the names.
     */
    private static final List<String> VOIVODESHIP_LETTERS = List.of("DS", "KP", "LU", "LB", "LD", "MA", "MZ", "OP",
            "PK", "PD", "PM", "SL", "SK", "WN", "WP", "ZP");
    private static final Map<String, String> VOIVODESHIP_CODES = new HashMap<>();
    private static final Pattern VOIVODESHIP_CODE = Pattern.compile("(?i)(?:PL-)?([A-Z]{2})|PL-(\\d{2})");

    static {
        List<String> names = List.of("dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie",
                "małopolskie", "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
                "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie");
        for (int i = 0; i < names.size(); i++) {
            VOIVODESHIPS.put(LegalForms.compact(names.get(i)), names.get(i));
            VOIVODESHIP_CODES.put(VOIVODESHIP_LETTERS.get(i), names.get(i));
            VOIVODESHIP_CODES.put(String.format(Locale.ROOT, "%02d", 2 * (i + 1)), names.get(i));
        }
    }

    /**
     * A voivodeship, as written in a Polish address's region: its name ({@code "Mazowieckie"}, {@code "woj.
     * mazowieckie"}) or its ISO 3166-2:PL code ({@code "MZ"}, {@code "PL-MZ"}, {@code "PL-14"}).
     *
     * @return its name in small letters ({@code "mazowieckie"}), or no value
     */
    static Optional<String> voivodeship(String text) {
        String t = Casing.spaces(text);
        Matcher code = VOIVODESHIP_CODE.matcher(t);
        if (code.matches()) {
            return Optional.ofNullable(VOIVODESHIP_CODES.get(code.group(1) != null
                    ? code.group(1).toUpperCase(Locale.ROOT) : code.group(2)));
        }
        return Optional.ofNullable(VOIVODESHIPS.get(LegalForms.compact(VOIVODESHIP_PREFIX.matcher(t)
                .replaceFirst(""))));
    }

    private Addresses() {
    }

    static Standardized<PostalAddress> standardize(PostalAddress a) {
        List<Remark> remarks = new ArrayList<>();
        String country = Casing.spaces(a.country()).toUpperCase(Locale.ROOT);
        boolean polish = country.equals("PL");
        Optional<String> street = a.street().map(Casing::spaces).filter(s -> !s.isEmpty());
        String building = Casing.spaces(a.building()).toUpperCase(Locale.ROOT);
        Optional<String> unit = a.unit().map(u -> Casing.spaces(u).toUpperCase(Locale.ROOT)).filter(u -> !u.isEmpty());
        boolean numberFirst = NUMBER_FIRST_COUNTRIES.contains(country);
        if (building.isEmpty() && street.isPresent() && numberFirst && unit.isEmpty()) {
            // the flat before the building, as Britain writes it: "Flat 10, 134 Station Road"
            Matcher flat = FLAT_FIRST.matcher(street.get());
            if (flat.matches() && NUMBER_FIRST.matcher(flat.group(2)).matches()) {
                unit = Optional.of(flat.group(1).toUpperCase(Locale.ROOT));
                street = Optional.of(flat.group(2));
            }
        }
        if (building.isEmpty() && street.isPresent() && !NOT_A_BUILDING.matcher(street.get()).find()) {
            // the number where the country writes it: first in Britain, Ireland, the Americas, Australia, France
            // ("10 Downing Street", "12 rue de la Paix"), last elsewhere ("ul. Długa 5/3", "Hauptstraße 5")
            Matcher m = STREET_WITH_NUMBER.matcher(street.get());
            Matcher first = NUMBER_FIRST.matcher(street.get());
            if (numberFirst && first.matches() && !first.group(2).matches(".*\\d.*")) {
                street = Optional.of(first.group(2).strip());
                building = first.group(1).replace(" ", "").toUpperCase(Locale.ROOT);
            } else if (!numberFirst && m.matches()) {
                street = Optional.of(m.group(1).strip());
                building = m.group(2).replace(" ", "").toUpperCase(Locale.ROOT);
                if (m.group(3) != null) {
                    if (unit.isPresent()) {
                        remarks.add(new Remark("unit", "the street also carries a flat number; the unit is kept"));
                    } else {
                        unit = Optional.of(m.group(3).toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        if (polish) {
            street = street.map(s -> street(s));
            building = SPACED_LETTER.matcher(building).replaceFirst("$1$2");
            Matcher m = BUILDING_WITH_UNIT.matcher(building);
            if (m.matches()) {
                if (unit.isPresent()) {
                    remarks.add(new Remark("building", "holds a flat number and a unit is given too; kept as entered"));
                } else {
                    building = m.group(1);
                    unit = Optional.of(m.group(2));
                }
            } else if (!building.isEmpty() && !BUILDING.matcher(building).matches()) {
                remarks.add(new Remark("building", "not a building number (digits and a letter, e.g. 12A); kept as "
                        + "entered"));
            }
            unit = unit.map(u -> UNIT_PREFIX.matcher(u).replaceFirst(""));
        } else {
            street = street.map(s -> COMPASS.matcher(Casing.words(s, SMALL_WORDS, Set.of(), false, true))
                    .replaceAll(r -> r.group().toUpperCase(Locale.ROOT)));
        }
        String postalCode = Casing.spaces(a.postalCode()).toUpperCase(Locale.ROOT);
        if (polish && !postalCode.isEmpty()) {
            Matcher m = POSTAL_PL.matcher(postalCode);
            if (m.matches()) {
                postalCode = m.group(1) + "-" + m.group(2);
            } else if (POSTAL_PL_LOST_ZERO.matcher(postalCode).matches()) {
                String five = "00".substring(postalCode.length() - 3) + postalCode;
                postalCode = five.substring(0, 2) + "-" + five.substring(2);
            } else {
                remarks.add(new Remark("postalCode", "not a Polish postal code NN-NNN; kept as entered"));
            }
        }
        String city = place(a.city());
        Optional<String> district = a.district().map(Addresses::place).filter(d -> !d.isEmpty());
        Optional<String> region = a.region().map(Casing::spaces).filter(r -> !r.isEmpty());
        if (polish && region.isPresent()) {
            Optional<String> v = voivodeship(region.get());
            if (v.isPresent()) {
                region = v;
            } else {
                remarks.add(new Remark("region", "not one of the 16 voivodeships; kept as entered"));
            }
        }
        PostalAddress out = new PostalAddress(street, building, unit, postalCode, city, district, region, country,
                a.usage());
        return Standardized.of(out.equals(a) ? a : out, remarks);
    }

    /**
     * A street: its prefix in the canonical abbreviation, a date in its name in digits ({@link #streetDates}), the
     * name's casing.
     */
    static String street(String s) {
        Matcher m = STREET_PREFIX.matcher(s);
        String prefix = "";
        String name = s;
        if (m.matches()) {
            prefix = STREET_PREFIXES.get(SearchText.fold(m.group(1))) + " ";
            name = m.group(2);
        }
        List<String> words = List.of(name.trim().split("\\s+"));
        List<String> dated = streetDates(words);
        if (dated != words) {
            name = String.join(" ", dated);
        }
        return prefix + Casing.words(name, SMALL_WORDS, STREET_TITLES, false, true);
    }

    /** Months in the genitive, folded, as street names named after a date hold them ({@code "3 Maja"}). */
    private static final Set<String> MONTHS = Set.of("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
            "lipca", "sierpnia", "wrzesnia", "pazdziernika", "listopada", "grudnia");
    /** Ordinal numbers in the genitive, folded, as a date's day is written out ({@code "Trzeciego Maja"}). */
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("pierwszego", 1),
            Map.entry("drugiego", 2), Map.entry("trzeciego", 3), Map.entry("czwartego", 4), Map.entry("piatego", 5),
            Map.entry("szostego", 6), Map.entry("siodmego", 7), Map.entry("osmego", 8), Map.entry("dziewiatego", 9),
            Map.entry("dziesiatego", 10), Map.entry("jedenastego", 11), Map.entry("dwunastego", 12),
            Map.entry("trzynastego", 13), Map.entry("czternastego", 14), Map.entry("pietnastego", 15),
            Map.entry("szesnastego", 16), Map.entry("siedemnastego", 17), Map.entry("osiemnastego", 18),
            Map.entry("dziewietnastego", 19), Map.entry("dwudziestego", 20), Map.entry("trzydziestego", 30));
    private static final Pattern DAY_WITH_SUFFIX = Pattern.compile("(\\d{1,2})-?go");

    /**
     * The words of a street's name with the day of a date in digits, as official street names write it: a day written
     * out ({@code "Trzeciego Maja"}, {@code "Dwudziestego Dziewiątego Listopada"}) or with the ordinal ending
     * ({@code "3-go Maja"}, {@code "11go Listopada"}, {@code "11 go Listopada"}) becomes {@code "3"}, {@code "29"},
     * {@code "11"} — only where a month's name in the genitive follows, so nothing else in a name is read as a number.
     * Words are compared folded and without punctuation, so it serves written names and matching keys alike.
     *
     * @param words the name's words (as written, or as a matching key's)
     * @return the words, the same list if there is no such date
     */
    static List<String> streetDates(List<String> words) {
        boolean month = false;
        for (int i = 1; i < words.size() && !month; i++) {
            month = MONTHS.contains(bare(words.get(i)));
        }
        if (!month) {
            return words;
        }
        List<String> out = null;
        for (int i = 0; i < words.size(); i++) {
            String word = bare(words.get(i));
            int day = -1;
            int length = 1;
            Matcher suffix = DAY_WITH_SUFFIX.matcher(word);
            if (suffix.matches()) {
                day = Integer.parseInt(suffix.group(1));
            } else if (!word.isEmpty() && word.length() <= 2 && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
                // "3 go Maja", "3 - go Maja" (a dash standing apart)
                int next = i + 1 < words.size() && bare(words.get(i + 1)).isEmpty() ? i + 2 : i + 1;
                if (next < words.size() && bare(words.get(next)).equals("go")) {
                    day = Integer.parseInt(word);
                    length = next - i + 1;
                }
            } else if (ORDINALS.containsKey(word)) {
                day = ORDINALS.get(word);
                Integer unit = i + 1 < words.size() ? ORDINALS.get(bare(words.get(i + 1))) : null;
                if ((day == 20 || day == 30) && unit != null && unit < 10) {
                    day += unit;
                    length = 2;
                }
            }
            if (day >= 1 && day <= 31 && i + length < words.size() && MONTHS.contains(bare(words.get(i + length)))) {
                if (out == null) {
                    out = new ArrayList<>(words.subList(0, i));
                }
                out.add(Integer.toString(day));
                i += length - 1;
            } else if (out != null) {
                out.add(words.get(i));
            }
        }
        return out == null ? words : out;
    }

    /** A word folded, without punctuation ({@code "3-go"} → {@code "3go"}, {@code "Maja,"} → {@code "maja"}). */
    private static String bare(String word) {
        boolean plain = true;
        for (int i = 0; i < word.length() && plain; i++) {
            char c = word.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        return plain ? word : LegalForms.compact(word); // plain: a matching key's word
    }

    /** A city or district: spaces, hyphens and casing ({@code "BIELSKO - BIAŁA"} → {@code "Bielsko-Biała"}). */
    static String place(String s) {
        return Casing.words(Casing.tightHyphens(Casing.punctuation(Casing.spaces(s))), SMALL_WORDS, Set.of(), false,
                true);
    }
}
