package dev.kartoteka.core.internal;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.consent.ConsentAction;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentDecision;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.consent.Consents;
import dev.kartoteka.core.consent.OptInState;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.IdentifierKeys;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The {@link Consents} service over a {@link PartyStore} (for the parties and their contact points) and a
 * {@link ConsentStore} (for the ledger). Decisions follow the rules on {@link Consents}; they are computed from the
 * party's whole ledger on each call.
 *
 * <p>This is an internal API of Kartoteka; the registry creates it.
 */
public final class DefaultConsents implements Consents {

    /** The order of {@link #history}. */
    private static final Comparator<ConsentEvent> CHRONOLOGICAL = Comparator.comparing(ConsentEvent::at)
            .thenComparing(ConsentEvent::recordedAt).thenComparing(ConsentEvent::id);

    /** The order in which the ledger is walked: latest first, a withdrawal before a grant of the same instant. */
    private static final Comparator<ConsentEvent> LATEST_FIRST = Comparator.comparing(ConsentEvent::at).reversed()
            .thenComparing(e -> e.isWithdrawal() ? 0 : 1)
            .thenComparing(Comparator.comparing(ConsentEvent::recordedAt).reversed())
            .thenComparing(Comparator.comparing(ConsentEvent::id).reversed());

    private final PartyStore parties;
    private final ConsentStore store;
    private final Clock clock;
    private final Consumer<ConsentEvent> onRecorded;
    /** Makes confirm's "not confirmed yet" check and its append one step. */
    private final Lock confirmLock = new ReentrantLock();

    /**
     * Creates the service.
     *
     * @param parties where the parties are
     * @param store where the ledger is
     * @param clock gives {@code recordedAt}, the limit for {@code at}, and the zone of contact persons' days
     * @param onRecorded called with each event after it was stored, in the recording thread
     * @throws NullPointerException if an argument is {@code null}
     */
    public DefaultConsents(PartyStore parties, ConsentStore store, Clock clock, Consumer<ConsentEvent> onRecorded) {
        this.parties = Objects.requireNonNull(parties, "parties");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onRecorded = Objects.requireNonNull(onRecorded, "onRecorded");
    }

    @Override
    public ConsentEvent grant(PartyId party, ConsentChannel channel, ConsentPurpose purpose, ConsentSource source,
                              Instant at, Optional<String> evidence, Optional<Instant> validUntil, boolean doubleOptIn) {
        return recordGrant(party, Optional.empty(), channel, purpose, source, at, evidence, validUntil, doubleOptIn);
    }

    @Override
    public ConsentEvent grant(PartyId party, Identifier contactPoint, ConsentChannel channel, ConsentPurpose purpose,
                              ConsentSource source, Instant at, Optional<String> evidence, Optional<Instant> validUntil,
                              boolean doubleOptIn) {
        Objects.requireNonNull(contactPoint, "contactPoint");
        return recordGrant(party, Optional.of(contactPoint), channel, purpose, source, at, evidence, validUntil,
                doubleOptIn);
    }

    private ConsentEvent recordGrant(PartyId partyId, Optional<Identifier> contactPoint, ConsentChannel channel,
                                     ConsentPurpose purpose, ConsentSource source, Instant at,
                                     Optional<String> evidence, Optional<Instant> validUntil, boolean doubleOptIn) {
        requireArguments(partyId, channel, purpose, source, at, evidence);
        Objects.requireNonNull(validUntil, "validUntil");
        Party party = party(partyId);
        Instant now = clock.instant();
        requireNotAfter(at, now);
        ConsentEvent event = new ConsentEvent(UUID.randomUUID(), partyId, contactPoint, channel, purpose,
                ConsentAction.GRANTED, at, now, source, evidence, validUntil,
                doubleOptIn ? OptInState.PENDING : OptInState.NOT_REQUIRED, Optional.empty(), Optional.empty());
        if (contactPoint.isPresent()) {
            String key = IdentifierKeys.key(contactPoint.get());
            boolean own = contactPointsAt(party, at).stream()
                    .anyMatch(p -> channel.serves(p) && keyOf(p).filter(key::equals).isPresent());
            if (!own) {
                throw ValidationException.of("contactPoint", contactPoint.get().value(),
                        "one of the party's contact points that serve " + channel
                                + (channel == ConsentChannel.SMS ? " (a number that can receive text messages)" : ""));
            }
        }
        return record(event);
    }

    @Override
    public ConsentEvent confirm(UUID pendingGrantId, Instant at, ConsentSource source, Optional<String> evidence) {
        Objects.requireNonNull(pendingGrantId, "pendingGrantId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        ConsentEvent confirmation;
        confirmLock.lock();
        try {
            ConsentEvent grant = store.find(pendingGrantId)
                    .orElseThrow(() -> new NotFoundException("consent event", pendingGrantId));
            party(grant.partyId());
            if (!grant.isGrant() || grant.optIn() != OptInState.PENDING) {
                throw ValidationException.ofPublicValue("pendingGrantId", pendingGrantId,
                        "the id of a grant pending double opt-in (was " + shape(grant) + ")");
            }
            Instant now = clock.instant();
            requireNotAfter(at, now);
            if (at.isBefore(grant.at())) {
                throw ValidationException.ofPublicValue("at", at, "an instant not before the grant's time " + grant.at());
            }
            Optional<ConsentEvent> earlier = store.eventsOf(grant.partyId()).stream()
                    .filter(e -> e.confirms().equals(Optional.of(grant.id()))).findFirst();
            if (earlier.isPresent()) {
                throw new StateConflictException("Consent grant " + grant.id() + " is already confirmed (event "
                        + earlier.get().id() + ")");
            }
            if (grant.validUntil().isPresent() && grant.validUntil().get().isBefore(at)) {
                throw new StateConflictException("Consent grant " + grant.id() + " expired on "
                        + grant.validUntil().get() + ", before the confirmation at " + at);
            }
            confirmation = new ConsentEvent(UUID.randomUUID(), grant.partyId(), grant.contactPoint(), grant.channel(),
                    grant.purpose(), ConsentAction.GRANTED, at, now, source, evidence, Optional.empty(),
                    OptInState.CONFIRMED, Optional.of(grant.id()), Optional.empty());
            store.append(confirmation);
        } finally {
            confirmLock.unlock();
        }
        onRecorded.accept(confirmation);
        return confirmation;
    }

    private static String shape(ConsentEvent e) {
        if (e.isWithdrawal()) {
            return "a withdrawal";
        }
        if (e.isConfirmation()) {
            return "a confirmation";
        }
        return "a grant without double opt-in";
    }

    @Override
    public ConsentEvent withdraw(PartyId party, ConsentChannel channel, ConsentPurpose purpose, ConsentSource source,
                                 Instant at, Optional<String> evidence) {
        return recordWithdrawal(party, Optional.empty(), channel, purpose, source, at, evidence);
    }

    @Override
    public ConsentEvent withdraw(PartyId party, Identifier contactPoint, ConsentChannel channel,
                                 ConsentPurpose purpose, ConsentSource source, Instant at, Optional<String> evidence) {
        Objects.requireNonNull(contactPoint, "contactPoint");
        return recordWithdrawal(party, Optional.of(contactPoint), channel, purpose, source, at, evidence);
    }

    private ConsentEvent recordWithdrawal(PartyId partyId, Optional<Identifier> contactPoint, ConsentChannel channel,
                                          ConsentPurpose purpose, ConsentSource source, Instant at,
                                          Optional<String> evidence) {
        requireArguments(partyId, channel, purpose, source, at, evidence);
        party(partyId);
        Instant now = clock.instant();
        requireNotAfter(at, now);
        return record(new ConsentEvent(UUID.randomUUID(), partyId, contactPoint, channel, purpose,
                ConsentAction.WITHDRAWN, at, now, source, evidence, Optional.empty(), OptInState.NOT_REQUIRED,
                Optional.empty(), Optional.empty()));
    }

    private ConsentEvent record(ConsentEvent event) {
        store.append(event);
        onRecorded.accept(event);
        return event;
    }

    @Override
    public List<ConsentEvent> history(PartyId party) {
        Objects.requireNonNull(party, "party");
        party(party);
        List<ConsentEvent> events = new ArrayList<>(store.eventsOf(party));
        events.sort(CHRONOLOGICAL);
        return List.copyOf(events);
    }

    @Override
    public ConsentDecision mayContact(PartyId partyId, ConsentChannel channel, ConsentPurpose purpose, Instant at) {
        Objects.requireNonNull(partyId, "party");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        Party party = party(partyId);
        List<ContactPoint> points = contactPointsAt(party, at);
        Set<String> doNotContactKeys = new HashSet<>();
        for (ContactPoint p : points) {
            if (p.doNotContact()) {
                keyOf(p).ifPresent(doNotContactKeys::add);
            }
        }
        boolean anyServing = false;
        Set<String> seen = new HashSet<>();
        List<Optional<String>> usable = new ArrayList<>();
        for (ContactPoint p : points) {
            if (!channel.serves(p)) {
                continue;
            }
            anyServing = true;
            Optional<String> key = keyOf(p);
            boolean doNotContact = p.doNotContact() || key.filter(doNotContactKeys::contains).isPresent();
            if (!doNotContact && (key.isEmpty() || seen.add(key.get()))) {
                usable.add(key);
            }
        }
        if (!anyServing) {
            return ConsentDecision.denied(channel == ConsentChannel.SMS
                    ? "the party has no contact point that can receive SMS"
                    : "the party has no " + channel + " contact point", Optional.empty());
        }
        if (usable.isEmpty()) {
            return ConsentDecision.denied("every " + channel + " contact point of the party is marked do not contact",
                    Optional.empty());
        }
        Ledger ledger = new Ledger(store.eventsOf(partyId), channel, purpose, at);
        ConsentDecision first = null;
        for (Optional<String> key : usable) {
            ConsentDecision decision = ledger.decide(key);
            if (decision.allowed()) {
                return decision;
            }
            if (first == null) {
                first = decision;
            }
        }
        return first;
    }

    @Override
    public ConsentDecision mayContact(PartyId partyId, Identifier contactPoint, ConsentChannel channel,
                                      ConsentPurpose purpose, Instant at) {
        Objects.requireNonNull(partyId, "party");
        Objects.requireNonNull(contactPoint, "contactPoint");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        if (!channel.accepts(contactPoint)) {
            throw ValidationException.ofPublicValue("contactPoint", contactPoint.type(),
                    channel == ConsentChannel.EMAIL ? "an e-mail address for channel EMAIL"
                            : "a phone number for channel " + channel);
        }
        Party party = party(partyId);
        String key = IdentifierKeys.key(contactPoint);
        List<ContactPoint> matching = contactPointsAt(party, at).stream()
                .filter(p -> keyOf(p).filter(key::equals).isPresent()).toList();
        if (matching.isEmpty()) {
            return ConsentDecision.denied("the contact point is not one of the party's " + channel + " contact points",
                    Optional.empty());
        }
        if (matching.stream().anyMatch(ContactPoint::doNotContact)) {
            return ConsentDecision.denied("the contact point is marked do not contact", Optional.empty());
        }
        if (matching.stream().noneMatch(channel::serves)) {
            String lineType = matching.get(0) instanceof PhoneContact p ? p.phone().lineType().name() : "unknown";
            return ConsentDecision.denied("the phone number cannot receive SMS (line type " + lineType + ")",
                    Optional.empty());
        }
        return new Ledger(store.eventsOf(partyId), channel, purpose, at).decide(Optional.of(key));
    }

    private static void requireArguments(PartyId party, ConsentChannel channel, ConsentPurpose purpose,
                                         ConsentSource source, Instant at, Optional<String> evidence) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(evidence, "evidence");
    }

    private static void requireNotAfter(Instant at, Instant now) {
        if (at.isAfter(now)) {
            throw ValidationException.ofPublicValue("at", at, "an instant not after now (" + now + ")");
        }
    }

    private Party party(PartyId id) {
        return parties.findById(id).orElseThrow(() -> new NotFoundException("party", id));
    }

    /** The party's own contact points, then those of its contact persons active on the day of {@code at}. */
    private List<ContactPoint> contactPointsAt(Party party, Instant at) {
        if (!(party instanceof Company company) || company.contactPersons().isEmpty()) {
            return party.contactPoints();
        }
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        List<ContactPoint> points = new ArrayList<>(party.contactPoints());
        for (ContactPerson person : company.contactPersons()) {
            if (person.isActiveOn(day)) {
                points.addAll(person.contactPoints());
            }
        }
        return points;
    }

    private static Optional<String> keyOf(ContactPoint point) {
        if (point instanceof EmailContact e) {
            return Optional.of(IdentifierKeys.key(e.email()));
        }
        if (point instanceof PhoneContact p) {
            return Optional.of(IdentifierKeys.key(p.phone()));
        }
        return Optional.empty();
    }

    /** The events of one party that can decide a channel and purpose at one instant. */
    private static final class Ledger {

        private final ConsentChannel channel;
        private final ConsentPurpose purpose;
        /** Grants and withdrawals of the channel and purpose up to the instant, {@link #LATEST_FIRST}. */
        private final List<ConsentEvent> relevant = new ArrayList<>();
        /** The earliest confirmation up to the instant, by the id of the grant it confirms. */
        private final Map<UUID, ConsentEvent> confirmations = new HashMap<>();
        private final Instant at;

        Ledger(List<ConsentEvent> events, ConsentChannel channel, ConsentPurpose purpose, Instant at) {
            this.channel = channel;
            this.purpose = purpose;
            this.at = at;
            for (ConsentEvent e : events) {
                if (e.at().isAfter(at)) {
                    continue;
                }
                if (e.isConfirmation()) {
                    confirmations.merge(e.confirms().orElseThrow(), e,
                            (a, b) -> CHRONOLOGICAL.compare(a, b) <= 0 ? a : b);
                } else if (e.channel() == channel && e.purpose().equals(purpose)) {
                    relevant.add(e);
                }
            }
            relevant.sort(LATEST_FIRST);
        }

        /**
         * Decides for one contact point, or for a point without identifier (a postal address, a messenger) when
         * {@code key} is empty: then only channel-wide events count.
         */
        ConsentDecision decide(Optional<String> key) {
            ConsentEvent pending = null;
            for (ConsentEvent e : relevant) {
                if (e.contactPoint().isPresent()
                        && (key.isEmpty() || !IdentifierKeys.key(e.contactPoint().get()).equals(key.get()))) {
                    continue;
                }
                if (e.isWithdrawal()) {
                    return ConsentDecision.denied("withdrawn on " + e.at() + " (event " + e.id() + ")"
                            + (pending == null ? "" : "; a later grant is pending double opt-in (event "
                            + pending.id() + ")"), Optional.of(e));
                }
                ConsentEvent confirmation = null;
                if (e.optIn() == OptInState.PENDING) {
                    confirmation = confirmations.get(e.id());
                    if (confirmation == null) {
                        if (pending == null) {
                            pending = e;
                        }
                        continue;
                    }
                }
                if (e.validUntil().isPresent() && e.validUntil().get().isBefore(at)) {
                    return ConsentDecision.denied("grant expired on " + e.validUntil().get() + " (event " + e.id()
                            + ")", Optional.of(e));
                }
                return ConsentDecision.allowed("granted on " + e.at() + " (event " + e.id() + ")"
                        + (confirmation == null ? "" : ", confirmed on " + confirmation.at() + " (event "
                        + confirmation.id() + ")")
                        + e.validUntil().map(v -> ", valid until " + v).orElse(""), e);
            }
            if (pending != null) {
                return ConsentDecision.denied("grant pending double opt-in since " + pending.at() + " (event "
                        + pending.id() + ")", Optional.of(pending));
            }
            return ConsentDecision.denied("no consent recorded for " + channel + "/" + purpose, Optional.empty());
        }
    }

    @Override
    public Optional<ConsentEvent> findEvent(UUID id) {
        return store.find(Objects.requireNonNull(id, "id"));
    }
}
