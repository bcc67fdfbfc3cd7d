package dev.kartoteka.core.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests that stands still until told to move: it starts at {@link #START} in UTC and changes only through
 * {@link #advance(Duration)} and {@link #set(Instant)}. Thread-safe.
 */
public final class MutableClock extends Clock {

    /** Where every {@code MutableClock} starts: 2026-11-22T10:00Z. */
    public static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** A clock at {@link #START} in UTC. */
    public MutableClock() {
        this(new AtomicReference<>(START), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Returns a view of this clock in another zone; it moves together with this one. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, Objects.requireNonNull(newZone, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * Moves the clock forward.
     *
     * @param step how far
     * @return the new instant
     */
    public Instant advance(Duration step) {
        return now.updateAndGet(i -> i.plus(step));
    }

    /**
     * Puts the clock at an instant.
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** @return the current day in the clock's zone */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }
}
