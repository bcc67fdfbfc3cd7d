package dev.kartoteka.core.duplicate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes, for matching only, what a wrong encoding did to a Polish name on its way through an old system — the value
 * stored stays as it was. Three kinds are read back:
 *
 * <ul>
 *   <li>UTF-8 read as windows-1252 or ISO-8859-1: {@code "MirosÅ‚awa"} is {@code "Mirosława"} (the whole text is
 *       encoded back and decoded as UTF-8; if that fails, nothing is changed);</li>
 *   <li>windows-1250 or ISO-8859-2 read as windows-1252: {@code "SPÓ³KA"}, {@code "£ukasz"}, {@code "ODPOWIEDZIALNOŒCI¹"}
 *       — the symbols {@code ³ ¹ ¿ œ Ÿ £ ¥ ¯ Œ ± ¶ ¼}, which are no letters of any name, stand for the Polish letters
 *       they replaced when they stand next to a letter;</li>
 *   <li>a letter lost to {@code ?} or {@code �} ({@code "Ma?gorzata"}, {@code "?ukasz"}): between or beside letters it
 *       becomes one unknown letter, so that the word stays one word, one letter off.</li>
 * </ul>
 */
final class EncodingRepair {

    /** The letter a lost one becomes: a letter no name holds, so it agrees with none. */
    static final char UNKNOWN_LETTER = '\u0294';

    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
    private static final String SYMBOLS = "³¹¿œŸ£¥¯Œ±¶¼";
    private static final String LETTERS = "łążśźŁĄŻŚąśź";

    private EncodingRepair() {
    }

    /**
     * @param text a name as stored
     * @return the text with what a wrong encoding did undone, or {@code text} itself if nothing was
     */
    static String repair(String text) {
        String s = text;
        if (s.indexOf('Å') >= 0 || s.indexOf('Ä') >= 0 || s.indexOf('Ã') >= 0) {
            s = utf8ReadAsWindows1252(s);
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char replaced = c;
            int symbol = SYMBOLS.indexOf(c);
            if (symbol >= 0 && besideLetter(s, i)) {
                replaced = LETTERS.charAt(symbol);
            } else if ((c == '?' || c == '\uFFFD') && besideLetter(s, i)) {
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

    private static boolean besideLetter(String s, int i) {
        return i > 0 && Character.isLetter(s.charAt(i - 1)) || i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
    }

    /** The text's characters as windows-1252 (or ISO-8859-1) bytes, decoded as UTF-8; the text itself if either fails. */
    private static String utf8ReadAsWindows1252(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = CP1252_HIGH.indexOf(c);
            if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || (c >= 0x80 && c <= 0x9F)) {
                bytes[i] = (byte) c;
            } else if (high >= 0) {
                bytes[i] = (byte) (0x80 + high);
            } else if (c == '\uFFFD' && i > 0 && text.charAt(i - 1) == 'Å') {
                bytes[i] = (byte) 0x81; // Ł is C5 81, and windows-1252 has no character for 81
            } else {
                return text;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }
}
