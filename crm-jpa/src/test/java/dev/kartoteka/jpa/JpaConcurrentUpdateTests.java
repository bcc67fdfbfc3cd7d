package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.registry.ClientRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking on the database: two updates of the same version of a party, started at the same moment by two
 * registries on the same tenant (two nodes: two connections, two transactions, no shared lock in the JVM) — one wins, the other gets {@link ConcurrentUpdateException}, and the
 * stored party is exactly the winner's, whole. Runs on every test database; CI runs it on PostgreSQL and MariaDB.
 */
class JpaConcurrentUpdateTests {

    private static final int ROUNDS = 10;

    /** Two registries on one tenant, like two application nodes: no lock in the JVM orders their writes. */
    private final String tenant = "t-" + java.util.UUID.randomUUID();
    private final ClientRegistry registry = TestDatabase.shared().forTenant(tenant).registryBuilder().build();
    private final ClientRegistry otherNode = TestDatabase.shared().forTenant(tenant).registryBuilder().build();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void ofTwoConcurrentUpdatesOfOneVersionExactlyOneWinsAndNothingIsHalfWritten() throws Exception {
        Company stored = registry.create(company("Acme").addContactPoint(EmailContact.of("biuro@acme.pl")).build());
        for (int round = 0; round < ROUNDS; round++) {
            Company base = (Company) registry.get(stored.id());
            Company left = base.toBuilder().legalName("Left " + round)
                    .addContactPoint(PhoneContact.of("+48 601 000 " + String.format("%03d", round))).build();
            Company right = base.toBuilder().legalName("Right " + round).tag("right-" + round).build();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Company>> results = new ArrayList<>();
            results.add(pool.submit(() -> {
                start.await();
                return registry.update(left);
            }));
            results.add(pool.submit(() -> {
                start.await();
                return otherNode.update(right);
            }));
            List<Company> winners = new ArrayList<>();
            int conflicts = 0;
            for (Future<Company> result : results) {
                try {
                    winners.add(result.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConcurrentUpdateException.class);
                    conflicts++;
                }
            }

            assertThat(winners).hasSize(1);
            assertThat(conflicts).isEqualTo(1);
            Company now = (Company) registry.get(stored.id());
            assertThat(now).isEqualTo(winners.get(0));
            assertThat(now.version()).isEqualTo(base.version() + 1);
            boolean leftWon = now.legalName().startsWith("Left");
            assertThat(now.contactPoints()).hasSize(base.contactPoints().size() + (leftWon ? 1 : 0));
            assertThat(now.tags()).hasSize(base.tags().size() + (leftWon ? 0 : 1));
        }
    }
}
