package dev.kartoteka.segmentation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kartoteka.core.KartotekaException;
import org.junit.jupiter.api.Test;

class RuleParseErrorTests {

    private static final String CONDITION =
            "a condition (a metric, an attribute, field(\"key\"), tag, role, interest, consent, not or \"(\")";

    @Test
    void reportsPositionExpectationAndTokenWithACaretUnderTheText() {
        RuleParseException e = error("revenue(365d) >= \"50000\"");

        assertThat(e).isInstanceOf(KartotekaException.class);
        assertThat(e.position()).isEqualTo(17);
        assertThat(e.expected()).isEqualTo("an amount such as 50000 or 50000 PLN");
        assertThat(e.found()).isEqualTo("\"50000\"");
        assertThat(e.ruleText()).isEqualTo("revenue(365d) >= \"50000\"");
        assertThat(e).hasMessage("at 17: expected an amount such as 50000 or 50000 PLN but found \"50000\"\n"
                + "revenue(365d) >= \"50000\"\n"
                + "                 ^");
    }

    @Test
    void aMissingOperandIsReportedWhereItShouldBe() {
        assertError("revenue(365d) >= ", 17, "an amount such as 50000 or 50000 PLN", "end of input");
        assertError("revenue(365d) >= 5 and", 22, CONDITION, "end of input");
        assertError(">= 5", 0, CONDITION, ">=");
        assertError("tag(\"a\") or or tag(\"b\")", 12, CONDITION, "or");
        assertThat(error("tag(\"a\") and")).hasMessage("at 12: expected " + CONDITION + " but found end of input\n"
                + "tag(\"a\") and\n"
                + "            ^");
    }

    @Test
    void anUnclosedParenthesisNamesWhereItWasOpened() {
        assertError("(tag(\"a\") or tag(\"b\")", 21, "\")\" to close the \"(\" at 0", "end of input");
        assertError("tag(\"a\") and ((tag(\"b\"))", 24, "\")\" to close the \"(\" at 13", "end of input");
        assertError("tag(\"a\"))", 8, "\"and\", \"or\" or end of input (this \")\" closes nothing)", ")");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertError("revnue(365d) >= 1", 0, "a metric, an attribute or a predicate (revenue, purchases, purchaseDays, "
                + "aov, recency, tenure, sinceInteraction, clv, palive, expectedPurchases, age, city, district, "
                + "postalCode, country, sex, profession, warmth, owner, kind, segment, field, tag, role, interest, "
                + "consent)", "revnue");
    }

    @Test
    void aBadWindowSaysWhatAWindowLooksLike() {
        assertError("clv(12x) >= 1", 4, "a window such as 365d, 8w, 12m or 2y", "12x");
        assertError("revenue(0d) >= 1", 8, "a window of 1d to 36525d", "0d");
        assertError("revenue(101y) >= 1", 8, "a window of 1y to 100y", "101y");
        assertError("revenue(\"365d\") >= 1", 8, "a window such as 365d, 8w, 12m or 2y", "\"365d\"");
        assertError("recency(30d) > 5", 8, "\")\" (recency() takes no window)", "30d");
        assertError("clv() >= 1", 4, "a horizon such as 12m (clv needs one)", ")");
        assertError("recency > 5", 8, "\"(\": recency is a metric, written recency()", ">");
    }

    @Test
    void aValueOfTheWrongKindIsReportedAtTheValue() {
        assertError("revenue() >= true", 13, "an amount such as 50000 or 50000 PLN", "true");
        assertError("purchases() >= 12 PLN", 18, "a number without a currency (purchases() is not money)", "PLN");
        assertError("palive() > 80", 11, "a probability between 0 and 1 such as 0.8", "80");
        assertError("city = 5", 7, "a text in double quotes such as \"Mokotów\"", "5");
        assertError("field(\"n\") > true", 13, "a number, an amount or a date(\"2026-01-31\")", "true");
        assertError("field(\"x\") startsWith 5", 22, "a text in double quotes such as \"Mokotów\"", "5");
        assertError("field(\"x\") in [\"a\", 1]", 20, "a value of the same kind as the first item of the list", "1");
        assertError("city in []", 9, "a text in double quotes such as \"Mokotów\"", "]");
        assertError("city in \"a\"", 8, "\"[\" to start a list such as [\"a\", \"b\"]", "\"a\"");
        assertError("revenue() >= 50000PLN", 13,
                "an amount such as 50000 or 50000 PLN (a space goes between an amount and its currency)", "50000PLN");
    }

    @Test
    void aPredicateTakesOnlyAStringOfItsForm() {
        assertError("tag(5)", 4, "a tag in double quotes such as \"key-account\"", "5");
        assertError("tag(\"  \")", 4, "a tag of 1 to 60 characters", "\"  \"");
        assertError("role(\"1st\")", 5,
                "a role code such as \"client\": letters, digits and underscores, starting with a letter, at most 40",
                "\"1st\"");
        assertError("consent(\"fax\", \"marketing\")", 8,
                "a consent channel (email, sms, phone, post, messenger)", "\"fax\"");
        assertError("consent(\"sms\")", 13, "\",\" and a consent purpose such as \"marketing\"", ")");
        assertError("field(\"Industry\") = \"x\"", 6, "a custom-field key: lower-case letters, digits and underscores, "
                + "starting with a letter, at most 63", "\"Industry\"");
    }

    @Test
    void operatorsMustSuitTheOperand() {
        assertError("revenue(365d) 50000", 14, "a comparison operator (=, !=, <, <=, >, >=, in, startsWith, is)",
                "50000");
        assertError("city > \"a\"", 5, "a comparison operator for text (=, !=, in, startsWith)", ">");
        assertError("age() startsWith \"1\"", 6, "a comparison operator for numbers (=, !=, <, <=, >, >=, in)",
                "startsWith");
        assertError("city ! \"a\"", 5, "\"!=\"", "!");
        assertError("city is full", 8, "\"empty\" or \"not empty\"", "full");
        assertError("city is not set", 12, "\"empty\"", "set");
    }

    @Test
    void literalsAreCheckedAsTheyAreRead() {
        assertError("revenue() >= 5 XYZ", 15, "an ISO 4217 currency code in upper case such as PLN, or \"and\", \"or\"",
                "XYZ");
        assertError("revenue() >= 5 pln", 15, "an ISO 4217 currency code in upper case such as PLN, or \"and\", \"or\"",
                "pln");
        assertError("field(\"d\") = date(\"2026-02-30\")", 18, "a date such as \"2026-01-31\" (years 1 to 9999)",
                "\"2026-02-30\"");
        assertError("city = \"a\\nb\"", 9, "\\\" or \\\\ (the only escapes in a text)", "\\n");
        assertError("city = \"abc", 11, "a closing \" for the text at 7", "end of input");
        assertError("tag(\"a\") & tag(\"b\")", 9,
                "a name, a number, a text in double quotes, an operator or a parenthesis", "&");
    }

    @Test
    void trailingGarbageIsRejected() {
        assertError("tag(\"a\") tag(\"b\")", 9, "\"and\", \"or\" or end of input", "tag");
        assertError("revenue(365d) >= 50000 PLN PLN", 27, "\"and\", \"or\" or end of input", "PLN");
    }

    @Test
    void anEmptyRuleIsRejected() {
        assertError("", 0, CONDITION, "end of input");
        assertError("   ", 3, CONDITION, "end of input");
        assertError("()", 1, CONDITION, ")");
    }

    @Test
    void aRuleLongerThanTheLimitIsRejectedAtTheLimit() {
        String text = "tag(\"a\") or ".repeat(1000) + "tag(\"b\")";
        assertThat(text.length()).isGreaterThan(Rule.MAX_LENGTH);

        RuleParseException e = error(text);

        assertThat(e.position()).isEqualTo(Rule.MAX_LENGTH);
        assertThat(e.expected()).isEqualTo("a rule of at most 10000 characters (this one has " + text.length() + ")");
        assertThat(e.getMessage().lines()).hasSize(3);
        assertThat(e.getMessage().lines().skip(1).findFirst().orElseThrow()).startsWith("...").endsWith("...")
                .hasSizeLessThan(100);
    }

    @Test
    void nestingDeeperThanTheLimitIsRejectedAtTheFirstTooDeepToken() {
        assertError("(".repeat(5000), 100, "at most 100 nested parentheses and nots", "(");
        assertError("not ".repeat(2000) + "tag(\"a\")", 400, "at most 100 nested parentheses and nots", "not");
        assertThat(error("(".repeat(100_000)).position()).isEqualTo(Rule.MAX_LENGTH);
        assertThat(error("not ".repeat(100_000) + "tag(\"a\")").position()).isEqualTo(Rule.MAX_LENGTH);
    }

    @Test
    void aTreeNestedDeeperThanTheLimitWithoutParenthesesIsRejected() {
        // 99 parentheses, each holding an or of an and: the tree nests deeper than the parentheses
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            b.append("tag(\"a\") or tag(\"b\") and (");
        }
        b.append("tag(\"c\")").append(")".repeat(99));
        RuleParseException e = error(b.toString());
        assertThat(e.expected()).isEqualTo("at most 100 nested and, or and not");
    }

    @Test
    void rejectsNullText() {
        assertThatNullPointerException().isThrownBy(() -> Rule.parse(null)).withMessage("text");
    }

    private static void assertError(String text, int position, String expected, String found) {
        RuleParseException e = error(text);
        assertThat(e.position()).as("position in %s", text).isEqualTo(position);
        assertThat(e.expected()).as("expected in %s", text).isEqualTo(expected);
        assertThat(e.found()).as("found in %s", text).isEqualTo(found);
        assertThat(e.getMessage()).startsWith("at " + position + ": expected " + expected + " but found ");
    }

    private static RuleParseException error(String text) {
        RuleParseException e = catchThrowableOfType(RuleParseException.class, () -> Rule.parse(text));
        assertThat(e).as("a parse error for %s", text).isNotNull();
        return e;
    }
}
