package dev.kartoteka.segmentation.clv;

import java.util.Arrays;

/**
 * The compressed repeat patterns of a data set laid out as arrays for a likelihood loop: frequency {@code x},
 * recency {@code tx}, age {@code t} and weight {@code w} per pattern, and the distinct frequencies with each pattern's
 * index into them (terms that depend on {@code x} only are computed once per distinct value and evaluation).
 */
final class PatternData {

    final int n;
    final int[] x;
    final double[] tx;
    final double[] t;
    final double[] w;
    final int[] distinct;
    final int[] xIndex;
    final double customers;

    PatternData(CustomerSummaries data) {
        CustomerSummaries compressed = data.compressed();
        n = compressed.patterns().size();
        x = new int[n];
        tx = new double[n];
        t = new double[n];
        w = new double[n];
        for (int i = 0; i < n; i++) {
            RepeatPattern p = compressed.patterns().get(i);
            x[i] = p.frequency();
            tx[i] = p.recency();
            t[i] = p.age();
            w[i] = p.weight();
        }
        distinct = Arrays.stream(x).distinct().sorted().toArray();
        xIndex = new int[n];
        for (int i = 0; i < n; i++) {
            xIndex[i] = Arrays.binarySearch(distinct, x[i]);
        }
        customers = compressed.customers();
    }

    /** The mean age of the patterns (unweighted, at least 0.001) — a scale for the optimiser's starting points. */
    double meanAge() {
        double sum = 0;
        for (double v : t) {
            sum += v;
        }
        return Math.max(sum / t.length, 1e-3);
    }
}
