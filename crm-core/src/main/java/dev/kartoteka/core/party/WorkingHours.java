package dev.kartoteka.core.party;

import dev.kartoteka.core.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * When a company can be reached: for each day of the week, zero or more non-overlapping time windows (e.g. 8:00–12:00
 * and 13:00–16:00). Days without windows are closed.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class WorkingHours {

    private static final WorkingHours CLOSED = new WorkingHours(new EnumMap<>(DayOfWeek.class));

    private final Map<DayOfWeek, List<TimeWindow>> days;

    private WorkingHours(EnumMap<DayOfWeek, List<TimeWindow>> days) {
        this.days = Collections.unmodifiableMap(days);
    }

    /**
     * @return working hours with every day closed
     */
    public static WorkingHours closed() {
        return CLOSED;
    }

    /**
     * The common case: the same hours Monday to Friday, weekends closed.
     *
     * @param from opening time
     * @param to closing time
     * @return the working hours
     * @throws ValidationException if {@code to} is not after {@code from}
     */
    public static WorkingHours weekdays(LocalTime from, LocalTime to) {
        WorkingHours hours = CLOSED;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                hours = hours.with(day, TimeWindow.of(from, to));
            }
        }
        return hours;
    }

    /**
     * Returns these hours with one more window on a day.
     *
     * @param day the day of the week
     * @param window the window to add
     * @return the new working hours
     * @throws ValidationException if the window overlaps one the day already has
     */
    public WorkingHours with(DayOfWeek day, TimeWindow window) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(window, "window");
        List<TimeWindow> current = on(day);
        for (TimeWindow existing : current) {
            if (existing.overlaps(window)) {
                throw ValidationException.ofPublicValue("workingHours." + day, window,
                        "a window that does not overlap " + existing);
            }
        }
        List<TimeWindow> updated = new ArrayList<>(current);
        updated.add(window);
        updated.sort(Comparator.comparing(TimeWindow::from));
        EnumMap<DayOfWeek, List<TimeWindow>> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(days);
        copy.put(day, List.copyOf(updated));
        return new WorkingHours(copy);
    }

    /**
     * Returns the windows of a day.
     *
     * @param day the day of the week
     * @return its windows in time order; empty if closed
     */
    public List<TimeWindow> on(DayOfWeek day) {
        return days.getOrDefault(Objects.requireNonNull(day, "day"), List.of());
    }

    /**
     * Tells whether the company is open at a given day and time.
     *
     * @param day the day of the week
     * @param time the time of day
     * @return {@code true} if a window of that day contains the time
     */
    public boolean isOpen(DayOfWeek day, LocalTime time) {
        Objects.requireNonNull(time, "time");
        return on(day).stream().anyMatch(w -> w.contains(time));
    }

    /**
     * @return all days with their windows, closed days left out
     */
    public Map<DayOfWeek, List<TimeWindow>> asMap() {
        return days;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours other && days.equals(other.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingHours" + days;
    }
}
