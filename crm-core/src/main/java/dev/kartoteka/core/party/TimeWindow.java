package dev.kartoteka.core.party;

import dev.kartoteka.core.ValidationException;
import java.time.LocalTime;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A window of time within a day, {@code from} inclusive to {@code to} exclusive, e.g. 9:00–17:00.
 *
 * @param from the start, inclusive
 * @param to the end, exclusive; after {@code from}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TimeWindow(LocalTime from, LocalTime to) {

    /**
     * Creates the record, checking its components.
     *
     * @param from the start, inclusive
     * @param to the end, exclusive; after {@code from}
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if {@code to} is not after {@code from}
     */
    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw ValidationException.ofPublicValue("timeWindow", from + "–" + to, "an end after the start");
        }
    }

    /**
     * Creates a window.
     *
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the window
     * @throws ValidationException if {@code to} is not after {@code from}
     */
    public static TimeWindow of(LocalTime from, LocalTime to) {
        return new TimeWindow(from, to);
    }

    /**
     * Tells whether a time of day falls into the window.
     *
     * @param time the time of day
     * @return {@code true} if {@code from <= time < to}
     */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    /**
     * @param other the other
     * @return {@code true} if the two windows share any instant
     */
    boolean overlaps(TimeWindow other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
