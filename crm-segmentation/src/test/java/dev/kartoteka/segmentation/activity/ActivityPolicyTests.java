package dev.kartoteka.segmentation.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ActivityPolicyTests {

    private static final Currency PLN = Currency.getInstance("PLN");
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private final PartyId party = PartyId.parse("9f0c6d0e-8d7e-4c1c-9d36-0d3f4b8a2b11");
    private final ActivityPolicy policy = ActivityPolicy.defaults();

    private ActivityMetrics.Builder metrics() {
        return ActivityMetrics.builder(party, AS_OF, PLN);
    }

    private ActivityAssignment decide(ActivityMetrics m) {
        return policy.decide(m, OptionalDouble.empty(), ActivityPolicy.VipOutcome.NONE);
    }

    @Test
    void aPartyThatNeverBoughtButWasContactedThisYearIsPotential() {
        ActivityAssignment a = decide(metrics().interactions(AS_OF.minusDays(400), AS_OF.minusDays(20), 3).build());

        assertThat(a.type()).isEqualTo(ActivityType.POTENTIAL);
        assertThat(a.explanation()).hasToString("potential: purchase days = 0 = 0; days since last interaction = 20 < 365");
    }

    @Test
    void aPartyThatNeverBoughtAndWentQuietIsInactive() {
        ActivityAssignment a = decide(metrics().registeredOn(AS_OF.minusDays(900))
                .interactions(AS_OF.minusDays(800), AS_OF.minusDays(500), 2).build());

        assertThat(a.type()).isEqualTo(ActivityType.INACTIVE);
        assertThat(a.explanation().rule()).isEqualTo("inactive-no-purchase");
        assertThat(a.explanation().toString()).contains("days since last interaction = 500 >= 365");
    }

    @Test
    void aNewlyRegisteredPartyWithoutInteractionsIsPotentialByItsRegistration() {
        ActivityAssignment a = decide(metrics().registeredOn(AS_OF.minusDays(10)).build());

        assertThat(a.type()).isEqualTo(ActivityType.POTENTIAL);
        assertThat(a.explanation().toString()).contains("days since registration = 10 < 365");
    }

    @Test
    void aPartyWithNothingKnownIsPotential() {
        assertThat(decide(metrics().build()).type()).isEqualTo(ActivityType.POTENTIAL);
    }

    @Test
    void aBuyerSilentForMoreThanTheActivityWindowIsInactive() {
        ActivityAssignment a = decide(metrics().purchases(AS_OF.minusDays(900), AS_OF.minusDays(366), 5, 7, 1000).build());

        assertThat(a.type()).isEqualTo(ActivityType.INACTIVE);
        assertThat(a.explanation()).hasToString("inactive-recency: days since last purchase = 366 >= 365");
    }

    @Test
    void theFirstDayOfTheActivityWindowStillCountsAndTheDayBeforeDoesNot() {
        // a 365-day window ending on AS_OF starts 364 days before it, as WindowFigures count it
        ActivityAssignment inside = decide(metrics().purchases(AS_OF.minusDays(364), AS_OF.minusDays(364), 1, 1, 10)
                .build());
        ActivityAssignment outside = decide(metrics().purchases(AS_OF.minusDays(365), AS_OF.minusDays(365), 1, 1, 10)
                .build());

        assertThat(inside.type()).isEqualTo(ActivityType.ONE_TIME);
        assertThat(outside.explanation()).hasToString("inactive-recency: days since last purchase = 365 >= 365");
    }

    @Test
    void aMonthlyBuyerSilentForFourMonthsIsOverdueAndInactive() {
        // 11 purchase days over 300 days: one every 30 days; last one 120 days ago = 4 intervals
        ActivityAssignment a = decide(metrics().purchases(AS_OF.minusDays(420), AS_OF.minusDays(120), 11, 11, 5500)
                .build());

        assertThat(a.type()).isEqualTo(ActivityType.INACTIVE);
        assertThat(a.explanation()).hasToString("inactive-overdue: days since last purchase = 120 >= 90; "
                + "mean days between purchase days = 30; overdue ratio = 4 > 3");
    }

    @Test
    void theOverdueRuleWaitsForTheMinimumSilence() {
        // weekly buyer, 60 days silent = 8.6 intervals, but under the 90-day minimum
        ActivityAssignment a = decide(metrics().purchases(AS_OF.minusDays(130), AS_OF.minusDays(60), 11, 11, 500).build());

        assertThat(a.type()).isEqualTo(ActivityType.ACTIVE);
    }

    @Test
    void aLowProbabilityAliveMakesABuyerInactiveOnlyWhenTheMinimumIsSet() {
        ActivityMetrics m = metrics().purchases(AS_OF.minusDays(200), AS_OF.minusDays(30), 3, 3, 300).build();
        ActivityPolicy strict = ActivityPolicy.builder().minimumProbabilityAlive(0.3).build();

        assertThat(policy.decide(m, OptionalDouble.of(0.1), ActivityPolicy.VipOutcome.NONE).type())
                .isEqualTo(ActivityType.ACTIVE);
        ActivityAssignment a = strict.decide(m, OptionalDouble.of(0.1), ActivityPolicy.VipOutcome.NONE);
        assertThat(a.type()).isEqualTo(ActivityType.INACTIVE);
        assertThat(a.explanation()).hasToString("inactive-p-alive: P(alive) = 0.10 < 0.30");
        assertThat(strict.decide(m, OptionalDouble.empty(), ActivityPolicy.VipOutcome.NONE).type())
                .isEqualTo(ActivityType.ACTIVE);
    }

    @Test
    void aSinglePurchaseDayWithinTheWindowIsOneTime() {
        ActivityAssignment a = decide(metrics().purchases(AS_OF.minusDays(40), AS_OF.minusDays(40), 1, 3, 120).build());

        assertThat(a.type()).isEqualTo(ActivityType.ONE_TIME);
        assertThat(a.explanation()).hasToString(
                "one-time: purchase days = 1 = 1; days since last purchase = 40 < 365");
    }

    @Test
    void aLongRelationshipWithManyPurchaseDaysIsATrustedPartner() {
        ActivityAssignment a = decide(metrics().registeredOn(AS_OF.minusDays(2000))
                .purchases(AS_OF.minusDays(1500), AS_OF.minusDays(10), 40, 44, 90_000).build());

        assertThat(a.type()).isEqualTo(ActivityType.TRUSTED_PARTNER);
        assertThat(a.explanation()).hasToString(
                "trusted-partner-tenure: days of relationship = 2000 >= 1095; purchase days = 40 >= 12");
    }

    @Test
    void aPartnerRoleMakesARecentBuyerATrustedPartnerUnlessTurnedOff() {
        ActivityMetrics m = metrics().partner(true).purchases(AS_OF.minusDays(100), AS_OF.minusDays(10), 4, 4, 100)
                .build();

        assertThat(decide(m).explanation().rule()).isEqualTo("trusted-partner-role");
        assertThat(ActivityPolicy.builder().partnerRoleIsTrusted(false).build()
                .decide(m, OptionalDouble.empty(), ActivityPolicy.VipOutcome.NONE).type()).isEqualTo(ActivityType.ACTIVE);
    }

    @Test
    void aRecentRepeatBuyerOnItsRhythmIsActive() {
        ActivityAssignment a = decide(metrics().purchases(AS_OF.minusDays(300), AS_OF.minusDays(20), 8, 9, 2000).build());

        assertThat(a.type()).isEqualTo(ActivityType.ACTIVE);
        assertThat(a.explanation()).hasToString("active: purchase days = 8 >= 2; days since last purchase = 20 < 365; "
                + "overdue ratio = 0.50 <= 3");
    }

    @Test
    void theVipFlagOverridesEverythingAndTheVipRuleComesNext() {
        ActivityMetrics lapsed = metrics().purchases(AS_OF.minusDays(900), AS_OF.minusDays(800), 2, 2, 10).build();
        ActivityMetrics flagged = metrics().vipFlag(true).build();

        assertThat(decide(flagged).explanation()).hasToString("vip-flag: VIP flag = set");
        ActivityAssignment byRule = policy.decide(lapsed, OptionalDouble.empty(),
                new ActivityPolicy.VipOutcome(true, "tag(\"key-account\"): true"));
        assertThat(byRule.type()).isEqualTo(ActivityType.VIP);
        assertThat(byRule.explanation().toString()).isEqualTo("vip-rule: VIP rule = tag(\"key-account\"): true");
    }

    @Test
    void thresholdsAreConfigurable() {
        ActivityPolicy shortWindow = ActivityPolicy.builder().activityWindowDays(90).minimumOverdueDays(30).build();
        ActivityMetrics m = metrics().purchases(AS_OF.minusDays(300), AS_OF.minusDays(100), 5, 5, 500).build();

        assertThat(decide(m).type()).isEqualTo(ActivityType.ACTIVE);
        assertThat(shortWindow.decide(m, OptionalDouble.empty(), ActivityPolicy.VipOutcome.NONE).explanation())
                .hasToString("inactive-recency: days since last purchase = 100 >= 90");
    }

    @Test
    void theBuilderRejectsBadValuesNamingTheSettingAndSettingsSetTwice() {
        assertThatThrownBy(() -> ActivityPolicy.builder().activityWindowDays(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("activityWindowDays: 0 (expected 1 to 3650)");
        assertThatThrownBy(() -> ActivityPolicy.builder().minimumProbabilityAlive(1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumProbabilityAlive: 1.0");
        assertThatThrownBy(() -> ActivityPolicy.builder().overdueFactor(0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overdueFactor: 0.5");
        assertThatThrownBy(() -> ActivityPolicy.builder().overdueFactor(2).overdueFactor(3))
                .isInstanceOf(IllegalStateException.class).hasMessage("overdueFactor was already set");
        assertThatThrownBy(() -> ActivityPolicy.builder().activityWindowDays(60).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumOverdueDays: 90 (expected at most activityWindowDays 60)");
    }

    @Test
    void labelsReadBackToTheirTypes() {
        for (ActivityType t : ActivityType.values()) {
            assertThat(ActivityType.ofLabel(t.label())).isEqualTo(t);
        }
        assertThat(ActivityType.ofLabel("Trusted partner")).isEqualTo(ActivityType.TRUSTED_PARTNER);
        assertThatThrownBy(() -> ActivityType.ofLabel("sleeping")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[inactive, potential, active, one-time, trusted-partner, vip]");
    }
}
