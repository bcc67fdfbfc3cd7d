package dev.kartoteka.core.duplicate;

import static dev.kartoteka.core.duplicate.Variations.ascii;
import static dev.kartoteka.core.duplicate.Variations.pick;
import static dev.kartoteka.core.duplicate.Variations.pickSkewed;

import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Labelled test data for duplicate detection: realistic Polish (90 %) and international (10 %) persons, and about one
 * record in ten a re-entry of a person already generated, with the errors people make when they type a client in
 * again. The truth ({@link Labelled#entity()}) is known, so precision and recall can be measured.
 *
 * <p>A person: given names (skewed: Anna and Jan are common), a family name (15 %: a skewed list of the 100 commonest Polish
 * surnames; else a long tail of about 14,000 composed ones, {@code -ski}/{@code -cki} in the feminine form for women), a PESEL (half of the
 * Poles; consistent with birth date and sex, unique) or else a birth date (60 %), an e-mail (70 %, unique), a mobile
 * phone (70 %, unique) and a postal address (60 %); at least two of PESEL/birth date, e-mail, phone and address.
 *
 * <p>A re-entry: one edit in the family name (30 %) or in the given name (15 %), diacritics lost (30 %:
 * {@code Łódź → Lodz}), given and family name swapped (10 %), family name in capitals (20 %), PESEL left out (40 %),
 * birth date left out (30 %), e-mail left out (30 %) or in other case (30 %), phone left out (30 %) or written another
 * way ({@code +48 601 234 567}, {@code 601-234-567}, {@code 0048601234567}), address left out (30 %), street without
 * {@code ul.} (30 %) or with a typo (10 %), postal code without the dash (20 %). It keeps at least one of PESEL, birth
 * date, e-mail, phone or address in common with the original, as a real re-entry does; nicknames are not generated.
 *
 * <p>Generation is deterministic for a seed. Party ids are {@code UUID(seed, record number)}.
 */
public final class LabelledPersons implements Iterator<Labelled<Person>> {

    static final String[] MALE = {"Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin",
        "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz",
        "Zbigniew", "Jerzy", "Maciej", "Rafał", "Robert", "Kamil", "Józef", "Ryszard", "Tadeusz", "Janusz", "Kacper",
        "Artur", "Sebastian", "Daniel", "Damian", "Szymon", "Henryk", "Mirosław", "Bartosz", "Dawid", "Przemysław",
        "Sławomir", "Filip", "Antoni", "Kazimierz", "Jacek", "Leszek", "Arkadiusz", "Patryk", "Waldemar", "Wiesław",
        "Hubert", "Zdzisław", "Edward", "Ignacy", "Konrad", "Miłosz", "Oskar", "Wiktor", "Igor", "Franciszek",
        "Bogdan", "Czesław", "Norbert", "Radosław", "Eryk", "Witold", "Bronisław", "Lech", "Olaf", "Dominik"};
    static final String[] FEMALE = {"Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa",
        "Krystyna", "Elżbieta", "Zofia", "Magdalena", "Joanna", "Aleksandra", "Monika", "Teresa", "Danuta", "Natalia",
        "Julia", "Karolina", "Marta", "Beata", "Dorota", "Halina", "Jadwiga", "Jolanta", "Iwona", "Grażyna",
        "Alicja", "Justyna", "Paulina", "Renata", "Urszula", "Hanna", "Wiktoria", "Irena", "Bożena", "Helena",
        "Agata", "Sylwia", "Zuzanna", "Weronika", "Emilia", "Lena", "Oliwia", "Gabriela", "Patrycja", "Izabela",
        "Jagoda", "Kinga", "Łucja", "Marianna", "Nikola", "Roksana", "Stefania", "Wanda", "Genowefa", "Lidia",
        "Bogumiła", "Edyta", "Ilona", "Klaudia", "Milena", "Olga", "Regina", "Sabina", "Tamara", "Żaneta"};
    static final String[] COMMON_SURNAMES = {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk",
        "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski",
        "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając",
        "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski",
        "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski",
        "Walczak", "Sikora", "Baran", "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak",
        "Duda", "Zalewski", "Wróblewski", "Jasiński", "Marciniak", "Zawadzki", "Bąk", "Jakubowski", "Sadowski",
        "Duda", "Włodarczyk", "Chmielewski", "Borkowski", "Czarnecki", "Sawicki", "Sokołowski", "Urbański",
        "Kubiak", "Maciejewski", "Szczepański", "Kucharski", "Wilk", "Kalinowski", "Lis", "Mazurek", "Wysocki",
        "Adamski", "Kaźmierczak", "Wasilewski", "Sobczak", "Czerwiński", "Andrzejewski", "Cieślak", "Głowacki",
        "Zakrzewski", "Kołodziej", "Sikorski", "Krajewski", "Gajewski", "Szymczak", "Szulc", "Baranowski",
        "Laskowski", "Brzeziński", "Makowski", "Ziółkowski", "Przybylski"};
    static final String[] ROOTS = {"Dąbr", "Grab", "Jabł", "Kozł", "Lip", "Brzoz", "Wierzb", "Sosn", "Jaw",
        "Olsz", "Buk", "Kal", "Mal", "Mak", "Wiś", "Czereśn", "Śliw", "Grusz", "Jarzęb", "Leszcz", "Głog", "Bor",
        "Les", "Pol", "Łęk", "Mosz", "Rud", "Stawi", "Brod", "Mił", "Dobr", "Rad", "Boguc", "Sobies", "Zdan",
        "Wit", "Stan", "Jar", "Bron", "Kaźm", "Przyb", "Ciech", "Gorz", "Krzyż", "Trzeb", "Żuk", "Wron", "Sok",
        "Orł", "Kruk", "Gawr", "Szpak", "Czyż", "Gil", "Sikor", "Dzięc", "Bażant", "Kos", "Sow", "Puch", "Kwiec",
        "Maj", "Lut", "Marc", "Grud", "Siek", "Młot", "Kowal", "Stolar", "Bednar", "Szewc", "Krawc", "Kołodz", "Mlyn",
        "Piekar", "Rybar", "Pastusz", "Owczar", "Kobyl", "Wołk", "Zając", "Lis", "Niedźw", "Borsuk", "Jeż", "Kret",
        "Mysz", "Szczyg", "Kaczor", "Gęs", "Łabędz", "Żurawi", "Bocian", "Czapl", "Sęk", "Pień", "Korz", "Liść",
        "Ziarn", "Kłos", "Żyt", "Owsi", "Prosi", "Gryk", "Rzep", "Marchew", "Cebul", "Groch", "Fasol", "Kapust",
        "Ogórk", "Dyn", "Śmietan", "Masł", "Ser", "Miod", "Cukr", "Sol", "Piepr", "Chmiel", "Słod", "Kwas", "Gorzk",
        "Biał", "Czarn", "Czerw", "Zielon", "Siw", "Rus", "Złot", "Srebr", "Miedz", "Żelaz", "Cyn", "Ołow"};
    static final String[] ENDINGS = {"owski", "ewski", "iński", "ecki", "ak", "czyk", "ek", "ik", "iak", "owicz",
        "ewicz", "uk", "ski", "owiak", "ala", "ula"};
    static final String[] INFIXES = {"", "", "ow", "an", "ul", "ar", "ik", "el"};
    static final String[] FOREIGN_ROOTS = {"Hart", "Wood", "Stone", "Bright", "Fair", "Ash", "Black", "Green",
        "Kraus", "Hof", "Berg", "Wald", "Stein", "Lind", "Rosen", "Feld", "Petr", "Ivan", "Bondar", "Koval", "Shev",
        "Tkach", "Moroz", "Sav", "Hrytsen", "Marin", "Ferr", "Colom", "Bel", "Font", "Lund", "Holm", "Dahl", "Strand",
        "Varg", "Nord", "Eng", "Sand", "Bjørn", "Ås"};
    static final String[] FOREIGN_ENDINGS = {"er", "mann", "son", "ley", "enko", "uk", "chuk", "ov", "ini", "ez",
        "ström", "berg"};
    static final String[] FOREIGN_MALE = {"John", "Michael", "David", "James", "Thomas", "Hans", "Klaus", "Stefan",
        "Jürgen", "Oleksandr", "Andrii", "Dmytro", "Serhii", "José", "Carlos", "Pierre", "Luca", "Marco", "Lars",
        "Erik"};
    static final String[] FOREIGN_FEMALE = {"Emma", "Olivia", "Sarah", "Laura", "Sophie", "Ursula", "Petra",
        "Sabine", "Olena", "Iryna", "Natalia", "Oksana", "María", "Carmen", "Chloé", "Giulia", "Ingrid", "Astrid",
        "Hannah", "Lucy"};
    static final String[] FOREIGN_SURNAMES = {"Smith", "Johnson", "Williams", "Brown", "Taylor", "Müller",
        "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Shevchenko",
        "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Oliynyk", "García", "Fernández",
        "López", "Martínez", "Dubois", "Moreau", "Rossi", "Russo", "Bianchi", "Andersson", "Johansson", "Nielsen",
        "O'Brien", "Murphy", "Van der Berg", "De Vries", "Novák"};
    /** City, postal-code prefix. */
    static final String[][] CITIES = {{"Warszawa", "0"}, {"Kraków", "3"}, {"Łódź", "9"}, {"Wrocław", "5"},
        {"Poznań", "6"}, {"Gdańsk", "80"}, {"Szczecin", "7"}, {"Bydgoszcz", "85"}, {"Lublin", "20"},
        {"Białystok", "15"}, {"Katowice", "40"}, {"Gdynia", "81"}, {"Częstochowa", "42"}, {"Radom", "26"},
        {"Toruń", "87"}, {"Kielce", "25"}, {"Rzeszów", "35"}, {"Gliwice", "44"}, {"Zabrze", "41"},
        {"Olsztyn", "10"}, {"Bielsko-Biała", "43"}, {"Zielona Góra", "65"}, {"Opole", "45"}, {"Płock", "09"},
        {"Elbląg", "82"}, {"Gorzów Wielkopolski", "66"}, {"Wałbrzych", "58"}, {"Włocławek", "87"},
        {"Tarnów", "33"}, {"Chorzów", "41"}, {"Koszalin", "75"}, {"Kalisz", "62"}, {"Legnica", "59"},
        {"Grudziądz", "86"}, {"Słupsk", "76"}, {"Nowy Sącz", "33"}, {"Jelenia Góra", "58"}, {"Siedlce", "08"},
        {"Piotrków Trybunalski", "97"}, {"Suwałki", "16"}, {"Zamość", "22"}, {"Łomża", "18"}, {"Przemyśl", "37"},
        {"Ełk", "19"}, {"Świętochłowice", "41"}, {"Ostrołęka", "07"}, {"Żyrardów", "96"}, {"Oświęcim", "32"}};
    static final String[] STREETS = {"Mickiewicza", "Słowackiego", "Kościuszki", "Piłsudskiego", "Sienkiewicza",
        "Długa", "Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa", "Lipowa", "Brzozowa", "Łąkowa",
        "Kwiatowa", "Kolejowa", "Parkowa", "Żeromskiego", "Zielona", "Wiejska", "Jana Pawła II", "Kopernika",
        "Prusa", "Reymonta", "Konopnickiej", "Chopina", "Piękna", "Wojska Polskiego", "3 Maja", "Armii Krajowej",
        "Wrzosowa", "Spacerowa", "Akacjowa", "Dworcowa", "Kasztanowa", "Topolowa", "Rzeczna", "Piotrkowska",
        "Marszałkowska", "Grunwaldzka", "Świętokrzyska", "Żwirki i Wigury", "Kilińskiego", "Narutowicza",
        "Traugutta", "Moniuszki", "Batorego", "Mazowiecka", "Pomorska", "Górnicza", "Hutnicza", "Źródlana",
        "Wesoła", "Cicha", "Jasna", "Ogrodników", "Bursztynowa", "Malinowa", "Jagodowa", "Wiśniowa"};
    static final String[][] FOREIGN_PLACES = {{"DE", "Berlin", "10"}, {"DE", "München", "80"},
        {"DE", "Hamburg", "20"}, {"GB", "London", "SW1A"}, {"GB", "Manchester", "M1"}, {"UA", "Kyiv", "01"},
        {"UA", "Lviv", "79"}, {"ES", "Madrid", "28"}, {"FR", "Paris", "75"}, {"IT", "Roma", "00"}};
    static final String[] FOREIGN_STREETS = {"Hauptstraße", "Bahnhofstraße", "Baker Street", "High Street",
        "Khreshchatyk", "Gran Vía", "Rue de Rivoli", "Via del Corso", "Schillerstraße", "Station Road"};
    static final String[] MOBILE_PREFIXES = {"501", "502", "509", "510", "511", "512", "533", "535", "570", "600",
        "601", "602", "603", "660", "661", "662", "690", "691", "692", "720", "721", "722", "730", "731", "781",
        "782", "790", "791", "880", "881", "882"};
    static final String[] DOMAINS = {"gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "outlook.com",
        "yahoo.com", "poczta.fm", "gazeta.pl", "icloud.com"};

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int BIRTH_DAYS = 66 * 365;

    private final long seed;
    private final Random random;
    private final double duplicateShare;
    private final int[] peselSerials = new int[BIRTH_DAYS * 2];
    private final List<Labelled<Person>> pending = new ArrayList<>(3);
    private int entity;
    private long record;

    private LabelledPersons(long seed, double duplicateShare) {
        this.seed = seed;
        this.random = new Random(seed);
        this.duplicateShare = duplicateShare;
    }

    /**
     * Generates labelled persons.
     *
     * @param records how many records (originals and re-entries)
     * @param seed the seed
     * @return the records, re-entries right after their original
     */
    public static List<Labelled<Person>> generate(int records, long seed) {
        return stream(seed).limit(records).toList();
    }

    /**
     * An endless stream of labelled persons, about 10 % of them re-entries; consume it with {@code limit}.
     *
     * @param seed the seed
     * @return the stream, lazy and sequential
     */
    public static Stream<Labelled<Person>> stream(long seed) {
        return stream(seed, 0.10);
    }

    /**
     * An endless stream of labelled persons.
     *
     * @param seed the seed
     * @param duplicateShare about which share of the records are re-entries, in {@code [0, 0.5]}
     * @return the stream, lazy and sequential
     */
    public static Stream<Labelled<Person>> stream(long seed, double duplicateShare) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new LabelledPersons(seed, duplicateShare),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Labelled<Person> next() {
        if (pending.isEmpty()) {
            generateEntity();
        }
        if (pending.isEmpty()) {
            throw new NoSuchElementException();
        }
        return pending.remove(0);
    }

    /** What a person is, before it is typed in. */
    private record Facts(boolean polish, Sex sex, String given, String family, LocalDate birth, Pesel pesel,
            boolean birthKnown, String email, String phone, String country, String street, String building,
            String postalCode, String city) {
    }

    private void generateEntity() {
        Facts f = facts(entity);
        pending.add(new Labelled<>(person(f), entity));
        // share s of records are re-entries: d re-entries per entity with d/(1+d) = s
        double perEntity = duplicateShare / (1 - duplicateShare);
        int copies = random.nextDouble() < perEntity * 0.8 ? 1 : 0;
        if (random.nextDouble() < perEntity * 0.1) {
            copies += 2;
        }
        for (int c = 0; c < copies; c++) {
            pending.add(new Labelled<>(person(reentry(f)), entity));
        }
        entity++;
    }

    private Facts facts(int e) {
        boolean polish = random.nextDouble() < 0.9;
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        String given;
        String family;
        if (polish) {
            given = pickSkewed(sex == Sex.MALE ? MALE : FEMALE, random);
            if (random.nextDouble() < 0.05) {
                given = given + " " + pick(sex == Sex.MALE ? MALE : FEMALE, random);
            }
            family = random.nextDouble() < 0.15 ? pickSkewed(COMMON_SURNAMES, random) : composedSurname(random);
            if (sex == Sex.FEMALE && family.endsWith("ki")) {
                family = family.substring(0, family.length() - 1) + "a";
            }
        } else {
            given = pick(sex == Sex.MALE ? FOREIGN_MALE : FOREIGN_FEMALE, random);
            family = random.nextBoolean() ? pick(FOREIGN_SURNAMES, random)
                    : pick(FOREIGN_ROOTS, random) + pick(FOREIGN_ENDINGS, random);
        }
        int day = random.nextInt(BIRTH_DAYS);
        LocalDate birth = FIRST_BIRTH.plusDays(day);
        Pesel pesel = null;
        if (polish && random.nextDouble() < 0.5) {
            int slot = day * 2 + (sex == Sex.MALE ? 1 : 0);
            pesel = Pesel.of(birth, sex, peselSerials[slot]++ % 1000);
        }
        boolean birthKnown = pesel != null || random.nextDouble() < 0.6;
        String email = random.nextDouble() < 0.7 ? email(given, family, e) : null;
        String phone = random.nextDouble() < 0.7 ? phone(polish, e) : null;
        boolean address = random.nextDouble() < 0.6;
        int strong = (birthKnown ? 1 : 0) + (email != null ? 1 : 0) + (phone != null ? 1 : 0) + (address ? 1 : 0);
        if (strong < 2) {
            if (email == null) {
                email = email(given, family, e);
            } else {
                phone = phone(polish, e);
            }
        }
        String country = "PL";
        String street = null;
        String building = null;
        String postal = null;
        String city = null;
        if (address) {
            building = Integer.toString(1 + random.nextInt(150)) + (random.nextDouble() < 0.1 ? "A" : "");
            if (polish) {
                String[] place = pickSkewed(CITIES, random);
                city = place[0];
                int free = 5 - place[1].length();
                String digits = place[1] + String.format("%0" + free + "d", random.nextInt((int) Math.pow(10, free)));
                postal = digits.substring(0, 2) + "-" + digits.substring(2, 5);
                street = "ul. " + pick(STREETS, random);
            } else {
                String[] place = pick(FOREIGN_PLACES, random);
                country = place[0];
                city = place[1];
                postal = place[2] + (country.equals("GB") ? " " + (1 + random.nextInt(9)) + "AA"
                        : String.format("%03d", random.nextInt(1000)));
                street = pick(FOREIGN_STREETS, random);
            }
        }
        return new Facts(polish, sex, given, family, birth, pesel, birthKnown, email, phone, country, street, building,
                postal, city);
    }

    /** A surname of the long tail: root, infix and ending, about 14,000 of them. */
    static String composedSurname(Random random) {
        return pick(ROOTS, random) + pick(INFIXES, random) + pick(ENDINGS, random);
    }

    private String email(String given, String family, int e) {
        String g = ascii(given.split(" ")[0]);
        String f = ascii(family);
        String tag = Integer.toString(e, 36);
        String local = switch (random.nextInt(4)) {
            case 0 -> g + "." + f + "." + tag;
            case 1 -> g.charAt(0) + f + tag;
            case 2 -> f + "." + g + tag;
            default -> g + "_" + tag;
        };
        return local + "@" + pick(DOMAINS, random);
    }

    private String phone(boolean polish, int e) {
        if (polish) {
            int p = e % MOBILE_PREFIXES.length;
            return MOBILE_PREFIXES[p] + String.format("%06d", (e / MOBILE_PREFIXES.length) % 1_000_000);
        }
        // Berlin landlines: +49 30 and 8 digits, unique per entity
        return "+49 30 " + String.format("%08d", 10_000_000 + e % 90_000_000).substring(0, 8);
    }

    private Facts reentry(Facts f) {
        String given = f.given();
        String family = f.family();
        if (random.nextDouble() < 0.30) {
            family = Variations.typo(family, random);
        }
        if (random.nextDouble() < 0.15) {
            given = Variations.typo(given, random);
        }
        boolean strip = random.nextDouble() < 0.30;
        if (strip) {
            given = Variations.withoutDiacritics(given);
            family = Variations.withoutDiacritics(family);
        }
        if (random.nextDouble() < 0.20) {
            family = Variations.upper(family);
        }
        if (random.nextDouble() < 0.10) {
            String t = given;
            given = family;
            family = t;
        }
        Pesel pesel = f.pesel() != null && random.nextDouble() >= 0.40 ? f.pesel() : null;
        boolean birthKnown = f.birthKnown() && (pesel != null || random.nextDouble() >= 0.30);
        String email = f.email() != null && random.nextDouble() >= 0.30 ? f.email() : null;
        if (email != null && random.nextDouble() < 0.30) {
            email = Character.toUpperCase(email.charAt(0)) + email.substring(1);
        }
        String phone = f.phone() != null && random.nextDouble() >= 0.30 ? phoneVariant(f.phone()) : null;
        boolean address = f.street() != null && random.nextDouble() >= 0.30;
        if (pesel == null && !birthKnown && email == null && phone == null && !address) {
            // a re-entry keeps something in common with the original
            if (f.email() != null) {
                email = f.email();
            } else if (f.phone() != null) {
                phone = f.phone();
            } else if (f.birthKnown()) {
                birthKnown = true;
            } else {
                address = true;
            }
        }
        String street = null;
        String building = null;
        String postal = null;
        String city = null;
        if (address) {
            street = f.street();
            if (random.nextDouble() < 0.30) {
                street = street.replace("ul. ", "");
            }
            if (random.nextDouble() < 0.10) {
                street = Variations.typo(street, random);
            }
            building = f.building();
            postal = random.nextDouble() < 0.20 ? f.postalCode().replace("-", "") : f.postalCode();
            city = f.city();
            if (strip) {
                street = Variations.withoutDiacritics(street);
                city = Variations.withoutDiacritics(city);
            }
        }
        return new Facts(f.polish(), f.sex(), given, family, f.birth(), pesel, birthKnown, email, phone, f.country(),
                street, building, postal, city);
    }

    private String phoneVariant(String phone) {
        if (phone.startsWith("+")) {
            return phone;
        }
        return switch (random.nextInt(4)) {
            case 0 -> "+48 " + phone.substring(0, 3) + " " + phone.substring(3, 6) + " " + phone.substring(6);
            case 1 -> phone.substring(0, 3) + "-" + phone.substring(3, 6) + "-" + phone.substring(6);
            case 2 -> "0048" + phone;
            default -> phone;
        };
    }

    private Person person(Facts f) {
        Person.Builder b = Person.builder().id(new PartyId(new UUID(seed, record++)))
                .givenNames(f.given()).familyName(f.family());
        if (f.pesel() != null) {
            b.fromPesel(f.pesel());
        } else {
            b.sex(f.sex());
            if (f.birthKnown()) {
                b.birthDate(f.birth());
            }
        }
        if (f.email() != null) {
            b.addContactPoint(EmailContact.of(f.email()));
        }
        if (f.phone() != null) {
            b.addContactPoint(PhoneContact.of(f.phone()));
        }
        if (f.street() != null) {
            b.addContactPoint(PostalAddress.of(f.country(), f.street(), f.building(), f.postalCode(), f.city()));
        }
        return b.build();
    }
}
