package dev.kartoteka.benchmarks.blind;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Text-level damage done by people typing (QWERTY keyboard typos, the Polish programmer's layout being US QWERTY with
 * AltGr for diacritics), by scanners (OCR confusions), by keyboards without the Polish layout (lost diacritics), and by
 * hurried typing (case, spaces). Every method returns its input unchanged when it finds nothing to damage.
 */
final class Garble {

    static final Locale PL = Locale.forLanguageTag("pl-PL");

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] NEIGHBOURS = new String[26];

    static {
        for (int row = 0; row < ROWS.length; row++) {
            for (int col = 0; col < ROWS[row].length(); col++) {
                StringBuilder n = new StringBuilder();
                for (int dr = -1; dr <= 1; dr++) {
                    int r = row + dr;
                    if (r < 0 || r >= ROWS.length) {
                        continue;
                    }
                    // rows are staggered: the row below sits half a key to the right
                    int from = dr == 0 ? col - 1 : dr < 0 ? col : col - 1;
                    int to = dr == 0 ? col + 1 : dr < 0 ? col + 1 : col;
                    for (int c = from; c <= to; c++) {
                        if (c >= 0 && c < ROWS[r].length() && !(dr == 0 && c == col)) {
                            n.append(ROWS[r].charAt(c));
                        }
                    }
                }
                NEIGHBOURS[ROWS[row].charAt(col) - 'a'] = n.toString();
            }
        }
    }

    private static final String DIACRITICS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    private static final String PLAIN = "acelnoszzACELNOSZZ";

    /** OCR confusions: what a scanned form turns into (both directions listed where both happen). */
    private static final String[][] OCR = {
        {"m", "rn"}, {"rn", "m"}, {"w", "vv"}, {"d", "cl"}, {"cl", "d"}, {"l", "1"}, {"I", "l"}, {"l", "I"},
        {"O", "0"}, {"o", "0"}, {"e", "c"}, {"c", "e"}, {"n", "u"}, {"u", "n"}, {"h", "b"}, {"i", "l"},
        {"ę", "e"}, {"ą", "a"}, {"ó", "o"}, {"ł", "t"}, {"ż", "z"}, {"S", "5"}, {"B", "8"}, {"a", "o"},
        {"ri", "n"}, {"Z", "2"}, {"g", "q"}, {"y", "v"}
    };

    private Garble() {
    }

    static boolean hasDiacritics(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (DIACRITICS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String stripDiacritics(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = DIACRITICS.indexOf(c);
            b.append(k >= 0 ? PLAIN.charAt(k) : c);
        }
        return b.toString();
    }

    /** Lower-case ASCII for e-mail local parts and domains: diacritics stripped, anything but [a-z0-9.-_] dropped. */
    static String ascii(String s) {
        String plain = stripDiacritics(s).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static char base(char c) {
        int k = DIACRITICS.indexOf(c);
        return k >= 0 ? PLAIN.charAt(k) : c;
    }

    private static String neighbours(char c) {
        char lower = Character.toLowerCase(base(c));
        return lower >= 'a' && lower <= 'z' ? NEIGHBOURS[lower - 'a'] : "";
    }

    private static char sameCase(char model, char c) {
        return Character.isUpperCase(model) ? Character.toUpperCase(c) : c;
    }

    /** One keyboard slip: a neighbouring key instead (40 %), an extra neighbouring key (20 %), a lost key (20 %), two keys swapped (20 %). */
    static String typo(String s, Random rnd) {
        if (s == null) {
            return null;
        }
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i)) && (i > 0 || rnd.nextDouble() < 0.2)) {
                letters.add(i);
            }
        }
        if (letters.isEmpty() || s.length() < 3) {
            return s;
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            int i = letters.get(rnd.nextInt(letters.size()));
            char c = s.charAt(i);
            String n = neighbours(c);
            double op = rnd.nextDouble();
            String out;
            if (op < 0.4 && !n.isEmpty()) {
                out = s.substring(0, i) + sameCase(c, n.charAt(rnd.nextInt(n.length()))) + s.substring(i + 1);
            } else if (op < 0.6 && !n.isEmpty()) {
                char extra = rnd.nextBoolean() ? Character.toLowerCase(c) : n.charAt(rnd.nextInt(n.length()));
                out = s.substring(0, i + 1) + extra + s.substring(i + 1);
            } else if (op < 0.8) {
                out = s.substring(0, i) + s.substring(i + 1);
            } else {
                if (i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == c) {
                    continue;
                }
                char next = s.charAt(i + 1);
                out = s.substring(0, i) + sameCase(c, Character.toLowerCase(next)) + sameCase(next, Character.toLowerCase(c))
                        + s.substring(i + 2);
            }
            if (!out.equals(s)) {
                return out;
            }
        }
        return s;
    }

    /** One OCR confusion at a random place where one applies. */
    static String ocr(String s, Random rnd) {
        if (s == null) {
            return null;
        }
        List<int[]> hits = new ArrayList<>();
        for (int p = 0; p < OCR.length; p++) {
            String from = OCR[p][0];
            for (int i = s.indexOf(from); i >= 0; i = s.indexOf(from, i + 1)) {
                hits.add(new int[] {p, i});
            }
        }
        if (hits.isEmpty()) {
            return s;
        }
        int[] hit = hits.get(rnd.nextInt(hits.size()));
        String[] pair = OCR[hit[0]];
        return s.substring(0, hit[1]) + pair[1] + s.substring(hit[1] + pair[0].length());
    }

    /** Extra or missing spaces: a doubled space, a trailing or leading space, two words run together, a word split. */
    static String spacing(String s, Random rnd) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        List<Integer> spaces = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                spaces.add(i);
            }
        }
        double op = rnd.nextDouble();
        if (op < 0.3 && !spaces.isEmpty()) {
            int i = spaces.get(rnd.nextInt(spaces.size()));
            return s.substring(0, i) + " " + s.substring(i);
        }
        if (op < 0.55 && !spaces.isEmpty()) {
            int i = spaces.get(rnd.nextInt(spaces.size()));
            return s.substring(0, i) + s.substring(i + 1);
        }
        if (op < 0.75) {
            return rnd.nextBoolean() ? s + " " : " " + s;
        }
        if (s.length() >= 5) {
            int i = 2 + rnd.nextInt(s.length() - 3);
            if (Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i))) {
                return s.substring(0, i) + " " + s.substring(i);
            }
        }
        return s + " ";
    }

    static String upper(String s) {
        return s == null ? null : s.toUpperCase(PL);
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(PL);
    }

    /** One digit replaced (not the first) or two neighbouring digits swapped, in a string of digits. */
    static String digitTypo(String digits, Random rnd) {
        if (digits == null || digits.length() < 3) {
            return digits;
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            int i = 1 + rnd.nextInt(digits.length() - 1);
            String out;
            if (rnd.nextDouble() < 0.7) {
                char c = (char) ('0' + rnd.nextInt(10));
                out = digits.substring(0, i) + c + digits.substring(i + 1);
            } else {
                if (i + 1 >= digits.length()) {
                    continue;
                }
                out = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
            }
            if (!out.equals(digits)) {
                return out;
            }
        }
        return digits;
    }

    /**
     * A mistyped birth date that is still a calendar date in the past: one digit of the day, month or year changed
     * (50 %), day and month swapped (25 %, when both could be months), two neighbouring digits swapped (25 %).
     * Returns null when nothing valid came out of a few attempts.
     */
    static LocalDate dateTypo(LocalDate date, LocalDate today, Random rnd, String[] how) {
        String ymd = String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        for (int attempt = 0; attempt < 30; attempt++) {
            double op = rnd.nextDouble();
            String out;
            String kind;
            if (op < 0.5) {
                // the century digits are not mistyped: positions 2..7
                int i = 2 + rnd.nextInt(6);
                out = ymd.substring(0, i) + (char) ('0' + rnd.nextInt(10)) + ymd.substring(i + 1);
                kind = "digit";
            } else if (op < 0.75) {
                out = ymd.substring(0, 4) + ymd.substring(6, 8) + ymd.substring(4, 6);
                kind = "day-month";
            } else {
                int i = 2 + rnd.nextInt(5);
                if (i == 3 || i == 5) {
                    // swaps across the year|month or month|day boundary are not what people do
                    continue;
                }
                out = ymd.substring(0, i) + ymd.charAt(i + 1) + ymd.charAt(i) + ymd.substring(i + 2);
                kind = "transposed";
            }
            if (out.equals(ymd)) {
                continue;
            }
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(out.substring(0, 4)), Integer.parseInt(out.substring(4, 6)),
                        Integer.parseInt(out.substring(6, 8)));
                if (d.isBefore(today) && d.getYear() > 1900) {
                    how[0] = kind;
                    return d;
                }
            } catch (DateTimeException invalid) {
                // not a calendar date: try again
            }
        }
        return null;
    }
}
