package dev.kartoteka.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ClientRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveDuplicateIndexTests {

    private final ClientRegistry registry = ClientRegistry.inMemory();

    private static Person.Builder anna() {
        return Person.builder().givenNames("Anna").familyName("Wiśniewska").birthDate(LocalDate.of(1985, 3, 12))
                .addContactPoint(PostalAddress.polish("ul. Długa", "5", "00-950", "Warszawa"));
    }

    @Test
    void indexesTheRegistryAndFindsADuplicateBeforeItIsCreated() {
        Person stored = registry.create(anna().build());
        LiveDuplicateIndex index = LiveDuplicateIndex.follow(registry, DuplicateDetector.defaults());

        List<MatchResult> found = index.findDuplicates(Person.builder().givenNames("ANNA").familyName("Wisniewska")
                .birthDate(LocalDate.of(1985, 3, 12)).build());

        assertThat(index.size()).isEqualTo(1);
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.right()).isEqualTo(stored.id());
            assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
        });
    }

    @Test
    void followsCreationsUpdatesAndErasuresMadeAfterItWasBuilt() {
        LiveDuplicateIndex index = LiveDuplicateIndex.follow(registry, DuplicateDetector.defaults());
        Person candidate = anna().build();
        assertThat(index.findDuplicates(candidate)).isEmpty();

        Person stored = registry.create(anna().build());
        assertThat(index.findDuplicates(candidate)).extracting(MatchResult::right).containsExactly(stored.id());

        registry.update(stored.toBuilder().givenNames("Zofia").familyName("Kowalczyk")
                .birthDate(LocalDate.of(1950, 1, 1)).build());
        assertThat(index.findDuplicates(candidate)).as("the old name is gone from the index").isEmpty();

        Person again = registry.create(anna().build());
        registry.privacy().erase(again.id(), "request");
        assertThat(index.findDuplicates(candidate)).as("erased parties leave the index").isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void dropsMergedPartiesAndKeepsTheSurvivor() {
        LiveDuplicateIndex index = LiveDuplicateIndex.follow(registry, DuplicateDetector.defaults());
        Person kept = registry.create(anna().build());
        Person duplicate = registry.create(anna().givenNames("Ana").build());
        assertThat(index.size()).isEqualTo(2);

        registry.merge(dev.kartoteka.core.merge.MergeRequest.of(kept.id(), kept.version(), duplicate.id(),
                duplicate.version()));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.findDuplicates(anna().build())).extracting(MatchResult::right).containsExactly(kept.id());
    }

    @Test
    void leavesOutTheCandidateItselfAndStopsFollowingWhenStopped() {
        LiveDuplicateIndex index = LiveDuplicateIndex.follow(registry, DuplicateDetector.defaults());
        Person stored = registry.create(anna().build());
        assertThat(index.findDuplicates(stored)).isEmpty();

        index.stop();
        registry.create(anna().build());

        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void answersLikeTheSnapshotIndexOnTheSameParties() {
        List<Person> data = LabelledPersons.generate(400, 7).stream().map(Labelled::party).toList();
        // fed directly: re-entered persons share PESELs, which the registry itself would refuse
        LiveDuplicateIndex live = LiveDuplicateIndex.empty(DuplicateDetector.defaults());
        data.forEach(live::put);
        DuplicateIndex snapshot = DuplicateDetector.defaults().index(data);

        assertThat(live.size()).isEqualTo(400);
        long withDuplicates = 0;
        for (Person p : data.subList(0, 150)) {
            withDuplicates += snapshot.findDuplicates(p).isEmpty() ? 0 : 1;
            assertThat(live.findDuplicates(p)).extracting(MatchResult::right, MatchResult::outcome)
                    .containsExactlyInAnyOrderElementsOf(snapshot.findDuplicates(p).stream()
                            .map(r -> org.assertj.core.groups.Tuple.tuple(r.right(), r.outcome())).toList());
        }
        assertThat(withDuplicates).as("the sample holds duplicates to find").isPositive();
    }
}
