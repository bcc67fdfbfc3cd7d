package dev.kartoteka.core.registry;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.nip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.spi.PartyStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads on one in-memory registry: optimistic locking loses no update, and the identifier index and the search
 * stay consistent with the parties.
 */
class ConcurrencyTests {

    private static final int THREADS = 8;
    private static final int OPERATIONS_PER_THREAD = 500;
    private static final long SEED = 20261122L;

    private ExecutorService executor;
    private ClientRegistry registry;
    private RecordingListener recorder;

    @BeforeEach
    void setUp() {
        executor = Executors.newFixedThreadPool(THREADS);
        recorder = new RecordingListener();
        registry = ClientRegistry.builder().store(PartyStore.inMemory()).clock(new MutableClock()).listener(recorder)
                .build();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).as("executor terminated").isTrue();
    }

    @Test
    void concurrentReadModifyWriteLosesNoUpdate() throws Exception {
        List<PartyId> shared = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shared.add(registry.create(company("Wspólna " + i).build()).id());
        }
        Map<PartyId, Set<String>> written = new ConcurrentHashMap<>();
        shared.forEach(id -> written.put(id, ConcurrentHashMap.newKeySet()));
        AtomicInteger conflicts = new AtomicInteger();

        runOnAllThreads(thread -> {
            Random random = new Random(SEED + thread);
            for (int op = 0; op < OPERATIONS_PER_THREAD; op++) {
                PartyId id = shared.get(random.nextInt(shared.size()));
                String tag = "t" + thread + "-" + op;
                while (true) {
                    Company read = (Company) registry.get(id);
                    try {
                        registry.update(read.toBuilder().tag(tag).build());
                        written.get(id).add(tag);
                        break;
                    } catch (ConcurrentUpdateException e) {
                        conflicts.incrementAndGet();
                    }
                }
            }
            return null;
        });

        int total = 0;
        for (PartyId id : shared) {
            Party party = registry.get(id);
            Set<String> tags = written.get(id);
            assertThat(party.tags()).extracting(Tag::value).containsExactlyInAnyOrderElementsOf(tags);
            assertThat(party.version()).isEqualTo(tags.size());
            total += tags.size();
        }
        assertThat(total).isEqualTo(THREADS * OPERATIONS_PER_THREAD);
        assertThat(recorder.ofType(RegistryEvent.PartyUpdated.class)).hasSize(total);
        System.out.printf("read-modify-write: %d updates, %d conflicts retried%n", total, conflicts.get());
    }

    @Test
    void concurrentCreatesAndEmailChangesKeepTheIndexConsistent() throws Exception {
        // every thread creates its own parties (each NIP used once) and changes the e-mails of parties it created;
        // every thread also tries to create one NIP that all threads race for
        Map<PartyId, String> finalEmail = new ConcurrentHashMap<>();
        Map<PartyId, Nip> nips = new ConcurrentHashMap<>();
        Set<String> everUsedEmails = ConcurrentHashMap.newKeySet();
        AtomicInteger contestedWinners = new AtomicInteger();
        AtomicInteger contestedLosers = new AtomicInteger();
        Nip contested = nip(99_999_999);

        runOnAllThreads(thread -> {
            Random random = new Random(SEED * 31 + thread);
            List<Company> mine = new ArrayList<>();
            for (int op = 0; op < OPERATIONS_PER_THREAD; op++) {
                if (op == OPERATIONS_PER_THREAD / 2) {
                    try {
                        Company c = registry.create(company("Sporna " + thread).nip(contested).build());
                        nips.put(c.id(), contested);
                        finalEmail.put(c.id(), "");
                        contestedWinners.incrementAndGet();
                    } catch (DuplicateIdentifierException e) {
                        contestedLosers.incrementAndGet();
                    }
                } else if (mine.isEmpty() || random.nextInt(100) < 40) {
                    int n = thread * OPERATIONS_PER_THREAD + op;
                    String email = "p" + n + "-v0@example.pl";
                    everUsedEmails.add(email);
                    Company c = registry.create(company("Firma " + n).nip(nip(n))
                            .addContactPoint(EmailContact.of(email)).build());
                    nips.put(c.id(), nip(n));
                    finalEmail.put(c.id(), email);
                    mine.add(c);
                } else {
                    int index = random.nextInt(mine.size());
                    Company current = mine.get(index);
                    String email = "p" + current.nip().orElseThrow().value() + "-op" + op + "@example.pl";
                    everUsedEmails.add(email);
                    Company changed = registry.update(current.toBuilder()
                            .contactPoints(List.of(EmailContact.of(email))).build());
                    finalEmail.put(changed.id(), email);
                    mine.set(index, changed);
                }
            }
            return null;
        });

        assertThat(contestedWinners.get()).isEqualTo(1);
        assertThat(contestedLosers.get()).isEqualTo(THREADS - 1);
        assertThat(registry.findByIdentifier(contested)).hasSize(1);

        Set<String> current = new HashSet<>();
        for (Map.Entry<PartyId, String> e : finalEmail.entrySet()) {
            Party party = registry.get(e.getKey());
            assertThat(registry.findByIdentifier(nips.get(e.getKey()))).containsExactly(party);
            if (!e.getValue().isEmpty()) {
                assertThat(registry.findByIdentifier(Email.of(e.getValue()))).containsExactly(party);
                current.add(e.getValue());
            }
        }
        for (String stale : everUsedEmails) {
            if (!current.contains(stale)) {
                assertThat(registry.findByIdentifier(Email.of(stale))).as("stale e-mail %s", stale).isEmpty();
            }
        }

        long created = finalEmail.size();
        assertThat(registry.search(PartyQuery.builder().page(0, 1).build()).totalItems()).isEqualTo(created);
        assertThat(registry.search(PartyQuery.builder().kind(PartyKind.COMPANY).page(0, 1).build()).totalItems())
                .isEqualTo(created);
        assertThat(registry.search(PartyQuery.builder().name("firma").page(0, 1).build()).totalItems())
                .isEqualTo(created - 1);
        assertThat(recorder.ofType(RegistryEvent.PartyCreated.class)).hasSize((int) created);
    }

    @Test
    void concurrentReadersAlwaysSeeAConsistentParty() throws Exception {
        Company acme = registry.create(company("Acme").addContactPoint(EmailContact.of("v0@acme.pl")).build());
        CountDownLatch writerDone = new CountDownLatch(1);

        Future<?> writer = executor.submit(() -> {
            try {
                Company c = acme;
                for (int i = 1; i <= 2_000; i++) {
                    c = registry.update(c.toBuilder().legalName("Acme " + i)
                            .contactPoints(List.of(EmailContact.of("v" + i + "@acme.pl"))).build());
                }
            } finally {
                writerDone.countDown();
            }
            return null;
        });
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < THREADS - 1; r++) {
            readers.add(executor.submit(() -> {
                int reads = 0;
                while (writerDone.getCount() > 0 || reads == 0) {
                    Company c = (Company) registry.get(acme.id());
                    String version = c.version() == 0 ? "" : " " + c.version();
                    assertThat(c.legalName()).isEqualTo("Acme" + version);
                    List<Party> byEmail = registry.findByIdentifier(Email.of("v" + c.version() + "@acme.pl"));
                    // that e-mail belongs to exactly one version: found at that version, or not found if it moved on
                    assertThat(byEmail).hasSizeLessThanOrEqualTo(1)
                            .allSatisfy(p -> assertThat(p.version()).isEqualTo(c.version()));
                    reads++;
                }
                return reads;
            }));
        }

        writer.get(60, TimeUnit.SECONDS);
        for (Future<Integer> reader : readers) {
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        }
        assertThat(registry.get(acme.id()).version()).isEqualTo(2_000);
    }

    /** Runs the task on every thread at once and waits for all, rethrowing the first failure. */
    private void runOnAllThreads(ThreadTask task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Callable<Void> callable = () -> {
                start.await();
                task.run(thread);
                return null;
            };
            futures.add(executor.submit(callable));
        }
        start.countDown();
        for (Future<Void> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
    }

    @FunctionalInterface
    private interface ThreadTask {
        Void run(int thread) throws Exception;
    }
}
