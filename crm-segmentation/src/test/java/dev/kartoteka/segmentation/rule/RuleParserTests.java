package dev.kartoteka.segmentation.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.segmentation.rule.Operand.AttributeOperand;
import dev.kartoteka.segmentation.rule.Operand.FieldOperand;
import dev.kartoteka.segmentation.rule.Operand.MetricOperand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleParserTests {

    private static final Rule A = Rules.tag("a");
    private static final Rule B = Rules.tag("b");
    private static final Rule C = Rules.tag("c");

    @Test
    void parsesTheIssueExampleWithAndBindingTighterThanOr() {
        Rule rule = Rule.parse("revenue(365d) >= 50000 PLN and purchases(365d) >= 12 or clv(12m) >= 20000 PLN "
                + "or tag(\"key-account\")");

        Rule.Comparison revenue = new Rule.Comparison(
                new MetricOperand(Metric.REVENUE, Optional.of(Window.days(365))), Operator.GREATER_OR_EQUAL,
                Literal.Numeric.of(new BigDecimal("50000"), Currency.getInstance("PLN")));
        Rule.Comparison purchases = new Rule.Comparison(
                new MetricOperand(Metric.PURCHASES, Optional.of(Window.days(365))), Operator.GREATER_OR_EQUAL,
                Literal.Numeric.of(new BigDecimal("12")));
        Rule.Comparison clv = new Rule.Comparison(
                new MetricOperand(Metric.CLV, Optional.of(Window.months(12))), Operator.GREATER_OR_EQUAL,
                Literal.Numeric.of(new BigDecimal("20000"), Currency.getInstance("PLN")));
        assertThat(rule).isEqualTo(new Rule.Or(List.of(
                new Rule.And(List.of(revenue, purchases)), clv, new Rule.HasTag("key-account"))));
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        assertThat(Rule.parse("not tag(\"a\") and tag(\"b\") or tag(\"c\")"))
                .isEqualTo(new Rule.Or(List.of(new Rule.And(List.of(new Rule.Not(A), B)), C)));
        assertThat(Rule.parse("tag(\"a\") or tag(\"b\") and not tag(\"c\")"))
                .isEqualTo(new Rule.Or(List.of(A, new Rule.And(List.of(B, new Rule.Not(C))))));
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertThat(Rule.parse("(tag(\"a\") or tag(\"b\")) and tag(\"c\")"))
                .isEqualTo(new Rule.And(List.of(new Rule.Or(List.of(A, B)), C)));
        assertThat(Rule.parse("not (tag(\"a\") and tag(\"b\"))"))
                .isEqualTo(new Rule.Not(new Rule.And(List.of(A, B))));
        assertThat(Rule.parse("((tag(\"a\")))")).isEqualTo(A);
    }

    @Test
    void flattensNestedConnectivesOfTheSameKind() {
        assertThat(Rule.parse("tag(\"a\") and (tag(\"b\") and tag(\"c\"))"))
                .isEqualTo(new Rule.And(List.of(A, B, C)))
                .hasToString("tag(\"a\") and tag(\"b\") and tag(\"c\")");
        assertThat(Rule.parse("(tag(\"a\") or tag(\"b\")) or tag(\"c\")")).isEqualTo(new Rule.Or(List.of(A, B, C)));
    }

    @Test
    void doubleNegationStaysInTheTree() {
        assertThat(Rule.parse("not not tag(\"a\")")).isEqualTo(new Rule.Not(new Rule.Not(A)))
                .hasToString("not not tag(\"a\")");
    }

    @Test
    void keywordsAndNamesAreCaseInsensitive() {
        Rule lower = Rule.parse("not revenue(365d) >= 5 and district in [\"x\"] or postalCode startsWith \"02\" "
                + "or field(\"vip\") = true or field(\"x\") is not empty");
        Rule upper = Rule.parse("NOT Revenue(365D) >= 5 AND DISTRICT IN [\"x\"] Or POSTALCODE STARTSWITH \"02\" "
                + "OR FIELD(\"vip\") = TRUE OR Field(\"x\") IS NOT EMPTY");
        assertThat(upper).isEqualTo(lower);
        assertThat(upper.toString()).isEqualTo("not revenue(365d) >= 5 and district in [\"x\"] "
                + "or postalCode startsWith \"02\" or field(\"vip\") = true or field(\"x\") is not empty");
    }

    @Test
    void whitespaceIsFreeAndTheCanonicalTextUsesSingleSpaces() {
        assertThat(Rule.parse("  purchases( 365d )>=12\n\tand\u00a0tag( \"vip\" )  ").toString())
                .isEqualTo("purchases(365d) >= 12 and tag(\"vip\")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            revenue() >= 50000                         | REVENUE
            revenue(365d) > 1                          | REVENUE
            purchases(8w) >= 12                        | PURCHASES
            purchaseDays(2y) < 4                       | PURCHASE_DAYS
            aov(12m) <= 250.50 PLN                     | AVERAGE_ORDER_VALUE
            recency() > 180                            | RECENCY
            tenure() >= 365                            | TENURE
            sinceInteraction() != 0                    | DAYS_SINCE_INTERACTION
            clv(12m) >= 20000 PLN                      | CLV
            palive() < 0.3                             | P_ALIVE
            expectedPurchases(6m) = 2                  | EXPECTED_PURCHASES
            age() in [18, 19, 20]                      | AGE
            """)
    void parsesEveryMetric(String text, Metric metric) {
        Rule rule = Rule.parse(text);
        assertThat(rule).isInstanceOfSatisfying(Rule.Comparison.class,
                c -> assertThat(((MetricOperand) c.operand()).metric()).isEqualTo(metric));
        assertThat(rule).hasToString(text.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            city = "Warszawa"                   | CITY
            district != "Mokotów"               | DISTRICT
            postalCode startsWith "02-"         | POSTAL_CODE
            country in ["PL", "DE"]             | COUNTRY
            sex = "FEMALE"                      | SEX
            profession = "lekarz"               | PROFESSION
            warmth = "HOT"                      | WARMTH
            owner = "anna"                      | OWNER
            kind = "PERSON"                     | KIND
            segment = "active"                  | SEGMENT
            """)
    void parsesEveryAttribute(String text, Attribute attribute) {
        Rule rule = Rule.parse(text);
        assertThat(rule).isInstanceOfSatisfying(Rule.Comparison.class,
                c -> assertThat(c.operand()).isEqualTo(new AttributeOperand(attribute)));
        assertThat(rule).hasToString(text.strip());
    }

    @Test
    void parsesEveryPredicate() {
        assertThat(Rule.parse("tag(\"Key  Account\")")).isEqualTo(new Rule.HasTag("key account"));
        assertThat(Rule.parse("role(\"client\")")).isEqualTo(new Rule.HasRole("CLIENT"))
                .hasToString("role(\"client\")");
        assertThat(Rule.parse("interest(\"wędkarstwo\")")).isEqualTo(new Rule.HasInterest("wędkarstwo"));
        assertThat(Rule.parse("consent(\"SMS\", \"marketing\")"))
                .isEqualTo(new Rule.MayContact(ConsentChannel.SMS, ConsentPurpose.MARKETING))
                .hasToString("consent(\"sms\", \"marketing\")");
        assertThat(Rule.parse("consent(\"email\", \"surveys\")"))
                .isEqualTo(new Rule.MayContact(ConsentChannel.EMAIL, ConsentPurpose.of("SURVEYS")));
    }

    @Test
    void parsesEveryKindOfLiteral() {
        assertThat(literal("field(\"n\") = 50000")).isEqualTo(Literal.Numeric.of(new BigDecimal("50000")));
        assertThat(literal("field(\"n\") = 50000.50")).isEqualTo(Literal.Numeric.of(new BigDecimal("50000.5")))
                .hasToString("50000.50");
        assertThat(literal("field(\"n\") > -12.5")).isEqualTo(Literal.Numeric.of(new BigDecimal("-12.5")));
        assertThat(literal("field(\"n\") >= 100 EUR"))
                .isEqualTo(Literal.Numeric.of(new BigDecimal("100"), Currency.getInstance("EUR")));
        assertThat(literal("palive() >= 0.8")).isEqualTo(Literal.Numeric.of(new BigDecimal("0.8")));
        assertThat(literal("field(\"t\") = \"IT\"")).isEqualTo(new Literal.Text("IT"));
        assertThat(literal("field(\"b\") = true")).isEqualTo(new Literal.Bool(true));
        assertThat(literal("field(\"b\") != False")).isEqualTo(new Literal.Bool(false));
        assertThat(literal("field(\"d\") >= date(\"2026-01-31\")"))
                .isEqualTo(new Literal.Date(LocalDate.of(2026, 1, 31)));
        assertThat(literal("field(\"t\") in [\"IT\", \"retail\"]"))
                .isEqualTo(new Literal.ListOf(List.of(new Literal.Text("IT"), new Literal.Text("retail"))));
    }

    @Test
    void decodesTheTwoEscapesAndWritesThemBack() {
        Rule rule = Rule.parse("profession = \"say \\\"hi\\\" \\\\ bye\"");
        assertThat(((Rule.Comparison) rule).literal()).isEqualTo(new Literal.Text("say \"hi\" \\ bye"));
        assertThat(rule).hasToString("profession = \"say \\\"hi\\\" \\\\ bye\"");
        assertThat(Rule.parse(rule.toString())).isEqualTo(rule);
    }

    @Test
    void keepsOtherCharactersOfTextsAsTheyAre() {
        Rule rule = Rule.parse("city = \"Łódź\tcentrum\n€ ()[]=,\"");
        assertThat(((Rule.Comparison) rule).literal()).isEqualTo(new Literal.Text("Łódź\tcentrum\n€ ()[]=,"));
        assertThat(Rule.parse(rule.toString())).isEqualTo(rule);
    }

    @Test
    void parsesPresenceTestsAndFields() {
        assertThat(Rule.parse("field(\"industry\") is empty"))
                .isEqualTo(new Rule.Presence(new FieldOperand("industry"), false));
        assertThat(Rule.parse("clv(12m) is not empty"))
                .isEqualTo(new Rule.Presence(new MetricOperand(Metric.CLV, Optional.of(Window.months(12))), true));
        assertThat(Rule.parse("not city is empty")).isEqualTo(
                new Rule.Not(new Rule.Presence(new AttributeOperand(Attribute.CITY), false)));
    }

    @Test
    void writesOnlyTheParenthesesPrecedenceNeeds() {
        assertThat(Rule.parse("(tag(\"a\") and tag(\"b\")) or (not tag(\"c\"))"))
                .hasToString("tag(\"a\") and tag(\"b\") or not tag(\"c\")");
        assertThat(Rule.parse("not (tag(\"a\") or tag(\"b\")) and (tag(\"c\") or tag(\"a\"))"))
                .hasToString("not (tag(\"a\") or tag(\"b\")) and (tag(\"c\") or tag(\"a\"))");
    }

    @Test
    void equalRulesHaveEqualHashCodesWhateverTheNumbersScale() {
        Rule a = Rule.parse("revenue() >= 50000 PLN");
        Rule b = Rule.parse("revenue() >= 50000.00 PLN");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(Rule.parse("revenue() >= 50000 EUR")).isNotEqualTo(a);
        assertThat(Rule.parse("revenue() >= 50000")).isNotEqualTo(a);
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        int depth = Rule.MAX_DEPTH;
        String text = "(".repeat(depth) + "tag(\"a\")" + ")".repeat(depth);
        assertThat(Rule.parse(text)).isEqualTo(A);
        assertThat(Rule.parse("not ".repeat(depth) + "tag(\"a\")").depth()).isEqualTo(depth);
    }

    private static Literal literal(String text) {
        return ((Rule.Comparison) Rule.parse(text)).literal();
    }

    @Test
    void listsTheClausesOfARuleLeftToRightWithoutItsConnectives() {
        Rule rule = Rule.parse("not (tag(\"a\") or revenue(30d) > 5) and consent(\"sms\", \"marketing\")");

        assertThat(rule.clauses()).extracting(Rule::toString)
                .containsExactly("tag(\"a\")", "revenue(30d) > 5", "consent(\"sms\", \"marketing\")");
        assertThat(Rule.parse("tag(\"a\")").clauses()).containsExactly(Rule.parse("tag(\"a\")"));
    }
}
