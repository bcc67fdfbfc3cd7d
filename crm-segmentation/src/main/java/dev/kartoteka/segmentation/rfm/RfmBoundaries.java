package dev.kartoteka.segmentation.rfm;

import dev.kartoteka.core.ValidationException;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The cut points that turn recency, frequency and monetary values into scores: learnt from one population by
 * {@link RfmScoring#fit}, stored by the host, and applied to other parties to score them consistently, one at a time
 * or in batches. Each metric has {@code bins − 1} cut points; cut point k (1-based) of a metric is its k/bins
 * quantile in the population (the inverse of the empirical distribution: the ⌈k·n/bins⌉-th worst value), and a value
 * scores 1 + the number of cut points it beats:
 *
 * <ul>
 *   <li>R = 1 + the number of k with {@code recencyDays < recencyCuts[k]} (the cuts do not increase);</li>
 *   <li>F = 1 + the number of k with {@code frequency > frequencyCuts[k]} (the cuts do not decrease);</li>
 *   <li>M = 1 + the number of k with {@code monetary > monetaryCuts[k]} (the cuts do not decrease).</li>
 * </ul>
 *
 * <p>On the population they were learnt from, these scores are exactly the batch scores of {@link RfmScoring}
 * (1 + ⌊bins · (values strictly worse) / n⌋). A new value between two of the population's values scores like the
 * better one, a value better than all of them gets the top score and one worse than all of them gets 1. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RfmBoundaries {

    private final int bins;
    private final long[] recencyCuts;
    private final long[] frequencyCuts;
    private final double[] monetaryCuts;

    private RfmBoundaries(int bins, long[] recencyCuts, long[] frequencyCuts, double[] monetaryCuts) {
        this.bins = bins;
        this.recencyCuts = recencyCuts;
        this.frequencyCuts = frequencyCuts;
        this.monetaryCuts = monetaryCuts;
    }

    /**
     * Restores boundaries, e.g. ones a host stored from {@link #recencyCuts()}, {@link #frequencyCuts()} and
     * {@link #monetaryCuts()}. The arrays are copied.
     *
     * @param bins the number of bins, 2..10
     * @param recencyCuts {@code bins − 1} recencies in days, 0 or more, not increasing
     * @param frequencyCuts {@code bins − 1} frequencies, 1 or more, not decreasing
     * @param monetaryCuts {@code bins − 1} finite monetary values, 0 or more, not decreasing
     * @return the boundaries
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if {@code bins} is outside 2..10, or an array has the wrong length, a value
     *     out of range or the wrong order
     */
    public static RfmBoundaries of(int bins, long[] recencyCuts, long[] frequencyCuts, double[] monetaryCuts) {
        RfmScoring.requireBins(bins);
        long[] recency = Objects.requireNonNull(recencyCuts, "recencyCuts").clone();
        long[] frequency = Objects.requireNonNull(frequencyCuts, "frequencyCuts").clone();
        double[] monetary = Objects.requireNonNull(monetaryCuts, "monetaryCuts").clone();
        requireLength("recencyCuts", recency.length, bins);
        requireLength("frequencyCuts", frequency.length, bins);
        requireLength("monetaryCuts", monetary.length, bins);
        for (int k = 0; k < bins - 1; k++) {
            if (recency[k] < 0 || (k > 0 && recency[k] > recency[k - 1])) {
                throw new IllegalArgumentException("recencyCuts must be 0 or more and not increasing, were "
                        + Arrays.toString(recency));
            }
            if (frequency[k] < 1 || (k > 0 && frequency[k] < frequency[k - 1])) {
                throw new IllegalArgumentException("frequencyCuts must be 1 or more and not decreasing, were "
                        + Arrays.toString(frequency));
            }
            if (!(monetary[k] >= 0) || Double.isInfinite(monetary[k]) || (k > 0 && monetary[k] < monetary[k - 1])) {
                throw new IllegalArgumentException("monetaryCuts must be finite, 0 or more and not decreasing, were "
                        + Arrays.toString(monetary));
            }
            monetary[k] += 0.0;
        }
        return new RfmBoundaries(bins, recency, frequency, monetary);
    }

    /** The k/bins quantiles of the columns' values, k = 1..bins − 1; there is at least one party. */
    static RfmBoundaries fit(RfmColumns columns, int bins) {
        int n = columns.size;
        int[] ranks = new int[bins - 1];
        for (int k = 1; k < bins; k++) {
            // cut k is the q-th worst value, q = ⌈k·n/bins⌉: for F and M position q − 1 of the ascending values
            ranks[k - 1] = (int) (((long) k * n + bins - 1) / bins) - 1;
        }
        int[] positions = Arrays.stream(ranks).distinct().toArray(); // ranks do not decrease: still sorted
        // recency: the q_k-th largest, i.e. position n − q_k = n − 1 − (q_k − 1) of the ascending values
        int[] recencyPositions = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            recencyPositions[i] = n - 1 - positions[positions.length - 1 - i];
        }
        long[] recencyAt = OrderStatistics.select(columns.recency, n, recencyPositions);
        long[] frequencyAt = OrderStatistics.select(columns.frequency, n, positions);
        double[] monetaryAt = OrderStatistics.select(columns.monetary, n, positions);
        long[] recency = new long[bins - 1];
        long[] frequency = new long[bins - 1];
        double[] monetary = new double[bins - 1];
        for (int k = 0; k < bins - 1; k++) {
            int i = Arrays.binarySearch(positions, ranks[k]);
            frequency[k] = frequencyAt[i];
            monetary[k] = monetaryAt[i];
            recency[k] = recencyAt[positions.length - 1 - i];
        }
        return new RfmBoundaries(bins, recency, frequency, monetary);
    }

    /** @return the number of bins: scores run from 1 to it */
    public int bins() {
        return bins;
    }

    /** @return a copy of the {@code bins − 1} recency cut points, in days, not increasing */
    public long[] recencyCuts() {
        return recencyCuts.clone();
    }

    /** @return a copy of the {@code bins − 1} frequency cut points, not decreasing */
    public long[] frequencyCuts() {
        return frequencyCuts.clone();
    }

    /** @return a copy of the {@code bins − 1} monetary cut points, not decreasing */
    public double[] monetaryCuts() {
        return monetaryCuts.clone();
    }

    /**
     * @param recencyDays days since the last purchase, 0 or more
     * @return the R score, 1..bins: 1 + the number of cut points the recency is below
     * @throws ValidationException if {@code recencyDays} is negative
     */
    public int recencyScore(long recencyDays) {
        RfmInput.requireRecency(recencyDays);
        return r(recencyDays);
    }

    /**
     * @param frequency purchases or purchase days, 1 or more
     * @return the F score, 1..bins: 1 + the number of cut points the frequency is above
     * @throws ValidationException if {@code frequency} is below 1
     */
    public int frequencyScore(long frequency) {
        RfmInput.requireFrequency(frequency);
        return f(frequency);
    }

    /**
     * @param monetary the monetary value, finite and 0 or more
     * @return the M score, 1..bins: 1 + the number of cut points the value is above
     * @throws ValidationException if {@code monetary} is negative or not finite
     */
    public int monetaryScore(double monetary) {
        RfmInput.requireMonetary(monetary);
        return m(monetary);
    }

    int r(long recencyDays) {
        int score = 1;
        for (long cut : recencyCuts) {
            score += recencyDays < cut ? 1 : 0;
        }
        return score;
    }

    int f(long frequency) {
        int score = 1;
        for (long cut : frequencyCuts) {
            score += frequency > cut ? 1 : 0;
        }
        return score;
    }

    int m(double monetary) {
        int score = 1;
        for (double cut : monetaryCuts) {
            score += monetary > cut ? 1 : 0;
        }
        return score;
    }

    // the arrays themselves, for the batch loop; never handed out
    long[] recencyCutsShared() {
        return recencyCuts;
    }

    long[] frequencyCutsShared() {
        return frequencyCuts;
    }

    double[] monetaryCutsShared() {
        return monetaryCuts;
    }

    /**
     * Boundaries are equal when they have the same bins and cut points.
     *
     * @param o another object
     * @return whether it is equal boundaries
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RfmBoundaries other && bins == other.bins && Arrays.equals(recencyCuts, other.recencyCuts)
                && Arrays.equals(frequencyCuts, other.frequencyCuts) && Arrays.equals(monetaryCuts, other.monetaryCuts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bins, Arrays.hashCode(recencyCuts), Arrays.hashCode(frequencyCuts),
                Arrays.hashCode(monetaryCuts));
    }

    @Override
    public String toString() {
        return "RfmBoundaries[bins=" + bins + ", recencyCuts=" + Arrays.toString(recencyCuts) + ", frequencyCuts="
                + Arrays.toString(frequencyCuts) + ", monetaryCuts=" + Arrays.toString(monetaryCuts) + "]";
    }

    private static void requireLength(String name, int length, int bins) {
        if (length != bins - 1) {
            throw new IllegalArgumentException(name + " must have bins − 1 = " + (bins - 1) + " cut points, had "
                    + length);
        }
    }
}
