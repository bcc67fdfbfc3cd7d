package dev.kartoteka.core.spi;

import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.party.PartyId;
import java.util.Optional;

/** Copies of history entries and consent events moved to another party, for the stores' default merge methods. */
final class Reassignments {

    private Reassignments() {
    }

    /** The interaction with {@code from} replaced by {@code to} as its party and as its contact person. */
    static Interaction interaction(Interaction i, PartyId from, PartyId to) {
        PartyId party = i.partyId().equals(from) ? to : i.partyId();
        Optional<PartyId> contactPerson = i.contactPerson().map(cp -> cp.equals(from) ? to : cp);
        return new Interaction(i.id(), party, contactPerson, i.type(), i.direction(), i.channel(), i.at(), i.author(),
                i.subject(), i.outcome(), i.followUp(), i.followUpDoneAt());
    }

    static Transaction transaction(Transaction t, PartyId to) {
        return new Transaction(t.id(), to, t.type(), t.date(), t.amount(), t.margin(), t.status(),
                t.externalReference());
    }

    static ConsentEvent consentEvent(ConsentEvent e, PartyId to) {
        return new ConsentEvent(e.id(), to, e.contactPoint(), e.channel(), e.purpose(), e.action(), e.at(),
                e.recordedAt(), e.source(), e.evidence(), e.validUntil(), e.optIn(), e.confirms(), e.recordedBy());
    }
}
