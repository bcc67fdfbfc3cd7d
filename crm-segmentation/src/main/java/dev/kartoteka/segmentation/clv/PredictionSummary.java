package dev.kartoteka.segmentation.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

/**
 * Customers' predictions summed up per segment, RFM-style: how many customers, how likely they are still alive, how
 * many purchases they are expected to make and what those are worth over the predictions' horizon. Segments are
 * either the caller's (any label per customer) or a recency × frequency grid. Immutable.
 *
 * @param horizon the horizon of the predictions, in the model's time unit
 * @param segments the non-empty segments, in the order of {@link #bySegment} (first appearance) or of the grid
 *     (recency bucket, then frequency bucket)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PredictionSummary(double horizon, List<Segment> segments) {

    /**
     * One segment's figures.
     *
     * @param name the segment's label
     * @param customers how many customers are in it, more than 0
     * @param meanProbabilityAlive the mean P(alive) of its customers
     * @param meanExpectedPurchases the mean expected purchases of its customers over the horizon
     * @param expectedPurchases the expected purchases of all its customers over the horizon
     * @param expectedValue Σ expected purchases × value per purchase over its customers: the segment's undiscounted
     *     CLV over the horizon (a margin, if wanted, belongs in the value per purchase)
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Segment(String name, long customers, double meanProbabilityAlive, double meanExpectedPurchases,
                          double expectedPurchases, double expectedValue) {

        /**
         * Creates the segment's figures.
         *
         * @param name the label
         * @param customers the number of customers
         * @param meanProbabilityAlive the mean P(alive)
         * @param meanExpectedPurchases the mean expected purchases
         * @param expectedPurchases the total expected purchases
         * @param expectedValue the total expected value
         * @throws IllegalArgumentException if the segment is empty
         */
        public Segment {
            Objects.requireNonNull(name, "name");
            if (customers < 1) {
                throw new IllegalArgumentException("a segment has at least one customer, " + name + " had " + customers);
            }
        }
    }

    /**
     * Creates the summary.
     *
     * @param horizon the predictions' horizon
     * @param segments the segments
     */
    public PredictionSummary {
        segments = List.copyOf(segments);
    }

    /**
     * Sums up the predictions per caller-given segment.
     *
     * @param customers the customers, in the order the predictions were made for
     * @param predictions their predictions
     * @param segmentOf each customer's segment label (e.g. a region, an acquisition channel, an RFM code)
     * @param valuePerPurchase each customer's expected value of a purchase (e.g. the Gamma-Gamma conditional spend
     *     times a margin); return 1 to count purchases
     * @return the segments in the order of their first customer
     * @throws IllegalArgumentException if the predictions are for a different number of customers, or a value per
     *     purchase is negative or not finite
     * @throws NullPointerException if an argument is null or a label is null
     */
    public static PredictionSummary bySegment(List<CustomerSummary> customers, PurchasePredictions predictions,
                                              Function<CustomerSummary, String> segmentOf,
                                              ToDoubleFunction<CustomerSummary> valuePerPurchase) {
        Objects.requireNonNull(segmentOf, "segmentOf");
        requireMatching(customers, predictions, valuePerPurchase);
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            String label = Objects.requireNonNull(segmentOf.apply(c), "segment label");
            add(sums.computeIfAbsent(label, k -> new double[4]), predictions, i, value(valuePerPurchase, c));
        }
        List<Segment> out = new ArrayList<>(sums.size());
        sums.forEach((label, s) -> out.add(segment(label, s)));
        return new PredictionSummary(predictions.horizon(), out);
    }

    /**
     * Sums up the predictions on a recency × frequency grid. Recency here is RFM's: the time since the last purchase,
     * T − t<sub>x</sub>. A customer falls in recency bucket i when {@code recencyLimits[i-1] <= T − t_x <
     * recencyLimits[i]} (from 0 in the first bucket, open-ended in the last), likewise for x and {@code frequencyLimits}; segments are named
     * like {@code "recency [4, 13) x frequency [1, 3)"}.
     *
     * @param customers the customers, in the order the predictions were made for
     * @param predictions their predictions
     * @param recencyLimits increasing bucket limits of T − t<sub>x</sub>, in the model's time unit (may be empty)
     * @param frequencyLimits increasing bucket limits of x (may be empty)
     * @param valuePerPurchase each customer's expected value of a purchase; return 1 to count purchases
     * @return the non-empty buckets, by recency bucket (most recent first), then frequency bucket (lowest first)
     * @throws IllegalArgumentException if the limits are not increasing, the predictions are for a different number
     *     of customers, or a value per purchase is negative or not finite
     * @throws NullPointerException if an argument is null
     */
    public static PredictionSummary byRecencyAndFrequency(List<CustomerSummary> customers,
                                                          PurchasePredictions predictions, double[] recencyLimits,
                                                          int[] frequencyLimits,
                                                          ToDoubleFunction<CustomerSummary> valuePerPurchase) {
        Objects.requireNonNull(recencyLimits, "recencyLimits");
        Objects.requireNonNull(frequencyLimits, "frequencyLimits");
        requireMatching(customers, predictions, valuePerPurchase);
        for (int i = 1; i < recencyLimits.length; i++) {
            if (!(recencyLimits[i] > recencyLimits[i - 1])) {
                throw new IllegalArgumentException("recency limits must increase: " + Arrays.toString(recencyLimits));
            }
        }
        for (double limit : recencyLimits) {
            if (!Double.isFinite(limit)) {
                throw new IllegalArgumentException("recency limits must be finite: " + Arrays.toString(recencyLimits));
            }
        }
        for (int i = 1; i < frequencyLimits.length; i++) {
            if (frequencyLimits[i] <= frequencyLimits[i - 1]) {
                throw new IllegalArgumentException("frequency limits must increase: "
                        + Arrays.toString(frequencyLimits));
            }
        }
        int columns = frequencyLimits.length + 1;
        double[][] sums = new double[(recencyLimits.length + 1) * columns][];
        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            int row = bucket(recencyLimits, c.age() - c.recency());
            int column = bucket(frequencyLimits, c.frequency());
            int cell = row * columns + column;
            if (sums[cell] == null) {
                sums[cell] = new double[4];
            }
            add(sums[cell], predictions, i, value(valuePerPurchase, c));
        }
        List<Segment> out = new ArrayList<>();
        for (int cell = 0; cell < sums.length; cell++) {
            if (sums[cell] != null) {
                int row = cell / columns;
                int column = cell % columns;
                String name = "recency " + range(recencyLimits, row) + " x frequency "
                        + range(Arrays.stream(frequencyLimits).asDoubleStream().toArray(), column);
                out.add(segment(name, sums[cell]));
            }
        }
        return new PredictionSummary(predictions.horizon(), out);
    }

    /**
     * @param name a segment's label
     * @return the segment, or empty if no customer is in it
     */
    public Optional<Segment> segment(String name) {
        Objects.requireNonNull(name, "name");
        return segments.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** @return the number of customers over all segments */
    public long customers() {
        return segments.stream().mapToLong(Segment::customers).sum();
    }

    /** @return the expected value over all segments */
    public double expectedValue() {
        return segments.stream().mapToDouble(Segment::expectedValue).sum();
    }

    private static void requireMatching(List<CustomerSummary> customers, PurchasePredictions predictions,
                                        ToDoubleFunction<CustomerSummary> valuePerPurchase) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(valuePerPurchase, "valuePerPurchase");
        if (customers.size() != predictions.size()) {
            throw new IllegalArgumentException("predictions for " + predictions.size() + " customers do not match "
                    + customers.size() + " customers");
        }
    }

    private static double value(ToDoubleFunction<CustomerSummary> valuePerPurchase, CustomerSummary c) {
        double v = valuePerPurchase.applyAsDouble(c);
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("the value per purchase must be finite and 0 or more, was " + v
                    + " for customer " + c.customerId());
        }
        return v;
    }

    private static void add(double[] sums, PurchasePredictions predictions, int i, double valuePerPurchase) {
        double purchases = predictions.expectedPurchases(i);
        sums[0]++;
        sums[1] += predictions.probabilityAlive(i);
        sums[2] += purchases;
        sums[3] += purchases * valuePerPurchase;
    }

    private static Segment segment(String name, double[] s) {
        return new Segment(name, (long) s[0], s[1] / s[0], s[2] / s[0], s[2], s[3]);
    }

    private static int bucket(double[] limits, double v) {
        int i = 0;
        while (i < limits.length && v >= limits[i]) {
            i++;
        }
        return i;
    }

    private static int bucket(int[] limits, int v) {
        int i = 0;
        while (i < limits.length && v >= limits[i]) {
            i++;
        }
        return i;
    }

    private static String range(double[] limits, int i) {
        String low = i == 0 ? "0" : format(limits[i - 1]);
        String high = i == limits.length ? "inf" : format(limits[i]);
        return "[" + low + ", " + high + ")";
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
