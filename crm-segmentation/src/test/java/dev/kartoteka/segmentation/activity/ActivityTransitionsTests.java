package dev.kartoteka.segmentation.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ActivityTransitionsTests {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 31);
    private final PartyId a = PartyId.parse("00000000-0000-0000-0000-000000000001");
    private final PartyId b = PartyId.parse("7fffffff-0000-0000-0000-000000000001");
    private final PartyId c = PartyId.parse("80000000-0000-0000-0000-000000000001"); // after b in PartyId order
    private final PartyId d = PartyId.parse("ffffffff-0000-0000-0000-000000000001");

    private static ActivityAssignment on(LocalDate day, PartyId id, ActivityType type) {
        return new ActivityAssignment(id, day, type, new Explanation(type.label(), List.of()));
    }

    @Test
    void listsWhoMovedWhereAndCountsEveryPair() {
        List<Transition> heard = new ArrayList<>();
        ActivityTransitions t = ActivityTransitions.compare(
                Stream.of(on(JUNE, a, ActivityType.ACTIVE), on(JUNE, b, ActivityType.ACTIVE),
                        on(JUNE, c, ActivityType.ONE_TIME)),
                Stream.of(on(DECEMBER, a, ActivityType.INACTIVE), on(DECEMBER, b, ActivityType.ACTIVE),
                        on(DECEMBER, c, ActivityType.ACTIVE), on(DECEMBER, d, ActivityType.POTENTIAL)),
                heard::add);

        assertThat(t.transitions()).extracting(Transition::partyId).containsExactly(a, c, d);
        assertThat(heard).isEqualTo(t.transitions());
        assertThat(t.moved(ActivityType.ACTIVE, ActivityType.INACTIVE)).singleElement()
                .satisfies(m -> {
                    assertThat(m.partyId()).isEqualTo(a);
                    assertThat(m.fromDay()).isEqualTo(JUNE);
                    assertThat(m.toDay()).isEqualTo(DECEMBER);
                    assertThat(m.explanation().rule()).isEqualTo("inactive");
                });
        assertThat(t.count(ActivityType.ACTIVE, ActivityType.ACTIVE)).isEqualTo(1);
        assertThat(t.count(ActivityType.ACTIVE, ActivityType.INACTIVE)).isEqualTo(1);
        assertThat(t.count(ActivityType.ONE_TIME, ActivityType.ACTIVE)).isEqualTo(1);
        assertThat(t.countNew(ActivityType.POTENTIAL)).isEqualTo(1);
        assertThat(t.transitions().get(2).from()).isEmpty();
        assertThat(t.transitions().get(2)).hasToString(d + ": (new) -> potential between 2026-06-30 and 2026-12-31 (potential)");
    }

    @Test
    void aPartyGoneOnTheLaterDayIsAMoveToNothing() {
        ActivityTransitions t = ActivityTransitions.compare(
                Stream.of(on(JUNE, a, ActivityType.ACTIVE), on(JUNE, d, ActivityType.VIP)),
                Stream.of(on(DECEMBER, a, ActivityType.ACTIVE)));

        assertThat(t.transitions()).singleElement().satisfies(m -> {
            assertThat(m.partyId()).isEqualTo(d);
            assertThat(m.from()).contains(ActivityType.VIP);
            assertThat(m.to()).isEqualTo(Optional.empty());
        });
        assertThat(t.countGone(ActivityType.VIP)).isEqualTo(1);
    }

    @Test
    void rejectsStreamsOutOfPartyIdOrderOrMixingDays() {
        assertThatThrownBy(() -> ActivityTransitions.compare(
                Stream.of(on(JUNE, c, ActivityType.ACTIVE), on(JUNE, b, ActivityType.ACTIVE)), Stream.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("before: party " + b + " came after " + c + " (expected party id order, each party once)");
        assertThatThrownBy(() -> ActivityTransitions.compare(Stream.of(on(JUNE, a, ActivityType.ACTIVE)),
                Stream.of(on(DECEMBER, a, ActivityType.ACTIVE), on(JUNE, b, ActivityType.ACTIVE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixed");
        assertThatThrownBy(() -> ActivityTransitions.compare(Stream.of(on(DECEMBER, a, ActivityType.ACTIVE)),
                Stream.of(on(JUNE, a, ActivityType.ACTIVE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("after: assignments of 2026-06-30 (expected a day after 2026-12-31)");
    }
}
