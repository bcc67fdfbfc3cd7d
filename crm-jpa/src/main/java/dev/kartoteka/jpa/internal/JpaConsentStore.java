package dev.kartoteka.jpa.internal;

import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.consent.ConsentAction;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.consent.OptInState;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.spi.ConsentStore;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The {@link ConsentStore} on Jakarta Persistence: the ledger is one table whose key is the append position
 * ({@link AppendedRow}), so a party's events are read in the order they were appended; every call is one
 * {@link UnitOfWork}. An anonymised event that moves to another party is appended there anew (a new position), as the
 * in-memory store does.
 */
public final class JpaConsentStore implements ConsentStore {

    private final UnitOfWork work;

    /**
     * Creates the store.
     *
     * @param work the units of work (tenant, transactions)
     */
    public JpaConsentStore(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public void append(ConsentEvent event) {
        Objects.requireNonNull(event, "event");
        work.call("append consent event", em -> {
            if (byId(em, event.id()) != null) {
                throw new StateConflictException("A consent event with id " + event.id() + " already exists");
            }
            ConsentEventRow row = new ConsentEventRow(event.id().toString());
            row.seq = AppendOrder.next(em, 1)[0];
            write(event, row);
            em.persist(row);
            return null;
        });
    }

    @Override
    public List<ConsentEvent> eventsOf(PartyId party) {
        Objects.requireNonNull(party, "party");
        return work.call("find consent events of a party", em -> rowsOf(em, party).stream()
                .map(JpaConsentStore::read).toList());
    }

    @Override
    public Optional<ConsentEvent> find(UUID id) {
        Objects.requireNonNull(id, "id");
        return work.call("find consent event", em -> Optional.ofNullable(byId(em, id)).map(JpaConsentStore::read));
    }

    @Override
    public void anonymise(PartyId party, UnaryOperator<ConsentEvent> anonymise) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(anonymise, "anonymise");
        work.call("anonymise consent events", em -> {
            List<ConsentEventRow> rows = rowsOf(em, party);
            List<ConsentEvent> replaced = new ArrayList<>(rows.size());
            for (ConsentEventRow row : rows) {
                ConsentEvent before = read(row);
                ConsentEvent after = anonymise.apply(before);
                if (!after.id().equals(before.id())) {
                    throw new IllegalArgumentException("anonymising must keep the event's id");
                }
                replaced.add(after);
            }
            List<ConsentEvent> moving = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ConsentEvent after = replaced.get(i);
                if (after.partyId().equals(party)) {
                    write(after, rows.get(i));
                } else {
                    em.remove(rows.get(i));
                    moving.add(after);
                }
            }
            if (!moving.isEmpty()) {
                em.flush(); // the removed rows go first: the moved events keep their ids
                for (ConsentEvent e : moving) {
                    ConsentEventRow row = new ConsentEventRow(e.id().toString());
                    row.seq = AppendOrder.next(em, 1)[0];
                    write(e, row);
                    em.persist(row);
                }
            }
            return null;
        });
    }

    private static List<ConsentEventRow> rowsOf(EntityManager em, PartyId party) {
        return em.createQuery("select e from ConsentEventRow e where e.partyId = :party order by e.seq",
                ConsentEventRow.class).setParameter("party", party.toString()).getResultList();
    }

    private static ConsentEventRow byId(EntityManager em, UUID id) {
        List<ConsentEventRow> found = em.createQuery("select e from ConsentEventRow e where e.eventId = :id",
                ConsentEventRow.class).setParameter("id", id.toString()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static void write(ConsentEvent e, ConsentEventRow r) {
        r.partyId = e.partyId().toString();
        Identifier point = e.contactPoint().orElse(null);
        r.contactPointType = point == null ? null : point.type().name();
        r.contactPoint = point == null ? null : point.value();
        r.contactPointExtension = point instanceof PhoneNumber phone ? phone.extension().orElse(null) : null;
        r.channel = e.channel().name();
        r.purpose = e.purpose().code();
        r.action = e.action().name();
        r.at = e.at();
        r.recordedAt = e.recordedAt();
        r.source = e.source().name();
        r.evidence = e.evidence().orElse(null);
        r.validUntil = e.validUntil().orElse(null);
        r.optIn = e.optIn().name();
        r.confirms = e.confirms().map(UUID::toString).orElse(null);
        r.recordedBy = e.recordedBy().map(UserId::value).orElse(null);
    }

    private static ConsentEvent read(ConsentEventRow r) {
        return new ConsentEvent(UUID.fromString(r.eventId), PartyId.parse(r.partyId), contactPoint(r),
                ConsentChannel.valueOf(r.channel), new ConsentPurpose(r.purpose), ConsentAction.valueOf(r.action),
                r.at, r.recordedAt, ConsentSource.valueOf(r.source), Optional.ofNullable(r.evidence),
                Optional.ofNullable(r.validUntil), OptInState.valueOf(r.optIn),
                Optional.ofNullable(r.confirms).map(UUID::fromString), Optional.ofNullable(r.recordedBy)
                        .map(UserId::of));
    }

    /** The contact point as written: consents name e-mail addresses and phone numbers only. */
    private static Optional<Identifier> contactPoint(ConsentEventRow r) {
        if (r.contactPoint == null) {
            return Optional.empty();
        }
        return Optional.of(switch (r.contactPointType) {
            case "EMAIL" -> Email.of(r.contactPoint);
            case "PHONE" -> PhoneNumber.parse(r.contactPointExtension == null ? r.contactPoint
                    : r.contactPoint + " ext. " + r.contactPointExtension);
            default -> throw new IllegalStateException("a consent names an e-mail address or a phone number, not a "
                    + r.contactPointType);
        });
    }
}
