package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.segmentation.rule.Operand.AttributeOperand;
import dev.kartoteka.segmentation.rule.Operand.FieldOperand;
import dev.kartoteka.segmentation.rule.Operand.MetricOperand;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Rules written in Java: the same trees {@link Rule#parse(String)} makes, so {@code Rule.parse(r.toString())} equals
 * {@code r}.
 *
 * <pre>{@code
 * Rule vip = Rules.revenue(Window.days(365)).atLeast(Money.of("50000", "PLN"))
 *         .and(Rules.purchases(Window.days(365)).atLeast(12))
 *         .or(Rules.clv(Window.months(12)).atLeast(20_000))
 *         .or(Rules.tag("key-account"));
 * Rule smsInMokotow = Rules.consent(ConsentChannel.SMS, ConsentPurpose.MARKETING)
 *         .and(Rules.attribute(Attribute.DISTRICT).equalTo("Mokotów"));
 * }</pre>
 *
 * <p>Numbers may be given as any {@link Number} ({@code 12}, {@code 0.8}, a {@code BigDecimal}); a {@code double} is
 * taken by its shortest decimal form ({@code 0.8}, not {@code 0.8000000000000000444}). Every factory rejects
 * {@code null} with a {@link NullPointerException}, and a value that does not suit the term (an amount for a count,
 * a probability above 1) with an {@link IllegalArgumentException}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Rules {

    private Rules() {
    }

    // ----- metrics

    /**
     * Revenue over all time: {@code revenue()}.
     *
     * @return the term
     */
    public static MetricTerm revenue() {
        return metric(Metric.REVENUE);
    }

    /**
     * Revenue in a window: {@code revenue(365d)}.
     *
     * @param window the window
     * @return the term
     */
    public static MetricTerm revenue(Window window) {
        return metric(Metric.REVENUE, window);
    }

    /**
     * Orders over all time: {@code purchases()}.
     *
     * @return the term
     */
    public static MetricTerm purchases() {
        return metric(Metric.PURCHASES);
    }

    /**
     * Orders in a window: {@code purchases(365d)}.
     *
     * @param window the window
     * @return the term
     */
    public static MetricTerm purchases(Window window) {
        return metric(Metric.PURCHASES, window);
    }

    /**
     * Days with a purchase over all time: {@code purchaseDays()}.
     *
     * @return the term
     */
    public static MetricTerm purchaseDays() {
        return metric(Metric.PURCHASE_DAYS);
    }

    /**
     * Days with a purchase in a window: {@code purchaseDays(365d)}.
     *
     * @param window the window
     * @return the term
     */
    public static MetricTerm purchaseDays(Window window) {
        return metric(Metric.PURCHASE_DAYS, window);
    }

    /**
     * Average order value over all time: {@code aov()}.
     *
     * @return the term
     */
    public static MetricTerm averageOrderValue() {
        return metric(Metric.AVERAGE_ORDER_VALUE);
    }

    /**
     * Average order value in a window: {@code aov(365d)}.
     *
     * @param window the window
     * @return the term
     */
    public static MetricTerm averageOrderValue(Window window) {
        return metric(Metric.AVERAGE_ORDER_VALUE, window);
    }

    /**
     * Days since the last purchase: {@code recency()}.
     *
     * @return the term
     */
    public static MetricTerm recency() {
        return metric(Metric.RECENCY);
    }

    /**
     * Days since the first purchase: {@code tenure()}.
     *
     * @return the term
     */
    public static MetricTerm tenure() {
        return metric(Metric.TENURE);
    }

    /**
     * Days since the last interaction: {@code sinceInteraction()}.
     *
     * @return the term
     */
    public static MetricTerm sinceInteraction() {
        return metric(Metric.DAYS_SINCE_INTERACTION);
    }

    /**
     * Customer lifetime value over a horizon: {@code clv(12m)}.
     *
     * @param horizon the horizon
     * @return the term
     */
    public static MetricTerm clv(Window horizon) {
        return metric(Metric.CLV, horizon);
    }

    /**
     * Probability that the customer is still active: {@code palive()}.
     *
     * @return the term
     */
    public static MetricTerm pAlive() {
        return metric(Metric.P_ALIVE);
    }

    /**
     * Purchases expected over a horizon: {@code expectedPurchases(12m)}.
     *
     * @param horizon the horizon
     * @return the term
     */
    public static MetricTerm expectedPurchases(Window horizon) {
        return metric(Metric.EXPECTED_PURCHASES, horizon);
    }

    /**
     * Age in years: {@code age()}.
     *
     * @return the term
     */
    public static MetricTerm age() {
        return metric(Metric.AGE);
    }

    /**
     * Any metric without a window.
     *
     * @param metric the metric
     * @return the term
     * @throws IllegalArgumentException if the metric needs a horizon
     */
    public static MetricTerm metric(Metric metric) {
        return new MetricTerm(new MetricOperand(metric, Optional.empty()));
    }

    /**
     * Any metric with a window or horizon.
     *
     * @param metric the metric
     * @param window the window or horizon
     * @return the term
     * @throws IllegalArgumentException if the metric takes no window
     */
    public static MetricTerm metric(Metric metric, Window window) {
        return new MetricTerm(new MetricOperand(metric, Optional.of(Objects.requireNonNull(window, "window"))));
    }

    // ----- attributes and fields

    /**
     * A text attribute: {@code district}.
     *
     * @param attribute the attribute
     * @return the term
     */
    public static TextTerm attribute(Attribute attribute) {
        return new TextTerm(new AttributeOperand(attribute));
    }

    /**
     * A custom field: {@code field("industry")}.
     *
     * @param key the field key
     * @return the term
     * @throws ValidationException if the key is not a valid custom-field key
     */
    public static FieldTerm field(String key) {
        return new FieldTerm(new FieldOperand(key));
    }

    // ----- predicates

    /**
     * The party has a tag: {@code tag("key-account")}.
     *
     * @param tag the tag, normalised
     * @return the rule
     * @throws ValidationException if the tag is blank or too long
     */
    public static Rule tag(String tag) {
        return new Rule.HasTag(tag);
    }

    /**
     * The party plays a role: {@code role("client")}.
     *
     * @param code the role code, any case
     * @return the rule
     * @throws ValidationException if the code is not a valid role code
     */
    public static Rule role(String code) {
        return new Rule.HasRole(code);
    }

    /**
     * The party plays a role: {@code role("client")}.
     *
     * @param role the role type
     * @return the rule
     */
    public static Rule role(RoleType role) {
        return new Rule.HasRole(Objects.requireNonNull(role, "role").code());
    }

    /**
     * The party has an interest: {@code interest("fishing")}.
     *
     * @param interest the interest
     * @return the rule
     * @throws ValidationException if the interest is blank or too long
     */
    public static Rule interest(String interest) {
        return new Rule.HasInterest(interest);
    }

    /**
     * The party may be contacted on a channel for a purpose: {@code consent("sms", "marketing")}.
     *
     * @param channel the channel
     * @param purpose the purpose
     * @return the rule
     */
    public static Rule consent(ConsentChannel channel, ConsentPurpose purpose) {
        return new Rule.MayContact(channel, purpose);
    }

    // ----- connectives

    /**
     * All of the rules; one rule is returned as it is.
     *
     * @param first the first rule
     * @param more the others
     * @return the conjunction
     */
    public static Rule allOf(Rule first, Rule... more) {
        return allOf(list(first, more));
    }

    /**
     * All of the rules; one rule is returned as it is.
     *
     * @param rules one or more rules
     * @return the conjunction
     * @throws IllegalArgumentException if the list is empty
     */
    public static Rule allOf(List<Rule> rules) {
        return single(rules).orElseGet(() -> new Rule.And(rules));
    }

    /**
     * Any of the rules; one rule is returned as it is.
     *
     * @param first the first rule
     * @param more the others
     * @return the disjunction
     */
    public static Rule anyOf(Rule first, Rule... more) {
        return anyOf(list(first, more));
    }

    /**
     * Any of the rules; one rule is returned as it is.
     *
     * @param rules one or more rules
     * @return the disjunction
     * @throws IllegalArgumentException if the list is empty
     */
    public static Rule anyOf(List<Rule> rules) {
        return single(rules).orElseGet(() -> new Rule.Or(rules));
    }

    /**
     * The negation of a rule.
     *
     * @param rule the rule
     * @return {@code not rule}
     */
    public static Rule not(Rule rule) {
        return new Rule.Not(rule);
    }

    private static List<Rule> list(Rule first, Rule... more) {
        List<Rule> rules = new ArrayList<>(more.length + 1);
        rules.add(Objects.requireNonNull(first, "first"));
        rules.addAll(Arrays.asList(more));
        return rules;
    }

    private static Optional<Rule> single(List<Rule> rules) {
        Objects.requireNonNull(rules, "rules");
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("at least one rule is needed");
        }
        return rules.size() == 1 ? Optional.of(Objects.requireNonNull(rules.get(0), "rule")) : Optional.empty();
    }

    // ----- literals

    static Literal.Numeric number(Number value) {
        Objects.requireNonNull(value, "value");
        BigDecimal decimal;
        if (value instanceof BigDecimal d) {
            decimal = d;
        } else if (value instanceof BigInteger i) {
            decimal = new BigDecimal(i);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            decimal = BigDecimal.valueOf(value.longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("a rule compares finite numbers, was " + value);
            }
            decimal = value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d);
            decimal = decimal.stripTrailingZeros();
            if (decimal.scale() < 0) {
                decimal = decimal.setScale(0);
            }
        } else {
            try {
                decimal = new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a decimal number: " + value, e);
            }
        }
        return Literal.Numeric.of(decimal);
    }

    static Literal.ListOf texts(String... values) {
        Objects.requireNonNull(values, "values");
        List<Literal> items = new ArrayList<>(values.length);
        for (String v : values) {
            items.add(new Literal.Text(Objects.requireNonNull(v, "value")));
        }
        return new Literal.ListOf(items);
    }

    static Literal.ListOf numbers(Number... values) {
        Objects.requireNonNull(values, "values");
        List<Literal> items = new ArrayList<>(values.length);
        for (Number v : values) {
            items.add(number(v));
        }
        return new Literal.ListOf(items);
    }

    /**
     * A metric, to compare with numbers or, for money metrics, amounts: {@code revenue(365d)}, {@code recency()}.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class MetricTerm {

        private final MetricOperand operand;

        private MetricTerm(MetricOperand operand) {
            this.operand = operand;
        }

        /** @return the operand, e.g. {@code revenue(365d)} */
        public MetricOperand operand() {
            return operand;
        }

        private Rule compare(Operator operator, Literal literal) {
            return new Rule.Comparison(operand, operator, literal);
        }

        /**
         * {@code metric = value}.
         *
         * @param value the number (for money metrics: in the subject's currency)
         * @return the rule
         */
        public Rule equalTo(Number value) {
            return compare(Operator.EQUAL, number(value));
        }

        /**
         * {@code metric = amount}, for money metrics.
         *
         * @param amount the amount, in the subjects' currency
         * @return the rule
         */
        public Rule equalTo(Money amount) {
            return compare(Operator.EQUAL, Literal.Numeric.of(amount));
        }

        /**
         * {@code metric != value}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule notEqualTo(Number value) {
            return compare(Operator.NOT_EQUAL, number(value));
        }

        /**
         * {@code metric != amount}, for money metrics.
         *
         * @param amount the amount
         * @return the rule
         */
        public Rule notEqualTo(Money amount) {
            return compare(Operator.NOT_EQUAL, Literal.Numeric.of(amount));
        }

        /**
         * {@code metric < value}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule lessThan(Number value) {
            return compare(Operator.LESS, number(value));
        }

        /**
         * {@code metric < amount}, for money metrics.
         *
         * @param amount the amount
         * @return the rule
         */
        public Rule lessThan(Money amount) {
            return compare(Operator.LESS, Literal.Numeric.of(amount));
        }

        /**
         * {@code metric <= value}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule atMost(Number value) {
            return compare(Operator.LESS_OR_EQUAL, number(value));
        }

        /**
         * {@code metric <= amount}, for money metrics.
         *
         * @param amount the amount
         * @return the rule
         */
        public Rule atMost(Money amount) {
            return compare(Operator.LESS_OR_EQUAL, Literal.Numeric.of(amount));
        }

        /**
         * {@code metric > value}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule greaterThan(Number value) {
            return compare(Operator.GREATER, number(value));
        }

        /**
         * {@code metric > amount}, for money metrics.
         *
         * @param amount the amount
         * @return the rule
         */
        public Rule greaterThan(Money amount) {
            return compare(Operator.GREATER, Literal.Numeric.of(amount));
        }

        /**
         * {@code metric >= value}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule atLeast(Number value) {
            return compare(Operator.GREATER_OR_EQUAL, number(value));
        }

        /**
         * {@code metric >= amount}, for money metrics.
         *
         * @param amount the amount
         * @return the rule
         */
        public Rule atLeast(Money amount) {
            return compare(Operator.GREATER_OR_EQUAL, Literal.Numeric.of(amount));
        }

        /**
         * {@code metric >= min and metric <= max}.
         *
         * @param min the lower bound, inclusive
         * @param max the upper bound, inclusive
         * @return the rule
         */
        public Rule between(Number min, Number max) {
            return atLeast(min).and(atMost(max));
        }

        /**
         * {@code metric >= min and metric <= max}, for money metrics.
         *
         * @param min the lower bound, inclusive
         * @param max the upper bound, inclusive
         * @return the rule
         */
        public Rule between(Money min, Money max) {
            return atLeast(min).and(atMost(max));
        }

        /**
         * {@code metric in [values]}.
         *
         * @param values one or more numbers
         * @return the rule
         */
        public Rule in(Number... values) {
            return compare(Operator.IN, numbers(values));
        }

        /**
         * {@code metric is empty}: the subject does not know the value.
         *
         * @return the rule
         */
        public Rule isEmpty() {
            return new Rule.Presence(operand, false);
        }

        /**
         * {@code metric is not empty}: the subject knows the value.
         *
         * @return the rule
         */
        public Rule isNotEmpty() {
            return new Rule.Presence(operand, true);
        }
    }

    /**
     * A text attribute, to compare with texts ignoring case: {@code district}, {@code postalCode}.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class TextTerm {

        private final AttributeOperand operand;

        private TextTerm(AttributeOperand operand) {
            this.operand = operand;
        }

        /** @return the operand, e.g. {@code district} */
        public AttributeOperand operand() {
            return operand;
        }

        /**
         * {@code attribute = "text"}.
         *
         * @param text the text
         * @return the rule
         */
        public Rule equalTo(String text) {
            return new Rule.Comparison(operand, Operator.EQUAL, new Literal.Text(text));
        }

        /**
         * {@code attribute != "text"}.
         *
         * @param text the text
         * @return the rule
         */
        public Rule notEqualTo(String text) {
            return new Rule.Comparison(operand, Operator.NOT_EQUAL, new Literal.Text(text));
        }

        /**
         * {@code attribute in ["a", "b"]}.
         *
         * @param texts one or more texts
         * @return the rule
         */
        public Rule in(String... texts) {
            return new Rule.Comparison(operand, Operator.IN, texts(texts));
        }

        /**
         * {@code attribute startsWith "prefix"}.
         *
         * @param prefix the prefix
         * @return the rule
         */
        public Rule startsWith(String prefix) {
            return new Rule.Comparison(operand, Operator.STARTS_WITH, new Literal.Text(prefix));
        }

        /**
         * {@code attribute is empty}.
         *
         * @return the rule
         */
        public Rule isEmpty() {
            return new Rule.Presence(operand, false);
        }

        /**
         * {@code attribute is not empty}.
         *
         * @return the rule
         */
        public Rule isNotEmpty() {
            return new Rule.Presence(operand, true);
        }
    }

    /**
     * A custom field, to compare with texts, numbers, amounts, booleans or dates: {@code field("industry")}.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class FieldTerm {

        private final FieldOperand operand;

        private FieldTerm(FieldOperand operand) {
            this.operand = operand;
        }

        /** @return the operand, e.g. {@code field("industry")} */
        public FieldOperand operand() {
            return operand;
        }

        private Rule compare(Operator operator, Literal literal) {
            return new Rule.Comparison(operand, operator, literal);
        }

        /**
         * {@code field("key") = "text"} (for a multi-valued field: it holds the text).
         *
         * @param text the text
         * @return the rule
         */
        public Rule equalTo(String text) {
            return compare(Operator.EQUAL, new Literal.Text(text));
        }

        /**
         * {@code field("key") = number}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule equalTo(Number value) {
            return compare(Operator.EQUAL, number(value));
        }

        /**
         * {@code field("key") = amount}.
         *
         * @param amount the amount
         * @return the rule
         */
        public Rule equalTo(Money amount) {
            return compare(Operator.EQUAL, Literal.Numeric.of(amount));
        }

        /**
         * {@code field("key") = true}.
         *
         * @param value the boolean
         * @return the rule
         */
        public Rule equalTo(boolean value) {
            return compare(Operator.EQUAL, new Literal.Bool(value));
        }

        /**
         * {@code field("key") = date("2026-01-31")}.
         *
         * @param date the date
         * @return the rule
         */
        public Rule equalTo(LocalDate date) {
            return compare(Operator.EQUAL, new Literal.Date(date));
        }

        /**
         * {@code field("key") != "text"} (for a multi-valued field: it does not hold the text).
         *
         * @param text the text
         * @return the rule
         */
        public Rule notEqualTo(String text) {
            return compare(Operator.NOT_EQUAL, new Literal.Text(text));
        }

        /**
         * {@code field("key") != number}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule notEqualTo(Number value) {
            return compare(Operator.NOT_EQUAL, number(value));
        }

        /**
         * {@code field("key") != true}.
         *
         * @param value the boolean
         * @return the rule
         */
        public Rule notEqualTo(boolean value) {
            return compare(Operator.NOT_EQUAL, new Literal.Bool(value));
        }

        /**
         * {@code field("key") < number}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule lessThan(Number value) {
            return compare(Operator.LESS, number(value));
        }

        /**
         * {@code field("key") < date("…")}.
         *
         * @param date the date
         * @return the rule
         */
        public Rule lessThan(LocalDate date) {
            return compare(Operator.LESS, new Literal.Date(date));
        }

        /**
         * {@code field("key") <= number}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule atMost(Number value) {
            return compare(Operator.LESS_OR_EQUAL, number(value));
        }

        /**
         * {@code field("key") <= amount}.
         *
         * @param amount the amount
         * @return the rule
         */
        public Rule atMost(Money amount) {
            return compare(Operator.LESS_OR_EQUAL, Literal.Numeric.of(amount));
        }

        /**
         * {@code field("key") <= date("…")}.
         *
         * @param date the date
         * @return the rule
         */
        public Rule atMost(LocalDate date) {
            return compare(Operator.LESS_OR_EQUAL, new Literal.Date(date));
        }

        /**
         * {@code field("key") > number}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule greaterThan(Number value) {
            return compare(Operator.GREATER, number(value));
        }

        /**
         * {@code field("key") > date("…")}.
         *
         * @param date the date
         * @return the rule
         */
        public Rule greaterThan(LocalDate date) {
            return compare(Operator.GREATER, new Literal.Date(date));
        }

        /**
         * {@code field("key") >= number}.
         *
         * @param value the number
         * @return the rule
         */
        public Rule atLeast(Number value) {
            return compare(Operator.GREATER_OR_EQUAL, number(value));
        }

        /**
         * {@code field("key") >= amount}.
         *
         * @param amount the amount
         * @return the rule
         */
        public Rule atLeast(Money amount) {
            return compare(Operator.GREATER_OR_EQUAL, Literal.Numeric.of(amount));
        }

        /**
         * {@code field("key") >= date("…")}.
         *
         * @param date the date
         * @return the rule
         */
        public Rule atLeast(LocalDate date) {
            return compare(Operator.GREATER_OR_EQUAL, new Literal.Date(date));
        }

        /**
         * {@code field("key") >= min and field("key") <= max}.
         *
         * @param min the lower bound, inclusive
         * @param max the upper bound, inclusive
         * @return the rule
         */
        public Rule between(Number min, Number max) {
            return atLeast(min).and(atMost(max));
        }

        /**
         * {@code field("key") >= min and field("key") <= max}, for dates.
         *
         * @param min the first day, inclusive
         * @param max the last day, inclusive
         * @return the rule
         */
        public Rule between(LocalDate min, LocalDate max) {
            return atLeast(min).and(atMost(max));
        }

        /**
         * {@code field("key") in ["a", "b"]} (for a multi-valued field: it holds any of them).
         *
         * @param texts one or more texts
         * @return the rule
         */
        public Rule in(String... texts) {
            return compare(Operator.IN, texts(texts));
        }

        /**
         * {@code field("key") in [1, 2]}.
         *
         * @param values one or more numbers
         * @return the rule
         */
        public Rule in(Number... values) {
            return compare(Operator.IN, numbers(values));
        }

        /**
         * {@code field("key") startsWith "prefix"}.
         *
         * @param prefix the prefix
         * @return the rule
         */
        public Rule startsWith(String prefix) {
            return compare(Operator.STARTS_WITH, new Literal.Text(prefix));
        }

        /**
         * {@code field("key") is empty}.
         *
         * @return the rule
         */
        public Rule isEmpty() {
            return new Rule.Presence(operand, false);
        }

        /**
         * {@code field("key") is not empty}.
         *
         * @return the rule
         */
        public Rule isNotEmpty() {
            return new Rule.Presence(operand, true);
        }
    }
}
