package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.money.Money;
import dev.kartoteka.segmentation.rule.Operand.AttributeOperand;
import dev.kartoteka.segmentation.rule.Operand.FieldOperand;
import dev.kartoteka.segmentation.rule.Operand.MetricOperand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The semantics of comparisons and presence tests. Allocation-free on the paths a subject's values take: lookups,
 * {@code double} and {@code BigDecimal} comparisons, case-insensitive text matching with {@code regionMatches}.
 */
final class Evaluation {

    private Evaluation() {
    }

    static Truth compare(Rule.Comparison c, RuleSubject subject) {
        Operand operand = c.operand();
        if (operand instanceof MetricOperand m) {
            if (m.metric().isMoney()) {
                checkCurrency(c, subject.currency());
            }
            OptionalDouble value = subject.metric(m.metric(), m.window());
            if (value.isEmpty() || Double.isNaN(value.getAsDouble())) {
                return Truth.UNKNOWN;
            }
            return number(value.getAsDouble(), c.operator(), c.literal());
        }
        if (operand instanceof AttributeOperand a) {
            Optional<String> value = subject.attribute(a.attribute());
            return value.isEmpty() ? Truth.UNKNOWN : text(value.get(), c.operator(), c.literal());
        }
        Optional<Object> value = subject.customField(((FieldOperand) operand).key());
        return value.isEmpty() ? Truth.UNKNOWN : field(value.get(), c.operator(), c.literal(), subject.currency());
    }

    static boolean isPresent(Operand operand, RuleSubject subject) {
        if (operand instanceof MetricOperand m) {
            OptionalDouble value = subject.metric(m.metric(), m.window());
            return value.isPresent() && !Double.isNaN(value.getAsDouble());
        }
        if (operand instanceof AttributeOperand a) {
            return subject.attribute(a.attribute()).isPresent();
        }
        return subject.customField(((FieldOperand) operand).key()).isPresent();
    }

    /** Throws if a money literal of a money-metric comparison is in another currency than the subject's. */
    static void checkCurrency(Rule.Comparison c, Currency subjectCurrency) {
        Literal literal = c.literal();
        if (literal instanceof Literal.Numeric n) {
            checkCurrency(c, n, subjectCurrency);
        } else if (literal instanceof Literal.ListOf list) {
            List<Literal> items = list.items();
            for (int i = 0; i < items.size(); i++) {
                checkCurrency(c, (Literal.Numeric) items.get(i), subjectCurrency);
            }
        }
    }

    private static void checkCurrency(Rule.Comparison c, Literal.Numeric n, Currency subjectCurrency) {
        Optional<Currency> currency = n.currency();
        if (currency.isPresent() && !currency.get().equals(subjectCurrency)) {
            throw new CurrencyMismatchException(c.toString(), currency.get(), subjectCurrency);
        }
    }

    private static Truth number(double value, Operator operator, Literal literal) {
        if (operator == Operator.IN) {
            List<Literal> items = ((Literal.ListOf) literal).items();
            for (int i = 0; i < items.size(); i++) {
                if (value == ((Literal.Numeric) items.get(i)).doubleValue()) {
                    return Truth.TRUE;
                }
            }
            return Truth.FALSE;
        }
        double bound = ((Literal.Numeric) literal).doubleValue();
        int comparison = value < bound ? -1 : value > bound ? 1 : 0;
        return Truth.of(operator.holds(comparison));
    }

    private static Truth text(String value, Operator operator, Literal literal) {
        return switch (operator) {
            case EQUAL -> Truth.of(value.equalsIgnoreCase(((Literal.Text) literal).value()));
            case NOT_EQUAL -> Truth.of(!value.equalsIgnoreCase(((Literal.Text) literal).value()));
            case STARTS_WITH -> Truth.of(startsWith(value, ((Literal.Text) literal).value()));
            case IN -> Truth.of(textIn(value, ((Literal.ListOf) literal).items()));
            default -> throw new IllegalStateException("text compared with " + operator);
        };
    }

    private static boolean startsWith(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static boolean textIn(String value, List<Literal> items) {
        for (int i = 0; i < items.size(); i++) {
            if (value.equalsIgnoreCase(((Literal.Text) items.get(i)).value())) {
                return true;
            }
        }
        return false;
    }

    /** The kind of literal a comparison compares with: the literal, or a list's first item. */
    private static Literal scalar(Literal literal) {
        return literal instanceof Literal.ListOf list ? list.items().get(0) : literal;
    }

    private static Truth field(Object value, Operator operator, Literal literal, Currency subjectCurrency) {
        Literal kind = scalar(literal);
        if (kind instanceof Literal.Text) {
            if (value instanceof String s) {
                return text(s, operator, literal);
            }
            if (value instanceof Collection<?> values) {
                return anyText(values, operator, literal);
            }
            return Truth.UNKNOWN;
        }
        if (operator == Operator.IN) {
            List<Literal> items = ((Literal.ListOf) literal).items();
            Truth result = Truth.FALSE;
            for (int i = 0; i < items.size(); i++) {
                Truth t = scalarField(value, Operator.EQUAL, items.get(i), subjectCurrency);
                if (t == Truth.TRUE) {
                    return t;
                }
                if (t == Truth.UNKNOWN) {
                    result = t;
                }
            }
            return result;
        }
        return scalarField(value, operator, literal, subjectCurrency);
    }

    private static Truth anyText(Collection<?> values, Operator operator, Literal literal) {
        Operator positive = operator == Operator.NOT_EQUAL ? Operator.EQUAL : operator;
        boolean any = false;
        for (Object item : values) {
            if (item instanceof String s && text(s, positive, literal) == Truth.TRUE) {
                any = true;
                break;
            }
        }
        return Truth.of(operator == Operator.NOT_EQUAL ? !any : any);
    }

    private static Truth scalarField(Object value, Operator operator, Literal literal, Currency subjectCurrency) {
        if (literal instanceof Literal.Numeric n) {
            return numericField(value, operator, n, subjectCurrency);
        }
        if (literal instanceof Literal.Bool b) {
            return value instanceof Boolean v ? Truth.of(operator.holds(v == b.value() ? 0 : 1)) : Truth.UNKNOWN;
        }
        if (literal instanceof Literal.Date d) {
            return value instanceof LocalDate v ? Truth.of(operator.holds(v.compareTo(d.value()))) : Truth.UNKNOWN;
        }
        return Truth.UNKNOWN;
    }

    /** 2^53: every whole number below it is exact as a double. */
    private static final double EXACT = 9_007_199_254_740_992.0;

    private static Truth numericField(Object value, Operator operator, Literal.Numeric n, Currency subjectCurrency) {
        if (value instanceof Money money) {
            Currency wanted = n.currency().isPresent() ? n.currency().get() : subjectCurrency;
            if (!money.currency().equals(wanted)) {
                return Truth.UNKNOWN;
            }
            return Truth.of(operator.holds(money.amount().compareTo(n.amount())));
        }
        if (n.currency().isPresent()) {
            return Truth.UNKNOWN;
        }
        if (value instanceof BigDecimal d) {
            return Truth.of(operator.holds(d.compareTo(n.amount())));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            // whole numbers exactly, as the registry's range criteria compare them: through double only where both
            // sides are exact there (below 2^53), otherwise as decimals (allocates, for huge values only)
            long v = ((Number) value).longValue();
            double bound = n.doubleValue();
            if (Math.abs(v) < EXACT && Math.abs(bound) < EXACT) {
                return Truth.of(operator.holds(v < bound ? -1 : v > bound ? 1 : 0));
            }
            return Truth.of(operator.holds(BigDecimal.valueOf(v).compareTo(n.amount())));
        }
        if (value instanceof Number number) {
            double v = number.doubleValue();
            if (Double.isNaN(v)) {
                return Truth.UNKNOWN;
            }
            double bound = n.doubleValue();
            return Truth.of(operator.holds(v < bound ? -1 : v > bound ? 1 : 0));
        }
        return Truth.UNKNOWN;
    }

    /** Tells whether a known field value is of a kind the comparison can compare at all, for explanations. */
    static boolean comparable(Object value, Literal literal, Currency subjectCurrency) {
        Literal kind = scalar(literal);
        if (kind instanceof Literal.Text) {
            return value instanceof String || value instanceof Collection<?>;
        }
        if (kind instanceof Literal.Bool) {
            return value instanceof Boolean;
        }
        if (kind instanceof Literal.Date) {
            return value instanceof LocalDate;
        }
        Literal.Numeric n = (Literal.Numeric) kind;
        if (value instanceof Money money) {
            return money.currency().equals(n.currency().orElse(subjectCurrency));
        }
        return n.currency().isEmpty() && value instanceof Number number && !Double.isNaN(number.doubleValue());
    }
}
