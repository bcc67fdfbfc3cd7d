package dev.kartoteka.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A free-text note about a party ("prefers calls after 15:00", "decides with her partner").
 *
 * @param text the note, 1 to 10,000 characters
 * @param createdAt when it was written
 * @param author who wrote it, where known
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Note(@NotBlank @Size(max = 10_000) String text, Instant createdAt, Optional<UserId> author) {

    /**
     * Creates the record, checking its components.
     *
     * @param text the note, 1 to 10,000 characters
     * @param createdAt when it was written
     * @param author who wrote it, where known
     * @throws NullPointerException if an argument is {@code null}
     */
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(author, "author");
    }

    /**
     * @param text the note
     * @param createdAt when it was written
     * @param author who wrote it
     * @return the note
     */
    public static Note of(String text, Instant createdAt, UserId author) {
        return new Note(text, createdAt, Optional.of(author));
    }

    /** Shows the length and time only: notes may hold personal data. */
    @Override
    public String toString() {
        return "Note[" + text.length() + " chars, " + createdAt + "]";
    }
}
