package dev.kartoteka.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Stored cut points: restored, checked, and applied to single values. */
class RfmBoundariesTests {

    private static final RfmBoundaries QUARTILES = RfmBoundaries.of(4, new long[] {90, 30, 7}, new long[] {1, 2, 5},
            new double[] {50, 120.5, 400});

    @Test
    void scoresEachMetricByTheCutPointsItBeats() {
        assertThat(QUARTILES.recencyScore(91)).isEqualTo(1);
        assertThat(QUARTILES.recencyScore(90)).isEqualTo(1);
        assertThat(QUARTILES.recencyScore(89)).isEqualTo(2);
        assertThat(QUARTILES.recencyScore(6)).isEqualTo(4);
        assertThat(QUARTILES.frequencyScore(1)).isEqualTo(1);
        assertThat(QUARTILES.frequencyScore(2)).isEqualTo(2);
        assertThat(QUARTILES.frequencyScore(3)).isEqualTo(3);
        assertThat(QUARTILES.frequencyScore(6)).isEqualTo(4);
        assertThat(QUARTILES.monetaryScore(0)).isEqualTo(1);
        assertThat(QUARTILES.monetaryScore(120.5)).isEqualTo(2);
        assertThat(QUARTILES.monetaryScore(1e9)).isEqualTo(4);
    }

    @Test
    void restoresFromItsCutPointsAndCopiesThem() {
        long[] recency = QUARTILES.recencyCuts();
        recency[0] = -5;

        assertThat(QUARTILES.recencyCuts()).containsExactly(90, 30, 7);
        assertThat(RfmBoundaries.of(QUARTILES.bins(), QUARTILES.recencyCuts(), QUARTILES.frequencyCuts(),
                QUARTILES.monetaryCuts())).isEqualTo(QUARTILES).hasSameHashCodeAs(QUARTILES);
        assertThat(QUARTILES.toString()).contains("bins=4", "[90, 30, 7]");
    }

    @Test
    void rejectsCutPointsOfTheWrongNumberOrOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> RfmBoundaries.of(5, new long[] {90, 30, 7},
                new long[] {1, 2, 5}, new double[] {1, 2, 3}))
                .withMessageContaining("recencyCuts must have bins − 1 = 4");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmBoundaries.of(4, new long[] {7, 30, 90},
                new long[] {1, 2, 5}, new double[] {1, 2, 3})).withMessageContaining("recencyCuts");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmBoundaries.of(4, new long[] {90, 30, 7},
                new long[] {5, 2, 1}, new double[] {1, 2, 3})).withMessageContaining("frequencyCuts");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmBoundaries.of(4, new long[] {90, 30, 7},
                new long[] {0, 2, 5}, new double[] {1, 2, 3})).withMessageContaining("frequencyCuts");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmBoundaries.of(4, new long[] {90, 30, -1},
                new long[] {1, 2, 5}, new double[] {1, 2, 3})).withMessageContaining("recencyCuts");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmBoundaries.of(4, new long[] {90, 30, 7},
                new long[] {1, 2, 5}, new double[] {1, Double.NaN, 3})).withMessageContaining("monetaryCuts");
        assertThatIllegalArgumentException().isThrownBy(() -> RfmBoundaries.of(1, new long[0], new long[0],
                new double[0])).withMessageContaining("bins");
        assertThatNullPointerException().isThrownBy(() -> RfmBoundaries.of(4, null, new long[] {1, 2, 5},
                new double[] {1, 2, 3})).withMessage("recencyCuts");
    }

    @Test
    void rejectsImpossibleValuesNamingTheField() {
        assertThatThrownBy(() -> QUARTILES.recencyScore(-1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("recencyDays");
        assertThatThrownBy(() -> QUARTILES.frequencyScore(0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("frequency");
        assertThatThrownBy(() -> QUARTILES.monetaryScore(-1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("monetary");
    }
}
