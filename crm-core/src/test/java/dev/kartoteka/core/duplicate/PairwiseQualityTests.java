package dev.kartoteka.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.ExampleParties;
import dev.kartoteka.core.registry.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PairwiseQualityTests {

    private static final PartyId A1 = id(1);
    private static final PartyId A2 = id(2);
    private static final PartyId A3 = id(3);
    private static final PartyId B1 = id(4);
    private static final PartyId B2 = id(5);
    private static final PartyId C1 = id(6);
    /** Entity A has three records, B two, C one: 3 + 1 = 4 true pairs. */
    private static final Map<PartyId, String> TRUTH = Map.of(A1, "A", A2, "A", A3, "A", B1, "B", B2, "B", C1, "C");

    @Test
    void countsThePairsOfEachClusterAgainstTheEntities() {
        // {A1 A2 B1}: 3 predicted pairs, 1 true (A1-A2); {B2 C1}: 1 predicted, 0 true; A3 alone
        PairwiseQuality q = PairwiseQuality.of(TRUTH, List.of(List.of(A1, A2, B1), List.of(B2, C1)));

        assertThat(q).isEqualTo(new PairwiseQuality(4, 4, 1));
        assertThat(q.precision()).isEqualTo(0.25);
        assertThat(q.recall()).isEqualTo(0.25);
        assertThat(q.f1()).isEqualTo(0.25);
        assertThat(q).hasToString("precision 0.2500, recall 0.2500, F1 0.2500 (true pairs 4, predicted 4, correct 1)");
    }

    @Test
    void theTruthsOwnClustersArePerfectAndNoClustersPredictNothing() {
        PairwiseQuality perfect = PairwiseQuality.of(TRUTH, List.of(List.of(A3, A1, A2), List.of(B2, B1)));
        PairwiseQuality none = PairwiseQuality.of(TRUTH, List.of());

        assertThat(perfect).isEqualTo(new PairwiseQuality(4, 4, 4));
        assertThat(perfect.f1()).isEqualTo(1.0);
        assertThat(none).isEqualTo(new PairwiseQuality(4, 0, 0));
        assertThat(none.precision()).as("nothing predicted, nothing wrong").isEqualTo(1.0);
        assertThat(none.recall()).isZero();
        assertThat(none.f1()).isZero();
    }

    @Test
    void aClusterOfRecordsTheTruthDoesNotLabelOrARecordInTwoClustersIsRefused() {
        PartyId stranger = id(99);

        assertThatThrownBy(() -> PairwiseQuality.of(TRUTH, List.of(List.of(A1, stranger))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(stranger.toString()).hasMessageContaining("no entity in the truth");
        assertThatThrownBy(() -> PairwiseQuality.of(TRUTH, List.of(List.of(A1, A2), List.of(A2, A3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(A2.toString()).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> PairwiseQuality.of(TRUTH, List.of(List.of(A1, A2, A1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(A1.toString()).hasMessageContaining("appears twice");
        Map<PartyId, String> nullEntity = new HashMap<>(TRUTH);
        nullEntity.put(C1, null);
        assertThatThrownBy(() -> PairwiseQuality.of(nullEntity, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("entity of " + C1);
        assertThatThrownBy(() -> PairwiseQuality.of(TRUTH, List.of(java.util.Arrays.asList(A2, null))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("a record id");
        assertThatThrownBy(() -> new PairwiseQuality(2, 1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("correct pairs (2)");
        assertThatThrownBy(() -> new PairwiseQuality(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("true -1");
    }

    @Test
    void aScanIsMeasuredOnItsClustersOrWithThePairsLeftForReview() {
        // two re-entries that match; two that are left for review (a birth date one keystroke off and another e-mail);
        // a stranger
        Person anna = ExampleParties.person("Anna", "Wiśniewska").birthDate(LocalDate.of(1980, 3, 1)).build();
        Person anna2 = ExampleParties.person("Anna", "Wisniewska").birthDate(LocalDate.of(1980, 3, 1)).build();
        Person bozydar = ExampleParties.person("Bożydar", "Wrzosek").birthDate(LocalDate.of(1971, 4, 12))
                .addContactPoint(dev.kartoteka.core.party.EmailContact.of("b.wrzosek@example.pl")).build();
        Person bozydar2 = ExampleParties.person("Bozydar", "Wrzosek").birthDate(LocalDate.of(1971, 4, 13))
                .addContactPoint(dev.kartoteka.core.party.EmailContact.of("bozydar.w@example.com")).build();
        Person other = ExampleParties.person("Celina", "Nowak").birthDate(LocalDate.of(1990, 1, 1)).build();
        Map<PartyId, String> truth = Map.of(anna.id(), "anna", anna2.id(), "anna", bozydar.id(), "bozydar",
                bozydar2.id(), "bozydar", other.id(), "celina");
        ScanResult scan = DuplicateDetector.defaults().scan(List.of(anna, anna2, bozydar, bozydar2, other),
                Progress.NONE);
        assertThat(scan.matches()).hasSize(1);
        assertThat(scan.possibleMatches()).hasSize(1);

        assertThat(PairwiseQuality.of(truth, scan, MatchOutcome.MATCH)).isEqualTo(new PairwiseQuality(2, 1, 1));
        assertThat(PairwiseQuality.of(truth, scan, MatchOutcome.POSSIBLE_MATCH))
                .isEqualTo(new PairwiseQuality(2, 2, 2));
        assertThatThrownBy(() -> PairwiseQuality.of(truth, scan, MatchOutcome.NO_MATCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowest");

        // labels of records the scan did not see are left out: a third Anna elsewhere in the file changes nothing
        Map<PartyId, String> wholeFile = new HashMap<>(truth);
        wholeFile.put(id(500), "anna");
        wholeFile.put(id(501), "celina");
        assertThat(PairwiseQuality.of(wholeFile, scan, MatchOutcome.MATCH)).isEqualTo(new PairwiseQuality(2, 1, 1));
        // a scanned record without a label is refused whatever the scan found for it
        Map<PartyId, String> unlabelled = new HashMap<>(truth);
        unlabelled.remove(other.id());
        for (MatchOutcome lowest : List.of(MatchOutcome.MATCH, MatchOutcome.POSSIBLE_MATCH)) {
            assertThatThrownBy(() -> PairwiseQuality.of(unlabelled, scan, lowest))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(other.id().toString())
                    .hasMessageContaining("has no entity");
        }
        // one party indexed twice
        ScanResult twice = DuplicateDetector.defaults().scan(List.of(anna, anna, anna2), Progress.NONE);
        assertThatThrownBy(() -> PairwiseQuality.of(truth, twice, MatchOutcome.MATCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("indexed twice");
    }

    @Test
    void theCountsAgreeWithCountingEveryPairOneByOne() {
        // any partition of 12 records into entities, any partition into clusters: the counts are those of the pairs
        qt().withExamples(500).forAll(lists().of(integers().between(0, 3)).ofSize(12),
                lists().of(integers().between(0, 5)).ofSize(12)).checkAssert((entities, clusterOf) -> {
                    List<PartyId> ids = new ArrayList<>();
                    Map<PartyId, Integer> truth = new HashMap<>();
                    Map<Integer, List<PartyId>> clusters = new LinkedHashMap<>();
                    for (int i = 0; i < 12; i++) {
                        PartyId id = id(i);
                        ids.add(id);
                        truth.put(id, entities.get(i));
                        if (clusterOf.get(i) > 0) { // cluster 0: records left out of every cluster (alone)
                            clusters.computeIfAbsent(clusterOf.get(i), k -> new ArrayList<>()).add(id);
                        }
                    }
                    long truePairs = 0;
                    long predicted = 0;
                    long correct = 0;
                    for (int i = 0; i < 12; i++) {
                        for (int j = i + 1; j < 12; j++) {
                            boolean same = entities.get(i).equals(entities.get(j));
                            boolean together = clusterOf.get(i) > 0 && clusterOf.get(i).equals(clusterOf.get(j));
                            truePairs += same ? 1 : 0;
                            predicted += together ? 1 : 0;
                            correct += same && together ? 1 : 0;
                        }
                    }
                    Collection<List<PartyId>> predictedClusters = clusters.values();
                    PairwiseQuality q = PairwiseQuality.of(truth, predictedClusters);

                    assertThat(q).isEqualTo(new PairwiseQuality(truePairs, predicted, correct));
                    assertThat(q.precision()).isBetween(0.0, 1.0);
                    assertThat(q.recall()).isBetween(0.0, 1.0);
                    assertThat(q.f1()).isBetween(Math.min(q.precision(), q.recall()) - 1e-12,
                            Math.max(q.precision(), q.recall()) + 1e-12);
                    PairwiseQuality all = PairwiseQuality.of(truth, List.of(ids));
                    assertThat(all.predictedPairs()).isEqualTo(66);
                    assertThat(all.correctPairs()).isEqualTo(truePairs);
                });
    }

    private static PartyId id(int n) {
        return new PartyId(new UUID(0, n + 1L));
    }
}
