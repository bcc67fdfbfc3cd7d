package dev.kartoteka.segmentation.clv;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Gamma;

/**
 * The four parameters of the BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"):
 * purchase rates are Gamma(r, α) across customers, dropout probabilities after each purchase Beta(a, b). Time-based
 * results are in the time unit the model was fitted in.
 *
 * @param r shape of the purchase-rate distribution, &gt; 0
 * @param alpha scale of the purchase-rate distribution, &gt; 0
 * @param a first shape of the dropout distribution, &gt; 0
 * @param b second shape of the dropout distribution, &gt; 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BgNbdParameters(double r, double alpha, double a, double b) {

    /**
     * Creates the parameters, checking them.
     *
     * @param r r
     * @param alpha α
     * @param a a
     * @param b b
     * @throws IllegalArgumentException if a parameter is not a positive finite number
     */
    public BgNbdParameters {
        for (double v : new double[] {r, alpha, a, b}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: r=" + r
                        + ", alpha=" + alpha + ", a=" + a + ", b=" + b);
            }
        }
    }

    /**
     * The log-likelihood of one customer's history, computed stably (log-gamma, log-sum-exp) — no overflow for heavy
     * buyers.
     *
     * @param x repeat purchase days
     * @param tx recency
     * @param t age T
     * @return ln L
     */
    public double logLikelihood(int x, double tx, double t) {
        double lnA1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double lnA2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        double lnA3 = -(r + x) * Math.log(alpha + t);
        if (x == 0) {
            return lnA1 + lnA2 + lnA3;
        }
        double lnA4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        double max = Math.max(lnA3, lnA4);
        return lnA1 + lnA2 + max + Math.log(Math.exp(lnA3 - max) + Math.exp(lnA4 - max));
    }

    /**
     * The probability that a customer with this history is still alive (has not dropped out) at the end of
     * observation. Exactly 1 for a customer without repeat purchases, as the model says.
     *
     * @param x repeat purchase days
     * @param tx recency
     * @param t age T
     * @return P(alive | x, t<sub>x</sub>, T)
     */
    public double probabilityAlive(int x, double tx, double t) {
        if (x == 0) {
            return 1.0;
        }
        double lnRatio = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + t) - Math.log(alpha + tx));
        return 1.0 / (1.0 + Math.exp(lnRatio));
    }

    /**
     * The expected number of purchases of a new customer in a period of length {@code t}.
     *
     * @param t the period's length
     * @return E[X(t)]
     */
    public double expectedPurchases(double t) {
        if (t <= 0) {
            return 0;
        }
        double z = t / (alpha + t);
        // (1-z)^r 2F1(r, b; a+b-1; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b-1; z) (Euler's transformation)
        return (a + b - 1) / (a - 1)
                * (1 - Math.pow(1 - z, a - 1) * Hypergeometric.f21(a + b - 1 - r, a - 1, a + b - 1, z));
    }

    /**
     * The expected number of purchases in the next {@code t} of a customer with this history.
     *
     * @param t the length of the future period
     * @param x repeat purchase days
     * @param tx recency
     * @param age T
     * @return E[Y(t) | x, t<sub>x</sub>, T]
     */
    public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0;
        }
        return purchasesIfAlive(t, x, age) * probabilityAlive(x, tx, age);
    }

    /**
     * P(alive) and the expected purchases in the next {@code horizon} of every customer in the list, the same values
     * as {@link #probabilityAlive} and {@link #conditionalExpectedPurchases} give one by one, but computed once per
     * distinct (x, T) pair, age and recency: the hypergeometric series only once per (x, T), then one exponential per
     * customer.
     *
     * @param customers the customers' summaries, in the model's time unit
     * @param horizon the length of the future period, in the model's time unit
     * @return the predictions, in the list's order
     * @throws NullPointerException if {@code customers} is null or holds null
     */
    public PurchasePredictions predict(List<CustomerSummary> customers, double horizon) {
        Objects.requireNonNull(customers, "customers");
        int n = customers.size();
        double[] alive = new double[n];
        double[] expected = new double[n];
        // large inputs in a few contiguous parts on the common pool, each with its own caches; every customer's
        // values are computed the same way whichever part holds it, so the result does not depend on the split
        int parts = n < 200_000 ? 1 : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        java.util.stream.IntStream.range(0, parts).parallel().forEach(k ->
                predict(customers, horizon, (int) ((long) k * n / parts), (int) ((long) (k + 1) * n / parts), alive,
                        expected));
        return new PurchasePredictions(horizon, alive, expected);
    }

    private void predict(List<CustomerSummary> customers, double horizon, int from, int to, double[] alive,
                         double[] expected) {
        // one pass, no per-customer arrays but the results: ln(α + T) and ln(α + t_x) per distinct value, the factor
        // of P(alive) in E[Y(t) | x, t_x, T] (which depends on x and T only) per distinct (x, T), and ln a − ln(b + x − 1)
        // per x for all but the heaviest buyers
        LogCache lnAge = new LogCache(alpha);
        LogCache lnRecency = new LogCache(alpha);
        PairCache factors = new PairCache();
        double lnA = Math.log(a);
        double[] lnDropout = new double[Math.min(to - from, 4096) + 1];
        for (int k = 1; k < lnDropout.length; k++) {
            lnDropout[k] = lnA - Math.log(b + k - 1);
        }
        for (int i = from; i < to; i++) {
            CustomerSummary c = Objects.requireNonNull(customers.get(i), "customer");
            int xi = c.frequency();
            double age = c.age();
            int ageSlot = lnAge.slot(age);
            double p;
            if (xi == 0) {
                p = 1.0;
            } else {
                double lnRatio = (xi < lnDropout.length ? lnDropout[xi] : lnA - Math.log(b + xi - 1))
                        + (r + xi) * (lnAge.value(ageSlot) - lnRecency.value(lnRecency.slot(c.recency())));
                p = 1.0 / (1.0 + Math.exp(lnRatio));
            }
            alive[i] = p;
            if (horizon > 0) {
                long key = ((long) xi << 32) | ageSlot;
                double factor = factors.get(key);
                if (Double.isNaN(factor)) {
                    factor = purchasesIfAlive(horizon, xi, age);
                    factors.put(key, factor);
                }
                expected[i] = factor * p;
            }
        }
    }

    /**
     * ln(α + v) per distinct v (by its bits), in an open-addressing table that grows with the distinct values; a
     * value's slot stays its own (entries are only appended), so slots can key other tables.
     */
    private static final class LogCache {
        private final double alpha;
        private int[] table = filledInts(64);
        private long[] bits = new long[32];
        private double[] logs = new double[32];
        private int size;

        LogCache(double alpha) {
            this.alpha = alpha;
        }

        private static int[] filledInts(int capacity) {
            int[] t = new int[capacity];
            Arrays.fill(t, -1);
            return t;
        }

        int slot(double v) {
            long b = Double.doubleToLongBits(v);
            int mask = table.length - 1;
            int at = PatternData.mix(b) & mask;
            while (table[at] >= 0) {
                if (bits[table[at]] == b) {
                    return table[at];
                }
                at = (at + 1) & mask;
            }
            if (size == bits.length) {
                bits = Arrays.copyOf(bits, size * 2);
                logs = Arrays.copyOf(logs, size * 2);
            }
            bits[size] = b;
            logs[size] = Math.log(alpha + v);
            table[at] = size;
            size++;
            if (2 * size > table.length) {
                table = filledInts(table.length * 2);
                for (int i = 0; i < size; i++) {
                    int s = PatternData.mix(bits[i]) & (table.length - 1);
                    while (table[s] >= 0) {
                        s = (s + 1) & (table.length - 1);
                    }
                    table[s] = i;
                }
            }
            return size - 1;
        }

        double value(int slot) {
            return logs[slot];
        }
    }

    /** An open-addressing map from non-negative long keys to doubles that grows at half load; NaN for absent. */
    private static final class PairCache {
        private long[] keys = filled(64);
        private double[] values = new double[64];
        private int size;

        private static long[] filled(int capacity) {
            long[] k = new long[capacity];
            Arrays.fill(k, -1L);
            return k;
        }

        private int slot(long[] in, long key) {
            int mask = in.length - 1;
            int slot = PatternData.mix(key * 0x9E3779B97F4A7C15L) & mask;
            while (in[slot] != key && in[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        double get(long key) {
            int slot = slot(keys, key);
            return keys[slot] == key ? values[slot] : Double.NaN;
        }

        void put(long key, double value) {
            if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                double[] oldValues = values;
                keys = filled(oldKeys.length * 2);
                values = new double[oldKeys.length * 2];
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != -1L) {
                        int s = slot(keys, oldKeys[i]);
                        keys[s] = oldKeys[i];
                        values[s] = oldValues[i];
                    }
                }
            }
            int slot = slot(keys, key);
            keys[slot] = key;
            values[slot] = value;
            size++;
        }
    }

    /** E[Y(t) | x, t<sub>x</sub>, T] / P(alive | x, t<sub>x</sub>, T), which depends on x and T only. */
    private double purchasesIfAlive(double t, int x, double age) {
        double z = t / (alpha + age + t);
        // (1-z)^(r+x) 2F1(r+x, b+x; a+b+x-1; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z) (Euler's
        // transformation): the right-hand series has small parameters, so heavy buyers neither overflow nor crawl
        double product = Math.pow(1 - z, a - 1) * Hypergeometric.f21(a + b - 1 - r, a - 1, a + b + x - 1, z);
        return (a + b + x - 1) / (a - 1) * (1 - product);
    }

    /**
     * The probability that a new customer makes exactly {@code n} purchases in a period of length {@code t} (Fader,
     * Hardie &amp; Lee 2005, eq. 8), computed with log-gamma and log-beta.
     *
     * @param n the number of purchases, 0 or more
     * @param t the period's length
     * @return P(X(t) = n)
     * @throws IllegalArgumentException if {@code n} is negative or {@code t} is not positive
     */
    public double probabilityOfPurchases(int n, double t) {
        if (n < 0 || !(t > 0)) {
            throw new IllegalArgumentException("n must be >= 0 and t > 0, was n=" + n + ", t=" + t);
        }
        double lnB = logBeta(a, b);
        double lnP = Math.log(alpha) - Math.log(alpha + t);
        double lnQ = Math.log(t) - Math.log(alpha + t);
        double first = Math.exp(logBeta(a, b + n) - lnB + Gamma.logGamma(r + n) - Gamma.logGamma(r)
                - Gamma.logGamma(n + 1.0) + r * lnP + n * lnQ);
        if (n == 0) {
            return first;
        }
        double partial = 0;
        for (int j = 0; j < n; j++) {
            partial += Math.exp(Gamma.logGamma(r + j) - Gamma.logGamma(r) - Gamma.logGamma(j + 1.0) + r * lnP + j * lnQ);
        }
        return first + Math.exp(logBeta(a + 1, b + n - 1) - lnB) * Math.max(0, 1 - partial);
    }

    /**
     * Draws the summaries of {@code customers} new customers from the model, reproducibly: each gets a purchase rate
     * λ ~ Gamma(r, α) and a dropout probability p ~ Beta(a, b), buys at Poisson rate λ after the first purchase and
     * drops out with probability p after each repeat purchase. Ages are uniform over the multiples of
     * {@code resolution} from {@code minAge} to {@code maxAge} (as for customers acquired on different days), and
     * recencies are recorded to the nearest multiple of {@code resolution}. Useful to test a fit or size a data set.
     *
     * @param customers how many customers, more than 0
     * @param minAge the shortest observation T, 0 or more
     * @param maxAge the longest observation T, at least {@code minAge}
     * @param resolution the precision ages and recencies are recorded to, e.g. 1/7 for days in weeks; 0 for exact
     *     (continuous) values
     * @param unit the time unit of the model and of the summaries
     * @param seed the seed: the same seed gives the same summaries
     * @return the summaries, one unweighted pattern per customer
     * @throws IllegalArgumentException if the counts or ages are out of range
     * @throws NullPointerException if {@code unit} is null
     */
    public CustomerSummaries simulate(int customers, double minAge, double maxAge, double resolution,
                                      ChronoUnit unit, long seed) {
        Objects.requireNonNull(unit, "unit");
        if (customers < 1 || !(minAge >= 0) || !(maxAge >= minAge) || Double.isInfinite(maxAge)
                || !(resolution >= 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("expected customers >= 1, 0 <= minAge <= maxAge finite and resolution >= 0,"
                    + " was customers=" + customers + ", minAge=" + minAge + ", maxAge=" + maxAge + ", resolution="
                    + resolution);
        }
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
        int steps = resolution > 0 ? (int) Math.floor((maxAge - minAge) / resolution + 1e-9) : 0;
        List<RepeatPattern> patterns = new ArrayList<>(customers);
        for (int c = 0; c < customers; c++) {
            double age = resolution > 0 ? minAge + resolution * random.nextInt(0, steps)
                    : minAge + (maxAge - minAge) * random.nextDouble();
            double rate = random.nextGamma(r, 1 / alpha);
            double dropout = random.nextBeta(a, b);
            int x = 0;
            double last = 0;
            double time = 0;
            while (rate > 0) {
                time += random.nextExponential(1 / rate);
                if (time > age) {
                    break;
                }
                x++;
                last = time;
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            double recency = x == 0 || resolution == 0 ? last : Math.min(age, Math.rint(last / resolution) * resolution);
            patterns.add(RepeatPattern.of(x, recency, age));
        }
        return new CustomerSummaries(patterns, unit);
    }

    private static double logBeta(double p, double q) {
        return Gamma.logGamma(p) + Gamma.logGamma(q) - Gamma.logGamma(p + q);
    }
}
