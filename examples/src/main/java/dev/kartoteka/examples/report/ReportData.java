package dev.kartoteka.examples.report;

import dev.kartoteka.core.csv.ImportReport;
import dev.kartoteka.core.csv.RowOutcome;
import dev.kartoteka.segmentation.activity.ActivityTransitions;
import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.rfm.RfmResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Everything the visual report shows, as plain immutable values: a title, the as-of date, a few headline figures,
 * and one value per section. How the figures were computed is not its concern; the demo fills it from the library's
 * results (several sections have a {@code from(…)} factory that reads the library's own result type).
 *
 * <p>Every section is optional: {@link HtmlReport} shows each section's title in any case and says so when a section
 * was not filled. Maps keep the order they are given in (give a {@link LinkedHashMap} to choose it), and the report
 * draws them in that order. Every value checks its arguments when created and throws
 * {@link IllegalArgumentException} naming the field, the value and what was expected; {@code null} arguments are
 * rejected with {@link NullPointerException}. Names shown in the report (top clients, duplicate clusters) are shown
 * as given: mask them before, the report never sees clear personal data unless it is handed some.
 *
 * <pre>{@code
 * ReportData data = ReportData.builder("Client base report", LocalDate.of(2025, 6, 30))
 *         .headline(ReportData.Headline.count("clients", 12_480, "in the registry"))
 *         .segmentSizes(ReportData.SegmentSizes.ofActivityTypes(sizes))
 *         .rfm(ReportData.RfmGrid.from(rfmResult))
 *         .build();
 * String html = HtmlReport.render(data);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportData {

    private final String title;
    private final LocalDate asOf;
    private final String subtitle;
    private final String currency;
    private final String footnote;
    private final List<Headline> headlines;
    private final SegmentSizes segmentSizes;
    private final Transitions transitions;
    private final RfmGrid rfm;
    private final ClvDistribution clv;
    private final AliveGrid alive;
    private final HoldoutCheck holdout;
    private final DuplicateClusters duplicates;
    private final ImportOutcomes imports;
    private final Completeness completeness;

    private ReportData(Builder b) {
        this.title = b.title;
        this.asOf = b.asOf;
        this.subtitle = b.subtitle;
        this.currency = b.currency;
        this.footnote = b.footnote;
        this.headlines = List.copyOf(b.headlines);
        this.segmentSizes = b.segmentSizes;
        this.transitions = b.transitions;
        this.rfm = b.rfm;
        this.clv = b.clv;
        this.alive = b.alive;
        this.holdout = b.holdout;
        this.duplicates = b.duplicates;
        this.imports = b.imports;
        this.completeness = b.completeness;
    }

    /**
     * Starts a report.
     *
     * @param title the report's title, e.g. {@code "Client base report"}
     * @param asOf the day the figures describe
     * @return a builder with no sections yet
     * @throws IllegalArgumentException if the title is blank
     */
    public static Builder builder(String title, LocalDate asOf) {
        return new Builder(Checks.text(title, "title"), Objects.requireNonNull(asOf, "asOf"));
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the day the figures describe */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the line under the title, if one was given */
    public Optional<String> subtitle() {
        return Optional.ofNullable(subtitle);
    }

    /** @return the currency code money is shown in; {@code "PLN"} unless set */
    public String currency() {
        return currency;
    }

    /** @return the closing note, if one was given */
    public Optional<String> footnote() {
        return Optional.ofNullable(footnote);
    }

    /** @return the headline figures, in order; possibly empty */
    public List<Headline> headlines() {
        return headlines;
    }

    /** @return the activity segment sizes, if given */
    public Optional<SegmentSizes> segmentSizes() {
        return Optional.ofNullable(segmentSizes);
    }

    /** @return the segment transitions, if given */
    public Optional<Transitions> transitions() {
        return Optional.ofNullable(transitions);
    }

    /** @return the RFM grid, if given */
    public Optional<RfmGrid> rfm() {
        return Optional.ofNullable(rfm);
    }

    /** @return the CLV distribution and top clients, if given */
    public Optional<ClvDistribution> clv() {
        return Optional.ofNullable(clv);
    }

    /** @return the P(alive) grid, if given */
    public Optional<AliveGrid> alive() {
        return Optional.ofNullable(alive);
    }

    /** @return the calibration-versus-holdout check, if given */
    public Optional<HoldoutCheck> holdout() {
        return Optional.ofNullable(holdout);
    }

    /** @return the duplicate clusters, if given */
    public Optional<DuplicateClusters> duplicates() {
        return Optional.ofNullable(duplicates);
    }

    /** @return the import outcomes, if given */
    public Optional<ImportOutcomes> imports() {
        return Optional.ofNullable(imports);
    }

    /** @return the completeness figures, if given */
    public Optional<Completeness> completeness() {
        return Optional.ofNullable(completeness);
    }

    @Override
    public String toString() {
        return "ReportData[" + title + ", " + asOf + "]";
    }

    /**
     * Collects a report's parts. Each part may be set once: setting it again throws {@link IllegalStateException}
     * (headlines are added, any number of them). Not thread-safe.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private final String title;
        private final LocalDate asOf;
        private String subtitle;
        private String currency = "PLN";
        private boolean currencySet;
        private String footnote;
        private final List<Headline> headlines = new ArrayList<>();
        private SegmentSizes segmentSizes;
        private Transitions transitions;
        private RfmGrid rfm;
        private ClvDistribution clv;
        private AliveGrid alive;
        private HoldoutCheck holdout;
        private DuplicateClusters duplicates;
        private ImportOutcomes imports;
        private Completeness completeness;

        private Builder(String title, LocalDate asOf) {
            this.title = title;
            this.asOf = asOf;
        }

        /**
         * @param text one line under the title, e.g. what the data is
         * @return this builder
         * @throws IllegalArgumentException if blank
         * @throws IllegalStateException if already set
         */
        public Builder subtitle(String text) {
            once(subtitle, "subtitle");
            subtitle = Checks.text(text, "subtitle");
            return this;
        }

        /**
         * @param code the currency code money is shown in, e.g. {@code "PLN"} (the default) or {@code "EUR"}
         * @return this builder
         * @throws IllegalArgumentException if blank
         * @throws IllegalStateException if already set
         */
        public Builder currency(String code) {
            if (currencySet) {
                throw new IllegalStateException("currency was already set to " + currency);
            }
            currency = Checks.text(code, "currency").strip();
            currencySet = true;
            return this;
        }

        /**
         * @param text a closing note, e.g. where the data comes from
         * @return this builder
         * @throws IllegalArgumentException if blank
         * @throws IllegalStateException if already set
         */
        public Builder footnote(String text) {
            once(footnote, "footnote");
            footnote = Checks.text(text, "footnote");
            return this;
        }

        /**
         * Adds a headline figure; they are shown in the order added.
         *
         * @param headline the figure
         * @return this builder
         */
        public Builder headline(Headline headline) {
            headlines.add(Objects.requireNonNull(headline, "headline"));
            return this;
        }

        /**
         * @param value the activity segment sizes
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder segmentSizes(SegmentSizes value) {
            once(segmentSizes, "segmentSizes");
            segmentSizes = Objects.requireNonNull(value, "segmentSizes");
            return this;
        }

        /**
         * @param value the segment transitions
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder transitions(Transitions value) {
            once(transitions, "transitions");
            transitions = Objects.requireNonNull(value, "transitions");
            return this;
        }

        /**
         * @param value the RFM grid
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder rfm(RfmGrid value) {
            once(rfm, "rfm");
            rfm = Objects.requireNonNull(value, "rfm");
            return this;
        }

        /**
         * @param value the CLV distribution and top clients
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder clv(ClvDistribution value) {
            once(clv, "clv");
            clv = Objects.requireNonNull(value, "clv");
            return this;
        }

        /**
         * @param value the P(alive) grid
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder alive(AliveGrid value) {
            once(alive, "alive");
            alive = Objects.requireNonNull(value, "alive");
            return this;
        }

        /**
         * @param value the calibration-versus-holdout check
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder holdout(HoldoutCheck value) {
            once(holdout, "holdout");
            holdout = Objects.requireNonNull(value, "holdout");
            return this;
        }

        /**
         * @param value the duplicate clusters
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder duplicates(DuplicateClusters value) {
            once(duplicates, "duplicates");
            duplicates = Objects.requireNonNull(value, "duplicates");
            return this;
        }

        /**
         * @param value the import outcomes
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder imports(ImportOutcomes value) {
            once(imports, "imports");
            imports = Objects.requireNonNull(value, "imports");
            return this;
        }

        /**
         * @param value the completeness figures
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder completeness(Completeness value) {
            once(completeness, "completeness");
            completeness = Objects.requireNonNull(value, "completeness");
            return this;
        }

        /** @return the report data */
        public ReportData build() {
            return new ReportData(this);
        }

        private static void once(Object current, String what) {
            if (current != null) {
                throw new IllegalStateException(what + " was already set");
            }
        }
    }

    /**
     * A headline figure at the top of the report: a label, the value as it should read, and a short note.
     *
     * @param label what the figure is, e.g. {@code "clients"}
     * @param value the value as shown, e.g. {@code "12 480"}; the factories format numbers the report's way
     * @param note a few words under the value; may be empty
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Headline(String label, String value, String note) {

        /**
         * Creates the figure.
         *
         * @param label the label, not blank
         * @param value the value as shown, not blank
         * @param note the note, possibly empty
         * @throws IllegalArgumentException if the label or value is blank
         */
        public Headline {
            Checks.text(label, "headline label");
            Checks.text(value, "headline value");
            Objects.requireNonNull(note, "note");
        }

        /**
         * @param label the label
         * @param count a count, 0 or more
         * @param note the note
         * @return the figure with the count grouped in thousands, e.g. {@code 12 480}
         * @throws IllegalArgumentException if the count is negative
         */
        public static Headline count(String label, long count, String note) {
            return new Headline(label, NumberText.integer(Checks.count(count, "headline " + label)), note);
        }

        /**
         * @param label the label
         * @param share a share 0..1
         * @param note the note
         * @return the figure as a percentage, e.g. {@code 87,5%}
         * @throws IllegalArgumentException if the share is outside 0..1
         */
        public static Headline share(String label, double share, String note) {
            return new Headline(label, NumberText.percent(Checks.share(share, "headline " + label), 1), note);
        }

        /**
         * @param label the label
         * @param amount an amount of money
         * @param currency the currency code
         * @param note the note
         * @return the figure in whole units with the currency, e.g. {@code 1 234 567 PLN}
         * @throws IllegalArgumentException if the amount is not finite or the currency blank
         */
        public static Headline money(String label, double amount, String currency, String note) {
            return new Headline(label, NumberText.money(Checks.finite(amount, "headline " + label),
                    Checks.text(currency, "currency")), note);
        }
    }

    /**
     * How many clients each segment holds, e.g. each activity type.
     *
     * @param counts clients by segment label, in the order to draw them
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record SegmentSizes(Map<String, Long> counts) {

        /**
         * Creates the sizes.
         *
         * @param counts clients by segment label, at least one; labels not blank, counts 0 or more
         * @throws IllegalArgumentException if empty, a label is blank or a count negative
         */
        public SegmentSizes {
            counts = orderedCounts(counts, "segment sizes");
            if (counts.isEmpty()) {
                throw new IllegalArgumentException("segment sizes: at least one segment is needed");
            }
        }

        /**
         * The sizes of the six activity types, labelled as rules write them ({@code "trusted-partner"}), in the
         * enum's order; types missing from the map have 0 clients.
         *
         * @param counts clients by activity type
         * @return the sizes
         * @throws IllegalArgumentException if a count is negative
         */
        public static SegmentSizes ofActivityTypes(Map<ActivityType, Long> counts) {
            Objects.requireNonNull(counts, "counts");
            Map<String, Long> labelled = new LinkedHashMap<>();
            for (ActivityType type : ActivityType.values()) {
                Long n = counts.get(type);
                labelled.put(type.label(), n == null ? 0L : n);
            }
            return new SegmentSizes(labelled);
        }

        /** @return the clients in all segments */
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Who moved between segments from one day to another: a matrix of counts from a label to a label. The diagonal
     * (the same label on both sides) counts the clients who stayed.
     *
     * @param before the earlier day or period as shown, e.g. {@code "2024-12-31"}
     * @param after the later day or period as shown
     * @param counts clients by earlier label, then later label, in the order to draw them
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Transitions(String before, String after, Map<String, Map<String, Long>> counts) {

        /** The earlier label of clients who were not there on the earlier day. */
        public static final String NEW = "(new)";
        /** The later label of clients who were gone on the later day. */
        public static final String GONE = "(gone)";

        /**
         * Creates the matrix.
         *
         * @param before the earlier day, not blank
         * @param after the later day, not blank
         * @param counts the counts, at least one row; labels not blank, counts 0 or more
         * @throws IllegalArgumentException if a label is blank, a count negative, or there are no rows
         */
        public Transitions {
            Checks.text(before, "transitions before");
            Checks.text(after, "transitions after");
            Objects.requireNonNull(counts, "counts");
            Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
            counts.forEach((from, row) -> {
                Checks.text(from, "transitions: a from-label");
                rows.put(from, orderedCounts(row, "transitions from " + Checks.quoted(from)));
            });
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("transitions: at least one row is needed");
            }
            counts = Collections.unmodifiableMap(rows);
        }

        /**
         * Starts a matrix.
         *
         * @param before the earlier day as shown
         * @param after the later day as shown
         * @return a builder
         */
        public static Builder builder(String before, String after) {
            return new Builder(before, after);
        }

        /**
         * The matrix of the library's comparison of two days: the six activity types on both sides, plus
         * {@value #NEW} and {@value #GONE} when some clients came or went.
         *
         * @param transitions the comparison
         * @return the matrix
         */
        public static Transitions from(ActivityTransitions transitions) {
            Objects.requireNonNull(transitions, "transitions");
            Builder b = builder(transitions.fromDay().map(LocalDate::toString).orElse("before"),
                    transitions.toDay().map(LocalDate::toString).orElse("after"));
            boolean anyNew = false;
            boolean anyGone = false;
            for (ActivityType type : ActivityType.values()) {
                anyNew |= transitions.countNew(type) > 0;
                anyGone |= transitions.countGone(type) > 0;
            }
            for (ActivityType from : ActivityType.values()) {
                for (ActivityType to : ActivityType.values()) {
                    b.count(from.label(), to.label(), transitions.count(from, to));
                }
                if (anyGone) {
                    b.count(from.label(), GONE, transitions.countGone(from));
                }
            }
            if (anyNew) {
                for (ActivityType to : ActivityType.values()) {
                    b.count(NEW, to.label(), transitions.countNew(to));
                }
            }
            return b.build();
        }

        /** @return the earlier labels (the rows), in order */
        public List<String> fromLabels() {
            return List.copyOf(counts.keySet());
        }

        /** @return the later labels (the columns): every label of any row, in order of first appearance */
        public List<String> toLabels() {
            Set<String> labels = new LinkedHashSet<>();
            counts.values().forEach(row -> labels.addAll(row.keySet()));
            return List.copyOf(labels);
        }

        /**
         * @param from the earlier label
         * @param to the later label
         * @return how many clients moved from one to the other; 0 if the matrix has no such cell
         */
        public long count(String from, String to) {
            Map<String, Long> row = counts.get(from);
            Long n = row == null ? null : row.get(to);
            return n == null ? 0 : n;
        }

        /** @return the clients in the matrix */
        public long total() {
            return counts.values().stream().flatMap(r -> r.values().stream()).mapToLong(Long::longValue).sum();
        }

        /** @return the clients whose label changed (off the diagonal) */
        public long moved() {
            long moved = 0;
            for (Map.Entry<String, Map<String, Long>> row : counts.entrySet()) {
                for (Map.Entry<String, Long> cell : row.getValue().entrySet()) {
                    moved += row.getKey().equals(cell.getKey()) ? 0 : cell.getValue();
                }
            }
            return moved;
        }

        /**
         * Collects the cells of a transition matrix, row by row in the order first named. Not thread-safe.
         *
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public static final class Builder {

            private final String before;
            private final String after;
            private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

            private Builder(String before, String after) {
                this.before = Checks.text(before, "transitions before");
                this.after = Checks.text(after, "transitions after");
            }

            /**
             * Sets one cell.
             *
             * @param from the earlier label
             * @param to the later label
             * @param count how many clients, 0 or more
             * @return this builder
             * @throws IllegalArgumentException if a label is blank or the count negative
             * @throws IllegalStateException if the cell was already set
             */
            public Builder count(String from, String to, long count) {
                Checks.text(from, "transitions: a from-label");
                Checks.text(to, "transitions: a to-label");
                Checks.count(count, "transitions from " + Checks.quoted(from) + " to " + Checks.quoted(to));
                Long previous = counts.computeIfAbsent(from, k -> new LinkedHashMap<>()).putIfAbsent(to, count);
                if (previous != null) {
                    throw new IllegalStateException("transitions from " + Checks.quoted(from) + " to "
                            + Checks.quoted(to) + " were already set to " + previous);
                }
                return this;
            }

            /**
             * @return the matrix
             * @throws IllegalArgumentException if no cell was set
             */
            public Transitions build() {
                return new Transitions(before, after, counts);
            }
        }
    }

    /**
     * The RFM picture: how many clients have each pair of recency and frequency scores and what they spend, and the
     * sizes of the named RFM segments.
     *
     * @param bins the number of score bins, e.g. 5 (scores 1..bins, higher is better)
     * @param cells the cells with clients, each pair of scores at most once; pairs not listed have no clients
     * @param segmentSizes clients by named RFM segment, in the order to draw them; possibly empty
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record RfmGrid(int bins, List<Cell> cells, Map<String, Long> segmentSizes) {

        /**
         * Creates the grid.
         *
         * @param bins the number of bins, 2..10
         * @param cells the cells, scores within 1..bins, no pair twice
         * @param segmentSizes the segment sizes; labels not blank, counts 0 or more
         * @throws IllegalArgumentException if bins is out of range, a cell's scores are out of range or repeated,
         *         or a segment size is negative
         */
        public RfmGrid {
            if (bins < 2 || bins > 10) {
                throw new IllegalArgumentException("RFM grid: bins must be 2..10, was " + bins);
            }
            cells = List.copyOf(cells);
            Set<Integer> seen = new HashSet<>();
            for (Cell c : cells) {
                if (c.r() < 1 || c.r() > bins || c.f() < 1 || c.f() > bins) {
                    throw new IllegalArgumentException("RFM grid: cell scores must be 1.." + bins + ", were r=" + c.r()
                            + ", f=" + c.f());
                }
                if (!seen.add(c.r() * 100 + c.f())) {
                    throw new IllegalArgumentException("RFM grid: cell r=" + c.r() + ", f=" + c.f()
                            + " is listed twice");
                }
            }
            segmentSizes = orderedCounts(segmentSizes, "RFM segment sizes");
        }

        /**
         * The grid of the library's RFM scoring: every R × F cell with its mean monetary value, and every segment's
         * size in the segment map's order.
         *
         * @param result the scores
         * @return the grid
         */
        public static RfmGrid from(RfmResult result) {
            Objects.requireNonNull(result, "result");
            List<Cell> cells = new ArrayList<>();
            for (RfmResult.Cell c : result.grid()) {
                cells.add(new Cell(c.r(), c.f(), c.parties(), c.meanMonetary().orElse(0)));
            }
            return new RfmGrid(result.boundaries().bins(), cells, result.segmentSizes());
        }

        /**
         * @param r the R score
         * @param f the F score
         * @return the cell with these scores; an empty one (no clients) if not listed
         */
        public Cell cell(int r, int f) {
            for (Cell c : cells) {
                if (c.r() == r && c.f() == f) {
                    return c;
                }
            }
            return new Cell(r, f, 0, 0);
        }

        /**
         * One pair of scores.
         *
         * @param r the recency score, 1..bins (bins = bought most recently)
         * @param f the frequency score, 1..bins (bins = buys most often)
         * @param parties how many clients have these scores
         * @param meanMonetary their mean monetary value (0 when there are none)
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public record Cell(int r, int f, long parties, double meanMonetary) {

            /**
             * Creates the cell.
             *
             * @param r the R score
             * @param f the F score
             * @param parties the clients, 0 or more
             * @param meanMonetary the mean monetary value, finite
             * @throws IllegalArgumentException if parties is negative or the mean not finite
             */
            public Cell {
                Checks.count(parties, "RFM cell r=" + r + ", f=" + f + ": parties");
                Checks.finite(meanMonetary, "RFM cell r=" + r + ", f=" + f + ": mean monetary");
            }
        }
    }

    /**
     * The predicted customer lifetime value of every client (drawn as a histogram) and the most valuable clients.
     * Immutable; the values are copied in and out.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class ClvDistribution {

        private final String horizon;
        private final double[] values;
        private final List<TopClient> top;

        private ClvDistribution(String horizon, double[] values, List<TopClient> top) {
            this.horizon = horizon;
            this.values = values;
            this.top = top;
        }

        /**
         * Creates the distribution.
         *
         * @param horizon the period the value is predicted for, as shown, e.g. {@code "12 months"}
         * @param values one predicted CLV per client, each finite and 0 or more; at least one
         * @param top the most valuable clients, in the order to list them (ten or so read well); possibly empty
         * @return the distribution
         * @throws IllegalArgumentException if the horizon is blank, there are no values, or a value is negative or
         *         not finite
         */
        public static ClvDistribution of(String horizon, double[] values, List<TopClient> top) {
            Checks.text(horizon, "CLV horizon");
            Objects.requireNonNull(values, "values");
            if (values.length == 0) {
                throw new IllegalArgumentException("CLV values: at least one client is needed");
            }
            double[] copy = values.clone();
            for (int i = 0; i < copy.length; i++) {
                Checks.nonNegative(copy[i], "CLV value #" + i);
            }
            return new ClvDistribution(horizon, copy, List.copyOf(top));
        }

        /** @return the period the value is predicted for */
        public String horizon() {
            return horizon;
        }

        /** @return a copy of the values, one per client */
        public double[] values() {
            return values.clone();
        }

        /** @return how many clients have a value */
        public int size() {
            return values.length;
        }

        /** @return the most valuable clients, in order */
        public List<TopClient> top() {
            return top;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ClvDistribution other && horizon.equals(other.horizon)
                    && Arrays.equals(values, other.values) && top.equals(other.top);
        }

        @Override
        public int hashCode() {
            return Objects.hash(horizon, Arrays.hashCode(values), top);
        }

        @Override
        public String toString() {
            return "ClvDistribution[" + horizon + ", " + values.length + " clients, top " + top.size() + "]";
        }
    }

    /**
     * One of the most valuable clients.
     *
     * @param displayName the name as shown (masked if it is a person's), e.g. {@code "Jan K."}
     * @param clv the predicted customer lifetime value
     * @param pAlive the probability the client is still active, 0..1
     * @param purchases the client's purchases so far
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record TopClient(String displayName, double clv, double pAlive, long purchases) {

        /**
         * Creates the row.
         *
         * @param displayName the name, not blank
         * @param clv the value, finite and 0 or more
         * @param pAlive the probability, 0..1
         * @param purchases the purchases, 0 or more
         * @throws IllegalArgumentException if any value is out of range
         */
        public TopClient {
            Checks.text(displayName, "top client name");
            Checks.nonNegative(clv, "CLV of top client " + Checks.quoted(displayName));
            Checks.share(pAlive, "P(alive) of top client " + Checks.quoted(displayName));
            Checks.count(purchases, "purchases of top client " + Checks.quoted(displayName));
        }
    }

    /**
     * The mean probability of being alive (still an active client) over recency buckets × frequency buckets, for a
     * heat map.
     *
     * @param recencyBuckets the recency buckets as shown, from the most recent to the least, e.g. {@code "0–30 d"}
     * @param frequencyBuckets the frequency buckets as shown, from the fewest purchases to the most
     * @param cells the cells with clients, each pair of buckets at most once; pairs not listed have no clients
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record AliveGrid(List<String> recencyBuckets, List<String> frequencyBuckets, List<Cell> cells) {

        /**
         * Creates the grid.
         *
         * @param recencyBuckets the recency labels, at least one, none blank
         * @param frequencyBuckets the frequency labels, at least one, none blank
         * @param cells the cells; indices within the bucket lists, no pair twice
         * @throws IllegalArgumentException if a label list is empty or has a blank label, or a cell is out of range
         *         or repeated
         */
        public AliveGrid {
            recencyBuckets = labels(recencyBuckets, "P(alive) recency buckets");
            frequencyBuckets = labels(frequencyBuckets, "P(alive) frequency buckets");
            cells = List.copyOf(cells);
            Set<Integer> seen = new HashSet<>();
            for (Cell c : cells) {
                if (c.recency() < 0 || c.recency() >= recencyBuckets.size() || c.frequency() < 0
                        || c.frequency() >= frequencyBuckets.size()) {
                    throw new IllegalArgumentException("P(alive) cell (" + c.recency() + ", " + c.frequency()
                            + ") is outside the " + recencyBuckets.size() + " × " + frequencyBuckets.size()
                            + " buckets");
                }
                if (!seen.add(c.recency() * 10_000 + c.frequency())) {
                    throw new IllegalArgumentException("P(alive) cell (" + c.recency() + ", " + c.frequency()
                            + ") is listed twice");
                }
            }
        }

        /**
         * Starts a grid to be filled client by client.
         *
         * @param recencyBuckets the recency labels, most recent first
         * @param frequencyBuckets the frequency labels, fewest purchases first
         * @return a builder
         */
        public static Builder builder(List<String> recencyBuckets, List<String> frequencyBuckets) {
            return new Builder(labels(recencyBuckets, "P(alive) recency buckets"),
                    labels(frequencyBuckets, "P(alive) frequency buckets"));
        }

        /**
         * @param recency the recency bucket's index
         * @param frequency the frequency bucket's index
         * @return the cell; an empty one (no clients) if not listed
         */
        public Cell cell(int recency, int frequency) {
            for (Cell c : cells) {
                if (c.recency() == recency && c.frequency() == frequency) {
                    return c;
                }
            }
            return new Cell(recency, frequency, 0, 0);
        }

        /**
         * One pair of buckets.
         *
         * @param recency the index into {@link AliveGrid#recencyBuckets()}
         * @param frequency the index into {@link AliveGrid#frequencyBuckets()}
         * @param parties how many clients fall in the cell
         * @param meanPAlive their mean P(alive), 0..1 (0 when there are none)
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public record Cell(int recency, int frequency, long parties, double meanPAlive) {

            /**
             * Creates the cell.
             *
             * @param recency the recency index
             * @param frequency the frequency index
             * @param parties the clients, 0 or more
             * @param meanPAlive the mean, 0..1
             * @throws IllegalArgumentException if parties is negative or the mean outside 0..1
             */
            public Cell {
                Checks.count(parties, "P(alive) cell (" + recency + ", " + frequency + "): parties");
                Checks.share(meanPAlive, "P(alive) cell (" + recency + ", " + frequency + "): mean P(alive)");
            }
        }

        /**
         * Adds clients one at a time and builds the grid of their means. Not thread-safe.
         *
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public static final class Builder {

            private final List<String> recencyBuckets;
            private final List<String> frequencyBuckets;
            private final long[] parties;
            private final double[] sums;

            private Builder(List<String> recencyBuckets, List<String> frequencyBuckets) {
                this.recencyBuckets = recencyBuckets;
                this.frequencyBuckets = frequencyBuckets;
                this.parties = new long[recencyBuckets.size() * frequencyBuckets.size()];
                this.sums = new double[parties.length];
            }

            /**
             * Adds one client.
             *
             * @param recency the client's recency bucket index
             * @param frequency the client's frequency bucket index
             * @param pAlive the client's P(alive), 0..1
             * @return this builder
             * @throws IllegalArgumentException if an index is out of range or the probability outside 0..1
             */
            public Builder add(int recency, int frequency, double pAlive) {
                if (recency < 0 || recency >= recencyBuckets.size()) {
                    throw new IllegalArgumentException("P(alive): recency bucket must be 0.."
                            + (recencyBuckets.size() - 1) + ", was " + recency);
                }
                if (frequency < 0 || frequency >= frequencyBuckets.size()) {
                    throw new IllegalArgumentException("P(alive): frequency bucket must be 0.."
                            + (frequencyBuckets.size() - 1) + ", was " + frequency);
                }
                Checks.share(pAlive, "P(alive)");
                int i = recency * frequencyBuckets.size() + frequency;
                parties[i]++;
                sums[i] += pAlive;
                return this;
            }

            /** @return the grid of every cell that has clients */
            public AliveGrid build() {
                List<Cell> cells = new ArrayList<>();
                for (int r = 0; r < recencyBuckets.size(); r++) {
                    for (int f = 0; f < frequencyBuckets.size(); f++) {
                        int i = r * frequencyBuckets.size() + f;
                        if (parties[i] > 0) {
                            cells.add(new Cell(r, f, parties[i], Math.min(1, sums[i] / parties[i])));
                        }
                    }
                }
                return new AliveGrid(recencyBuckets, frequencyBuckets, cells);
            }
        }
    }

    /**
     * Is the CLV model any good on this data? Per calibration-frequency bucket, the purchases the model predicted for
     * a holdout period against those the clients actually made, as the library's
     * {@link dev.kartoteka.segmentation.clv.HoldoutCheck} reports them.
     *
     * @param calibration the calibration period as shown, e.g. {@code "2023-01-01 – 2024-06-30"}
     * @param holdout the holdout period as shown
     * @param rows one row per bucket, frequencies ascending; the last one holds every frequency at or above its own
     * @param predictedTotal predicted holdout purchases over all clients
     * @param actualTotal actual holdout purchases over all clients
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record HoldoutCheck(String calibration, String holdout, List<Row> rows, double predictedTotal,
                               long actualTotal) {

        /**
         * Creates the check.
         *
         * @param calibration the calibration period, not blank
         * @param holdout the holdout period, not blank
         * @param rows the rows, at least one, frequencies strictly ascending
         * @param predictedTotal the predicted total, finite and 0 or more
         * @param actualTotal the actual total, 0 or more
         * @throws IllegalArgumentException if a period is blank, there are no rows, the frequencies do not ascend,
         *         or a total is out of range
         */
        public HoldoutCheck {
            Checks.text(calibration, "holdout check calibration period");
            Checks.text(holdout, "holdout check holdout period");
            rows = List.copyOf(rows);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("holdout check: at least one row is needed");
            }
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i).frequency() <= rows.get(i - 1).frequency()) {
                    throw new IllegalArgumentException("holdout check: frequencies must ascend, but "
                            + rows.get(i).frequency() + " follows " + rows.get(i - 1).frequency());
                }
            }
            Checks.nonNegative(predictedTotal, "holdout check predicted total");
            Checks.count(actualTotal, "holdout check actual total");
        }

        /**
         * The library's check, with the periods it compared.
         *
         * @param check the check
         * @param calibration the calibration period as shown
         * @param holdout the holdout period as shown
         * @return the same rows and totals
         */
        public static HoldoutCheck from(dev.kartoteka.segmentation.clv.HoldoutCheck check, String calibration,
                                        String holdout) {
            Objects.requireNonNull(check, "check");
            List<Row> rows = check.rows().stream()
                    .map(r -> new Row(r.frequency(), r.customers(), r.actualMean(), r.predictedMean()))
                    .toList();
            return new HoldoutCheck(calibration, holdout, rows, check.predictedTotal(), check.actualTotal());
        }

        /**
         * One calibration-frequency bucket.
         *
         * @param frequency the repeat purchases in the calibration period (the last row: this many or more)
         * @param customers how many clients fall in the bucket
         * @param actualMean their mean purchases in the holdout period
         * @param predictedMean the model's mean prediction for them
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public record Row(int frequency, int customers, double actualMean, double predictedMean) {

            /**
             * Creates the row.
             *
             * @param frequency the frequency, 0 or more
             * @param customers the clients, 0 or more
             * @param actualMean the actual mean, finite and 0 or more
             * @param predictedMean the predicted mean, finite and 0 or more
             * @throws IllegalArgumentException if any value is out of range
             */
            public Row {
                Checks.count(frequency, "holdout row frequency");
                Checks.count(customers, "holdout row " + frequency + ": customers");
                Checks.nonNegative(actualMean, "holdout row " + frequency + ": actual mean");
                Checks.nonNegative(predictedMean, "holdout row " + frequency + ": predicted mean");
            }
        }
    }

    /**
     * What the duplicate scan found: clusters of records that describe the same client, how many were merged, how
     * many pairs wait for a person, and a few examples.
     *
     * @param clustersFound clusters of two or more records found
     * @param clustersMerged of those, how many were merged
     * @param pairsForReview pairs that look alike but not certainly, left for review
     * @param examples a few clusters to show, names masked
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record DuplicateClusters(long clustersFound, long clustersMerged, long pairsForReview,
                                    List<Cluster> examples) {

        /**
         * Creates the figures.
         *
         * @param clustersFound clusters found, 0 or more
         * @param clustersMerged clusters merged, 0..clustersFound
         * @param pairsForReview pairs for review, 0 or more
         * @param examples the examples; possibly empty
         * @throws IllegalArgumentException if a count is negative or more clusters were merged than found
         */
        public DuplicateClusters {
            Checks.count(clustersFound, "duplicate clusters found");
            Checks.count(clustersMerged, "duplicate clusters merged");
            Checks.count(pairsForReview, "duplicate pairs for review");
            if (clustersMerged > clustersFound) {
                throw new IllegalArgumentException("duplicate clusters merged (" + clustersMerged
                        + ") cannot be more than found (" + clustersFound + ")");
            }
            examples = List.copyOf(examples);
        }

        /**
         * One example cluster.
         *
         * @param members the records' names as shown, masked, e.g. {@code "J*** K******"}; two or more
         * @param note what tied them and what happened, e.g. {@code "same NIP · merged"}; may be empty
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public record Cluster(List<String> members, String note) {

            /**
             * Creates the example.
             *
             * @param members the names, two or more, none blank
             * @param note the note, possibly empty
             * @throws IllegalArgumentException if there are fewer than two names or one is blank
             */
            public Cluster {
                members = labels(members, "duplicate cluster members");
                if (members.size() < 2) {
                    throw new IllegalArgumentException("a duplicate cluster needs two or more members, had "
                            + members.size());
                }
                Objects.requireNonNull(note, "note");
            }
        }
    }

    /**
     * What became of the rows of a CSV import, with a few of the rejected rows' reasons.
     *
     * @param created rows that created a client
     * @param updated rows that updated a client
     * @param possibleDuplicates rows held for review as possible duplicates
     * @param rejected rows rejected
     * @param rejections a few rejected rows' problems, in file order
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record ImportOutcomes(long created, long updated, long possibleDuplicates, long rejected,
                                 List<Rejection> rejections) {

        /**
         * Creates the outcomes.
         *
         * @param created 0 or more
         * @param updated 0 or more
         * @param possibleDuplicates 0 or more
         * @param rejected 0 or more
         * @param rejections the problems to show; possibly empty
         * @throws IllegalArgumentException if a count is negative
         */
        public ImportOutcomes {
            Checks.count(created, "import created");
            Checks.count(updated, "import updated");
            Checks.count(possibleDuplicates, "import possible duplicates");
            Checks.count(rejected, "import rejected");
            rejections = List.copyOf(rejections);
        }

        /**
         * The outcomes of the library's import report, with its first problems.
         *
         * @param report the report
         * @param maxRejections how many problems to keep, 0 or more
         * @return the outcomes
         * @throws IllegalArgumentException if {@code maxRejections} is negative
         */
        public static ImportOutcomes from(ImportReport report, int maxRejections) {
            Objects.requireNonNull(report, "report");
            Checks.count(maxRejections, "maxRejections");
            List<Rejection> problems = report.rejections().stream().limit(maxRejections)
                    .map(r -> new Rejection(r.line(), r.column(), r.reason())).toList();
            return new ImportOutcomes(report.count(RowOutcome.CREATED), report.count(RowOutcome.UPDATED),
                    report.count(RowOutcome.POSSIBLE_DUPLICATE), report.count(RowOutcome.REJECTED), problems);
        }

        /** @return the rows read */
        public long rows() {
            return created + updated + possibleDuplicates + rejected;
        }

        /**
         * A rejected row's problem.
         *
         * @param line the line number in the file, 1 or more
         * @param column the column's header; empty if the problem is the whole row's
         * @param reason why the row was rejected
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public record Rejection(long line, String column, String reason) {

            /**
             * Creates the problem.
             *
             * @param line the line, 1 or more
             * @param column the column, possibly empty
             * @param reason the reason, not blank
             * @throws IllegalArgumentException if the line is below 1 or the reason blank
             */
            public Rejection {
                if (line < 1) {
                    throw new IllegalArgumentException("rejected row line must be 1 or more, was " + line);
                }
                Objects.requireNonNull(column, "column");
                Checks.text(reason, "rejected row reason");
            }
        }
    }

    /**
     * Data quality: the share of clients that have each field filled.
     *
     * @param filled share filled by field name, each 0..1, in the order to draw them
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Completeness(Map<String, Double> filled) {

        /**
         * Creates the figures.
         *
         * @param filled shares by field, at least one; names not blank, shares 0..1
         * @throws IllegalArgumentException if empty, a name is blank or a share outside 0..1
         */
        public Completeness {
            Objects.requireNonNull(filled, "filled");
            Map<String, Double> copy = new LinkedHashMap<>();
            filled.forEach((field, share) -> {
                Checks.text(field, "completeness: a field name");
                Objects.requireNonNull(share, () -> "completeness of " + Checks.quoted(field));
                copy.put(field, Checks.share(share, "completeness of " + Checks.quoted(field)));
            });
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("completeness: at least one field is needed");
            }
            filled = Collections.unmodifiableMap(copy);
        }
    }

    private static Map<String, Long> orderedCounts(Map<String, Long> counts, String what) {
        Objects.requireNonNull(counts, what);
        Map<String, Long> copy = new LinkedHashMap<>();
        counts.forEach((label, n) -> {
            Checks.text(label, what + ": a label");
            Objects.requireNonNull(n, () -> what + ": count of " + Checks.quoted(label));
            copy.put(label, Checks.count(n, what + ": count of " + Checks.quoted(label)));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static List<String> labels(List<String> labels, String what) {
        List<String> copy = List.copyOf(Objects.requireNonNull(labels, what));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + ": at least one is needed");
        }
        for (String label : copy) {
            Checks.text(label, what + ": a label");
        }
        return copy;
    }
}
