package dev.kartoteka.segmentation.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.LeadDetails;
import dev.kartoteka.core.party.LeadSource;
import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.GammaGammaParameters;
import dev.kartoteka.segmentation.rule.Attribute;
import dev.kartoteka.segmentation.rule.Metric;
import dev.kartoteka.segmentation.rule.Rule;
import dev.kartoteka.segmentation.rule.Window;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActivitySegmentationTests {

    private static final Currency PLN = Currency.getInstance("PLN");
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private static final Rule VIP = Rule.parse(
            "revenue(365d) >= 50000 PLN and purchases(365d) >= 12 or clv(12m) >= 20000 PLN or tag(\"key-account\")");

    private static ActivityMetrics.Builder metrics(long id) {
        return ActivityMetrics.builder(new PartyId(new UUID(1, id)), AS_OF, PLN);
    }

    @Test
    void theVipRuleDecidesOnTheMetricsWithItsExplanation() {
        ActivitySegmentation segmentation = ActivitySegmentation.builder().vipRule(VIP).build();
        ActivityMetrics big = metrics(1).purchases(AS_OF.minusDays(800), AS_OF.minusDays(3), 30, 40, 120_000)
                .window(new WindowFigures(365, 14, 13, 62_000)).build();
        ActivityMetrics small = metrics(2).purchases(AS_OF.minusDays(800), AS_OF.minusDays(3), 30, 40, 120_000)
                .window(new WindowFigures(365, 11, 11, 62_000)).build();

        ActivityAssignment a = segmentation.assign(big);

        assertThat(a.type()).isEqualTo(ActivityType.VIP);
        assertThat(a.explanation().toString()).isEqualTo("vip-rule: VIP rule = true: revenue(365d) = 62000.00 PLN"
                + " >= 50000 PLN: true; purchases(365d) = 14 >= 12: true; clv(12m) = unknown >= 20000 PLN: unknown;"
                + " tag(\"key-account\"): false");
        assertThat(segmentation.assign(small).type()).isEqualTo(ActivityType.ACTIVE);
    }

    @Test
    void theWindowsAMetricsBuilderMustHoldComeFromTheVipRuleAndTheOtherRulesShownToTheMetrics() {
        ActivitySegmentation segmentation = ActivitySegmentation.builder()
                .vipRule(Rule.parse("revenue(90d) >= 100 or purchases(12m) > 3 or clv(24m) > 5 or revenue() > 1"))
                .build();

        // 12 months ending on 2026-12-31 are 365 days, in 2024 366; clv's horizon is no window of past purchases
        assertThat(segmentation.windowDays(AS_OF)).containsExactly(90, 365);
        assertThat(segmentation.windowDays(LocalDate.of(2024, 12, 31))).containsExactly(90, 366);
        assertThat(segmentation.windowDays(AS_OF, Rule.parse("aov(30d) > 5"))).containsExactly(30, 90, 365);
        assertThat(ActivitySegmentation.builder().build().windowDays(AS_OF)).isEmpty();
    }

    @Test
    void aRuleNeedingAWindowTheMetricsLackFailsNamingIt() {
        ActivitySegmentation segmentation = ActivitySegmentation.builder()
                .vipRule(Rule.parse("revenue(30d) >= 100")).build();
        ActivityMetrics m = metrics(3).purchases(AS_OF.minusDays(10), AS_OF.minusDays(10), 1, 1, 500).build();

        assertThatThrownBy(() -> segmentation.assign(m)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hold no 30-day window, which the rule's 30d needs");
    }

    @Test
    void theAssignmentOfEachPartyDoesNotDependOnTheOrderPartiesComeIn() {
        Random random = new Random(5);
        List<ActivityMetrics> all = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ActivityMetrics.Builder b = metrics(i).registeredOn(AS_OF.minusDays(random.nextInt(3000)));
            int days = random.nextInt(15);
            if (days > 0) {
                LocalDate last = AS_OF.minusDays(random.nextInt(900));
                LocalDate first = days == 1 ? last : last.minusDays(days - 1 + random.nextInt(2000));
                b.purchases(first, last, days, days, 100.0 * days);
                boolean recent = ChronoUnit.DAYS.between(last, AS_OF) < 365;
                b.window(new WindowFigures(365, recent ? 1 : 0, recent ? 1 : 0, recent ? 100 : 0));
            } else {
                b.window(WindowFigures.empty(365));
            }
            all.add(b.vipFlag(random.nextInt(50) == 0).build());
        }
        ActivitySegmentation segmentation = ActivitySegmentation.builder().vipRule(VIP).build();
        Map<PartyId, ActivityAssignment> inOrder = segmentation.assignAll(all.stream())
                .collect(Collectors.toMap(ActivityAssignment::partyId, Function.identity()));
        List<ActivityMetrics> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(6));

        Map<PartyId, ActivityAssignment> reordered = segmentation.assignAll(shuffled.parallelStream())
                .collect(Collectors.toMap(ActivityAssignment::partyId, Function.identity()));

        assertThat(reordered).hasSize(500).isEqualTo(inOrder);
        assertThat(inOrder.values()).extracting(ActivityAssignment::type).contains(ActivityType.values());
    }

    @Test
    void aValueModelGivesRulesClvAndPAliveAndThePolicyItsMinimum() {
        CustomerValueModel model = CustomerValueModel.bgNbd(new BgNbdParameters(0.243, 4.414, 0.793, 2.426),
                new GammaGammaParameters(6.25, 3.74, 15.44), ChronoUnit.WEEKS);
        ActivityMetrics lapsing = metrics(4).purchases(AS_OF.minusDays(400), AS_OF.minusDays(200), 20, 20, 2000)
                .window(new WindowFigures(365, 5, 5, 500)).build();
        ActivitySegmentation strict = ActivitySegmentation.builder().valueModel(model)
                .policy(ActivityPolicy.builder().minimumProbabilityAlive(0.5).overdueFactor(100).build()).build();

        ActivitySubject subject = ActivitySubject.of(lapsing, Optional.of(model));
        double pAlive = subject.metric(Metric.P_ALIVE, Optional.empty()).getAsDouble();
        double clv = subject.metric(Metric.CLV, Optional.of(Window.months(12))).getAsDouble();

        assertThat(pAlive).isBetween(0.0, 0.5);
        assertThat(clv).isPositive();
        assertThat(model.value(lapsing, 365).getAsDouble()).isCloseTo(
                model.expectedPurchases(lapsing, 365).getAsDouble()
                        * new GammaGammaParameters(6.25, 3.74, 15.44).conditionalExpectedSpend(19, 100), within(1e-9));
        assertThat(strict.assign(lapsing).explanation().rule()).isEqualTo("inactive-p-alive");
        assertThat(ActivitySegmentation.builder().valueModel(model).build().assign(lapsing).type())
                .isEqualTo(ActivityType.INACTIVE); // by the default overdue rule: 200 days, 10.5 intervals
        assertThat(model.probabilityAlive(metrics(5).build())).isEmpty();
    }

    @Test
    void aSubjectWithThePartyAnswersAttributesTagsRolesAndConsents() {
        Person anna = Person.builder().id(new PartyId(new UUID(1, 9))).givenNames("Anna").familyName("Nowak")
                .birthDate(LocalDate.of(1990, 12, 31)).sex(Sex.FEMALE).profession("architekt").tag("sklep")
                .addInterest("rowery")
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.REFERRAL, LeadWarmth.HOT), LocalDate.of(2026, 1, 1)))
                .addContactPoint(PostalAddress.polish("ul. Wilcza", "1", "00-544", "Warszawa").withDistrict("Śródmieście"))
                .addContactPoint(PostalAddress.polish("ul. Puławska", "10", "02-512", "Warszawa").withDistrict("Mokotów")
                        .withUsage(ContactUsage.main().withPreferred(true)))
                .build();
        ActivityMetrics m = ActivityMetrics.builder(anna.id(), AS_OF, PLN).build();
        ActivitySubject s = ActivitySubject.of(m, Optional.empty(), anna,
                (party, channel, purpose) -> channel == ConsentChannel.SMS && purpose.equals(ConsentPurpose.MARKETING));

        assertThat(s.attribute(Attribute.DISTRICT)).contains("Mokotów"); // the preferred address
        assertThat(s.attribute(Attribute.POSTAL_CODE)).contains("02-512");
        assertThat(s.attribute(Attribute.SEX)).contains("female");
        assertThat(s.attribute(Attribute.WARMTH)).contains("hot");
        assertThat(s.attribute(Attribute.KIND)).contains("person");
        assertThat(s.attribute(Attribute.SEGMENT)).isEmpty();
        assertThat(s.withSegment(ActivityType.ONE_TIME).attribute(Attribute.SEGMENT)).contains("one-time");
        assertThat(s.metric(Metric.AGE, Optional.empty())).hasValue(36);
        assertThat(Rule.parse("district = \"mokotów\" and consent(\"sms\", \"marketing\") and tag(\"sklep\")"
                + " and role(\"lead\") and interest(\"Rowery\") and age() >= 30 and age() <= 40").test(s)).isTrue();
        assertThat(Rule.parse("consent(\"email\", \"marketing\")").test(s)).isFalse();
        assertThat(ActivitySubject.of(m, Optional.empty()).hasTag("sklep")).isFalse();
        assertThatThrownBy(() -> ActivitySubject.of(metrics(77).build(), Optional.empty(), anna,
                ActivitySubject.ConsentCheck.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("given with the metrics of");
    }
}
