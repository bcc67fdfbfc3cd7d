package dev.kartoteka.segmentation.activity;

import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Who moved where between two evaluation days: the comparison of two activity assignments, each a stream in party id
 * order (as {@link ActivitySegmentation#assignAll} yields them from summaries in that order). Streams are walked once,
 * side by side, so the comparison holds only the moves, not the assignments.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityTransitions {

    private static final int TYPES = ActivityType.values().length;

    private final LocalDate fromDay;
    private final LocalDate toDay;
    private final List<Transition> transitions;
    private final long[][] counts; // [from or TYPES for new][to or TYPES for gone]

    private ActivityTransitions(LocalDate fromDay, LocalDate toDay, List<Transition> transitions, long[][] counts) {
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.transitions = List.copyOf(transitions);
        this.counts = counts;
    }

    /**
     * Compares the assignments of two days.
     *
     * @param before the earlier day's assignments, in party id order, all of one day
     * @param after the later day's assignments, in party id order, all of one later day
     * @param listener hears every move as it is found
     * @return the moves and the counts of every pair of types
     * @throws IllegalArgumentException if a stream is out of party id order, repeats a party, mixes days, or the
     *         later stream's day is not after the earlier one's
     */
    public static ActivityTransitions compare(Stream<ActivityAssignment> before, Stream<ActivityAssignment> after,
                                              TransitionListener listener) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(listener, "listener");
        Ordered left = new Ordered("before", before.iterator());
        Ordered right = new Ordered("after", after.iterator());
        List<Transition> moves = new ArrayList<>();
        long[][] counts = new long[TYPES + 1][TYPES + 1];
        ActivityAssignment a = left.next();
        ActivityAssignment b = right.next();
        LocalDate fromDay = a != null ? a.asOf() : null;
        LocalDate toDay = b != null ? b.asOf() : null;
        if (fromDay != null && toDay != null && !toDay.isAfter(fromDay)) {
            throw new IllegalArgumentException("after: assignments of " + toDay + " (expected a day after " + fromDay
                    + ")");
        }
        while (a != null || b != null) {
            int order = a == null ? 1 : b == null ? -1 : a.partyId().compareTo(b.partyId());
            Optional<ActivityType> from = order <= 0 ? Optional.of(a.type()) : Optional.empty();
            Optional<ActivityType> to = order >= 0 ? Optional.of(b.type()) : Optional.empty();
            counts[from.map(Enum::ordinal).orElse(TYPES)][to.map(Enum::ordinal).orElse(TYPES)]++;
            if (!from.equals(to)) {
                PartyId party = order <= 0 ? a.partyId() : b.partyId();
                Explanation why = order >= 0 ? b.explanation() : a.explanation();
                Transition t = new Transition(party, from, to, fromDay != null ? fromDay : b.asOf().minusDays(1),
                        toDay != null ? toDay : a.asOf().plusDays(1), why);
                moves.add(t);
                listener.onTransition(t);
            }
            if (order <= 0) {
                a = left.next();
                check(a, fromDay, "before");
            }
            if (order >= 0) {
                b = right.next();
                check(b, toDay, "after");
            }
        }
        return new ActivityTransitions(fromDay, toDay, moves, counts);
    }

    /**
     * Compares two assignments without a listener.
     *
     * @param before the earlier day's assignments, in party id order
     * @param after the later day's assignments, in party id order
     * @return the moves and counts
     */
    public static ActivityTransitions compare(Stream<ActivityAssignment> before, Stream<ActivityAssignment> after) {
        return compare(before, after, TransitionListener.NONE);
    }

    /** @return the earlier day, if there was an earlier assignment */
    public Optional<LocalDate> fromDay() {
        return Optional.ofNullable(fromDay);
    }

    /** @return the later day, if there was a later assignment */
    public Optional<LocalDate> toDay() {
        return Optional.ofNullable(toDay);
    }

    /** @return every party that changed type (including new and gone ones), in party id order */
    public List<Transition> transitions() {
        return transitions;
    }

    /**
     * @param from the earlier type
     * @param to the later type
     * @return the parties that moved from one to the other, in party id order
     */
    public List<Transition> moved(ActivityType from, ActivityType to) {
        return transitions.stream().filter(t -> t.is(from, to)).toList();
    }

    /**
     * How many parties had {@code from} on the earlier day and {@code to} on the later one (the diagonal counts the
     * parties that stayed).
     *
     * @param from the earlier type
     * @param to the later type
     * @return the count
     */
    public long count(ActivityType from, ActivityType to) {
        return counts[from.ordinal()][to.ordinal()];
    }

    /**
     * @param to the later type
     * @return how many parties were new on the later day with that type
     */
    public long countNew(ActivityType to) {
        return counts[TYPES][to.ordinal()];
    }

    /**
     * @param from the earlier type
     * @return how many parties with that type were gone on the later day
     */
    public long countGone(ActivityType from) {
        return counts[from.ordinal()][TYPES];
    }

    @Override
    public String toString() {
        return "ActivityTransitions[" + fromDay + " -> " + toDay + ", " + transitions.size() + " moved]";
    }

    private static void check(ActivityAssignment next, LocalDate day, String side) {
        if (next != null && !next.asOf().equals(day)) {
            throw new IllegalArgumentException(side + ": assignments of " + next.asOf() + " and " + day
                    + " mixed (expected one day per side)");
        }
    }

    private static final class Ordered {
        private final String side;
        private final Iterator<ActivityAssignment> it;
        private PartyId last;

        Ordered(String side, Iterator<ActivityAssignment> it) {
            this.side = side;
            this.it = it;
        }

        ActivityAssignment next() {
            if (!it.hasNext()) {
                return null;
            }
            ActivityAssignment a = Objects.requireNonNull(it.next(), side + " assignment");
            if (last != null && a.partyId().compareTo(last) <= 0) {
                throw new IllegalArgumentException(side + ": party " + a.partyId() + " came after " + last
                        + " (expected party id order, each party once)");
            }
            last = a.partyId();
            return a;
        }
    }
}
