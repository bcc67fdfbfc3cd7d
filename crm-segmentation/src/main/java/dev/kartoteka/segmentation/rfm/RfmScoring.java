package dev.kartoteka.segmentation.rfm;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * RFM scoring: quantile scores 1..bins for recency, frequency and monetary value (bins = best: the most recent, the
 * most frequent, the highest value) and a named segment per party.
 *
 * <p>A party's score of a metric is 1 + ⌊bins × w / n⌋, where n is the number of parties scored together and w the
 * number of them with a strictly worse value (for R a strictly larger recency, for F and M a strictly smaller value).
 * Equal values therefore always get equal scores, so bins are uneven when many values tie (if most parties bought
 * once, they all get F = 1, and the next frequency up jumps to a high F); scores depend only on the multiset of
 * values, not on the order of the input; and a better value never gets a lower score. With distinct values and n a
 * multiple of bins, each score has exactly n / bins parties. The same scores come from comparing each value with the
 * metric's k/bins quantiles, k = 1..bins − 1 ({@link RfmBoundaries}): that is how they are computed, and how new
 * parties are scored later against a stored fit.
 *
 * <p>Batches are scored on primitive arrays: the quantiles by a radix selection (no sort, no boxing), then one pass
 * over the parties. A {@link Stream} is collected into arrays first, since the quantiles need every value. Scoring
 * takes about 32 bytes per party for those arrays (more while a stream's arrays grow) plus 8 while the monetary
 * quantiles are found; the result keeps about 8 bytes per party and references the inputs' party ids.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * RfmScoring rfm = RfmScoring.builder().bins(5).segments(RfmSegmentMap.defaults()).build();
 * RfmResult result = rfm.score(inputs);                       // learns the quantiles from the inputs
 * RfmBoundaries stored = result.boundaries();                 // keep them to score new parties the same way
 * RfmScore newcomer = rfm.score(newInput, stored);            // e.g. "545", "champions"
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RfmScoring {

    /** The fewest bins: scores 1..2. */
    public static final int MIN_BINS = 2;
    /** The most bins: scores 1..10. */
    public static final int MAX_BINS = 10;
    /** The bins unless set: quintiles, the usual RFM scale and the one of the default segment map. */
    public static final int DEFAULT_BINS = 5;

    private final int bins;
    private final RfmSegmentMap segments;

    private RfmScoring(int bins, RfmSegmentMap segments) {
        this.bins = bins;
        this.segments = segments;
    }

    /**
     * The usual RFM scoring: 5 bins and the {@linkplain RfmSegmentMap#defaults() default segments}.
     *
     * @return the scoring
     */
    public static RfmScoring defaults() {
        return builder().build();
    }

    /** @return a builder for 5 bins and the default segments, unless set otherwise */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the number of bins: scores run from 1 to it */
    public int bins() {
        return bins;
    }

    /** @return the segment map */
    public RfmSegmentMap segments() {
        return segments;
    }

    /**
     * Learns the boundaries (each metric's k/bins quantiles) from a population without scoring it.
     *
     * @param inputs the population, at least one party
     * @return the boundaries
     * @throws NullPointerException if {@code inputs} or an input is null
     * @throws IllegalArgumentException if there are no inputs
     */
    public RfmBoundaries fit(List<RfmInput> inputs) {
        return fit(RfmColumns.of(inputs));
    }

    /**
     * Learns the boundaries from a population without scoring it. The stream is consumed.
     *
     * @param inputs the population, at least one party
     * @return the boundaries
     * @throws NullPointerException if {@code inputs} or an input is null
     * @throws IllegalArgumentException if there are no inputs
     */
    public RfmBoundaries fit(Stream<RfmInput> inputs) {
        return fit(RfmColumns.of(inputs));
    }

    /**
     * Scores parties against each other: learns the boundaries from them, then scores each one.
     *
     * @param inputs the parties, at least one; a party given twice is scored twice and counts twice
     * @return the scores in input order, the boundaries learnt, segment sizes and the R × F grid
     * @throws NullPointerException if {@code inputs} or an input is null
     * @throws IllegalArgumentException if there are no inputs
     */
    public RfmResult score(List<RfmInput> inputs) {
        RfmColumns columns = RfmColumns.of(inputs);
        return RfmResult.score(columns, fit(columns), segments);
    }

    /**
     * Scores parties against each other, like {@link #score(List)}. The stream is consumed and collected into
     * primitive arrays first (about 32 bytes per party), since the quantiles need all values; a parallel stream
     * keeps its encounter order.
     *
     * @param inputs the parties, at least one
     * @return the scores in the stream's encounter order, the boundaries learnt, segment sizes and the R × F grid
     * @throws NullPointerException if {@code inputs} or an input is null
     * @throws IllegalArgumentException if there are no inputs
     */
    public RfmResult score(Stream<RfmInput> inputs) {
        RfmColumns columns = RfmColumns.of(inputs);
        return RfmResult.score(columns, fit(columns), segments);
    }

    /**
     * Scores parties against fixed boundaries, e.g. ones learnt from another population.
     *
     * @param inputs the parties, possibly none
     * @param boundaries the boundaries, for this scoring's bins
     * @return the scores in input order, the given boundaries, segment sizes and the R × F grid
     * @throws NullPointerException if an argument or an input is null
     * @throws IllegalArgumentException if the boundaries are for another number of bins
     */
    public RfmResult score(List<RfmInput> inputs, RfmBoundaries boundaries) {
        requireMatching(boundaries);
        return RfmResult.score(RfmColumns.of(inputs), boundaries, segments);
    }

    /**
     * Scores parties against fixed boundaries. The stream is consumed.
     *
     * @param inputs the parties, possibly none
     * @param boundaries the boundaries, for this scoring's bins
     * @return the scores in the stream's encounter order, the given boundaries, segment sizes and the R × F grid
     * @throws NullPointerException if an argument or an input is null
     * @throws IllegalArgumentException if the boundaries are for another number of bins
     */
    public RfmResult score(Stream<RfmInput> inputs, RfmBoundaries boundaries) {
        requireMatching(boundaries);
        return RfmResult.score(RfmColumns.of(inputs), boundaries, segments);
    }

    /**
     * Scores one party against fixed boundaries: the score it would get in the batch the boundaries were learnt
     * from, had it been one of those parties' values.
     *
     * @param input the party
     * @param boundaries the boundaries, for this scoring's bins
     * @return its scores and segment
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the boundaries are for another number of bins
     */
    public RfmScore score(RfmInput input, RfmBoundaries boundaries) {
        Objects.requireNonNull(input, "input");
        requireMatching(boundaries);
        int r = boundaries.r(input.recencyDays());
        int f = boundaries.f(input.frequency());
        int m = boundaries.m(input.monetary());
        return new RfmScore(input.partyId(), r, f, m, segments.name(segments.index(r, f, m)));
    }

    @Override
    public String toString() {
        return "RfmScoring[bins=" + bins + ", segments=" + segments.names() + "]";
    }

    static void requireBins(int bins) {
        if (bins < MIN_BINS || bins > MAX_BINS) {
            throw new IllegalArgumentException("bins must be " + MIN_BINS + ".." + MAX_BINS + ", was " + bins);
        }
    }

    private RfmBoundaries fit(RfmColumns columns) {
        if (columns.size == 0) {
            throw new IllegalArgumentException("no parties to score: the quantiles need at least one");
        }
        return RfmBoundaries.fit(columns, bins);
    }

    private void requireMatching(RfmBoundaries boundaries) {
        Objects.requireNonNull(boundaries, "boundaries");
        if (boundaries.bins() != bins) {
            throw new IllegalArgumentException("boundaries for " + boundaries.bins() + " bins cannot score into "
                    + bins + " bins");
        }
    }

    /**
     * Builds an {@link RfmScoring}. Each setting is checked when set and may be set once.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private int bins;
        private RfmSegmentMap segments;

        private Builder() {
        }

        /**
         * Sets the number of bins.
         *
         * @param bins 2..10; 5 unless set (or the segment map's bins, if a map is set)
         * @return this builder
         * @throws IllegalArgumentException if {@code bins} is outside 2..10
         * @throws IllegalStateException if the bins were set already
         */
        public Builder bins(int bins) {
            if (this.bins != 0) {
                throw new IllegalStateException("bins were already set to " + this.bins);
            }
            requireBins(bins);
            this.bins = bins;
            return this;
        }

        /**
         * Sets the segment map.
         *
         * @param segments the map, for the same bins as the scoring
         * @return this builder
         * @throws NullPointerException if {@code segments} is null
         * @throws IllegalStateException if the map was set already
         */
        public Builder segments(RfmSegmentMap segments) {
            Objects.requireNonNull(segments, "segments");
            if (this.segments != null) {
                throw new IllegalStateException("the segment map was already set");
            }
            this.segments = segments;
            return this;
        }

        /**
         * Builds the scoring. Without bins it takes the map's bins, or 5; without a map it takes the
         * {@linkplain RfmSegmentMap#defaults() default map}, which is for 5 bins only.
         *
         * @return the scoring
         * @throws IllegalStateException if the map is for other bins than the ones set, or no map is set for bins
         *     other than 5
         */
        public RfmScoring build() {
            int chosen = bins != 0 ? bins : segments != null ? segments.bins() : DEFAULT_BINS;
            if (segments == null) {
                if (chosen != DEFAULT_BINS) {
                    throw new IllegalStateException("the default segment map is for " + DEFAULT_BINS + " bins: "
                            + chosen + " bins need a map of their own (RfmSegmentMap.builder(" + chosen + "))");
                }
                return new RfmScoring(chosen, RfmSegmentMap.defaults());
            }
            if (segments.bins() != chosen) {
                throw new IllegalStateException("the segment map is for " + segments.bins() + " bins, the scoring for "
                        + chosen);
            }
            return new RfmScoring(chosen, segments);
        }
    }
}
