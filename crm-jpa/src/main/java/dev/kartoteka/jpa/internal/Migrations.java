package dev.kartoteka.jpa.internal;

import dev.kartoteka.core.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades Kartoteka's tables with Flyway, from the scripts shipped in the jar for the database at hand.
 * Kartoteka keeps its own history table ({@code kt_schema_history}), so it sits beside a host's own Flyway history in
 * the same schema; a schema that already holds the host's tables is baselined at version 0, so Kartoteka's first
 * script still runs.
 */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** The databases Kartoteka ships scripts for. */
    public enum Vendor {
        /** H2 2.x, the embedded default. */
        H2("h2", "org.hibernate.dialect.H2Dialect"),
        /** PostgreSQL 13 or newer. */
        POSTGRESQL("postgresql", "org.hibernate.dialect.PostgreSQLDialect"),
        /** MariaDB 10.6 or newer. */
        MARIADB("mariadb", "org.hibernate.dialect.MariaDBDialect");

        final String folder;
        final String dialect;

        Vendor(String folder, String dialect) {
            this.folder = folder;
            this.dialect = dialect;
        }

        /** @return Hibernate's dialect class name for the vendor */
        public String dialect() {
            return dialect;
        }
    }

    private Migrations() {
    }

    /**
     * Tells which supported database a data source connects to.
     *
     * @param dataSource the data source
     * @return the vendor
     * @throws StorageException if the database cannot be reached or is not one Kartoteka supports
     */
    public static Vendor vendorOf(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String version = c.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return Vendor.H2;
            }
            if (product.contains("postgres")) {
                return Vendor.POSTGRESQL;
            }
            if (product.contains("mariadb") || version.contains("mariadb")) {
                return Vendor.MARIADB;
            }
            throw new StorageException("Kartoteka ships migrations for H2, PostgreSQL and MariaDB; this database is "
                    + c.getMetaData().getDatabaseProductName(), null);
        } catch (SQLException e) {
            throw new StorageException("cannot connect to the database (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Migrates the database to the newest version of Kartoteka's tables.
     *
     * @param dataSource the database
     * @return the vendor found
     * @throws StorageException if a migration fails
     */
    public static Vendor migrate(DataSource dataSource) {
        return migrate(dataSource, "latest");
    }

    /**
     * Migrates Kartoteka's tables up to a version (for tests of an upgrade: a schema left at an earlier version, rows
     * written in its shape, then the rest of the migrations).
     *
     * @param dataSource the database
     * @param target the last version to apply, e.g. {@code "3"}, or {@code "latest"}
     * @return the vendor found
     * @throws StorageException if a migration fails
     */
    public static Vendor migrate(DataSource dataSource, String target) {
        Vendor vendor = vendorOf(dataSource);
        try {
            MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:dev/kartoteka/jpa/migration/" + vendor.folder)
                    .table("kt_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .target(target)
                    // a migration that draws a sequence value (V3) must not print the value to standard output
                    .outputQueryResults(false)
                    .load()
                    .migrate();
            LOG.debug("Kartoteka schema on {}: {} migration(s) applied, now at {}", vendor,
                    result.migrationsExecuted, result.targetSchemaVersion);
        } catch (FlywayException e) {
            throw new StorageException("migrating Kartoteka's tables on " + vendor + " failed", e);
        }
        return vendor;
    }
}
