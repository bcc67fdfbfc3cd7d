package dev.kartoteka.jpa;

import dev.kartoteka.core.StorageException;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import dev.kartoteka.jpa.internal.Entities;
import dev.kartoteka.jpa.internal.JpaAuditStore;
import dev.kartoteka.jpa.internal.JpaConsentStore;
import dev.kartoteka.jpa.internal.JpaHistoryStore;
import dev.kartoteka.jpa.internal.JpaPartyStore;
import dev.kartoteka.jpa.internal.Migrations;
import dev.kartoteka.jpa.internal.UnitOfWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.ValidationMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Kartoteka on a relational database through Jakarta Persistence (Hibernate ORM): the durable implementations of
 * crm-core's storage ports, the Flyway migrations of their tables, and the entity-manager factory that maps them.
 *
 * <p>Three ways to use it:
 * <ul>
 *   <li><b>Plain Java</b>: {@code KartotekaJpa.create(dataSource)} migrates the schema, builds the factory and hands
 *       out stores; {@code jpa.registryBuilder().build()} is a ready registry. Close it at shutdown.</li>
 *   <li><b>Embedded</b>: {@link #embedded()} (H2 in memory) or {@link #embedded(Path)} (an H2 file) — zero set-up.</li>
 *   <li><b>Host-managed</b> (Spring, Jakarta EE): add {@link #entityClasses()} to the host's persistence unit, run
 *       {@link #migrate(DataSource)} (or let the host's Flyway run the scripts under
 *       {@code classpath:dev/kartoteka/jpa/migration/<vendor>}), and build with
 *       {@code builder().entityManager(() -> em)}: every store call then joins the host's current transaction.</li>
 * </ul>
 *
 * <p>Tenants: every row carries a tenant identifier (Hibernate's {@code @TenantId}), set for each unit of work from
 * the configured tenant (default {@value #DEFAULT_TENANT}) or resolver, and added by Hibernate to every query, so no
 * query returns another tenant's rows. {@link #forTenant(String)} shares this instance's factory.
 *
 * <p>Instances are thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KartotekaJpa implements AutoCloseable {

    /** The tenant used when none is configured. */
    public static final String DEFAULT_TENANT = "default";

    private final SessionFactory factory;
    private final boolean ownsFactory;
    private final UnitOfWork work;
    private final PartyStore partyStore;
    private final HistoryStore historyStore;
    private final ConsentStore consentStore;
    private final AuditStore auditStore;

    private KartotekaJpa(SessionFactory factory, boolean ownsFactory, UnitOfWork work) {
        this.factory = factory;
        this.ownsFactory = ownsFactory;
        this.work = work;
        this.partyStore = new JpaPartyStore(work);
        this.historyStore = new JpaHistoryStore(work);
        this.consentStore = new JpaConsentStore(work);
        this.auditStore = new JpaAuditStore(work);
    }

    /**
     * Migrates the database behind {@code dataSource} and returns Kartoteka on it, for the default tenant.
     *
     * @param dataSource a (preferably pooling) data source of H2, PostgreSQL or MariaDB
     * @return the ready instance; close it at shutdown
     * @throws NullPointerException if {@code dataSource} is {@code null}
     * @throws StorageException if the database cannot be reached, is not supported or cannot be migrated
     */
    public static KartotekaJpa create(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    /**
     * Returns Kartoteka on a new, private H2 database in memory (gone when closed).
     *
     * @return the ready instance
     */
    public static KartotekaJpa embedded() {
        return create(h2("jdbc:h2:mem:kartoteka-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    /**
     * Returns Kartoteka on an H2 database file, created when missing.
     *
     * @param file the database file, without H2's {@code .mv.db} suffix
     * @return the ready instance
     * @throws NullPointerException if {@code file} is {@code null}
     */
    public static KartotekaJpa embedded(Path file) {
        Objects.requireNonNull(file, "file");
        return create(h2("jdbc:h2:file:" + file.toAbsolutePath()));
    }

    private static DataSource h2(String url) {
        try {
            Class<?> type = Class.forName("org.h2.jdbcx.JdbcDataSource");
            DataSource ds = (DataSource) type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(ds, url);
            return ds;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the embedded database needs com.h2database:h2 on the class path", e);
        }
    }

    /**
     * Creates or upgrades Kartoteka's tables (all prefixed {@code kt_}) in the database behind {@code dataSource},
     * keeping its own Flyway history in {@code kt_schema_history}.
     *
     * @param dataSource the database
     * @throws StorageException if the database cannot be reached, is not supported or a migration fails
     */
    public static void migrate(DataSource dataSource) {
        Migrations.migrate(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * The entity classes to list in a host's persistence unit (or to scan): Kartoteka's tables are mapped by them.
     *
     * @return the classes
     */
    public static List<Class<?>> entityClasses() {
        return Entities.CLASSES;
    }

    /**
     * The Hibernate properties a host's persistence unit needs for Kartoteka's entities: today only the JSON format
     * mapper of the custom-field columns ({@code hibernate.type.json_format_mapper}), which passes Kartoteka's own JSON
     * through unchanged and needs no JSON library. Add them to the host's unit (Spring:
     * {@code spring.jpa.properties}, or {@code LocalContainerEntityManagerFactoryBean.setJpaPropertyMap}).
     *
     * @return the properties, unmodifiable
     */
    public static Map<String, Object> hibernateProperties() {
        return Map.of("hibernate.type.json_format_mapper", new KartotekaJsonFormatMapper());
    }

    /**
     * Starts a configuration.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns Kartoteka for another tenant on the same factory and connections. Closing the returned instance does
     * nothing; close this one.
     *
     * @param tenant the tenant identifier, 1 to 64 characters
     * @return the instance for the tenant
     * @throws IllegalArgumentException if the tenant is blank or too long
     * @throws IllegalStateException if this instance joins a host's entity manager (the host sets the tenant)
     */
    public KartotekaJpa forTenant(String tenant) {
        checkTenant(tenant);
        if (factory == null) {
            throw new IllegalStateException("with a host's entity manager the host's session decides the tenant");
        }
        return new KartotekaJpa(factory, false, UnitOfWork.owned(factory, () -> tenant));
    }

    /** @return the durable party store */
    public PartyStore partyStore() {
        return partyStore;
    }

    /**
     * The durable history: interactions and transactions. Its {@link HistoryStore#purchaseSummaries purchase
     * summaries} and {@link HistoryStore#interactionSummaries interaction summaries} are each one SQL aggregate
     * streamed from the database; the stream holds a connection and a transaction until it is closed, so close it
     * (try-with-resources).
     *
     * @return the durable history store
     */
    public HistoryStore historyStore() {
        return historyStore;
    }

    /** @return the durable consent ledger, append-only, each party's events in the order appended */
    public ConsentStore consentStore() {
        return consentStore;
    }

    /** @return the durable audit trail, append-only, its entries in the order appended */
    public AuditStore auditStore() {
        return auditStore;
    }

    /**
     * Returns a registry builder with every store of this instance set (parties, history, consents, audit); add a
     * clock, an access policy or listeners and build.
     *
     * @return the builder
     */
    public ClientRegistry.Builder registryBuilder() {
        return ClientRegistry.builder().store(partyStore).historyStore(historyStore).consentStore(consentStore)
                .auditStore(auditStore);
    }

    /**
     * The entity-manager factory Kartoteka built, for the host's own queries on Kartoteka's tables.
     *
     * @return the factory
     * @throws IllegalStateException if this instance joins a host's entity manager
     */
    public EntityManagerFactory entityManagerFactory() {
        if (factory == null) {
            throw new IllegalStateException("this instance uses the host's entity manager");
        }
        return factory;
    }

    /** Closes the entity-manager factory this instance built (not a host's, not a data source). */
    @Override
    public void close() {
        if (ownsFactory && factory.isOpen()) {
            factory.close();
        }
    }

    private static String checkTenant(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        if (tenant.isBlank() || tenant.length() > 64) {
            throw new IllegalArgumentException("tenant must be 1 to 64 characters and not blank, was '" + tenant + "'");
        }
        return tenant;
    }

    /**
     * Configures {@link KartotekaJpa}. Each setting may be given once ({@link IllegalStateException} otherwise) and
     * is checked when given ({@link IllegalArgumentException} for a bad value).
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private DataSource dataSource;
        private Supplier<EntityManager> entityManager;
        private Supplier<String> tenant;
        private Boolean migrate;
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The database Kartoteka builds its own factory on.
         *
         * @param value a data source of H2, PostgreSQL or MariaDB (pooling in production)
         * @return this builder
         */
        public Builder dataSource(DataSource value) {
            Objects.requireNonNull(value, "dataSource");
            if (dataSource != null || entityManager != null) {
                throw new IllegalStateException("the database was already set");
            }
            dataSource = value;
            return this;
        }

        /**
         * Joins the host's transactions instead of building a factory: each store call uses the entity manager
         * returned now (e.g. a container-injected or Spring shared one), which must have a transaction active and
         * Kartoteka's {@linkplain #entityClasses() entity classes} in its persistence unit.
         *
         * @param value returns the entity manager of the current transaction
         * @return this builder
         */
        public Builder entityManager(Supplier<EntityManager> value) {
            Objects.requireNonNull(value, "entityManager");
            if (dataSource != null || entityManager != null) {
                throw new IllegalStateException("the database was already set");
            }
            entityManager = value;
            return this;
        }

        /**
         * A fixed tenant.
         *
         * @param value 1 to 64 characters
         * @return this builder
         */
        public Builder tenant(String value) {
            String t = checkTenant(value);
            return tenantResolver(() -> t);
        }

        /**
         * A tenant resolved at the start of every unit of work (e.g. from the request), 1 to 64 characters.
         *
         * @param value the resolver
         * @return this builder
         */
        public Builder tenantResolver(Supplier<String> value) {
            Objects.requireNonNull(value, "tenantResolver");
            if (tenant != null) {
                throw new IllegalStateException("the tenant was already set");
            }
            tenant = value;
            return this;
        }

        /**
         * Whether {@link #build()} migrates the schema first (default {@code true}; ignored with a host's entity
         * manager, whose host migrates).
         *
         * @param value whether to migrate
         * @return this builder
         */
        public Builder migrate(boolean value) {
            if (migrate != null) {
                throw new IllegalStateException("migrate was already set");
            }
            migrate = value;
            return this;
        }

        /**
         * A Hibernate or Jakarta Persistence property for the factory, e.g. {@code hibernate.jdbc.batch_size}.
         *
         * @param name the property
         * @param value its value
         * @return this builder
         */
        public Builder property(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (properties.containsKey(name)) {
                throw new IllegalStateException("property " + name + " was already set");
            }
            properties.put(name, value);
            return this;
        }

        /**
         * Builds the instance: migrates (unless disabled), builds the factory and validates that the tables match
         * the mapping.
         *
         * @return the instance
         * @throws IllegalStateException if neither a data source nor an entity manager was set
         * @throws StorageException if the database cannot be reached, migrated or does not match the mapping
         */
        public KartotekaJpa build() {
            Supplier<String> t = tenant != null ? tenant : () -> DEFAULT_TENANT;
            if (entityManager != null) {
                if (tenant != null || migrate != null || !properties.isEmpty()) {
                    throw new IllegalStateException("with a host's entity manager the host decides the tenant, the "
                            + "migration and the Hibernate properties; do not set tenant, migrate or property");
                }
                return new KartotekaJpa(null, false, UnitOfWork.hosted(entityManager, t));
            }
            if (dataSource == null) {
                throw new IllegalStateException("set a dataSource or an entityManager");
            }
            Migrations.Vendor vendor = migrate == null || migrate ? Migrations.migrate(dataSource)
                    : Migrations.vendorOf(dataSource);
            HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("kartoteka")
                    .managedClasses(Entities.CLASSES)
                    .validationMode(ValidationMode.NONE)
                    .property("jakarta.persistence.nonJtaDataSource", dataSource)
                    .property("hibernate.hbm2ddl.auto", "validate")
                    .property("hibernate.jdbc.batch_size", 1000)
                    .property("hibernate.order_inserts", true)
                    .property("hibernate.order_updates", true)
                    .property("hibernate.jdbc.time_zone", "UTC")
                    .properties(hibernateProperties());
            properties.forEach(config::property);
            SessionFactory factory;
            try {
                factory = config.createEntityManagerFactory();
            } catch (PersistenceException e) {
                throw new StorageException("building Kartoteka's persistence unit on " + vendor + " failed", e);
            }
            return new KartotekaJpa(factory, true, UnitOfWork.owned(factory, t));
        }
    }
}
