package dev.kartoteka.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTests {

    private static final String S = "\u202F";

    @Test
    void groupsDigitsInThreesWithANarrowNoBreakSpace() {
        assertThat(NumberText.integer(0)).isEqualTo("0");
        assertThat(NumberText.integer(999)).isEqualTo("999");
        assertThat(NumberText.integer(1_000)).isEqualTo("1" + S + "000");
        assertThat(NumberText.integer(12_480)).isEqualTo("12" + S + "480");
        assertThat(NumberText.integer(1_234_567)).isEqualTo("1" + S + "234" + S + "567");
        assertThat(NumberText.integer(Long.MIN_VALUE)).isEqualTo("\u22129" + S + "223" + S + "372" + S + "036" + S
                + "854" + S + "775" + S + "808");
    }

    @Test
    void writesDecimalsWithACommaRoundedHalfUp() {
        assertThat(NumberText.decimal(1234.5, 2)).isEqualTo("1" + S + "234,50");
        assertThat(NumberText.decimal(0.125, 2)).isEqualTo("0,13");
        assertThat(NumberText.decimal(2.5, 0)).isEqualTo("3");
        assertThat(NumberText.decimal(-1500.25, 1)).isEqualTo("\u22121" + S + "500,3");
    }

    @Test
    void writesNoMinusBeforeZero() {
        assertThat(NumberText.decimal(-0.0, 1)).isEqualTo("0,0");
        assertThat(NumberText.decimal(-0.04, 1)).isEqualTo("0,0");
    }

    @Test
    void writesSharesAsPercentages() {
        assertThat(NumberText.percent(0.3541, 1)).isEqualTo("35,4%");
        assertThat(NumberText.percent(1, 0)).isEqualTo("100%");
        assertThat(NumberText.percent(0, 1)).isEqualTo("0,0%");
    }

    @Test
    void writesMoneyInWholeUnitsWithTheCurrency() {
        assertThat(NumberText.money(48_920.4, "PLN")).isEqualTo("48" + S + "920" + S + "PLN");
    }

    @Test
    void writesTicksWithAsManyDecimalsAsTheStepNeeds() {
        assertThat(NumberText.tick(2000, 500)).isEqualTo("2" + S + "000");
        assertThat(NumberText.tick(0.5, 0.5)).isEqualTo("0,5");
        assertThat(NumberText.tick(0.75, 0.25)).isEqualTo("0,75");
        assertThat(NumberText.tick(3, 1)).isEqualTo("3");
    }

    @Test
    void writesADashForWhatIsNotANumber() {
        assertThat(NumberText.decimal(Double.NaN, 1)).isEqualTo("–");
    }
}
