package dev.kartoteka.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Listeners see the changes of a party in the order they were stored, also when many threads write at once. */
class EventOrderingTests {

    @Test
    void listenersSeeEveryVersionOfAPartyInIncreasingOrderUnderConcurrentUpdates() throws Exception {
        RecordingListener recorder = new RecordingListener();
        ClientRegistry registry = ClientRegistry.builder().listener(recorder).build();
        Company shared = registry.create(Company.builder().legalName("Wspólna").build());
        int threads = 8;
        int updatesPerThread = 300;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < updatesPerThread; i++) {
                    while (true) {
                        Company current = (Company) registry.get(shared.id());
                        try {
                            registry.update(current.toBuilder().tag("t" + thread + "-" + i).build());
                            break;
                        } catch (ConcurrentUpdateException retry) {
                            // somebody else was first: read again and re-apply
                        }
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Long> versions = recorder.ofType(RegistryEvent.PartyUpdated.class).stream()
                .map(RegistryEvent::party).map(Party::version).toList();
        assertThat(versions).hasSize(threads * updatesPerThread).isSorted().doesNotHaveDuplicates();
        assertThat(versions.get(versions.size() - 1)).isEqualTo((long) threads * updatesPerThread);
    }
}
