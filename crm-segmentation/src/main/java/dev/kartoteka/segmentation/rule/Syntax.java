package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writing values as the rule language and explanations show them. */
final class Syntax {

    private Syntax() {
    }

    /** Quotes a text, escaping {@code "} and {@code \}. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }

    /** A metric's value: money with the currency's decimals and code, other numbers as integers or to 4 decimals. */
    static String metricValue(double value, boolean money, Currency currency) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (money) {
            int digits = Math.max(currency.getDefaultFractionDigits(), 0);
            return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString() + " "
                    + currency.getCurrencyCode();
        }
        return number(value);
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /**
     * A custom field's value; sets in sorted order; types the rules do not compare are shown by type only, never in
     * clear.
     */
    static String fieldValue(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof LocalDate d) {
            return "date(\"" + d + "\")";
        }
        if (value instanceof Money m) {
            return m.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return number(n.doubleValue());
        }
        if (value instanceof Collection<?> c) {
            Stream<String> items = c.stream().map(item -> item instanceof Collection<?> ? "[...]" : fieldValue(item));
            return (value instanceof Set<?> ? items.sorted() : items).collect(Collectors.joining(", ", "[", "]"));
        }
        return "a " + value.getClass().getSimpleName();
    }
}
