package dev.kartoteka.segmentation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleEvaluationTests {

    private static final Currency PLN = Currency.getInstance("PLN");
    private static final PartyId ID = new PartyId(UUID.fromString("3f0c6d0e-8d7e-4c1c-9d36-0d3f4b8a2b11"));
    private static final String VIP = "revenue(365d) >= 50000 PLN and purchases(365d) >= 12 or clv(12m) >= 20000 PLN "
            + "or tag(\"key-account\")";

    /** A party that knows every metric and attribute. */
    private static final RuleSubject KNOWN = RuleSubject.builder(ID, PLN)
            .metric(Metric.REVENUE, 80_000)
            .metric(Metric.REVENUE, Window.days(365), 62_000)
            .metric(Metric.PURCHASES, Window.days(365), 14)
            .metric(Metric.PURCHASE_DAYS, Window.days(365), 11)
            .metric(Metric.AVERAGE_ORDER_VALUE, Window.days(365), 4428.5714)
            .metric(Metric.RECENCY, 12)
            .metric(Metric.TENURE, 900)
            .metric(Metric.DAYS_SINCE_INTERACTION, 3)
            .metric(Metric.CLV, Window.months(12), 18_500.25)
            .metric(Metric.P_ALIVE, 0.8312)
            .metric(Metric.EXPECTED_PURCHASES, Window.months(6), 3.14159)
            .metric(Metric.AGE, 37)
            .attribute(Attribute.CITY, "Warszawa")
            .attribute(Attribute.DISTRICT, "Mokotów")
            .attribute(Attribute.POSTAL_CODE, "02-495")
            .attribute(Attribute.COUNTRY, "PL")
            .attribute(Attribute.SEX, "FEMALE")
            .attribute(Attribute.PROFESSION, "lekarka")
            .attribute(Attribute.WARMTH, "HOT")
            .attribute(Attribute.OWNER, "anna")
            .attribute(Attribute.KIND, "PERSON")
            .attribute(Attribute.SEGMENT, "active")
            .customField("industry", "IT")
            .customField("employees", 250L)
            .customField("small_int", 7)
            .customField("margin", new BigDecimal("0.35"))
            .customField("budget", Money.of("12000.00", "PLN"))
            .customField("budget_eur", Money.of("3000", "EUR"))
            .customField("newsletter", true)
            .customField("signed", LocalDate.of(2026, 1, 31))
            .customField("channels", Set.of("shop", "web"))
            .customField("regions", List.of("mazowieckie", "łódzkie"))
            .tag("Key Account")
            .role("client")
            .interest("Wędkarstwo")
            .consent(ConsentChannel.SMS, ConsentPurpose.MARKETING)
            .build();

    /** A party that knows nothing. */
    private static final RuleSubject EMPTY = RuleSubject.builder(ID, PLN).build();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            revenue() = 80000                       | TRUE
            revenue(365d) >= 50000 PLN              | TRUE
            revenue(365d) > 62000                   | FALSE
            revenue(30d) >= 1                       | UNKNOWN
            purchases(365d) >= 12                   | TRUE
            purchases(365d) in [13, 14, 15]         | TRUE
            purchases(365d) in [1, 2]               | FALSE
            purchaseDays(365d) < 11                 | FALSE
            purchaseDays(365d) <= 11                | TRUE
            aov(365d) > 4428.57 PLN                 | TRUE
            recency() <= 30                         | TRUE
            tenure() >= 365                         | TRUE
            sinceInteraction() != 3                 | FALSE
            clv(12m) >= 20000 PLN                   | FALSE
            clv(12m) >= 18500.25                    | TRUE
            clv(24m) >= 1                           | UNKNOWN
            palive() >= 0.8                         | TRUE
            expectedPurchases(6m) > 3               | TRUE
            expectedPurchases(12m) > 3              | UNKNOWN
            age() >= 25 and age() <= 40             | TRUE
            age() = 37                              | TRUE
            """)
    void comparesEveryMetric(String text, Truth truth) {
        assertThat(Rule.parse(text).evaluate(KNOWN)).isEqualTo(truth);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            city = "warszawa"                       | TRUE
            district = "MOKOTÓW"                    | TRUE
            district != "Mokotów"                   | FALSE
            district != "Wola"                      | TRUE
            postalCode startsWith "02-"             | TRUE
            postalCode startsWith "03-"             | FALSE
            postalCode startsWith "02-4955"         | FALSE
            country in ["DE", "pl"]                 | TRUE
            country in ["DE", "CZ"]                 | FALSE
            sex = "female"                          | TRUE
            profession = "lekarka"                  | TRUE
            warmth = "hot"                          | TRUE
            owner = "ANNA"                          | TRUE
            kind = "person"                         | TRUE
            segment = "active"                      | TRUE
            """)
    void comparesEveryAttributeIgnoringCase(String text, Truth truth) {
        assertThat(Rule.parse(text).evaluate(KNOWN)).isEqualTo(truth);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            field("industry") = "it"                          | TRUE
            field("industry") in ["retail", "IT"]             | TRUE
            field("industry") startsWith "I"                  | TRUE
            field("employees") >= 250                         | TRUE
            field("employees") > 250                          | FALSE
            field("employees") in [10, 250]                   | TRUE
            field("small_int") = 7                            | TRUE
            field("margin") > 0.3                             | TRUE
            field("margin") = 0.350                           | TRUE
            field("budget") >= 12000 PLN                      | TRUE
            field("budget") >= 12000                          | TRUE
            field("budget") > 12000.00                        | FALSE
            field("budget") >= 1 EUR                          | UNKNOWN
            field("budget_eur") >= 1000                       | UNKNOWN
            field("budget_eur") >= 1000 EUR                   | TRUE
            field("newsletter") = true                        | TRUE
            field("newsletter") != true                       | FALSE
            field("signed") >= date("2026-01-01")             | TRUE
            field("signed") < date("2026-01-31")              | FALSE
            field("channels") = "web"                         | TRUE
            field("channels") != "web"                        | FALSE
            field("channels") != "phone"                      | TRUE
            field("channels") in ["phone", "SHOP"]            | TRUE
            field("regions") startsWith "łódz"                | TRUE
            field("industry") > 5                             | UNKNOWN
            field("industry") = true                          | UNKNOWN
            field("employees") = "250"                        | UNKNOWN
            field("newsletter") in [1, 2]                     | UNKNOWN
            field("missing") = "x"                            | UNKNOWN
            field("missing") != "x"                           | UNKNOWN
            """)
    void comparesCustomFieldsOfEveryType(String text, Truth truth) {
        assertThat(Rule.parse(text).evaluate(KNOWN)).isEqualTo(truth);
    }

    @Test
    void testsTheFourPredicates() {
        assertThat(Rules.tag("key account").test(KNOWN)).isTrue();
        assertThat(Rules.tag("vip").test(KNOWN)).isFalse();
        assertThat(Rule.parse("role(\"CLIENT\") and role(\"client\")").test(KNOWN)).isTrue();
        assertThat(Rules.role("lead").test(KNOWN)).isFalse();
        assertThat(Rules.interest("wędkarstwo").test(KNOWN)).isTrue();
        assertThat(Rules.interest("golf").test(KNOWN)).isFalse();
        assertThat(Rules.consent(ConsentChannel.SMS, ConsentPurpose.MARKETING).test(KNOWN)).isTrue();
        assertThat(Rules.consent(ConsentChannel.EMAIL, ConsentPurpose.MARKETING).test(KNOWN)).isFalse();
        assertThat(Rules.consent(ConsentChannel.SMS, ConsentPurpose.NEWSLETTER).test(KNOWN)).isFalse();
        assertThat(Rule.parse("tag(\"key-account\")").evaluate(EMPTY)).isEqualTo(Truth.FALSE);
    }

    @Test
    void selectsTheSegmentOfTheIssue() {
        Rule segment = Rule.parse("consent(\"sms\", \"marketing\") and district = \"Mokotów\"");
        assertThat(segment.test(KNOWN)).isTrue();
        assertThat(segment.test(EMPTY)).isFalse();
    }

    @Test
    void presenceTestsAreNeverUnknown() {
        assertThat(Rule.parse("clv(12m) is not empty").evaluate(KNOWN)).isEqualTo(Truth.TRUE);
        assertThat(Rule.parse("clv(12m) is empty").evaluate(EMPTY)).isEqualTo(Truth.TRUE);
        assertThat(Rule.parse("city is empty").evaluate(KNOWN)).isEqualTo(Truth.FALSE);
        assertThat(Rule.parse("field(\"industry\") is not empty").evaluate(KNOWN)).isEqualTo(Truth.TRUE);
        assertThat(Rule.parse("field(\"industry\") is empty").evaluate(EMPTY)).isEqualTo(Truth.TRUE);
    }

    @Test
    void anUnknownValueMakesTheComparisonUnknownAndItsNegationToo() {
        Rule rich = Rule.parse("clv(12m) >= 20000");
        Rule notRich = Rule.parse("not clv(12m) >= 20000");

        assertThat(rich.evaluate(EMPTY)).isEqualTo(Truth.UNKNOWN);
        assertThat(notRich.evaluate(EMPTY)).isEqualTo(Truth.UNKNOWN);
        assertThat(rich.test(EMPTY)).isFalse();
        assertThat(notRich.test(EMPTY)).isFalse();
        assertThat(Rule.parse("not clv(12m) >= 20000 or clv(12m) is empty").test(EMPTY)).isTrue();
    }

    @Test
    void andAndOrFollowThreeValuedLogic() {
        String unknown = "age() > 18";
        assertThat(Rule.parse(unknown + " and tag(\"x\")").evaluate(EMPTY)).isEqualTo(Truth.FALSE);
        assertThat(Rule.parse(unknown + " and not tag(\"x\")").evaluate(EMPTY)).isEqualTo(Truth.UNKNOWN);
        assertThat(Rule.parse(unknown + " or not tag(\"x\")").evaluate(EMPTY)).isEqualTo(Truth.TRUE);
        assertThat(Rule.parse(unknown + " or tag(\"x\")").evaluate(EMPTY)).isEqualTo(Truth.UNKNOWN);
        assertThat(Rule.parse(unknown + " or " + unknown).evaluate(EMPTY)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void comparesWholeNumberFieldsExactlyBeyondTheDoublePrecision() {
        RuleSubject subject = RuleSubject.builder(ID, PLN).customField("n", 9_007_199_254_740_992L).build();

        assertThat(Rule.parse("field(\"n\") >= 9007199254740993").test(subject)).isFalse();
        assertThat(Rule.parse("field(\"n\") < 9007199254740993").test(subject)).isTrue();
        assertThat(Rule.parse("field(\"n\") = 9007199254740992").test(subject)).isTrue();
    }

    @Test
    void explainsTheIssueExample() {
        RuleSubject subject = RuleSubject.builder(ID, PLN)
                .metric(Metric.REVENUE, Window.days(365), 62_000)
                .metric(Metric.PURCHASES, Window.days(365), 14)
                .build();

        RuleExplanation explanation = Rule.parse(VIP).explain(subject);

        assertThat(explanation.result()).isTrue();
        assertThat(explanation.truth()).isEqualTo(Truth.TRUE);
        assertThat(explanation.details()).isEqualTo("revenue(365d) = 62000.00 PLN >= 50000 PLN: true; "
                + "purchases(365d) = 14 >= 12: true; clv(12m) = unknown >= 20000 PLN: unknown; "
                + "tag(\"key-account\"): false");
        assertThat(explanation).hasToString("true: " + explanation.details());
        assertThat(explanation.clauses()).extracting(RuleExplanation.Clause::truth)
                .containsExactly(Truth.TRUE, Truth.TRUE, Truth.UNKNOWN, Truth.FALSE);
    }

    @Test
    void explainsEveryClauseEvenThoseTheEvaluationSkips() {
        RuleExplanation explanation = Rule.parse("tag(\"key account\") or age() > 18 and city is empty").explain(KNOWN);

        assertThat(explanation.truth()).isEqualTo(Truth.TRUE);
        assertThat(explanation.details()).isEqualTo("tag(\"key account\"): true; age() = 37 > 18: true; "
                + "city = \"Warszawa\" is empty: false");
    }

    @Test
    void explainsValuesAsTheRuleLanguageWritesThem() {
        String details = Rule.parse("palive() > 0.5 and expectedPurchases(6m) > 3 and aov(365d) > 1 "
                + "and field(\"channels\") = \"web\" and field(\"signed\") > date(\"2026-01-01\") "
                + "and field(\"industry\") > 5 and field(\"regions\") startsWith \"maz\" and field(\"budget\") >= 1 "
                + "and field(\"missing\") is empty")
                .explain(KNOWN).details();

        assertThat(details).isEqualTo("palive() = 0.8312 > 0.5: true; expectedPurchases(6m) = 3.1416 > 3: true; "
                + "aov(365d) = 4428.57 PLN > 1: true; field(\"channels\") = [\"shop\", \"web\"] = \"web\": true; "
                + "field(\"signed\") = date(\"2026-01-31\") > date(\"2026-01-01\"): true; "
                + "field(\"industry\") = \"IT\" (not comparable) > 5: unknown; field(\"regions\") = [\"mazowieckie\", "
                + "\"łódzkie\"] startsWith \"maz\": true; "
                + "field(\"budget\") = 12000.00 PLN >= 1: true; field(\"missing\") = unknown is empty: true");
    }

    @Test
    void explainingNeverThrowsForUnknownValues() {
        RuleExplanation explanation = Rule.parse(VIP + " and not (age() > 18 and field(\"x\") in [\"a\"])")
                .explain(EMPTY);

        assertThat(explanation.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(explanation.result()).isFalse();
        assertThat(explanation.details()).isEqualTo("revenue(365d) = unknown >= 50000 PLN: unknown; "
                + "purchases(365d) = unknown >= 12: unknown; clv(12m) = unknown >= 20000 PLN: unknown; "
                + "tag(\"key-account\"): false; age() = unknown > 18: unknown; "
                + "field(\"x\") = unknown in [\"a\"]: unknown");
    }

    @Test
    void anAmountInAnotherCurrencyThanTheSubjectsIsAnErrorNamingTheClause() {
        Rule rule = Rule.parse("purchases() >= 1 or revenue(365d) >= 50000 EUR");

        assertThatThrownBy(() -> rule.test(KNOWN)).isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
            assertThat(e).isInstanceOf(KartotekaException.class);
            assertThat(e.clause()).isEqualTo("revenue(365d) >= 50000 EUR");
            assertThat(e.ruleCurrency()).isEqualTo(Currency.getInstance("EUR"));
            assertThat(e.subjectCurrency()).isEqualTo(PLN);
            assertThat(e).hasMessage("Rule clause revenue(365d) >= 50000 EUR compares an amount in EUR, but the "
                    + "money metrics are in PLN: write the amount in PLN or without a currency");
        });
        assertThatThrownBy(() -> rule.explain(KNOWN)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Rule.parse("clv(12m) in [1 PLN, 2 EUR]").evaluate(EMPTY))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void validatesTheCurrencyOfEveryMoneyClauseUpFront() {
        Rule rule = Rule.parse("tag(\"a\") or not (aov() > 5 and clv(12m) >= 20000 USD)");

        assertThatThrownBy(() -> rule.validateFor(PLN)).isInstanceOfSatisfying(CurrencyMismatchException.class,
                e -> assertThat(e.clause()).isEqualTo("clv(12m) >= 20000 USD"));
        assertThat(rule.validateFor(Currency.getInstance("USD"))).isSameAs(rule);
    }

    @Test
    void bareNumbersAndAmountsInTheSubjectsCurrencyAreTheSame() {
        assertThat(Rule.parse("revenue(365d) >= 62000").evaluate(KNOWN))
                .isEqualTo(Rule.parse("revenue(365d) >= 62000 PLN").evaluate(KNOWN)).isEqualTo(Truth.TRUE);
        assertThat(Rule.parse("revenue(365d) >= 62000 EUR and field(\"budget\") >= 1 EUR").validateFor(
                Currency.getInstance("EUR"))).isNotNull();
    }

    @Test
    void rejectsANullSubject() {
        assertThatNullPointerException().isThrownBy(() -> Rule.parse(VIP).test(null)).withMessage("subject");
        assertThatNullPointerException().isThrownBy(() -> Rule.parse(VIP).explain(null)).withMessage("subject");
    }
}
