package dev.kartoteka.examples.report;

import java.util.Arrays;

/**
 * Equal-width bins over a skewed distribution of non-negative values. The bins run from 0 to the 99th percentile
 * (rounded up to a step of 1, 2, 2.5 or 5 times a power of ten), so a few very large values do not squash the rest
 * into one bar; values beyond the last bin are counted in one overflow bin.
 */
final class Histogram {

    final double step;
    final long[] counts;
    final long overflow;
    final long n;
    final double mean;
    final double median;
    final double p90;
    final double max;
    final double total;

    private Histogram(double step, long[] counts, long overflow, long n, double mean, double median, double p90,
                      double max, double total) {
        this.step = step;
        this.counts = counts;
        this.overflow = overflow;
        this.n = n;
        this.mean = mean;
        this.median = median;
        this.p90 = p90;
        this.max = max;
        this.total = total;
    }

    /**
     * @param values the values, at least one, each finite and 0 or more
     * @param targetBins about how many bins to make
     */
    static Histogram of(double[] values, int targetBins) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double total = 0;
        for (double v : sorted) {
            total += v;
        }
        double max = sorted[n - 1];
        double p99 = quantile(sorted, 0.99);
        double upper = p99 > 0 ? p99 : max;
        double step = upper > 0 ? niceStep(upper / targetBins) : 1;
        int bins = (int) Math.max(1, Math.ceil(upper / step - 1e-9));
        if (bins * step <= upper) {
            bins++; // the 99th percentile itself falls in a bin, not in the overflow
        }
        long[] counts = new long[bins];
        long overflow = 0;
        for (double v : sorted) {
            int bin = (int) Math.floor(v / step);
            if (bin >= bins) {
                overflow++;
            } else {
                counts[bin]++;
            }
        }
        return new Histogram(step, counts, overflow, n, total / n, quantile(sorted, 0.5), quantile(sorted, 0.9), max,
                total);
    }

    /** @return where the overflow bin starts */
    double overflowFrom() {
        return counts.length * step;
    }

    /** @return the tallest bin's count, the overflow included */
    long tallest() {
        long t = overflow;
        for (long c : counts) {
            t = Math.max(t, c);
        }
        return t;
    }

    /** The quantile by linear interpolation between order statistics (type 7, as R and NumPy default to). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /** @return the smallest of 1, 2, 2.5, 5 × 10^k that is at least {@code raw} */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw - 1e-12 * power) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** @return a round number at least {@code value}, and a tick step that divides it into 3..6 parts */
    static double[] niceAxis(double value) {
        if (value <= 0) {
            return new double[] {1, 0.25};
        }
        double step = niceStep(value / 5);
        double top = Math.ceil(value / step - 1e-9) * step;
        return new double[] {top, step};
    }
}
