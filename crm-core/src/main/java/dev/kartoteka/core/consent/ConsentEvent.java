package dev.kartoteka.core.consent;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * One entry of the consent ledger: a party granted or withdrew consent to be contacted on a {@link ConsentChannel} for
 * a {@link ConsentPurpose}, on the whole channel or on one of its contact points. Events are never changed; a later
 * event supersedes an earlier one as {@link Consents} describes.
 *
 * <p>Three shapes of event exist:
 * <ul>
 *   <li>a <em>grant</em>: {@link ConsentAction#GRANTED}, opt-in {@link OptInState#NOT_REQUIRED} or, for a double
 *       opt-in that still awaits confirmation, {@link OptInState#PENDING}; it may end at {@link #validUntil()};</li>
 *   <li>a <em>confirmation</em> of a pending grant: {@link ConsentAction#GRANTED}, opt-in {@link OptInState#CONFIRMED},
 *       {@link #confirms()} naming the grant, same party, channel, purpose and contact point as the grant, no validity
 *       of its own (the grant's applies);</li>
 *   <li>a <em>withdrawal</em>: {@link ConsentAction#WITHDRAWN}, opt-in {@link OptInState#NOT_REQUIRED}, no validity
 *       and nothing confirmed.</li>
 * </ul>
 *
 * <p>The evidence and the contact point may be personal data: {@link #toString()} shows the contact point masked and
 * only the length of the evidence.
 *
 * @param id the event's identity
 * @param partyId the party the consent is about
 * @param contactPoint the e-mail address or phone number the event is about; empty for the whole channel
 * @param channel the channel
 * @param purpose the purpose
 * @param action granted or withdrawn
 * @param at when it happened (when the party gave, confirmed or withdrew consent)
 * @param recordedAt when the registry recorded it
 * @param source how it reached us
 * @param evidence a text or a reference proving it (e.g. a form submission id, a call recording reference), at most
 *        2000 characters; may be personal data
 * @param validUntil for a grant, the last instant it is valid; empty if it does not expire
 * @param optIn the double opt-in state
 * @param confirms for a confirmation, the id of the pending grant it confirms
 * @param recordedBy the user who recorded it, if known
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConsentEvent(UUID id, PartyId partyId, Optional<Identifier> contactPoint, ConsentChannel channel,
                           ConsentPurpose purpose, ConsentAction action, Instant at, Instant recordedAt,
                           ConsentSource source, Optional<String> evidence, Optional<Instant> validUntil,
                           OptInState optIn, Optional<UUID> confirms, Optional<UserId> recordedBy) {

    /** The longest evidence text accepted. */
    public static final int MAX_EVIDENCE_LENGTH = 2000;

    /**
     * Creates the record, checking its components and that they form one of the three shapes described on the type.
     *
     * @param id the event's identity
     * @param partyId the party the consent is about
     * @param contactPoint the e-mail address or phone number the event is about; empty for the whole channel
     * @param channel the channel
     * @param purpose the purpose
     * @param action granted or withdrawn
     * @param at when it happened
     * @param recordedAt when the registry recorded it
     * @param source how it reached us
     * @param evidence a text or a reference proving it, at most 2000 characters, not blank
     * @param validUntil for a grant, the last instant it is valid; empty if it does not expire
     * @param optIn the double opt-in state
     * @param confirms for a confirmation, the id of the pending grant it confirms
     * @param recordedBy the user who recorded it, if known
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the contact point does not suit the channel ({@link ConsentChannel#accepts}),
     *         the evidence is blank or too long, {@code validUntil} is not after {@code at}, or the action, opt-in
     *         state, validity and {@code confirms} do not form a grant, a confirmation or a withdrawal
     */
    public ConsentEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(contactPoint, "contactPoint");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(optIn, "optIn");
        Objects.requireNonNull(confirms, "confirms");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (contactPoint.isPresent() && !channel.accepts(contactPoint.get())) {
            throw ValidationException.ofPublicValue("contactPoint", contactPoint.get().type(),
                    expectedContactPoint(channel));
        }
        if (evidence.isPresent() && (evidence.get().isBlank() || evidence.get().length() > MAX_EVIDENCE_LENGTH)) {
            throw ValidationException.of("evidence", evidence.get(),
                    "a text or reference of 1 to " + MAX_EVIDENCE_LENGTH + " characters, not blank");
        }
        if (validUntil.isPresent() && !validUntil.get().isAfter(at)) {
            throw ValidationException.ofPublicValue("validUntil", validUntil.get(),
                    "an instant after the event's time " + at);
        }
        if (action == ConsentAction.WITHDRAWN && optIn != OptInState.NOT_REQUIRED) {
            throw ValidationException.ofPublicValue("optIn", optIn, "NOT_REQUIRED for a withdrawal");
        }
        if (action == ConsentAction.WITHDRAWN && validUntil.isPresent()) {
            throw ValidationException.ofPublicValue("validUntil", validUntil.get(), "no validity for a withdrawal");
        }
        if ((optIn == OptInState.CONFIRMED) != confirms.isPresent()) {
            throw ValidationException.ofPublicValue("confirms", confirms.map(UUID::toString).orElse("empty"),
                    "the id of the confirmed grant exactly when the opt-in state is CONFIRMED (was " + optIn + ")");
        }
        if (confirms.isPresent() && validUntil.isPresent()) {
            throw ValidationException.ofPublicValue("validUntil", validUntil.get(),
                    "no validity for a confirmation: the confirmed grant's applies");
        }
    }

    private static String expectedContactPoint(ConsentChannel channel) {
        return switch (channel) {
            case EMAIL -> "an e-mail address for channel EMAIL";
            case SMS, PHONE -> "a phone number for channel " + channel;
            case POST, MESSENGER -> "no contact point: consents for " + channel + " are channel-wide";
        };
    }

    /**
     * Tells whether this event is a grant (pending or not), as opposed to a confirmation or a withdrawal.
     *
     * @return {@code true} for {@link ConsentAction#GRANTED} events that confirm nothing
     */
    public boolean isGrant() {
        return action == ConsentAction.GRANTED && confirms.isEmpty();
    }

    /**
     * Tells whether this event confirms a pending grant.
     *
     * @return {@code true} if {@link #confirms()} is present
     */
    public boolean isConfirmation() {
        return confirms.isPresent();
    }

    /**
     * Tells whether this event is a withdrawal.
     *
     * @return {@code true} for {@link ConsentAction#WITHDRAWN} events
     */
    public boolean isWithdrawal() {
        return action == ConsentAction.WITHDRAWN;
    }

    /**
     * Shows everything but personal data: the contact point masked, the evidence by its length only, the recording
     * user not at all.
     *
     * @return a description of the event
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ConsentEvent[id=").append(id).append(", party=").append(partyId)
                .append(", ").append(action).append(' ').append(channel).append('/').append(purpose);
        contactPoint.ifPresent(c -> s.append(", contactPoint=").append(c));
        s.append(", at=").append(at).append(", recordedAt=").append(recordedAt).append(", source=").append(source)
                .append(", optIn=").append(optIn);
        validUntil.ifPresent(v -> s.append(", validUntil=").append(v));
        confirms.ifPresent(c -> s.append(", confirms=").append(c));
        evidence.ifPresent(e -> s.append(", evidence of ").append(e.length()).append(" chars"));
        recordedBy.ifPresent(u -> s.append(", recorded by a user"));
        return s.append(']').toString();
    }
}
