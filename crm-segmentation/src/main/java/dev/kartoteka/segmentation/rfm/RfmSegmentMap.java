package dev.kartoteka.segmentation.rfm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Named RFM segments by score ranges: an ordered list of segments, the first one matching a party's scores wins, and
 * scores no segment matches fall into a fallback segment ({@value #OTHER} unless renamed). So every combination of
 * scores has exactly one segment. A segment matches a range of R and either ranges of F and M or a range of the
 * mean (F + M) / 2, which moves in steps of 0.5. A map is built for one number of bins; every segment in it must
 * match at least one combination of scores not taken by an earlier segment. Immutable and thread-safe.
 *
 * <p>The {@linkplain #defaults() default map} is the widely used 11-segment map of R and (F + M) / 2 on 5 bins,
 * as published by Putler ("RFM Analysis For Successful Customer Segmentation"; also in many RFM tools). Putler's
 * ranges overlap and are not meant to be read in order: read first-match-wins in the published order,
 * <i>new customers</i>, <i>promising</i>, <i>cannot lose them</i> and <i>lost</i> could never be reached. Kartoteka
 * keeps the published ranges but orders them so each one is reached, and narrows <i>lost</i> from (F + M) / 2 ≤ 2
 * to the lowest corner so that <i>hibernating</i> keeps a place. The rules, in order, and the cells of the 5 × 5 × 5
 * score cube each one gets:
 *
 * <table>
 * <caption>The default segments (5 bins), first match wins</caption>
 * <tr><th>#</th><th>segment</th><th>R</th><th>(F+M)/2</th><th>what it gets after the earlier rules</th>
 *     <th>cells</th></tr>
 * <tr><td>1</td><td>champions</td><td>4–5</td><td>4–5</td><td>all of it</td><td>12</td></tr>
 * <tr><td>2</td><td>loyal customers</td><td>2–5</td><td>3–5</td><td>R 4–5 with FM 3–3.5; R 2–3 with FM 3–5</td>
 *     <td>48</td></tr>
 * <tr><td>3</td><td>new customers</td><td>4–5</td><td>1</td><td>all of it</td><td>2</td></tr>
 * <tr><td>4</td><td>promising</td><td>3–4</td><td>1</td><td>R 3</td><td>1</td></tr>
 * <tr><td>5</td><td>potential loyalists</td><td>3–5</td><td>1–3</td><td>FM 1.5–2.5</td><td>27</td></tr>
 * <tr><td>6</td><td>need attention</td><td>2–3</td><td>2–3</td><td>R 2 with FM 2–2.5</td><td>7</td></tr>
 * <tr><td>7</td><td>about to sleep</td><td>2–3</td><td>1–2</td><td>R 2 with FM 1–1.5</td><td>3</td></tr>
 * <tr><td>8</td><td>cannot lose them</td><td>1</td><td>4–5</td><td>all of it</td><td>6</td></tr>
 * <tr><td>9</td><td>at risk</td><td>1–2</td><td>2–5</td><td>R 1 with FM 2–3.5</td><td>16</td></tr>
 * <tr><td>10</td><td>lost</td><td>1–2</td><td>1</td><td>R 1 with FM 1 (score 111)</td><td>1</td></tr>
 * <tr><td>11</td><td>hibernating</td><td>1–2</td><td>1–2</td><td>R 1 with FM 1.5 (112, 121)</td><td>2</td></tr>
 * </table>
 *
 * <p>The 11 segments cover all 125 cells, so the defaults never use the fallback. They are defined for 5 bins only;
 * other bin counts need a map of their own ({@link #builder(int)}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RfmSegmentMap {

    /** Bought recently, buy often and spend the most. */
    public static final String CHAMPIONS = "champions";
    /** Buy regularly and spend well. */
    public static final String LOYAL_CUSTOMERS = "loyal customers";
    /** Recent customers with average frequency and spend. */
    public static final String POTENTIAL_LOYALISTS = "potential loyalists";
    /** Bought most recently, but once and little. */
    public static final String NEW_CUSTOMERS = "new customers";
    /** Recent shoppers who have not bought much yet. */
    public static final String PROMISING = "promising";
    /** Slipping: neither recent nor frequent enough. */
    public static final String NEED_ATTENTION = "need attention";
    /** Below average recency, frequency and spend. */
    public static final String ABOUT_TO_SLEEP = "about to sleep";
    /** Bought often and spent well, but long ago. */
    public static final String AT_RISK = "at risk";
    /** Were among the best, but have not come back for the longest time. */
    public static final String CANNOT_LOSE_THEM = "cannot lose them";
    /** Long ago, rarely and little. */
    public static final String HIBERNATING = "hibernating";
    /** The lowest recency, frequency and spend. */
    public static final String LOST = "lost";
    /** The default name of the fallback segment, for scores no segment matches. */
    public static final String OTHER = "other";

    private static final RfmSegmentMap DEFAULTS = builder(5)
            .segment(CHAMPIONS, 4, 5, 4, 5)
            .segment(LOYAL_CUSTOMERS, 2, 5, 3, 5)
            .segment(NEW_CUSTOMERS, 4, 5, 1, 1)
            .segment(PROMISING, 3, 4, 1, 1)
            .segment(POTENTIAL_LOYALISTS, 3, 5, 1, 3)
            .segment(NEED_ATTENTION, 2, 3, 2, 3)
            .segment(ABOUT_TO_SLEEP, 2, 3, 1, 2)
            .segment(CANNOT_LOSE_THEM, 1, 1, 4, 5)
            .segment(AT_RISK, 1, 2, 2, 5)
            .segment(LOST, 1, 2, 1, 1)
            .segment(HIBERNATING, 1, 2, 1, 2)
            .build();

    private final int bins;
    private final List<Segment> segments;
    private final String fallback;
    /** Per cell ((r − 1) · bins + f − 1) · bins + m − 1: its segment's index; {@code segments.size()}: the fallback. */
    private final int[] cells;
    private final boolean coversEveryScore;

    private RfmSegmentMap(int bins, List<Segment> segments, String fallback) {
        this.bins = bins;
        this.segments = List.copyOf(segments);
        this.fallback = fallback;
        this.cells = new int[bins * bins * bins];
        int[] reached = new int[segments.size() + 1];
        for (int r = 1; r <= bins; r++) {
            for (int f = 1; f <= bins; f++) {
                for (int m = 1; m <= bins; m++) {
                    int index = 0;
                    while (index < segments.size() && !segments.get(index).matches(r, f, m)) {
                        index++;
                    }
                    cells[cell(r, f, m)] = index;
                    reached[index]++;
                }
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            if (reached[i] == 0) {
                throw new IllegalArgumentException("segment \"" + segments.get(i).name() + "\" is never reached: "
                        + "every score it matches on " + bins + " bins is taken by a segment before it, or it "
                        + "matches none");
            }
        }
        this.coversEveryScore = reached[segments.size()] == 0;
    }

    /**
     * The default map: Putler's 11 segments of R and (F + M) / 2 for 5 bins, ordered to be read first-match-wins
     * (the table is in the class description).
     *
     * @return the default map, for 5 bins
     */
    public static RfmSegmentMap defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a map for scores of 1..{@code bins}.
     *
     * @param bins the number of bins of the scores, 2..10
     * @return a builder without segments and with the fallback {@value #OTHER}
     * @throws IllegalArgumentException if {@code bins} is outside 2..10
     */
    public static Builder builder(int bins) {
        RfmScoring.requireBins(bins);
        return new Builder(bins);
    }

    /** @return the number of bins the map is for */
    public int bins() {
        return bins;
    }

    /** @return the segments, in the order they are tried; the fallback is not among them */
    public List<Segment> segments() {
        return segments;
    }

    /** @return the name of the segment of scores no segment matches */
    public String fallback() {
        return fallback;
    }

    /** @return whether every combination of scores matches a segment, so the fallback is never used */
    public boolean coversEveryScore() {
        return coversEveryScore;
    }

    /**
     * The names a party can get: the segments' in order, then the fallback's if some scores fall through.
     *
     * @return the names, without duplicates
     */
    public List<String> names() {
        List<String> names = new ArrayList<>(segments.size() + 1);
        segments.forEach(s -> names.add(s.name()));
        if (!coversEveryScore) {
            names.add(fallback);
        }
        return List.copyOf(names);
    }

    /**
     * The segment of a combination of scores: the first segment matching it, else the fallback.
     *
     * @param r the recency score, 1..bins
     * @param f the frequency score, 1..bins
     * @param m the monetary score, 1..bins
     * @return the segment's name
     * @throws IllegalArgumentException if a score is outside 1..bins
     */
    public String segmentOf(int r, int f, int m) {
        if (r < 1 || r > bins || f < 1 || f > bins || m < 1 || m > bins) {
            throw new IllegalArgumentException("scores must be 1.." + bins + ", were r=" + r + ", f=" + f + ", m=" + m);
        }
        return name(index(r, f, m));
    }

    /** The index of the scores' segment, {@code segments().size()} for the fallback; scores are not checked. */
    int index(int r, int f, int m) {
        return cells[cell(r, f, m)];
    }

    String name(int index) {
        return index == segments.size() ? fallback : segments.get(index).name();
    }

    private int cell(int r, int f, int m) {
        return ((r - 1) * bins + f - 1) * bins + m - 1;
    }

    /**
     * Maps are equal when they have the same bins, segments in the same order and the same fallback.
     *
     * @param o another object
     * @return whether it is an equal map
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RfmSegmentMap other && bins == other.bins && segments.equals(other.segments)
                && fallback.equals(other.fallback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bins, segments, fallback);
    }

    @Override
    public String toString() {
        return "RfmSegmentMap[bins=" + bins + ", segments=" + segments + ", fallback=" + fallback + "]";
    }

    /**
     * One named segment: the scores it matches, each range inclusive. A segment given by (F + M) / 2 matches any F
     * and M of the map's bins whose mean is in its range; one given by F and M ranges matches any mean.
     *
     * @param name the segment's name
     * @param minR the lowest R it matches
     * @param maxR the highest R it matches
     * @param minF the lowest F it matches
     * @param maxF the highest F it matches
     * @param minM the lowest M it matches
     * @param maxM the highest M it matches
     * @param minFm the lowest (F + M) / 2 it matches
     * @param maxFm the highest (F + M) / 2 it matches
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Segment(String name, int minR, int maxR, int minF, int maxF, int minM, int maxM, double minFm,
                          double maxFm) {

        /**
         * Creates the segment, checking it.
         *
         * @param name the name, not blank
         * @param minR the lowest R
         * @param maxR the highest R
         * @param minF the lowest F
         * @param maxF the highest F
         * @param minM the lowest M
         * @param maxM the highest M
         * @param minFm the lowest (F + M) / 2
         * @param maxFm the highest (F + M) / 2
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException naming the segment if its name is blank or a range is empty or outside
         *     1..10
         */
        public Segment {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a segment's name must not be blank");
            }
            requireRange(name, "R", minR, maxR, RfmScoring.MAX_BINS);
            requireRange(name, "F", minF, maxF, RfmScoring.MAX_BINS);
            requireRange(name, "M", minM, maxM, RfmScoring.MAX_BINS);
            requireRange(name, "(F+M)/2", minFm, maxFm, RfmScoring.MAX_BINS);
        }

        /**
         * @param r the recency score
         * @param f the frequency score
         * @param m the monetary score
         * @return whether the segment matches the scores
         */
        public boolean matches(int r, int f, int m) {
            int sum = f + m;
            return r >= minR && r <= maxR && f >= minF && f <= maxF && m >= minM && m <= maxM
                    && sum >= 2 * minFm && sum <= 2 * maxFm;
        }

        private static void requireRange(String name, String score, int min, int max, int bins) {
            if (min < 1 || max > bins || min > max) {
                throw new IllegalArgumentException("segment \"" + name + "\": the " + score + " range " + min + ".."
                        + max + " must be within 1.." + bins + " and not empty");
            }
        }

        private static void requireRange(String name, String score, double min, double max, int bins) {
            if (!(min >= 1 && max <= bins && min <= max)) {
                throw new IllegalArgumentException("segment \"" + name + "\": the " + score + " range " + min + ".."
                        + max + " must be within 1.." + bins + " and not empty");
            }
        }
    }

    /**
     * Builds a map: segments in the order they are tried, and the fallback's name. Each segment is checked when it
     * is added; {@link #build()} checks that each one is reached.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private final int bins;
        private final List<Segment> segments = new ArrayList<>();
        private String fallback;

        private Builder(int bins) {
            this.bins = bins;
        }

        /**
         * Adds a segment of R and the mean (F + M) / 2, the form of the conventional RFM maps.
         *
         * @param name the segment's name, not blank, not used yet
         * @param minR the lowest R, 1 or more
         * @param maxR the highest R, up to the bins
         * @param minFm the lowest (F + M) / 2, 1 or more (halves count: 1.5 matches F = 1, M = 2)
         * @param maxFm the highest (F + M) / 2, up to the bins
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException naming the segment if the name is blank or taken, or a range is empty or
         *     outside 1..bins
         */
        public Builder segment(String name, int minR, int maxR, double minFm, double maxFm) {
            return add(new Segment(name, minR, maxR, 1, bins, 1, bins, minFm, maxFm));
        }

        /**
         * Adds a segment of R, F and M ranges.
         *
         * @param name the segment's name, not blank, not used yet
         * @param minR the lowest R, 1 or more
         * @param maxR the highest R, up to the bins
         * @param minF the lowest F, 1 or more
         * @param maxF the highest F, up to the bins
         * @param minM the lowest M, 1 or more
         * @param maxM the highest M, up to the bins
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException naming the segment if the name is blank or taken, or a range is empty or
         *     outside 1..bins
         */
        public Builder segment(String name, int minR, int maxR, int minF, int maxF, int minM, int maxM) {
            return add(new Segment(name, minR, maxR, minF, maxF, minM, maxM, 1, bins));
        }

        /**
         * Names the segment of scores no segment matches.
         *
         * @param name the name, not blank, not a segment's
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if the name is blank
         * @throws IllegalStateException if the fallback was named already
         */
        public Builder fallback(String name) {
            Objects.requireNonNull(name, "name");
            if (fallback != null) {
                throw new IllegalStateException("the fallback was already named \"" + fallback + "\"");
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException("the fallback's name must not be blank");
            }
            fallback = name;
            return this;
        }

        /**
         * Builds the map.
         *
         * @return the map
         * @throws IllegalArgumentException naming the segment if a segment is never reached (every score it matches
         *     is taken by the segments before it), or the fallback has a segment's name
         */
        public RfmSegmentMap build() {
            String fallbackName = fallback == null ? OTHER : fallback;
            if (segments.stream().anyMatch(s -> s.name().equals(fallbackName))) {
                throw new IllegalArgumentException("segment \"" + fallbackName + "\" has the fallback's name");
            }
            return new RfmSegmentMap(bins, segments, fallbackName);
        }

        private Builder add(Segment segment) {
            if (segment.maxR() > bins || segment.maxF() > bins || segment.maxM() > bins || segment.maxFm() > bins) {
                throw new IllegalArgumentException("segment \"" + segment.name() + "\": its ranges must be within 1.."
                        + bins + " (the map's bins), were R " + segment.minR() + ".." + segment.maxR() + ", F "
                        + segment.minF() + ".." + segment.maxF() + ", M " + segment.minM() + ".." + segment.maxM()
                        + ", (F+M)/2 " + segment.minFm() + ".." + segment.maxFm());
            }
            if (segments.stream().anyMatch(s -> s.name().equals(segment.name()))) {
                throw new IllegalArgumentException("segment \"" + segment.name() + "\" is already in the map");
            }
            segments.add(segment);
            return this;
        }
    }
}
