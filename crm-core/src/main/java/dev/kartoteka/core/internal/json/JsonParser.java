package dev.kartoteka.core.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One pass of {@link Json#parse(String)} over one text: a character-index loop without recursion, so that nesting
 * costs heap (an explicit stack of open containers) rather than call stack. Not thread-safe; used once.
 */
final class JsonParser {

    /** Digits of an integer that always fit a {@code long}. */
    private static final int MAX_LONG_DIGITS = 18;

    /** How many characters of an unexpected word an error message shows. */
    private static final int MAX_SHOWN_WORD = 12;

    private final String text;
    private final int length;
    private final StringBuilder buffer = new StringBuilder();
    private final ArrayList<Container> open = new ArrayList<>();
    private int pos;

    JsonParser(String text) {
        this.text = text;
        this.length = text.length();
    }

    Object parse() {
        skipWhitespace();
        Object value = parseValue();
        skipWhitespace();
        if (pos < length) {
            throw error(pos, "expected end of input but found " + describe(pos));
        }
        return value;
    }

    /** Parses the value at {@link #pos} (whitespace skipped), with everything nested in it. */
    private Object parseValue() {
        while (true) {
            Object value;
            char c = pos < length ? text.charAt(pos) : 0;
            if (c == '{' || c == '[') {
                if (open.size() == Json.MAX_DEPTH) {
                    throw error(pos, "arrays and objects nest deeper than " + Json.MAX_DEPTH + " levels");
                }
                pos++;
                skipWhitespace();
                if (c == '{') {
                    LinkedHashMap<String, Object> map = new LinkedHashMap<>();
                    if (at('}')) {
                        pos++;
                        value = map;
                    } else {
                        Container container = new Container(null, map);
                        container.key = readKey(map, "expected a string key or '}'");
                        open.add(container);
                        continue;
                    }
                } else {
                    ArrayList<Object> list = new ArrayList<>();
                    if (at(']')) {
                        pos++;
                        value = list;
                    } else {
                        open.add(new Container(list, null));
                        continue;
                    }
                }
            } else {
                value = parseScalar();
            }
            // the value is complete: add it to the container it is in, closing containers as long as they end here
            while (true) {
                if (open.isEmpty()) {
                    return value;
                }
                Container top = open.get(open.size() - 1);
                skipWhitespace();
                if (top.list != null) {
                    top.list.add(value);
                    if (at(',')) {
                        pos++;
                        skipWhitespace();
                        break;
                    }
                    if (!at(']')) {
                        throw error(pos, "expected ',' or ']' but found " + describe(pos));
                    }
                    pos++;
                    value = top.list;
                } else {
                    LinkedHashMap<String, Object> map = top.map();
                    map.put(top.key(), value);
                    if (at(',')) {
                        pos++;
                        skipWhitespace();
                        top.key = readKey(map, "expected a string key");
                        break;
                    }
                    if (!at('}')) {
                        throw error(pos, "expected ',' or '}' but found " + describe(pos));
                    }
                    pos++;
                    value = map;
                }
                open.remove(open.size() - 1);
            }
        }
    }

    /** Reads {@code "key" :} at {@link #pos} and the whitespace after it. */
    private String readKey(LinkedHashMap<String, Object> map, String expected) {
        if (!at('"')) {
            throw error(pos, expected + " but found " + describe(pos));
        }
        int start = pos;
        String key = parseString();
        if (map.containsKey(key)) {
            throw error(start, "duplicate key " + shown(key));
        }
        skipWhitespace();
        if (!at(':')) {
            throw error(pos, "expected ':' but found " + describe(pos));
        }
        pos++;
        skipWhitespace();
        return key;
    }

    private Object parseScalar() {
        if (pos >= length) {
            throw error(pos, "expected a value but found end of input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '"':
                return parseString();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", Json.NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return parseNumber();
                }
                throw error(pos, "expected a value but found " + describeWord(pos));
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error(pos, "expected a value but found " + describeWord(pos));
        }
        pos += word.length();
        return value;
    }

    private BigDecimal parseNumber() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        char first = pos < length ? text.charAt(pos) : 0;
        if (first == '0') {
            pos++;
            if (isDigit(pos)) {
                throw error(pos, "leading zeros are not allowed in a number");
            }
        } else if (first >= '1' && first <= '9') {
            skipDigits();
        } else {
            throw error(pos, "expected a digit but found " + describe(pos));
        }
        boolean integer = true;
        if (at('.')) {
            pos++;
            integer = false;
            requireDigit();
            skipDigits();
        }
        if (at('e') || at('E')) {
            pos++;
            integer = false;
            if (at('+') || at('-')) {
                pos++;
            }
            requireDigit();
            skipDigits();
        }
        if (integer && pos - start <= MAX_LONG_DIGITS) {
            long value = 0;
            boolean negative = text.charAt(start) == '-';
            for (int i = negative ? start + 1 : start; i < pos; i++) {
                value = value * 10 + (text.charAt(i) - '0');
            }
            return BigDecimal.valueOf(negative ? -value : value);
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException | ArithmeticException e) {
            // only an exponent beyond the range of int gets here
            throw error(start, "number out of range (the exponent must fit in 32 bits)");
        }
    }

    private void requireDigit() {
        if (!isDigit(pos)) {
            throw error(pos, "expected a digit but found " + describe(pos));
        }
    }

    private void skipDigits() {
        while (isDigit(pos)) {
            pos++;
        }
    }

    private boolean isDigit(int index) {
        if (index >= length) {
            return false;
        }
        char c = text.charAt(index);
        return c >= '0' && c <= '9';
    }

    /** Parses the string whose opening quote is at {@link #pos}. */
    private String parseString() {
        int quote = pos;
        pos++;
        int chunk = pos;
        // most strings have no escapes: take them from the text as they are
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"') {
                return text.substring(chunk, pos++);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            pos++;
        }
        StringBuilder sb = buffer;
        sb.setLength(0);
        while (true) {
            if (pos >= length) {
                throw error(quote, "string is not terminated (no closing '\"' before end of input)");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                sb.append(text, chunk, pos);
                pos++;
                return sb.toString();
            }
            if (c == '\\') {
                sb.append(text, chunk, pos);
                appendEscape(sb, quote);
                chunk = pos;
            } else if (c < 0x20) {
                throw error(pos, "control character " + describe(pos) + " must be escaped in a string");
            } else {
                pos++;
            }
        }
    }

    /** Appends the character of the escape at {@link #pos} and moves past it. */
    private void appendEscape(StringBuilder sb, int quote) {
        if (pos + 1 >= length) {
            throw error(quote, "string is not terminated (no closing '\"' before end of input)");
        }
        char c = text.charAt(pos + 1);
        switch (c) {
            case '"', '\\', '/' -> sb.append(c);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                int code = 0;
                for (int i = pos + 2; i < pos + 6; i++) {
                    int digit = i < length ? hexValue(text.charAt(i)) : -1;
                    if (digit < 0) {
                        throw error(i, "expected a hex digit of \\u escape but found " + describe(i));
                    }
                    code = code * 16 + digit;
                }
                // a lone surrogate is kept as it is; a pair of escapes forms a pair of chars by itself
                sb.append((char) code);
                pos += 4;
            }
            default -> throw error(pos, "invalid escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u"
                    + " but found \\ followed by " + describe(pos + 1));
        }
        pos += 2;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private void skipWhitespace() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private boolean at(char c) {
        return pos < length && text.charAt(pos) == c;
    }

    /** Describes the character at {@code index} for a message: {@code 'x'}, {@code U+000A} or end of input. */
    private String describe(int index) {
        if (index >= length) {
            return "end of input";
        }
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c) && index + 1 < length && Character.isLowSurrogate(text.charAt(index + 1))) {
            return "'" + text.substring(index, index + 2) + "'";
        }
        if (Character.isISOControl(c) || Character.isSurrogate(c) || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT || !Character.isDefined(c)) {
            return String.format("U+%04X", (int) c);
        }
        return c == '\'' ? "\"'\"" : "'" + c + "'";
    }

    /** Describes the word at {@code index} ({@code 'tru'}, {@code 'NaN'}), or its first character if not a letter. */
    private String describeWord(int index) {
        int end = index;
        while (end < length && end - index < MAX_SHOWN_WORD && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        if (end == index) {
            return describe(index);
        }
        boolean more = end < length && Character.isLetterOrDigit(text.charAt(end));
        return "'" + text.substring(index, end) + (more ? "…" : "") + "'";
    }

    /** A key for a message: keys name fields, so they are shown, but long ones only in part. */
    private static String shown(String key) {
        int max = MAX_SHOWN_WORD * 4;
        if (key.length() > max && Character.isHighSurrogate(key.charAt(max - 1))) {
            max--;
        }
        return key.length() <= max ? "\"" + key + "\"" : "\"" + key.substring(0, max) + "…\"";
    }

    /** An error at {@code index}, its line and column counted only now, on the slow path. */
    private JsonException error(int index, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonException(message, line, text.codePointCount(lineStart, index) + 1);
    }

    /** An array or object that is open: the parser is between its brackets. */
    private static final class Container {

        private final @Nullable ArrayList<Object> list;
        private final @Nullable LinkedHashMap<String, Object> map;
        /** For an object: the key of the member whose value is being parsed. */
        private @Nullable String key;

        Container(@Nullable ArrayList<Object> list, @Nullable LinkedHashMap<String, Object> map) {
            this.list = list;
            this.map = map;
        }

        LinkedHashMap<String, Object> map() {
            assert map != null;
            return map;
        }

        String key() {
            assert key != null;
            return key;
        }
    }
}
