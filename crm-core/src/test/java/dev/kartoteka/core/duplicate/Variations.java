package dev.kartoteka.core.duplicate;

import java.util.Locale;
import java.util.Random;

/** The re-entry errors the labelled generators apply to duplicates: typos, lost diacritics, case. */
final class Variations {

    private static final String LETTERS = "abcdefghijklmnoprstuwyz";

    private Variations() {
    }

    /** One edit: a substitution, deletion, insertion or swap of neighbours, never on the first letter. */
    static String typo(String s, Random random) {
        if (s.length() < 4) {
            return s;
        }
        int at = 1 + random.nextInt(s.length() - 2);
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, at) + letter + s.substring(at + 1);
            case 1 -> s.substring(0, at) + s.substring(at + 1);
            case 2 -> s.substring(0, at) + letter + s.substring(at);
            default -> s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2);
        };
    }

    /** Polish (and a few other) letters without their diacritics, as typed on a keyboard without Polish layout. */
    static String withoutDiacritics(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüÄÖÜéè".indexOf(c);
            out.append(i < 0 ? c : "acelnoszzACELNOSZZaouAOUee".charAt(i));
        }
        return out.toString();
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /**
     * A skewed (Zipf-like) pick: rank {@code r} is drawn with weight about {@code 1/(r+10)}, so with 70 names the
     * first is drawn about 4.6 % of the time, as Anna among Polish women.
     */
    static <T> T pickSkewed(T[] values, Random random) {
        double ratio = (values.length + 10.0) / 10.0;
        int i = (int) Math.floor(10 * Math.pow(ratio, random.nextDouble())) - 10;
        return values[Math.max(0, Math.min(values.length - 1, i))];
    }

    /** An e-mail-safe ASCII form of a name. */
    static String ascii(String s) {
        return withoutDiacritics(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
