package dev.kartoteka.segmentation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.RoleType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTests {

    @Test
    void buildsTheIssueExampleAsTheParserDoes() {
        Rule java = Rules.revenue(Window.days(365)).atLeast(Money.of("50000", "PLN"))
                .and(Rules.purchases(Window.days(365)).atLeast(12))
                .or(Rules.clv(Window.months(12)).atLeast(Money.of("20000", "PLN")))
                .or(Rules.tag("key-account"));

        assertThat(java).isEqualTo(Rule.parse("revenue(365d) >= 50000 PLN and purchases(365d) >= 12 "
                + "or clv(12m) >= 20000 PLN or tag(\"key-account\")"));
        assertThat(java).hasToString("revenue(365d) >= 50000 PLN and purchases(365d) >= 12 "
                + "or clv(12m) >= 20000 PLN or tag(\"key-account\")");
    }

    @Test
    void buildsEveryKindOfClauseAsTheParserDoes() {
        assertSame(Rules.consent(ConsentChannel.SMS, ConsentPurpose.MARKETING)
                .and(Rules.attribute(Attribute.DISTRICT).equalTo("Mokotów")),
                "consent(\"sms\", \"marketing\") and district = \"Mokotów\"");
        assertSame(Rules.field("industry").in("IT", "retail"), "field(\"industry\") in [\"IT\", \"retail\"]");
        assertSame(Rules.age().between(25, 40), "age() >= 25 and age() <= 40");
        assertSame(Rules.pAlive().lessThan(0.3), "palive() < 0.3");
        assertSame(Rules.recency().greaterThan(180), "recency() > 180");
        assertSame(Rules.tenure().atMost(30), "tenure() <= 30");
        assertSame(Rules.sinceInteraction().notEqualTo(0), "sinceInteraction() != 0");
        assertSame(Rules.expectedPurchases(Window.months(6)).equalTo(2), "expectedPurchases(6m) = 2");
        assertSame(Rules.purchaseDays().in(1, 2, 3), "purchaseDays() in [1, 2, 3]");
        assertSame(Rules.averageOrderValue(Window.weeks(8)).lessThan(Money.of("99.99", "PLN")),
                "aov(8w) < 99.99 PLN");
        assertSame(Rules.revenue().between(new BigDecimal("10.5"), 20L), "revenue() >= 10.5 and revenue() <= 20");
        assertSame(Rules.clv(Window.years(1)).isEmpty(), "clv(1y) is empty");
        assertSame(Rules.attribute(Attribute.POSTAL_CODE).startsWith("02-"), "postalCode startsWith \"02-\"");
        assertSame(Rules.attribute(Attribute.COUNTRY).in("PL", "DE"), "country in [\"PL\", \"DE\"]");
        assertSame(Rules.attribute(Attribute.CITY).notEqualTo("Łódź"), "city != \"Łódź\"");
        assertSame(Rules.attribute(Attribute.CITY).isNotEmpty(), "city is not empty");
        assertSame(Rules.field("vip").equalTo(true), "field(\"vip\") = true");
        assertSame(Rules.field("vip").notEqualTo(false), "field(\"vip\") != false");
        assertSame(Rules.field("signed").between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                "field(\"signed\") >= date(\"2026-01-01\") and field(\"signed\") <= date(\"2026-12-31\")");
        assertSame(Rules.field("budget").atLeast(Money.of("100", "EUR")), "field(\"budget\") >= 100 EUR");
        assertSame(Rules.field("size").in(1, 2.5), "field(\"size\") in [1, 2.5]");
        assertSame(Rules.field("name").startsWith("Ab"), "field(\"name\") startsWith \"Ab\"");
        assertSame(Rules.field("name").isEmpty(), "field(\"name\") is empty");
        assertSame(Rules.role(RoleType.CLIENT), "role(\"client\")");
        assertSame(Rules.role("Distributor"), "role(\"distributor\")");
        assertSame(Rules.interest(" golf "), "interest(\"golf\")");
        assertSame(Rules.metric(Metric.REVENUE, Window.days(30)).atLeast(1), "revenue(30d) >= 1");
    }

    @Test
    void writesDoublesByTheirShortestDecimalForm() {
        assertThat(Rules.pAlive().atLeast(0.8)).hasToString("palive() >= 0.8");
        assertThat(Rules.pAlive().atLeast(0.8f)).hasToString("palive() >= 0.8");
        assertThat(Rules.revenue().atLeast(50000.0)).hasToString("revenue() >= 50000");
        assertThat(Rules.revenue().atLeast(1e6)).hasToString("revenue() >= 1000000");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.revenue().atLeast(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.revenue().atLeast(Double.POSITIVE_INFINITY));
    }

    @Test
    void combinesRulesWithAllOfAnyOfAndNot() {
        Rule a = Rules.tag("a");
        Rule b = Rules.tag("b");
        assertThat(Rules.allOf(a)).isSameAs(a);
        assertThat(Rules.allOf(a, b)).isEqualTo(a.and(b)).hasToString("tag(\"a\") and tag(\"b\")");
        assertThat(Rules.anyOf(List.of(a, b))).isEqualTo(a.or(b));
        assertThat(Rules.not(a)).isEqualTo(a.not()).hasToString("not tag(\"a\")");
        assertThat(Rules.allOf(a, b.or(a))).hasToString("tag(\"a\") and (tag(\"b\") or tag(\"a\"))");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.anyOf(List.of()));
        assertThatNullPointerException().isThrownBy(() -> a.and(null));
    }

    @Test
    void rejectsValuesThatDoNotSuitTheTerm() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.purchases().atLeast(Money.of("1", "PLN")))
                .withMessage("purchases() >= 1 PLN: expected a number without a currency (purchases() is not money)");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.pAlive().atLeast(80))
                .withMessageContaining("a probability between 0 and 1");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.metric(Metric.CLV))
                .withMessage("clv needs a horizon such as clv(12m)");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.metric(Metric.AGE, Window.years(1)))
                .withMessage("age() takes no window, was given 1y");
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.attribute(Attribute.CITY).in());
        assertThatIllegalArgumentException().isThrownBy(() -> Rules.field("n").lessThan(LocalDate.of(10000, 1, 1)));
        assertThatThrownBy(() -> Rules.field("Bad Key")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Rules.tag(" ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Rules.role("1x")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Rules.interest("x".repeat(101))).isInstanceOf(ValidationException.class);
        assertThatNullPointerException().isThrownBy(() -> Rules.field("n").equalTo((String) null));
    }

    @Test
    void constructorsCheckWhatTheParserChecks() {
        Operand city = new Operand.AttributeOperand(Attribute.CITY);
        Literal text = new Literal.Text("x");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule.Comparison(city, Operator.GREATER, text))
                .withMessage("city > \"x\": expected a comparison operator for text (=, !=, in, startsWith)");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule.Comparison(city, Operator.IN, text))
                .withMessage("city in \"x\": expected a list such as [\"a\", \"b\"] after in");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule.Comparison(city, Operator.EQUAL,
                new Literal.ListOf(List.of(text)))).withMessage("city = [\"x\"]: expected a single value");
        assertThatIllegalArgumentException().isThrownBy(() -> new Literal.ListOf(List.of(text, new Literal.Bool(true))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Literal.ListOf(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule.And(List.of(Rules.tag("a"))));
    }

    @Test
    void rejectsTreesNestedDeeperThanTheLimit() {
        Rule rule = Rules.tag("a");
        for (int i = 0; i < Rule.MAX_DEPTH; i++) {
            rule = rule.not();
        }
        assertThat(rule.depth()).isEqualTo(Rule.MAX_DEPTH);
        assertThat(Rule.parse(rule.toString())).isEqualTo(rule);
        Rule deepest = rule;
        assertThatIllegalArgumentException().isThrownBy(deepest::not).withMessage("rules may nest at most 100 deep");
        assertThatIllegalArgumentException().isThrownBy(() -> deepest.and(Rules.tag("b")));
    }

    @Test
    void treesAtTheDepthLimitPrintWithinTheParsersLimit() {
        Rule rule = Rules.tag("a");
        for (int i = 0; ; i++) {
            try {
                rule = i % 2 == 0 ? Rules.tag("b").or(rule).not() : Rules.tag("c").and(rule);
            } catch (IllegalArgumentException tooDeep) {
                break;
            }
        }
        assertThat(rule.depth()).isBetween(Rule.MAX_DEPTH - 2, Rule.MAX_DEPTH);
        assertThat(Rule.parse(rule.toString())).isEqualTo(rule);
    }

    private static void assertSame(Rule java, String text) {
        assertThat(java).hasToString(text);
        assertThat(Rule.parse(text)).isEqualTo(java);
    }
}
