package dev.kartoteka.core.history;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class GranularityTests {

    @Test
    void dayIsItsOwnPeriodStart() {
        assertThat(Granularity.DAY.periodStart(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void monthStartsOnTheFirstDayOfTheMonth() {
        assertThat(Granularity.MONTH.periodStart(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Granularity.MONTH.periodStart(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Granularity.MONTH.periodStart(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void quartersStartOnTheFirstOfJanuaryAprilJulyAndOctober() {
        assertThat(Granularity.QUARTER.periodStart(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Granularity.QUARTER.periodStart(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Granularity.QUARTER.periodStart(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Granularity.QUARTER.periodStart(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Granularity.QUARTER.periodStart(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Granularity.QUARTER.periodStart(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Granularity.QUARTER.periodStart(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Granularity.QUARTER.periodStart(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Granularity.QUARTER.periodStart(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void yearStartsOnNewYearsDay() {
        assertThat(Granularity.YEAR.periodStart(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Granularity.YEAR.periodStart(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void everyDayFallsInThePeriodThatStartsAtItsPeriodStart() {
        qt().forAll(days(), Generate.enumValues(Granularity.class)).checkAssert((day, granularity) -> {
            LocalDate start = granularity.periodStart(day);
            assertThat(start).as("%s start of %s", granularity, day).isBeforeOrEqualTo(day);
            assertThat(granularity.periodStart(start)).as("start of the start").isEqualTo(start);
            assertThat(nextPeriod(granularity, start)).as("next %s after %s", granularity, start).isAfter(day);
            LocalDate previous = granularity.periodStart(start.minusDays(1));
            assertThat(nextPeriod(granularity, previous)).as("%s before %s", granularity, start).isEqualTo(start);
        });
    }

    @Test
    void quarterStartsAreInJanuaryAprilJulyOrOctober() {
        qt().forAll(days()).checkAssert(day -> assertThat(Granularity.QUARTER.periodStart(day))
                .satisfies(start -> assertThat(start.getDayOfMonth()).isEqualTo(1))
                .satisfies(start -> assertThat(start.getMonthValue()).isIn(1, 4, 7, 10))
                .satisfies(start -> assertThat(start.getYear()).isEqualTo(day.getYear())));
    }

    @Test
    void coarserPeriodsContainFinerOnes() {
        qt().forAll(days()).checkAssert(day -> {
            assertThat(Granularity.YEAR.periodStart(day))
                    .isEqualTo(Granularity.YEAR.periodStart(Granularity.QUARTER.periodStart(day)));
            assertThat(Granularity.QUARTER.periodStart(day))
                    .isEqualTo(Granularity.QUARTER.periodStart(Granularity.MONTH.periodStart(day)));
            assertThat(Granularity.MONTH.periodStart(day))
                    .isEqualTo(Granularity.MONTH.periodStart(Granularity.DAY.periodStart(day)));
        });
    }

    private static Gen<LocalDate> days() {
        return Generate.longRange(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static LocalDate nextPeriod(Granularity granularity, LocalDate start) {
        return switch (granularity) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }
}
