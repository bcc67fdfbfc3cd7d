package dev.kartoteka.core.party;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A handle on an instant messenger (WhatsApp, Signal, Telegram, Teams, Messenger, …).
 *
 * @param service the messenger's name, e.g. {@code "Signal"}
 * @param handle the party's handle there, e.g. {@code "@anna.k"}
 * @param usage how it is used
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record MessengerContact(@NotBlank @Size(max = 50) String service,
                               @NotBlank @Size(max = 200) String handle,
                               @Valid ContactUsage usage) implements ContactPoint {

    /**
     * Creates the record, checking its components.
     *
     * @param service the messenger's name, e.g. {@code "Signal"}
     * @param handle the party's handle there, e.g. {@code "@anna.k"}
     * @param usage how it is used
     * @throws NullPointerException if an argument is {@code null}
     */
    public MessengerContact {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * Creates a main messenger contact.
     *
     * @param service the messenger's name
     * @param handle the handle
     * @return the contact point
     */
    public static MessengerContact of(String service, String handle) {
        return new MessengerContact(service.strip(), handle.strip(), ContactUsage.main());
    }

    @Override
    public Kind kind() {
        return Kind.MESSENGER;
    }

    @Override
    public MessengerContact withUsage(ContactUsage newUsage) {
        return new MessengerContact(service, handle, newUsage);
    }

    @Override
    public String toString() {
        return "MessengerContact[" + service + ", " + usage.purpose() + "]";
    }
}
