package dev.kartoteka.segmentation.rfm;

import static dev.kartoteka.segmentation.rfm.RfmTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Named segments by score ranges: the defaults, first match wins, the fallback, and maps that cannot work. */
class RfmSegmentMapTests {

    @Test
    void defaultsGiveEachOfThe125CellsOneOfTheElevenSegments() {
        RfmSegmentMap defaults = RfmSegmentMap.defaults();
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    cells.merge(defaults.segmentOf(r, f, m), 1, Integer::sum);
                }
            }
        }

        assertThat(defaults.bins()).isEqualTo(5);
        assertThat(defaults.coversEveryScore()).isTrue();
        assertThat(defaults.names()).hasSize(11).doesNotContain("other");
        // the cell counts of the table in RfmSegmentMap's javadoc
        assertThat(cells).containsOnly(
                entry("champions", 12), entry("loyal customers", 48), entry("new customers", 2),
                entry("promising", 1), entry("potential loyalists", 27), entry("need attention", 7),
                entry("about to sleep", 3), entry("cannot lose them", 6), entry("at risk", 16), entry("lost", 1),
                entry("hibernating", 2));
        assertThat(cells.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(125);
    }

    @Test
    void defaultsPlaceTheTypicalCodesWhereTheConventionDoes() {
        RfmSegmentMap d = RfmSegmentMap.defaults();

        assertThat(d.segmentOf(5, 5, 5)).isEqualTo(RfmSegmentMap.CHAMPIONS);
        assertThat(d.segmentOf(4, 4, 4)).isEqualTo(RfmSegmentMap.CHAMPIONS);
        assertThat(d.segmentOf(3, 4, 4)).isEqualTo(RfmSegmentMap.LOYAL_CUSTOMERS);
        assertThat(d.segmentOf(5, 1, 1)).isEqualTo(RfmSegmentMap.NEW_CUSTOMERS);
        assertThat(d.segmentOf(3, 1, 1)).isEqualTo(RfmSegmentMap.PROMISING);
        assertThat(d.segmentOf(5, 2, 2)).isEqualTo(RfmSegmentMap.POTENTIAL_LOYALISTS);
        assertThat(d.segmentOf(2, 2, 2)).isEqualTo(RfmSegmentMap.NEED_ATTENTION);
        assertThat(d.segmentOf(2, 1, 2)).isEqualTo(RfmSegmentMap.ABOUT_TO_SLEEP);
        assertThat(d.segmentOf(1, 5, 5)).isEqualTo(RfmSegmentMap.CANNOT_LOSE_THEM);
        assertThat(d.segmentOf(1, 3, 3)).isEqualTo(RfmSegmentMap.AT_RISK);
        assertThat(d.segmentOf(1, 2, 1)).isEqualTo(RfmSegmentMap.HIBERNATING);
        assertThat(d.segmentOf(1, 1, 1)).isEqualTo(RfmSegmentMap.LOST);
    }

    @Test
    void theFirstMatchingSegmentWins() {
        RfmSegmentMap map = RfmSegmentMap.builder(3)
                .segment("best", 3, 3, 3, 3, 3, 3)
                .segment("recent", 3, 3, 1, 3)
                .segment("big spenders", 1, 3, 1, 3, 3, 3)
                .build();

        assertThat(map.segmentOf(3, 3, 3)).isEqualTo("best");
        assertThat(map.segmentOf(3, 1, 3)).isEqualTo("recent");
        assertThat(map.segmentOf(2, 1, 3)).isEqualTo("big spenders");
        assertThat(map.segmentOf(2, 1, 1)).isEqualTo("other");
        assertThat(map.coversEveryScore()).isFalse();
        assertThat(map.names()).containsExactly("best", "recent", "big spenders", "other");
    }

    @Test
    void theMeanOfFrequencyAndMonetaryMovesInHalves() {
        RfmSegmentMap map = RfmSegmentMap.builder(5).segment("middle", 1, 5, 2.5, 3).fallback("rest").build();

        assertThat(map.segmentOf(1, 2, 3)).isEqualTo("middle");   // 2.5
        assertThat(map.segmentOf(1, 1, 5)).isEqualTo("middle");   // 3
        assertThat(map.segmentOf(1, 2, 2)).isEqualTo("rest");     // 2
        assertThat(map.segmentOf(1, 3, 4)).isEqualTo("rest");     // 3.5
        assertThat(map.fallback()).isEqualTo("rest");
    }

    @Test
    void aMapWithoutSegmentsPutsEveryoneInTheFallback() {
        RfmSegmentMap map = RfmSegmentMap.builder(2).build();

        assertThat(map.segments()).isEmpty();
        assertThat(map.segmentOf(2, 2, 2)).isEqualTo("other");
        assertThat(map.names()).containsExactly("other");
    }

    @Test
    void rejectsRangesOutsideTheBinsNamingTheSegment() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RfmSegmentMap.builder(4).segment("champions", 4, 5, 4, 5))
                .withMessageContaining("segment \"champions\"").withMessageContaining("1..4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RfmSegmentMap.builder(5).segment("zero", 0, 2, 1, 5, 1, 5))
                .withMessageContaining("segment \"zero\"").withMessageContaining("R range 0..2");
    }

    @Test
    void rejectsEmptyRangesNamingTheSegment() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RfmSegmentMap.builder(5).segment("backwards", 4, 2, 1, 5))
                .withMessageContaining("segment \"backwards\"").withMessageContaining("R range 4..2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RfmSegmentMap.builder(5).segment("no f", 1, 5, 3, 2, 1, 5))
                .withMessageContaining("segment \"no f\"").withMessageContaining("F range 3..2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RfmSegmentMap.builder(5).segment("fm", 1, 5, 3.5, 3))
                .withMessageContaining("segment \"fm\"").withMessageContaining("(F+M)/2 range 3.5..3.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RfmSegmentMap.builder(5).segment("nan", 1, 5, Double.NaN, 3))
                .withMessageContaining("segment \"nan\"");
    }

    @Test
    void rejectsASegmentThatIsNeverReached() {
        RfmSegmentMap.Builder shadowed = RfmSegmentMap.builder(5)
                .segment("at risk", 1, 2, 2, 5)
                .segment("cannot lose them", 1, 1, 4, 5);
        RfmSegmentMap.Builder betweenHalves = RfmSegmentMap.builder(5).segment("nowhere", 1, 5, 2.2, 2.3);

        assertThatIllegalArgumentException().isThrownBy(shadowed::build)
                .withMessageContaining("segment \"cannot lose them\" is never reached");
        assertThatIllegalArgumentException().isThrownBy(betweenHalves::build)
                .withMessageContaining("segment \"nowhere\" is never reached");
    }

    @Test
    void rejectsDuplicateAndBlankNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> RfmSegmentMap.builder(5)
                .segment("lost", 1, 1, 1, 1).segment("lost", 2, 2, 1, 1))
                .withMessageContaining("segment \"lost\" is already in the map");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmSegmentMap.builder(5)
                .segment("other", 1, 1, 1, 1).build())
                .withMessageContaining("segment \"other\" has the fallback's name");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmSegmentMap.builder(5).segment(" ", 1, 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> RfmSegmentMap.builder(5).fallback(""));
        assertThatIllegalStateException().isThrownBy(() -> RfmSegmentMap.builder(5).fallback("a").fallback("b"));
        assertThatIllegalArgumentException().isThrownBy(() -> RfmSegmentMap.builder(11));
    }

    @Test
    void rejectsScoresOutsideTheBins() {
        assertThatIllegalArgumentException().isThrownBy(() -> RfmSegmentMap.defaults().segmentOf(6, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> RfmSegmentMap.defaults().segmentOf(1, 0, 1));
    }

    @Test
    void mapsAreValues() {
        RfmSegmentMap a = RfmSegmentMap.builder(3).segment("x", 1, 3, 1, 3).build();
        RfmSegmentMap b = RfmSegmentMap.builder(3).segment("x", 1, 3, 1, 3).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(RfmSegmentMap.builder(3).build());
        assertThat(a.toString()).contains("bins=3", "x");
    }

    @Test
    void everyScoreGetsTheFirstMatchingSegmentOrTheFallbackInAnyMap() {
        qt().withExamples(300).forAll(integers().between(2, 6), lists().of(rule()).ofSizeBetween(0, 8))
                .checkAssert((bins, rules) -> {
                    RfmSegmentMap.Builder builder = RfmSegmentMap.builder(bins);
                    List<int[]> kept = new java.util.ArrayList<>();
                    for (int[] rule : rules) {
                        int[] clamped = new int[6];
                        for (int i = 0; i < 6; i++) {
                            clamped[i] = Math.min(rule[i], bins);
                        }
                        try {
                            builder.segment("s" + kept.size(), clamped[0], clamped[1], clamped[2], clamped[3],
                                    clamped[4], clamped[5]);
                            kept.add(clamped);
                        } catch (IllegalArgumentException emptyRange) {
                            // rules with an empty range are rejected when added; the property is about the others
                        }
                    }
                    RfmSegmentMap map;
                    try {
                        map = builder.build();
                    } catch (IllegalArgumentException neverReached) {
                        assertThat(neverReached).hasMessageContaining("is never reached");
                        return;
                    }
                    for (int r = 1; r <= bins; r++) {
                        for (int f = 1; f <= bins; f++) {
                            for (int m = 1; m <= bins; m++) {
                                String expected = "other";
                                for (int i = 0; i < kept.size(); i++) {
                                    int[] k = kept.get(i);
                                    if (r >= k[0] && r <= k[1] && f >= k[2] && f <= k[3] && m >= k[4] && m <= k[5]) {
                                        expected = "s" + i;
                                        break;
                                    }
                                }
                                assertThat(map.segmentOf(r, f, m)).isEqualTo(expected);
                            }
                        }
                    }
                });
    }

    private static Gen<int[]> rule() {
        Gen<Integer> score = integers().between(1, 6);
        return lists().of(score).ofSize(6).map(l -> l.stream().mapToInt(Integer::intValue).toArray());
    }
}
