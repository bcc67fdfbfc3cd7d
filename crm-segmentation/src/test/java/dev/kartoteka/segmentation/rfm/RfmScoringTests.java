package dev.kartoteka.segmentation.rfm;

import static dev.kartoteka.segmentation.rfm.RfmTheories.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Batch and single scoring, pinned on small populations computed by hand. */
class RfmScoringTests {

    /**
     * Ten parties with ties in every metric. With n = 10 and 5 bins a score is 1 + ⌊w / 2⌋, w = how many parties
     * have a strictly worse value.
     */
    private static final List<RfmInput> TEN = List.of(
            new RfmInput(party(0), 1, 12, 500),
            new RfmInput(party(1), 3, 1, 20),
            new RfmInput(party(2), 3, 1, 35.5),
            new RfmInput(party(3), 10, 1, 20),
            new RfmInput(party(4), 30, 1, 80),
            new RfmInput(party(5), 30, 1, 120),
            new RfmInput(party(6), 30, 2, 60),
            new RfmInput(party(7), 90, 2, 250),
            new RfmInput(party(8), 180, 5, 900),
            new RfmInput(party(9), 365, 1, 10));

    @Test
    void scoresTenPartiesWithTiesAsComputedByHand() {
        RfmResult result = RfmScoring.defaults().score(TEN);

        // R: recency 1 beats 9 → 5; 3 and 3 beat 7 → 4; 10 beats 6 → 4; the three 30s beat 3 → 2; 90 beats 2 → 2; ...
        // F: six parties bought once → 1 (nobody is worse); 2 beats those 6 → 4; 5 beats 8 and 12 beats 9 → 5
        // M: 10 → 1; both 20s beat 1 → 1; 35.5 beats 3 → 2; 60 → 3; 80 → 3; 120 → 4; 250 → 4; 500 → 5; 900 → 5
        assertThat(result.scores()).extracting(RfmScore::code)
                .containsExactly("555", "411", "412", "411", "213", "214", "243", "244", "155", "111");
        assertThat(result.scores()).extracting(RfmScore::segment).containsExactly(
                "champions", "new customers", "potential loyalists", "new customers", "need attention",
                "need attention", "loyal customers", "loyal customers", "cannot lose them", "lost");
        assertThat(result.scores()).extracting(RfmScore::partyId)
                .containsExactlyElementsOf(TEN.stream().map(RfmInput::partyId).toList());
        assertThat(result.size()).isEqualTo(10);
    }

    @Test
    void learnsTheQuantileCutPointsOfTheTenParties() {
        RfmBoundaries boundaries = RfmScoring.defaults().score(TEN).boundaries();

        // cut k is the ⌈k · 10 / 5⌉ = 2k-th worst value
        assertThat(boundaries.bins()).isEqualTo(5);
        assertThat(boundaries.recencyCuts()).containsExactly(180, 30, 30, 3);
        assertThat(boundaries.frequencyCuts()).containsExactly(1, 1, 1, 2);
        assertThat(boundaries.monetaryCuts()).containsExactly(20, 35.5, 80, 250);
        assertThat(RfmScoring.defaults().fit(TEN)).isEqualTo(boundaries);
    }

    @Test
    void countsSegmentsAndTheRecencyByFrequencyGrid() {
        RfmResult result = RfmScoring.defaults().score(TEN);

        assertThat(result.segmentSizes()).containsExactly(
                entry("champions", 1L), entry("loyal customers", 2L), entry("new customers", 2L),
                entry("promising", 0L), entry("potential loyalists", 1L), entry("need attention", 2L),
                entry("about to sleep", 0L), entry("cannot lose them", 1L), entry("at risk", 0L),
                entry("lost", 1L), entry("hibernating", 0L));
        assertThat(result.grid()).hasSize(25).extracting(RfmResult.Cell::parties)
                .containsExactly(
                        1L, 0L, 0L, 0L, 1L,   // R 1: F 1 (365 days), F 5 (180 days)
                        2L, 0L, 0L, 2L, 0L,   // R 2
                        0L, 0L, 0L, 0L, 0L,   // R 3
                        3L, 0L, 0L, 0L, 0L,   // R 4
                        0L, 0L, 0L, 0L, 1L);  // R 5
        RfmResult.Cell recentOnce = result.cell(4, 1);
        assertThat(recentOnce.parties()).isEqualTo(3);
        assertThat(recentOnce.monetarySum()).isEqualTo(75.5);
        assertThat(recentOnce.meanMonetary()).hasValueCloseTo(75.5 / 3, within(1e-12));
        assertThat(result.cell(2, 4).meanMonetary()).hasValue(155.0);
        assertThat(result.cell(3, 3).meanMonetary()).isEmpty();
        assertThat(result.grid().get(0)).isEqualTo(new RfmResult.Cell(1, 1, 1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> result.cell(6, 1));
    }

    @Test
    void scoresNewPartiesAgainstTheStoredBoundaries() {
        RfmScoring rfm = RfmScoring.defaults();
        RfmBoundaries stored = rfm.fit(TEN);

        // a value between two fitted values scores like the better one; beyond all of them, the top or the bottom
        assertThat(rfm.score(new RfmInput(party(10), 0, 3, 36), stored).code()).isEqualTo("553");
        assertThat(rfm.score(new RfmInput(party(11), 200, 1, 0), stored).code()).isEqualTo("111");
        assertThat(rfm.score(new RfmInput(party(12), 30, 2, 10_000), stored))
                .isEqualTo(new RfmScore(party(12), 2, 4, 5, "loyal customers"));
        assertThat(stored.recencyScore(2)).isEqualTo(5);
        assertThat(stored.recencyScore(3)).isEqualTo(4);
        assertThat(stored.frequencyScore(2)).isEqualTo(4);
        assertThat(stored.monetaryScore(35.5)).isEqualTo(2);
        assertThat(stored.monetaryScore(35.6)).isEqualTo(3);
    }

    @Test
    void scoresAnotherPopulationAgainstFixedBoundaries() {
        RfmScoring rfm = RfmScoring.defaults();
        RfmBoundaries stored = rfm.fit(TEN);
        List<RfmInput> others = List.of(new RfmInput(party(20), 0, 100, 1e6), new RfmInput(party(21), 1000, 1, 0));

        RfmResult result = rfm.score(others, stored);

        assertThat(result.boundaries()).isSameAs(stored);
        assertThat(result.scores()).extracting(RfmScore::code).containsExactly("555", "111");
        assertThat(rfm.score(others.stream(), stored).scores()).isEqualTo(result.scores());
        assertThat(rfm.score(List.of(), stored).size()).isZero();
        assertThat(rfm.score(TEN, stored).scores()).isEqualTo(rfm.score(TEN).scores());
    }

    @Test
    void givesDistinctValuesExactQuintiles() {
        List<RfmInput> hundred = IntStream.range(0, 100)
                .mapToObj(i -> new RfmInput(party(i), 99 - i, i + 1, i * 10.0)).toList();

        RfmResult result = RfmScoring.defaults().score(hundred);

        for (int i = 0; i < 100; i++) {
            int quintile = i / 20 + 1;
            assertThat(result.score(i).code()).isEqualTo("" + quintile + quintile + quintile);
        }
        assertThat(result.boundaries().frequencyCuts()).containsExactly(20, 40, 60, 80);
        assertThat(result.boundaries().recencyCuts()).containsExactly(80, 60, 40, 20);
    }

    @Test
    void givesEveryoneWhoBoughtOnceTheLowestFrequencyAndSkipsToAHighScoreAbove() {
        List<RfmInput> inputs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            inputs.add(new RfmInput(party(i), i, i < 70 ? 1 : i < 90 ? 2 : 3, 50));
        }

        RfmResult result = RfmScoring.defaults().score(inputs);

        // 70 bought once: F = 1; twice: 1 + ⌊5 · 70/100⌋ = 4; three times: 1 + ⌊5 · 90/100⌋ = 5
        assertThat(result.scores()).extracting(RfmScore::f)
                .containsOnly(1, 4, 5)
                .filteredOn(f -> f == 1).hasSize(70);
        assertThat(result.score(80).f()).isEqualTo(4);
        assertThat(result.score(95).f()).isEqualTo(5);
        // everybody spent the same: nobody is worse, so all get M = 1
        assertThat(result.scores()).extracting(RfmScore::m).containsOnly(1);
        assertThat(result.boundaries().frequencyCuts()).containsExactly(1, 1, 1, 2);
    }

    @Test
    void scoresASinglePartyAndFewerPartiesThanBins() {
        RfmScoring rfm = RfmScoring.defaults();

        assertThat(rfm.score(List.of(new RfmInput(party(0), 5, 2, 10))).score(0).code()).isEqualTo("111");
        // n = 3, bins 5: 1 + ⌊5w/3⌋ for w = 0, 1, 2 gives 1, 2, 4
        RfmResult three = rfm.score(List.of(new RfmInput(party(0), 1, 1, 1), new RfmInput(party(1), 2, 2, 2),
                new RfmInput(party(2), 3, 3, 3)));
        assertThat(three.scores()).extracting(RfmScore::code).containsExactly("411", "222", "144");
    }

    @Test
    void scoresAStreamInEncounterOrderLikeTheList() {
        RfmScoring rfm = RfmScoring.builder().bins(3).segments(RfmSegmentMap.builder(3).build()).build();
        List<RfmInput> many = IntStream.range(0, 5000)
                .mapToObj(i -> new RfmInput(party(i), (i * 7919L) % 365, 1 + i % 13, (i * 31) % 1000 / 4.0)).toList();

        RfmResult fromList = rfm.score(many);

        assertThat(rfm.score(many.stream()).scores()).isEqualTo(fromList.scores());
        assertThat(rfm.score(many.parallelStream()).scores()).isEqualTo(fromList.scores());
        assertThat(rfm.fit(many.parallelStream())).isEqualTo(fromList.boundaries());
        assertThat(fromList.segmentSizes()).containsExactly(entry("other", 5000L));
    }

    @Test
    void rejectsFittingOnNoParties() {
        RfmScoring rfm = RfmScoring.defaults();

        assertThatIllegalArgumentException().isThrownBy(() -> rfm.score(List.of()))
                .withMessageContaining("no parties");
        assertThatIllegalArgumentException().isThrownBy(() -> rfm.fit(Stream.empty()));
        assertThatNullPointerException().isThrownBy(() -> rfm.score(java.util.Arrays.asList(TEN.get(0), null)));
    }

    @Test
    void rejectsBoundariesForOtherBins() {
        RfmBoundaries fourBins = RfmBoundaries.of(4, new long[] {9, 5, 1}, new long[] {1, 2, 3},
                new double[] {1, 2, 3});

        assertThatIllegalArgumentException().isThrownBy(() -> RfmScoring.defaults().score(TEN, fourBins))
                .withMessageContaining("4 bins");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmScoring.defaults().score(TEN.get(0), fourBins));
    }

    @Test
    void buildsWithFiveBinsAndTheDefaultSegmentsUnlessTold() {
        RfmScoring defaults = RfmScoring.builder().build();
        RfmSegmentMap sevenBins = RfmSegmentMap.builder(7).segment("top", 7, 7, 1, 7).build();

        assertThat(defaults.bins()).isEqualTo(5);
        assertThat(defaults.segments()).isSameAs(RfmSegmentMap.defaults());
        assertThat(RfmScoring.builder().segments(sevenBins).build().bins()).isEqualTo(7);
        assertThat(RfmScoring.builder().bins(7).segments(sevenBins).build().segments()).isSameAs(sevenBins);
    }

    @Test
    void rejectsBadBinsAndMismatchedSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> RfmScoring.builder().bins(1))
                .withMessageContaining("bins must be 2..10, was 1");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmScoring.builder().bins(11));
        assertThatIllegalStateException().isThrownBy(() -> RfmScoring.builder().bins(5).bins(4));
        assertThatIllegalStateException().isThrownBy(() -> RfmScoring.builder().segments(RfmSegmentMap.defaults())
                .segments(RfmSegmentMap.defaults()));
        assertThatIllegalStateException().isThrownBy(() -> RfmScoring.builder().bins(4).build())
                .withMessageContaining("RfmSegmentMap.builder(4)");
        assertThatIllegalStateException().isThrownBy(() -> RfmScoring.builder().bins(4)
                .segments(RfmSegmentMap.defaults()).build()).withMessageContaining("5 bins");
    }

    @Test
    void scoresTenBinsWithTwoDigitCodes() {
        RfmScoring rfm = RfmScoring.builder().segments(RfmSegmentMap.builder(10).build()).build();
        List<RfmInput> twenty = IntStream.range(0, 20)
                .mapToObj(i -> new RfmInput(party(i), 19 - i, 1 + i, i)).toList();

        RfmResult result = rfm.score(twenty);

        assertThat(result.score(0).code()).isEqualTo("111");
        assertThat(result.score(19).code()).isEqualTo("10-10-10");
        assertThat(result.grid()).hasSize(100);
    }
}
