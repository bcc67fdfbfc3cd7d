package dev.kartoteka.core.party;

import static dev.kartoteka.core.party.Constraints.NON_BLANK;

import jakarta.validation.constraints.Pattern;
import dev.kartoteka.core.ValidationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A date that comes back every year: a birthday, a name day, a company anniversary, an industry holiday.
 *
 * <p>A date on 29 February is observed on 28 February in years that are not leap years.
 *
 * @param kind what the date is
 * @param day the month and day
 * @param since the year it first happened, where known (a birth year, a founding year)
 * @param label a description, e.g. {@code "Dzień Księgowego"}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ImportantDate(ImportantDateKind kind, MonthDay day, Optional<Year> since,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> label) {

    /**
     * Creates the record, checking its components.
     *
     * @param kind what the date is
     * @param day the month and day
     * @param since the year it first happened, where known (a birth year, a founding year)
     * @param label a description, e.g. {@code "Dzień Księgowego"}
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if {@code since} is a year in which {@code day} does not exist (29 February)
     */
    public ImportantDate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(label, "label");
        if (since.isPresent() && !day.isValidYear(since.get().getValue())) {
            throw ValidationException.of("importantDate.since", since.get(), "a year in which the date exists");
        }
    }

    /**
     * A yearly date with a known first year.
     *
     * @param kind what the date is
     * @param date its first occurrence
     * @return the important date
     */
    public static ImportantDate of(ImportantDateKind kind, LocalDate date) {
        return new ImportantDate(kind, MonthDay.from(date), Optional.of(Year.of(date.getYear())), Optional.empty());
    }

    /**
     * A yearly date without a first year (a name day, an industry holiday).
     *
     * @param kind what the date is
     * @param day the month and day
     * @param label a description, or {@code null}
     * @return the important date
     */
    public static ImportantDate yearly(ImportantDateKind kind, MonthDay day, String label) {
        return new ImportantDate(kind, day, Optional.empty(), Optional.ofNullable(label));
    }

    /**
     * Returns the day the date is observed in a year: the same month and day, or 28 February for 29 February in a
     * common year.
     *
     * @param year the year
     * @return the day of observance in that year
     */
    public LocalDate observedIn(int year) {
        return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
    }

    /**
     * Returns the first observance on or after a day.
     *
     * @param from the day to start looking from
     * @return the next observance; {@code from} itself if the date falls on it
     */
    public LocalDate nextOn(LocalDate from) {
        LocalDate thisYear = observedIn(from.getYear());
        return thisYear.isBefore(from) ? observedIn(from.getYear() + 1) : thisYear;
    }

    /** Shows the kind only: the day of a birthday is personal data. */
    @Override
    public String toString() {
        return "ImportantDate[" + kind + "]";
    }
}
