package dev.kartoteka.core.spi;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A second, deliberately simple implementation of the folding rules that {@link SearchText} documents, written from
 * its javadoc and not from its code, so that tests can compare the two. Meant for text made of letters (Latin with
 * diacritics), digits, punctuation and white space; not for Greek final sigma and other context-dependent case rules.
 */
public final class ReferenceFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}\\u001C-\\u001F]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Map<String, String> UNDECOMPOSABLE = Map.ofEntries(
            Map.entry("ł", "l"), Map.entry("Ł", "l"), Map.entry("đ", "d"), Map.entry("Đ", "d"),
            Map.entry("ø", "o"), Map.entry("Ø", "o"), Map.entry("ß", "ss"), Map.entry("ẞ", "ss"),
            Map.entry("æ", "ae"), Map.entry("Æ", "ae"), Map.entry("œ", "oe"), Map.entry("Œ", "oe"),
            Map.entry("ı", "i"), Map.entry("þ", "th"), Map.entry("Þ", "th"));

    private ReferenceFold() {
    }

    /**
     * Folds text: NFKD, marks removed, ł/đ/ø/ß/æ/œ/ı/þ spelled out, lower case, white space collapsed and trimmed.
     *
     * @param text any text
     * @return the folded text
     */
    public static String fold(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        for (Map.Entry<String, String> e : UNDECOMPOSABLE.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        s = s.toLowerCase(Locale.ROOT);
        return WHITE_SPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Folds a postal code: letters and digits only, upper case.
     *
     * @param code a postal code or a prefix of one
     * @return the folded code
     */
    public static String foldPostalCode(String code) {
        return NOT_ALPHANUMERIC.matcher(code).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * Normalises a tag as {@link dev.kartoteka.core.party.Tag} documents: trimmed, inner white space collapsed to one
     * space, lower case.
     *
     * @param text the tag as typed
     * @return its normal form
     */
    public static String normaliseTag(String text) {
        return WHITE_SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
