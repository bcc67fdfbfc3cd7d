package dev.kartoteka.core.party;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ImportantDateTests {

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    @Test
    void ofTakesTheDayAndTheFirstYearFromADate() {
        ImportantDate date = ImportantDate.of(ImportantDateKind.BIRTHDAY, LocalDate.of(1985, 3, 14));

        assertThat(date.kind()).isEqualTo(ImportantDateKind.BIRTHDAY);
        assertThat(date.day()).isEqualTo(MonthDay.of(3, 14));
        assertThat(date.since()).contains(Year.of(1985));
        assertThat(date.label()).isEmpty();
    }

    @Test
    void yearlyHasNoFirstYear() {
        ImportantDate date = ImportantDate.yearly(ImportantDateKind.INDUSTRY_HOLIDAY, MonthDay.of(11, 10),
                "Dzień Księgowego");

        assertThat(date.since()).isEmpty();
        assertThat(date.label()).contains("Dzień Księgowego");
        assertThat(ImportantDate.yearly(ImportantDateKind.NAME_DAY, MonthDay.of(7, 26), null).label()).isEmpty();
    }

    @Test
    void observedInReturnsTheSameMonthAndDay() {
        ImportantDate date = ImportantDate.of(ImportantDateKind.BIRTHDAY, LocalDate.of(1985, 3, 14));

        assertThat(date.observedIn(2026)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(date.observedIn(1900)).isEqualTo(LocalDate.of(1900, 3, 14));
    }

    @Test
    void theTwentyNinthOfFebruaryIsObservedOnTheTwentyEighthInCommonYears() {
        ImportantDate date = ImportantDate.of(ImportantDateKind.BIRTHDAY, LocalDate.of(1988, 2, 29));

        assertThat(date.observedIn(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(date.observedIn(2028)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(date.observedIn(2100)).isEqualTo(LocalDate.of(2100, 2, 28));
        assertThat(date.observedIn(2000)).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void nextOnIsTheDayItselfWhenTheDateFallsOnIt() {
        ImportantDate date = ImportantDate.yearly(ImportantDateKind.NAME_DAY, MonthDay.of(12, 25), null);

        assertThat(date.nextOn(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(date.nextOn(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(date.nextOn(LocalDate.of(2026, 12, 26))).isEqualTo(LocalDate.of(2027, 12, 25));
        assertThat(date.nextOn(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void nextOnHandlesTheTwentyNinthOfFebruary() {
        ImportantDate date = ImportantDate.yearly(ImportantDateKind.CUSTOM, LEAP_DAY, "przestępny");

        assertThat(date.nextOn(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(date.nextOn(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(date.nextOn(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(date.nextOn(LocalDate.of(2028, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(date.nextOn(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(date.nextOn(LocalDate.of(2028, 3, 1))).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void rejectsAFirstYearInWhichTheDayDoesNotExist() {
        assertThatThrownBy(() -> new ImportantDate(ImportantDateKind.BIRTHDAY, LEAP_DAY, Optional.of(Year.of(2027)),
                Optional.empty())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("importantDate.since"));
        assertThat(new ImportantDate(ImportantDateKind.BIRTHDAY, LEAP_DAY, Optional.of(Year.of(2028)), Optional.empty())
                .since()).contains(Year.of(2028));
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> new ImportantDate(null, LEAP_DAY, Optional.empty(),
                Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new ImportantDate(ImportantDateKind.CUSTOM, null,
                Optional.empty(), Optional.empty()));
    }

    @Test
    void nextOnIsTheFirstObservanceOnOrAfterTheDay() {
        qt().forAll(monthDays(), days()).checkAssert((monthDay, from) -> {
            ImportantDate date = ImportantDate.yearly(ImportantDateKind.CUSTOM, monthDay, null);
            LocalDate next = date.nextOn(from);

            assertThat(next).isAfterOrEqualTo(from).isBefore(from.plusYears(1).plusDays(1));
            assertThat(next).isEqualTo(expectedObservance(monthDay, next.getYear()));
            // no observance lies between from and next
            LocalDate sameYear = expectedObservance(monthDay, from.getYear());
            if (sameYear.isBefore(next)) {
                assertThat(sameYear).isBefore(from);
            }
        });
    }

    private static LocalDate expectedObservance(MonthDay day, int year) {
        boolean leapDayInCommonYear = day.equals(LEAP_DAY) && !Year.isLeap(year);
        return leapDayInCommonYear ? LocalDate.of(year, 2, 28) : LocalDate.of(year, day.getMonthValue(),
                day.getDayOfMonth());
    }

    private static Gen<MonthDay> monthDays() {
        return Generate.range(0, 365).map(d -> MonthDay.from(LocalDate.of(2028, 1, 1).plusDays(d)));
    }

    private static Gen<LocalDate> days() {
        return Generate.longRange(LocalDate.of(1890, 1, 1).toEpochDay(), LocalDate.of(2110, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
