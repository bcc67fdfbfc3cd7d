package dev.kartoteka.segmentation.rfm;

import dev.kartoteka.core.party.PartyId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import org.apiguardian.api.API;

/**
 * The RFM scores of a batch of parties, in input order, with what a report needs: the boundaries used, how many
 * parties each segment has, and an R × F grid of counts and monetary values. Scores are kept compactly (a few bytes
 * per party, not one object each); {@link #scores()} creates the {@link RfmScore} objects as they are read.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RfmResult {

    private final RfmBoundaries boundaries;
    private final RfmSegmentMap segmentMap;
    private final PartyId[] ids;
    private final byte[] r;
    private final byte[] f;
    private final byte[] m;
    private final Map<String, Long> segmentSizes;
    private final long[] cellParties;
    private final double[] cellMonetary;

    private RfmResult(RfmBoundaries boundaries, RfmSegmentMap segmentMap, PartyId[] ids, byte[] r, byte[] f,
                      byte[] m, Map<String, Long> segmentSizes, long[] cellParties, double[] cellMonetary) {
        this.boundaries = boundaries;
        this.segmentMap = segmentMap;
        this.ids = ids;
        this.r = r;
        this.f = f;
        this.m = m;
        this.segmentSizes = segmentSizes;
        this.cellParties = cellParties;
        this.cellMonetary = cellMonetary;
    }

    /** Scores the columns against the boundaries: one pass, primitives only. */
    static RfmResult score(RfmColumns columns, RfmBoundaries boundaries, RfmSegmentMap segmentMap) {
        int n = columns.size;
        int bins = boundaries.bins();
        long[] recencyCuts = boundaries.recencyCutsShared();
        long[] frequencyCuts = boundaries.frequencyCutsShared();
        double[] monetaryCuts = boundaries.monetaryCutsShared();
        long[] recency = columns.recency;
        long[] frequency = columns.frequency;
        double[] monetary = columns.monetary;
        byte[] r = new byte[n];
        byte[] f = new byte[n];
        byte[] m = new byte[n];
        long[] segmentCounts = new long[segmentMap.segments().size() + 1];
        long[] cellParties = new long[bins * bins];
        double[] cellMonetary = new double[bins * bins];
        for (int i = 0; i < n; i++) {
            long recencyDays = recency[i];
            int ri = 1;
            for (long cut : recencyCuts) {
                ri += recencyDays < cut ? 1 : 0;
            }
            long purchases = frequency[i];
            int fi = 1;
            for (long cut : frequencyCuts) {
                fi += purchases > cut ? 1 : 0;
            }
            double value = monetary[i];
            int mi = 1;
            for (double cut : monetaryCuts) {
                mi += value > cut ? 1 : 0;
            }
            r[i] = (byte) ri;
            f[i] = (byte) fi;
            m[i] = (byte) mi;
            segmentCounts[segmentMap.index(ri, fi, mi)]++;
            int cell = (ri - 1) * bins + fi - 1;
            cellParties[cell]++;
            cellMonetary[cell] += value;
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        List<RfmSegmentMap.Segment> segments = segmentMap.segments();
        for (int i = 0; i < segments.size(); i++) {
            sizes.put(segments.get(i).name(), segmentCounts[i]);
        }
        if (!segmentMap.coversEveryScore()) {
            sizes.put(segmentMap.fallback(), segmentCounts[segments.size()]);
        }
        PartyId[] ids = columns.ids.length == n ? columns.ids : Arrays.copyOf(columns.ids, n);
        return new RfmResult(boundaries, segmentMap, ids, r, f, m,
                Collections.unmodifiableMap(sizes), cellParties, cellMonetary);
    }

    /** @return the number of parties scored */
    public int size() {
        return ids.length;
    }

    /**
     * The parties' scores, in the order of the input (a list's order, a stream's encounter order). The list is an
     * unmodifiable view; each {@code get} creates the score.
     *
     * @return the scores
     */
    public List<RfmScore> scores() {
        return new Scores();
    }

    /**
     * @param index the party's position in the input
     * @return its score
     * @throws IndexOutOfBoundsException if {@code index} is outside 0..size − 1
     */
    public RfmScore score(int index) {
        Objects.checkIndex(index, ids.length);
        return new RfmScore(ids[index], r[index], f[index], m[index],
                segmentMap.name(segmentMap.index(r[index], f[index], m[index])));
    }

    /** @return the boundaries the parties were scored against: store them to score new parties the same way */
    public RfmBoundaries boundaries() {
        return boundaries;
    }

    /** @return the segment map the segments come from */
    public RfmSegmentMap segmentMap() {
        return segmentMap;
    }

    /**
     * How many parties each segment has.
     *
     * @return the sizes by segment name in the map's order ({@link RfmSegmentMap#names()}), empty segments included;
     *     unmodifiable
     */
    public Map<String, Long> segmentSizes() {
        return segmentSizes;
    }

    /**
     * The R × F grid: one cell per pair of scores, empty cells included.
     *
     * @return bins × bins cells by R, then F, both ascending
     */
    public List<Cell> grid() {
        int bins = boundaries.bins();
        List<Cell> cells = new ArrayList<>(bins * bins);
        for (int ri = 1; ri <= bins; ri++) {
            for (int fi = 1; fi <= bins; fi++) {
                cells.add(cell(ri, fi));
            }
        }
        return List.copyOf(cells);
    }

    /**
     * One cell of the R × F grid.
     *
     * @param r the R score, 1..bins
     * @param f the F score, 1..bins
     * @return the cell's parties and monetary values
     * @throws IllegalArgumentException if a score is outside 1..bins
     */
    public Cell cell(int r, int f) {
        int bins = boundaries.bins();
        if (r < 1 || r > bins || f < 1 || f > bins) {
            throw new IllegalArgumentException("scores must be 1.." + bins + ", were r=" + r + ", f=" + f);
        }
        int cell = (r - 1) * bins + f - 1;
        return new Cell(r, f, cellParties[cell], cellMonetary[cell]);
    }

    @Override
    public String toString() {
        return "RfmResult[parties=" + ids.length + ", segments=" + segmentSizes + ", " + boundaries + "]";
    }

    /**
     * A cell of the R × F grid.
     *
     * @param r the R score
     * @param f the F score
     * @param parties how many parties have these R and F scores
     * @param monetarySum the sum of their monetary values
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Cell(int r, int f, long parties, double monetarySum) {

        /**
         * Creates the cell.
         *
         * @param r the R score
         * @param f the F score
         * @param parties the number of parties, 0 or more
         * @param monetarySum the sum of their monetary values
         * @throws IllegalArgumentException if {@code parties} is negative
         */
        public Cell {
            if (parties < 0) {
                throw new IllegalArgumentException("a cell cannot have " + parties + " parties");
            }
        }

        /** @return the mean monetary value of the cell's parties, or empty when the cell has none */
        public OptionalDouble meanMonetary() {
            return parties == 0 ? OptionalDouble.empty() : OptionalDouble.of(monetarySum / parties);
        }
    }

    private final class Scores extends AbstractList<RfmScore> implements RandomAccess {

        @Override
        public RfmScore get(int index) {
            return score(index);
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}
