package dev.kartoteka.core.duplicate;

import java.util.HashMap;
import java.util.Map;

/**
 * Everyday forms of given names and the names they stand for, folded ({@code "kasia"} for {@code "katarzyna"},
 * {@code "bob"} for {@code "robert"}): a client who wrote "Kasia Nowak" on one form and "Katarzyna Nowak" on another is
 * one person, but the two words are too far apart for any edit distance. The duplicate profile compares a given name
 * that is such a form as the full name it stands for.
 *
 * <p>Names and forms are written folded (no diacritics, {@code ł} as {@code l}), as the profile compares them. Forms
 * that stand mostly for one name are read as that name: {@code "kasia"} (Katarzyna), {@code "ola"} (Aleksandra,
 * rarely Olga), {@code "olek"} (Aleksander). Forms of several names of one sex — {@code "hania"} (Hanna or Anna),
 * {@code "aga"} (Agnieszka or Agata), {@code "ala"} (Alicja, Alina or Aleksandra), {@code "bartek"} (Bartłomiej or
 * Bartosz) — are kept apart: one agrees with each of its names written in full ({@link #mayBeOneName}), never with
 * another form. Forms of a man's and a woman's name ({@code "alex"}, {@code "sam"}, {@code "chris"}, {@code "andy"},
 * {@code "charlie"}, {@code "danny"}) are not listed, nor are {@code "jack"}, {@code "harry"}, {@code "ben"},
 * {@code "jon"} or {@code "kim"}, names of their own as often as forms. The matcher compares given names both read
 * through this table and as written, so a form missing here, or a name written as a form that is a name of its own,
 * loses nothing.
 *
 * <p>Internal: public only for the standardizer's reading of a whole name's order; not part of the API.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.1")
public final class Diminutives {

    private static final Map<String, String> FULL = new HashMap<>();
    private static final Map<String, java.util.Set<String>> AMBIGUOUS = new HashMap<>();
    /** Each name → its forms (of this name only or of several). */
    private static final Map<String, java.util.List<String>> FORMS = new HashMap<>();

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
        full("antonina", "tosia", "tola");
        full("katarzyna", "kasiunia");
        full("malgorzata", "malgoska", "goska");
        full("barbara", "basienka");
        full("aleksandra", "olunia");
        full("joanna", "aska", "joaska");
        full("anna", "anulka");
        full("magdalena", "magdusia", "magdzia");
        full("izabela", "izunia");
        full("jolanta", "jolcia");
        full("krystyna", "kryska", "krysienka");
        full("jadwiga", "jadzka");
        full("zofia", "zoska");
        full("zuzanna", "zuzka");
        full("julia", "julcia");
        full("dorota", "dorcia");
        full("ewa", "ewka", "ewunia", "ewcia");
        full("beata", "beatka");
        full("bozena", "bozka");
        full("irena", "irenka", "irka");
        full("iwona", "iwonka");
        full("helena", "helenka", "hela", "helcia");
        full("janina", "janeczka");
        full("justyna", "justynka");
        full("karolina", "karolcia", "karolinka");
        full("monika", "monia", "monisia", "moniczka");
        full("marta", "martusia");
        full("patrycja", "patrysia");
        full("renata", "renatka");
        full("sylwia", "sylwka");
        full("urszula", "urszulka");
        full("weronika", "werka");
        full("kamila", "kamilka");
        full("martyna", "martynka");
        full("ewelina", "ewelinka");
        full("stanislawa", "staska");
        full("mariola", "mariolka");
        full("wioletta", "wiola");
        // Polish, men
        full("tomasz", "tomek", "tomeczek");
        full("krzysztof", "krzysiek", "krzys");
        full("jakub", "kuba", "kubus");
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
        full("karol", "lolek");
        full("tymoteusz", "tymek");
        full("jaroslaw", "jarek");
        full("andrzej", "andrzejek");
        full("arkadiusz", "areczek");
        full("eugeniusz", "gienek", "geniek", "gienio");
        full("jacek", "jacus");
        full("janusz", "januszek");
        full("jerzy", "jureczek");
        full("waldemar", "waldek");
        full("wieslaw", "wiesiek", "wiesio");
        full("witold", "witek");
        full("zenon", "zenek");
        full("zygmunt", "zygmus");
        full("roman", "romek");
        full("stefan", "stefek");
        full("ireneusz", "irek");
        full("mateusz", "mati");
        full("michal", "misiek");
        full("mikolaj", "mikolajek");
        full("marian", "maniek");
        full("sebastian", "sebek", "seba");
        full("tadeusz", "tadzio");
        full("marek", "mareczek");
        full("mieczyslaw", "miecio");
        full("franciszek", "franio");
        full("grzegorz", "grzesio");
        full("kazimierz", "kazek");
        full("wladyslaw", "wladzio");
        full("krzysztof", "krzysio");
        full("stanislaw", "stasiek", "stasio");
        full("leszek", "leszku");
        full("bronislaw", "bronek");
        full("slawomir", "slawus");
        full("zbigniew", "zbysio");
        full("kacper", "kacperek");
        full("karol", "karolek");
        full("dawid", "dawidek");
        full("adam", "adasiek");
        full("szymon", "szymus");
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
        full("anthony", "tony");
        full("donald", "don");
        full("ronald", "ron", "ronnie");
        full("jeffrey", "jeff");
        full("joshua", "josh");
        full("zachary", "zach");
        full("peter", "pete");
        full("philip", "phil");
        full("raymond", "ray");
        full("douglas", "doug");
        full("vincent", "vince");
        full("stephanie", "steph");
        full("catherine", "cathy", "cath");
        full("michael", "mick", "mickey");
        // forms of more than one name: one of those names, never another
        forms("aga", "agnieszka", "agata");
        forms("agusia", "agnieszka", "agata", "augustyna");
        forms("bartek", "bartlomiej", "bartosz");
        forms("bartus", "bartlomiej", "bartosz");
        forms("hania", "hanna", "anna");
        forms("hanka", "hanna", "anna");
        forms("ala", "alicja", "alina", "aleksandra");
        forms("genia", "genowefa", "eugenia");
        forms("jedrek", "andrzej", "jedrzej");
        forms("jedrus", "andrzej", "jedrzej");
        forms("bogus", "boguslaw", "bogdan", "bogumil");
        forms("bogusiek", "boguslaw", "bogdan", "bogumil");
        forms("nika", "weronika", "dominika");
        forms("fred", "frederick", "alfred");
        forms("meg", "margaret", "megan");
        forms("rick", "richard", "frederick", "eric");
        forms("mel", "melissa", "melanie");
    }

    private Diminutives() {
    }

    private static void forms(String form, String... names) {
        AMBIGUOUS.put(form, java.util.Set.of(names));
        for (String name : names) {
            FORMS.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(form);
        }
    }

    private static void full(String name, String... forms) {
        for (String form : forms) {
            if (FULL.putIfAbsent(form, name) == null) {
                FORMS.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(form);
            }
        }
    }

    /**
     * @param word a folded word of a given name
     * @return the full name it stands for, folded, or the word itself
     */
    static String fullName(String word) {
        return FULL.getOrDefault(word, word);
    }

    /**
     * Whether two different first given names, folded and as written, may be one name: a form that stands for several
     * names and one of those names written in full ({@code "aga"} / {@code "agata"}, {@code "bartek"} /
     * {@code "bartosz"}). Two forms never are ({@code "ala"} / {@code "ola"} may be Alicja and Aleksandra, sisters);
     * forms of one name only ({@code "kasia"}) are read as their name by {@link #fullName} already.
     *
     * @param x a folded first given name as written
     * @param y another
     * @return whether one may stand for the other
     */
    static boolean mayBeOneName(String x, String y) {
        java.util.Set<String> xs = AMBIGUOUS.get(x);
        java.util.Set<String> ys = AMBIGUOUS.get(y);
        if (xs != null) {
            return !isForm(y) && xs.contains(y);
        }
        return ys != null && !isForm(x) && ys.contains(x);
    }

    /**
     * @param word a folded word of a given name
     * @return whether it is an everyday form of a name (of one or of several)
     */
    public static boolean isForm(String word) {
        return FULL.containsKey(word) || AMBIGUOUS.containsKey(word);
    }

    /**
     * Whether a word, three letters or more, is one keystroke (one letter wrong, missing, added, or two neighbours
     * swapped, the first letter kept) from an everyday form of a name: {@code "kaasia"} of Katarzyna.
     *
     * @param word a folded word, as written
     * @param name a folded full given name
     * @return whether the word is such a misspelling
     */
    static boolean misspeltFormOf(String word, String name) {
        if (word.length() < 3) {
            return false;
        }
        for (String form : FORMS.getOrDefault(name, java.util.List.of())) {
            if (form.charAt(0) == word.charAt(0) && Similarity.osa(word, form) <= 1) {
                return true;
            }
        }
        return false;
    }
}
