package dev.kartoteka.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HistogramTests {

    @Test
    void binsUpToTheNinetyNinthPercentileAndCountsTheRestAsOverflow() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i; // 0..999, the 99th percentile is 989.01
        }
        values[999] = 1_000_000;

        Histogram h = Histogram.of(values, 20);

        assertThat(h.step).isEqualTo(50);
        assertThat(h.counts).hasSize(20);
        assertThat(h.overflowFrom()).isEqualTo(1000);
        assertThat(h.overflow).isEqualTo(1);
        assertThat(Arrays.stream(h.counts).sum() + h.overflow).isEqualTo(1000);
        assertThat(h.counts[0]).isEqualTo(50);
        assertThat(h.median).isEqualTo(499.5);
        assertThat(h.max).isEqualTo(1_000_000);
    }

    @Test
    void putsTheNinetyNinthPercentileItselfInABin() {
        Histogram h = Histogram.of(new double[] {0, 100, 100, 100}, 10);

        assertThat(h.step).isEqualTo(10);
        assertThat(h.overflow).isZero();
        assertThat(h.counts[h.counts.length - 1]).isEqualTo(3);
    }

    @Test
    void makesOneBinOfValuesThatAreAllZero() {
        Histogram h = Histogram.of(new double[] {0, 0, 0}, 20);

        assertThat(h.counts).containsExactly(3);
        assertThat(h.overflow).isZero();
        assertThat(h.mean).isZero();
        assertThat(h.tallest()).isEqualTo(3);
    }

    @Test
    void roundsStepsToOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(Histogram.niceStep(0.7)).isEqualTo(1);
        assertThat(Histogram.niceStep(1.3)).isEqualTo(2);
        assertThat(Histogram.niceStep(2.2)).isEqualTo(2.5);
        assertThat(Histogram.niceStep(180)).isEqualTo(200);
        assertThat(Histogram.niceStep(3_100)).isEqualTo(5_000);
        assertThat(Histogram.niceAxis(3.46)).containsExactly(4, 1);
        assertThat(Histogram.niceAxis(0)).containsExactly(1, 0.25);
    }
}
