package dev.kartoteka.benchmarks.blind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * What a Polish client file looks like: given names by frequency, family names (Datafaker's Polish list plus the most
 * common ones) in their masculine and feminine forms, diminutives, streets, cities with their postal-code regions and
 * area codes, mobile prefixes, e-mail providers, company names and legal forms. Draws come from the generator's own
 * {@link Random} and from a {@link Faker} seeded with a Random of its own, so a seed gives the same file every time.
 */
final class PolishFacts {

    /** Female given names roughly by frequency in the PESEL register (most common first). */
    static final String[] FEMALE = {"Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa",
        "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Zofia", "Aleksandra", "Monika", "Teresa", "Danuta", "Natalia",
        "Julia", "Karolina", "Marta", "Beata", "Dorota", "Halina", "Jadwiga", "Janina", "Jolanta", "Iwona", "Grażyna",
        "Justyna", "Paulina", "Irena", "Alicja", "Bożena", "Urszula", "Agata", "Helena", "Renata", "Wiesława",
        "Stanisława", "Sylwia", "Weronika", "Patrycja", "Hanna", "Kamila", "Zuzanna", "Emilia", "Ewelina", "Dominika",
        "Izabela", "Martyna", "Lucyna", "Genowefa", "Wanda", "Mariola", "Edyta"};

    /** Male given names roughly by frequency. */
    static final String[] MALE = {"Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin",
        "Jakub", "Adam", "Stanisław", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz",
        "Zbigniew", "Jerzy", "Maciej", "Ryszard", "Tadeusz", "Kamil", "Rafał", "Robert", "Jacek", "Kazimierz", "Józef",
        "Janusz", "Bartosz", "Dawid", "Henryk", "Sławomir", "Szymon", "Roman", "Artur", "Przemysław", "Sebastian",
        "Waldemar", "Damian", "Daniel", "Jarosław", "Mirosław", "Zdzisław", "Bogdan", "Kacper", "Radosław", "Leszek",
        "Wiesław", "Władysław", "Filip", "Antoni", "Zygmunt", "Czesław", "Bartłomiej", "Patryk", "Edward", "Krystian",
        "Hubert", "Aleksander", "Franciszek"};

    /** The most common family names (masculine form), which make namesakes common. */
    static final String[] COMMON_FAMILY = {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
        "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
        "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski",
        "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski"};

    /** Formal given name → diminutives people give as their name (Kasia for Katarzyna). */
    static final String[][] DIMINUTIVES = {
        {"Katarzyna", "Kasia", "Kaśka"}, {"Małgorzata", "Gosia", "Małgosia"}, {"Barbara", "Basia"},
        {"Aleksandra", "Ola"}, {"Agnieszka", "Aga", "Agusia"}, {"Magdalena", "Magda"}, {"Joanna", "Asia"},
        {"Elżbieta", "Ela"}, {"Jadwiga", "Jadzia"}, {"Zofia", "Zosia"}, {"Anna", "Ania", "Anka"}, {"Maria", "Marysia"},
        {"Krystyna", "Krysia"}, {"Dorota", "Dorotka"}, {"Jolanta", "Jola"}, {"Halina", "Hala"}, {"Urszula", "Ula"},
        {"Alicja", "Ala"}, {"Danuta", "Danka"}, {"Stanisława", "Stasia"}, {"Teresa", "Tereska"}, {"Bożena", "Bożenka"},
        {"Grażyna", "Grażynka"}, {"Wiesława", "Wiesia"}, {"Renata", "Renia"}, {"Helena", "Hela"}, {"Weronika", "Wera"},
        {"Natalia", "Natka"}, {"Iwona", "Iwonka"}, {"Tomasz", "Tomek"}, {"Krzysztof", "Krzysiek", "Krzyś"},
        {"Piotr", "Piotrek"}, {"Jakub", "Kuba"}, {"Wojciech", "Wojtek"}, {"Stanisław", "Staszek", "Stasiek"},
        {"Józef", "Józek"}, {"Zbigniew", "Zbyszek"}, {"Grzegorz", "Grzesiek", "Grześ"}, {"Jarosław", "Jarek"},
        {"Mirosław", "Mirek"}, {"Włodzimierz", "Włodek"}, {"Bartłomiej", "Bartek"}, {"Bartosz", "Bartek"},
        {"Sławomir", "Sławek"}, {"Przemysław", "Przemek"}, {"Radosław", "Radek"}, {"Dariusz", "Darek"},
        {"Ryszard", "Rysiek"}, {"Henryk", "Heniek"}, {"Kazimierz", "Kazik"}, {"Tadeusz", "Tadek"},
        {"Władysław", "Władek"}, {"Zdzisław", "Zdzisiek"}, {"Jan", "Janek"}, {"Andrzej", "Jędrek", "Andrzejek"},
        {"Marcin", "Marcinek"}, {"Mateusz", "Mati"}, {"Bogdan", "Bodek"}, {"Wiesław", "Wiesiek"}, {"Antoni", "Antek"},
        {"Franciszek", "Franek"}, {"Aleksander", "Olek"}, {"Maciej", "Maciek"}, {"Sebastian", "Seba"}};

    static final String[] FREE_PROVIDERS = {"gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "op.pl",
        "poczta.onet.pl", "tlen.pl", "interia.eu", "vp.pl"};
    static final double[] FREE_PROVIDER_WEIGHTS = {30, 22, 14, 10, 12, 5, 2, 2, 1.5, 1.5};

    /** Real mobile number ranges (first three digits). */
    static final String[] MOBILE_PREFIXES = {"500", "501", "502", "503", "504", "505", "506", "507", "508", "509",
        "510", "511", "512", "513", "514", "515", "516", "517", "518", "519", "530", "531", "532", "533", "534", "535",
        "536", "537", "538", "539", "570", "571", "572", "573", "574", "575", "576", "577", "578", "579", "600", "601",
        "602", "603", "604", "605", "606", "607", "608", "609", "660", "661", "662", "663", "664", "665", "666", "667",
        "668", "669", "690", "691", "692", "693", "694", "695", "696", "697", "698", "699", "720", "721", "722", "723",
        "724", "725", "726", "727", "728", "729", "730", "731", "732", "733", "734", "735", "736", "737", "738", "739",
        "780", "781", "782", "783", "784", "785", "786", "787", "788", "789", "790", "791", "792", "793", "794", "795",
        "796", "797", "798", "799", "880", "881", "882", "883", "884", "885", "886", "887", "888", "889"};

    /** Area codes by the first digit of the postal code (the postal regions and telephone zones roughly coincide). */
    static final String[][] AREA_BY_POSTAL_REGION = {
        {"22", "23", "24", "25", "29"}, {"89", "85", "86", "87"}, {"81", "82", "83", "84", "41", "15"},
        {"12", "13", "14", "16", "17", "18"}, {"32", "33", "34", "77"}, {"71", "74", "75", "76"},
        {"61", "62", "63", "65", "67", "68", "95"}, {"91", "94"}, {"58", "59", "52", "54", "55", "56"},
        {"42", "43", "44", "46"}};

    /** A city: name, weight, postal prefixes (first two digits), area code, locative (for "Oddział w …"). */
    record City(String name, double weight, String[] postal, String area, String locative, boolean big) {
    }

    static final City[] BIG_CITIES = {
        city("Warszawa", 9.0, "00 01 02 03 04", "22", "Warszawie"), city("Kraków", 4.1, "30 31", "12", "Krakowie"),
        city("Wrocław", 3.2, "50 51 52 53 54", "71", "Wrocławiu"), city("Łódź", 3.2, "90 91 92 93 94", "42", "Łodzi"),
        city("Poznań", 2.6, "60 61", "61", "Poznaniu"), city("Gdańsk", 2.4, "80", "58", "Gdańsku"),
        city("Szczecin", 1.9, "70 71", "91", "Szczecinie"), city("Bydgoszcz", 1.6, "85", "52", "Bydgoszczy"),
        city("Lublin", 1.6, "20", "81", "Lublinie"), city("Białystok", 1.4, "15", "85", "Białymstoku"),
        city("Katowice", 1.4, "40", "32", "Katowicach"), city("Gdynia", 1.2, "81", "58", "Gdyni"),
        city("Częstochowa", 1.0, "42", "34", "Częstochowie"), city("Radom", 1.0, "26", "48", "Radomiu"),
        city("Toruń", 1.0, "87", "56", "Toruniu"), city("Rzeszów", 0.9, "35", "17", "Rzeszowie"),
        city("Sosnowiec", 0.9, "41", "32", "Sosnowcu"), city("Kielce", 0.9, "25", "41", "Kielcach"),
        city("Gliwice", 0.8, "44", "32", "Gliwicach"), city("Olsztyn", 0.8, "10", "89", "Olsztynie"),
        city("Zabrze", 0.75, "41", "32", "Zabrzu"), city("Bielsko-Biała", 0.75, "43", "33", "Bielsku-Białej"),
        city("Bytom", 0.7, "41", "32", "Bytomiu"), city("Zielona Góra", 0.7, "65", "68", "Zielonej Górze"),
        city("Rybnik", 0.65, "44", "32", "Rybniku"), city("Ruda Śląska", 0.65, "41", "32", "Rudzie Śląskiej"),
        city("Opole", 0.6, "45", "77", "Opolu"), city("Tychy", 0.6, "43", "32", "Tychach"),
        city("Gorzów Wielkopolski", 0.6, "66", "95", "Gorzowie Wielkopolskim"), city("Elbląg", 0.55, "82", "55", "Elblągu"),
        city("Płock", 0.55, "09", "24", "Płocku"), city("Dąbrowa Górnicza", 0.5, "41", "32", "Dąbrowie Górniczej"),
        city("Wałbrzych", 0.5, "58", "74", "Wałbrzychu"), city("Włocławek", 0.5, "87", "54", "Włocławku"),
        city("Tarnów", 0.5, "33", "14", "Tarnowie"), city("Chorzów", 0.5, "41", "32", "Chorzowie"),
        city("Koszalin", 0.5, "75", "94", "Koszalinie"), city("Kalisz", 0.45, "62", "62", "Kaliszu"),
        city("Legnica", 0.45, "59", "76", "Legnicy")};

    /** Villages: addresses without a street ("Zalesie 15"). */
    static final String[] VILLAGES = {"Wola", "Zalesie", "Nowa Wieś", "Dąbrowa", "Stara Wieś", "Wólka", "Zawady",
        "Borek", "Górki", "Kamionka", "Olszyny", "Brzezie", "Dąbrówka", "Lipie", "Michałów", "Janów", "Zagórze",
        "Podgórze", "Rudnik", "Wierzbica", "Łęki", "Sokolniki", "Krzywda", "Bukowiec"};

    /** A street: its type (ul, al, pl, os, or "" for a market square) and the ways its name is written, canonical first. */
    record Street(String type, String[] variants) {
    }

    static final String[] PLAIN_STREETS = {"Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa", "Lipowa",
        "Brzozowa", "Łąkowa", "Kwiatowa", "Sosnowa", "Kościelna", "Akacjowa", "Parkowa", "Zielona", "Kolejowa",
        "Sportowa", "Dębowa", "Długa", "Klonowa", "Spacerowa", "Wrzosowa", "Cicha", "Jasna", "Nowa", "Kasztanowa",
        "Topolowa", "Wspólna", "Boczna", "Graniczna", "Środkowa", "Targowa", "Różana", "Wiśniowa", "Jaśminowa",
        "Kolorowa", "Piękna", "Wesoła", "Jesionowa", "Górna", "Dolna", "Rzeczna", "Młyńska", "Stawowa", "Wodna",
        "Morska", "Słowicza", "Żeglarska", "Warszawska", "Krakowska", "Poznańska", "Gdańska", "Lubelska", "Wrocławska",
        "Grunwaldzka", "Toruńska", "Mazowiecka", "Śląska", "Pomorska", "Przemysłowa", "Fabryczna", "Składowa",
        "Handlowa", "Rolnicza", "Ogrodnicza", "Malinowa", "Jarzębinowa", "Orzechowa", "Złota", "Srebrna"};

    static final String[][] NAMED_STREETS = {
        {"Kościuszki", "Tadeusza Kościuszki", "T. Kościuszki"}, {"Mickiewicza", "Adama Mickiewicza", "A. Mickiewicza"},
        {"Słowackiego", "Juliusza Słowackiego", "J. Słowackiego"}, {"Sienkiewicza", "Henryka Sienkiewicza", "H. Sienkiewicza"},
        {"Kopernika", "Mikołaja Kopernika", "M. Kopernika"}, {"Chopina", "Fryderyka Chopina", "F. Chopina"},
        {"Żeromskiego", "Stefana Żeromskiego", "S. Żeromskiego"}, {"Prusa", "Bolesława Prusa", "B. Prusa"},
        {"Reymonta", "Władysława Reymonta", "Wł. Reymonta"}, {"Konopnickiej", "Marii Konopnickiej", "M. Konopnickiej"},
        {"Moniuszki", "Stanisława Moniuszki", "St. Moniuszki"}, {"Narutowicza", "Gabriela Narutowicza", "G. Narutowicza"},
        {"Curie-Skłodowskiej", "Marii Curie-Skłodowskiej", "M. Curie-Skłodowskiej", "Skłodowskiej-Curie"},
        {"Piłsudskiego", "Józefa Piłsudskiego", "J. Piłsudskiego", "Marszałka Józefa Piłsudskiego"},
        {"Kochanowskiego", "Jana Kochanowskiego", "J. Kochanowskiego"}, {"Matejki", "Jana Matejki", "J. Matejki"},
        {"Staszica", "Stanisława Staszica", "S. Staszica"}, {"Kilińskiego", "Jana Kilińskiego", "J. Kilińskiego"},
        {"Traugutta", "Romualda Traugutta", "R. Traugutta"}, {"Orzeszkowej", "Elizy Orzeszkowej", "E. Orzeszkowej"},
        {"Batorego", "Stefana Batorego", "S. Batorego"}, {"Sobieskiego", "Jana III Sobieskiego", "Jana Sobieskiego"},
        {"Wyspiańskiego", "Stanisława Wyspiańskiego", "S. Wyspiańskiego"},
        {"Paderewskiego", "Ignacego Paderewskiego", "I. J. Paderewskiego"}, {"Norwida", "Cypriana Kamila Norwida", "C. K. Norwida"},
        {"Witosa", "Wincentego Witosa", "W. Witosa"}, {"Andersa", "gen. Władysława Andersa", "Gen. Andersa"},
        {"Sikorskiego", "gen. Władysława Sikorskiego", "Gen. W. Sikorskiego"},
        {"3 Maja", "Trzeciego Maja", "3-go Maja"}, {"1 Maja", "Pierwszego Maja", "1-go Maja"},
        {"11 Listopada", "Jedenastego Listopada", "11-go Listopada"}, {"Armii Krajowej", "AK", "Armii Krajowej"},
        {"Wojska Polskiego", "Wojska Polskiego"}, {"Powstańców Śląskich", "Powst. Śląskich"},
        {"Powstańców Wielkopolskich", "Powst. Wielkopolskich"}, {"Obrońców Westerplatte", "Obr. Westerplatte"},
        {"Jana Pawła II", "Jana Pawła 2", "JP II"}};

    static final String[][] AVENUES = {{"Jana Pawła II", "Jana Pawła 2", "JP II"}, {"Solidarności"},
        {"Niepodległości"}, {"Armii Krajowej", "AK"}, {"Jerozolimskie"}, {"Wojska Polskiego"}, {"Zwycięstwa"},
        {"Róż"}, {"Lipowa"}, {"Kasztanowa"}};
    static final String[][] SQUARES = {{"Wolności"}, {"Konstytucji 3 Maja", "Konstytucji"}, {"Grunwaldzki"},
        {"Bankowy"}, {"Zamkowy"}, {"Kościuszki", "Tadeusza Kościuszki"}};
    static final String[][] ESTATES = {{"Słoneczne"}, {"Tysiąclecia"}, {"Piastowskie"}, {"Zielone"}, {"Leśne"},
        {"Kopernika", "Mikołaja Kopernika"}, {"Sobieskiego", "Jana III Sobieskiego"}};

    /** How each street type's prefix is written; index 0 is the canonical one. */
    static final Map<String, String[]> PREFIXES = Map.of(
            "ul", new String[] {"ul.", "", "ul", "Ul.", "UL.", "ulica"},
            "al", new String[] {"al.", "Al.", "aleja", "Aleja", "al", "Al"},
            "pl", new String[] {"pl.", "Plac", "plac", "Pl."},
            "os", new String[] {"os.", "Osiedle", "osiedle", "Os."},
            "", new String[] {""});

    // --- companies -------------------------------------------------------------------------------------------------

    static final String[] BRAND_STEMS = {"Bud", "Trans", "Drew", "Stal", "Elektro", "Agro", "Med", "Inter", "Pol",
        "Tech", "Auto", "Eko", "Hydro", "Term", "Kom", "Met", "Plast", "Farm", "Mar", "Tex", "Geo", "Info", "Net", "Gaz",
        "Energo", "Chem", "Print", "Mebl", "Dom", "Okno", "Dach", "Gran", "Kam", "Bet", "Sol", "Wod", "Rol", "Mleko",
        "Pek", "Lux", "Euro", "Max", "Prim", "Opt", "Kop", "Chłod", "Klim", "Sanit", "Szkło", "Papier", "Lak", "Stol",
        "Ogród", "Instal", "Trak", "Gum", "Wir", "Mot", "Tart", "Zbo"};
    static final String[] BRAND_ENDINGS = {"ex", "pol", "mat", "bud", "tech", "med", "trans", "max", "tex", "on", "ar",
        "an", "in", "ik", "sys", "soft", "land", "plast", "mar", "bis", "mix", "rol", "kom", "met", "lex", "eko"};
    static final String[] BRAND_WORDS = {"Alfa", "Omega", "Delta", "Arkadia", "Horyzont", "Orion", "Atlas", "Polmex",
        "Sezam", "Tęcza", "Jantar", "Perła", "Rubin", "Szafir", "Agat", "Orzeł", "Sokół", "Żuraw", "Kormoran", "Wisła",
        "Warta", "Odra", "Bałtyk", "Tatry", "Mazowsze", "Pomorze", "Galicja", "Vector", "Nova", "Prima", "Optima",
        "Magnum", "Forte", "Gryf", "Piast", "Lech", "Sawa", "Pegaz", "Merkury", "Wektor", "Polan", "Meander"};
    /** Second words of company names; also what members of one group add to the group's brand. */
    static final String[] BRAND_SECOND = {"Serwis", "Logistyka", "Development", "Nieruchomości", "Trade", "Invest",
        "Holding", "Technika", "Energia", "Consulting", "Group", "Polska", "Produkcja", "Service", "Systemy",
        "Budownictwo", "Transport", "Handel", "Media", "Instalacje", "Finanse", "Leasing", "Dystrybucja"};

    /** Abbreviable descriptors of sole traders: abbreviation, dotted form, full form. */
    static final String[][] DESCRIPTORS = {
        {"PHU", "P.H.U.", "Przedsiębiorstwo Handlowo-Usługowe"},
        {"PPHU", "P.P.H.U.", "Przedsiębiorstwo Produkcyjno-Handlowo-Usługowe"},
        {"FHU", "F.H.U.", "Firma Handlowo-Usługowa"},
        {"PUH", "P.U.H.", "Przedsiębiorstwo Usługowo-Handlowe"},
        {"ZUH", "Z.U.H.", "Zakład Usługowo-Handlowy"},
        {"PPH", "P.P.H.", "Przedsiębiorstwo Produkcyjno-Handlowe"},
        {"FPHU", "F.P.H.U.", "Firma Produkcyjno-Handlowo-Usługowa"},
        {"PW", "P.W.", "Przedsiębiorstwo Wielobranżowe"}};
    static final double[] DESCRIPTOR_WEIGHTS = {40, 15, 15, 8, 6, 6, 6, 4};

    /** Descriptive trade names that have no abbreviation. */
    static final String[] TRADES = {"Usługi Remontowo-Budowlane", "Zakład Stolarski", "Auto Serwis",
        "Usługi Transportowe", "Biuro Rachunkowe", "Gabinet Stomatologiczny", "Sklep Spożywczy", "Zakład Fryzjerski",
        "Pracownia Projektowa", "Kancelaria Adwokacka", "Hurtownia Budowlana", "Piekarnia", "Usługi Hydrauliczne",
        "Warsztat Samochodowy", "Studio Urody", "Kwiaciarnia", "Usługi Elektryczne", "Zakład Ślusarski",
        "Firma Sprzątająca", "Gabinet Weterynaryjny", "Biuro Podróży", "Zakład Kamieniarski"};

    /** Legal forms and the ways they are written; index 0..2 are the tidy ones. */
    static final String[][] LEGAL_FORMS = {
        {"sp. z o.o.", "Sp. z o.o.", "Sp. z o. o.", "spółka z ograniczoną odpowiedzialnością",
            "Spółka z ograniczoną odpowiedzialnością", "SP. Z O.O.", "SPZOO", "Sp. z o.o", "sp.z o.o.",
            "Spółka z o.o.", "sp. z.o.o.", "Sp.z.o.o."},
        {"S.A.", "SA", "S. A.", "Spółka Akcyjna", "spółka akcyjna", "S.A"},
        {"sp. j.", "Sp. j.", "Sp.j.", "spółka jawna", "Spółka Jawna", "s.j."},
        {"sp. k.", "Sp. k.", "Sp.k.", "spółka komandytowa", "Spółka Komandytowa", "sp. kom."},
        {"s.c.", "S.C.", "s. c.", "spółka cywilna", "Spółka Cywilna", "SC"}};
    static final int SP_ZOO = 0;
    static final int SA = 1;
    static final int SP_J = 2;
    static final int SP_K = 3;
    static final int S_C = 4;

    static final String[] COMPANY_MAILBOXES = {"biuro", "kontakt", "info", "sekretariat", "office", "firma",
        "handel", "sprzedaz", "zamowienia", "recepcja"};
    static final String[] COMPANY_TLDS = {".pl", ".com.pl", ".eu", ".com"};
    static final double[] COMPANY_TLD_WEIGHTS = {70, 15, 7, 8};

    // --- instance: samplers --------------------------------------------------------------------------------------

    private final Random rnd;
    private final Faker faker;
    private final Weighted<String> female = new Weighted<>();
    private final Weighted<String> male = new Weighted<>();
    private final Weighted<String> commonFamily = new Weighted<>();
    private final Weighted<City> bigCities = new Weighted<>();
    private final Weighted<String> providers = new Weighted<>();
    private final Map<String, City> towns = new HashMap<>();
    private final Set<String> bigCityNames = new HashSet<>();
    private final Map<String, String[]> diminutives = new HashMap<>();
    private final Map<String, String> formalOf = new HashMap<>();
    private final double bigCityWeight;

    PolishFacts(Random rnd, Faker faker) {
        this.rnd = rnd;
        this.faker = faker;
        for (int i = 0; i < FEMALE.length; i++) {
            female.add(FEMALE[i], 1.0 / (i + 2));
        }
        for (int i = 0; i < MALE.length; i++) {
            male.add(MALE[i], 1.0 / (i + 2));
        }
        for (int i = 0; i < COMMON_FAMILY.length; i++) {
            commonFamily.add(COMMON_FAMILY[i], 1.0 / (i + 3));
        }
        double w = 0;
        for (City c : BIG_CITIES) {
            bigCities.add(c, c.weight());
            bigCityNames.add(c.name());
            w += c.weight();
        }
        bigCityWeight = w;
        for (int i = 0; i < FREE_PROVIDERS.length; i++) {
            providers.add(FREE_PROVIDERS[i], FREE_PROVIDER_WEIGHTS[i]);
        }
        for (String[] d : DIMINUTIVES) {
            diminutives.put(d[0], Arrays.copyOfRange(d, 1, d.length));
            for (int i = 1; i < d.length; i++) {
                formalOf.putIfAbsent(d[i], d[0]);
            }
        }
    }

    private static City city(String name, double weight, String postal, String area, String locative) {
        return new City(name, weight, postal.split(" "), area, locative, true);
    }

    Random rnd() {
        return rnd;
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    <T> T oneOf(T[] items) {
        return items[rnd.nextInt(items.length)];
    }

    int between(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    // --- names ---

    /** A given name: 94 % from the frequency tables, 6 % from Datafaker's Polish list (sex told by the ending). */
    String givenName(boolean female) {
        if (chance(0.94)) {
            return female ? this.female.pick(rnd) : male.pick(rnd);
        }
        for (int i = 0; i < 50; i++) {
            String n = faker.name().firstName();
            boolean f = n.endsWith("a") || n.equals("Beatrycze") || n.equals("Noemi") || n.equals("Chloe") || n.equals("Zoe");
            if (f == female) {
                return n;
            }
        }
        return female ? this.female.pick(rnd) : male.pick(rnd);
    }

    String givenNameOtherThan(boolean female, String... not) {
        for (int i = 0; i < 100; i++) {
            String n = givenName(female);
            if (!Arrays.asList(not).contains(n)) {
                return n;
            }
        }
        throw new IllegalStateException("no other given name");
    }

    /** A family name in its masculine (dictionary) form: 35 % the most common ones, 65 % Datafaker's Polish list. */
    String familyName() {
        if (chance(0.35)) {
            return commonFamily.pick(rnd);
        }
        while (true) {
            String n = faker.name().lastName();
            // the list holds a few feminine forms (Konieczna, Szczęsna) next to their masculine ones
            if (!n.endsWith("na") || n.equals("Przybyła")) {
                return n;
            }
        }
    }

    String commonGiven(boolean female) {
        return female ? FEMALE[rnd.nextInt(8)] : MALE[rnd.nextInt(8)];
    }

    String commonFamily() {
        return COMMON_FAMILY[rnd.nextInt(10)];
    }

    /** Kowalski → Kowalska, Cichy → Cicha; nouns (Nowak, Mazur, Sikora) do not change. */
    static String feminine(String masculine) {
        if (masculine.contains("-")) {
            String[] parts = masculine.split("-");
            StringBuilder b = new StringBuilder();
            for (String p : parts) {
                b.append(b.length() == 0 ? "" : "-").append(feminine(p));
            }
            return b.toString();
        }
        if (masculine.endsWith("ski") || masculine.endsWith("cki") || masculine.endsWith("dzki") || masculine.endsWith("zki")
                || masculine.endsWith("y")) {
            return masculine.substring(0, masculine.length() - 1) + "a";
        }
        return masculine;
    }

    static String familyFor(String masculine, boolean female) {
        return female ? feminine(masculine) : masculine;
    }

    /** The plural for a family mailbox: Kowalski → kowalscy, Nowak → nowakowie. */
    static String familyPlural(String masculine) {
        if (masculine.endsWith("ski")) {
            return masculine.substring(0, masculine.length() - 3) + "scy";
        }
        if (masculine.endsWith("cki")) {
            return masculine.substring(0, masculine.length() - 3) + "ccy";
        }
        if (masculine.endsWith("dzki")) {
            return masculine.substring(0, masculine.length() - 4) + "dzcy";
        }
        return masculine + "owie";
    }

    /** Genitive for a street named after a person: Kowalski → Kowalskiego, Nowak → Nowaka, Sikora → Sikory. */
    static String genitive(String n) {
        if (n.endsWith("ski") || n.endsWith("cki") || n.endsWith("dzki") || n.endsWith("zki")) {
            return n + "ego";
        }
        if (n.endsWith("y")) {
            return n.substring(0, n.length() - 1) + "ego";
        }
        if (n.endsWith("ka") || n.endsWith("ga") || n.endsWith("la")) {
            return n.substring(0, n.length() - 1) + "i";
        }
        if (n.endsWith("ja")) {
            return n.substring(0, n.length() - 2) + "i";
        }
        if (n.endsWith("a")) {
            return n.substring(0, n.length() - 1) + "y";
        }
        if (n.endsWith("ek")) {
            return n.substring(0, n.length() - 2) + "ka";
        }
        if (n.endsWith("eł")) {
            return n.substring(0, n.length() - 2) + "ła";
        }
        if (n.endsWith("ń")) {
            return n.substring(0, n.length() - 1) + "nia";
        }
        if (n.endsWith("ś")) {
            return n.substring(0, n.length() - 1) + "sia";
        }
        if (n.endsWith("ć")) {
            return n.substring(0, n.length() - 1) + "cia";
        }
        if (n.endsWith("ź")) {
            return n.substring(0, n.length() - 1) + "zia";
        }
        return n + "a";
    }

    boolean hasDiminutive(String given) {
        return diminutives.containsKey(given) || formalOf.containsKey(given);
    }

    /** A diminutive of a formal name, or the formal name of a diminutive. */
    String otherFormOf(String given) {
        String[] d = diminutives.get(given);
        if (d != null) {
            return oneOf(d);
        }
        return formalOf.get(given);
    }

    // --- places ---

    /** A city: the big cities by population (about half the clients), the other half Datafaker's Polish towns. */
    City city() {
        if (chance(bigCityWeight / (bigCityWeight + 48.0))) {
            return bigCities.pick(rnd);
        }
        String name = faker.address().cityName();
        if (bigCityNames.contains(name)) {
            for (City c : BIG_CITIES) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
        }
        return towns.computeIfAbsent(name, n -> {
            int region = rnd.nextInt(10);
            String postal = String.format(Locale.ROOT, "%d%d-%d%s", region, rnd.nextInt(10), 1 + rnd.nextInt(9),
                    rnd.nextBoolean() ? "00" : (rnd.nextInt(9) + 1) + "0");
            String[] areas = AREA_BY_POSTAL_REGION[region];
            return new City(n, 0, new String[] {postal}, areas[rnd.nextInt(areas.length)], null, false);
        });
    }

    City bigCity() {
        return bigCities.pick(rnd);
    }

    String postalCode(City c) {
        String p = c.postal()[rnd.nextInt(c.postal().length)];
        if (p.length() == 6) {
            return p;
        }
        return p + "-" + String.format(Locale.ROOT, "%03d", 1 + rnd.nextInt(999));
    }

    /** A street: 55 % the common plain names, 20 % named after people or dates, 15 % Datafaker's (prefix + surname, in the genitive), 10 % avenues, squares, estates. */
    Street street() {
        double x = rnd.nextDouble();
        if (x < 0.55) {
            return new Street("ul", new String[] {oneOf(PLAIN_STREETS)});
        }
        if (x < 0.75) {
            return new Street("ul", oneOf(NAMED_STREETS));
        }
        if (x < 0.90) {
            String prefix = faker.address().streetPrefix();
            return new Street(prefix.startsWith("al") ? "al" : "ul", new String[] {genitive(faker.name().lastName())});
        }
        if (x < 0.95) {
            return new Street("al", oneOf(AVENUES));
        }
        if (x < 0.97) {
            return new Street("pl", oneOf(SQUARES));
        }
        if (x < 0.995) {
            return new Street("os", oneOf(ESTATES));
        }
        return new Street("", new String[] {"Rynek", "Rynek Główny"});
    }

    String building() {
        int n = rnd.nextDouble() < 0.7 ? 1 + rnd.nextInt(60) : 1 + rnd.nextInt(240);
        String b = Integer.toString(n);
        if (chance(0.1)) {
            b += rnd.nextBoolean() ? oneOf(new String[] {"A", "B", "C"}) : oneOf(new String[] {"a", "b"});
        }
        return b;
    }

    String flat() {
        return Integer.toString(rnd.nextDouble() < 0.7 ? 1 + rnd.nextInt(40) : 1 + rnd.nextInt(160));
    }

    // --- phones, e-mail ---

    String mobile() {
        return oneOf(MOBILE_PREFIXES) + String.format(Locale.ROOT, "%06d", rnd.nextInt(1_000_000));
    }

    String landline(City c) {
        return c.area() + (2 + rnd.nextInt(7)) + String.format(Locale.ROOT, "%06d", rnd.nextInt(1_000_000));
    }

    String freeProvider() {
        return providers.pick(rnd);
    }

    /** An e-mail local part made from a person's names, the way people choose them. */
    String personalLocal(String given, String family, int birthYear) {
        String g = Garble.ascii(given);
        String f = Garble.ascii(family);
        double x = rnd.nextDouble();
        if (x < 0.30) {
            return g + "." + f;
        }
        if (x < 0.38) {
            return g + f;
        }
        if (x < 0.46) {
            return g.charAt(0) + "." + f;
        }
        if (x < 0.56) {
            return g.charAt(0) + f;
        }
        if (x < 0.64) {
            return f + "." + g;
        }
        if (x < 0.69) {
            return g + "_" + f;
        }
        if (x < 0.81) {
            return g + "." + f + String.format(Locale.ROOT, "%02d", birthYear % 100);
        }
        if (x < 0.88) {
            String dim = otherFormOf(given);
            String first = dim != null && diminutives.containsKey(given) ? Garble.ascii(dim) : g;
            return first + (1 + rnd.nextInt(999));
        }
        if (x < 0.93) {
            return f + (1 + rnd.nextInt(99));
        }
        return g + "." + f + "." + (1 + rnd.nextInt(9));
    }

    // --- companies ---

    String brand() {
        double x = rnd.nextDouble();
        if (x < 0.65) {
            for (int i = 0; i < 10; i++) {
                String stem = oneOf(BRAND_STEMS);
                String end = oneOf(BRAND_ENDINGS);
                if (!stem.toLowerCase(Locale.ROOT).endsWith(end) && !stem.toLowerCase(Locale.ROOT).startsWith(end)) {
                    return stem + end;
                }
            }
        }
        if (x < 0.85) {
            return oneOf(BRAND_WORDS);
        }
        return oneOf(BRAND_STEMS) + "-" + oneOf(BRAND_STEMS);
    }

    /** A company name from Datafaker's Polish patterns (surnames), without its legal form, "and" made Polish. */
    String datafakerCompany() {
        String n = faker.company().name();
        for (String[] forms : LEGAL_FORMS) {
            for (String f : forms) {
                if (n.endsWith(" " + f)) {
                    n = n.substring(0, n.length() - f.length() - 1);
                }
            }
        }
        for (String suffix : new String[] {" sp.p.", " S.K.A."}) {
            if (n.endsWith(suffix)) {
                n = n.substring(0, n.length() - suffix.length());
            }
        }
        return n.replace(" and ", " i ").trim();
    }

    String domainTld() {
        double x = rnd.nextDouble() * 100;
        double acc = 0;
        for (int i = 0; i < COMPANY_TLDS.length; i++) {
            acc += COMPANY_TLD_WEIGHTS[i];
            if (x < acc) {
                return COMPANY_TLDS[i];
            }
        }
        return ".pl";
    }

    int descriptor() {
        double x = rnd.nextDouble() * 100;
        double acc = 0;
        for (int i = 0; i < DESCRIPTORS.length; i++) {
            acc += DESCRIPTOR_WEIGHTS[i];
            if (x < acc) {
                return i;
            }
        }
        return 0;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.trim().split(" +")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Weighted choice with cumulative weights; insertion order is the only order. */
    static final class Weighted<T> {
        private final List<T> items = new ArrayList<>();
        private double[] cumulative = new double[16];
        private double total;

        Weighted<T> add(T item, double weight) {
            if (items.size() == cumulative.length) {
                cumulative = Arrays.copyOf(cumulative, cumulative.length * 2);
            }
            total += weight;
            cumulative[items.size()] = total;
            items.add(item);
            return this;
        }

        T pick(Random rnd) {
            double x = rnd.nextDouble() * total;
            int lo = 0;
            int hi = items.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return items.get(lo);
        }
    }
}
