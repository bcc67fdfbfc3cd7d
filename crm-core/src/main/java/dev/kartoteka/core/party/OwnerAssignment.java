package dev.kartoteka.core.party;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One period in which a user was the account owner of a party. The registry keeps these as the owner history: a new
 * owner closes the previous period.
 *
 * @param owner the user responsible for the party
 * @param since when the period began
 * @param until when it ended; empty for the current owner
 * @param reason why the party was assigned, where given (e.g. {@code "territory change"})
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record OwnerAssignment(UserId owner, Instant since, Optional<Instant> until, Optional<String> reason) {

    /**
     * Creates the record, checking its components.
     *
     * @param owner the user responsible for the party
     * @param since when the period began
     * @param until when it ended; empty for the current owner
     * @param reason why the party was assigned, where given (e.g. {@code "territory change"})
     * @throws NullPointerException if an argument is {@code null}
     */
    public OwnerAssignment {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param end the end
     * @return a copy of this period ended at {@code end}
     */
    public OwnerAssignment endedAt(Instant end) {
        return new OwnerAssignment(owner, since, Optional.of(end), reason);
    }

    /** Shows owner and period; the reason is free text and is left out. */
    @Override
    public String toString() {
        return "OwnerAssignment[" + owner + ", " + since + ".." + until.map(Object::toString).orElse("") + "]";
    }
}
