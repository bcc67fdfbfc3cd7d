package dev.kartoteka.examples;

import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.jpa.KartotekaJpa;
import dev.kartoteka.segmentation.activity.ActivityAssignment;
import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.segment.RegistrySegmentation;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Kartoteka on a database through a plain {@link DataSource}, no framework: the embedded H2 file database by default,
 * or PostgreSQL or MariaDB by their JDBC URL —
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres},
 * {@code jdbc:mariadb://127.0.0.1:3306/test?user=root}. It migrates the tables, loads a small example client base
 * with its histories and consents, and segments it with the purchase summaries computed in SQL.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am -DskipTests package exec:java
 * -Dexec.mainClass=dev.kartoteka.examples.DatabaseExample -Dexec.args="jdbc:postgresql://…"}. In an application,
 * pass your connection pool (HikariCP, the application server's) instead of the small adapter used here.
 */
public final class DatabaseExample {

    private DatabaseExample() {
    }

    /**
     * @param args the JDBC URL (default {@code jdbc:h2:file:./target/kartoteka-example})
     */
    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : "jdbc:h2:file:./target/kartoteka-example", System.out);
    }

    static Map<ActivityType, Long> run(String url, PrintStream out) {
        ExampleData data = ExampleData.builder().seed(11).persons(300).companies(60).build();
        Clock clock = Clock.fixed(data.asOf().atTime(23, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        // a tenant per run keeps repeated runs on one database apart
        String tenant = "example-" + Long.toHexString(System.nanoTime());
        try (KartotekaJpa jpa = KartotekaJpa.create(new UrlDataSource(url)).forTenant(tenant)) {
            ClientRegistry registry = jpa.registryBuilder().clock(clock).build();
            var loaded = data.populate(registry);
            out.printf("%s: %,d parties, %,d transactions, %,d interactions stored in tenant %s%n",
                    url.replaceAll("password=[^&]*", "password=***"), loaded.parties().created(),
                    loaded.transactions(), loaded.interactions(), tenant);
            Map<ActivityType, Long> types = new EnumMap<>(ActivityType.class);
            for (ActivityAssignment a : RegistrySegmentation.builder(registry, Currency.getInstance("PLN"))
                    .zone(ZoneOffset.UTC).build().assignAll(data.asOf())) {
                types.merge(a.type(), 1L, Long::sum);
            }
            out.println("activity types (summaries aggregated by the database): " + types);
            return types;
        }
    }

    /** The smallest {@link DataSource}: a new connection from {@link DriverManager} each time. */
    private record UrlDataSource(String url) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper of " + type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
