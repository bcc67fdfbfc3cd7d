package dev.kartoteka.jpa.internal;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.AuditJson;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.spi.AuditStore;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The {@link AuditStore} on Jakarta Persistence: entries in one table keyed by their append position
 * ({@link AppendedRow}), each with its field changes as one JSON array ({@link AuditJson}); every call is one
 * {@link UnitOfWork}. Every list comes back in the order appended.
 */
public final class JpaAuditStore implements AuditStore {

    /** How many entries {@link #rewrite} holds in memory at a time. */
    static final int CHUNK = 500;

    /** Bounds before this instant (or after {@link #LATEST}) are left out of a query: every stored instant is within. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private final UnitOfWork work;

    /**
     * Creates the store.
     *
     * @param work the units of work (tenant, transactions)
     */
    public JpaAuditStore(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public void append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        work.call("append audit entry", em -> {
            AuditEntryRow row = new AuditEntryRow(entry.id().toString());
            row.seq = AppendOrder.next(em, 1)[0];
            row.partyId = entry.partyId().toString();
            write(entry, row);
            em.persist(row);
            return null;
        });
    }

    /** Appends the entries in one transaction, in order (a bulk creation's entries: one batch, not one each). */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.isEmpty()) {
            return;
        }
        if (work.hosted()) {
            work.call("append audit entries", em -> {
                long[] places = AppendOrder.next(em, entries.size());
                int i = 0;
                for (AuditEntry entry : entries) {
                    AuditEntryRow row = new AuditEntryRow(entry.id().toString());
                    row.seq = places[i++];
                    row.partyId = entry.partyId().toString();
                    write(entry, row);
                    em.persist(row);
                }
                return null;
            });
            return;
        }
        // a stateless session: no persistence context to flush, the rows inserted in JDBC batches
        work.callStateless("append audit entries", session -> {
            long[] places = AppendOrder.next(session, entries.size());
            work.reusePlansForInserts(session);
            List<AuditEntryRow> rows = new ArrayList<>(entries.size());
            int i = 0;
            for (AuditEntry entry : entries) {
                AuditEntryRow row = new AuditEntryRow(entry.id().toString());
                row.seq = places[i++];
                row.partyId = entry.partyId().toString();
                write(entry, row);
                rows.add(row);
            }
            session.insertMultiple(rows);
            return null;
        });
    }

    @Override
    public List<AuditEntry> ofParty(PartyId party) {
        Objects.requireNonNull(party, "party");
        return work.call("read the audit trail of a party", em -> read(em.createQuery("select e from AuditEntryRow e "
                + "where e.partyId = :party order by e.seq", AuditEntryRow.class)
                .setParameter("party", party.toString())));
    }

    @Override
    public List<AuditEntry> query(Optional<UserId> actor, Instant from, Instant to) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        actor.ifPresent(a -> where.append(" and e.actor = :actor"));
        boolean lower = !from.isBefore(EARLIEST);
        boolean upper = !to.isAfter(LATEST);
        if (lower) {
            where.append(" and e.at >= :from");
        }
        if (upper) {
            where.append(" and e.at < :to");
        }
        return work.call("query the audit trail", em -> {
            TypedQuery<AuditEntryRow> q = em.createQuery("select e from AuditEntryRow e" + where + " order by e.seq",
                    AuditEntryRow.class);
            actor.ifPresent(a -> q.setParameter("actor", a.value()));
            if (lower) {
                q.setParameter("from", from);
            }
            if (upper) {
                q.setParameter("to", to);
            }
            return read(q);
        });
    }

    @Override
    public void rewrite(UnaryOperator<AuditEntry> rewrite) {
        Objects.requireNonNull(rewrite, "rewrite");
        work.call("rewrite the audit trail", em -> {
            long after = Long.MIN_VALUE;
            while (true) {
                List<AuditEntryRow> rows = em.createQuery("select e from AuditEntryRow e where e.seq > :after "
                        + "order by e.seq", AuditEntryRow.class).setParameter("after", after).setMaxResults(CHUNK)
                        .getResultList();
                if (rows.isEmpty()) {
                    return null;
                }
                for (AuditEntryRow row : rows) {
                    AuditEntry before = read(row);
                    AuditEntry r = rewrite.apply(before);
                    if (!r.id().equals(before.id()) || !r.partyId().equals(before.partyId())) {
                        throw new IllegalArgumentException("rewriting must keep the entry's id and party");
                    }
                    if (!r.equals(before)) {
                        write(r, row);
                    }
                }
                after = rows.get(rows.size() - 1).seq;
                em.flush();
                work.release(em, rows);
            }
        });
    }

    private static List<AuditEntry> read(TypedQuery<AuditEntryRow> query) {
        return query.getResultList().stream().map(JpaAuditStore::read).toList();
    }

    /** Writes every field but the id and the party. */
    private static void write(AuditEntry e, AuditEntryRow r) {
        r.at = e.at();
        r.actor = e.actor().map(UserId::value).orElse(null);
        r.action = e.action();
        r.reason = e.reason().orElse(null);
        r.changes = AuditJson.changesToJson(e.changes());
    }

    private static AuditEntry read(AuditEntryRow r) {
        List<FieldChange> changes = AuditJson.changesFromJson(r.changes);
        return new AuditEntry(UUID.fromString(r.entryId), r.at, Optional.ofNullable(r.actor).map(UserId::of),
                PartyId.parse(r.partyId), r.action, changes, Optional.ofNullable(r.reason));
    }
}
