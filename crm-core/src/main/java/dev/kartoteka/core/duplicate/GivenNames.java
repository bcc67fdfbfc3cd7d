package dev.kartoteka.core.duplicate;

import java.util.HashSet;
import java.util.Set;

/**
 * Common given names, folded (no diacritics, {@code ł} as {@code l}): Polish ones (the most frequent in the PESEL
 * registry, old and new) and English ones. Two such names that differ by more than one keystroke are two names, not a
 * typo of one, however close their letters: {@code "janina"} / {@code "joanna"}, {@code "anna"} / {@code "joanna"},
 * {@code "marek"} / {@code "marcin"} are similar enough for Jaro-Winkler to call them one word (0.85–0.90), and a
 * family name with two such given names is two people — sisters, brothers, twins. A name missing here is judged by its
 * letters as before, so the list only ever separates, it never joins; names one keystroke apart ({@code "sara"} /
 * {@code "sarah"}, {@code "maria"} / {@code "marta"}) are left to the letters too, since a typo is as likely there as
 * another person.
 */
final class GivenNames {

    private static final Set<String> KNOWN = new HashSet<>();
    private static final Set<String> WOMEN = new HashSet<>();

    static {
        // Polish, women
        women("anna", "maria", "katarzyna", "malgorzata", "agnieszka", "krystyna", "barbara", "ewa", "elzbieta", "zofia",
                "janina", "teresa", "joanna", "magdalena", "monika", "jadwiga", "danuta", "irena", "halina", "helena",
                "beata", "aleksandra", "marta", "dorota", "marianna", "grazyna", "jolanta", "stanislawa", "iwona",
                "karolina", "bozena", "urszula", "justyna", "renata", "alicja", "paulina", "sylwia", "natalia", "wanda",
                "agata", "aneta", "izabela", "ewelina", "marzena", "wieslawa", "genowefa", "patrycja", "kazimiera",
                "edyta", "stefania", "hanna", "julia", "zuzanna", "wiktoria", "lena", "maja", "oliwia", "amelia",
                "emilia", "gabriela", "weronika", "martyna", "kinga", "klaudia", "dominika", "kamila", "angelika",
                "daria", "lucyna", "wladyslawa", "czeslawa", "leokadia", "regina", "roza", "bogumila", "bogdana",
                "jozefa", "henryka", "eugenia", "cecylia", "zdzislawa", "miroslawa", "bronislawa", "wioletta",
                "violetta", "lidia", "adrianna", "nikola", "laura", "antonina", "pola", "nina", "liliana", "milena",
                "kornelia", "michalina", "jagoda", "marcelina", "sandra", "roksana", "ilona", "mariola", "olga",
                "tamara", "nadia", "ksenia", "ludwika", "felicja", "eleonora", "zyta", "gertruda", "bernadeta",
                "elwira", "anita", "aldona", "bogna", "celina", "dagmara", "diana", "emila", "franciszka", "grazyna",
                "honorata", "jowita", "judyta", "kalina", "klara", "konstancja", "lilianna", "magda", "malwina",
                "matylda", "melania", "nela", "oktawia", "paula", "rozalia", "sabina", "sonia", "stella", "tatiana",
                "urszula", "walentyna", "zaneta", "zenona", "zuzanna", "alina", "aniela", "apolonia", "honorata");
        // Polish, men
        add("jan", "stanislaw", "andrzej", "jozef", "tadeusz", "jerzy", "zbigniew", "krzysztof", "henryk", "ryszard",
                "kazimierz", "marek", "marian", "piotr", "janusz", "wladyslaw", "adam", "wieslaw", "zdzislaw", "edward",
                "mieczyslaw", "roman", "miroslaw", "grzegorz", "czeslaw", "dariusz", "wojciech", "jacek", "eugeniusz",
                "tomasz", "stefan", "zygmunt", "leszek", "bogdan", "antoni", "pawel", "franciszek", "slawomir",
                "waldemar", "jaroslaw", "robert", "mariusz", "wlodzimierz", "michal", "zenon", "lech", "bronislaw",
                "boleslaw", "maciej", "lukasz", "mateusz", "kamil", "jakub", "bartosz", "szymon", "filip", "kacper",
                "wiktor", "mikolaj", "dawid", "patryk", "sebastian", "damian", "rafal", "artur", "adrian", "przemyslaw",
                "radoslaw", "daniel", "marcin", "karol", "hubert", "dominik", "konrad", "arkadiusz", "oskar", "igor",
                "aleksander", "ignacy", "leon", "nikodem", "tymon", "tymoteusz", "julian", "maksymilian", "borys",
                "olaf", "emil", "norbert", "krystian", "ludwik", "feliks", "benedykt", "alojzy", "leonard", "witold",
                "ireneusz", "eryk", "gabriel", "jeremi", "joachim", "kajetan", "konstanty", "ksawery", "lucjan",
                "natan", "oliwer", "remigiusz", "seweryn", "teodor", "wincenty", "bartlomiej", "sylwester", "bernard",
                "edmund", "gerard", "walenty", "wawrzyniec", "boguslaw", "leopold", "albert", "alfred", "ambrozy",
                "anatol", "bogumil", "cezary", "dionizy", "euzebiusz", "fryderyk", "gustaw", "hieronim", "ignacy",
                "jacek", "jedrzej", "juliusz", "klemens", "lechoslaw", "lukasz", "marcel", "maurycy", "milosz",
                "napoleon", "olgierd", "pawel", "rajmund", "roch", "stanislaw", "szczepan", "tobiasz", "tytus",
                "urban", "wit", "zbyszko", "zenobiusz", "efraim");
        // English, men
        add("james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
                "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
                "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
                "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
                "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
                "tyler", "aaron", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter",
                "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl",
                "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "bruce", "gabriel", "logan", "albert",
                "alan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell", "mason", "philip",
                "louis", "liam", "oliver", "lucas", "harry", "oscar", "connor", "lachlan", "riley", "mitchell",
                "jayden", "cooper", "blake", "jake", "luke", "hamish", "angus", "callum", "declan", "archer", "hugo",
                "max", "toby", "isaac", "jackson", "joel", "jordan", "kai", "lincoln", "marcus", "nathaniel", "owen",
                "reece", "xavier", "zac", "bailey", "brodie", "campbell", "darcy", "dean", "dominic", "flynn",
                "harrison", "jarrod", "jeremy", "kieran", "leo", "levi", "matthew", "nicholas", "patrick", "rhys",
                "seth", "shane", "spencer", "tristan", "william");
        // English, women
        women("mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
                "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
                "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
                "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole",
                "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine",
                "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly",
                "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline",
                "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean",
                "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle",
                "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla",
                "alexis", "lori", "chloe", "mia", "ella", "ruby", "zoe", "georgia", "isabelle", "sophie", "molly",
                "lily", "jade", "caitlin", "tahlia", "bianca", "jasmine", "madeleine", "holly", "phoebe", "kate",
                "claire", "courtney", "elise", "erin", "hayley", "imogen", "jaimee", "jessica", "kirsten", "mikayla",
                "paige", "rachael", "sienna", "stephanie", "tayla", "teagan", "annabel", "abbey", "alana", "alyssa",
                "amelia", "aleisha", "brooke", "chelsea", "eliza", "emily", "gemma", "indiana", "jacinta", "keely",
                "leah", "lucy", "maddison", "matilda", "monique", "natasha", "shannon", "summer", "tara", "taylah");
    }

    private GivenNames() {
    }

    private static void add(String... names) {
        KNOWN.addAll(java.util.List.of(names));
    }

    private static void women(String... names) {
        add(names);
        WOMEN.addAll(java.util.List.of(names));
    }

    /**
     * @param word a folded given name (one word)
     * @return whether it is one of the common given names
     */
    static boolean known(String word) {
        return KNOWN.contains(word);
    }

    /**
     * @param word a folded given name (one word)
     * @return whether it is one of the common women's names ({@code "ann"}, so that {@code "anna"} is not read as its
     *     woman's form)
     */
    static boolean woman(String word) {
        return WOMEN.contains(word);
    }
}
