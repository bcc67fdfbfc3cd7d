package dev.kartoteka.core.duplicate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes, for matching only, what a wrong encoding did to a Polish name on its way through an old system — the value
 * stored stays as it was. Four kinds are read back:
 *
 * <ul>
 *   <li>UTF-8 shown as windows-1252 or ISO-8859-1: {@code "MirosÅ‚awa"} is {@code "Mirosława"} (the whole text is
 *       encoded back and decoded as UTF-8; if that fails, or gives letters other than Polish ones, it is left as it
 *       is). {@code Ł}, whose second byte
 *       windows-1252 lacks, may show as {@code "Å?"} or {@code "Å�"};</li>
 *   <li>UTF-8 shown as windows-1250, as a Polish spreadsheet opens a UTF-8 file: {@code "JĂłzef WiĹ›niewski"} is
 *       {@code "Józef Wiśniewski"}, {@code "MaĹ‚gorzata"} is {@code "Małgorzata"} (the same way; {@code Ł} and
 *       {@code Ę}, whose second bytes windows-1250 lacks, may show as {@code "Ĺ?"} and {@code "Ä?"}, read as them;
 *       {@code Ń} shows as {@code Ł} does and is read as {@code Ł}, one letter off);</li>
 *   <li>windows-1250 or ISO-8859-2 shown as windows-1252 or ISO-8859-1: {@code ³ ¹ ¿ œ Ÿ ± ¶ ¼} for {@code ł ą ż ś
 *       ź ą ś ź} and {@code £ ¥ ¯ Œ ¡ ¦ ¬} for {@code Ł Ą Ż Ś Ą Ś Ź}, where they stand as letters of a word:
 *       {@code ³ ¹} after two letters or starting a word before a lower-case letter ({@code "SPÓ³KA"},
 *       {@code "OGRANICZON¹"}, {@code "³ódŸ"}; not {@code "m³"}), {@code ¿} after a letter or before a lower-case one
 *       (not {@code "¿Qué"}), the capitals starting a word or inside one; {@code œ Œ Ÿ ¶ ¼ ¦ ¬} only when no vowel
 *       follows, as Polish {@code ś ź} never stand before one (so French {@code "Cœur"}, {@code "Œuvre"} stay). Not
 *       {@code ć Ć ę Ę ń Ń}, shown as {@code æ Æ ê Ê ñ Ñ}, letters of other languages; {@code ê ñ} fold as {@code ę ń}
 *       do anyway;</li>
 *   <li>a letter lost to {@code ?} or {@code �} ({@code "Ma?gorzata"}, {@code "?ukasz"}, {@code "Pawe?"}): in a
 *       person's name, beside a letter; in a company's name, only before a letter, since a company's name may end a
 *       word with a question mark ({@code "Co? Gdzie? Kiedy?"}). It becomes one letter no name holds, so that the
 *       word stays one word, one letter off.</li>
 * </ul>
 */
final class EncodingRepair {

    /** The letter a lost one becomes: a letter no name holds, so that it differs from every letter written. */
    static final char UNKNOWN_LETTER = '\u0294';

    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
    private static final String SMALL = "³¹¿œŸ±¶¼";
    private static final String SMALL_LETTERS = "łążśźąśź";
    private static final String CAPITALS = "£¥¯Œ¡¦¬";
    private static final String CAPITAL_LETTERS = "ŁĄŻŚĄŚŹ";
    /** The symbols for {@code ś ź Ś Ź}, which no vowel follows in Polish. */
    private static final String NO_VOWEL_AFTER = "œŸ¶¼Œ¦¬";
    private static final String VOWELS = "aeiouyAEIOUYąęóĄĘÓ";

    private EncodingRepair() {
    }

    /**
     * @param text a person's given or family name as stored
     * @return the name with what a wrong encoding did undone, or {@code text} itself if nothing was
     */
    static String personName(String text) {
        return repair(text, true);
    }

    /**
     * @param text a company's legal name as stored
     * @return the name with what a wrong encoding did undone, or {@code text} itself if nothing was
     */
    static String companyName(String text) {
        return repair(text, false);
    }

    private static String repair(String text, boolean person) {
        String s = text;
        if (s.indexOf('Å') >= 0 || s.indexOf('Ä') >= 0 || s.indexOf('Ã') >= 0) {
            s = utf8ShownAsWindows1252(s);
        }
        if (s.indexOf('Ĺ') >= 0 || s.indexOf('Ä') >= 0 || s.indexOf('Ă') >= 0) {
            s = utf8ShownAsWindows1250(s);
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char replaced = c;
            int small = SMALL.indexOf(c);
            int capital = CAPITALS.indexOf(c);
            if (small >= 0 && smallInWord(s, i, c) && vowelAllowed(s, i, c)) {
                replaced = SMALL_LETTERS.charAt(small);
            } else if (capital >= 0 && capitalInWord(s, i, c) && vowelAllowed(s, i, c)) {
                replaced = CAPITAL_LETTERS.charAt(capital);
            } else if ((c == '?' || c == '\uFFFD') && (letter(s, i + 1) || person && letter(s, i - 1))) {
                replaced = UNKNOWN_LETTER;
            }
            if (replaced != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(replaced);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean smallInWord(String s, int i, char c) {
        boolean wordStartBeforeLowerCase = !letter(s, i - 1) && i + 1 < s.length()
                && Character.isLowerCase(s.charAt(i + 1));
        return switch (c) {
            case '³', '¹' -> letter(s, i - 1) && letter(s, i - 2) || wordStartBeforeLowerCase;
            default -> letter(s, i - 1) || wordStartBeforeLowerCase;
        };
    }

    private static boolean capitalInWord(String s, int i, char c) {
        if (c == '¡') { // Spanish opens a phrase with it, before a capital
            return letter(s, i - 1) || i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
        }
        return letter(s, i - 1) || letter(s, i + 1);
    }

    private static boolean vowelAllowed(String s, int i, char c) {
        return NO_VOWEL_AFTER.indexOf(c) < 0 || i + 1 >= s.length() || VOWELS.indexOf(s.charAt(i + 1)) < 0;
    }

    private static boolean letter(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetter(s.charAt(i));
    }

    /** Each windows-1250 byte's character ({@code '\uFFFD'} for the five bytes it leaves undefined). */
    private static final String CP1250 = new String(bytes0to255(), java.nio.charset.Charset.forName("windows-1250"));

    private static byte[] bytes0to255() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    /**
     * The text's characters as windows-1250 bytes, decoded as UTF-8 ({@code "JĂłzef WiĹ›niewski"} is {@code "Józef
     * Wiśniewski"}: a UTF-8 file opened as a Polish spreadsheet opens one); the text itself if either fails. {@code Ł}
     * and {@code Ę}, whose second bytes windows-1250 lacks, may show as {@code "Ĺ?"} and {@code "Ä?"}.
     */
    private static String utf8ShownAsWindows1250(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = c == '\uFFFD' ? -1 : CP1250.indexOf(c);
            if ((c == '\uFFFD' || c == '?') && i > 0 && (text.charAt(i - 1) == 'Ĺ' || text.charAt(i - 1) == 'Ä')) {
                b = text.charAt(i - 1) == 'Ĺ' ? 0x81 : 0x98; // Ł is C5 81, Ę is C4 98
            } else if (b < 0) {
                return text;
            }
            bytes[i] = (byte) b;
        }
        return utf8(bytes, text);
    }

    /**
     * The bytes decoded as UTF-8 where they are UTF-8 and only Polish letters come back, else the text as it was:
     * Romanian {@code "TĂŞNAD"} or Czech {@code "MÄŽ"} decode too, into other letters, and are right as written.
     */
    private static String utf8(byte[] bytes, String text) {
        try {
            String read = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return read.chars().allMatch(c -> c < 0x80 || POLISH_LETTERS.indexOf(c) >= 0) ? read : text;
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    private static final String POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

    /** The text's characters as windows-1252 (or ISO-8859-1) bytes, decoded as UTF-8; the text itself if either fails. */
    private static String utf8ShownAsWindows1252(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = CP1252_HIGH.indexOf(c);
            if ((c == '\uFFFD' || c == '?') && i > 0 && text.charAt(i - 1) == 'Å') {
                bytes[i] = (byte) 0x81; // Ł is C5 81, and windows-1252 has no character for 81
            } else if (c <= 0xFF) {
                bytes[i] = (byte) c; // ISO-8859-1, and the bytes windows-1252 leaves undefined
            } else if (high >= 0) {
                bytes[i] = (byte) (0x80 + high);
            } else {
                return text;
            }
        }
        return utf8(bytes, text);
    }
}
