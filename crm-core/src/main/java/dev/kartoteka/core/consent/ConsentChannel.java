package dev.kartoteka.core.consent;

import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.MessengerContact;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A way of contacting a party that a consent is about. Each channel is served by one kind of {@link ContactPoint}
 * (see {@link #serves(ContactPoint)}); a consent for one contact point names it by its {@link Identifier} (an
 * {@link Email} or a {@link PhoneNumber}, see {@link #accepts(Identifier)}).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ConsentChannel {

    /** E-mail messages; served by {@link EmailContact}s, named by an {@link Email}. */
    EMAIL,
    /**
     * Text messages; served by {@link PhoneContact}s whose number can receive them (line type
     * {@link PhoneNumber.LineType#MOBILE MOBILE}, {@link PhoneNumber.LineType#FIXED_LINE_OR_MOBILE FIXED_LINE_OR_MOBILE}
     * or {@link PhoneNumber.LineType#UNKNOWN UNKNOWN}), named by a {@link PhoneNumber}.
     */
    SMS,
    /** Phone calls; served by every {@link PhoneContact}, named by a {@link PhoneNumber}. */
    PHONE,
    /** Letters; served by {@link PostalAddress}es. Consents for post are always channel-wide. */
    POST,
    /** Instant messengers; served by {@link MessengerContact}s. Consents for messengers are always channel-wide. */
    MESSENGER;

    /**
     * Tells whether a contact point can be used on this channel.
     *
     * @param point the contact point
     * @return {@code true} if the point is of this channel's kind (and, for {@link #SMS}, its number can receive text
     *         messages)
     * @throws NullPointerException if {@code point} is {@code null}
     */
    public boolean serves(ContactPoint point) {
        Objects.requireNonNull(point, "point");
        return switch (this) {
            case EMAIL -> point instanceof EmailContact;
            case SMS -> point instanceof PhoneContact p && receivesSms(p.phone());
            case PHONE -> point instanceof PhoneContact;
            case POST -> point instanceof PostalAddress;
            case MESSENGER -> point instanceof MessengerContact;
        };
    }

    /**
     * Tells whether an identifier can name a contact point of this channel in a consent: an {@link Email} for
     * {@link #EMAIL}, a {@link PhoneNumber} (of any line type) for {@link #SMS} and {@link #PHONE}; nothing for
     * {@link #POST} and {@link #MESSENGER}, whose consents are channel-wide.
     *
     * @param contactPoint the identifier
     * @return {@code true} if a consent of this channel may be about that identifier
     * @throws NullPointerException if {@code contactPoint} is {@code null}
     */
    public boolean accepts(Identifier contactPoint) {
        Objects.requireNonNull(contactPoint, "contactPoint");
        return switch (this) {
            case EMAIL -> contactPoint instanceof Email;
            case SMS, PHONE -> contactPoint instanceof PhoneNumber;
            case POST, MESSENGER -> false;
        };
    }

    private static boolean receivesSms(PhoneNumber phone) {
        return switch (phone.lineType()) {
            case MOBILE, FIXED_LINE_OR_MOBILE, UNKNOWN -> true;
            default -> false;
        };
    }
}
