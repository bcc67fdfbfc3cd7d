package dev.kartoteka.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the report writes them, Polish style and independent of the default locale: digits grouped in threes
 * by a narrow no-break space (U+202F), a decimal comma, a minus sign (U+2212), and {@code 45,2%} for shares.
 */
final class NumberText {

    /** The thousands separator: a narrow no-break space, so a number never wraps across lines. */
    static final char GROUP = '\u202F';

    private static final char MINUS = '\u2212';

    private NumberText() {
    }

    /** @return the whole number with grouped digits, e.g. {@code 12 480} */
    static String integer(long value) {
        String digits = Long.toString(value);
        boolean negative = value < 0;
        if (negative) {
            digits = digits.substring(1);
        }
        return (negative ? String.valueOf(MINUS) : "") + group(digits);
    }

    /** @return the number rounded half up to {@code digits} decimals, e.g. {@code 1 234,50} */
    static String decimal(double value, int digits) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP);
        boolean negative = rounded.signum() < 0;
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        return (negative ? String.valueOf(MINUS) : "") + group(whole) + fraction;
    }

    /** @return the share 0..1 as a percentage with {@code digits} decimals, e.g. {@code 45,2%} */
    static String percent(double share, int digits) {
        return decimal(share * 100, digits) + "%";
    }

    /** @return the amount in whole units with the currency, e.g. {@code 1 235 PLN} */
    static String money(double amount, String currency) {
        return decimal(amount, 0) + GROUP + currency;
    }

    /**
     * A number shortened Polish style for tight places: {@code 9 876}, {@code 12,3 tys.}, {@code 4,5 mln},
     * {@code 1,2 mld}.
     */
    static String compact(double value) {
        double abs = Math.abs(value);
        if (abs < 10_000) {
            return decimal(value, 0);
        }
        double scaled;
        String unit;
        if (abs < 999_500) {
            scaled = value / 1e3;
            unit = "tys.";
        } else if (abs < 999_500_000) {
            scaled = value / 1e6;
            unit = "mln";
        } else {
            scaled = value / 1e9;
            unit = "mld";
        }
        String number = decimal(scaled, Math.abs(scaled) < 100 ? 1 : 0);
        if (number.endsWith(",0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + GROUP + unit;
    }

    /**
     * A number for an axis tick: whole numbers grouped, fractions with as few decimals as the step needs.
     *
     * @param value the tick's value
     * @param step the distance between ticks
     */
    static String tick(double value, double step) {
        int digits = 0;
        double s = Math.abs(step);
        while (digits < 4 && s > 0 && Math.abs(s * Math.pow(10, digits) - Math.rint(s * Math.pow(10, digits))) > 1e-9) {
            digits++;
        }
        return decimal(value, digits);
    }

    private static String group(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(GROUP);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
