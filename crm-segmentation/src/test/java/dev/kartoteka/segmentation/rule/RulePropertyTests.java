package dev.kartoteka.segmentation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Invariants of the rule language: round trips, robustness of the parser, three-valued evaluation. */
class RulePropertyTests {

    @Test
    void everyRuleParsesBackFromItsTextToAnEqualRule() {
        RuleTheories.qt().withExamples(3000).forAll(RuleGenerators.rules(4)).checkAssert(rule -> {
            String text = rule.toString();
            Rule parsed = Rule.parse(text);
            assertThat(parsed).isEqualTo(rule);
            assertThat(parsed.hashCode()).isEqualTo(rule.hashCode());
            assertThat(parsed.toString()).isEqualTo(text);
        });
    }

    @Test
    void anyTextEitherParsesOrFailsWithAParseError() {
        RuleTheories.qt().withExamples(5000).forAll(RuleGenerators.tokenSoup()).checkAssert(
                RulePropertyTests::parsesOrFailsCleanly);
        RuleTheories.qt().withExamples(3000).forAll(RuleGenerators.randomCharacters()).checkAssert(
                RulePropertyTests::parsesOrFailsCleanly);
    }

    @Test
    void mutatedRulesEitherParseOrFailWithAParseError() {
        RuleTheories.qt().withExamples(5000).forAll(RuleGenerators.mutatedRules()).checkAssert(
                RulePropertyTests::parsesOrFailsCleanly);
    }

    @Test
    void negationAndExplanationAgreeWithEvaluation() {
        RuleTheories.qt().withExamples(2000).forAll(RuleGenerators.rules(3), RuleGenerators.subjects())
                .checkAssert((rule, subject) -> {
                    Truth truth;
                    try {
                        truth = rule.evaluate(subject);
                    } catch (CurrencyMismatchException e) {
                        assertThatThrownBy(() -> rule.validateFor(subject.currency()))
                                .isInstanceOf(CurrencyMismatchException.class);
                        return;
                    }
                    assertThat(rule.not().evaluate(subject)).isEqualTo(truth.not());
                    assertThat(rule.test(subject)).isEqualTo(truth == Truth.TRUE);
                    RuleExplanation explanation = rule.explain(subject);
                    assertThat(explanation.truth()).isEqualTo(truth);
                    assertThat(explanation.clauses()).isNotEmpty();
                    assertThat(Rule.parse(rule.toString()).evaluate(subject)).isEqualTo(truth);
                });
    }

    @Test
    void connectivesFollowTheTruthTables() {
        RuleTheories.qt().withExamples(1000)
                .forAll(RuleGenerators.rules(2), RuleGenerators.rules(2), RuleGenerators.subjects())
                .checkAssert((a, b, subject) -> {
                    Truth x;
                    Truth y;
                    try {
                        x = a.evaluate(subject);
                        y = b.evaluate(subject);
                    } catch (CurrencyMismatchException e) {
                        return;
                    }
                    assertThat(a.and(b).evaluate(subject)).isEqualTo(x.and(y));
                    assertThat(a.or(b).evaluate(subject)).isEqualTo(x.or(y));
                    assertThat(a.and(b).not().evaluate(subject)).isEqualTo(a.not().or(b.not()).evaluate(subject));
                });
    }

    private static void parsesOrFailsCleanly(String text) {
        Rule rule;
        try {
            rule = Rule.parse(text);
        } catch (RuleParseException e) {
            assertThat(e.position()).isBetween(0, text.length());
            assertThat(e.getMessage()).startsWith("at " + e.position() + ": expected ");
            return;
        }
        assertThat(Rule.parse(rule.toString())).isEqualTo(rule);
    }
}
