package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Large data sets stream in constant memory and any client is reached without the ones before it. */
class ExampleDataStreamingTests {

    @Test
    void streamsTwoHundredThousandClientsWithoutHoldingThem() {
        ExampleData data = ExampleData.builder().persons(160_000).companies(40_000).duplicateShare(0.05).build();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        AtomicLong seen = new AtomicLong();

        long count = data.parties().peek(p -> {
            if (seen.incrementAndGet() % 50_000 == 0) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            }
        }).count();

        // each company brings one to three contact persons, about one client in twenty a re-entry
        assertThat(count).isBetween(200_000L + 40_000 + 9_000, 200_000L + 120_000 + 11_000);
        // what is alive after a collection does not grow with the parties streamed (they would take gigabytes)
        assertThat(peak.get() - before).isLessThan(64L << 20);
    }

    @Test
    void buildingADataSetGeneratesNothingAndAnyClientIsReachedDirectly() {
        ExampleData millions = ExampleData.builder().persons(4_000_000).companies(1_000_000).duplicateShare(0.1)
                .build();

        assertThat(millions.entriesOfClient(4_999_999)).isNotEmpty();
        ExampleParty last = millions.entriesOfClient(4_999_999).stream().filter(ExampleParty::isClient).findFirst()
                .orElseThrow();
        assertThat(millions.entry(last.party().id())).contains(last);
        assertThat(millions.parties().skip(3).findFirst()).isPresent();
    }
}
