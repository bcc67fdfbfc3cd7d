package dev.kartoteka.segmentation.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * How a rule came out for one subject: its truth and, for every clause left to right, the subject's value and the
 * clause's truth. {@link #details()} reads like
 * {@code revenue(365d) = 62000.00 PLN >= 50000 PLN: true; purchases(365d) = 14 >= 12: true; clv(12m) = unknown >=
 * 20000 PLN: unknown; tag("key-account"): false}. It holds the subject's values in clear: show it, do not log it.
 *
 * @param truth the rule's truth
 * @param clauses every clause of the rule, in the order they are written
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleExplanation(Truth truth, List<Clause> clauses) {

    /**
     * Creates the explanation.
     *
     * @param truth the rule's truth
     * @param clauses every clause of the rule
     * @throws NullPointerException if an argument or a clause is {@code null}
     */
    public RuleExplanation {
        Objects.requireNonNull(truth, "truth");
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
    }

    /**
     * Tells whether the rule holds, as {@link Rule#test(RuleSubject)} does.
     *
     * @return {@code true} if the truth is {@link Truth#TRUE}
     */
    public boolean result() {
        return truth == Truth.TRUE;
    }

    /**
     * Returns the account of every clause, separated by {@code "; "}.
     *
     * @return e.g. {@code revenue(365d) = 62000.00 PLN >= 50000 PLN: true; purchases(365d) = 14 >= 12: true}
     */
    public String details() {
        return clauses.stream().map(Clause::toString).collect(Collectors.joining("; "));
    }

    /**
     * Returns the truth and the details.
     *
     * @return e.g. {@code true: revenue(365d) = 62000.00 PLN >= 50000 PLN: true; purchases(365d) = 14 >= 12: true}
     */
    @Override
    public String toString() {
        return truth + ": " + details();
    }

    /**
     * One clause of a rule (a {@link Rule.Comparison}, {@link Rule.Presence} or predicate) with the subject's value
     * and the clause's truth.
     *
     * @param rule the clause
     * @param value the subject's value as rule text (e.g. {@code 62000.00 PLN}, {@code "Mokotów"}), {@code unknown}
     *        when the subject does not know it (followed by {@code (not comparable)} when a custom field holds a value
     *        of another kind); empty for predicates
     * @param truth the clause's truth
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Clause(Rule rule, Optional<String> value, Truth truth) {

        /**
         * Creates the account of a clause.
         *
         * @param rule the clause
         * @param value the subject's value, or empty
         * @param truth the clause's truth
         * @throws NullPointerException if an argument is {@code null}
         */
        public Clause {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(truth, "truth");
        }

        /**
         * Returns the clause with the value after the operand, and its truth.
         *
         * @return e.g. {@code revenue(365d) = 62000.00 PLN >= 50000 PLN: true} or {@code tag("vip"): false}
         */
        @Override
        public String toString() {
            if (value.isPresent() && rule instanceof Rule.Comparison c) {
                return c.operand() + " = " + value.get() + " " + c.operator() + " " + c.literal() + ": " + truth;
            }
            if (value.isPresent() && rule instanceof Rule.Presence p) {
                return p.operand() + " = " + value.get() + (p.present() ? " is not empty" : " is empty") + ": "
                        + truth;
            }
            return rule + ": " + truth;
        }
    }
}
