package dev.kartoteka.core.party;

import dev.kartoteka.core.ValidationException;
import java.util.Objects;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * The identity of a party in the registry: a random UUID, assigned by the registry when a party is created.
 *
 * @param value the UUID
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PartyId(UUID value) implements Comparable<PartyId> {

    /**
     * Creates the record, checking its components.
     *
     * @param value the UUID
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public PartyId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Creates a new random id.
     *
     * @return a fresh id
     */
    public static PartyId random() {
        return new PartyId(UUID.randomUUID());
    }

    /**
     * Parses the textual form of an id.
     *
     * @param text a UUID such as {@code "3f0c6d0e-8d7e-4c1c-9d36-0d3f4b8a2b11"}
     * @return the id
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static PartyId parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return new PartyId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("partyId", text, "a UUID such as 3f0c6d0e-8d7e-4c1c-9d36-0d3f4b8a2b11");
        }
    }

    /**
     * Orders ids as unsigned 128-bit numbers — the byte order databases sort UUID columns in (unlike
     * {@link UUID#compareTo}, which compares signed halves), so every store orders parties the same way.
     */
    @Override
    public int compareTo(PartyId other) {
        int high = Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
    }

    /**
     * @return the UUID in its canonical textual form
     */
    @Override
    public String toString() {
        return value.toString();
    }
}
