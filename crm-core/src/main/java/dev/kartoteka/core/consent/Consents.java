package dev.kartoteka.core.consent;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.PartyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * The consent ledger of the registry: records grants, double opt-in confirmations and withdrawals, and answers
 * "may I contact this party on this channel for this purpose at this time?".
 *
 * <h2>Recording</h2>
 * Events are appended and never changed. Every event has the time it happened ({@code at}, given by the caller, never
 * after the registry's clock) and the time it was recorded (from the registry's clock). A consent is either
 * <em>channel-wide</em> or about <em>one contact point</em> of the channel: an {@link dev.kartoteka.core.identifier.Email}
 * for {@link ConsentChannel#EMAIL}, a {@link dev.kartoteka.core.identifier.PhoneNumber} for {@link ConsentChannel#SMS}
 * and {@link ConsentChannel#PHONE}. Contact points are compared as stores compare identifiers
 * ({@link dev.kartoteka.core.spi.IdentifierKeys}: e-mails ignore case, phones ignore extensions).
 *
 * <p>A merge moves the merged parties' consent events to the survivor (a withdrawal on either side wins). Reads by the
 * id of a merged party ({@code history}, {@code mayContact}) answer for the survivor; writes to it are refused
 * ({@code StateConflictException} naming the survivor).
 *
 * <h2>The party's contact points of a channel</h2>
 * At an instant {@code t}, the contact points of a party that {@linkplain ConsentChannel#serves serve} the channel:
 * the party's own, and for a company also those of its contact persons whose relationship is active on the day of
 * {@code t} (in the registry clock's zone). The points and their "do not contact" flags are taken from the party as it
 * is stored now: the registry keeps no history of them.
 *
 * <h2>Deciding ({@link #mayContact(PartyId, Identifier, ConsentChannel, ConsentPurpose, Instant)})</h2>
 * The question for one contact point {@code p} at query time {@code t} is answered by these rules, in order:
 * <ol>
 *   <li>If {@code p} is not one of the party's contact points of the channel's kind at {@code t}: not allowed.</li>
 *   <li>If {@code p} is marked {@linkplain dev.kartoteka.core.party.ContactPoint#doNotContact() do not contact}: not
 *       allowed, whatever the ledger says. (Do not contact overrides everything.)</li>
 *   <li>For {@link ConsentChannel#SMS}, if {@code p}'s number cannot receive text messages: not allowed.</li>
 *   <li>Otherwise the ledger decides. Only events with {@code at <= t} count. The <em>relevant</em> events are the
 *       grants and withdrawals of the same channel and purpose that are channel-wide or about {@code p}
 *       (confirmations are not relevant events themselves; they only make a grant count). Walking them from the
 *       latest {@code at} to the earliest — at equal {@code at} a withdrawal before a grant, then later
 *       {@code recordedAt} first, then greater id first:
 *       <ul>
 *         <li>a withdrawal decides: not allowed. So a withdrawal always wins over any older grant, and over a grant
 *             at the same instant;</li>
 *         <li>a pending grant that no confirmation with {@code at <= t} confirms does not count: the walk goes on to
 *             older events (an earlier valid grant still holds). A confirmation does not make its grant newer: the
 *             grant keeps its own {@code at};</li>
 *         <li>a grant that counts decides: allowed, unless its {@code validUntil} is before {@code t}, in which case
 *             not allowed because it expired (an expired grant does not bring older grants back).</li>
 *       </ul>
 *       If the walk ends without a decision: not allowed — "pending double opt-in" (decided by the latest pending
 *       grant) if there was one, else "no consent recorded".</li>
 * </ol>
 *
 * <h2>Deciding for the whole party ({@link #mayContact(PartyId, ConsentChannel, ConsentPurpose, Instant)})</h2>
 * The party may be contacted on a channel if at least one of its contact points of the channel at {@code t} may be
 * (by the rules above). So: a party without a contact point for the channel may not be contacted; nor one whose points
 * are all marked do not contact; a channel-wide grant allows contact as long as one usable point is left, and a grant
 * for one point allows contact through that point. The decision returned is the one for the first allowed point in
 * the party's order (own points first, then contact persons'), or, if none is allowed, the one for the first point not
 * marked do not contact. For {@link ConsentChannel#POST} and {@link ConsentChannel#MESSENGER}, whose consents are
 * always channel-wide, this is simply: some usable point exists and the channel-wide ledger allows.
 *
 * <h2>Reasons</h2>
 * {@link ConsentDecision#reason()} is an English sentence naming instants, event ids, channel and purpose, never
 * personal data.
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Consents {

    /**
     * Records a channel-wide grant. A party may grant consent for a channel before it has a contact point of it.
     *
     * @param party the party
     * @param channel the channel
     * @param purpose the purpose
     * @param source how it reached us
     * @param at when the party gave consent; not after the registry's clock
     * @param evidence a text or reference proving it, at most 2000 characters; may be personal data
     * @param validUntil the last instant the consent is valid, after {@code at}; empty if it does not expire
     * @param doubleOptIn {@code true} to record a {@link OptInState#PENDING} grant that counts only once
     *        {@linkplain #confirm confirmed}
     * @return the recorded event
     * @throws NullPointerException if an argument is {@code null}
     * @throws NotFoundException if the party does not exist
     * @throws ValidationException if {@code at} is after the registry's clock, {@code validUntil} is not after
     *         {@code at}, or the evidence is blank or too long
     */
    ConsentEvent grant(PartyId party, ConsentChannel channel, ConsentPurpose purpose, ConsentSource source, Instant at,
                       Optional<String> evidence, Optional<Instant> validUntil, boolean doubleOptIn);

    /**
     * Records a grant for one contact point.
     *
     * @param party the party
     * @param contactPoint the e-mail address or phone number; one of the party's contact points of the channel at
     *        {@code at} (for SMS, a number that can receive text messages)
     * @param channel the channel
     * @param purpose the purpose
     * @param source how it reached us
     * @param at when the party gave consent; not after the registry's clock
     * @param evidence a text or reference proving it, at most 2000 characters; may be personal data
     * @param validUntil the last instant the consent is valid, after {@code at}; empty if it does not expire
     * @param doubleOptIn {@code true} to record a {@link OptInState#PENDING} grant that counts only once
     *        {@linkplain #confirm confirmed}
     * @return the recorded event
     * @throws NullPointerException if an argument is {@code null}
     * @throws NotFoundException if the party does not exist
     * @throws ValidationException if the contact point does not suit the channel or is not one of the party's contact
     *         points of the channel, {@code at} is after the registry's clock, {@code validUntil} is not after
     *         {@code at}, or the evidence is blank or too long
     */
    ConsentEvent grant(PartyId party, Identifier contactPoint, ConsentChannel channel, ConsentPurpose purpose,
                       ConsentSource source, Instant at, Optional<String> evidence, Optional<Instant> validUntil,
                       boolean doubleOptIn);

    /**
     * Records the confirmation of a pending (double opt-in) grant, e.g. after the party clicked the link in a
     * confirmation e-mail. From {@code at} on, the grant counts — with its own time, not the confirmation's.
     *
     * @param pendingGrantId the id of the {@link OptInState#PENDING} grant
     * @param at when the party confirmed; not before the grant, not after the grant's {@code validUntil}, not after
     *        the registry's clock
     * @param source how the confirmation reached us
     * @param evidence a text or reference proving it, at most 2000 characters; may be personal data
     * @return the recorded confirmation event: same party, channel, purpose and contact point as the grant, opt-in
     *         {@link OptInState#CONFIRMED}, {@link ConsentEvent#confirms()} naming the grant
     * @throws NullPointerException if an argument is {@code null}
     * @throws NotFoundException if no event has that id, or its party does not exist
     * @throws ValidationException if the event is not a pending grant, {@code at} is before the grant or after the
     *         registry's clock, or the evidence is blank or too long
     * @throws StateConflictException if the grant is already confirmed, or expired before {@code at}
     */
    ConsentEvent confirm(UUID pendingGrantId, Instant at, ConsentSource source, Optional<String> evidence);

    /**
     * Records a channel-wide withdrawal. It wins over every grant of the channel and purpose up to {@code at}, for
     * the whole channel and for each of its contact points.
     *
     * @param party the party
     * @param channel the channel
     * @param purpose the purpose
     * @param source how it reached us
     * @param at when the party withdrew consent; not after the registry's clock
     * @param evidence a text or reference proving it, at most 2000 characters; may be personal data
     * @return the recorded event
     * @throws NullPointerException if an argument is {@code null}
     * @throws NotFoundException if the party does not exist
     * @throws ValidationException if {@code at} is after the registry's clock, or the evidence is blank or too long
     */
    ConsentEvent withdraw(PartyId party, ConsentChannel channel, ConsentPurpose purpose, ConsentSource source,
                          Instant at, Optional<String> evidence);

    /**
     * Records a withdrawal for one contact point. A withdrawal is accepted for any address or number of the channel's
     * kind, also one the party no longer has.
     *
     * @param party the party
     * @param contactPoint the e-mail address or phone number
     * @param channel the channel
     * @param purpose the purpose
     * @param source how it reached us
     * @param at when the party withdrew consent; not after the registry's clock
     * @param evidence a text or reference proving it, at most 2000 characters; may be personal data
     * @return the recorded event
     * @throws NullPointerException if an argument is {@code null}
     * @throws NotFoundException if the party does not exist
     * @throws ValidationException if the contact point does not suit the channel, {@code at} is after the registry's
     *         clock, or the evidence is blank or too long
     */
    ConsentEvent withdraw(PartyId party, Identifier contactPoint, ConsentChannel channel, ConsentPurpose purpose,
                          ConsentSource source, Instant at, Optional<String> evidence);

    /**
     * Returns the whole ledger of a party.
     *
     * @param party the party
     * @return every event about the party, ordered by {@code at}, then {@code recordedAt}, then id; empty if none
     * @throws NullPointerException if {@code party} is {@code null}
     * @throws NotFoundException if the party does not exist
     */
    List<ConsentEvent> history(PartyId party);

    /**
     * Tells whether a party may be contacted on a channel for a purpose at an instant, by the rules described on this
     * type ("Deciding for the whole party").
     *
     * @param party the party
     * @param channel the channel
     * @param purpose the purpose
     * @param at the instant asked about; events after it are ignored
     * @return the decision, with its reason and the deciding event
     * @throws NullPointerException if an argument is {@code null}
     * @throws NotFoundException if the party does not exist
     */
    ConsentDecision mayContact(PartyId party, ConsentChannel channel, ConsentPurpose purpose, Instant at);

    /**
     * Tells whether a party may be contacted through one contact point on a channel for a purpose at an instant, by
     * the rules described on this type ("Deciding").
     *
     * @param party the party
     * @param contactPoint the e-mail address or phone number
     * @param channel the channel
     * @param purpose the purpose
     * @param at the instant asked about; events after it are ignored
     * @return the decision, with its reason and the deciding event; not allowed if the contact point is not one of the
     *         party's
     * @throws NullPointerException if an argument is {@code null}
     * @throws NotFoundException if the party does not exist
     * @throws ValidationException if the contact point does not suit the channel ({@link ConsentChannel#accepts})
     */
    ConsentDecision mayContact(PartyId party, Identifier contactPoint, ConsentChannel channel, ConsentPurpose purpose,
                               Instant at);

    /**
     * Finds one consent event by id.
     *
     * @param id the event's id
     * @return the event, if recorded
     */
    Optional<ConsentEvent> findEvent(UUID id);
}
