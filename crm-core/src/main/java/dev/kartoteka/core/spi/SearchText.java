package dev.kartoteka.core.spi;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one folding of text that every search of the registry uses, so that in-memory and database stores find the same
 * parties: case-insensitive and diacritics-insensitive ({@code "Łódź"} and {@code "LODZ"} both fold to {@code "lodz"},
 * {@code "Żółw"} to {@code "zolw"}), with whitespace collapsed.
 *
 * <p>Rules, in order: Unicode NFKD decomposition; combining marks removed; letters that do not decompose mapped by
 * hand ({@code ł→l}, {@code đ→d}, {@code ø→o}, {@code ß→ss}, {@code æ→ae}, {@code œ→oe}, {@code ı→i}, {@code þ→th});
 * lower case in {@link Locale#ROOT}; runs of whitespace to one space; trimmed. Storage implementations keep the folded
 * form of names in a column and compare folded query text against it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SearchText {

    private SearchText() {
    }

    /**
     * Folds text for searching.
     *
     * @param text any text
     * @return the folded form; idempotent: {@code fold(fold(x)).equals(fold(x))}
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            appendFolded(out, cp);
        }
        return out.toString();
    }

    private static void appendFolded(StringBuilder out, int cp) {
        switch (cp) {
            case 'ł', 'Ł' -> out.append('l');
            case 'đ', 'Đ' -> out.append('d');
            case 'ø', 'Ø' -> out.append('o');
            case 'ß', 'ẞ' -> out.append("ss");
            case 'æ', 'Æ' -> out.append("ae");
            case 'œ', 'Œ' -> out.append("oe");
            case 'ı' -> out.append('i');
            case 'þ', 'Þ' -> out.append("th");
            default -> out.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /**
     * Folds a postal code for prefix comparison: only letters and digits are kept, upper-cased, so {@code "90-926"}
     * and {@code "90926"} compare equal and {@code "90-"} is the prefix {@code "90"}.
     *
     * @param postalCode a postal code or a prefix of one
     * @return the folded form
     */
    public static String foldPostalCode(String postalCode) {
        Objects.requireNonNull(postalCode, "postalCode");
        StringBuilder out = new StringBuilder(postalCode.length());
        postalCode.codePoints().filter(Character::isLetterOrDigit)
                .forEach(c -> out.appendCodePoint(Character.toUpperCase(c)));
        return out.toString();
    }
}
