package dev.kartoteka.segmentation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.party.PartyId;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleSubjectTests {

    private static final Currency PLN = Currency.getInstance("PLN");

    @Test
    void answersWhatItWasGivenAndNothingElse() {
        PartyId id = PartyId.random();
        RuleSubject subject = RuleSubject.builder(id, PLN)
                .metric(Metric.REVENUE, 5)
                .metric(Metric.REVENUE, Window.days(30), 2)
                .attribute(Attribute.CITY, "Kraków")
                .customFields(CustomFieldValues.of(Map.of("industry", "IT")))
                .build();

        assertThat(subject.partyId()).isEqualTo(id);
        assertThat(subject.currency()).isEqualTo(PLN);
        assertThat(subject.metric(Metric.REVENUE, Optional.empty())).hasValue(5);
        assertThat(subject.metric(Metric.REVENUE, Optional.of(Window.days(30)))).hasValue(2);
        assertThat(subject.metric(Metric.REVENUE, Optional.of(Window.months(1)))).isEmpty();
        assertThat(subject.metric(Metric.AGE, Optional.empty())).isEmpty();
        assertThat(subject.attribute(Attribute.CITY)).hasValue("Kraków");
        assertThat(subject.attribute(Attribute.DISTRICT)).isEmpty();
        assertThat(subject.customField("industry")).hasValue("IT");
        assertThat(subject.customField("other")).isEmpty();
    }

    @Test
    void comparesTagsInNormalFormAndRolesAndInterestsIgnoringCase() {
        RuleSubject subject = RuleSubject.builder(PartyId.random(), PLN)
                .tag("  Key   Account ").role("client").interest(" Wędkarstwo ")
                .consent(ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER)
                .build();

        assertThat(subject.hasTag("key account")).isTrue();
        assertThat(subject.hasTag("KEY ACCOUNT")).isTrue();
        assertThat(subject.hasTag(" key\taccount")).isTrue();
        assertThat(subject.hasTag("key")).isFalse();
        assertThat(subject.hasRole("CLIENT")).isTrue();
        assertThat(subject.hasRole("Client")).isTrue();
        assertThat(subject.hasRole("LEAD")).isFalse();
        assertThat(subject.hasInterest("WĘDKARSTWO")).isTrue();
        assertThat(subject.hasInterest("golf")).isFalse();
        assertThat(subject.mayContact(ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER)).isTrue();
        assertThat(subject.mayContact(ConsentChannel.EMAIL, ConsentPurpose.MARKETING)).isFalse();
        assertThat(subject.mayContact(ConsentChannel.SMS, ConsentPurpose.NEWSLETTER)).isFalse();
    }

    @Test
    void theBuilderChecksEachValueAtOnce() {
        RuleSubject.Builder builder = RuleSubject.builder(PartyId.random(), PLN).metric(Metric.AGE, 30)
                .attribute(Attribute.CITY, "Kraków").customField("industry", "IT");

        assertThatIllegalStateException().isThrownBy(() -> builder.metric(Metric.AGE, 31))
                .withMessage("age() was already set");
        assertThatIllegalStateException().isThrownBy(() -> builder.attribute(Attribute.CITY, "Gdańsk"));
        assertThatIllegalStateException().isThrownBy(() -> builder.customField("industry", "retail"));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.metric(Metric.AGE, Window.years(1), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.metric(Metric.CLV, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.metric(Metric.RECENCY, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.customField("Bad Key", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.tag(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.role("1st"));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.interest(""));
        assertThatNullPointerException().isThrownBy(() -> RuleSubject.builder(null, PLN)).withMessage("partyId");
        assertThatNullPointerException().isThrownBy(() -> builder.customField("x", null)).withMessage("value");
    }

    @Test
    void aBuiltSubjectDoesNotChangeWithItsBuilder() {
        RuleSubject.Builder builder = RuleSubject.builder(PartyId.random(), PLN).tag("a");
        RuleSubject subject = builder.build();
        builder.tag("b").metric(Metric.AGE, 30);

        assertThat(subject.hasTag("b")).isFalse();
        assertThat(subject.metric(Metric.AGE, Optional.empty())).isEmpty();
    }
}
