package dev.kartoteka.core.party;

import dev.kartoteka.core.identifier.Email;
import jakarta.validation.Valid;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An e-mail address as a contact point.
 *
 * @param email the address
 * @param usage how it is used
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EmailContact(Email email, @Valid ContactUsage usage) implements ContactPoint {

    /**
     * Creates the record, checking its components.
     *
     * @param email the address
     * @param usage how it is used
     * @throws NullPointerException if an argument is {@code null}
     */
    public EmailContact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * Creates a main e-mail contact.
     *
     * @param address the address, e.g. {@code "biuro@example.pl"}
     * @return the contact point
     * @throws dev.kartoteka.core.ValidationException if the address is not a valid e-mail address
     */
    public static EmailContact of(String address) {
        return new EmailContact(Email.of(address), ContactUsage.main());
    }

    @Override
    public Kind kind() {
        return Kind.EMAIL;
    }

    @Override
    public EmailContact withUsage(ContactUsage newUsage) {
        return new EmailContact(email, newUsage);
    }

    @Override
    public String toString() {
        return "EmailContact[" + email + ", " + usage.purpose() + "]";
    }
}
