package dev.kartoteka.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Fills {@code kt_transaction} (crm-jpa's V2 migration) straight with {@code COPY}: orders in one currency of a number
 * of parties, spread over three years before a day, with every column {@code JpaHistoryStore} reads. The table's
 * secondary indexes are dropped for the load and created again from their own definitions afterwards (faster than
 * maintaining them row by row), then the table is analysed. The purchase-summary query does not join {@code kt_party},
 * so the parties are only ids.
 */
final class HistoryLoad {

    /** Statuses by weight: most orders paid, some only placed (both purchases), a few cancelled (not purchases). */
    private static final String[] STATUSES = {"PAID", "PAID", "PAID", "PAID", "PAID", "PAID", "PAID", "PAID", "PAID",
        "PAID", "PAID", "PAID", "PAID", "PAID", "PAID", "PAID", "PAID", "PLACED", "PLACED", "CANCELLED"};

    private HistoryLoad() {
    }

    /** The id of party {@code i} (a version-4-shaped UUID drawn from {@code i}). */
    static String partyId(int i) {
        SplittableRandom r = new SplittableRandom(3L * 1_000_003L + i);
        return new UUID((r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L,
                (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L).toString();
    }

    /**
     * Loads {@code transactions} orders of {@code parties} parties (each order's party drawn at random), dated within
     * the three years up to {@code lastDay}.
     */
    static void load(DataSource dataSource, String tenant, String currency, int parties, int transactions,
                     LocalDate lastDay) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> indexes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select indexname, indexdef from pg_indexes where schemaname = "
                    + "current_schema() and tablename = 'kt_transaction' and indexname <> 'kt_transaction_pkey'")) {
                while (r.next()) {
                    names.add(r.getString(1));
                    indexes.add(r.getString(2));
                }
            }
            for (String name : names) {
                s.execute("drop index " + name);
            }
            c.setAutoCommit(false);
            SplittableRandom random = new SplittableRandom(42);
            int days = (int) (lastDay.toEpochDay() - lastDay.minusYears(3).toEpochDay());
            long firstDay = lastDay.toEpochDay() - days;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(
                    c.unwrap(PGConnection.class), "copy kt_transaction (id, transaction_id, tenant_id, party_id, "
                    + "transaction_type, transaction_date, currency, amount, amount_scale, margin, margin_scale, "
                    + "status, external_reference) from stdin", 1 << 20), StandardCharsets.UTF_8), 1 << 20)) {
                StringBuilder line = new StringBuilder(256);
                for (int i = 0; i < transactions; i++) {
                    long cents = 1_000 + random.nextLong(500_000);
                    line.setLength(0);
                    line.append(i + 1).append('\t')
                            .append(new UUID(random.nextLong(), random.nextLong())).append('\t')
                            .append(tenant).append('\t')
                            .append(partyId(random.nextInt(parties))).append('\t')
                            .append("ORDER\t")
                            .append(LocalDate.ofEpochDay(firstDay + random.nextInt(days + 1))).append('\t')
                            .append(currency).append('\t')
                            .append(cents / 100).append('.').append(two(cents % 100)).append("\t2\t");
                    if (random.nextInt(10) < 7) {
                        long margin = cents / 5;
                        line.append(margin / 100).append('.').append(two(margin % 100)).append("\t2\t");
                    } else {
                        line.append("\\N\t\\N\t");
                    }
                    line.append(STATUSES[random.nextInt(STATUSES.length)]).append("\t\\N\n");
                    out.append(line);
                }
            }
            c.commit();
            c.setAutoCommit(true);
            for (String index : indexes) {
                s.execute(index);
            }
            // ids were given here, not drawn: keep the row sequence ahead of them for any later insert
            s.execute("alter sequence kt_row_seq restart with " + (transactions + 1L));
            s.execute("analyze kt_transaction");
        }
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }
}
