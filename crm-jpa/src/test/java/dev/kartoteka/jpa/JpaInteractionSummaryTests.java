package dev.kartoteka.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionSummary;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.spi.HistoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SQL aggregate behind {@link HistoryStore#interactionSummaries} yields exactly what the in-memory store (the
 * reference) yields for the same interactions: the same parties in the same order, the same counts, and the same first
 * and last instants to the microsecond, with the day ending in any zone (here also across a change of summer time).
 */
class JpaInteractionSummaryTests {

    private static final long SEED = 0x496e746572L;
    /** The days around the change to summer time in Europe (2026-03-29). */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 27);
    private static final int DAYS = 5;
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Warsaw"),
            ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kathmandu"));

    @Test
    void summariesEqualThoseOfTheInMemoryStoreForTheSameInteractions() {
        qt().withFixedSeed(SEED).withExamples(20).withShrinkCycles(0)
                .forAll(longs().all(), integers().between(-1, DAYS), integers().between(0, ZONES.size() - 1))
                .checkAssert((seed, asOfDay, zoneIndex) -> {
                    HistoryStore jpa = TestDatabase.freshTenant().historyStore();
                    HistoryStore reference = HistoryStore.inMemory();
                    for (Interaction i : interactions(new Random(seed))) {
                        jpa.insert(i);
                        reference.insert(i);
                    }
                    LocalDate asOf = FIRST_DAY.plusDays(asOfDay);
                    for (ZoneId zone : List.of(ZONES.get(zoneIndex), ZoneOffset.UTC)) {
                        assertThat(summaries(jpa, asOf, zone)).as("seed %d, as of %s in %s", seed, asOf, zone)
                                .containsExactlyElementsOf(summaries(reference, asOf, zone));
                    }
                    assertThat(summaries(jpa, LocalDate.MAX, ZoneOffset.UTC)).as("seed %d, every interaction", seed)
                            .containsExactlyElementsOf(summaries(reference, LocalDate.MAX, ZoneOffset.UTC));
                });
    }

    @Test
    void summaryStreamCanBeClosedBeforeItsEndAndTheStoreStaysUsable() {
        HistoryStore store = TestDatabase.freshTenant().historyStore();
        for (int i = 0; i < 5; i++) {
            store.insert(Interaction.builder(PartyId.random(), InteractionType.CALL,
                    FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant()).build());
        }
        for (int round = 0; round < 20; round++) { // more rounds than the pool has connections
            try (Stream<InteractionSummary> s = store.interactionSummaries(FIRST_DAY, ZoneOffset.UTC)) {
                assertThat(s.findFirst()).isPresent();
            }
        }
        assertThat(summaries(store, FIRST_DAY, ZoneOffset.UTC)).hasSize(5);
    }

    /**
     * Up to 6 parties (random ids, so on both sides of the UUID sign bit) with up to 10 interactions each, many of them
     * at a midnight of one of the zones or a microsecond before or after it, some with a contact person.
     */
    private static List<Interaction> interactions(Random random) {
        List<Interaction> out = new ArrayList<>();
        int parties = 1 + random.nextInt(6);
        for (int p = 0; p < parties; p++) {
            PartyId party = new PartyId(new UUID(random.nextLong(), random.nextLong()));
            int count = random.nextInt(11);
            for (int i = 0; i < count; i++) {
                LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS + 1) - 1);
                Instant at;
                if (random.nextBoolean()) {
                    Instant midnight = day.atStartOfDay(ZONES.get(random.nextInt(ZONES.size()))).toInstant();
                    at = midnight.plus(random.nextInt(3) - 1, ChronoUnit.MICROS);
                } else {
                    at = day.atStartOfDay(ZoneOffset.UTC).toInstant()
                            .plus(Duration.ofNanos(random.nextLong(86_400_000_000L) * 1_000));
                }
                Interaction.Builder b = Interaction.builder(party,
                        InteractionType.values()[random.nextInt(InteractionType.values().length)], at);
                if (random.nextInt(4) == 0) {
                    b.contactPerson(PartyId.random());
                }
                out.add(b.build());
            }
        }
        return out;
    }

    private static List<InteractionSummary> summaries(HistoryStore store, LocalDate asOf, ZoneId zone) {
        try (Stream<InteractionSummary> s = store.interactionSummaries(asOf, zone)) {
            return s.toList();
        }
    }
}
