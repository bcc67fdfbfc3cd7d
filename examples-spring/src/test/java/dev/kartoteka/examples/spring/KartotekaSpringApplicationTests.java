package dev.kartoteka.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.examples.spring.ClientSignups.Signup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Boots the Spring application on its embedded H2 database and uses Kartoteka inside Spring's transactions. */
@SpringBootTest
class KartotekaSpringApplicationTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    private ClientRegistry registry;

    @Autowired
    private ClientSignups signups;

    @Autowired
    private JdbcTemplate jdbc;

    private final TransactionTemplate tx;

    KartotekaSpringApplicationTests(@Autowired PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
    }

    @Test
    void theRegistryBeanCreatesAndFindsAPartyInSpringTransactions() {
        Company created = inTransaction(() -> registry.create(Company.builder().legalName("Kowalski i Syn")
                .nip(Nip.parse("7777777702")).build()));

        assertThat(inTransaction(() -> registry.findById(created.id()))).contains(created);
        assertThat(inTransaction(() -> registry.findByIdentifier(Nip.parse("7777777702")))).containsExactly(created);
    }

    @Test
    void aSignupStoresTheCompanyAndItsFirstOrderUnderTheApplicationsTenant() {
        Company acme = signups.register(List.of(new Signup("Acme Polska", Nip.parse("1112223303"),
                Money.of("1250.00", "PLN"), DAY))).get(0);

        assertThat(signups.ordersOf(acme.id())).singleElement().satisfies(order -> {
            assertThat(order.amount()).isEqualTo(Money.of("1250.00", "PLN"));
            assertThat(order.date()).isEqualTo(DAY);
        });
        assertThat(jdbc.queryForObject("select tenant_id from kt_party where id = ?", String.class,
                acme.id().value().toString())).isEqualTo(KartotekaSpringApplication.ShopTenant.TENANT);
    }

    @Test
    void aRollbackInTheServiceLeavesNothingBehind() {
        long parties = count("kt_party");
        long orders = count("kt_transaction");
        Nip taken = Nip.parse("1234567802");

        assertThatThrownBy(() -> signups.register(List.of(
                new Signup("Pierwsza", taken, Money.of("10.00", "PLN"), DAY),
                new Signup("Druga", Nip.parse("9876543204"), Money.of("20.00", "PLN"), DAY),
                new Signup("Trzecia z tym samym NIP", taken, Money.of("30.00", "PLN"), DAY))))
                .isInstanceOf(DuplicateIdentifierException.class);

        assertThat(inTransaction(() -> registry.findByIdentifier(taken))).isEmpty();
        assertThat(inTransaction(() -> registry.findByIdentifier(Nip.parse("9876543204")))).isEmpty();
        assertThat(count("kt_party")).isEqualTo(parties);
        assertThat(count("kt_transaction")).isEqualTo(orders);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void mainRegistersACompanyPrintsItsOrderAndStops(CapturedOutput output) {
        KartotekaSpringApplication.main(new String[0]);

        assertThat(output.getOut()).contains("Registered Acme (", "orders: [").contains("1250.00 PLN");
    }

    @Test
    void readmeShowsExactlyTheBeansOfThisApplication() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("spring:", Path.of("src", "main", "java", "dev", "kartoteka",
                "examples", "spring", "KartotekaSpringApplication.java"), "spring");
    }

    /** Runs {@code work} in a transaction of Spring's, as a {@code @Transactional} method would. */
    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
