package dev.kartoteka.core.internal;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentDecision;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.consent.Consents;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.PartyId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** {@link Consents} behind the access policy: READ to ask, WRITE to record. */
final class GuardedConsents implements Consents {

    private final Consents delegate;
    private final Guard guard;
    private final Locker locker;
    private final Predicate<PartyId> contactPointsMasked;
    private final java.util.function.UnaryOperator<PartyId> current;

    /**
     * @param current for reads by id: the survivor of a merged party (its consents moved there), else the id itself
     */
    GuardedConsents(Consents delegate, Guard guard, Locker locker, Predicate<PartyId> contactPointsMasked,
                    java.util.function.UnaryOperator<PartyId> current) {
        this.delegate = delegate;
        this.guard = guard;
        this.locker = locker;
        this.contactPointsMasked = contactPointsMasked;
        this.current = current;
    }

    private PartyId read(PartyId party) {
        return guard.requireRead(current, party);
    }

    /** A reader who may not see the party's contact points sees events without contact point and evidence. */
    private ConsentEvent shown(ConsentEvent e) {
        if (!contactPointsMasked.test(e.partyId())) {
            return e;
        }
        return new ConsentEvent(e.id(), e.partyId(), Optional.empty(), e.channel(), e.purpose(), e.action(), e.at(),
                e.recordedAt(), e.source(), Optional.empty(), e.validUntil(), e.optIn(), e.confirms(), e.recordedBy());
    }

    private ConsentDecision shown(ConsentDecision d) {
        return new ConsentDecision(d.allowed(), d.reason(), d.decidedBy().map(this::shown));
    }

    @Override
    public ConsentEvent grant(PartyId party, ConsentChannel channel, ConsentPurpose purpose, ConsentSource source,
                              Instant at, Optional<String> evidence, Optional<Instant> validUntil, boolean doubleOptIn) {
        return locker.run(() -> {
            guard.require(Action.WRITE, Objects.requireNonNull(party, "party"));
            return delegate.grant(party, channel, purpose, source, at, evidence, validUntil, doubleOptIn);
        });
    }

    @Override
    public ConsentEvent grant(PartyId party, Identifier contactPoint, ConsentChannel channel, ConsentPurpose purpose,
                              ConsentSource source, Instant at, Optional<String> evidence,
                              Optional<Instant> validUntil, boolean doubleOptIn) {
        return locker.run(() -> {
            guard.require(Action.WRITE, Objects.requireNonNull(party, "party"));
            return delegate.grant(party, contactPoint, channel, purpose, source, at, evidence, validUntil, doubleOptIn);
        });
    }

    @Override
    public ConsentEvent confirm(UUID pendingGrantId, Instant at, ConsentSource source, Optional<String> evidence) {
        Objects.requireNonNull(pendingGrantId, "pendingGrantId");
        return locker.run(() -> {
            PartyId party = delegate.findEvent(pendingGrantId).map(ConsentEvent::partyId)
                    .orElseThrow(() -> new NotFoundException("consent event", pendingGrantId));
            guard.require(Action.WRITE, party);
            return delegate.confirm(pendingGrantId, at, source, evidence);
        });
    }

    @Override
    public ConsentEvent withdraw(PartyId party, ConsentChannel channel, ConsentPurpose purpose, ConsentSource source,
                                 Instant at, Optional<String> evidence) {
        return locker.run(() -> {
            guard.require(Action.WRITE, Objects.requireNonNull(party, "party"));
            return delegate.withdraw(party, channel, purpose, source, at, evidence);
        });
    }

    @Override
    public ConsentEvent withdraw(PartyId party, Identifier contactPoint, ConsentChannel channel, ConsentPurpose purpose,
                                 ConsentSource source, Instant at, Optional<String> evidence) {
        return locker.run(() -> {
            guard.require(Action.WRITE, Objects.requireNonNull(party, "party"));
            return delegate.withdraw(party, contactPoint, channel, purpose, source, at, evidence);
        });
    }

    @Override
    public List<ConsentEvent> history(PartyId party) {
        return delegate.history(read(party)).stream().map(this::shown).toList();
    }

    @Override
    public ConsentDecision mayContact(PartyId party, ConsentChannel channel, ConsentPurpose purpose, Instant at) {
        return shown(delegate.mayContact(read(party), channel, purpose, at));
    }

    @Override
    public ConsentDecision mayContact(PartyId party, Identifier contactPoint, ConsentChannel channel,
                                      ConsentPurpose purpose, Instant at) {
        return shown(delegate.mayContact(read(party), contactPoint, channel, purpose, at));
    }

    @Override
    public Optional<ConsentEvent> findEvent(UUID id) {
        Optional<ConsentEvent> event = delegate.findEvent(id);
        event.ifPresent(e -> guard.require(Action.READ, e.partyId()));
        return event.map(this::shown);
    }
}
