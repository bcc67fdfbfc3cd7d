package dev.kartoteka.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingHoursTests {

    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime ONE = LocalTime.of(13, 0);
    private static final LocalTime FOUR = LocalTime.of(16, 0);

    @Test
    void closedHoursHaveNoWindows() {
        WorkingHours closed = WorkingHours.closed();

        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(closed.on(day)).isEmpty();
            assertThat(closed.isOpen(day, NOON)).isFalse();
        }
        assertThat(closed.asMap()).isEmpty();
    }

    @Test
    void weekdaysAreOpenMondayToFridayAndClosedAtTheWeekend() {
        WorkingHours hours = WorkingHours.weekdays(EIGHT, FOUR);

        assertThat(hours.asMap()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(hours.on(DayOfWeek.WEDNESDAY)).containsExactly(TimeWindow.of(EIGHT, FOUR));
        assertThat(hours.isOpen(DayOfWeek.SATURDAY, NOON)).isFalse();
        assertThat(hours.isOpen(DayOfWeek.SUNDAY, NOON)).isFalse();
    }

    @Test
    void aWindowIncludesItsStartAndExcludesItsEnd() {
        WorkingHours hours = WorkingHours.weekdays(EIGHT, FOUR);

        assertThat(hours.isOpen(DayOfWeek.MONDAY, EIGHT.minusNanos(1))).isFalse();
        assertThat(hours.isOpen(DayOfWeek.MONDAY, EIGHT)).isTrue();
        assertThat(hours.isOpen(DayOfWeek.MONDAY, FOUR.minusNanos(1))).isTrue();
        assertThat(hours.isOpen(DayOfWeek.MONDAY, FOUR)).isFalse();
    }

    @Test
    void aDayMayHaveSeveralWindowsKeptInTimeOrder() {
        WorkingHours hours = WorkingHours.closed().with(DayOfWeek.MONDAY, TimeWindow.of(ONE, FOUR))
                .with(DayOfWeek.MONDAY, TimeWindow.of(EIGHT, NOON));

        assertThat(hours.on(DayOfWeek.MONDAY)).containsExactly(TimeWindow.of(EIGHT, NOON), TimeWindow.of(ONE, FOUR));
        assertThat(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(12, 30))).isFalse();
        assertThat(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(13, 30))).isTrue();
    }

    @Test
    void windowsThatOnlyTouchDoNotOverlap() {
        WorkingHours hours = WorkingHours.closed().with(DayOfWeek.FRIDAY, TimeWindow.of(EIGHT, NOON))
                .with(DayOfWeek.FRIDAY, TimeWindow.of(NOON, FOUR));

        assertThat(hours.on(DayOfWeek.FRIDAY)).hasSize(2);
        assertThat(hours.isOpen(DayOfWeek.FRIDAY, NOON)).isTrue();
    }

    @Test
    void rejectsAnOverlappingWindowOnTheSameDay() {
        WorkingHours hours = WorkingHours.weekdays(EIGHT, FOUR);

        assertThatThrownBy(() -> hours.with(DayOfWeek.MONDAY, TimeWindow.of(LocalTime.of(15, 0), LocalTime.of(18, 0))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("workingHours.MONDAY"));
        assertThatThrownBy(() -> hours.with(DayOfWeek.MONDAY, TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(10, 0))))
                .isInstanceOf(ValidationException.class);
        assertThat(hours.with(DayOfWeek.SATURDAY, TimeWindow.of(LocalTime.of(15, 0), LocalTime.of(18, 0)))
                .on(DayOfWeek.SATURDAY)).hasSize(1);
    }

    @Test
    void withReturnsANewValueAndLeavesTheOriginalAlone() {
        WorkingHours closed = WorkingHours.closed();

        WorkingHours monday = closed.with(DayOfWeek.MONDAY, TimeWindow.of(EIGHT, NOON));

        assertThat(closed.on(DayOfWeek.MONDAY)).isEmpty();
        assertThat(monday.on(DayOfWeek.MONDAY)).hasSize(1);
        assertThatThrownBy(() -> monday.asMap().put(DayOfWeek.SUNDAY, List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> monday.on(DayOfWeek.MONDAY).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalHoursAreEqualHowEverTheyWereBuilt() {
        WorkingHours a = WorkingHours.closed().with(DayOfWeek.MONDAY, TimeWindow.of(ONE, FOUR))
                .with(DayOfWeek.MONDAY, TimeWindow.of(EIGHT, NOON));
        WorkingHours b = WorkingHours.closed().with(DayOfWeek.MONDAY, TimeWindow.of(EIGHT, NOON))
                .with(DayOfWeek.MONDAY, TimeWindow.of(ONE, FOUR));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(WorkingHours.closed());
    }

    @Test
    void aTimeWindowEndsAfterItStarts() {
        assertThatThrownBy(() -> TimeWindow.of(NOON, NOON)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TimeWindow.of(FOUR, EIGHT)).isInstanceOf(ValidationException.class);
        assertThatNullPointerException().isThrownBy(() -> TimeWindow.of(null, NOON));
        assertThat(TimeWindow.of(EIGHT, NOON).contains(EIGHT)).isTrue();
        assertThat(TimeWindow.of(EIGHT, NOON).contains(NOON)).isFalse();
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> WorkingHours.closed().with(null, TimeWindow.of(EIGHT, NOON)));
        assertThatNullPointerException().isThrownBy(() -> WorkingHours.closed().with(DayOfWeek.MONDAY, null));
        assertThatNullPointerException().isThrownBy(() -> WorkingHours.closed().on(null));
    }
}
