package dev.kartoteka.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.SharedSessionContract;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Places in the append-only logs: values of {@code kt_append_seq}, taken one per row when the row is appended, but a
 * whole batch's in one statement (PostgreSQL {@code generate_series}, H2 {@code system_range}, MariaDB's
 * {@code seq_1_to_n}), so appending a thousand audit entries costs one round trip for their places, not a thousand.
 */
final class AppendOrder {

    private AppendOrder() {
    }

    /** The next {@code n} places, ascending. */
    static long[] next(EntityManager em, int n) {
        return next(em.unwrap(SharedSessionContractImplementor.class), n);
    }

    /** The next {@code n} places, ascending. */
    static long[] next(SharedSessionContract session, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        Dialect dialect = ((SharedSessionContractImplementor) session).getFactory().getJdbcServices().getDialect();
        String sql;
        if (dialect instanceof PostgreSQLDialect) {
            sql = "select nextval('kt_append_seq') from generate_series(1, " + n + ")";
        } else if (dialect instanceof MariaDBDialect) {
            sql = "select nextval(kt_append_seq) from seq_1_to_" + n;
        } else if (dialect instanceof H2Dialect) {
            sql = "select next value for kt_append_seq from system_range(1, " + n + ")";
        } else {
            throw new IllegalStateException("no append order for " + dialect.getClass().getSimpleName());
        }
        List<?> values = session.createNativeQuery(sql, Long.class).getResultList();
        if (values.size() != n) {
            throw new IllegalStateException("asked kt_append_seq for " + n + " values, got " + values.size());
        }
        return values.stream().mapToLong(v -> ((Number) v).longValue()).sorted().toArray();
    }
}
