package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.Party;
import java.util.Objects;

/**
 * A generated party with its truth: records of the same {@code entity} describe the same real party.
 *
 * @param party the record as entered
 * @param entity the real party it describes
 * @param <P> the party type
 */
public record Labelled<P extends Party>(P party, int entity) {

    /**
     * @param party the record
     * @param entity the real party
     */
    public Labelled {
        Objects.requireNonNull(party, "party");
    }
}
