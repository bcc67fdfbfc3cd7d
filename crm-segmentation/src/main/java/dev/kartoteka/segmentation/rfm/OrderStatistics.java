package dev.kartoteka.segmentation.rfm;

import java.util.Arrays;

/**
 * The values at a few positions of an array as if it were sorted, without sorting it or changing it: a radix select.
 * A histogram of the top 16 bits of (value − min) finds the bucket of each wanted position; only those buckets are
 * copied out and searched the same way on their own range. Each level narrows the range by 2<sup>16</sup>, so there
 * are at most four levels over 63-bit values and the work is O(n) whatever the distribution; ranges under
 * 2<sup>16</sup> (days, purchase counts) are answered by the first histogram.
 */
final class OrderStatistics {

    private static final int BITS = 16;
    /** Parts this small are sorted. */
    private static final int SMALL = 512;

    private OrderStatistics() {
    }

    /**
     * @param values the values, all 0 or more; not changed
     * @param length how many of them count
     * @param positions positions into the sorted values, 0-based, increasing, without duplicates, below {@code length}
     * @return the value at each position of the sorted values
     */
    static long[] select(long[] values, int length, int[] positions) {
        long[] out = new long[positions.length];
        select(values, length, positions, 0, positions.length, 0, out);
        return out;
    }

    /**
     * @param values the values, all finite and 0 or more ({@code -0.0} counts as {@code 0.0}); not changed
     * @param length how many of them count
     * @param positions positions into the sorted values, 0-based, increasing, without duplicates, below {@code length}
     * @return the value at each position of the sorted values
     */
    static double[] select(double[] values, int length, int[] positions) {
        // the bits of doubles 0 or more order like the doubles
        long[] bits = new long[length];
        for (int i = 0; i < length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i] + 0.0);
        }
        long[] selected = select(bits, length, positions);
        double[] out = new double[selected.length];
        for (int i = 0; i < selected.length; i++) {
            out[i] = Double.longBitsToDouble(selected[i]);
        }
        return out;
    }

    /** Fills out[from..to) with the values at positions[from..to) − offset of the sorted values[0..length). */
    private static void select(long[] values, int length, int[] positions, int from, int to, int offset,
                               long[] out) {
        if (length <= SMALL) {
            long[] sorted = Arrays.copyOf(values, length);
            Arrays.sort(sorted);
            for (int t = from; t < to; t++) {
                out[t] = sorted[positions[t] - offset];
            }
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < length; i++) {
            long v = values[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min == max) {
            Arrays.fill(out, from, to, min);
            return;
        }
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(max - min) - BITS);
        int[] counts = new int[(int) ((max - min) >>> shift) + 1];
        for (int i = 0; i < length; i++) {
            counts[(int) ((values[i] - min) >>> shift)]++;
        }
        // the buckets holding wanted positions, each with the first wanted position in it and the count below it
        int[] buckets = new int[to - from];
        int[] firstTarget = new int[to - from + 1];
        int[] below = new int[to - from];
        int found = 0;
        int bucket = 0;
        int countBelow = 0;
        for (int t = from; t < to; t++) {
            int rank = positions[t] - offset;
            while (countBelow + counts[bucket] <= rank) {
                countBelow += counts[bucket];
                bucket++;
            }
            if (found == 0 || buckets[found - 1] != bucket) {
                buckets[found] = bucket;
                firstTarget[found] = t;
                below[found] = countBelow;
                found++;
            }
        }
        firstTarget[found] = to;
        if (shift == 0) {
            // a bucket holds one value
            for (int b = 0; b < found; b++) {
                Arrays.fill(out, firstTarget[b], firstTarget[b + 1], min + buckets[b]);
            }
            return;
        }
        int[] slotOf = new int[counts.length];
        Arrays.fill(slotOf, -1);
        long[][] parts = new long[found][];
        for (int b = 0; b < found; b++) {
            slotOf[buckets[b]] = b;
            parts[b] = new long[counts[buckets[b]]];
        }
        int[] filled = new int[found];
        for (int i = 0; i < length; i++) {
            long v = values[i];
            int slot = slotOf[(int) ((v - min) >>> shift)];
            if (slot >= 0) {
                parts[slot][filled[slot]++] = v;
            }
        }
        for (int b = 0; b < found; b++) {
            select(parts[b], parts[b].length, positions, firstTarget[b], firstTarget[b + 1], offset + below[b], out);
        }
    }
}
