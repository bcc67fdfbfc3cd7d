package dev.kartoteka.segmentation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowTests {

    @Test
    void writesItselfAsAmountAndUnitLetter() {
        assertThat(Window.days(365)).hasToString("365d");
        assertThat(Window.weeks(8)).hasToString("8w");
        assertThat(Window.months(12)).hasToString("12m");
        assertThat(Window.years(2)).hasToString("2y");
    }

    @Test
    void parsesWhatItWrites() {
        assertThat(Window.parse("365d")).isEqualTo(Window.days(365));
        assertThat(Window.parse("8w")).isEqualTo(Window.weeks(8));
        assertThat(Window.parse("12m")).isEqualTo(Window.months(12));
        assertThat(Window.parse("2Y")).isEqualTo(Window.years(2));
    }

    @Test
    void comparesAsWrittenNotByLength() {
        assertThat(Window.months(12)).isNotEqualTo(Window.years(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0d", "-5d", "12x", "d", "12", "1.5y", "36526d", "5219w", "1201m", "101y", "9999999d", ""})
    void rejectsZeroNegativeAbsurdAndMalformedWindows(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Window.parse(text));
    }

    @Test
    void acceptsUpToAHundredYearsInEveryUnit() {
        assertThat(Window.days(36525).approximateDays()).isEqualTo(36525);
        assertThat(Window.weeks(5218)).hasToString("5218w");
        assertThat(Window.months(1200)).hasToString("1200m");
        assertThat(Window.years(100)).hasToString("100y");
        assertThatIllegalArgumentException().isThrownBy(() -> Window.years(0));
        assertThatIllegalArgumentException().isThrownBy(() -> Window.days(-1));
        assertThatNullPointerException().isThrownBy(() -> new Window(null, 1));
    }

    @Test
    void convertsToPeriodsAndDays() {
        assertThat(Window.weeks(8).asPeriod()).isEqualTo(Period.ofDays(56));
        assertThat(Window.months(12).asPeriod()).isEqualTo(Period.ofMonths(12));
        assertThat(Window.years(2).approximateDays()).isEqualTo(730.485);
        assertThat(Window.months(12).approximateDays()).isCloseTo(365.2425, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aPastWindowEndingTodayIncludesTodayAndAsManyDaysBefore() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(Window.days(1).firstDayEndingOn(today)).isEqualTo(today);
        assertThat(Window.days(365).firstDayEndingOn(today)).isEqualTo(LocalDate.of(2025, 11, 23));
        assertThat(Window.months(12).firstDayEndingOn(today)).isEqualTo(LocalDate.of(2025, 11, 23));
    }
}
