package dev.kartoteka.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The database the crm-jpa tests run on, chosen by the system property {@code kartoteka.test.db}: {@code h2} (the
 * default, in memory), {@code postgresql} or {@code mariadb} (the Maven profiles of the same names set the URL and
 * user). On a server, the run gets a schema of its own ({@code kt_test}, dropped and created at the start, dropped
 * again when the JVM exits), so a run never sees an earlier run's tables or a stale migration history. An unreachable server fails the tests, it never skips.
 *
 * <p>Each test gets a fresh tenant on the one shared instance: an empty registry without a new schema per test.
 */
public final class TestDatabase {

    /** Which database: {@code h2}, {@code postgresql} or {@code mariadb}. */
    public static final String KIND = System.getProperty("kartoteka.test.db", "h2").toLowerCase(Locale.ROOT);

    private static KartotekaJpa shared;
    private static DataSource dataSource;

    private TestDatabase() {
    }

    /** @return the instance on the test database, built (and migrated) on first use */
    public static synchronized KartotekaJpa shared() {
        if (failure != null) {
            throw new IllegalStateException("the test database could not be prepared (see the first failure)",
                    failure);
        }
        if (shared == null) {
            try {
                dataSource = dataSource();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropSchema));
                shared = KartotekaJpa.create(dataSource);
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return shared;
    }

    private static RuntimeException failure;

    /** @return the data source of the test database (with its own schema on a server) */
    public static synchronized DataSource sharedDataSource() {
        shared();
        return dataSource;
    }

    /**
     * Counts rows by plain JDBC, past Kartoteka and Hibernate: proof that a store wrote to the database.
     *
     * @param table a kt_ table
     * @param column a column of it
     * @param value the value looked for
     * @return how many rows hold it
     */
    public static long countRows(String table, String column, Object value) {
        try (java.sql.Connection c = sharedDataSource().getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where " + column
                     + " = ?")) {
            s.setObject(1, value);
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows of " + table, e);
        }
    }

    /** @return Kartoteka for a new, empty tenant */
    public static KartotekaJpa freshTenant() {
        return shared().forTenant("t-" + UUID.randomUUID());
    }

    /** The schema (PostgreSQL) or database (MariaDB) of the test run: {@code kartoteka.test.schema}, default kt_test. */
    public static final String SCHEMA = System.getProperty("kartoteka.test.schema", "kt_test");

    private static String schemaName;
    private static String adminUrl;
    private static String adminUser;

    private static DataSource dataSource() {
        return switch (KIND) {
            case "h2" -> pool("jdbc:h2:mem:kartoteka-tests;DB_CLOSE_DELAY=-1", "sa");
            case "postgresql", "mariadb" -> serverSchema();
            default -> throw new IllegalStateException("kartoteka.test.db must be h2, postgresql or mariadb, was "
                    + KIND);
        };
    }

    /**
     * A database of its own for one test, empty and not migrated (a test of the migrations themselves): a new
     * in-memory H2 database, or on a server the schema {@code <kartoteka.test.schema>_<name>}, dropped and created
     * again. The caller closes it; on a server the schema is dropped when the JVM exits.
     *
     * @param name a short lower-case name for the schema
     * @return its data source
     */
    public static HikariDataSource scratch(String name) {
        if (KIND.equals("h2")) {
            return pool("jdbc:h2:mem:kartoteka-" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa");
        }
        String scratchSchema = SCHEMA + "_" + name;
        String url = System.getProperty("kartoteka.test.url");
        String user = System.getProperty("kartoteka.test.user");
        HikariDataSource ds = (HikariDataSource) serverSchema(scratchSchema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ds.close();
            drop(scratchSchema, url, user);
        }));
        return ds;
    }

    private static DataSource serverSchema() {
        schemaName = SCHEMA;
        adminUrl = System.getProperty("kartoteka.test.url");
        adminUser = System.getProperty("kartoteka.test.user");
        return serverSchema(schemaName);
    }

    private static DataSource serverSchema(String schemaName) {
        String url = System.getProperty("kartoteka.test.url");
        String user = System.getProperty("kartoteka.test.user");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("kartoteka.test.url is not set for " + KIND);
        }
        try (HikariDataSource admin = pool(url, user); Connection c = admin.getConnection();
             Statement s = c.createStatement()) {
            // a run starts from nothing: whatever an earlier run left (a killed JVM skips the drop) goes first
            s.execute(KIND.equals("postgresql") ? "drop schema if exists " + schemaName + " cascade"
                    : "drop database if exists " + schemaName);
            s.execute(KIND.equals("postgresql") ? "create schema " + schemaName
                    : "create database " + schemaName + " character set utf8mb4 collate utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test schema on " + url, e);
        }
        String schemaUrl = KIND.equals("postgresql")
                ? url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schemaName
                : url.substring(0, url.lastIndexOf('/') + 1) + schemaName;
        return pool(schemaUrl, user);
    }

    private static void dropSchema() {
        if (schemaName == null) {
            return;
        }
        // closing the pool first aborts connections still in use (e.g. a stream a test did not close), whose open
        // transactions would otherwise hold locks that make the drop wait
        ((HikariDataSource) dataSource).close();
        drop(schemaName, adminUrl, adminUser);
    }

    private static void drop(String schema, String url, String user) {
        try (HikariDataSource admin = pool(url, user); Connection c = admin.getConnection();
             Statement s = c.createStatement()) {
            s.execute(KIND.equals("postgresql") ? "drop schema " + schema + " cascade" : "drop database " + schema);
        } catch (SQLException | RuntimeException e) {
            System.err.println("could not drop test schema " + schema + ": " + e);
        }
    }


    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        return new HikariDataSource(config);
    }
}
