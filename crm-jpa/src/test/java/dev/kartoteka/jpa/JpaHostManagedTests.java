package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.KNOWN_NIP;
import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.registry.ClientRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kartoteka inside a host's persistence unit (the Spring / Jakarta EE way): the host lists
 * {@link KartotekaJpa#entityClasses()}, adds {@link KartotekaJpa#hibernateProperties()}, resolves the tenant, migrates
 * with {@link KartotekaJpa#migrate}, and every store call joins the host's transaction — a rollback undoes it.
 */
class JpaHostManagedTests {

    /** The host's tenant resolver, as Spring or a Jakarta EE application would configure it. */
    public static final class HostTenant implements CurrentTenantIdentifierResolver<String> {
        @Override
        public String resolveCurrentTenantIdentifier() {
            return "host-tenant";
        }

        @Override
        public boolean validateExistingCurrentSessions() {
            return false;
        }
    }

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final EntityManagerFactory hostFactory;
    private final EntityManager em;
    private final ClientRegistry registry;

    JpaHostManagedTests() {
        dataSource.setURL("jdbc:h2:mem:host-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        KartotekaJpa.migrate(dataSource);
        hostFactory = new HibernatePersistenceConfiguration("host")
                .managedClasses(KartotekaJpa.entityClasses())
                .properties(KartotekaJpa.hibernateProperties())
                .property("jakarta.persistence.nonJtaDataSource", dataSource)
                .property("hibernate.tenant_identifier_resolver", new HostTenant())
                .validationMode(jakarta.persistence.ValidationMode.NONE) // the host has no Bean Validation EL
                .createEntityManagerFactory();
        em = hostFactory.createEntityManager();
        registry = KartotekaJpa.builder().entityManager(() -> em).build().registryBuilder().build();
    }

    @AfterEach
    void closeHost() {
        em.close();
        hostFactory.close();
    }

    @Test
    void writesJoinTheHostsTransactionAndARollbackUndoesThem() {
        em.getTransaction().begin();
        Company acme = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).build());
        assertThat(registry.findById(acme.id())).as("visible inside the host's transaction").isPresent();
        em.getTransaction().rollback();
        em.clear();

        em.getTransaction().begin();
        assertThat(registry.findById(acme.id())).isEmpty();
        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).isEmpty();
        em.getTransaction().commit();
    }

    @Test
    void anUpdateBasedOnAVersionAnotherNodeReplacedMeanwhileIsRefusedEvenIfTheHostHoldsTheOldRow() {
        em.getTransaction().begin();
        Company acme = registry.create(company("Acme").build());
        em.getTransaction().commit();

        em.getTransaction().begin();
        assertThat(registry.get(acme.id()).version()).isZero(); // the host's persistence context now holds version 0
        try (KartotekaJpa otherNode = KartotekaJpa.create(dataSource)) {
            otherNode.forTenant("host-tenant").registryBuilder().build()
                    .update(acme.toBuilder().legalName("Acme (other node)").build());
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.update(
                        acme.toBuilder().legalName("Acme (stale)").build()))
                .isInstanceOf(dev.kartoteka.core.ConcurrentUpdateException.class);
        em.getTransaction().rollback();
        em.clear();
        em.getTransaction().begin();
        assertThat(((Company) registry.get(acme.id())).legalName()).isEqualTo("Acme (other node)");
        em.getTransaction().commit();
    }

    @Test
    void aStreamingSearchLetsGoOfKartotekasRowsOnlyNotOfWhatTheHostHolds() {
        em.getTransaction().begin();
        registry.evolveSchema(0, new dev.kartoteka.core.field.SchemaChange.AddField(
                dev.kartoteka.core.field.FieldDefinition.builder("tier", dev.kartoteka.core.field.FieldType.TEXT)
                        .build()));
        registry.create(company("Acme").customField("tier", "gold").build());
        Object hostsRow = em.find(dev.kartoteka.jpa.internal.FieldSchemaRow.class, "host-tenant");

        assertThat(registry.search(dev.kartoteka.core.registry.PartyQuery.builder()
                .customField(dev.kartoteka.core.registry.FieldCriterion.equalTo("tier", "gold")).build())
                .totalItems()).isEqualTo(1);

        assertThat(hostsRow).isNotNull();
        assertThat(em.contains(hostsRow)).as("the host's persistence context was not cleared").isTrue();
        em.getTransaction().commit();
    }

    @Test
    void refusesSettingsThatAHostsEntityManagerWouldIgnore() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() ->
                KartotekaJpa.builder().entityManager(() -> em).tenant("shop-2").build()).withMessageContaining("tenant");
    }

    @Test
    void committedWritesAreStoredUnderTheHostsTenant() {
        em.getTransaction().begin();
        Company acme = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).build());
        em.getTransaction().commit();

        try (KartotekaJpa own = KartotekaJpa.create(dataSource)) {
            assertThat(own.forTenant("host-tenant").registryBuilder().build().get(acme.id())).isEqualTo(acme);
            assertThat(own.registryBuilder().build().findById(acme.id())).as("the default tenant's view").isEmpty();
        }
    }
}
