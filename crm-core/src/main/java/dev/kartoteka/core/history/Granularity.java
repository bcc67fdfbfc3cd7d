package dev.kartoteka.core.history;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.apiguardian.api.API;

/**
 * The length of the periods totals are grouped by.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Granularity {
    /** Calendar days. */
    DAY,
    /** Calendar months. */
    MONTH,
    /** Calendar quarters. */
    QUARTER,
    /** Calendar years. */
    YEAR;

    /**
     * Returns the first day of the period a day falls in.
     *
     * @param day a day
     * @return the period's first day
     */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }
}
