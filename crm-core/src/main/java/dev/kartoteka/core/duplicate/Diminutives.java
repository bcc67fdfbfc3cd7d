package dev.kartoteka.core.duplicate;

import java.util.HashMap;
import java.util.Map;

/**
 * Everyday forms of given names and the names they stand for, folded ({@code "kasia"} for {@code "katarzyna"},
 * {@code "bob"} for {@code "robert"}): a client who wrote "Kasia Nowak" on one form and "Katarzyna Nowak" on another is
 * one person, but the two words are too far apart for any edit distance. The duplicate profile compares a given name
 * that is such a form as the full name it stands for.
 *
 * <p>Names and forms are written folded (no diacritics, {@code ł} as {@code l}), as the profile compares them. Only
 * forms that stand mostly for one name are listed: {@code "kasia"} (Katarzyna), {@code "ola"} (Aleksandra, rarely
 * Olga), {@code "olek"} (Aleksander), but not {@code "hania"} (Hanna as often as Anna), {@code "aga"} (Agnieszka and
 * Agata), {@code "ala"} (Alicja and Alina),
 * nor {@code "alex"}, {@code "sam"}, {@code "chris"}, {@code "andy"}, {@code "charlie"} or {@code "danny"}, which stand
 * for a man's and a woman's name, nor {@code "jack"}, {@code "harry"}, {@code "ben"} or {@code "jon"}, names of their
 * own as often as forms. The matcher compares given names both read through this table and as written, so a form
 * missing here, or a name written as a form that is a name of its own, loses nothing.
 */
final class Diminutives {

    private static final Map<String, String> FULL = new HashMap<>();

    static {
        // Polish, women
        full("katarzyna", "kasia", "kasienka", "kaska");
        full("malgorzata", "gosia", "malgosia", "goska");
        full("barbara", "basia", "baska");
        full("aleksandra", "ola", "olka", "olenka");
        full("joanna", "asia", "joasia");
        full("agnieszka", "agnisia");
        full("anna", "ania", "anka", "anusia", "aneczka");
        full("elzbieta", "ela", "elka", "elzunia");
        full("magdalena", "magda", "madzia");
        full("izabela", "iza", "izka");
        full("jolanta", "jola", "jolka");
        full("maria", "marysia", "maryska");
        full("krystyna", "krysia");
        full("jadwiga", "jadzia");
        full("zofia", "zosia");
        full("zuzanna", "zuzia", "zuza");
        full("julia", "julka");
        full("emilia", "emilka");
        full("gabriela", "gabrysia");
        full("danuta", "danusia", "danka");
        full("teresa", "tereska");
        full("dorota", "dorotka");
        full("weronika", "wera", "weronka");
        full("natalia", "natalka");
        full("alicja", "alka");
        full("wiktoria", "wika", "wiktorka");
        full("bozena", "bozenka");
        full("grazyna", "grazynka");
        full("halina", "halinka");
        full("lucyna", "lucynka");
        full("stanislawa", "stasia");
        full("wladyslawa", "wladzia");
        full("kazimiera", "kazia");
        full("urszula", "ula", "ulka");
        // Polish, men
        full("tomasz", "tomek", "tomeczek");
        full("krzysztof", "krzysiek", "krzys");
        full("jakub", "kuba", "kubus");
        full("bartlomiej", "bartek", "bartus");
        full("wojciech", "wojtek");
        full("stanislaw", "staszek", "stas");
        full("jozef", "jozek", "jozio");
        full("franciszek", "franek");
        full("antoni", "antek", "antos");
        full("jerzy", "jurek");
        full("zbigniew", "zbyszek", "zbych");
        full("dariusz", "darek");
        full("miroslaw", "mirek");
        full("ryszard", "rysiek", "rysio");
        full("henryk", "heniek", "henio");
        full("wladyslaw", "wladek");
        full("kazimierz", "kazik", "kazio");
        full("aleksander", "olek", "oles");
        full("piotr", "piotrek", "piotrus");
        full("pawel", "pawelek");
        full("slawomir", "slawek");
        full("radoslaw", "radek");
        full("przemyslaw", "przemek");
        full("grzegorz", "grzesiek", "grzes");
        full("maciej", "maciek", "macius");
        full("jan", "janek", "jasiek", "jas");
        full("tadeusz", "tadek");
        full("szymon", "szymek");
        full("ignacy", "ignas");
        full("mateusz", "matek");
        full("lukasz", "lukaszek");
        full("michal", "michalek");
        full("zdzislaw", "zdzisiek", "zdzich");
        full("boleslaw", "bolek");
        full("mieczyslaw", "mietek");
        full("czeslaw", "czesiek");
        full("edward", "edek", "edzio");
        full("wlodzimierz", "wlodek");
        full("leszek", "lesio");
        full("arkadiusz", "arek");
        full("marcin", "marcinek");
        full("adam", "adas");
        // English
        full("robert", "bob", "bobby", "rob", "robbie");
        full("william", "bill", "billy", "will", "willy");
        full("james", "jim", "jimmy");
        full("michael", "mike", "mikey");
        full("thomas", "tom", "tommy");
        full("david", "dave", "davy");
        full("richard", "dick", "rich");
        full("joseph", "joe", "joey");
        full("benjamin", "benny");
        full("nicholas", "nick");
        full("matthew", "matt");
        full("edward", "eddie");
        full("charles", "chuck");
        full("henry", "hank");
        full("john", "johnny");
        full("daniel", "dan");
        full("timothy", "tim", "timmy");
        full("stephen", "steve", "stevie");
        full("gregory", "greg");
        full("kenneth", "ken", "kenny");
        full("lawrence", "larry");
        full("elizabeth", "liz", "lizzie", "beth", "betty", "bess");
        full("katherine", "kate", "katie", "kathy", "kitty");
        full("margaret", "maggie", "peggy");
        full("susan", "sue", "susie");
        full("jennifer", "jen", "jenny");
        full("deborah", "debbie", "deb");
        full("rebecca", "becky");
        full("abigail", "abby");
        full("victoria", "vicky", "tori");
        full("patricia", "patty", "trish");
        full("christine", "chrissy");
        
        full("dorothy", "dot", "dottie");
    }

    private Diminutives() {
    }

    private static void full(String name, String... forms) {
        for (String form : forms) {
            FULL.putIfAbsent(form, name);
        }
    }

    /**
     * @param word a folded word of a given name
     * @return the full name it stands for, folded, or the word itself
     */
    static String fullName(String word) {
        return FULL.getOrDefault(word, word);
    }
}
