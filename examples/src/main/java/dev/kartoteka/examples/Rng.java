package dev.kartoteka.examples;

/**
 * The generator's only source of randomness: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014) written out here, with every derived draw spelled out too, so that a seed gives the same
 * numbers on every JVM: no {@link java.util.Random} or {@link java.util.SplittableRandom} whose bounded draws may
 * change between releases, and only {@link StrictMath} for logarithms and powers ({@link Math#sqrt} and
 * {@link Math#floor} are exact by specification). Not thread-safe; one instance per party and purpose.
 */
final class Rng {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    private Rng(long state) {
        this.state = state;
    }

    /**
     * A stream of numbers for one purpose of one record: independent of every other (seed, index, purpose).
     */
    static Rng of(long seed, long index, long purpose) {
        return new Rng(mix(mix(seed ^ mix(purpose * GOLDEN_GAMMA + 0x632BE59BD9B4E019L)) + index * GOLDEN_GAMMA));
    }

    /** The SplitMix64 finaliser (Stafford's variant 13): a bijection of 64-bit values with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1), 53 bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), without bias (rejection of the incomplete last block). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        while (true) {
            long bits = nextLong() >>> 1;
            long value = bits % bound;
            if (bits - value + (bound - 1) >= 0) {
                return (int) value;
            }
        }
    }

    /** Uniform in [from, to], both inclusive. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    <T> T pick(java.util.List<T> values) {
        return values.get(nextInt(values.size()));
    }

    /** Index i with probability weights[i] / sum(weights). */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Picks early entries more often: index = floor(n * u^2), a simple stand-in for Zipf-like name frequencies. */
    <T> T pickSkewed(T[] values) {
        double u = nextDouble();
        return values[(int) (values.length * u * u)];
    }

    /** Exponential with the given mean. */
    double exponential(double mean) {
        return -mean * StrictMath.log(1 - nextDouble());
    }

    /** Standard normal, by Marsaglia's polar method. */
    double normal() {
        while (true) {
            double x = 2 * nextDouble() - 1;
            double y = 2 * nextDouble() - 1;
            double s = x * x + y * y;
            if (s > 0 && s < 1) {
                return x * Math.sqrt(-2 * StrictMath.log(s) / s);
            }
        }
    }

    /**
     * Gamma with shape k and scale θ (mean kθ), by Marsaglia and Tsang, "A simple method for generating gamma
     * variables" (ACM TOMS 26(3), 2000); for k &lt; 1 boosted to k + 1 and multiplied by U^(1/k).
     */
    double gamma(double shape, double scale) {
        if (shape < 1) {
            return gamma(shape + 1, scale) * StrictMath.pow(1 - nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = 1 - nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x
                    || StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
                return d * v * scale;
            }
        }
    }

    /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    double beta(double a, double b) {
        double x = gamma(a, 1);
        double y = gamma(b, 1);
        double sum = x + y;
        if (sum == 0) {
            return nextDouble() < a / (a + b) ? 1 : 0;
        }
        return x / sum;
    }
}
