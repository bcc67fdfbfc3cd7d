package dev.kartoteka.segmentation.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ActivityPolicyPropertyTests {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    /** A party's purchases: n purchases on days drawn from a span, a registration before them. */
    private static Gen<PurchaseLog> logs() {
        return SourceDSL.integers().between(0, 20).zip(SourceDSL.integers().between(1, 2000),
                SourceDSL.longs().all(), (n, span, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    List<LocalDate> days = new ArrayList<>();
                    List<Double> amounts = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        days.add(BASE.plusDays(random.nextInt(span)));
                        amounts.add(random.nextInt(100_000) / 100.0);
                    }
                    return new PurchaseLog(new PartyId(new UUID(seed, ~seed)), days, amounts,
                            BASE.minusDays(random.nextInt(1500)));
                });
    }

    private static ActivityAssignment decide(ActivityPolicy policy, ActivityMetrics m) {
        return policy.decide(m, OptionalDouble.empty(), ActivityPolicy.VipOutcome.NONE);
    }

    @Test
    void everyPartyGetsExactlyOneTypeWhoseRuleNamesIt() {
        ActivityTheories.qt().forAll(logs(), SourceDSL.integers().between(0, 3000)).checkAssert((log, offset) -> {
            ActivityAssignment a = decide(ActivityPolicy.defaults(), log.metricsOn(BASE.plusDays(offset), 365));
            String rule = a.explanation().rule();
            assertThat(rule).startsWith(switch (a.type()) {
                case VIP -> "vip-";
                case POTENTIAL -> "potential";
                case INACTIVE -> "inactive-";
                case ONE_TIME -> "one-time";
                case TRUSTED_PARTNER -> "trusted-partner-";
                case ACTIVE -> "active";
            });
        });
    }

    @Test
    void movingTheEvaluationDayForwardWithoutPurchasesNeverWakesAnInactiveParty() {
        ActivityTheories.qt().forAll(logs(), SourceDSL.integers().between(0, 3000), SourceDSL.integers().between(1, 2000))
                .checkAssert((log, offset, later) -> {
                    LocalDate first = BASE.plusDays(offset);
                    LocalDate second = first.plusDays(later);
                    List<LocalDate> before = log.days().stream().filter(d -> !d.isAfter(first)).toList();
                    List<Double> amounts = new ArrayList<>();
                    for (int i = 0; i < log.days().size(); i++) {
                        if (!log.days().get(i).isAfter(first)) {
                            amounts.add(log.amounts().get(i));
                        }
                    }
                    PurchaseLog frozen = new PurchaseLog(log.party(), before, amounts, log.registered());
                    ActivityPolicy policy = ActivityPolicy.defaults();
                    ActivityType then = decide(policy, frozen.metricsOn(first, 365)).type();
                    ActivityType now = decide(policy, frozen.metricsOn(second, 365)).type();
                    if (then == ActivityType.INACTIVE) {
                        assertThat(now).isEqualTo(ActivityType.INACTIVE);
                    }
                    if (then != ActivityType.ACTIVE) {
                        assertThat(now).isNotEqualTo(ActivityType.ACTIVE);
                    }
                });
    }

    @Test
    void theTypeDependsOnTheMetricsNotOnThePurchasesOrder() {
        ActivityTheories.qt().forAll(logs(), SourceDSL.integers().between(0, 3000)).checkAssert((log, offset) -> {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < log.days().size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, new java.util.Random(offset));
            PurchaseLog shuffled = new PurchaseLog(log.party(), order.stream().map(log.days()::get).toList(),
                    order.stream().map(log.amounts()::get).toList(), log.registered());
            LocalDate day = BASE.plusDays(offset);
            assertThat(decide(ActivityPolicy.defaults(), shuffled.metricsOn(day, 365)))
                    .isEqualTo(decide(ActivityPolicy.defaults(), log.metricsOn(day, 365)));
        });
    }

    @Test
    void theGeneratedPopulationReachesEveryTypeButVip() {
        EnumSet<ActivityType> seen = EnumSet.noneOf(ActivityType.class);
        ActivityTheories.qt().withExamples(2000).forAll(logs(), SourceDSL.integers().between(0, 3000))
                .checkAssert((log, offset) -> seen.add(decide(ActivityPolicy.builder()
                        .trustedMinimumPurchaseDays(5).build(), log.metricsOn(BASE.plusDays(offset), 365)).type()));
        assertThat(seen).containsExactlyInAnyOrder(ActivityType.INACTIVE, ActivityType.POTENTIAL, ActivityType.ACTIVE,
                ActivityType.ONE_TIME, ActivityType.TRUSTED_PARTNER);
    }
}
