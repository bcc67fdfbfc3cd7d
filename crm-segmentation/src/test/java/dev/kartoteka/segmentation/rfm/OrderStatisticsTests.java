package dev.kartoteka.segmentation.rfm;

import static dev.kartoteka.segmentation.rfm.RfmTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

/** Selecting a few positions of an array gives what sorting it would, and leaves the array as it was. */
class OrderStatisticsTests {

    @Test
    void selectsWhatSortingWouldForAnyLongsAndPositions() {
        qt().withExamples(300).forAll(lists().of(longs().between(0, 40).mix(longs().between(0, Long.MAX_VALUE), 30))
                .ofSizeBetween(1, 3000), lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 9))
                .checkAssert((values, picks) -> {
                    long[] a = values.stream().mapToLong(Long::longValue).toArray();
                    long[] before = a.clone();
                    int[] positions = positions(picks, a.length);
                    long[] sorted = a.clone();
                    Arrays.sort(sorted);

                    long[] selected = OrderStatistics.select(a, a.length, positions);

                    for (int i = 0; i < positions.length; i++) {
                        assertThat(selected[i]).isEqualTo(sorted[positions[i]]);
                    }
                    assertThat(a).containsExactly(before);
                });
    }

    @Test
    void selectsWhatSortingWouldForAnyDoublesAndPositions() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 40).map(i -> i * 0.25)
                        .mix(doubles().between(0, Double.MAX_VALUE), 30)).ofSizeBetween(1, 3000),
                lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 9))
                .checkAssert((values, picks) -> {
                    double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
                    int[] positions = positions(picks, a.length);
                    double[] sorted = a.clone();
                    Arrays.sort(sorted);

                    double[] selected = OrderStatistics.select(a, a.length, positions);

                    for (int i = 0; i < positions.length; i++) {
                        assertThat(selected[i]).isEqualTo(sorted[positions[i]]);
                    }
                });
    }

    @Test
    void countsNegativeZeroAsZero() {
        double[] a = {3, -0.0, 0.0, 1, -0.0};

        assertThat(OrderStatistics.select(a, a.length, new int[] {0, 1, 2, 3})).containsExactly(0.0, 0.0, 0.0, 1.0);
    }

    @Test
    void selectsFromLargeArraysOfAnyShape() {
        int n = 200_000;
        int[] positions = {0, 39_999, 79_999, 119_999, 159_999, n - 1};
        Random random = new Random(7);
        List<IntToLongFunction> shapes = List.of(
                i -> i,                                          // sorted
                i -> n - i,                                      // reversed
                i -> 42,                                         // all equal
                i -> i < n / 2 ? i : n - i,                      // organ pipe
                i -> i % 3,                                      // few values
                i -> random.nextInt(1000),                       // many ties
                i -> random.nextLong() >>> 1,                    // spread over 63 bits
                i -> i == 7 ? Long.MAX_VALUE : random.nextInt(50), // one outlier stretches the range
                i -> Double.doubleToRawLongBits(Math.exp(random.nextGaussian() * 1.2 + 5))); // money-like doubles
        for (IntToLongFunction shape : shapes) {
            long[] a = new long[n];
            for (int i = 0; i < n; i++) {
                a[i] = shape.applyAsLong(i);
            }
            long[] sorted = a.clone();
            Arrays.sort(sorted);

            long[] selected = OrderStatistics.select(a, n, positions);

            for (int i = 0; i < positions.length; i++) {
                assertThat(selected[i]).isEqualTo(sorted[positions[i]]);
            }
        }
    }

    private static int[] positions(List<Integer> picks, int length) {
        TreeSet<Integer> distinct = new TreeSet<>();
        picks.forEach(p -> distinct.add(p % length));
        return distinct.stream().mapToInt(Integer::intValue).toArray();
    }
}
