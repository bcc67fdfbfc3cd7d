package dev.kartoteka.jpa.internal;

import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.StorageException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call of a storage port = one unit of work: a session opened for the current tenant, one transaction, committed
 * at the end or rolled back whole. Database exceptions are translated here, at the module edge, into Kartoteka's
 * exceptions; their messages carry the SQL state and the constraint, never the values (a driver's message often
 * quotes them).
 *
 * <p>With a host's entity manager (container- or Spring-managed transactions), the work joins the host's transaction
 * instead: it is flushed, not committed, and the tenant is the one of the host's session.
 */
public final class UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(UnitOfWork.class);

    private final SessionFactory factory;
    private final Supplier<EntityManager> hostEntityManager;
    private final Supplier<String> tenant;

    private UnitOfWork(SessionFactory factory, Supplier<EntityManager> hostEntityManager, Supplier<String> tenant) {
        this.factory = factory;
        this.hostEntityManager = hostEntityManager;
        this.tenant = tenant;
    }

    /**
     * Units of work on Kartoteka's own session factory.
     *
     * @param factory the factory
     * @param tenant resolves the tenant of each unit of work
     * @return the units of work
     */
    public static UnitOfWork owned(SessionFactory factory, Supplier<String> tenant) {
        return new UnitOfWork(Objects.requireNonNull(factory, "factory"), null, Objects.requireNonNull(tenant, "tenant"));
    }

    /**
     * Units of work that join the host's transaction on the host's entity manager.
     *
     * @param entityManager returns the entity manager of the current transaction (e.g. a container-injected one)
     * @param tenant the tenant the host's sessions are opened for (used for the rows without a tenant filter)
     * @return the units of work
     */
    public static UnitOfWork hosted(Supplier<EntityManager> entityManager, Supplier<String> tenant) {
        return new UnitOfWork(null, Objects.requireNonNull(entityManager, "entityManager"),
                Objects.requireNonNull(tenant, "tenant"));
    }

    /** @return the tenant of a unit of work starting now */
    public String tenant() {
        if (hostEntityManager != null) {
            Object t = hostEntityManager.get().unwrap(Session.class).getTenantIdentifierValue();
            return t != null ? t.toString() : requireTenant(tenant.get());
        }
        return requireTenant(tenant.get());
    }

    private static String requireTenant(String t) {
        if (t == null || t.isBlank() || t.length() > 64) {
            throw new IllegalStateException("the tenant must be a non-blank text of at most 64 characters, was "
                    + (t == null ? "null" : "'" + t + "'"));
        }
        return t;
    }

    /**
     * Runs {@code work} in one transaction.
     *
     * @param operation what is done, for messages (no personal data)
     * @param work the work; may throw Kartoteka's exceptions, which pass unchanged after the rollback
     * @param <T> the result type
     * @return the work's result
     */
    public <T> T call(String operation, Function<EntityManager, T> work) {
        if (hostEntityManager != null) {
            EntityManager em = hostEntityManager.get();
            try {
                T result = work.apply(em);
                em.flush();
                return result;
            } catch (RuntimeException e) {
                throw translate(operation, e);
            }
        }
        Session session = factory.withOptions().tenantIdentifier((Object) tenant()).openSession();
        return inTransaction(operation, session, () -> {
            T result = work.apply(session);
            session.flush();
            return result;
        });
    }

    /** Runs {@code work} in one transaction of {@code session}: committed, or rolled back and translated; closed. */
    private <T> T inTransaction(String operation, org.hibernate.SharedSessionContract session,
                                java.util.function.Supplier<T> work) {
        Transaction tx = null;
        try {
            tx = session.beginTransaction();
            planEachStatement(session);
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx != null && tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            throw translate(operation, e);
        } finally {
            session.close();
        }
    }

    /**
     * Runs {@code work} in a transaction that stays open while its result is read: the session and its connection are
     * released when the returned stream is closed (the caller must close it, e.g. with try-with-resources), so a
     * query's rows can be streamed from the database instead of being loaded whole. They are also released as soon as
     * the last row has been read, but a stream left unclosed before its end (e.g. after {@code findFirst()}) keeps its
     * connection and transaction. The transaction only reads and is rolled back at the release. Failures while reading
     * are translated like those of {@link #call}.
     *
     * <p>With a host's entity manager, the stream reads in the host's transaction and closing it closes only the
     * query's results.
     *
     * @param operation what is done, for messages (no personal data)
     * @param work returns the stream of rows; it is closed with the returned stream
     * @param <T> the element type
     * @return the stream; close it
     */
    public <T> Stream<T> stream(String operation, Function<EntityManager, Stream<T>> work) {
        if (hostEntityManager != null) {
            try {
                Stream<T> rows = work.apply(hostEntityManager.get());
                return translating(operation, rows, once(rows::close));
            } catch (RuntimeException e) {
                throw translate(operation, e);
            }
        }
        String t = tenant();
        Session session = factory.withOptions().tenantIdentifier((Object) t).openSession();
        Transaction tx = null;
        try {
            session.setDefaultReadOnly(true);
            tx = session.beginTransaction();
            planEachStatement(session);
            Transaction started = tx;
            Stream<T> rows = work.apply(session);
            return translating(operation, rows, once(() -> {
                try {
                    rows.close();
                } finally {
                    end(operation, session, started);
                }
            }));
        } catch (RuntimeException e) {
            if (tx != null && tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            session.close();
            throw translate(operation, e);
        }
    }

    private static void end(String operation, Session session, Transaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            throw translate(operation, e);
        } finally {
            session.close();
        }
    }

    private static Runnable once(Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    /** {@code rows} with its failures translated; {@code release} runs after the last row and at the close. */
    private static <T> Stream<T> translating(String operation, Stream<T> rows, Runnable release) {
        Spliterator<T> source;
        try {
            source = rows.spliterator();
        } catch (RuntimeException e) {
            release.run();
            throw translate(operation, e);
        }
        Spliterator<T> translated = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                boolean more;
                try {
                    more = source.tryAdvance(action);
                } catch (RuntimeException e) {
                    throw translate(operation, e);
                }
                if (!more) {
                    release.run();
                }
                return more;
            }
        };
        return StreamSupport.stream(translated, false).onClose(release);
    }

    /**
     * The tenant of the unit of work that {@code em} belongs to: the tenant its session was opened for (resolved once
     * per unit of work).
     *
     * @param em the entity manager of the current unit of work
     * @return its tenant
     */
    public String tenantOf(EntityManager em) {
        Object t = em.unwrap(Session.class).getTenantIdentifierValue();
        return t != null ? t.toString() : tenant();
    }

    /**
     * Lets go of entities a unit of work has finished reading: the whole persistence context of Kartoteka's own
     * session, but only the given entities of a host's, whose own pending changes must survive.
     *
     * @param em the entity manager of the current unit of work
     * @param entities the entities to let go of
     */
    public void release(EntityManager em, Iterable<?> entities) {
        if (hostEntityManager == null) {
            em.clear();
        } else {
            entities.forEach(em::detach);
        }
    }

    /** @return whether the units of work join a host's entity manager (no stateless sessions then) */
    public boolean hosted() {
        return hostEntityManager != null;
    }

    /**
     * Runs {@code work} in one transaction on a stateless session (no persistence context, JDBC batching), for bulk
     * writes; only for Kartoteka's own factory.
     *
     * @param operation what is done, for messages
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     * @throws IllegalStateException with a host's entity manager
     */
    public <T> T callStateless(String operation, Function<StatelessSession, T> work) {
        if (hostEntityManager != null) {
            throw new IllegalStateException("stateless sessions need Kartoteka's own factory");
        }
        StatelessSession session = factory.withStatelessOptions().tenantIdentifier((Object) tenant())
                .openStatelessSession();
        return inTransaction(operation, session, () -> work.apply(session));
    }

    /**
     * On PostgreSQL, plans every statement of this transaction for its actual values ({@code SET LOCAL
     * plan_cache_mode = force_custom_plan}, gone at commit, so a host's connections are not changed). Kartoteka's
     * look-ups by lists of ids and keys are prepared statements with up to a thousand parameters; after five runs
     * PostgreSQL would switch to a generic plan, which on tables whose statistics lag behind a bulk load picks an index
     * matching only the tenant and then compares every row with the whole list (seen: 1.4 s instead of 10 ms).
     */
    private void planEachStatement(org.hibernate.SharedSessionContract session) {
        planCacheMode(session, "force_custom_plan");
    }

    /**
     * On PostgreSQL, lets the rest of this transaction reuse the plans of its prepared statements again ({@code SET
     * LOCAL plan_cache_mode = auto}): for bulk inserts, whose multi-row statements have thousands of parameters and
     * one obvious plan, planning each run anew costs more than the insert (measured: the audit trail's bulk append
     * took twice as long). Call it after the transaction's look-ups, before its inserts.
     *
     * @param session the session of the running transaction
     */
    void reusePlansForInserts(org.hibernate.SharedSessionContract session) {
        if (hostEntityManager == null) {
            planCacheMode(session, "auto");
        }
    }

    private void planCacheMode(org.hibernate.SharedSessionContract session, String mode) {
        if (postgres == null) {
            postgres = ((org.hibernate.engine.spi.SharedSessionContractImplementor) session).getFactory()
                    .getJdbcServices().getDialect() instanceof org.hibernate.dialect.PostgreSQLDialect;
        }
        if (postgres) {
            session.doWork(connection -> {
                try (java.sql.Statement s = connection.createStatement()) {
                    s.execute("set local plan_cache_mode = " + mode);
                }
            });
        }
    }

    private volatile Boolean postgres;

    /** Translates a failure of {@code operation} into Kartoteka's exceptions. */
    static RuntimeException translate(String operation, RuntimeException e) {
        boolean hibernate = e.getClass().getName().startsWith("org.hibernate.");
        if (e instanceof KartotekaException || !hibernate && (e instanceof IllegalArgumentException
                || e instanceof IllegalStateException || e instanceof NullPointerException)) {
            return e;
        }
        ConstraintViolationException violation = find(e, ConstraintViolationException.class);
        if (violation != null) {
            String constraint = Objects.toString(violation.getConstraintName(), "").toLowerCase(Locale.ROOT);
            if (constraint.contains("kt_party_identifier_unique")) {
                return new DuplicateKeyRace(operation, sanitised(e));
            }
            if (violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
                    || constraint.contains("pkey") || constraint.contains("primary")) {
                return new StateConflictException(operation + ": a row with the same key exists ("
                        + (constraint.isEmpty() ? "unique constraint" : constraint) + ")");
            }
        }
        if (e instanceof PersistenceException || hibernate) {
            SQLException sql = find(e, SQLException.class);
            String state = sql == null ? "" : ", SQL state " + sql.getSQLState();
            LOG.debug("{} failed{}: {}", operation, state, e.getClass().getName());
            return new StorageException(operation + " failed in the database (" + e.getClass().getSimpleName()
                    + state + ")", sanitised(e));
        }
        return e;
    }

    /**
     * The cause a Kartoteka exception keeps: the database exception's classes, SQL state, vendor code and constraint,
     * with its stack trace, but not its message — drivers quote the values of a failing row ({@code Key
     * (unique_key)=(PESEL:…)}), and a cause is printed wherever the exception is logged.
     */
    static DatabaseFailure sanitised(Throwable e) {
        StringBuilder what = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            what.append(what.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                what.append(" [SQL state ").append(sql.getSQLState()).append(", vendor code ")
                        .append(sql.getErrorCode()).append(']');
            }
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null) {
                what.append(" [constraint ").append(c.getConstraintName()).append(']');
            }
        }
        DatabaseFailure failure = new DatabaseFailure(what.toString());
        failure.setStackTrace(e.getStackTrace());
        return failure;
    }

    /** A database failure without its message: see {@link #sanitised}. */
    public static final class DatabaseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseFailure(String what) {
            super(what);
        }
    }

    private static <X extends Throwable> X find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * Two units of work raced for the same unique identifier and the database refused the second; the store turns it
     * into a {@link dev.kartoteka.core.DuplicateIdentifierException} once it knows the holder.
     */
    static final class DuplicateKeyRace extends StorageException {
        private static final long serialVersionUID = 1L;

        DuplicateKeyRace(String operation, Throwable cause) {
            super(operation + ": a unique identifier was taken by a concurrent write", cause);
        }
    }
}
