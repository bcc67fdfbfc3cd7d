package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.Tag;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule about one party: an immutable syntax tree that evaluates against a {@link RuleSubject}, explains its result,
 * and writes itself back as rule text. Made by {@link #parse(String)} from text such as
 * {@code revenue(365d) >= 50000 PLN and purchases(365d) >= 12 or tag("key-account")}, or in Java by {@link Rules};
 * both make the same tree, and {@code Rule.parse(rule.toString())} equals {@code rule}.
 *
 * <p>The nodes are public so that other code can walk the tree (e.g. translate it into a database query):
 * {@link And}, {@link Or}, {@link Not}, {@link Comparison}, {@link Presence}, {@link HasTag}, {@link HasRole},
 * {@link HasInterest} and {@link MayContact}. Rules use three-valued logic (see {@link Truth}): a comparison with an
 * unknown value is unknown, and {@link #test(RuleSubject)} is {@code true} only for {@link Truth#TRUE}.
 *
 * <p>Rules are thread-safe. Evaluating ({@link #test}, {@link #evaluate}) allocates nothing itself; explaining does.
 * A tree nests {@code and}, {@code or} and {@code not} at most {@value #MAX_DEPTH} deep.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Rule permits Rule.And, Rule.Or, Rule.Not, Rule.Comparison, Rule.Presence, Rule.HasTag,
        Rule.HasRole, Rule.HasInterest, Rule.MayContact {

    /** How deep {@code and}, {@code or}, {@code not} and parentheses may nest. */
    int MAX_DEPTH = 100;

    /** The longest rule text {@link #parse(String)} accepts, in characters. */
    int MAX_LENGTH = 10_000;

    /**
     * Parses rule text; see the {@linkplain dev.kartoteka.segmentation.rule package documentation} for the language.
     *
     * @param text the rule, at most {@value #MAX_LENGTH} characters
     * @return the rule
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws RuleParseException if the text is not a valid rule, naming the position and what was expected
     */
    static Rule parse(String text) {
        return new Parser(Objects.requireNonNull(text, "text")).parse();
    }

    /**
     * Evaluates the rule in three-valued logic.
     *
     * @param subject the party
     * @return true, false or unknown
     * @throws NullPointerException if {@code subject} is {@code null}
     * @throws CurrencyMismatchException if a money metric is compared with an amount in another currency than the
     *         subject's (see {@link #validateFor(Currency)})
     */
    Truth evaluate(RuleSubject subject);

    /**
     * Tells whether the rule holds for a subject: whether it {@linkplain #evaluate evaluates} to {@link Truth#TRUE}.
     *
     * @param subject the party
     * @return {@code true} if the rule holds; {@code false} if it does not or is unknown
     * @throws NullPointerException if {@code subject} is {@code null}
     * @throws CurrencyMismatchException if a money metric is compared with an amount in another currency than the
     *         subject's
     */
    default boolean test(RuleSubject subject) {
        return evaluate(subject) == Truth.TRUE;
    }

    /**
     * Evaluates the rule and tells how: the subject's value in every clause (every comparison and predicate, also
     * those the evaluation would skip) and each clause's truth. The text holds the subject's values in clear: show it
     * to the user who asked, do not log it.
     *
     * @param subject the party
     * @return the result and its account
     * @throws NullPointerException if {@code subject} is {@code null}
     * @throws CurrencyMismatchException if a money metric is compared with an amount in another currency than the
     *         subject's
     */
    default RuleExplanation explain(RuleSubject subject) {
        return Explainer.explain(this, subject);
    }

    /**
     * Checks that every amount compared with a money metric is in the given currency (or a bare number), so that
     * evaluating the rule for subjects of that currency cannot throw {@link CurrencyMismatchException}. Call it when
     * a rule is loaded; amounts compared with custom fields are not checked (a field of another currency is unknown).
     *
     * @param currency the currency of the subjects' money metrics
     * @return this rule
     * @throws NullPointerException if {@code currency} is {@code null}
     * @throws CurrencyMismatchException naming the first clause with another currency
     */
    default Rule validateFor(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        Explainer.forEachClause(this, clause -> {
            if (clause instanceof Comparison c && c.operand() instanceof Operand.MetricOperand m
                    && m.metric().isMoney()) {
                Evaluation.checkCurrency(c, currency);
            }
        });
        return this;
    }

    /**
     * Returns the conjunction of this rule and another; nested conjunctions are flattened.
     *
     * @param other the other rule
     * @return {@code this and other}
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws IllegalArgumentException if the result would nest deeper than {@value #MAX_DEPTH}
     */
    default Rule and(Rule other) {
        return new And(List.of(this, Objects.requireNonNull(other, "other")));
    }

    /**
     * Returns the disjunction of this rule and another; nested disjunctions are flattened.
     *
     * @param other the other rule
     * @return {@code this or other}
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws IllegalArgumentException if the result would nest deeper than {@value #MAX_DEPTH}
     */
    default Rule or(Rule other) {
        return new Or(List.of(this, Objects.requireNonNull(other, "other")));
    }

    /**
     * Returns the negation of this rule (unknown stays unknown).
     *
     * @return {@code not this}
     * @throws IllegalArgumentException if the result would nest deeper than {@value #MAX_DEPTH}
     */
    default Rule not() {
        return new Not(this);
    }

    /**
     * Returns the rule's clauses: its leaves (comparisons, presence tests, predicates), left to right, without the
     * {@code and}, {@code or} and {@code not} around them.
     *
     * @return the clauses; a single clause returns itself
     * @since 0.1
     */
    default List<Rule> clauses() {
        List<Rule> out = new java.util.ArrayList<>();
        Explainer.forEachClause(this, out::add);
        return List.copyOf(out);
    }

    /**
     * Returns how deep {@code and}, {@code or} and {@code not} nest in this rule.
     *
     * @return 0 for a single clause, 1 for {@code a and b}, 2 for {@code not (a and b)}, …
     */
    default int depth() {
        return Explainer.depth(this);
    }

    /**
     * Three-valued {@code and} / {@code or} of several rules, in order: the first rule that gives {@code decisive}
     * decides (the rest are not evaluated); else {@link Truth#UNKNOWN} if any rule was unknown; else {@code otherwise}.
     */
    private static Truth combine(List<Rule> rules, RuleSubject subject, Truth decisive, Truth otherwise) {
        Objects.requireNonNull(subject, "subject");
        Truth result = otherwise;
        for (int i = 0; i < rules.size(); i++) {
            Truth t = rules.get(i).evaluate(subject);
            if (t == decisive) {
                return t;
            }
            if (t == Truth.UNKNOWN) {
                result = t;
            }
        }
        return result;
    }

    /**
     * All of several rules: {@code a and b and c}. Operands that are themselves conjunctions are flattened into this
     * one, so {@code a and (b and c)} is {@code a and b and c}.
     *
     * @param rules two or more rules
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record And(List<Rule> rules) implements Rule {

        /**
         * Creates the conjunction, flattening nested ones.
         *
         * @param rules two or more rules
         * @throws NullPointerException if {@code rules} or a rule is {@code null}
         * @throws IllegalArgumentException if there are fewer than two rules or they nest too deep
         */
        public And {
            rules = Explainer.flatten(rules, true);
            Explainer.checkDepth(rules);
        }

        @Override
        public Truth evaluate(RuleSubject subject) {
            return combine(rules, subject, Truth.FALSE, Truth.TRUE);
        }

        /** @return the rule text, e.g. {@code "tag(\"a\") and (tag(\"b\") or tag(\"c\"))"} */
        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /**
     * Any of several rules: {@code a or b or c}. Operands that are themselves disjunctions are flattened into this
     * one.
     *
     * @param rules two or more rules
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Or(List<Rule> rules) implements Rule {

        /**
         * Creates the disjunction, flattening nested ones.
         *
         * @param rules two or more rules
         * @throws NullPointerException if {@code rules} or a rule is {@code null}
         * @throws IllegalArgumentException if there are fewer than two rules or they nest too deep
         */
        public Or {
            rules = Explainer.flatten(rules, false);
            Explainer.checkDepth(rules);
        }

        @Override
        public Truth evaluate(RuleSubject subject) {
            return combine(rules, subject, Truth.TRUE, Truth.FALSE);
        }

        /** @return the rule text, e.g. {@code "tag(\"a\") or tag(\"b\")"} */
        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /**
     * The negation of a rule: {@code not a}. The negation of an unknown rule is unknown.
     *
     * @param rule the negated rule
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Not(Rule rule) implements Rule {

        /**
         * Creates the negation.
         *
         * @param rule the negated rule
         * @throws NullPointerException if {@code rule} is {@code null}
         * @throws IllegalArgumentException if it would nest too deep
         */
        public Not {
            Objects.requireNonNull(rule, "rule");
            Explainer.checkDepth(List.of(rule));
        }

        @Override
        public Truth evaluate(RuleSubject subject) {
            return rule.evaluate(Objects.requireNonNull(subject, "subject")).not();
        }

        /** @return the rule text, e.g. {@code "not tag(\"a\")"} */
        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /**
     * A comparison of a metric, attribute or custom field with a literal: {@code revenue(365d) >= 50000 PLN},
     * {@code district = "Mokotów"}, {@code field("industry") in ["IT", "retail"]}. Unknown when the subject does not
     * know the value, or a custom field's value is of a kind the literal cannot be compared with.
     *
     * <ul>
     *   <li>Metrics take numbers; money metrics take a bare number (in the subject's currency) or an amount, whose
     *       currency must be the subject's ({@link CurrencyMismatchException} otherwise); {@code palive()} takes a
     *       number between 0 and 1; no {@code startsWith}.</li>
     *   <li>Attributes take texts with {@code =}, {@code !=}, {@code in} and {@code startsWith}.</li>
     *   <li>Custom fields take any literal; {@code <}, {@code <=}, {@code >}, {@code >=} only numbers, amounts and
     *       dates; {@code startsWith} only texts.</li>
     * </ul>
     *
     * <p>Texts compare ignoring case. A multi-valued custom field (a set or list of texts) is {@code =} (or
     * {@code in}, or {@code startsWith}) a text if any of its values is, and {@code !=} it if none is.
     *
     * @param operand what is compared
     * @param operator how
     * @param literal with what: a {@link Literal.ListOf} for {@link Operator#IN}, a scalar literal otherwise
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Comparison(Operand operand, Operator operator, Literal literal) implements Rule {

        /**
         * Creates the comparison, checking that operator and literal suit the operand.
         *
         * @param operand what is compared
         * @param operator how
         * @param literal with what
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the operator or literal does not suit the operand (e.g. a count
         *         compared with an amount of money, or {@code in} without a list)
         */
        public Comparison {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(literal, "literal");
            String clause = operand + " " + operator + " ";
            TypeCheck.operatorProblem(operand, operator).ifPresent(p -> {
                throw new IllegalArgumentException(clause + literal + ": expected " + p);
            });
            if ((operator == Operator.IN) != (literal instanceof Literal.ListOf)) {
                throw new IllegalArgumentException(clause + literal + ": expected "
                        + (operator == Operator.IN ? "a list such as [\"a\", \"b\"] after in" : "a single value"));
            }
            List<Literal> items = literal instanceof Literal.ListOf list ? list.items() : List.of(literal);
            for (Literal item : items) {
                TypeCheck.literalProblem(operand, operator, item).ifPresent(p -> {
                    throw new IllegalArgumentException(clause + literal + ": expected " + p);
                });
            }
        }

        @Override
        public Truth evaluate(RuleSubject subject) {
            return Evaluation.compare(this, Objects.requireNonNull(subject, "subject"));
        }

        /** @return the rule text, e.g. {@code "revenue(365d) >= 50000 PLN"} */
        @Override
        public String toString() {
            return operand + " " + operator + " " + literal;
        }
    }

    /**
     * Whether the subject knows a value: {@code field("industry") is empty}, {@code clv(12m) is not empty}. Never
     * unknown.
     *
     * @param operand the metric, attribute or custom field
     * @param present {@code true} for {@code is not empty}, {@code false} for {@code is empty}
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Presence(Operand operand, boolean present) implements Rule {

        /**
         * Creates the test.
         *
         * @param operand the metric, attribute or custom field
         * @param present {@code true} for {@code is not empty}, {@code false} for {@code is empty}
         * @throws NullPointerException if {@code operand} is {@code null}
         */
        public Presence {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public Truth evaluate(RuleSubject subject) {
            return Truth.of(Evaluation.isPresent(operand, Objects.requireNonNull(subject, "subject")) == present);
        }

        /** @return the rule text, e.g. {@code "field(\"industry\") is empty"} */
        @Override
        public String toString() {
            return operand + (present ? " is not empty" : " is empty");
        }
    }

    /**
     * The party has a tag: {@code tag("key-account")}. Tags compare in {@link Tag}'s normal form.
     *
     * @param tag the tag in normal form (trimmed, single spaces, lower case)
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record HasTag(String tag) implements Rule {

        /**
         * Creates the predicate, normalising the tag.
         *
         * @param tag the tag, e.g. {@code "Key Account"} (kept as {@code "key account"})
         * @throws NullPointerException if {@code tag} is {@code null}
         * @throws ValidationException if the tag is blank or longer than 60 characters
         */
        public HasTag {
            tag = Tag.of(Objects.requireNonNull(tag, "tag")).value();
        }

        @Override
        public Truth evaluate(RuleSubject subject) {
            return Truth.of(Objects.requireNonNull(subject, "subject").hasTag(tag));
        }

        /** @return e.g. {@code "tag(\"key-account\")"} */
        @Override
        public String toString() {
            return "tag(" + Syntax.quote(tag) + ")";
        }
    }

    /**
     * The party plays a role: {@code role("client")}. Role codes compare ignoring case.
     *
     * @param code the {@link RoleType} code, upper case
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record HasRole(String code) implements Rule {

        /**
         * Creates the predicate, upper-casing the code.
         *
         * @param code the role code, e.g. {@code "client"} (kept as {@code "CLIENT"})
         * @throws NullPointerException if {@code code} is {@code null}
         * @throws ValidationException if the code is not a valid {@link RoleType} code
         */
        public HasRole {
            code = RoleType.of(Objects.requireNonNull(code, "code")).code();
        }

        @Override
        public Truth evaluate(RuleSubject subject) {
            return Truth.of(Objects.requireNonNull(subject, "subject").hasRole(code));
        }

        /** @return e.g. {@code "role(\"client\")"}: the code in lower case */
        @Override
        public String toString() {
            return "role(" + Syntax.quote(code.toLowerCase(Locale.ROOT)) + ")";
        }
    }

    /**
     * The party has an interest: {@code interest("wędkarstwo")}. Interests compare ignoring case.
     *
     * @param interest the interest, trimmed; 1 to 100 characters
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record HasInterest(String interest) implements Rule {

        /**
         * Creates the predicate, trimming the interest.
         *
         * @param interest the interest
         * @throws NullPointerException if {@code interest} is {@code null}
         * @throws ValidationException if the interest is blank or longer than 100 characters once trimmed
         */
        public HasInterest {
            interest = Objects.requireNonNull(interest, "interest").strip();
            if (interest.isEmpty() || interest.length() > 100) {
                throw ValidationException.ofPublicValue("interest", interest, "1 to 100 characters, not blank");
            }
        }

        @Override
        public Truth evaluate(RuleSubject subject) {
            return Truth.of(Objects.requireNonNull(subject, "subject").hasInterest(interest));
        }

        /** @return e.g. {@code "interest(\"wędkarstwo\")"} */
        @Override
        public String toString() {
            return "interest(" + Syntax.quote(interest) + ")";
        }
    }

    /**
     * The party may be contacted on a channel for a purpose: {@code consent("sms", "marketing")}.
     *
     * @param channel the channel
     * @param purpose the purpose
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record MayContact(ConsentChannel channel, ConsentPurpose purpose) implements Rule {

        /**
         * Creates the predicate.
         *
         * @param channel the channel
         * @param purpose the purpose
         * @throws NullPointerException if an argument is {@code null}
         */
        public MayContact {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(purpose, "purpose");
        }

        @Override
        public Truth evaluate(RuleSubject subject) {
            return Truth.of(Objects.requireNonNull(subject, "subject").mayContact(channel, purpose));
        }

        /** @return e.g. {@code "consent(\"sms\", \"marketing\")"}: channel and purpose in lower case */
        @Override
        public String toString() {
            return "consent(" + Syntax.quote(channel.name().toLowerCase(Locale.ROOT)) + ", "
                    + Syntax.quote(purpose.code().toLowerCase(Locale.ROOT)) + ")";
        }
    }
}
