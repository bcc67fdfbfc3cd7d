package dev.kartoteka.jpa.internal;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.history.Direction;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionChannel;
import dev.kartoteka.core.history.InteractionSummary;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.history.TransactionStatus;
import dev.kartoteka.core.history.TransactionType;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.spi.HistoryStore;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.query.NativeQuery;

/**
 * The {@link HistoryStore} on Jakarta Persistence: interactions and transactions in one table each, every call one
 * {@link UnitOfWork}. Lists come back in a stable order (interactions by time, transactions by day, then id), which the
 * port leaves open.
 *
 * <p>{@link #purchaseSummaries(Currency, LocalDate, LocalDate)} and {@link #interactionSummaries} are each one SQL
 * aggregate grouped by party, computed by the database and streamed in party order: the returned stream holds a
 * connection and a transaction until it is closed, so the caller must close it (e.g. try-with-resources).
 */
public final class JpaHistoryStore implements HistoryStore {

    /** How many summary rows the JDBC driver fetches at a time (PostgreSQL otherwise reads the whole result). */
    static final int FETCH_SIZE = 1_000;

    /**
     * The purchases of one tenant, currency and window of days, summarised per party in one pass: a purchase is an
     * order that is placed or paid (as {@link Transaction#isPurchase()}); the window function marks each party's first
     * purchase day in the window, so the first day's total is summed in the same aggregate. The bounds of the window,
     * {@link #FROM_DAY} and {@link #TO_DAY}, replace the comments {@code from} and {@code to}, or are left out.
     */
    static final String SUMMARIES = """
            select p.party_id as party_id, min(p.transaction_date) as first_purchase,
                   max(p.transaction_date) as last_purchase, count(distinct p.transaction_date) as purchase_days,
                   count(*) as purchases, sum(p.amount) as total,
                   sum(case when p.transaction_date = p.first_day then p.amount else 0 end) as first_day_total,
                   sum(coalesce(p.margin, 0)) as margin_total,
                   max(p.amount_scale) as total_scale,
                   max(case when p.transaction_date = p.first_day then p.amount_scale end) as first_day_scale,
                   max(coalesce(p.margin_scale, 0)) as margin_scale
            from (select t.party_id, t.transaction_date, t.amount, t.margin, t.amount_scale, t.margin_scale,
                         min(t.transaction_date) over (partition by t.party_id) as first_day
                  from kt_transaction t
                  where t.tenant_id = :tenant and t.currency = :currency and t.transaction_type = 'ORDER'
                    and t.status in ('PLACED', 'PAID')/*from*//*to*/) p
            group by p.party_id
            order by p.party_id""";

    /** The lower bound of {@link #SUMMARIES}. */
    static final String FROM_DAY = " and t.transaction_date >= :from";

    /** The upper bound of {@link #SUMMARIES}. */
    static final String TO_DAY = " and t.transaction_date <= :to";

    /**
     * The interactions of one tenant that happened before an instant, summarised per party: each counts for the party
     * it was logged for (as in {@link #interactionsOf}), whatever its contact person. The bound, {@link #BEFORE},
     * replaces the comment {@code before}, or is left out.
     */
    static final String INTERACTION_SUMMARIES = """
            select i.party_id as party_id, min(i.occurred_at) as first_interaction,
                   max(i.occurred_at) as last_interaction, count(*) as interactions
            from kt_interaction i
            where i.tenant_id = :tenant/*before*/
            group by i.party_id
            order by i.party_id""";

    /** The upper bound of {@link #INTERACTION_SUMMARIES}. */
    static final String BEFORE = " and i.occurred_at < :before";

    /**
     * The days every supported database holds alike (MariaDB's {@code date} ends at 9999-12-31; PostgreSQL cannot bind
     * {@link LocalDate#MIN} or {@link LocalDate#MAX}): a bound before the first or after the last is left out of a
     * query rather than bound, as {@link JpaAuditStore} does with instants, taking every stored day to be within.
     */
    static final LocalDate EARLIEST_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST_DAY = LocalDate.of(9999, 12, 31);

    private final UnitOfWork work;

    /**
     * Creates the store.
     *
     * @param work the units of work (tenant, transactions)
     */
    public JpaHistoryStore(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** The row of this tenant's interaction or transaction with an id (ids are unique per tenant). */
    private static <R> R byId(EntityManager em, Class<R> type, UUID id) {
        String key = type == InteractionRow.class ? "interactionId" : "transactionId";
        List<R> found = em.createQuery("select r from " + type.getSimpleName() + " r where r." + key + " = :id", type)
                .setParameter("id", id.toString()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    // ------------------------------------------------------------------------------------------------ interactions

    @Override
    public void insert(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        work.call("insert interaction", em -> {
            if (byId(em, InteractionRow.class, interaction.id()) != null) {
                throw new StateConflictException("An interaction with id " + interaction.id() + " already exists");
            }
            InteractionRow row = new InteractionRow(interaction.id().toString());
            write(interaction, row);
            em.persist(row);
            return null;
        });
    }

    @Override
    public void replace(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        work.call("replace interaction", em -> {
            InteractionRow row = byId(em, InteractionRow.class, interaction.id());
            if (row == null) {
                throw new NotFoundException("interaction", interaction.id());
            }
            write(interaction, row);
            return null;
        });
    }

    /** One transaction: the rows of both tables are read (within the tenant) and re-pointed. */
    @Override
    public void reassign(PartyId from, PartyId to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        work.call("reassign history", em -> {
            for (InteractionRow row : em.createQuery("select i from InteractionRow i where i.partyId = :party "
                    + "or i.contactPersonId = :party", InteractionRow.class)
                    .setParameter("party", from.toString()).getResultList()) {
                if (from.toString().equals(row.partyId)) {
                    row.partyId = to.toString();
                }
                if (from.toString().equals(row.contactPersonId)) {
                    row.contactPersonId = to.toString();
                }
            }
            for (TransactionRow row : em.createQuery("select t from TransactionRow t where t.partyId = :party",
                    TransactionRow.class).setParameter("party", from.toString()).getResultList()) {
                row.partyId = to.toString();
            }
            return null;
        });
    }

    @Override
    public Optional<Interaction> findInteraction(UUID id) {
        Objects.requireNonNull(id, "id");
        return work.call("find interaction", em ->
                Optional.ofNullable(byId(em, InteractionRow.class, id)).map(JpaHistoryStore::read));
    }

    @Override
    public List<Interaction> interactionsOf(PartyId party) {
        Objects.requireNonNull(party, "party");
        return interactions("find interactions of a party", "where i.partyId = :party", party.toString());
    }

    @Override
    public List<Interaction> interactionsWithContactPerson(PartyId person) {
        Objects.requireNonNull(person, "person");
        return interactions("find interactions with a contact person", "where i.contactPersonId = :party",
                person.toString());
    }

    @Override
    public List<Interaction> openFollowUpsDueBy(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return work.call("find follow-ups due", em -> em.createQuery("select i from InteractionRow i "
                        + "where i.followUp <= :day and i.followUpDoneAt is null order by i.followUp, i.interactionId",
                InteractionRow.class).setParameter("day", day).getResultStream().map(JpaHistoryStore::read).toList());
    }

    @Override
    public List<Interaction> allInteractions() {
        return interactions("list all interactions", "", null);
    }

    private List<Interaction> interactions(String operation, String where, String party) {
        return work.call(operation, em -> {
            var query = em.createQuery("select i from InteractionRow i " + where + " order by i.at, i.interactionId",
                    InteractionRow.class);
            if (party != null) {
                query.setParameter("party", party);
            }
            return query.getResultStream().map(JpaHistoryStore::read).toList();
        });
    }

    private static void write(Interaction i, InteractionRow r) {
        r.partyId = i.partyId().toString();
        r.contactPersonId = i.contactPerson().map(PartyId::toString).orElse(null);
        r.type = i.type().name();
        r.direction = i.direction().name();
        r.channel = i.channel().map(Enum::name).orElse(null);
        r.at = i.at();
        r.author = i.author().map(UserId::value).orElse(null);
        r.subject = i.subject();
        r.outcome = i.outcome().orElse(null);
        r.followUp = i.followUp().orElse(null);
        r.followUpDoneAt = i.followUpDoneAt().orElse(null);
    }

    private static Interaction read(InteractionRow r) {
        return new Interaction(UUID.fromString(r.interactionId), PartyId.parse(r.partyId),
                Optional.ofNullable(r.contactPersonId).map(PartyId::parse), InteractionType.valueOf(r.type),
                Direction.valueOf(r.direction), Optional.ofNullable(r.channel).map(InteractionChannel::valueOf), r.at,
                Optional.ofNullable(r.author).map(UserId::of), r.subject, Optional.ofNullable(r.outcome),
                Optional.ofNullable(r.followUp), Optional.ofNullable(r.followUpDoneAt));
    }

    // ------------------------------------------------------------------------------------------------ transactions

    @Override
    public void insert(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        work.call("insert transaction", em -> {
            if (byId(em, TransactionRow.class, transaction.id()) != null) {
                throw new StateConflictException("A transaction with id " + transaction.id() + " already exists");
            }
            TransactionRow row = new TransactionRow(transaction.id().toString());
            write(transaction, row);
            em.persist(row);
            return null;
        });
    }

    @Override
    public void replace(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        work.call("replace transaction", em -> {
            TransactionRow row = byId(em, TransactionRow.class, transaction.id());
            if (row == null) {
                throw new NotFoundException("transaction", transaction.id());
            }
            write(transaction, row);
            return null;
        });
    }

    @Override
    public Optional<Transaction> findTransaction(UUID id) {
        Objects.requireNonNull(id, "id");
        return work.call("find transaction", em ->
                Optional.ofNullable(byId(em, TransactionRow.class, id)).map(JpaHistoryStore::read));
    }

    @Override
    public List<Transaction> transactionsOf(PartyId party) {
        Objects.requireNonNull(party, "party");
        return work.call("find transactions of a party", em -> em.createQuery("select t from TransactionRow t "
                        + "where t.partyId = :party order by t.date, t.transactionId", TransactionRow.class)
                .setParameter("party", party.toString()).getResultStream().map(JpaHistoryStore::read).toList());
    }

    private static void write(Transaction t, TransactionRow r) {
        r.partyId = t.partyId().toString();
        r.type = t.type().name();
        r.date = t.date();
        r.currency = t.amount().currency().getCurrencyCode();
        r.amount = t.amount().amount();
        r.amountScale = t.amount().amount().scale();
        r.margin = t.margin().map(Money::amount).orElse(null);
        r.marginScale = t.margin().map(m -> m.amount().scale()).orElse(null);
        r.status = t.status().name();
        r.externalReference = t.externalReference().orElse(null);
    }

    private static Transaction read(TransactionRow r) {
        Currency currency = Currency.getInstance(r.currency);
        Optional<Money> margin = r.margin == null ? Optional.empty()
                : Optional.of(new Money(r.margin.setScale(r.marginScale), currency));
        return new Transaction(UUID.fromString(r.transactionId), PartyId.parse(r.partyId), TransactionType.valueOf(r.type),
                r.date, new Money(r.amount.setScale(r.amountScale), currency), margin,
                TransactionStatus.valueOf(r.status), Optional.ofNullable(r.externalReference));
    }

    // ------------------------------------------------------------------------------------------- purchase summaries

    /**
     * {@inheritDoc}
     *
     * <p>One SQL aggregate ({@value #SUMMARIES}), streamed with a JDBC fetch size of {@value #FETCH_SIZE}: the stream
     * holds a database connection and a transaction until it is closed, so close it (try-with-resources). A bound
     * outside the days a database column holds (0001-01-01 to 9999-12-31) is left out of the query: no stored day is
     * beyond it.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    @Override
    public Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate from, LocalDate to) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (from.isAfter(LATEST_DAY) || to.isBefore(EARLIEST_DAY)) {
            return Stream.empty();
        }
        Optional<LocalDate> lower = from.isAfter(EARLIEST_DAY) ? Optional.of(from) : Optional.empty();
        Optional<LocalDate> upper = to.isBefore(LATEST_DAY) ? Optional.of(to) : Optional.empty();
        return work.stream("summarise purchases", em -> summaries(em, work.tenantOf(em), currency, lower, upper));
    }

    @SuppressWarnings("unchecked")
    private static Stream<PurchaseSummary> summaries(EntityManager em, String tenant, Currency currency,
                                                     Optional<LocalDate> from, Optional<LocalDate> to) {
        String sql = SUMMARIES.replace("/*from*/", from.isPresent() ? FROM_DAY : "")
                .replace("/*to*/", to.isPresent() ? TO_DAY : "");
        NativeQuery<Object[]> query = (NativeQuery<Object[]>) em.createNativeQuery(sql, Object[].class)
                .unwrap(NativeQuery.class);
        query.addScalar("party_id", String.class).addScalar("first_purchase", LocalDate.class)
                .addScalar("last_purchase", LocalDate.class).addScalar("purchase_days", Long.class)
                .addScalar("purchases", Long.class).addScalar("total", BigDecimal.class)
                .addScalar("first_day_total", BigDecimal.class).addScalar("margin_total", BigDecimal.class)
                .addScalar("total_scale", Integer.class).addScalar("first_day_scale", Integer.class)
                .addScalar("margin_scale", Integer.class);
        query.setParameter("tenant", tenant).setParameter("currency", currency.getCurrencyCode());
        from.ifPresent(day -> query.setParameter("from", day));
        to.ifPresent(day -> query.setParameter("to", day));
        query.setFetchSize(FETCH_SIZE).setReadOnly(true);
        return query.getResultStream().map(row -> new PurchaseSummary(PartyId.parse((String) row[0]), currency,
                (LocalDate) row[1], (LocalDate) row[2], Math.toIntExact((Long) row[3]), (Long) row[4],
                // sums at the scale the same sums have in memory: the largest scale among the amounts added (the
                // columns hold four decimals, so this never rounds)
                atScale((BigDecimal) row[5], Math.max(0, (Integer) row[8])),
                atScale((BigDecimal) row[6], (Integer) row[9]),
                atScale((BigDecimal) row[7], Math.max(0, (Integer) row[10]))));
    }

    private static BigDecimal atScale(BigDecimal sum, int scale) {
        return sum.setScale(scale, java.math.RoundingMode.UNNECESSARY);
    }

    // ----------------------------------------------------------------------------------------- interaction summaries

    /**
     * {@inheritDoc}
     *
     * <p>One SQL aggregate ({@value #INTERACTION_SUMMARIES}), streamed with a JDBC fetch size of {@value #FETCH_SIZE}:
     * the stream holds a database connection and a transaction until it is closed, so close it (try-with-resources).
     * An end of day outside the instants a database column holds (0001-01-01T00:00Z to 9999-12-31T23:59:59.999999Z)
     * is left out of the query: no stored instant is beyond it.
     */
    @Override
    public Stream<InteractionSummary> interactionSummaries(LocalDate asOf, ZoneId zone) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Optional<Instant> before = asOf.equals(LocalDate.MAX) ? Optional.empty()
                : Optional.of(asOf.plusDays(1).atStartOfDay(zone).toInstant());
        if (before.isPresent() && !before.get().isAfter(JpaAuditStore.EARLIEST)) {
            return Stream.empty();
        }
        Optional<Instant> bound = before.filter(b -> !b.isAfter(JpaAuditStore.LATEST));
        return work.stream("summarise interactions", em -> interactionSummaries(em, work.tenantOf(em), bound));
    }

    @SuppressWarnings("unchecked")
    private static Stream<InteractionSummary> interactionSummaries(EntityManager em, String tenant,
                                                                   Optional<Instant> before) {
        String sql = INTERACTION_SUMMARIES.replace("/*before*/", before.isPresent() ? BEFORE : "");
        NativeQuery<Object[]> query = (NativeQuery<Object[]>) em.createNativeQuery(sql, Object[].class)
                .unwrap(NativeQuery.class);
        query.addScalar("party_id", String.class).addScalar("first_interaction", Instant.class)
                .addScalar("last_interaction", Instant.class).addScalar("interactions", Long.class);
        query.setParameter("tenant", tenant);
        before.ifPresent(b -> query.setParameter("before", b));
        query.setFetchSize(FETCH_SIZE).setReadOnly(true);
        return query.getResultStream().map(row -> new InteractionSummary(PartyId.parse((String) row[0]),
                (Instant) row[1], (Instant) row[2], (Long) row[3]));
    }
}
