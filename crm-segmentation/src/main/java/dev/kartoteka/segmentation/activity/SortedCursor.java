package dev.kartoteka.segmentation.activity;

import dev.kartoteka.core.party.PartyId;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Walks a stream of per-party summaries that comes in party id order, alongside another walk in the same order: for
 * each party asked for, in increasing order, it skips what lies before and hands out the party's own summary. A
 * stream out of order is a bug of its store, reported at once rather than silently mis-joined.
 */
final class SortedCursor<T> {

    private final String name;
    private final Iterator<T> it;
    private final Function<T, PartyId> id;
    private T head;
    private PartyId last;

    SortedCursor(String name, Iterator<T> it, Function<T, PartyId> id) {
        this.name = name;
        this.it = it;
        this.id = id;
        advance();
    }

    /** The summary of {@code party}, if the stream has one; parties must be asked for in increasing order. */
    Optional<T> seek(PartyId party) {
        while (head != null && id.apply(head).compareTo(party) < 0) {
            advance();
        }
        if (head != null && id.apply(head).equals(party)) {
            T found = head;
            advance();
            return Optional.of(found);
        }
        return Optional.empty();
    }

    private void advance() {
        head = it.hasNext() ? it.next() : null;
        if (head != null) {
            PartyId next = id.apply(head);
            if (last != null && next.compareTo(last) <= 0) {
                throw new IllegalStateException(name + ": party " + next + " came after " + last
                        + " (a store must stream summaries in party id order, one per party)");
            }
            last = next;
        }
    }
}
