package dev.kartoteka.segmentation.rfm;

import static dev.kartoteka.segmentation.rfm.RfmTheories.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A party's scores and their code. */
class RfmScoreTests {

    @Test
    void writesTheCodeAsThreeDigits() {
        assertThat(new RfmScore(party(1), 5, 4, 5, "champions").code()).isEqualTo("545");
        assertThat(new RfmScore(party(1), 1, 9, 2, "x").code()).isEqualTo("192");
    }

    @Test
    void writesACodeWithATenWithHyphens() {
        assertThat(new RfmScore(party(1), 10, 3, 7, "x").code()).isEqualTo("10-3-7");
        assertThat(new RfmScore(party(1), 1, 1, 10, "x").code()).isEqualTo("1-1-10");
    }

    @Test
    void rejectsScoresOutsideOneToTenAndBlankSegments() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RfmScore(party(1), 0, 1, 1, "x"))
                .withMessageContaining("the r score must be 1..10, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new RfmScore(party(1), 1, 11, 1, "x"))
                .withMessageContaining("the f score");
        assertThatIllegalArgumentException().isThrownBy(() -> new RfmScore(party(1), 1, 1, 1, " "));
    }
}
