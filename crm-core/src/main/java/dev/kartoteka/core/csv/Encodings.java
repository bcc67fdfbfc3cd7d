package dev.kartoteka.core.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells the encoding of a spreadsheet export from its first bytes: UTF-8 (with or without a byte-order mark),
 * windows-1250 (Polish Excel) or ISO-8859-2.
 *
 * <p>Text that decodes as UTF-8 is UTF-8 (a single-byte Polish text almost never does: its letters are lone bytes
 * above 127). Otherwise the two single-byte encodings differ in where they put ą ś ź Ą Ś Ź: windows-1250 at
 * {@code B9 9C 9F A5 8C 8F}, ISO-8859-2 at {@code B1 B6 BC A1 A6 AC}; bytes {@code 80–9F} are control characters in
 * ISO-8859-2 that no text holds. The more votes wins; a tie (no such letter) is windows-1250, the encoding Polish
 * Windows writes.
 */
final class Encodings {

    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");

    private Encodings() {
    }

    /** The encoding, and how many bytes of byte-order mark to skip. */
    record Detected(Charset charset, int bom) {
    }

    static Detected detect(byte[] prefix, int length) {
        if (length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB && (prefix[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (isUtf8(prefix, length)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        int windows = 0;
        int iso = 0;
        for (int i = 0; i < length; i++) {
            int b = prefix[i] & 0xFF;
            switch (b) {
                case 0xB9, 0x9C, 0x9F, 0xA5, 0x8C, 0x8F -> windows++;
                case 0xB1, 0xB6, 0xBC, 0xA1, 0xA6, 0xAC -> iso++;
                default -> {
                    if (b >= 0x80 && b <= 0x9F) {
                        windows += 2; // a control character in ISO-8859-2
                    }
                }
            }
        }
        return new Detected(iso > windows ? ISO_8859_2 : WINDOWS_1250, 0);
    }

    /** Whether the bytes decode as UTF-8, ignoring a sequence cut at the end of the prefix. */
    private static boolean isUtf8(byte[] prefix, int length) {
        int end = length;
        // do not fail on a multi-byte character cut by the prefix's end
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (prefix[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (prefix[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(prefix, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
