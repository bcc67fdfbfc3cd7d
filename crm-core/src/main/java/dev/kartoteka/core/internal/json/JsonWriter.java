package dev.kartoteka.core.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One run of {@link Json#write(Object)} or {@link Json#writePretty(Object)}. Not thread-safe; used once. */
final class JsonWriter {

    /** A plain number longer than this is written in scientific notation. */
    private static final int MAX_PLAIN_NUMBER_LENGTH = 40;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static final String SUPPORTED = "expected a Map, Collection, String, BigDecimal, BigInteger, Long, Integer,"
            + " Short, Byte, Boolean or Json.NULL";

    private final boolean pretty;
    private final StringBuilder out = new StringBuilder();

    JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    String write(Object value) {
        writeValue(value, 0);
        return out.toString();
    }

    /**
     * Writes a value.
     *
     * @param depth how many arrays and objects are open around the value
     */
    private void writeValue(@Nullable Object value, int depth) {
        if (value instanceof String s) {
            writeString(s);
        } else if (value instanceof BigDecimal d) {
            out.append(number(d));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value == Json.NULL) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, depth);
        } else if (value instanceof Collection<?> collection) {
            writeArray(collection, depth);
        } else if (value == null) {
            throw new IllegalArgumentException("Cannot write null as JSON; use Json.NULL");
        } else {
            throw new IllegalArgumentException(
                    "Cannot write a value of type " + value.getClass().getName() + " as JSON; " + SUPPORTED);
        }
    }

    private void writeObject(Map<?, ?> map, int depth) {
        checkDepth(depth);
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (true) {
            Map.Entry<?, ?> entry = entries.next();
            newLine(depth + 1);
            if (!(entry.getKey() instanceof String key)) {
                Object other = entry.getKey();
                throw new IllegalArgumentException("Cannot write a map key of type "
                        + (other == null ? "null" : other.getClass().getName()) + " as JSON; keys must be Strings");
            }
            writeString(key);
            out.append(pretty ? ": " : ":");
            writeValue(entry.getValue(), depth + 1);
            if (!entries.hasNext()) {
                break;
            }
            out.append(',');
        }
        newLine(depth);
        out.append('}');
    }

    private void writeArray(Collection<?> collection, int depth) {
        checkDepth(depth);
        if (collection.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        Iterator<?> elements = collection.iterator();
        while (true) {
            Object element = elements.next();
            newLine(depth + 1);
            writeValue(element, depth + 1);
            if (!elements.hasNext()) {
                break;
            }
            out.append(',');
        }
        newLine(depth);
        out.append(']');
    }

    private static void checkDepth(int depth) {
        if (depth == Json.MAX_DEPTH) {
            throw new IllegalArgumentException("Cannot write maps and collections nested deeper than "
                    + Json.MAX_DEPTH + " levels as JSON (does a value contain itself?)");
        }
    }

    private void newLine(int depth) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }

    private void writeString(String s) {
        out.append('"');
        int chunk = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
                out.append(s, chunk, i);
                escape(c);
                chunk = i + 1;
            }
        }
        out.append(s, chunk, length);
        out.append('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                    .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
        }
    }

    /**
     * The plain form of a number unless it is longer than {@value #MAX_PLAIN_NUMBER_LENGTH} characters, then the
     * scientific one. The length is computed first, so that {@code 1E+999999999} never builds a billion digits.
     */
    static String number(BigDecimal d) {
        return plainLength(d) <= MAX_PLAIN_NUMBER_LENGTH ? d.toPlainString() : d.toString();
    }

    /** The length of {@code d.toPlainString()}, computed without building it. */
    static long plainLength(BigDecimal d) {
        long scale = d.scale();
        if (d.signum() == 0 && scale < 0) {
            return 1;
        }
        long sign = d.signum() < 0 ? 1 : 0;
        long digits = d.precision();
        if (scale <= 0) {
            return sign + digits - scale;
        }
        if (digits > scale) {
            return sign + digits + 1;
        }
        return sign + 2 + scale;
    }
}
