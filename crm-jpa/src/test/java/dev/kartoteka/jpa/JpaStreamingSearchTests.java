package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.FieldCriterion;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.PartySort;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.core.registry.SortDirection;
import dev.kartoteka.core.spi.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Searches that stream their matches (every match of a query, and searches with custom-field criteria) read them in
 * keyset chunks: across chunk boundaries, with many equal sort keys, the order and the set are exactly those of a sort
 * of all parties by the query's order (folded name, time or id, then id ascending).
 *
 * <p>The ids are made so that the database's order of the id column must be {@link PartyId}'s to pass: a quarter each
 * begin with 0, 7, 8 and f, and within each quarter they differ only in the low half, whose sign bit varies — so a
 * chunk boundary falls between ids that only their low halves, compared unsigned, tell apart.
 */
class JpaStreamingSearchTests {

    private static final int PARTIES = 1_234; // more than two chunks of 500
    private static final long[] HIGH_HALVES = {0x0123_4567_0000_0000L, 0x7fff_ffff_0000_0000L, 0x8000_0000_0000_0000L,
        0xfedc_ba98_0000_0000L};

    private final KartotekaJpa jpa = TestDatabase.freshTenant();
    private final ClientRegistry registry = jpa.registryBuilder().build();
    private final List<Party> all = new ArrayList<>();

    JpaStreamingSearchTests() {
        registry.evolveSchema(0, new SchemaChange.AddField(FieldDefinition.builder("tier", FieldType.INTEGER).build()));
        List<Party> input = new ArrayList<>();
        long salt = PartyId.random().value().getLeastSignificantBits() & 0xffff_ffffL; // ids are unique per database
        for (int i = 0; i < PARTIES; i++) {
            input.add(company("Firma " + (i % 37)).customField("tier", (long) (i % 4)) // many equal names
                    .id(new PartyId(new UUID(HIGH_HALVES[i % HIGH_HALVES.length] | salt, i * 0x9e37_79b9_7f4a_7c15L)))
                    .build());
        }
        registry.createAll(input, 400, Progress.NONE);
        for (int page = 0; page * 1000 < PARTIES; page++) { // paged in SQL: not the streaming path under test
            all.addAll(registry.search(PartyQuery.builder().page(page, 1000).build()).items());
        }
        assertThat(all).hasSize(PARTIES);
    }

    @Test
    void everyMatchComesOnceInTheQuerysOrderAcrossChunks() {
        for (SortDirection direction : SortDirection.values()) {
            PartyQuery query = PartyQuery.builder().sortBy(PartySort.NAME, direction).asOf(LocalDate.now()).build();
            List<PartyId> streamed = new ArrayList<>();
            jpa.partyStore().forEachMatch(query, p -> streamed.add(p.id()));

            Comparator<Party> byName = Comparator.comparing(p -> SearchText.fold(p.displayName()));
            Comparator<Party> order = (direction == SortDirection.DESCENDING ? byName.reversed() : byName)
                    .thenComparing(Party::id);
            assertThat(streamed).as(direction.name()).containsExactlyElementsOf(
                    all.stream().sorted(order).map(Party::id).toList());
        }
    }

    @Test
    void idOrderIsPartyIdOrderAcrossChunksInBothDirections() {
        List<PartyId> ascending = all.stream().map(Party::id).sorted().toList();
        assertThat(all.stream().map(p -> p.id().value()).sorted().map(PartyId::new).toList())
                .as("UUID.compareTo orders these ids otherwise").isNotEqualTo(ascending);
        for (SortDirection direction : SortDirection.values()) {
            PartyQuery query = PartyQuery.builder().sortBy(PartySort.ID, direction).asOf(LocalDate.now()).build();
            List<PartyId> expected = new ArrayList<>(ascending);
            if (direction == SortDirection.DESCENDING) {
                java.util.Collections.reverse(expected);
            }
            List<PartyId> streamed = new ArrayList<>();
            jpa.partyStore().forEachMatch(query, p -> streamed.add(p.id()));
            List<PartyId> walked = new ArrayList<>();
            registry.forEachMatch(query, p -> walked.add(p.id()));
            List<PartyId> paged = new ArrayList<>(); // paged in SQL with an offset, sorted by the database
            for (int page = 0; page * 400 < PARTIES; page++) {
                registry.search(query.toBuilder().page(page, 400).build()).items().forEach(p -> paged.add(p.id()));
            }

            assertThat(streamed).as("the store's keyset walk, %s", direction).containsExactlyElementsOf(expected);
            assertThat(walked).as("the registry's walk, %s", direction).containsExactlyElementsOf(expected);
            assertThat(paged).as("search pages, %s", direction).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aCustomFieldSearchPagesLikeABruteForceFilter() {
        PartyQuery.Builder query = PartyQuery.builder().customField(FieldCriterion.between("tier", 1L, 2L))
                .sortBy(PartySort.CREATED_AT, SortDirection.DESCENDING);
        List<PartyId> expected = all.stream()
                .filter(p -> p.customFields().get("tier", Long.class).map(t -> t >= 1 && t <= 2).orElse(false))
                .sorted(Comparator.comparing(Party::createdAt).reversed().thenComparing(Party::id))
                .map(Party::id).toList();

        var page = registry.search(query.page(3, 100).build());

        assertThat(page.totalItems()).isEqualTo(expected.size());
        assertThat(page.items()).extracting(Party::id).containsExactlyElementsOf(expected.subList(300, 400));
    }
}
