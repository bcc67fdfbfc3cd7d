package dev.kartoteka.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.registry.BulkResult;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.PartyStore;
import dev.kartoteka.jpa.KartotekaJpa;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;

/**
 * crm-jpa on PostgreSQL, each figure beside a plain-JDBC baseline of the same work in the same run; every measurement
 * is repeated ({@code -Dkt.runs}, default 3) and the median printed.
 *
 * <ol>
 *   <li>{@code bulk}: {@code ClientRegistry.createAll(companies, 1000, progress)} of 100,000 companies (an e-mail
 *       address and a phone or an address, one dated contact person, five custom-field values) on a registry from
 *       {@code KartotekaJpa.create(dataSource).registryBuilder().build()}, against {@code COPY … FROM STDIN} of the same
 *       rows ({@link CopyBaseline}). Each run gets a fresh schema, migrated by Kartoteka, with the custom-field schema
 *       and the pool of contact persons created through the registry before the clock starts. Also: the same
 *       {@code createAll} with the audit trail in memory ({@code AuditStore.inMemory()}), for the audit's share, and
 *       one run with the stores' calls timed and Hibernate's statistics on, for where the time goes.</li>
 *   <li>{@code summaries}: {@code historyStore().purchaseSummaries(PLN, asOf)} read to the end over 5,000,000 orders
 *       of 1,000,000 parties loaded by {@link HistoryLoad}, with the heap watched ({@link HeapWatch}); run it with a
 *       small heap ({@code -Xmx256m}) to show that the stream does not hold the result. The same SQL read by plain
 *       JDBC is the baseline.</li>
 * </ol>
 *
 * <p>Run: {@code mvn -B -q -Pbench-jpa -DskipTests verify -pl benchmarks -am} (both parts, each in its own JVM), or
 * {@code java -Xmx256m -cp <runtime class path> dev.kartoteka.benchmarks.JpaBenchmarks summaries}. Settings (system
 * properties): {@code kt.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code kt.user}
 * ({@code postgres}), {@code kt.password} (empty), {@code kt.schema} (prefix of the schemas used, {@code kt_bench}; they
 * are dropped and created again), {@code kt.runs} (3), {@code kt.companies} (100000), {@code kt.persons} (10000),
 * {@code kt.batch} (1000), {@code kt.diagnosticCompanies} (20000), {@code kt.parties} (1000000),
 * {@code kt.transactions} (5000000), {@code kt.reuseHistory} (false: keep a loaded history schema of the same size).
 */
public final class JpaBenchmarks {

    private static final String URL = System.getProperty("kt.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("kt.user", "postgres");
    private static final String PASSWORD = System.getProperty("kt.password", "");
    private static final String SCHEMA = System.getProperty("kt.schema", "kt_bench");
    private static final int RUNS = Integer.getInteger("kt.runs", 3);
    private static final int BATCH = Integer.getInteger("kt.batch", 1_000);

    private static final String[] TABLES = {"kt_party", "kt_party_identifier", "kt_party_name", "kt_contact_point",
        "kt_contact_person"};

    private JpaBenchmarks() {
    }

    /**
     * Runs the parts named in {@code args} ({@code bulk}, {@code diagnostic}, {@code summaries}), all when none is
     * named.
     *
     * @param args the parts
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        Set<String> parts = args.length == 0 ? Set.of("bulk", "diagnostic", "summaries") : Set.of(args);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            System.out.printf("PostgreSQL %s, JDBC driver %s, Java %s, %d processors, max heap %d MB%n",
                    c.getMetaData().getDatabaseProductVersion(), c.getMetaData().getDriverVersion(),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        BulkPopulation population = new BulkPopulation(Integer.getInteger("kt.persons", 10_000),
                Integer.getInteger("kt.companies", 100_000));
        if (parts.contains("bulk")) {
            bulk(population);
        }
        if (parts.contains("diagnostic")) {
            diagnostic(SCHEMA + "_diag", new BulkPopulation(population.persons(),
                    Integer.getInteger("kt.diagnosticCompanies", 20_000)));
        }
        if (parts.contains("summaries")) {
            summaries();
        }
    }

    // ------------------------------------------------------------------------------------------------ bulk insert

    /** One timed bulk write: its time, the rows it added to {@link #TABLES} and to the audit tables. */
    private record Run(long nanos, long rows, long auditRows) {
    }

    private static void bulk(BulkPopulation population) throws Exception {
        String kartotekaSchema = SCHEMA;
        String copySchema = SCHEMA + "_copy";
        System.out.printf("%n== Bulk insert: %,d companies (e-mail + phone or address, 1 contact person from a pool of "
                + "%,d persons, 5 custom-field values), createAll batch %d, %d runs each%n", population.companies(),
                population.persons(), BATCH, RUNS);
        Map<String, List<Run>> results = new LinkedHashMap<>();
        String full = "Kartoteka createAll (JPA audit)";
        String copy = "baseline COPY FROM STDIN";
        String memoryAudit = "Kartoteka createAll (audit in memory)";
        for (int run = 1; run <= RUNS; run++) {
            record(results, full, run, kartoteka(kartotekaSchema, population, true));
            record(results, copy, run, copyBaseline(copySchema, population));
            record(results, memoryAudit, run, kartoteka(kartotekaSchema, population, false));
        }
        System.out.printf("%nMedians of %d runs:%n", RUNS);
        long copyMedian = median(results.get(copy));
        long fullMedian = median(results.get(full));
        for (Map.Entry<String, List<Run>> e : results.entrySet()) {
            long m = median(e.getValue());
            Run any = e.getValue().get(0);
            System.out.printf("  %-40s %9.1f ms  %,10.0f rows/s  %,9.0f companies/s  %5.1f x baseline%n", e.getKey(),
                    m / 1e6, any.rows() / (m / 1e9), population.companies() / (m / 1e9), (double) m / copyMedian);
        }
        long memoryMedian = median(results.get(memoryAudit));
        System.out.printf("  audit trail in the database: %.1f ms of %.1f ms (%.0f%%), %,d audit entries (each with its "
                        + "field changes as JSON)%n",
                (fullMedian - memoryMedian) / 1e6, fullMedian / 1e6, 100.0 * (fullMedian - memoryMedian) / fullMedian,
                results.get(full).get(0).auditRows());
        sameRows(kartotekaSchema, copySchema);
    }

    private static void record(Map<String, List<Run>> results, String name, int run, Run r) {
        results.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
        System.out.printf("  run %d  %-40s %9.1f ms  %,10.0f rows/s  (%,d rows%s; load average %.1f)%n", run, name,
                r.nanos() / 1e6, r.rows() / (r.nanos() / 1e9), r.rows(),
                r.auditRows() > 0 ? " + " + r.auditRows() + " audit rows" : "", loadAverage());
    }

    /** The machine's load average: other processes on the same cores skew the times. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long median(List<Run> runs) {
        long[] nanos = runs.stream().mapToLong(Run::nanos).sorted().toArray();
        return nanos.length % 2 == 1 ? nanos[nanos.length / 2]
                : (nanos[nanos.length / 2 - 1] + nanos[nanos.length / 2]) / 2;
    }

    /** A fresh schema migrated by Kartoteka, with the custom fields defined and the persons created. */
    private static void prepare(ClientRegistry registry, BulkPopulation population) {
        BulkPopulation.defineFields(registry);
        check(registry.createAll(population.personList(), BATCH, Progress.NONE), population.persons());
    }

    private static Run kartoteka(String schema, BulkPopulation population, boolean auditInDatabase)
            throws SQLException {
        recreateSchema(schema);
        try (HikariDataSource ds = pool(schema); KartotekaJpa jpa = KartotekaJpa.create(ds)) {
            ClientRegistry registry = auditInDatabase ? jpa.registryBuilder().build()
                    : ClientRegistry.builder().store(jpa.partyStore()).historyStore(jpa.historyStore())
                    .consentStore(jpa.consentStore()).auditStore(AuditStore.inMemory()).build();
            prepare(registry, population);
            long[] before = counts(ds);
            long auditBefore = count(ds, "kt_audit_entry");
            long[] batches = {0};
            System.gc();
            long start = System.nanoTime();
            BulkResult result = registry.createAll(population.companyList(), BATCH, (done, ok, failed) -> batches[0]++);
            long nanos = System.nanoTime() - start;
            check(result, population.companies());
            return new Run(nanos, added(before, counts(ds)),
                    count(ds, "kt_audit_entry") - auditBefore);
        }
    }

    private static Run copyBaseline(String schema, BulkPopulation population) throws Exception {
        recreateSchema(schema);
        try (HikariDataSource ds = pool(schema)) {
            try (KartotekaJpa jpa = KartotekaJpa.create(ds)) {
                prepare(jpa.registryBuilder().build(), population);
            }
            long[] before = counts(ds);
            System.gc();
            long start = System.nanoTime();
            long copied = new CopyBaseline(KartotekaJpa.DEFAULT_TENANT).write(ds, population.companyList());
            long nanos = System.nanoTime() - start;
            long rows = added(before, counts(ds));
            if (rows != copied) {
                throw new IllegalStateException("COPY reported " + copied + " rows, the tables grew by " + rows);
            }
            return new Run(nanos, rows, 0);
        }
    }

    /** One run with the stores' calls timed and Hibernate's statistics on: where does the time go. */
    private static void diagnostic(String schema, BulkPopulation population) throws SQLException {
        System.out.printf("%n== Where createAll spends its time: 1 run of %,d companies, store calls timed, Hibernate "
                + "statistics on (both add overhead)%n", population.companies());
        recreateSchema(schema);
        try (HikariDataSource ds = pool(schema);
             KartotekaJpa jpa = KartotekaJpa.builder().dataSource(ds).property("hibernate.generate_statistics", true)
                     .build()) {
            CallTimes times = new CallTimes();
            ClientRegistry registry = ClientRegistry.builder().store(times.wrap(PartyStore.class, jpa.partyStore()))
                    .historyStore(jpa.historyStore()).consentStore(jpa.consentStore())
                    .auditStore(times.wrap(AuditStore.class, jpa.auditStore())).build();
            prepare(registry, population);
            times.reset();
            Statistics stats = jpa.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
            stats.clear();
            long start = System.nanoTime();
            check(registry.createAll(population.companyList(), BATCH, Progress.NONE), population.companies());
            long nanos = System.nanoTime() - start;
            System.out.printf("  createAll: %.1f ms, %.1f µs per company%n", nanos / 1e6,
                    nanos / 1e3 / population.companies());
            System.out.println("  store calls (time inside the store; the rest is the registry's own work):");
            times.print("    ", nanos);
            System.out.printf("  Hibernate: %,d sessions, %,d transactions, %,d JDBC statements prepared, %,d queries "
                            + "run, %,d entities loaded, %,d collections fetched, %,d entities inserted%n",
                    stats.getSessionOpenCount(), stats.getTransactionCount(), stats.getPrepareStatementCount(),
                    stats.getQueryExecutionCount(), stats.getEntityLoadCount(), stats.getCollectionFetchCount(),
                    stats.getEntityInsertCount());
            System.out.println("  queries by total time:");
            Arrays.stream(stats.getQueries()).map(q -> Map.entry(q, stats.getQueryStatistics(q)))
                    .sorted((a, b) -> Long.compare(b.getValue().getExecutionTotalTime(),
                            a.getValue().getExecutionTotalTime()))
                    .limit(6).forEach(e -> {
                        QueryStatistics q = e.getValue();
                        System.out.printf("    %,9d × %8d ms  %s%n", q.getExecutionCount(), q.getExecutionTotalTime(),
                                abbreviate(e.getKey()));
                    });
        }
    }

    private static String abbreviate(String query) {
        String q = query.replaceAll("\\s+", " ");
        return q.length() > 110 ? q.substring(0, 107) + "..." : q;
    }

    private static void check(BulkResult result, int expected) {
        if (result.created() != expected || !result.rejected().isEmpty()) {
            throw new IllegalStateException("created " + result.created() + " of " + expected + "; first rejection: "
                    + result.rejected().stream().findFirst().map(r -> r.reason().getMessage()).orElse("none"));
        }
    }

    private static long[] counts(DataSource ds) throws SQLException {
        long[] out = new long[TABLES.length];
        for (int i = 0; i < TABLES.length; i++) {
            out[i] = count(ds, TABLES[i]);
        }
        return out;
    }

    private static long added(long[] before, long[] after) {
        long sum = 0;
        for (int i = 0; i < before.length; i++) {
            sum += after[i] - before[i];
        }
        return sum;
    }

    private static long count(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Checks that Kartoteka and the baseline wrote the same rows (surrogate keys and timestamps aside). */
    private static void sameRows(String a, String b) throws SQLException {
        Map<String, String> columns = Map.of(
                "kt_party", "id, tenant_id, kind, version, status, owner_id, sort_name, custom_fields, legal_name, "
                        + "short_name, legal_form, nip, eu_vat, regon, krs, industry, website, working_hours, "
                        + "employee_band",
                "kt_party_identifier", "tenant_id, party_id, id_type, id_key, unique_key",
                "kt_party_name", "tenant_id, party_id, folded",
                "kt_contact_point", "tenant_id, party_id, holder_index, position, kind, email, phone, phone_extension, "
                        + "url, service, handle, street, building, unit, postal_code, city, district, region, country, "
                        + "city_folded, district_folded, postal_folded, purpose, preferred, verified_at, note, "
                        + "do_not_contact",
                "kt_contact_person", "tenant_id, party_id, position, person_id, job_position, department, since, "
                        + "until, is_primary, custom_fields");
        StringBuilder report = new StringBuilder();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                String cols = columns.get(table);
                try (ResultSet r = s.executeQuery("select (select count(*) from " + a + "." + table + "), "
                        + "(select count(*) from (select " + cols + " from " + a + "." + table + " except all select "
                        + cols + " from " + b + "." + table + ") x), (select count(*) from (select " + cols + " from "
                        + b + "." + table + " except all select " + cols + " from " + a + "." + table + ") y)")) {
                    r.next();
                    if (r.getLong(2) != 0 || r.getLong(3) != 0) {
                        throw new IllegalStateException(table + ": " + r.getLong(2) + " rows only in " + a + ", "
                                + r.getLong(3) + " only in " + b);
                    }
                    report.append(report.length() == 0 ? "" : ", ").append(table).append(' ').append(r.getLong(1));
                }
            }
        }
        System.out.println("  same rows written by Kartoteka and the baseline (ids and timestamps aside; persons "
                + "included): " + report);
    }

    // ------------------------------------------------------------------------------------------ purchase summaries

    /** The query of {@code JpaHistoryStore.SUMMARIES} (crm-jpa, internal), for the plain-JDBC baseline. */
    private static final String SUMMARIES_SQL = """
            select p.party_id as party_id, min(p.transaction_date) as first_purchase,
                   max(p.transaction_date) as last_purchase, count(distinct p.transaction_date) as purchase_days,
                   count(*) as purchases, sum(p.amount) as total,
                   sum(case when p.transaction_date = p.first_day then p.amount else 0 end) as first_day_total,
                   sum(coalesce(p.margin, 0)) as margin_total
            from (select t.party_id, t.transaction_date, t.amount, t.margin,
                         min(t.transaction_date) over (partition by t.party_id) as first_day
                  from kt_transaction t
                  where t.tenant_id = ? and t.currency = ? and t.transaction_type = 'ORDER'
                    and t.status in ('PLACED', 'PAID') and t.transaction_date <= ?) p
            group by p.party_id
            order by p.party_id""";

    /** What a consumer of the summaries adds up, so that nothing is optimised away and both sides can be compared. */
    private record Totals(long summaries, long purchases, BigDecimal total) {
        boolean same(Totals other) {
            return summaries == other.summaries && purchases == other.purchases && total.compareTo(other.total) == 0;
        }
    }

    private static void summaries() throws Exception {
        int parties = Integer.getInteger("kt.parties", 1_000_000);
        int transactions = Integer.getInteger("kt.transactions", 5_000_000);
        Currency pln = Currency.getInstance("PLN");
        LocalDate asOf = LocalDate.of(2026, 3, 31);
        String schema = SCHEMA + "_history";
        System.out.printf("%n== Purchase summaries: %,d orders in PLN of %,d parties over 3 years, "
                + "historyStore().purchaseSummaries(PLN, %s) read to the end, %d runs after 1 warm-up, max heap %d MB%n",
                transactions, parties, asOf, RUNS, Runtime.getRuntime().maxMemory() >> 20);
        boolean reuse = Boolean.getBoolean("kt.reuseHistory") && loaded(schema, transactions);
        if (!reuse) {
            recreateSchema(schema);
        }
        try (HikariDataSource ds = pool(schema)) {
            if (!reuse) {
                KartotekaJpa.migrate(ds);
                long start = System.nanoTime();
                HistoryLoad.load(ds, KartotekaJpa.DEFAULT_TENANT, pln.getCurrencyCode(), parties, transactions, asOf);
                System.out.printf("  loaded by COPY (indexes rebuilt, analysed) in %.1f s%n",
                        (System.nanoTime() - start) / 1e9);
            } else {
                System.out.println("  reusing the loaded history (kt.reuseHistory)");
            }
            Totals expected = expected(ds, asOf);
            System.out.printf("  expected: %,d parties with purchases, %,d purchases, total %s%n", expected.summaries(),
                    expected.purchases(), expected.total());
            List<Long> kartoteka = new ArrayList<>();
            List<Long> jdbc = new ArrayList<>();
            try (KartotekaJpa jpa = KartotekaJpa.create(ds)) {
                for (int run = 0; run <= RUNS; run++) {
                    String name = run == 0 ? "warm-up" : "run " + run;
                    Totals totals;
                    long nanos;
                    try (HeapWatch heap = new HeapWatch()) {
                        long start = System.nanoTime();
                        totals = kartotekaSummaries(jpa, pln, asOf);
                        nanos = System.nanoTime() - start;
                        heap.close();
                        System.out.printf("  %-8s Kartoteka purchaseSummaries %8.1f ms  %,9.0f summaries/s  heap: live "
                                        + "before %d MB, max after GC %d MB (%d GCs), sampled peak %d MB, pool peaks "
                                        + "%d MB; load average %.1f%n", name, nanos / 1e6,
                                totals.summaries() / (nanos / 1e9), heap.liveBefore() >> 20, heap.afterGcPeak() >> 20,
                                heap.collections(), heap.sampledPeak() >> 20, heap.poolPeaks() >> 20, loadAverage());
                    }
                    if (!totals.same(expected)) {
                        throw new IllegalStateException("summaries add up to " + totals + ", expected " + expected);
                    }
                    if (run > 0) {
                        kartoteka.add(nanos);
                    }
                    long start = System.nanoTime();
                    totals = jdbcSummaries(ds, pln, asOf);
                    nanos = System.nanoTime() - start;
                    System.out.printf("  %-8s baseline plain JDBC, same SQL %8.1f ms%n", name, nanos / 1e6);
                    if (!totals.same(expected)) {
                        throw new IllegalStateException("JDBC summaries add up to " + totals + ", expected " + expected);
                    }
                    if (run > 0) {
                        jdbc.add(nanos);
                    }
                }
            }
            long k = medianOf(kartoteka);
            long j = medianOf(jdbc);
            System.out.printf("%nMedians of %d runs:%n  %-40s %9.1f ms  %,9.0f summaries/s  %,10.0f transactions/s  "
                            + "%.2f x baseline%n  %-40s %9.1f ms%n", RUNS, "Kartoteka purchaseSummaries", k / 1e6,
                    expected.summaries() / (k / 1e9), transactions / (k / 1e9), (double) k / j,
                    "baseline plain JDBC, same SQL", j / 1e6);
        }
    }

    private static long medianOf(List<Long> nanos) {
        return median(nanos.stream().map(n -> new Run(n, 0, 0)).toList());
    }

    private static boolean loaded(String schema, int transactions) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement s = c.prepareStatement("select reltuples from pg_class where oid = to_regclass(?)")) {
            s.setString(1, schema + ".kt_transaction");
            try (ResultSet r = s.executeQuery()) {
                return r.next() && Math.abs(r.getDouble(1) - transactions) < transactions * 0.01;
            }
        }
    }

    private static Totals kartotekaSummaries(KartotekaJpa jpa, Currency currency, LocalDate asOf) {
        long count = 0;
        long purchases = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (Stream<PurchaseSummary> summaries = jpa.historyStore().purchaseSummaries(currency, asOf)) {
            for (PurchaseSummary s : (Iterable<PurchaseSummary>) summaries::iterator) {
                count++;
                purchases += s.purchases();
                total = total.add(s.total());
            }
        }
        return new Totals(count, purchases, total);
    }

    private static Totals jdbcSummaries(DataSource ds, Currency currency, LocalDate asOf) throws SQLException {
        long count = 0;
        long purchases = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(SUMMARIES_SQL)) {
                s.setFetchSize(1_000);
                s.setString(1, KartotekaJpa.DEFAULT_TENANT);
                s.setString(2, currency.getCurrencyCode());
                s.setObject(3, asOf);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        count++;
                        purchases += r.getLong("purchases");
                        total = total.add(r.getBigDecimal("total"));
                    }
                }
            } finally {
                c.rollback();
            }
        }
        return new Totals(count, purchases, total);
    }

    private static Totals expected(DataSource ds, LocalDate asOf) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select count(distinct "
                + "party_id), count(*), sum(amount) from kt_transaction where status in ('PLACED', 'PAID') "
                + "and transaction_date <= ?")) {
            s.setObject(1, asOf);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Totals(r.getLong(1), r.getLong(2), r.getBigDecimal(3));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ database

    private static void recreateSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
    }

    private static HikariDataSource pool(String schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&reWriteBatchedInserts=true");
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(4);
        config.setPoolName("kt-bench-" + schema);
        return new HikariDataSource(config);
    }
}
