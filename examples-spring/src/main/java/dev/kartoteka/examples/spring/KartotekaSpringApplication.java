package dev.kartoteka.examples.spring;

import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.jpa.KartotekaJpa;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * A Spring Boot application with Kartoteka inside Spring's persistence unit: Spring owns the
 * {@code EntityManagerFactory} (on Boot's embedded H2 database here) and the transactions, Kartoteka's entities and
 * Hibernate properties are added to that unit, and the {@link ClientRegistry} works on Spring's shared, transaction-bound
 * {@code EntityManager} — so registry calls inside a {@code @Transactional} method ({@link ClientSignups}) join that
 * transaction and are rolled back with it.
 *
 * <p>{@link #main} registers one company with its first order and prints what was stored.
 */
@SpringBootApplication
public class KartotekaSpringApplication {

    /**
     * Starts the application, registers a company with its first order, prints it and stops.
     *
     * @param args Spring Boot's command-line arguments, e.g. {@code --debug}
     */
    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = SpringApplication.run(KartotekaSpringApplication.class, args)) {
            ClientSignups signups = context.getBean(ClientSignups.class);
            Company acme = signups.register(List.of(new ClientSignups.Signup("Acme", Nip.parse("5261040828"),
                    Money.of("1250.00", "PLN"), LocalDate.now()))).get(0);
            System.out.println("Registered " + acme.legalName() + " (" + acme.id() + "), orders: "
                    + signups.ordersOf(acme.id()));
        }
    }

    // --- spring (keep identical to README.md) ---
    @Bean LocalContainerEntityManagerFactoryBean entityManagerFactory(EntityManagerFactoryBuilder builder, DataSource ds) {
        KartotekaJpa.migrate(ds);                               // or add the scripts' location to your Flyway
        return builder.dataSource(ds).packages("dev.kartoteka.examples.spring", "dev.kartoteka.jpa.internal")
                .properties(KartotekaJpa.hibernateProperties())
                .properties(Map.of("hibernate.tenant_identifier_resolver", new ShopTenant())).build();
    }
    @Bean ClientRegistry registry(EntityManager sharedEntityManager) {   // Spring's transaction-bound proxy
        return KartotekaJpa.builder().entityManager(() -> sharedEntityManager).build().registryBuilder().build();
    }
    // --- end of spring ---

    /**
     * The application's tenant resolver, which Hibernate asks for the tenant of each session; Kartoteka's rows are
     * stored under that tenant. One fixed shop here; a real one would read it from the request or the user.
     */
    static final class ShopTenant implements CurrentTenantIdentifierResolver<String> {

        /** The tenant of every session of this application. */
        static final String TENANT = "shop-1";

        @Override
        public String resolveCurrentTenantIdentifier() {
            return TENANT;
        }

        @Override
        public boolean validateExistingCurrentSessions() {
            return false;
        }
    }
}
