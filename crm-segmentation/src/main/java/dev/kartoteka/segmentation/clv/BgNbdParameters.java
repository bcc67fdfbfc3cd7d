package dev.kartoteka.segmentation.clv;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
        double z = t / (alpha + age + t);
        // (1-z)^(r+x) 2F1(r+x, b+x; a+b+x-1; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z) (Euler's
        // transformation): the right-hand series has small parameters, so heavy buyers neither overflow nor crawl
        double product = Math.pow(1 - z, a - 1) * Hypergeometric.f21(a + b - 1 - r, a - 1, a + b + x - 1, z);
        double numerator = (a + b + x - 1) / (a - 1) * (1 - product);
        return numerator * probabilityAlive(x, tx, age);
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
