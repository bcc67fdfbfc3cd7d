package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.registry.BulkResult;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.jpa.KartotekaJpa;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Keeps README's crm-jpa example honest: the same lines compile and run here, on an embedded H2 database. */
class ReadmeJpaTests {

    @Test
    void storesTheRegistryInADatabaseWithBulkCreationTenantsAndStreamedSummaries() throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DataSource dataSource = h2;
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            companies.add(Company.builder().legalName("Firma " + i).build());
        }
        companies.add(Company.builder().legalName(" ").build());
        Currency PLN = Currency.getInstance("PLN");
        List<String> progress = new ArrayList<>();
        BigDecimal[] revenue = {BigDecimal.ZERO};

        // --- jpa (keep identical to README.md) ---
        KartotekaJpa jpa = KartotekaJpa.create(dataSource);        // migrates the kt_* tables, validates the mapping
        ClientRegistry registry = jpa.registryBuilder().build();   // parties, history, consents, audit: all durable
        Company acme = registry.create(Company.builder().legalName("Acme").nip(Nip.parse("5261040828")).build());
        registry.history().record(Transaction.order(acme.id(), LocalDate.now(), Money.of("1250.00", "PLN")));
        BulkResult imported = registry.createAll(companies, 1_000,    // batches of 1,000, JDBC-batched inserts
                (done, created, rejected) -> progress.add(done + " done, " + rejected + " rejected"));
        imported.rejected().forEach(r -> System.out.println(r.index() + ": " + r.reason().getMessage()));
        List<Party> page = registry.search(PartyQuery.builder().name("firma 12").build()).items();  // SQL, paged
        ClientRegistry shop2 = jpa.forTenant("shop-2").registryBuilder().build();    // another tenant's rows
        try (Stream<PurchaseSummary> summaries = registry.history().purchaseSummaries(PLN, LocalDate.now())) {
            summaries.forEach(s -> revenue[0] = revenue[0].add(s.total()));        // one SQL GROUP BY, streamed
        }
        jpa.close();                                                 // at shutdown
        // --- end of jpa ---

        assertThat(imported.created()).isEqualTo(2_500);
        assertThat(imported.rejected()).extracting(BulkResult.Rejection::index).containsExactly(2_500L);
        assertThat(page).hasSize(50).extracting(Party::displayName).startsWith("Firma 12", "Firma 120", "Firma 1200");
        try (KartotekaJpa reopened = KartotekaJpa.create(dataSource)) {
            ClientRegistry again = reopened.registryBuilder().build();
            assertThat(again.findByIdentifier(Nip.parse("PL5261040828"))).containsExactly(again.get(acme.id()));
            assertThat(reopened.forTenant("shop-2").registryBuilder().build().findById(acme.id())).isEmpty();
            assertThat(again.search(PartyQuery.builder().build()).totalItems()).isEqualTo(2_501);
        }
        assertThat(shop2).isNotNull();
        assertThat(progress).containsExactly("1000 done, 0 rejected", "2000 done, 0 rejected",
                "2501 done, 1 rejected");
        assertThat(revenue[0]).isEqualByComparingTo("1250.00");
    }

    @Test
    void readmeShowsExactlyTheExampleThatThisTestRuns() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("jpa:", "ReadmeJpaTests", "jpa");
    }
}
