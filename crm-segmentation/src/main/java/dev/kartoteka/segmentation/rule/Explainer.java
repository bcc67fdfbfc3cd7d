package dev.kartoteka.segmentation.rule;

import dev.kartoteka.segmentation.rule.Operand.AttributeOperand;
import dev.kartoteka.segmentation.rule.Operand.MetricOperand;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/** Walks rule trees: flattening and depth on construction, clauses for validation, explanations. */
final class Explainer {

    private Explainer() {
    }

    /** Copies the operands of an and (or an or), flattening operands of the same connective into it. */
    static List<Rule> flatten(List<Rule> rules, boolean and) {
        Objects.requireNonNull(rules, "rules");
        List<Rule> flat = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            Objects.requireNonNull(r, "rule");
            if (and && r instanceof Rule.And a) {
                flat.addAll(a.rules());
            } else if (!and && r instanceof Rule.Or o) {
                flat.addAll(o.rules());
            } else {
                flat.add(r);
            }
        }
        if (flat.size() < 2) {
            throw new IllegalArgumentException((and ? "and" : "or") + " needs at least two rules, was " + flat.size());
        }
        return List.copyOf(flat);
    }

    /** Rejects operands that would make their parent nest deeper than {@link Rule#MAX_DEPTH}. */
    static void checkDepth(List<Rule> operands) {
        for (Rule r : operands) {
            if (depth(r) + 1 > Rule.MAX_DEPTH) {
                throw new IllegalArgumentException("rules may nest at most " + Rule.MAX_DEPTH + " deep");
            }
        }
    }

    static int depth(Rule rule) {
        if (rule instanceof Rule.And a) {
            return 1 + maxDepth(a.rules());
        }
        if (rule instanceof Rule.Or o) {
            return 1 + maxDepth(o.rules());
        }
        if (rule instanceof Rule.Not n) {
            return 1 + depth(n.rule());
        }
        return 0;
    }

    private static int maxDepth(List<Rule> rules) {
        int max = 0;
        for (Rule r : rules) {
            max = Math.max(max, depth(r));
        }
        return max;
    }

    /** Calls {@code action} for every clause (the leaves: comparisons, presence tests, predicates), left to right. */
    static void forEachClause(Rule rule, Consumer<Rule> action) {
        if (rule instanceof Rule.And a) {
            a.rules().forEach(r -> forEachClause(r, action));
        } else if (rule instanceof Rule.Or o) {
            o.rules().forEach(r -> forEachClause(r, action));
        } else if (rule instanceof Rule.Not n) {
            forEachClause(n.rule(), action);
        } else {
            action.accept(rule);
        }
    }

    static RuleExplanation explain(Rule rule, RuleSubject subject) {
        Objects.requireNonNull(subject, "subject");
        List<RuleExplanation.Clause> clauses = new ArrayList<>();
        forEachClause(rule, clause -> clauses.add(explainClause(clause, subject)));
        return new RuleExplanation(rule.evaluate(subject), clauses);
    }

    private static RuleExplanation.Clause explainClause(Rule clause, RuleSubject subject) {
        Truth truth = clause.evaluate(subject);
        if (clause instanceof Rule.Comparison c) {
            String value = value(c.operand(), subject);
            if (truth == Truth.UNKNOWN && c.operand() instanceof Operand.FieldOperand f) {
                Optional<Object> v = subject.customField(f.key());
                if (v.isPresent() && !Evaluation.comparable(v.get(), c.literal(), subject.currency())) {
                    value += " (not comparable)";
                }
            }
            return new RuleExplanation.Clause(clause, Optional.of(value), truth);
        }
        if (clause instanceof Rule.Presence p) {
            return new RuleExplanation.Clause(clause, Optional.of(value(p.operand(), subject)), truth);
        }
        return new RuleExplanation.Clause(clause, Optional.empty(), truth);
    }

    private static String value(Operand operand, RuleSubject subject) {
        if (operand instanceof MetricOperand m) {
            OptionalDouble v = subject.metric(m.metric(), m.window());
            return v.isEmpty() || Double.isNaN(v.getAsDouble()) ? "unknown"
                    : Syntax.metricValue(v.getAsDouble(), m.metric().isMoney(), subject.currency());
        }
        if (operand instanceof AttributeOperand a) {
            return subject.attribute(a.attribute()).map(Syntax::quote).orElse("unknown");
        }
        return subject.customField(((Operand.FieldOperand) operand).key()).map(Syntax::fieldValue).orElse("unknown");
    }
}
