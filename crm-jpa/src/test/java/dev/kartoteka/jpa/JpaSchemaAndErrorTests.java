package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.StorageException;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema matches the mapping (Hibernate validates it at every start, and refuses a schema that differs),
 * and database failures reach the caller as Kartoteka's {@link StorageException}, naming the operation and the SQL
 * state but no value.
 */
class JpaSchemaAndErrorTests {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    JpaSchemaAndErrorTests() {
        dataSource.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void theMigratedSchemaMatchesTheMappingOnEveryTestDatabase() {
        // TestDatabase builds with hbm2ddl=validate on H2, PostgreSQL or MariaDB: building at all is the check
        assertThat(TestDatabase.shared().entityManagerFactory().isOpen()).isTrue();
    }

    @Test
    void refusesToStartOnASchemaThatDiffersFromTheMapping() throws SQLException {
        KartotekaJpa.migrate(dataSource);
        execute("alter table kt_party drop column industry");

        assertThatThrownBy(() -> KartotekaJpa.create(dataSource))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("persistence unit")
                .rootCause().hasMessageContaining("industry");
    }

    @Test
    void aFailingStatementBecomesAStorageExceptionWithoutTheValues() throws SQLException {
        try (KartotekaJpa jpa = KartotekaJpa.create(dataSource)) {
            ClientRegistry registry = jpa.registryBuilder().build();
            registry.create(company("Tajna Spółka").tag("poufne").build());
            execute("drop table kt_party_tag");

            assertThatThrownBy(() -> registry.search(PartyQuery.builder().tag("poufne").build()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("search parties")
                    .hasMessageContaining("SQL state")
                    .hasMessageNotContaining("poufne")
                    .satisfies(e -> {
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            assertThat(t.getClass().getName()).doesNotStartWith("org.hibernate")
                                    .doesNotStartWith("java.sql").doesNotStartWith("org.h2");
                            assertThat(String.valueOf(t.getMessage())).doesNotContain("poufne");
                        }
                    });
        }
    }

    @Test
    void anUnreachableDatabaseIsAStorageException() {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:mem:gone;IFEXISTS=TRUE");

        assertThatThrownBy(() -> KartotekaJpa.create(nowhere)).isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot connect");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
