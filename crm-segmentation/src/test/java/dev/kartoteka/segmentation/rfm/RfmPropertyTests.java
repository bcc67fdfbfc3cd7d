package dev.kartoteka.segmentation.rfm;

import static dev.kartoteka.segmentation.rfm.RfmTheories.bins;
import static dev.kartoteka.segmentation.rfm.RfmTheories.populations;
import static dev.kartoteka.segmentation.rfm.RfmTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.segmentation.rfm.RfmTheories.Metric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of RFM scoring for any population (many ties, few or spread values) and any number of bins. */
class RfmPropertyTests {

    private static RfmScoring scoring(int bins) {
        return bins == 5 ? RfmScoring.defaults()
                : RfmScoring.builder().segments(RfmSegmentMap.builder(bins).build()).build();
    }

    @Test
    void scoresFollowTheDefinitionOneplusBinsTimesStrictlyWorseOverN() {
        qt().withExamples(300).forAll(populations(), bins()).checkAssert((inputs, bins) -> {
            List<RfmScore> scores = scoring(bins).score(inputs).scores();
            for (Metric metric : Metric.values()) {
                int[] expected = RfmTheories.referenceScores(inputs, bins, metric);
                assertThat(scores.stream().mapToInt(metric::score).toArray()).as(metric.name())
                        .containsExactly(expected);
            }
        });
    }

    @Test
    void everyScoreIsBetweenOneAndTheBins() {
        qt().withExamples(300).forAll(populations(), bins()).checkAssert((inputs, bins) -> {
            for (RfmScore s : scoring(bins).score(inputs).scores()) {
                assertThat(List.of(s.r(), s.f(), s.m())).allSatisfy(v -> assertThat(v).isBetween(1, bins));
            }
        });
    }

    @Test
    void shufflingTheInputGivesEveryPartyTheSameScore() {
        qt().withExamples(300).forAll(populations(), bins(), longs().all()).checkAssert((inputs, bins, seed) -> {
            List<RfmInput> shuffled = new ArrayList<>(inputs);
            Collections.shuffle(shuffled, new Random(seed));
            RfmScoring rfm = scoring(bins);
            RfmResult original = rfm.score(inputs);
            RfmResult reordered = rfm.score(shuffled);

            Map<PartyId, RfmScore> byParty = new HashMap<>();
            original.scores().forEach(s -> byParty.put(s.partyId(), s));
            assertThat(reordered.scores()).allSatisfy(s -> assertThat(s).isEqualTo(byParty.get(s.partyId())));
            assertThat(reordered.boundaries()).isEqualTo(original.boundaries());
            assertThat(reordered.segmentSizes()).isEqualTo(original.segmentSizes());
            assertThat(reordered.grid()).isEqualTo(original.grid().stream().map(c -> new RfmResult.Cell(c.r(), c.f(),
                    c.parties(), reordered.cell(c.r(), c.f()).monetarySum())).toList());
        });
    }

    @Test
    void aBetterValueNeverGetsALowerScore() {
        qt().withExamples(200).forAll(populations(), bins()).checkAssert((inputs, bins) -> {
            List<RfmScore> scores = scoring(bins).score(inputs).scores();
            for (int i = 0; i < inputs.size(); i++) {
                for (int j = 0; j < inputs.size(); j++) {
                    RfmInput a = inputs.get(i);
                    RfmInput b = inputs.get(j);
                    if (a.recencyDays() < b.recencyDays()) {
                        assertThat(scores.get(i).r()).isGreaterThanOrEqualTo(scores.get(j).r());
                    }
                    if (a.frequency() > b.frequency()) {
                        assertThat(scores.get(i).f()).isGreaterThanOrEqualTo(scores.get(j).f());
                    }
                    if (a.monetary() > b.monetary()) {
                        assertThat(scores.get(i).m()).isGreaterThanOrEqualTo(scores.get(j).m());
                    }
                }
            }
        });
    }

    @Test
    void equalValuesGetEqualScores() {
        qt().withExamples(200).forAll(populations(), bins()).checkAssert((inputs, bins) -> {
            List<RfmScore> scores = scoring(bins).score(inputs).scores();
            for (int i = 0; i < inputs.size(); i++) {
                for (int j = 0; j < inputs.size(); j++) {
                    RfmInput a = inputs.get(i);
                    RfmInput b = inputs.get(j);
                    if (a.recencyDays() == b.recencyDays()) {
                        assertThat(scores.get(i).r()).isEqualTo(scores.get(j).r());
                    }
                    if (a.frequency() == b.frequency()) {
                        assertThat(scores.get(i).f()).isEqualTo(scores.get(j).f());
                    }
                    if (a.monetary() == b.monetary()) {
                        assertThat(scores.get(i).m()).isEqualTo(scores.get(j).m());
                    }
                }
            }
        });
    }

    @Test
    void scoringOnePartyAgainstTheLearntBoundariesGivesItsBatchScore() {
        qt().withExamples(300).forAll(populations(), bins()).checkAssert((inputs, bins) -> {
            RfmScoring rfm = scoring(bins);
            RfmResult batch = rfm.score(inputs);
            RfmBoundaries stored = RfmBoundaries.of(bins, batch.boundaries().recencyCuts(),
                    batch.boundaries().frequencyCuts(), batch.boundaries().monetaryCuts());
            for (int i = 0; i < inputs.size(); i++) {
                assertThat(rfm.score(inputs.get(i), stored)).isEqualTo(batch.score(i));
            }
        });
    }

    @Test
    void aNewValueScoresLikeTheWorstFittedValueThatIsNotWorse() {
        qt().withExamples(300).forAll(populations(), bins(), populations()).checkAssert((inputs, bins, news) -> {
            RfmScoring rfm = scoring(bins);
            RfmResult batch = rfm.score(inputs);
            for (RfmInput n : news) {
                RfmScore score = rfm.score(n, batch.boundaries());
                assertThat(score.r()).isEqualTo(likeNextAtLeastAsGood(inputs, batch, n, Metric.RECENCY, bins));
                assertThat(score.f()).isEqualTo(likeNextAtLeastAsGood(inputs, batch, n, Metric.FREQUENCY, bins));
                assertThat(score.m()).isEqualTo(likeNextAtLeastAsGood(inputs, batch, n, Metric.MONETARY, bins));
            }
        });
    }

    @Test
    void theStreamAndTheListGiveTheSameResult() {
        qt().withExamples(100).forAll(populations(), bins()).checkAssert((inputs, bins) -> {
            RfmScoring rfm = scoring(bins);
            RfmResult fromList = rfm.score(inputs);
            RfmResult fromStream = rfm.score(inputs.parallelStream());
            assertThat(fromStream.scores()).isEqualTo(fromList.scores());
            assertThat(fromStream.boundaries()).isEqualTo(fromList.boundaries());
            assertThat(fromStream.segmentSizes()).isEqualTo(fromList.segmentSizes());
        });
    }

    @Test
    void segmentSizesAndTheGridAccountForEveryParty() {
        qt().withExamples(200).forAll(populations()).checkAssert(inputs -> {
            RfmResult result = RfmScoring.defaults().score(inputs);
            Map<String, Long> counted = new HashMap<>();
            result.scores().forEach(s -> counted.merge(s.segment(), 1L, Long::sum));
            result.segmentSizes().forEach((name, size) -> assertThat(counted.getOrDefault(name, 0L)).isEqualTo(size));
            assertThat(result.segmentSizes().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(inputs.size());
            assertThat(result.grid().stream().mapToLong(RfmResult.Cell::parties).sum()).isEqualTo(inputs.size());
            assertThat(result.scores()).allSatisfy(s -> assertThat(s.segment())
                    .isEqualTo(RfmSegmentMap.defaults().segmentOf(s.r(), s.f(), s.m())));
        });
    }

    /**
     * The batch score of the worst fitted value at least as good as the new one (for R: the largest recency not
     * above it), or the top score if every fitted value is worse.
     */
    private static int likeNextAtLeastAsGood(List<RfmInput> inputs, RfmResult batch, RfmInput n, Metric metric,
                                             int bins) {
        int best = -1;
        for (int i = 0; i < inputs.size(); i++) {
            RfmInput candidate = inputs.get(i);
            boolean atLeastAsGood = !metric.worse(candidate, n);
            if (atLeastAsGood && (best < 0 || metric.worse(candidate, inputs.get(best)))) {
                best = i;
            }
        }
        return best < 0 ? bins : metric.score(batch.score(best));
    }
}
