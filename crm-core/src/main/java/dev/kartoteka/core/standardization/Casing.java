package dev.kartoteka.core.standardization;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whitespace and casing of names, shared by the normalisers. A word written all in capitals or all in small letters is
 * recased (first letter capital, the rest small); a word in mixed case ({@code "McArthur"}, {@code "DeVito"}) is kept
 * as written, since its writer chose that casing. Words are separated by spaces, hyphens and apostrophes.
 */
final class Casing {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SPACED_HYPHEN = Pattern.compile(" ?- ?");
    /**
     * Endings written after a number and a hyphen, small: {@code "1000-lecia"}, {@code "3-go"}, {@code "2-giej"} (not
     * a name after a number: {@code "1-Maja"} stays a name).
     */
    private static final java.util.Set<String> NUMBER_ENDINGS = java.util.Set.of("lecia", "lecie", "leciu", "go",
            "ego", "ej", "giej", "szego", "szej", "tego", "ciego", "ty", "ta", "te", "tej", "tych", "ych", "ym", "ymi",
            "gi", "ga", "ci", "cia", "ka", "ki");
    private static final Pattern NUMBER_AND_LETTER = Pattern.compile("\\d+\\p{L}{1,2}");
    private static final Pattern ROMAN = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private Casing() {
    }

    /** Collapses runs of whitespace (also non-breaking spaces) into one space and strips the ends. */
    static String spaces(String text) {
        boolean clean = !text.isEmpty() && text.charAt(0) != ' ' && text.charAt(text.length() - 1) != ' ';
        for (int i = 0; clean && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                clean = false;
            }
        }
        return clean ? text : WHITESPACE.matcher(text).replaceAll(" ").strip(); // most values need no change
    }

    /** Writes typographic apostrophes and dashes between letters as {@code '} and {@code -}. */
    static String punctuation(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2010', '-').replace('\u2011', '-');
    }

    /** Removes spaces around hyphens: {@code "Kowalska - Nowak"} becomes {@code "Kowalska-Nowak"}. */
    static String tightHyphens(String text) {
        return text.indexOf('-') < 0 ? text : SPACED_HYPHEN.matcher(text).replaceAll("-");
    }

    /**
     * Recases the words of {@code text}.
     *
     * @param text the text, spaces already collapsed
     * @param small words written small where they are not the first word (compared in lower case, with a dot if
     *     they are abbreviations), e.g. {@code "nad"}, {@code "van"}
     * @param smallEverywhere words written small even as the first word (abbreviated titles such as {@code "gen."})
     * @param mcPrefix whether {@code "mc"} starts a new capital ({@code "MCDONALD"} → {@code "McDonald"})
     * @param roman whether a Roman numeral in capitals stays in capitals ({@code "JANA PAWŁA II"})
     */
    static String words(String text, Set<String> small, Set<String> smallEverywhere, boolean mcPrefix,
                        boolean roman) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean first = true;
        String previous = "";
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-' || c == '\'') {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && " -'".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String w = text.substring(i, end);
            if (i > 0 && text.charAt(i - 1) == '-' && !previous.isEmpty()
                    && previous.chars().allMatch(Character::isDigit)
                    && NUMBER_ENDINGS.contains(w.toLowerCase(Locale.ROOT))
                    && (w.equals(w.toLowerCase(Locale.ROOT)) || w.equals(w.toUpperCase(Locale.ROOT)))) {
                out.append(w.toLowerCase(Locale.ROOT)); // a number's ending: "1000-lecia", "50-LECIA"
            } else {
                out.append(word(w, first, small, smallEverywhere, mcPrefix, roman));
            }
            previous = w;
            first = false;
            i = end;
        }
        return out.toString();
    }

    private static String word(String w, boolean first, Set<String> small, Set<String> smallEverywhere,
                               boolean mcPrefix, boolean roman) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                upper = true;
            } else if (Character.isLowerCase(cp)) {
                lower = true;
            }
        }
        if (upper == lower) {
            return w; // mixed case as written, or no letters at all
        }
        if (NUMBER_AND_LETTER.matcher(w).matches()) {
            return w.toUpperCase(Locale.ROOT); // a number with its letter: "12A", "Dublin 6W"
        }
        String lw = w.toLowerCase(Locale.ROOT);
        if (smallEverywhere.contains(lw) || !first && small.contains(lw)) {
            return lw;
        }
        if (roman && upper && w.length() > 1 && ROMAN.matcher(w).matches()) {
            return w; // "Jana Pawła II"
        }
        if (mcPrefix && lw.length() > 2 && lw.startsWith("mc")) {
            return "Mc" + capital(lw.substring(2));
        }
        return capital(lw);
    }

    private static String capital(String lw) {
        int cp = lw.codePointAt(0);
        return new StringBuilder(lw.length()).appendCodePoint(Character.toTitleCase(cp))
                .append(lw, Character.charCount(cp), lw.length()).toString();
    }
}
