package dev.kartoteka.core.party;

import dev.kartoteka.core.ValidationException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A user of the host application, as Kartoteka knows them: an opaque, stable identifier (a login, an employee number,
 * a UUID). Used for account owners and, later, for the actors of the audit trail.
 *
 * @param value 1 to 100 characters, no control characters, not blank
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record UserId(String value) {

    /**
     * Creates the record, checking its components.
     *
     * @param value 1 to 100 characters, no control characters, not blank
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws ValidationException if {@code value} is blank, longer than 100 characters or has control characters
     */
    public UserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100 || value.chars().anyMatch(Character::isISOControl)
                || !value.equals(value.strip())) {
            throw ValidationException.of("userId", value,
                    "1 to 100 characters without control characters or surrounding whitespace");
        }
    }

    /**
     * Creates a user id.
     *
     * @param value the host application's identifier of the user
     * @return the id
     * @throws ValidationException if the value is not acceptable (see the record's description)
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
