package dev.kartoteka.examples;

import java.util.List;

/**
 * The embedded word lists the generator draws from: Polish and foreign given names and surnames, cities with their
 * voivodeships, districts, postal-code ranges, streets and dialling codes, company-name parts, industries, interaction
 * subjects. Fixed here, in this order, so that a seed means the same data on every machine; changing a list changes the
 * data of every seed (the pinned fingerprint test says so).
 */
final class Vocabulary {

    private Vocabulary() {
    }

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

    /** The commonest Polish surnames in their masculine form; {@link #feminine} gives a woman's form. */
    static final String[] SURNAMES = {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
        "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
        "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski",
        "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień",
        "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak",
        "Sikora", "Baran", "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak", "Duda",
        "Zalewski", "Wróblewski", "Jasiński", "Marciniak", "Zawadzki", "Bąk", "Jakubowski", "Sadowski", "Włodarczyk",
        "Chmielewski", "Borkowski", "Czarnecki", "Sawicki", "Sokołowski", "Urbański", "Kubiak", "Maciejewski",
        "Szczepański", "Kucharski", "Wilk", "Kalinowski", "Lis", "Mazurek", "Wysocki", "Adamski", "Kaźmierczak",
        "Wasilewski", "Sobczak", "Czerwiński", "Andrzejewski", "Cieślak", "Głowacki", "Zakrzewski", "Kołodziej",
        "Sikorski", "Krajewski", "Gajewski", "Szymczak", "Szulc", "Baranowski", "Laskowski", "Brzeziński",
        "Makowski", "Ziółkowski", "Przybylski"};

    /** Roots, infixes and endings of the long tail of surnames: about 20,000 combinations. */
    static final String[] SURNAME_ROOTS = {"Dąbr", "Grab", "Jabł", "Kozł", "Lip", "Brzoz", "Wierzb", "Sosn", "Jaw",
        "Olsz", "Buk", "Kal", "Mal", "Mak", "Wiś", "Czereśn", "Śliw", "Grusz", "Jarzęb", "Leszcz", "Głog", "Bor",
        "Les", "Pol", "Łęk", "Mosz", "Rud", "Staw", "Brod", "Mił", "Dobr", "Rad", "Boguc", "Sobies", "Zdan",
        "Wit", "Stan", "Jar", "Bron", "Kaźm", "Przyb", "Ciech", "Gorz", "Krzyż", "Trzeb", "Żuk", "Wron", "Sok",
        "Orł", "Kruk", "Gawr", "Szpak", "Czyż", "Gil", "Sikor", "Dzięc", "Kos", "Sow", "Kwiec", "Maj", "Lut",
        "Marc", "Grud", "Siek", "Młot", "Kowal", "Stolar", "Bednar", "Szewc", "Kołodz", "Młyn", "Piekar", "Rybar",
        "Pastusz", "Owczar", "Wołk", "Zając", "Niedźw", "Borsuk", "Jeż", "Kret", "Szczyg", "Kaczor", "Gęs",
        "Żuraw", "Bocian", "Sęk", "Pień", "Korz", "Ziarn", "Kłos", "Żyt", "Owsi", "Gryk", "Rzep", "Cebul", "Groch",
        "Kapust", "Chmiel", "Słod", "Biał", "Czarn", "Czerw", "Zielon", "Siw", "Rus", "Złot", "Srebr", "Miedz"};
    static final String[] SURNAME_INFIXES = {"", "", "", "ow", "an", "ul", "ar", "ik", "el"};
    static final String[] SURNAME_ENDINGS = {"owski", "ewski", "iński", "ecki", "ski", "ak", "czyk", "ek", "ik",
        "iak", "owicz", "ewicz", "uk", "owiak", "ała", "uła"};

    static final String[] UA_MALE = {"Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Volodymyr", "Taras",
        "Yurii", "Ivan", "Bohdan"};
    static final String[] UA_FEMALE = {"Olena", "Iryna", "Oksana", "Nataliia", "Tetiana", "Yuliia", "Kateryna",
        "Svitlana", "Mariia", "Halyna"};
    static final String[] UA_SURNAMES = {"Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko",
        "Melnyk", "Boiko", "Oliinyk", "Shevchuk", "Polishchuk", "Lysenko", "Marchenko", "Savchenko", "Rudenko",
        "Moroz"};
    static final String[] DE_MALE = {"Thomas", "Michael", "Andreas", "Stefan", "Klaus", "Jürgen", "Hans", "Markus",
        "Lukas", "Felix"};
    static final String[] DE_FEMALE = {"Sabine", "Petra", "Ursula", "Anna", "Julia", "Katrin", "Monika", "Laura",
        "Lena", "Sophie"};
    static final String[] DE_SURNAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder"};
    static final String[] GB_MALE = {"James", "John", "David", "Michael", "Thomas", "Oliver", "George", "Harry",
        "William", "Daniel"};
    static final String[] GB_FEMALE = {"Emma", "Olivia", "Sarah", "Laura", "Sophie", "Emily", "Charlotte", "Hannah",
        "Lucy", "Amelia"};
    static final String[] GB_SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson", "O'Brien"};

    /** A part of a city with its own postal codes {@code from}..{@code to} (as five digits) and streets. */
    record District(String name, int postalFrom, int postalTo, String[] streets) {
    }

    /**
     * A Polish city: its voivodeship, dialling code, weight among addresses, districts (may be none) and, for a city
     * without districts, one postal range and its streets.
     */
    record City(String name, String voivodeship, String diallingCode, int weight, List<District> districts) {
    }

    private static final String[] COMMON_STREETS = {"ul. Mickiewicza", "ul. Słowackiego", "ul. Kościuszki",
        "ul. Piłsudskiego", "ul. Sienkiewicza", "ul. Długa", "ul. Polna", "ul. Leśna", "ul. Słoneczna", "ul. Krótka",
        "ul. Szkolna", "ul. Ogrodowa", "ul. Lipowa", "ul. Brzozowa", "ul. Łąkowa", "ul. Kwiatowa", "ul. Kolejowa",
        "ul. Parkowa", "ul. Żeromskiego", "ul. Zielona", "ul. Kopernika", "ul. Prusa", "ul. Reymonta",
        "ul. Konopnickiej", "ul. Chopina", "ul. Wojska Polskiego", "ul. 3 Maja", "ul. Armii Krajowej",
        "al. Jana Pawła II", "ul. Dworcowa", "ul. Kasztanowa", "ul. Narutowicza", "ul. Traugutta", "ul. Moniuszki",
        "ul. Batorego", "ul. Jagiellońska", "pl. Wolności", "ul. Grunwaldzka", "ul. Wesoła", "ul. Cicha"};

    private static District whole(int from, int to) {
        return new District("", from, to, COMMON_STREETS);
    }

    private static District d(String name, int from, int to, String... streets) {
        return new District(name, from, to, streets);
    }

    static final List<City> CITIES = List.of(
            new City("Warszawa", "mazowieckie", "22", 30, List.of(
                    d("Śródmieście", 1, 999, "ul. Marszałkowska", "ul. Nowy Świat", "ul. Złota", "ul. Hoża",
                            "ul. Chmielna", "ul. Krucza", "al. Jerozolimskie", "ul. Świętokrzyska", "ul. Mokotowska",
                            "ul. Wspólna"),
                    d("Wola", 1001, 1249, "ul. Wolska", "ul. Górczewska", "ul. Prosta", "ul. Leszno", "ul. Płocka",
                            "ul. Kasprzaka", "ul. Obozowa"),
                    d("Bemowo", 1300, 1499, "ul. Powstańców Śląskich", "ul. Lazurowa", "ul. Konarskiego",
                            "ul. Połczyńska", "ul. Dywizjonu 303"),
                    d("Żoliborz", 1500, 1699, "ul. Mickiewicza", "ul. Słowackiego", "ul. Krasińskiego",
                            "pl. Wilsona", "ul. Popiełuszki"),
                    d("Bielany", 1700, 1999, "ul. Kasprowicza", "ul. Marymoncka", "ul. Wólczyńska",
                            "ul. Broniewskiego", "ul. Żeromskiego"),
                    d("Ochota", 2001, 2499, "ul. Grójecka", "ul. Banacha", "ul. Żwirki i Wigury", "ul. Szczęśliwicka",
                            "ul. Opaczewska"),
                    d("Mokotów", 2500, 2799, "ul. Puławska", "ul. Rakowiecka", "al. Niepodległości", "ul. Woronicza",
                            "ul. Racławicka", "ul. Domaniewska", "ul. Odyńca", "ul. Madalińskiego", "ul. Wołoska",
                            "ul. Sobieskiego"),
                    d("Ursynów", 2800, 2999, "al. Komisji Edukacji Narodowej", "ul. Płaskowickiej",
                            "ul. Nowoursynowska", "ul. Dereniowa", "ul. Stryjeńskich", "ul. Pileckiego"),
                    d("Białołęka", 3001, 3299, "ul. Modlińska", "ul. Głębocka", "ul. Ostródzka", "ul. Światowida",
                            "ul. Odkryta"),
                    d("Targówek", 3300, 3599, "ul. Radzymińska", "ul. Kondratowicza", "ul. Łabiszyńska",
                            "ul. Bystra", "ul. Codzienna"),
                    d("Praga-Północ", 3600, 3899, "ul. Targowa", "ul. Ząbkowska", "ul. Środkowa", "ul. Stalowa",
                            "ul. 11 Listopada"),
                    d("Praga-Południe", 4001, 4399, "ul. Grochowska", "ul. Ostrobramska", "al. Waszyngtona",
                            "ul. Saska", "ul. Francuska", "ul. Zwycięzców"),
                    d("Wawer", 4400, 4999, "ul. Patriotów", "ul. Żegańska", "ul. Mrówcza", "ul. Marysińska",
                            "ul. Przewodowa"))),
            new City("Kraków", "małopolskie", "12", 10, List.of(
                    d("Stare Miasto", 31001, 31199, "ul. Floriańska", "ul. Grodzka", "ul. Szewska",
                            "ul. Karmelicka", "ul. Długa"),
                    d("Krowodrza", 30001, 30199, "ul. Królewska", "ul. Kazimierza Wielkiego", "ul. Bronowicka",
                            "ul. Lea"),
                    d("Dębniki", 30200, 30399, "ul. Kapelanka", "ul. Konopnickiej", "ul. Tyniecka", "ul. Zielna"),
                    d("Podgórze", 30500, 30699, "ul. Limanowskiego", "ul. Kalwaryjska", "ul. Wielicka",
                            "ul. Lwowska"),
                    d("Prądnik Biały", 31200, 31399, "ul. Opolska", "ul. Kazimierza Wyki", "ul. Pachońskiego"),
                    d("Nowa Huta", 31800, 31999, "ul. Bulwarowa", "ul. Mrozowa", "al. Róż", "ul. Ptaszyckiego"))),
            new City("Łódź", "łódzkie", "42", 8, List.of(
                    d("Śródmieście", 90001, 90999, "ul. Piotrkowska", "al. Kościuszki", "ul. Narutowicza",
                            "ul. Zielona", "ul. Więckowskiego"),
                    d("Bałuty", 91001, 91499, "ul. Zgierska", "ul. Limanowskiego", "ul. Łagiewnicka",
                            "ul. Wojska Polskiego"),
                    d("Widzew", 92001, 92799, "ul. Rokicińska", "ul. Puszkina", "al. Piłsudskiego", "ul. Kolumny"),
                    d("Górna", 93001, 93599, "ul. Rzgowska", "ul. Pabianicka", "ul. Paderewskiego",
                            "ul. Dąbrowskiego"),
                    d("Polesie", 94001, 94299, "ul. Konstantynowska", "ul. Kusocińskiego", "ul. Krzemieniecka",
                            "al. Włókniarzy"))),
            new City("Wrocław", "dolnośląskie", "71", 8, List.of(
                    d("Stare Miasto", 50001, 50199, "ul. Świdnicka", "ul. Oławska", "ul. Ruska",
                            "ul. Kazimierza Wielkiego"),
                    d("Śródmieście", 50300, 50449, "pl. Grunwaldzki", "ul. Sienkiewicza", "ul. Jedności Narodowej"),
                    d("Psie Pole", 51100, 51699, "ul. Kiełczowska", "ul. Bierutowska", "ul. Zatorska",
                            "ul. Koszarowa"),
                    d("Krzyki", 53001, 53699, "ul. Powstańców Śląskich", "ul. Borowska", "ul. Ślężna",
                            "ul. Gwiaździsta"),
                    d("Fabryczna", 54001, 54699, "ul. Legnicka", "ul. Strzegomska", "ul. Bystrzycka",
                            "ul. Żernicka"))),
            new City("Poznań", "wielkopolskie", "61", 7, List.of(
                    d("Stare Miasto", 61001, 61299, "ul. Półwiejska", "ul. Garbary", "ul. Wrocławska",
                            "ul. Szewska"),
                    d("Jeżyce", 60101, 60499, "ul. Dąbrowskiego", "ul. Kraszewskiego", "ul. Szamarzewskiego",
                            "ul. Polna"),
                    d("Grunwald", 60500, 60899, "ul. Grunwaldzka", "ul. Głogowska", "ul. Bukowska",
                            "ul. Hetmańska"),
                    d("Wilda", 61300, 61599, "ul. Górna Wilda", "ul. Wierzbięcice", "ul. Dolna Wilda", "ul. Rolna"),
                    d("Nowe Miasto", 61600, 61999, "ul. Szwedzka", "ul. Warszawska", "ul. Inflancka",
                            "ul. Bobrzańska"))),
            new City("Gdańsk", "pomorskie", "58", 6, List.of(
                    d("Orunia", 80001, 80099, "ul. Trakt Św. Wojciecha", "ul. Gościnna", "ul. Nowiny"),
                    d("Wrzeszcz", 80200, 80299, "al. Grunwaldzka", "ul. Jaśkowa Dolina", "ul. Partyzantów",
                            "ul. Kościuszki"),
                    d("Oliwa", 80300, 80399, "ul. Opata Rybińskiego", "ul. Pomorska", "ul. Kwietna"),
                    d("Przymorze", 80400, 80499, "ul. Obrońców Wybrzeża", "ul. Chłopska", "ul. Piastowska"),
                    d("Śródmieście", 80800, 80899, "ul. Długa", "ul. Mariacka", "ul. Ogarna",
                            "ul. Podwale Przedmiejskie"))),
            new City("Szczecin", "zachodniopomorskie", "91", 3, List.of(whole(70001, 71999))),
            new City("Lublin", "lubelskie", "81", 3, List.of(whole(20001, 20999))),
            new City("Katowice", "śląskie", "32", 3, List.of(whole(40001, 40999))),
            new City("Białystok", "podlaskie", "85", 3, List.of(whole(15001, 15999))),
            new City("Gdynia", "pomorskie", "58", 3, List.of(whole(81001, 81599))),
            new City("Bydgoszcz", "kujawsko-pomorskie", "52", 3, List.of(whole(85001, 85999))),
            new City("Rzeszów", "podkarpackie", "17", 2, List.of(whole(35001, 35999))),
            new City("Olsztyn", "warmińsko-mazurskie", "89", 2, List.of(whole(10001, 10999))),
            new City("Kielce", "świętokrzyskie", "41", 2, List.of(whole(25001, 25999))),
            new City("Opole", "opolskie", "77", 2, List.of(whole(45001, 45999))),
            new City("Zielona Góra", "lubuskie", "68", 2, List.of(whole(65001, 65999))),
            new City("Toruń", "kujawsko-pomorskie", "56", 2, List.of(whole(87100, 87199))));

    static final double[] CITY_WEIGHTS = CITIES.stream().mapToDouble(City::weight).toArray();

    /**
     * A city abroad: country, name, how its postal codes look (a function of a uniform draw), its streets, the
     * international prefix of its landlines with the number of subscriber digits, and of mobiles.
     */
    record Abroad(String country, String city, String[] streets, String landline, int landlineDigits,
                  String mobile, int mobileDigits, String language) {
    }

    static final List<Abroad> ABROAD_COMPANIES = List.of(
            new Abroad("DE", "Berlin", new String[] {"Friedrichstraße", "Kantstraße", "Torstraße", "Invalidenstraße"},
                    "+49 30", 8, "+49 151", 8, "de"),
            new Abroad("DE", "München", new String[] {"Leopoldstraße", "Sonnenstraße", "Landsberger Straße"},
                    "+49 89", 7, "+49 160", 7, "de"),
            new Abroad("DE", "Hamburg", new String[] {"Mönckebergstraße", "Hauptstraße", "Bahnhofstraße"},
                    "+49 40", 8, "+49 170", 7, "de"),
            new Abroad("AT", "Wien", new String[] {"Mariahilfer Straße", "Kärntner Straße", "Landstraßer Hauptstraße"},
                    "+43 1", 7, "+43 664", 7, "de"),
            new Abroad("NL", "Amsterdam", new String[] {"Damrak", "Keizersgracht", "Prinsengracht", "Herengracht"},
                    "+31 20", 7, "+31 6 1", 7, "nl"),
            new Abroad("FR", "Paris", new String[] {"Rue de Rivoli", "Boulevard Haussmann", "Avenue Montaigne"},
                    "+33 1", 8, "+33 6 1", 7, "fr"),
            new Abroad("CZ", "Praha", new String[] {"Národní", "Vinohradská", "Na Příkopě"},
                    "+420 2", 8, "+420 60", 7, "cs"));

    static final List<Abroad> ABROAD_PERSONS = List.of(
            ABROAD_COMPANIES.get(0), ABROAD_COMPANIES.get(2),
            new Abroad("GB", "London", new String[] {"Baker Street", "High Street", "Oxford Street"},
                    "+44 20 7", 7, "+44 79", 8, "en"),
            new Abroad("UA", "Kyiv", new String[] {"Khreshchatyk", "Velyka Vasylkivska", "Saksahanskoho"},
                    "+380 44", 7, "+380 67", 7, "uk"));

    /** Polish mobile prefixes (each followed by six digits); all valid for libphonenumber. */
    static final String[] MOBILE_PREFIXES = {"501", "502", "503", "504", "505", "506", "507", "508", "509", "510",
        "511", "512", "513", "514", "515", "516", "517", "518", "519", "530", "531", "532", "533", "534", "535", "536",
        "537", "538", "539", "570", "571", "572", "573", "574", "575", "576", "577", "578", "579", "600", "601", "602",
        "603", "604", "605", "606", "607", "608", "609", "660", "661", "662", "663", "664", "665", "666", "667", "668",
        "669", "690", "691", "692", "693", "694", "695", "696", "697", "698", "699", "720", "721", "722", "723", "724",
        "725", "726", "727", "728", "729", "730", "731", "732", "733", "734", "735", "736", "737", "738", "739", "780",
        "781", "782", "783", "784", "785", "786", "787", "788", "789", "790", "791", "792", "793", "794", "795", "796",
        "797", "798", "799", "880", "881", "882", "883", "884", "885", "886", "887", "888", "889"};

    static final String[] MAIL_DOMAINS = {"gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "outlook.com",
        "yahoo.com", "poczta.fm", "gazeta.pl", "icloud.com"};
    static final String[] COMPANY_MAILBOXES = {"biuro", "kontakt", "sekretariat", "info", "office"};

    /** Three-digit prefixes of NIPs issued by real tax offices in the cities above. */
    static final String[] NIP_OFFICES = {"525", "526", "527", "521", "113", "118", "951", "676", "677", "679",
        "725", "727", "728", "894", "895", "896", "897", "898", "778", "779", "781", "782", "583", "584", "585", "586",
        "587", "588", "851", "852", "946", "712", "634", "954", "542", "813", "739", "657", "754", "929", "879"};
    /** The first two digits of REGONs (historically the voivodeship). */
    static final String[] REGON_PREFIXES = {"01", "02", "14", "15", "16", "17", "19", "20", "24", "30", "32", "36",
        "38", "47", "52", "61", "63", "65", "67", "69", "71", "73", "75", "77", "81", "83", "85", "87", "89", "93"};

    /** Words of company names. */
    static final String[] BRAND_STARTS = {"Pol", "Trans", "Bud", "Inter", "Euro", "Agro", "Eko", "Tech", "Med",
        "Elektro", "Stal", "Drew", "Mar", "Kom", "Info", "Auto", "Hydro", "Term", "Geo", "Żel", "Las", "Mleko",
        "Rol", "Mebl", "Farm", "Opt", "Print", "Kar", "Bal", "Wod"};
    static final String[] BRAND_ENDS = {"max", "pol", "ex", "bud", "tech", "med", "tex", "gaz", "net", "sys",
        "kom", "trans", "plast", "mat", "land", "test", "serwis", "star", "mix", "lux"};
    static final String[] REGIONAL_ADJECTIVES = {"Mazowieckie", "Pomorskie", "Śląskie", "Wielkopolskie",
        "Małopolskie", "Podlaskie", "Lubelskie", "Kujawskie", "Warmińskie", "Dolnośląskie", "Łódzkie", "Bałtyckie",
        "Nadwiślańskie", "Karpackie", "Sudeckie"};
    static final String[] REGIONAL_NOUNS = {"Centrum Medyczne", "Hurtownie Spożywcze", "Zakłady Mechaniczne",
        "Biuro Rachunkowe", "Centrum Logistyczne", "Studio Projektowe", "Zakłady Stolarskie", "Systemy Grzewcze",
        "Centrum Szkoleniowe", "Usługi Transportowe", "Wytwórnie Opakowań", "Laboratoria Analityczne"};
    static final String[] TRADES = {"Transport", "Logistyka", "Meble", "Budownictwo", "Instalacje", "Serwis",
        "Consulting", "Software", "Ogrody", "Catering", "Poligrafia", "Motoryzacja", "Elektronika", "Okna i Drzwi"};
    static final String[] SOLE_TRADES = {"Usługi Budowlane", "Usługi Remontowe", "Pracownia Krawiecka",
        "Zakład Fryzjerski", "Biuro Rachunkowe", "Gabinet Stomatologiczny", "Warsztat Samochodowy",
        "Usługi Informatyczne", "Pracownia Architektoniczna", "Kwiaciarnia"};
    static final String[] FOREIGN_BRANDS = {"Nordwind", "Alpen", "Rhein", "Delta", "Vista", "Nova", "Orion",
        "Helios", "Atlas", "Zenit", "Kappa", "Silber"};
    static final String[] FOREIGN_TRADES_DE = {"Logistik", "Maschinenbau", "Handel", "Software", "Medizintechnik"};
    static final String[] FOREIGN_TRADES_EN = {"Logistics", "Trading", "Systems", "Solutions", "Components"};
    static final String[] FOUNDATIONS = {"Fundacja Zielone Miasto", "Fundacja Dobrej Edukacji", "Fundacja Zdrowe Serce",
        "Fundacja Przyjaciół Nauki", "Fundacja Otwarta Kultura"};
    static final String[] ASSOCIATIONS = {"Stowarzyszenie Przedsiębiorców Regionu", "Stowarzyszenie Miłośników Rowerów",
        "Stowarzyszenie Kupców Polskich", "Stowarzyszenie Architektów Krajobrazu"};
    static final String[] COOPERATIVES = {"Spółdzielnia Mleczarska Zielona Łąka", "Spółdzielnia Ogrodnicza Sad",
        "Spółdzielnia Pracy Postęp", "Spółdzielnia Mieszkaniowa Słoneczna"};

    /** Industries: the option code of the sample schema's {@code industry} field and its Polish label. */
    static final String[][] INDUSTRIES = {{"it", "IT i oprogramowanie"}, {"retail", "Handel detaliczny"},
        {"wholesale", "Handel hurtowy"}, {"manufacturing", "Produkcja"}, {"logistics", "Transport i logistyka"},
        {"construction", "Budownictwo"}, {"healthcare", "Ochrona zdrowia"}, {"finance", "Finanse i ubezpieczenia"},
        {"education", "Edukacja"}, {"hospitality", "Hotelarstwo i gastronomia"}, {"agriculture", "Rolnictwo"},
        {"services", "Usługi dla firm"}};

    static final String[][] PROFESSIONS = {{"inżynier", "inżynier"}, {"nauczyciel", "nauczycielka"},
        {"lekarz", "lekarka"}, {"księgowy", "księgowa"}, {"programista", "programistka"}, {"prawnik", "prawniczka"},
        {"architekt", "architektka"}, {"przedsiębiorca", "przedsiębiorczyni"}, {"kierowca", "kierowca"},
        {"sprzedawca", "sprzedawczyni"}, {"farmaceuta", "farmaceutka"}, {"emeryt", "emerytka"}};
    static final String[] INTERESTS = {"wędkarstwo", "narty", "jazda na rowerze", "kuchnia włoska", "jazz",
        "ogrodnictwo", "fotografia", "podróże", "żeglarstwo", "teatr", "bieganie", "wino", "historia", "szachy"};
    static final String[] POSITIONS = {"Prezes Zarządu", "Dyrektor handlowy", "Kierownik zakupów",
        "Specjalista ds. zakupów", "Office manager", "Dyrektor finansowy", "Właściciel", "Kierownik logistyki"};
    static final String[][] ACCOUNTANT = {{"Główny księgowy", "Główna księgowa"}};
    static final String[] DEPARTMENTS = {"Zarząd", "Dział zakupów", "Księgowość", "Dział handlowy", "Logistyka",
        "IT"};

    /** The sales team: account owners and interaction authors. */
    static final String[] OWNERS = {"ewa.kaczmarek", "piotr.zielinski", "marta.wojcik", "tomasz.lewandowski",
        "agnieszka.kaminska", "michal.dabrowski"};

    static final String[][] UTM = {{"google", "cpc", "wiosna-2025"}, {"facebook", "social", "black-friday"},
        {"newsletter", "email", "oferta-q3"}, {"linkedin", "social", "b2b-2025"}, {"google", "organic", "blog"}};
    static final String[] EVENTS = {"Targi Budma", "Targi Warsaw Home", "Konferencja e-Commerce Polska",
        "Dzień otwarty", "Webinar produktowy"};
}
