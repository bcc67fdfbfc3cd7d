package dev.kartoteka.segmentation.rule;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A span of time ending now, for the past facts of a {@link Metric} ({@code revenue(365d)}: the last 365 days), or
 * starting now, for predictions ({@code clv(12m)}: the next 12 months). Written as a whole amount and a unit letter:
 * {@code 365d}, {@code 8w}, {@code 12m}, {@code 2y}. Windows are compared as written: {@code 12m} is not equal to
 * {@code 1y}. At most 100 years (36525 days, 5218 weeks, 1200 months, 100 years).
 *
 * @param unit the unit
 * @param amount how many units, at least 1 and at most the unit's {@linkplain Unit#maxAmount() maximum}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Window(Unit unit, int amount) {

    /** The unit of a window. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Unit {
        /** Days: {@code d}. */
        DAYS('d', 36525, 1),
        /** Weeks: {@code w}. */
        WEEKS('w', 5218, 7),
        /** Calendar months: {@code m}. */
        MONTHS('m', 1200, 365.2425 / 12),
        /** Calendar years: {@code y}. */
        YEARS('y', 100, 365.2425);

        private final char letter;
        private final int maxAmount;
        private final double days;

        Unit(char letter, int maxAmount, double days) {
            this.letter = letter;
            this.maxAmount = maxAmount;
            this.days = days;
        }

        /**
         * Returns the letter that writes the unit.
         *
         * @return {@code 'd'}, {@code 'w'}, {@code 'm'} or {@code 'y'}
         */
        public char letter() {
            return letter;
        }

        /**
         * Returns the largest amount of this unit a window may have (100 years).
         *
         * @return e.g. 36525 for days
         */
        public int maxAmount() {
            return maxAmount;
        }
    }

    /**
     * Creates a window, checking the amount.
     *
     * @param unit the unit
     * @param amount how many units
     * @throws NullPointerException if {@code unit} is {@code null}
     * @throws IllegalArgumentException if the amount is below 1 or above the unit's maximum
     */
    public Window {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > unit.maxAmount) {
            throw new IllegalArgumentException("window amount must be between 1 and " + unit.maxAmount + " for "
                    + unit.name().toLowerCase(Locale.ROOT) + ", was " + amount);
        }
    }

    /**
     * A window of days.
     *
     * @param amount 1 to 36525
     * @return e.g. {@code 365d}
     * @throws IllegalArgumentException if the amount is out of range
     */
    public static Window days(int amount) {
        return new Window(Unit.DAYS, amount);
    }

    /**
     * A window of weeks.
     *
     * @param amount 1 to 5218
     * @return e.g. {@code 8w}
     * @throws IllegalArgumentException if the amount is out of range
     */
    public static Window weeks(int amount) {
        return new Window(Unit.WEEKS, amount);
    }

    /**
     * A window of calendar months.
     *
     * @param amount 1 to 1200
     * @return e.g. {@code 12m}
     * @throws IllegalArgumentException if the amount is out of range
     */
    public static Window months(int amount) {
        return new Window(Unit.MONTHS, amount);
    }

    /**
     * A window of calendar years.
     *
     * @param amount 1 to 100
     * @return e.g. {@code 2y}
     * @throws IllegalArgumentException if the amount is out of range
     */
    public static Window years(int amount) {
        return new Window(Unit.YEARS, amount);
    }

    /**
     * Parses the written form: digits and a unit letter, e.g. {@code "365d"}; the letter may be upper case.
     *
     * @param text the window
     * @return the window
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws IllegalArgumentException if the text is not of that form or the amount is out of range
     */
    public static Window parse(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n < 2 || n > 7) {
            throw new IllegalArgumentException("expected a window such as 365d, 8w, 12m or 2y, was \"" + text + "\"");
        }
        Unit unit = switch (Character.toLowerCase(text.charAt(n - 1))) {
            case 'd' -> Unit.DAYS;
            case 'w' -> Unit.WEEKS;
            case 'm' -> Unit.MONTHS;
            case 'y' -> Unit.YEARS;
            default -> throw new IllegalArgumentException(
                    "expected a window such as 365d, 8w, 12m or 2y, was \"" + text + "\"");
        };
        int amount = 0;
        for (int i = 0; i < n - 1; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(
                        "expected a window such as 365d, 8w, 12m or 2y, was \"" + text + "\"");
            }
            amount = amount * 10 + (c - '0');
        }
        return new Window(unit, amount);
    }

    /**
     * Returns the window as a period.
     *
     * @return e.g. {@code P365D} for {@code 365d}, {@code P12M} for {@code 12m}, {@code P56D} for {@code 8w}
     */
    public Period asPeriod() {
        return switch (unit) {
            case DAYS -> Period.ofDays(amount);
            case WEEKS -> Period.ofWeeks(amount);
            case MONTHS -> Period.ofMonths(amount);
            case YEARS -> Period.ofYears(amount);
        };
    }

    /**
     * Returns the first day of a past window that ends on (and includes) {@code end}: {@code 365d} ending on
     * 2026-11-22 starts on 2025-11-23, {@code 12m} ending on 2026-11-22 starts on 2025-11-23.
     *
     * @param end the last day of the window, usually today
     * @return the first day of the window
     * @throws NullPointerException if {@code end} is {@code null}
     */
    public LocalDate firstDayEndingOn(LocalDate end) {
        Objects.requireNonNull(end, "end");
        return end.minus(asPeriod()).plusDays(1);
    }

    /**
     * Returns the length in days, counting a month as 365.2425 / 12 days and a year as 365.2425 days: for horizons
     * of the CLV models, which work in a fixed time unit.
     *
     * @return e.g. 365.2425 for {@code 12m}, 56 for {@code 8w}
     */
    public double approximateDays() {
        return amount * unit.days;
    }

    /**
     * Returns the written form.
     *
     * @return e.g. {@code "365d"}
     */
    @Override
    public String toString() {
        return Integer.toString(amount) + unit.letter;
    }
}
