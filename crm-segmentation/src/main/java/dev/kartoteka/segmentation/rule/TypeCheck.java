package dev.kartoteka.segmentation.rule;

import dev.kartoteka.segmentation.rule.Operand.AttributeOperand;
import dev.kartoteka.segmentation.rule.Operand.MetricOperand;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Which operators and literals suit which operands; shared by the parser (which reports a problem at its position) and
 * the constructor of {@link Rule.Comparison} (which rejects it).
 */
final class TypeCheck {

    static final String NUMBER_OPERATORS = "a comparison operator for numbers (=, !=, <, <=, >, >=, in)";
    static final String TEXT_OPERATORS = "a comparison operator for text (=, !=, in, startsWith)";
    static final String TEXT = "a text in double quotes such as \"Mokotów\"";
    static final String ANY_VALUE = "a value (a number, an amount such as 50000 PLN, a text in double quotes, "
            + "true, false or date(\"2026-01-31\"))";
    static final String ORDERED_VALUE = "a number, an amount or a date(\"2026-01-31\")";
    static final String PROBABILITY = "a probability between 0 and 1 such as 0.8";

    private TypeCheck() {
    }

    /** What the operator should have been, if it does not suit the operand. */
    static Optional<String> operatorProblem(Operand operand, Operator operator) {
        if (operand instanceof MetricOperand && operator == Operator.STARTS_WITH) {
            return Optional.of(NUMBER_OPERATORS);
        }
        if (operand instanceof AttributeOperand && operator.isOrdering()) {
            return Optional.of(TEXT_OPERATORS);
        }
        return Optional.empty();
    }

    /** What a value compared with the operand by the operator looks like. */
    static String expectedValue(Operand operand, Operator operator) {
        if (operand instanceof MetricOperand m) {
            if (m.metric().isMoney()) {
                return "an amount such as 50000 or 50000 PLN";
            }
            return m.metric().isProbability() ? PROBABILITY : "a number such as 12";
        }
        if (operand instanceof AttributeOperand || operator == Operator.STARTS_WITH) {
            return TEXT;
        }
        return operator.isOrdering() ? ORDERED_VALUE : ANY_VALUE;
    }

    /**
     * What the value should have been, if a scalar literal (or one item of a list) does not suit the operand and
     * operator.
     */
    static Optional<String> literalProblem(Operand operand, Operator operator, Literal literal) {
        String expected = expectedValue(operand, operator);
        if (operand instanceof MetricOperand m) {
            if (!(literal instanceof Literal.Numeric n)) {
                return Optional.of(expected);
            }
            if (n.currency().isPresent() && !m.metric().isMoney()) {
                return Optional.of(currencyProblem(m));
            }
            if (m.metric().isProbability()
                    && (n.amount().signum() < 0 || n.amount().compareTo(BigDecimal.ONE) > 0)) {
                return Optional.of(PROBABILITY);
            }
            return Optional.empty();
        }
        if (operand instanceof AttributeOperand || operator == Operator.STARTS_WITH) {
            return literal instanceof Literal.Text ? Optional.empty() : Optional.of(expected);
        }
        if (operator.isOrdering()) {
            return literal instanceof Literal.Numeric || literal instanceof Literal.Date
                    ? Optional.empty() : Optional.of(expected);
        }
        return Optional.empty();
    }

    static String currencyProblem(MetricOperand m) {
        return "a number without a currency (" + m + " is not money)";
    }
}
