package dev.kartoteka.segmentation.clv;

import java.util.Arrays;
import java.util.List;

/**
 * The compressed repeat patterns of a data set laid out as arrays for a likelihood loop: frequency {@code x},
 * recency {@code tx}, age {@code t} and weight {@code w} per pattern, in the order of first occurrence (the order of
 * {@link CustomerSummaries#compressed()}). Terms that depend on one coordinate only are meant to be computed once per
 * distinct value and evaluation: the distinct frequencies, ages and recencies come with each pattern's index into
 * them.
 */
final class PatternData {

    final int n;
    final int[] x;
    final double[] tx;
    final double[] t;
    final double[] w;
    final int[] distinct;
    final int[] xIndex;
    /** The sum of the weights per distinct frequency. */
    final double[] weightPerX;
    final double[] distinctAges;
    final int[] ageIndex;
    final double[] distinctRecencies;
    final int[] recencyIndex;
    final double customers;

    PatternData(CustomerSummaries data) {
        List<RepeatPattern> patterns = data.patterns();
        int size = patterns.size();
        // identical (x, t_x, T) merged by an open-addressing table of pattern indices, no boxing; it grows with the
        // distinct patterns (not with the customers), so it stays small and in cache when many customers share one
        int[] slots = emptySlots(64);
        int[] cx = new int[size];
        double[] ctx = new double[size];
        double[] ct = new double[size];
        double[] cw = new double[size];
        int count = 0;
        for (RepeatPattern p : patterns) {
            int frequency = p.frequency();
            double recency = p.recency();
            double age = p.age();
            long recencyBits = Double.doubleToLongBits(recency);
            long ageBits = Double.doubleToLongBits(age);
            int mask = slots.length - 1;
            int slot = patternHash(frequency, recencyBits, ageBits) & mask;
            while (true) {
                int at = slots[slot];
                if (at < 0) {
                    slots[slot] = count;
                    cx[count] = frequency;
                    ctx[count] = recency;
                    ct[count] = age;
                    cw[count] = p.weight();
                    count++;
                    if (2 * count > slots.length) {
                        slots = emptySlots(slots.length * 2);
                        for (int i = 0; i < count; i++) {
                            int s = patternHash(cx[i], Double.doubleToLongBits(ctx[i]), Double.doubleToLongBits(ct[i]))
                                    & (slots.length - 1);
                            while (slots[s] >= 0) {
                                s = (s + 1) & (slots.length - 1);
                            }
                            slots[s] = i;
                        }
                    }
                    break;
                }
                if (cx[at] == frequency && Double.doubleToLongBits(ctx[at]) == recencyBits
                        && Double.doubleToLongBits(ct[at]) == ageBits) {
                    cw[at] += p.weight();
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        n = count;
        x = Arrays.copyOf(cx, n);
        tx = Arrays.copyOf(ctx, n);
        t = Arrays.copyOf(ct, n);
        w = Arrays.copyOf(cw, n);
        distinct = Arrays.stream(x).distinct().sorted().toArray();
        xIndex = new int[n];
        weightPerX = new double[distinct.length];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            xIndex[i] = Arrays.binarySearch(distinct, x[i]);
            weightPerX[xIndex[i]] += w[i];
            sum += w[i];
        }
        customers = sum;
        ageIndex = new int[n];
        distinctAges = index(t, ageIndex);
        recencyIndex = new int[n];
        distinctRecencies = index(tx, recencyIndex);
    }

    /** The mean age of the patterns (unweighted, at least 0.001) — a scale for the optimiser's starting points. */
    double meanAge() {
        double sum = 0;
        for (double v : t) {
            sum += v;
        }
        return Math.max(sum / t.length, 1e-3);
    }

    /** The distinct values in order of first occurrence; {@code indices} receives each value's position among them. */
    private static double[] index(double[] values, int[] indices) {
        int[] slots = emptySlots(64);
        double[] out = new double[16];
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            long bits = Double.doubleToLongBits(values[i]);
            int mask = slots.length - 1;
            int slot = mix(bits) & mask;
            while (true) {
                int at = slots[slot];
                if (at < 0) {
                    if (count == out.length) {
                        out = Arrays.copyOf(out, count * 2);
                    }
                    slots[slot] = count;
                    out[count] = values[i];
                    indices[i] = count++;
                    if (2 * count > slots.length) {
                        slots = emptySlots(slots.length * 2);
                        for (int j = 0; j < count; j++) {
                            int s = mix(Double.doubleToLongBits(out[j])) & (slots.length - 1);
                            while (slots[s] >= 0) {
                                s = (s + 1) & (slots.length - 1);
                            }
                            slots[s] = j;
                        }
                    }
                    break;
                }
                if (Double.doubleToLongBits(out[at]) == bits) {
                    indices[i] = at;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static int[] emptySlots(int capacity) {
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        return slots;
    }

    private static int patternHash(int frequency, long recencyBits, long ageBits) {
        return mix(frequency * 0x9E3779B97F4A7C15L + recencyBits * 0xC2B2AE3D27D4EB4FL + ageBits);
    }

    static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }
}
