package dev.kartoteka.core.internal;

/**
 * Masks values that may be personal data before they reach a message or a log: the first and the last character stay,
 * the rest becomes {@code *}. Short values are masked whole.
 *
 * <p>This is an internal API of Kartoteka; do not use it from outside.
 */
public final class Mask {

    private static final int MAX_SHOWN = 24;

    private Mask() {
    }

    /**
     * Masks a value.
     *
     * @param value any value; {@code null} gives {@code "null"}
     * @return the masked form, never containing more than the first and the last character of the value
     */
    public static String mask(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        int n = s.codePointCount(0, s.length());
        if (n == 0) {
            return "\"\"";
        }
        if (n <= 3) {
            return "*".repeat(n);
        }
        int first = s.codePointAt(0);
        int last = s.codePointBefore(s.length());
        int stars = Math.min(n - 2, MAX_SHOWN);
        return new StringBuilder().appendCodePoint(first).append("*".repeat(stars))
                .append(n - 2 > MAX_SHOWN ? "…" : "").appendCodePoint(last).toString();
    }
}
