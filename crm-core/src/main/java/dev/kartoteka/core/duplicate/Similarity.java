package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.internal.GivenNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * The similarity functions of {@link MatchMethod}. Each is made symmetric by comparing the two values in a fixed
 * (lexicographic) order, whatever order the caller passes them in.
 */
final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Similarity() {
    }

    static double of(MatchMethod method, String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (method == MatchMethod.EXACT) {
            return 0;
        }
        String x = a.compareTo(b) <= 0 ? a : b;
        String y = x == a ? b : a;
        double s = switch (method) {
            case JARO_WINKLER -> JARO_WINKLER.apply(x, y);
            case LEVENSHTEIN -> levenshtein(x, y);
            case TOKEN_SET -> tokenSet(x, y);
            case DATE -> date(x, y);
            case EXACT_OR_TYPO -> oneTypo(x, y) ? TYPO : 0;
            case PERSON_NAME -> personName(x, y);
            case EXACT -> 0;
        };
        return Math.max(0, Math.min(1, s));
    }

    /**
     * The similarity of two values of {@code field} by {@code method}: as {@link #of(MatchMethod, String, String)},
     * except e-mail addresses compared {@link MatchMethod#EXACT_OR_TYPO}, which {@link #email} compares.
     */
    static double of(MatchField field, MatchMethod method, String a, String b) {
        return field == MatchField.EMAIL && method == MatchMethod.EXACT_OR_TYPO ? email(a, b) : of(method, a, b);
    }

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /**
     * Two e-mail addresses (folded) compared {@link MatchMethod#EXACT_OR_TYPO}: {@code 1} for one address,
     * {@link #TYPO} for one mailbox name at two domains one keystroke apart — a letter mistyped, added, left out or
     * two swapped ({@code anna.nowak@gmial.com} / {@code anna.nowak@gmail.com}, {@code @o2.p} / {@code @o2.pl},
     * {@code @onte.pl} / {@code @onet.pl}) — unless both domains are free mail providers' ({@code wp.pl} /
     * {@code vp.pl} / {@code op.pl} are three providers, where namesakes keep one mailbox name) or one name under two
     * existing top-level domains ({@code yahoo.ie} / {@code yahoo.de}); {@link #TYPO} too for one domain's mailbox
     * names that differ by two neighbouring letters swapped or a letter doubled ({@code anna.nowka} /
     * {@code anna.nowak}, {@code nowakowwska64} / {@code nowakowska64}) — slips of the hand no two people's
     * addresses differ by; and {@code 0} otherwise: a mailbox name one keystroke off otherwise ({@code g.kowalska} /
     * {@code j.kowalska}, {@code anna.nowak1} / {@code anna.nowak}, {@code a.lis} / {@code a.list}) is as often a
     * namesake's or a relative's address.
     */
    static double email(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int at = a.lastIndexOf('@');
        int bt = b.lastIndexOf('@');
        if (at < 1 || bt < 1) {
            return 0;
        }
        if (at != bt || !a.regionMatches(0, b, 0, at + 1)) {
            // one domain, its mailbox names a slip of the hand apart
            return a.substring(at).equals(b.substring(bt)) && slip(a.substring(0, at), b.substring(0, bt)) ? TYPO : 0;
        }
        String x = a.substring(at + 1);
        String y = b.substring(at + 1);
        if (Profile.freeMail(x) && Profile.freeMail(y) || otherCountries(x, y)) {
            return 0;
        }
        return ONE_EDIT.apply(x, y) == 1 || swappedNeighbours(x, y) ? TYPO : 0;
    }

    /**
     * Whether two different words differ by two neighbouring letters swapped ({@code "nowka"} / {@code "nowak"}) or
     * by a letter written twice ({@code "nowakowwska"} / {@code "nowakowska"}); digits and other characters never.
     */
    static boolean slip(String x, String y) {
        if (x.length() == y.length()) {
            int i = firstDifference(x, y);
            return swappedNeighbours(x, y) && Character.isLetter(x.charAt(i)) && Character.isLetter(x.charAt(i + 1));
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = firstDifference(shorter, longer);
        // the extra letter at i repeats its neighbour: "ww" for "w"
        return i > 0 && Character.isLetter(longer.charAt(i)) && longer.charAt(i) == longer.charAt(i - 1)
                && longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    /** The first index where two strings differ, or the shorter one's length where one begins the other. */
    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Top-level domains that exist: countries' ({@code pl}, {@code de}, {@code uk}) and the common generic ones. */
    private static final java.util.Set<String> TOP_LEVEL_DOMAINS = topLevelDomains();

    private static java.util.Set<String> topLevelDomains() {
        java.util.Set<String> tlds = new java.util.HashSet<>(List.of("com", "net", "org", "edu", "gov", "int", "eu",
                "info", "biz", "uk"));
        for (String country : java.util.Locale.getISOCountries()) {
            tlds.add(country.toLowerCase(java.util.Locale.ROOT));
        }
        return java.util.Set.copyOf(tlds);
    }

    /**
     * Whether two domains are one name under two existing top-level domains ({@code yahoo.ie} / {@code yahoo.de},
     * {@code firma.pl} / {@code firma.pt}): a provider's or a company's sites in two countries, not a typo
     * ({@code o2.p} and {@code gmail.con} are no top-level domains).
     */
    private static boolean otherCountries(String x, String y) {
        int dx = x.lastIndexOf('.');
        int dy = y.lastIndexOf('.');
        return dx > 0 && dx == dy && x.regionMatches(0, y, 0, dx)
                && TOP_LEVEL_DOMAINS.contains(x.substring(dx + 1)) && TOP_LEVEL_DOMAINS.contains(y.substring(dy + 1));
    }

    /** The similarity of two codes one typing error apart (see {@link MatchMethod#EXACT_OR_TYPO}). */
    static final double TYPO = 0.5;

    /**
     * Whether two values of one length differ only by two neighbouring characters swapped ({@code "67052588300"} /
     * {@code "67502588300"}): the typing error that the check digit of a PESEL can miss.
     */
    static boolean swappedNeighbours(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = firstDifference(a, b);
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first)
                && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
    }

    /** Whether two different values of one length differ in one character or by two neighbours swapped. */
    static boolean oneTypo(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length() && differ < 2; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differ++;
            }
        }
        return differ == 1 || swappedNeighbours(a, b);
    }

    /** The similarity of two dates one typing error apart (see {@link MatchMethod#DATE}). */
    static final double DATE_TYPO = 0.5;

    /** The credit of a full name one of whose parts is missing on one side (see {@link MatchMethod#PERSON_NAME}). */
    static final double NAME_PART = 0.8;

    /**
     * The credit of two full names whose given names agree and whose family names differ (see
     * {@link MatchMethod#PERSON_NAME}).
     */
    static final double CHANGED_FAMILY_NAME = 0.5;

    /**
     * The similarity, at least, of two full names whose given names are one name written once as a form that stands
     * for several names ({@code "aga"}: Agnieszka or Agata) and once as one of them: as good as one typo, since the
     * form might stand for the other name.
     */
    static final double FORM_OF_NAME = 0.9;

    /**
     * The similarity, at least, of two full names with one family name whose given names are a name and a
     * misspelling of one of its everyday forms ({@code "tkmek"} / {@code "tomasz"}).
     */
    static final double MISSPELT_FORM = 0.85;

    /**
     * How two persons' full names compare ({@link MatchMethod#PERSON_NAME} on {@link MatchField#FULL_NAME}).
     *
     * @param similarity the similarity
     * @param countsBelowThreshold whether it counts even below the rule's threshold (a changed family name)
     */
    record NameScore(double similarity, boolean countsBelowThreshold) {
    }

    /**
     * {@link #personName(String, String)} of the full names, corrected by what the parts tell when both persons have a
     * given and a family name, written the same way round: family names
     * that agree with given names that differ are siblings, not a typo, and score {@code 0}; given names that agree
     * with family names that differ are a changed family name and score {@link #CHANGED_FAMILY_NAME}, counted even
     * below the threshold (see {@link #partsAgree(String, String, double)} and
     * {@link #givenNamesAgree(String, String, double)}). The full names are compared both with
     * everyday forms of given names read as the names they stand for and as written, the better counting, and given
     * names agree either way. A pair written swapped on one side (given name as family name) gets no correction: which
     * part is which is not known. Symmetric.
     */
    static NameScore personName(Profile a, Profile b) {
        double s = fullNames(a.single(MatchField.FULL_NAME), b.single(MatchField.FULL_NAME));
        if (s < 1 && (a.rawFullName != null || b.rawFullName != null)) {
            s = Math.max(s, fullNames(a.fullNameAsWritten(), b.fullNameAsWritten()));
        }
        String givenA = a.single(MatchField.GIVEN_NAMES);
        String givenB = b.single(MatchField.GIVEN_NAMES);
        String familyA = a.single(MatchField.FAMILY_NAME);
        String familyB = b.single(MatchField.FAMILY_NAME);
        if (s == 1 || givenA == null || givenB == null || familyA == null || familyB == null) {
            return new NameScore(s, false);
        }
        if (s < 1 && (givenA.indexOf(' ') >= 0 || givenB.indexOf(' ') >= 0 || familyA.indexOf(' ') >= 0
                || familyB.indexOf(' ') >= 0)) {
            s = Math.max(s, strayedSpace(givenA, givenB, familyA, familyB));
        }
        double givenSimilarity = JARO_WINKLER.apply(givenA, givenB);
        double familySimilarity = JARO_WINKLER.apply(familyA, familyB);
        if (givenSimilarity + familySimilarity
                < JARO_WINKLER.apply(givenA, familyB) + JARO_WINKLER.apply(familyA, givenB)) {
            // written swapped on one side: which part is which is not known, but two common given names crossed
            // with one family name are siblings all the same ("Nowak Janina" / "Joanna Nowak")
            boolean siblings = crossedSiblings(familyA, givenB, givenA, familyB)
                    || crossedSiblings(givenA, familyB, familyA, givenB);
            return new NameScore(siblings ? 0 : s, false);
        }
        boolean givenAgree = givenNamesAgree(givenA, givenB, givenSimilarity)
                || (a.rawGivenNames != null || b.rawGivenNames != null)
                && givenNamesAgree(a.givenNamesAsWritten(), b.givenNamesAsWritten(), Double.NaN);
        if (!givenAgree && formOfOneName(a.givenNamesAsWritten(), b.givenNamesAsWritten())) {
            givenAgree = true;
            s = Math.max(s, FORM_OF_NAME);
        }
        boolean familyAgree = partsAgree(familyA, familyB, familySimilarity);
        if (familyAgree && !givenAgree) {
            return new NameScore(misspeltGivenName(a, b, givenA, givenB, s), false);
        }
        if (givenAgree && !familyAgree) {
            return new NameScore(CHANGED_FAMILY_NAME, true);
        }
        return new NameScore(s, false);
    }

    /**
     * The similarity of the full names read without a space typed into or left out of one part ({@code "sta churski"}
     * / {@code "stachurski"}, {@code "annamaria"} / {@code "anna maria"}), or {@code 0} if no part differs only so.
     */
    private static double strayedSpace(String givenA, String givenB, String familyA, String familyB) {
        boolean spacing = strayedSpace(givenA, givenB) || strayedSpace(familyA, familyB);
        return spacing ? fullNames(givenA.replace(" ", "") + " " + familyA.replace(" ", ""),
                givenB.replace(" ", "") + " " + familyB.replace(" ", "")) : 0;
    }

    /**
     * Whether two different name parts are one word once their spaces are dropped, no piece being a single letter (an
     * initial: {@code "kamil a"} is Kamil A., not Kamila).
     */
    private static boolean strayedSpace(String x, String y) {
        if (x.equals(y) || !x.replace(" ", "").equals(y.replace(" ", ""))) {
            return false;
        }
        for (String piece : (x + " " + y).split(" ")) {
            if (piece.length() < 2) {
                return false;
            }
        }
        return true;
    }

    private static double fullNames(@Nullable String x, @Nullable String y) {
        if (x == null || y == null) {
            return 0;
        }
        return x.equals(y) ? 1 : of(MatchMethod.PERSON_NAME, x, y);
    }

    /**
     * {@link #partsAgree}, except that a man's and a woman's form of one name ({@code "kamil"} / {@code "kamila"},
     * {@code "aleksander"} / {@code "aleksandra"}, in the first given name) are two names, whatever their similarity,
     * and so are two {@link GivenNames#known common given names} more than one keystroke apart as first given names
     * ({@code "janina"} / {@code "joanna"}), unless the words of one are all words of the other (a second name used as
     * the first).
     */
    private static boolean givenNamesAgree(String x, String y, double jaroWinkler) {
        if ((x.indexOf(' ') >= 0 || y.indexOf(' ') >= 0) && strayedSpace(x, y)) {
            return true; // a space typed into a name: "paul ina" / "paulina"
        }
        String fx = firstWord(x);
        String fy = firstWord(y);
        if (feminineOf(fx, fy) || feminineOf(fy, fx)) {
            return false;
        }
        // the letters first (cheap, with the Jaro-Winkler similarity at hand): most pairs of other names end there
        return partsAgree(x, y, jaroWinkler) && (fx.equals(fy) || !twoNames(fx, fy) || oneHoldsTheOther(x, y));
    }

    /**
     * Whether two given names are one name written once as a form that stands for several names and once as one of
     * them ({@code "aga anna"} / {@code "agnieszka anna"}, {@code "bartek"} / {@code "bartosz"}; see
     * {@link Diminutives#mayBeOneName}), any further given names being the same or missing on one side.
     */
    private static boolean formOfOneName(String x, String y) {
        String fx = firstWord(x);
        String fy = firstWord(y);
        String restX = x.substring(fx.length()).trim();
        String restY = y.substring(fy.length()).trim();
        return (restX.isEmpty() || restY.isEmpty() || restX.equals(restY)) && Diminutives.mayBeOneName(fx, fy);
    }

    /**
     * The similarity of two full names with one family name whose first given names do not
     * {@linkplain #givenNamesAgree agree}: {@code 0} (two people, siblings as a rule) unless one of the given names is
     * no {@linkplain GivenNames#known common name} and no everyday form of one, but a misspelling — a sibling's name is
     * a real name, a garbled one is not — and the two are not a man's and a woman's form of one name
     * ({@code "daniel"} / {@code "daniela"}). A misspelling keeps the first letter and is one keystroke from the other
     * name ({@code "ea"} / {@code "ewa"}), or two for names of six letters or more ({@code "mgdolena"} /
     * {@code "magdalena"}; two misspellings of one name likewise), and keeps {@code letters}, the similarity of the
     * full names;
     * or one keystroke from an everyday form of the other name ({@code "kaasia"} / {@code "katarzyna"},
     * {@code "tkmek"} / {@code "tomasz"}) and scores at least {@link #MISSPELT_FORM}. {@code "janina"} /
     * {@code "joanna"} and {@code "basia"} / {@code "katarzyna"}, real names and forms, stay two people.
     */
    private static double misspeltGivenName(Profile a, Profile b, String givenA, String givenB, double letters) {
        String wx = firstWord(a.givenNamesAsWritten());
        String wy = firstWord(b.givenNamesAsWritten());
        String fx = firstWord(givenA);
        String fy = firstWord(givenB);
        boolean garbledX = !GivenNames.known(fx) && !Diminutives.isForm(wx);
        boolean garbledY = !GivenNames.known(fy) && !Diminutives.isForm(wy);
        if (!garbledX && !garbledY || feminineOf(fx, fy) || feminineOf(fy, fx) || feminineOf(wx, wy)
                || feminineOf(wy, wx)) {
            return 0;
        }
        if (fewKeystrokes(fx, fy)) {
            return letters;
        }
        if (garbledX && Diminutives.misspeltFormOf(wx, fy) || garbledY && Diminutives.misspeltFormOf(wy, fx)) {
            return Math.max(letters, MISSPELT_FORM);
        }
        return 0;
    }

    /**
     * With the same first letter, at most one keystroke apart, or two for words of six letters or more; both words of
     * two letters or more. Short names one letter apart at the start are other names ({@code "maja"} /
     * {@code "kaja"}, {@code "ben"} / {@code "jen"}).
     */
    private static boolean fewKeystrokes(String x, String y) {
        int shorter = Math.min(x.length(), y.length());
        return shorter >= 2 && x.charAt(0) == y.charAt(0) && osa(x, y) <= (shorter >= 6 ? 2 : 1);
    }

    /** Whether {@code x} and {@code y} are two given names and {@code u} and {@code v} one family name. */
    private static boolean crossedSiblings(String x, String y, String u, String v) {
        return twoNames(firstWord(x), firstWord(y)) && !oneHoldsTheOther(x, y) && partsAgree(u, v, Double.NaN);
    }

    /**
     * Whether two first given names, as written or as the full names their everyday forms stand for, are two common
     * names more than one keystroke apart ({@code "marcinek"} / {@code "marek"}, {@code "asia"} / {@code "ania"}),
     * not spellings or languages' forms of one name ({@code "kathryn"} / {@code "katherine"}, {@code "tomasz"} /
     * {@code "thomas"}). A form one keystroke from a name as written is not enough to join them ({@code "ola"} /
     * {@code "olga"} may be one name), but two forms are read only as the names they stand for ({@code "kasia"} /
     * {@code "basia"} are Katarzyna and Barbara).
     */
    private static boolean twoNames(String x, String y) {
        String fullX = Diminutives.fullName(x);
        String fullY = Diminutives.fullName(y);
        if (!GivenNames.known(fullX) || !GivenNames.known(fullY)
                || GivenNames.variantOf(fullX).equals(GivenNames.variantOf(fullY))) {
            return false;
        }
        boolean twoForms = !fullX.equals(x) && !fullY.equals(y);
        return (twoForms || osa(x, y) > 1) && osa(fullX, fullY) > 1;
    }

    /**
     * Whether two full names (as compared: folded, sorted words) are one name with one word mistyped, one keystroke
     * apart ({@link #osa} 1): one word differs on each side, both of three letters or more (not initials: {@code "jan
     * a"} / {@code "jan b"}), not two common given names ({@code "maria"} / {@code "marta"}: a typo as likely as
     * another person), and not a man's and a woman's form written with and without a final {@code a}
     * ({@code "ivan"} / {@code "ivana"}, {@code "mario"} / {@code "maria"}, {@code "kowalski"} / {@code "kowalska"}).
     */
    static boolean mistypedName(String x, String y) {
        if (osa(x, y) != 1) {
            return false;
        }
        java.util.List<String> xs = new java.util.ArrayList<>(java.util.Arrays.asList(x.split(" ")));
        java.util.List<String> ys = new java.util.ArrayList<>(java.util.Arrays.asList(y.split(" ")));
        java.util.List<String> common = new java.util.ArrayList<>(xs);
        common.retainAll(ys);
        xs.removeAll(common);
        ys.removeAll(common);
        if (xs.size() != 1 || ys.size() != 1) {
            return false;
        }
        String a = xs.get(0);
        String b = ys.get(0);
        if (Math.min(a.length(), b.length()) < 3 || GivenNames.known(a) && GivenNames.known(b)) {
            return false;
        }
        return !gendered(a, b) && !gendered(b, a);
    }

    /**
     * Whether {@code b} is a woman's form of {@code a}: {@link #feminineOf} ({@code ivan} / {@code ivana}), or the last
     * letter turned into an {@code a} ({@code mario} / {@code maria}, {@code kowalski} / {@code kowalska}).
     */
    private static boolean gendered(String a, String b) {
        return feminineOf(a, b) || a.length() == b.length() && b.endsWith("a")
                && a.regionMatches(0, b, 0, a.length() - 1);
    }

    /**
     * Whether {@code woman} is the woman's form of the man's name {@code man}: Kamil → Kamila, Aleksander → Aleksandra
     * (not when {@code man} is a woman's name itself: Ann, Anna).
     */
    private static boolean feminineOf(String man, String woman) {
        return man.length() >= 3 && !GivenNames.woman(man) && (woman.equals(man + "a")
                || man.endsWith("er") && woman.equals(man.substring(0, man.length() - 2) + "ra"));
    }

    private static String firstWord(String words) {
        int space = words.indexOf(' ');
        return space < 0 ? words : words.substring(0, space);
    }

    /**
     * Whether two name parts agree: equal; one a typo of the other (Jaro-Winkler at least {@link #WORD_TYPO}, or, for
     * parts of three letters or more, one edit after the same first letter, as {@code "ewa"} / {@code "ewq"}, which
     * Jaro-Winkler rates only 0.82); or the words of one all words of the other (a second given name, a part of a
     * double-barrelled family name, missing on one side). Symmetric. {@code jaroWinkler} is their Jaro-Winkler
     * similarity when the caller has it already, else NaN.
     */
    private static boolean partsAgree(String x, String y, double jaroWinkler) {
        if (x.equals(y) || (Double.isNaN(jaroWinkler) ? JARO_WINKLER.apply(x, y) : jaroWinkler) >= WORD_TYPO) {
            return true;
        }
        if (Math.min(x.length(), y.length()) >= 3 && x.charAt(0) == y.charAt(0) && osa(x, y) <= 1) {
            return true;
        }
        return oneHoldsTheOther(x, y);
    }

    /** Whether the words of one of the two texts are all words of the other. */
    private static boolean oneHoldsTheOther(String x, String y) {
        java.util.Set<String> xs = new java.util.HashSet<>(java.util.Arrays.asList(x.split(" ")));
        java.util.Set<String> ys = new java.util.HashSet<>(java.util.Arrays.asList(y.split(" ")));
        return xs.containsAll(ys) || ys.containsAll(xs);
    }

    /**
     * {@link #DATE_TYPO} if the two ISO dates ({@code yyyy-MM-dd}) differ by one wrong digit, by two neighbouring
     * digits swapped or by day and month swapped; else {@code 0} (equal values are handled by the caller).
     */
    private static double date(String x, String y) {
        String a = digits(x);
        String b = digits(y);
        if (a.length() != 8 || b.length() != 8) {
            return 0;
        }
        if (oneTypo(a, b)) {
            return DATE_TYPO;
        }
        if (a.substring(0, 4).equals(b.substring(0, 4)) && a.substring(4, 6).equals(b.substring(6, 8))
                && a.substring(6, 8).equals(b.substring(4, 6))) {
            return DATE_TYPO;
        }
        return 0;
    }

    /**
     * Whether two ISO dates are too far apart to be one date mistyped twice — three typing errors or more (a wrong
     * digit, two neighbouring digits swapped, day and month swapped): two records of one person may each carry a
     * different typo of the birth date, a father and his son of one name cannot share one. Dates that cannot be read
     * are never apart.
     */
    static boolean datesApart(String x, String y) {
        String a = digits(x);
        String b = digits(y);
        if (a.length() != 8 || b.length() != 8) {
            return false;
        }
        return Math.min(osa(a, b), 1 + Math.min(osa(dayMonthSwapped(a), b), osa(a, dayMonthSwapped(b)))) >= 3;
    }

    private static String dayMonthSwapped(String yyyyMMdd) {
        return yyyyMMdd.substring(0, 4) + yyyyMMdd.substring(6, 8) + yyyyMMdd.substring(4, 6);
    }

    private static String digits(String s) {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@link #tokenSet}, or, if higher, {@link #NAME_PART} × the mean Jaro-Winkler similarity of the shorter name's
     * words to their best distinct partners in the longer name, when the longer name has more words and every word of
     * the shorter one has a partner of at least {@link #WORD_TYPO}.
     */
    private static double personName(String x, String y) {
        String[] xs = sortedTokens(x);
        String[] ys = sortedTokens(y);
        double best = Math.max(Math.max(aligned(xs, ys), jaccard(xs, ys)), alignedJaroWinkler(xs, ys));
        String[] shorter = xs.length <= ys.length ? xs : ys;
        String[] longer = shorter == xs ? ys : xs;
        if (shorter.length == 0 || shorter.length == longer.length) {
            return best;
        }
        boolean[] used = new boolean[longer.length];
        double sum = 0;
        for (String word : shorter) {
            int partner = -1;
            double partnerSim = 0;
            for (int j = 0; j < longer.length; j++) {
                double s = used[j] ? 0 : JARO_WINKLER.apply(word, longer[j]);
                if (s > partnerSim) {
                    partnerSim = s;
                    partner = j;
                }
            }
            if (partner < 0 || partnerSim < WORD_TYPO) {
                return best;
            }
            used[partner] = true;
            sum += partnerSim;
        }
        return Math.max(best, NAME_PART * sum / shorter.length);
    }

    private static double levenshtein(String x, String y) {
        int longest = Math.max(x.length(), y.length());
        return longest == 0 ? 1 : 1 - (double) LEVENSHTEIN.apply(x, y) / longest;
    }

    /**
     * The larger of the Jaccard index of the word sets and an aligned similarity: each word of one side is paired with
     * its closest free word of the other (closest pairs first), and {@code 1 - edits / max(letters)}, where the edits
     * are the pairs' optimal-string-alignment distances (a swap of neighbours is one edit) plus the letters of
     * unpaired words. Word order does not count.
     */
    private static double tokenSet(String x, String y) {
        String[] xs = sortedTokens(x);
        String[] ys = sortedTokens(y);
        double s = sortedTokenSet(xs, ys);
        if (s < 1 && Math.abs(xs.length - ys.length) == 1) {
            s = Math.max(s, xs.length > ys.length ? strayedSpace(xs, ys) : strayedSpace(ys, xs));
        }
        return s;
    }

    /** The similarity of a sole trader's name with and without its owner's name (see {@link #ownersNameApart}). */
    static final double OWNERS_NAME = 0.9;

    /**
     * Whether two company names (folded words, legal forms left out) are one sole trader's name with and without
     * its owner's name ({@code "zandom"} / {@code "jedrzejczak zandom zaneta"}): every word of the shorter name is a
     * word of the longer one (or one keystroke from it, in words of four letters or more), the longer one's other
     * words are a person's name — two words, one of them a common given name — and the shorter name holds no given
     * name. A Polish sole trader's business name holds its owner's name, so the two names are one business. Another
     * word ({@code "budmax"} / {@code "budmax serwis"}) is another company, and another owner another sole trader
     * ({@link #otherOwners}). Asked only of names without a company's legal form (see the scorer).
     */
    static boolean ownersNameApart(String x, String y) {
        int wordsX = words(x);
        int wordsY = words(y);
        if (Math.abs(wordsX - wordsY) != 2) {
            return false;
        }
        String[] fewer = (wordsX < wordsY ? x : y).split(" ");
        String[] more = (wordsX < wordsY ? y : x).split(" ");
        if (Arrays.stream(fewer).anyMatch(GivenNames::known)) {
            return false;
        }
        boolean[] used = placed(fewer, more);
        if (used == null) {
            return false;
        }
        List<String> extra = new ArrayList<>(2);
        for (int i = 0; i < more.length; i++) {
            if (!used[i]) {
                extra.add(more[i]);
            }
        }
        return extra.get(0).length() >= 2 && extra.get(1).length() >= 2
                && GivenNames.known(extra.get(0)) != GivenNames.known(extra.get(1));
    }

    private static int words(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    /**
     * The similarity of a company name and a longer one holding all its words ({@link #namePartOf}): counted as
     * agreement although below the legal-name threshold, so that a contact or address shared besides makes a match.
     */
    static final double NAME_PART_OF = 0.6;

    /**
     * Whether every word of the company name with fewer words is a word of the other — as written, or one keystroke
     * from it in words of four letters or more — each word of the longer name used once, and the shorter name has four
     * letters or more, one word of them three letters or more: {@code "ciboulette"} / {@code "ciboulette restaurant"}, {@code "le chardonnay"} /
     * {@code "le chardonnay los angeles"}. One business written shorter or longer, or two businesses of one family or
     * group ({@code "staltex"} / {@code "staltex handel"}): the scorer counts it as partial agreement, never with two
     * legal forms.
     */
    static boolean namePartOf(String x, String y) {
        int wordsX = words(x);
        int wordsY = words(y);
        if (wordsX == wordsY) {
            return false;
        }
        String[] fewer = (wordsX < wordsY ? x : y).split(" ");
        String[] more = (wordsX < wordsY ? y : x).split(" ");
        if (letters(fewer) < 4 || Arrays.stream(fewer).allMatch(w -> w.length() < 3)) {
            return false;
        }
        return placed(fewer, more) != null;
    }

    /**
     * Finds each word of {@code fewer} in {@code more}, each word of {@code more} used once: the words as written
     * first, then the mistyped ones (one keystroke, in words of four letters or more), so that a typo does not take
     * another word's partner.
     *
     * @return the words of {@code more} used; {@code null} if a word of {@code fewer} has no partner
     */
    private static boolean @Nullable [] placed(String[] fewer, String[] more) {
        boolean[] used = new boolean[more.length];
        boolean[] found = new boolean[fewer.length];
        for (int f = 0; f < fewer.length; f++) {
            for (int i = 0; i < more.length && !found[f]; i++) {
                if (!used[i] && more[i].equals(fewer[f])) {
                    used[i] = true;
                    found[f] = true;
                }
            }
        }
        for (int f = 0; f < fewer.length; f++) {
            String w = fewer[f];
            for (int i = 0; i < more.length && !found[f]; i++) {
                if (!used[i] && w.length() >= 4 && Math.abs(more[i].length() - w.length()) <= 1
                        && osa(more[i], w) <= 1) {
                    used[i] = true;
                    found[f] = true;
                }
            }
            if (!found[f]) {
                return null;
            }
        }
        return used;
    }

    /**
     * Whether two company names (folded words) name two owners: each holds one common given name the other does not,
     * and the two are two names, as {@code PERSON_NAME} tells given names apart (not an everyday form, a spelling or
     * another language's form of one name, nor a keystroke apart) — {@code "zandom anna jedrzejczak"} /
     * {@code "zandom jedrzejczak zaneta"}, two sole traders of one family, as {@code "jan kowalski"} /
     * {@code "piotr kowalski"} are two people.
     */
    static boolean otherOwners(String x, String y) {
        List<String> xs = Arrays.asList(x.split(" "));
        List<String> ys = Arrays.asList(y.split(" "));
        String onlyX = null;
        String onlyY = null;
        for (String w : xs) {
            if (GivenNames.known(w) && !ys.contains(w)) {
                if (onlyX != null) {
                    return false;
                }
                onlyX = w;
            }
        }
        for (String w : ys) {
            if (GivenNames.known(w) && !xs.contains(w)) {
                if (onlyY != null) {
                    return false;
                }
                onlyY = w;
            }
        }
        return onlyX != null && onlyY != null && twoNames(onlyX, onlyY);
    }

    private static double sortedTokenSet(String[] xs, String[] ys) {
        return Math.max(Math.max(aligned(xs, ys), jaccard(xs, ys)), alignedJaroWinkler(xs, ys));
    }

    /**
     * The similarity of two multi-word values once a space typed into one word of {@code more} is dropped
     * ({@code "bu dex"} / {@code "budex"}, {@code "nowak trade"} / {@code "nowaktrade"}): two of its words (of two
     * letters or more, not initials) joined, either way round, where the joined word is at most one keystroke from a
     * word of {@code fewer}; {@code 0} if no two words join so.
     */
    private static double strayedSpace(String[] more, String[] fewer) {
        double best = 0;
        for (int i = 0; i < more.length; i++) {
            for (int j = 0; j < more.length; j++) {
                if (i == j || more[i].length() < 2 || more[j].length() < 2) {
                    continue;
                }
                String joined = more[i] + more[j];
                if (Arrays.stream(fewer).noneMatch(w -> Math.abs(w.length() - joined.length()) <= 1
                        && osa(w, joined) <= 1)) {
                    continue;
                }
                String[] merged = new String[more.length - 1];
                merged[0] = joined;
                for (int k = 0, m = 1; k < more.length; k++) {
                    if (k != i && k != j) {
                        merged[m++] = more[k];
                    }
                }
                Arrays.sort(merged);
                best = Math.max(best, sortedTokenSet(merged, fewer));
            }
        }
        return best;
    }

    /**
     * Words paired by their best Jaro-Winkler similarity (best pairs first), the pairs' similarities averaged weighted
     * by the longer word's letters over all letters of the longer side (unpaired words, and pairs below 0.85 — two
     * different words rather than a typo — count 0). Jaro-Winkler forgives a typo in a short word more than edits over
     * its length do ({@code "slape"} / {@code "slpee"}: 0.89, but 0.6 by edits).
     */
    private static final double WORD_TYPO = 0.85;

    private static int letters(String[] words) {
        int n = 0;
        for (String w : words) {
            n += w.length();
        }
        return n;
    }

    private static double alignedJaroWinkler(String[] xs, String[] ys) {
        if (xs.length == 0 || ys.length == 0) {
            return xs.length == ys.length ? 1 : 0;
        }
        double[][] sim = new double[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                sim[i][j] = JARO_WINKLER.apply(xs[i], ys[j]);
            }
        }
        boolean[] usedX = new boolean[xs.length];
        boolean[] usedY = new boolean[ys.length];
        double weighted = 0;
        for (int p = 0, pairs = Math.min(xs.length, ys.length); p < pairs; p++) {
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < xs.length; i++) {
                for (int j = 0; !usedX[i] && j < ys.length; j++) {
                    if (!usedY[j] && (bi < 0 || sim[i][j] > sim[bi][bj])) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            usedX[bi] = true;
            usedY[bj] = true;
            // a pair of words less alike than this is two different words ("kowalski" / "nowak": 0.77), not a typo
            if (sim[bi][bj] >= WORD_TYPO) {
                weighted += sim[bi][bj] * Math.max(xs[bi].length(), ys[bj].length());
            }
        }
        int total = Math.max(letters(xs), letters(ys));
        return total == 0 ? 1 : Math.min(1, weighted / total);
    }

    private static double aligned(String[] xs, String[] ys) {
        int lettersX = letters(xs);
        int lettersY = letters(ys);
        int[][] distance = new int[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                distance[i][j] = osa(xs[i], ys[j]);
            }
        }
        boolean[] usedX = new boolean[xs.length];
        boolean[] usedY = new boolean[ys.length];
        int edits = 0;
        int pairs = Math.min(xs.length, ys.length);
        for (int p = 0; p < pairs; p++) {
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < xs.length; i++) {
                for (int j = 0; !usedX[i] && j < ys.length; j++) {
                    if (!usedY[j] && (bi < 0 || distance[i][j] < distance[bi][bj])) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            usedX[bi] = true;
            usedY[bj] = true;
            edits += distance[bi][bj];
        }
        for (int i = 0; i < xs.length; i++) {
            edits += usedX[i] ? 0 : xs[i].length();
        }
        for (int j = 0; j < ys.length; j++) {
            edits += usedY[j] ? 0 : ys[j].length();
        }
        int longest = Math.max(lettersX, lettersY);
        return longest == 0 ? 1 : Math.max(0, 1 - (double) edits / longest);
    }

    /** Optimal string alignment distance: Levenshtein plus the swap of two neighbouring characters as one edit. */
    static int osa(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        boolean misread = misread(a, b) || misread(b, a);
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                if (misread && i > 1 && scanned(a.charAt(i - 2), a.charAt(i - 1), b.charAt(j - 1))) {
                    d = Math.min(d, prev2[j - 1] + 1);
                }
                if (misread && j > 1 && scanned(b.charAt(j - 2), b.charAt(j - 1), a.charAt(i - 1))) {
                    d = Math.min(d, prev[j - 2] + 1);
                }
                cur[j] = d;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Whether {@code two} holds two letters a scanner reads for one letter that {@code one} holds. */
    private static boolean misread(String two, String one) {
        return two.contains("rn") && one.indexOf('m') >= 0 || two.contains("cl") && one.indexOf('d') >= 0
                || two.contains("vv") && one.indexOf('w') >= 0;
    }

    /**
     * Whether the two letters {@code first}{@code second} are what a scanner reads for the one letter {@code one}:
     * {@code rn} for {@code m}, {@code cl} for {@code d}, {@code vv} for {@code w} ({@code ri} for {@code n} is
     * not: {@code daria} / {@code dana}, {@code irina} / {@code inna} are two names).
     */
    private static boolean scanned(char first, char second, char one) {
        return switch (one) {
            case 'm' -> first == 'r' && second == 'n';
            case 'd' -> first == 'c' && second == 'l';
            case 'w' -> first == 'v' && second == 'v';
            default -> false;
        };
    }

    private static String[] sortedTokens(String s) {
        String[] tokens = s.split(" ");
        Arrays.sort(tokens);
        return tokens;
    }

    /** Jaccard index of two sorted token arrays (duplicates within one side counted once). */
    private static double jaccard(String[] xs, String[] ys) {
        int i = 0;
        int j = 0;
        int common = 0;
        int union = 0;
        while (i < xs.length || j < ys.length) {
            int c = i == xs.length ? 1 : j == ys.length ? -1 : xs[i].compareTo(ys[j]);
            if (c == 0) {
                common++;
                i = skip(xs, i);
                j = skip(ys, j);
            } else if (c < 0) {
                i = skip(xs, i);
            } else {
                j = skip(ys, j);
            }
            union++;
        }
        return union == 0 ? 1 : (double) common / union;
    }

    private static int skip(String[] tokens, int i) {
        int k = i + 1;
        while (k < tokens.length && tokens[k].equals(tokens[i])) {
            k++;
        }
        return k;
    }
}
