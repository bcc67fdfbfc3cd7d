package dev.kartoteka.core.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Common given names, folded (no diacritics, {@code ł} as {@code l}): Polish ones (the most frequent in the PESEL
 * registry, old and new) and English ones. Two such names that differ by more than one keystroke are two names, not a
 * typo of one, however close their letters: {@code "janina"} / {@code "joanna"}, {@code "anna"} / {@code "joanna"},
 * {@code "marek"} / {@code "marcin"} are similar enough for Jaro-Winkler to call them one word (0.85–0.90), and a
 * family name with two such given names is two people — sisters, brothers, twins. A name missing here is judged by its
 * letters as before, so the list only ever separates, it never joins; names one keystroke apart ({@code "sara"} /
 * {@code "sarah"}, {@code "maria"} / {@code "marta"}) are left to the letters too, since a typo is as likely there as
 * another person, and so are spellings and other languages' forms of one name ({@code "katherine"} /
 * {@code "kathryn"}, {@code "tomasz"} / {@code "thomas"}, listed as variants).
 *
 * <p>Internal: shared by the duplicate rules and the CSV import's reading of a full name; not part of the API.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class GivenNames {

    private static final Set<String> KNOWN = new HashSet<>();
    private static final Set<String> WOMEN = new HashSet<>();
    private static final Set<String> MEN = new HashSet<>();
    /** Men's names in the lists that are women's too, in English-speaking countries: no sex is read from them. */
    private static final Set<String> EITHER = Set.of("jordan", "riley", "bailey", "blake", "darcy", "kai", "jesse",
            "jayden", "dylan", "logan", "brodie", "flynn", "tyler", "christian", "jean", "urban");

    static {
        // Polish, women
        women("anna", "maria", "katarzyna", "malgorzata", "agnieszka", "krystyna", "barbara", "ewa", "elzbieta",
                "zofia", "janina", "teresa", "joanna", "magdalena", "monika", "jadwiga", "danuta", "irena", "halina",
                "helena", "beata", "aleksandra", "marta", "dorota", "marianna", "grazyna", "jolanta", "stanislawa",
                "iwona", "karolina", "bozena", "urszula", "justyna", "renata", "alicja", "paulina", "sylwia",
                "natalia", "wanda", "agata", "aneta", "izabela", "ewelina", "marzena", "wieslawa", "genowefa",
                "patrycja", "kazimiera", "edyta", "stefania", "hanna", "julia", "zuzanna", "wiktoria", "lena", "maja",
                "oliwia", "amelia", "emilia", "gabriela", "weronika", "martyna", "kinga", "klaudia", "dominika",
                "kamila", "angelika", "daria", "lucyna", "wladyslawa", "czeslawa", "leokadia", "regina", "roza",
                "bogumila", "bogdana", "jozefa", "henryka", "eugenia", "cecylia", "zdzislawa", "miroslawa",
                "bronislawa", "wioletta", "violetta", "lidia", "adrianna", "nikola", "laura", "antonina", "pola",
                "nina", "liliana", "milena", "kornelia", "michalina", "jagoda", "marcelina", "sandra", "roksana",
                "ilona", "mariola", "olga", "tamara", "nadia", "ksenia", "ludwika", "felicja", "eleonora", "zyta",
                "gertruda", "bernadeta", "elwira", "anita", "aldona", "bogna", "celina", "dagmara", "diana",
                "franciszka", "honorata", "jowita", "judyta", "kalina", "klara", "konstancja", "lilianna", "malwina",
                "matylda", "melania", "nela", "oktawia", "paula", "rozalia", "sabina", "sonia", "stella", "tatiana",
                "walentyna", "zaneta", "zenona", "alina", "aniela", "apolonia");
        // Polish, women: short and recently popular names, which a misspelling rule must not take for typos
        women("ada", "ida", "kaja", "zoja", "mila", "lila", "iga", "nel", "liwia", "blanka", "julianna", "aurelia",
                "jagna");
        // Polish, men
        men("jan", "stanislaw", "andrzej", "jozef", "tadeusz", "jerzy", "zbigniew", "krzysztof", "henryk", "ryszard",
                "kazimierz", "marek", "marian", "piotr", "janusz", "wladyslaw", "adam", "wieslaw", "zdzislaw",
                "edward", "mieczyslaw", "roman", "miroslaw", "grzegorz", "czeslaw", "dariusz", "wojciech", "jacek",
                "eugeniusz", "tomasz", "stefan", "zygmunt", "leszek", "bogdan", "antoni", "pawel", "franciszek",
                "slawomir", "waldemar", "jaroslaw", "robert", "mariusz", "wlodzimierz", "michal", "zenon", "lech",
                "bronislaw", "boleslaw", "maciej", "lukasz", "mateusz", "kamil", "jakub", "bartosz", "szymon",
                "filip", "kacper", "wiktor", "mikolaj", "dawid", "patryk", "sebastian", "damian", "rafal", "artur",
                "adrian", "przemyslaw", "radoslaw", "daniel", "marcin", "karol", "hubert", "dominik", "konrad",
                "arkadiusz", "oskar", "igor", "aleksander", "ignacy", "leon", "nikodem", "tymon", "tymoteusz",
                "julian", "maksymilian", "borys", "olaf", "emil", "norbert", "krystian", "ludwik", "feliks",
                "benedykt", "alojzy", "leonard", "witold", "ireneusz", "eryk", "gabriel", "jeremi", "joachim",
                "kajetan", "konstanty", "ksawery", "lucjan", "natan", "oliwer", "remigiusz", "seweryn", "teodor",
                "wincenty", "bartlomiej", "sylwester", "bernard", "edmund", "gerard", "walenty", "wawrzyniec",
                "boguslaw", "leopold", "albert", "alfred", "ambrozy", "anatol", "bogumil", "cezary", "dionizy",
                "euzebiusz", "fryderyk", "gustaw", "hieronim", "jedrzej", "juliusz", "klemens", "lechoslaw", "marcel",
                "maurycy", "milosz", "napoleon", "olgierd", "rajmund", "roch", "szczepan", "tobiasz", "tytus",
                "urban", "wit", "zenobiusz", "efraim");
        // English, men
        men("james", "john", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher",
                "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin",
                "brian", "george", "timothy", "ronald", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas",
                "eric", "jonathan", "stephen", "justin", "scott", "brandon", "benjamin", "samuel", "gregory",
                "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "nathan",
                "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "christian",
                "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence",
                "dylan", "jesse", "jordan", "bryan", "bruce", "logan", "alan", "wayne", "elijah", "randy", "roy",
                "vincent", "ralph", "eugene", "russell", "mason", "philip", "louis", "liam", "oliver", "lucas",
                "harry", "oscar", "connor", "lachlan", "riley", "jayden", "blake", "jake", "luke", "hamish", "angus",
                "callum", "declan", "hugo", "max", "toby", "isaac", "joel", "kai", "marcus", "nathaniel", "owen",
                "reece", "xavier", "zac", "bailey", "brodie", "darcy", "dean", "dominic", "flynn", "jarrod", "kieran",
                "leo", "levi", "rhys", "seth", "shane", "tristan");
        add("ben", "ian", "jon", "lee", "guy");
        // English, women
        women("mary", "patricia", "jennifer", "linda", "elizabeth", "susan", "jessica", "sarah", "karen", "lisa",
                "nancy", "margaret", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy",
                "melissa", "deborah", "stephanie", "rebecca", "sharon", "cynthia", "kathleen", "amy", "angela",
                "shirley", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine",
                "debra", "rachel", "carolyn", "janet", "catherine", "heather", "diane", "ruth", "julie", "olivia",
                "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan",
                "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "ann", "sara", "madison", "frances",
                "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia", "grace", "denise", "amber",
                "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "natalie", "brittany", "charlotte",
                "marie", "kayla", "alexis", "lori", "chloe", "mia", "ella", "ruby", "zoe", "georgia", "isabelle",
                "sophie", "molly", "lily", "jade", "caitlin", "tahlia", "bianca", "jasmine", "madeleine", "holly",
                "phoebe", "claire", "courtney", "elise", "erin", "hayley", "imogen", "jaimee", "kirsten", "mikayla",
                "paige", "rachael", "sienna", "tayla", "teagan", "annabel", "abbey", "alana", "alyssa", "aleisha",
                "brooke", "chelsea", "eliza", "gemma", "indiana", "jacinta", "keely", "leah", "lucy", "maddison",
                "matilda", "monique", "natasha", "shannon", "summer", "tara", "taylah");
    }

    /** Spellings and other languages' forms of one name → one of them: Kathryn and Katarzyna are Katherine. */
    private static final Map<String, String> VARIANT = new HashMap<>();

    static {
        variants("katherine", "katharine", "kathryn", "catherine", "katarzyna");
        variants("stephen", "steven", "stefan");
        variants("aleksander", "alexander");
        variants("aleksandra", "alexandra");
        variants("isabella", "isabel", "isabelle", "izabela", "izabella");
        variants("deborah", "debra");
        variants("zachary", "zac", "zack");
        variants("elizabeth", "eliza", "elisabeth", "elzbieta");
        variants("tomasz", "thomas");
        variants("grzegorz", "gregory");
        variants("andrzej", "andrew");
        variants("patrycja", "patricia");
        variants("lukasz", "lucas", "lukas");
        variants("jan", "john", "johann");
        variants("michal", "michael");
        variants("piotr", "peter");
        variants("pawel", "paul");
        variants("jozef", "joseph");
        variants("jakub", "jacob", "james");
        variants("mateusz", "matthew");
        variants("dawid", "david");
        variants("krzysztof", "christopher");
        variants("mikolaj", "nicholas");
        variants("antoni", "anthony");
        variants("jerzy", "george");
        variants("henryk", "henry");
        variants("karol", "charles");
        variants("ryszard", "richard");
        variants("marek", "mark", "marcus");
        variants("filip", "philip");
        variants("franciszek", "francis");
        variants("wiktor", "victor");
        variants("maria", "mary", "marie");
        variants("malgorzata", "margaret");
        variants("joanna", "joan");
        variants("zuzanna", "susan");
        variants("zofia", "sophia", "sophie");
        variants("julia", "julie");
        variants("helena", "helen");
        variants("agnieszka", "agnes");
        variants("teresa", "theresa");
        variants("krystyna", "christine", "christina");
        variants("ewa", "eve", "eva");
        variants("dorota", "dorothy");
        variants("weronika", "veronica");
        variants("wiktoria", "victoria");
        variants("natalia", "natalie");
        variants("emilia", "emily");
        variants("gabriela", "gabrielle");
        variants("hanna", "hannah");
        variants("sara", "sarah");
        variants("rachel", "rachael");
        variants("madison", "maddison");
        variants("tahlia", "tayla", "taylah");
        variants("jacinta", "jacinda");
        variants("jeremi", "jeremy");
        variants("jarrod", "jared");
    }

    private GivenNames() {
    }

    private static void variants(String name, String... others) {
        for (String other : others) {
            VARIANT.putIfAbsent(other, name);
        }
    }

    /**
     * @param word a folded given name
     * @return the form that stands for all spellings and languages' forms of its name ({@code "kathryn"} →
     *     {@code "katherine"}), or the word itself
     */
    public static String variantOf(String word) {
        return VARIANT.getOrDefault(word, word);
    }

    private static void add(String... names) {
        KNOWN.addAll(java.util.List.of(names));
    }

    private static void men(String... names) {
        add(names);
        for (String name : names) {
            if (!EITHER.contains(name)) {
                MEN.add(name);
            }
        }
    }

    private static void women(String... names) {
        add(names);
        WOMEN.addAll(java.util.List.of(names));
    }

    /**
     * @param word a folded given name (one word)
     * @return whether it is one of the common given names
     */
    public static boolean known(String word) {
        return KNOWN.contains(word);
    }

    /**
     * @param word a folded given name (one word)
     * @return whether it is one of the common women's names ({@code "ann"}, so that {@code "anna"} is not read as its
     *     woman's form)
     */
    public static boolean woman(String word) {
        return WOMEN.contains(word);
    }

    /**
     * @param word a folded given name (one word)
     * @return whether it is one of the common women's names and no man's ({@code "jean"} is not): a sex to read
     */
    public static boolean womanOnly(String word) {
        return WOMEN.contains(word) && !EITHER.contains(word);
    }

    /**
     * @param word a folded given name (one word)
     * @return whether it is one of the common men's names, and no woman's ({@code "jordan"} is not)
     */
    public static boolean man(String word) {
        return MEN.contains(word);
    }
}
