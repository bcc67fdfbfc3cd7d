package dev.kartoteka.segmentation.activity;

import dev.kartoteka.segmentation.rule.Operand;
import dev.kartoteka.segmentation.rule.Rule;
import dev.kartoteka.segmentation.rule.Window;
import java.util.LinkedHashSet;
import java.util.Set;

/** The trailing windows a rule's metrics use (horizons of model metrics are not windows of past purchases). */
final class RuleWindows {

    private RuleWindows() {
    }

    static Set<Window> of(Rule rule) {
        Set<Window> out = new LinkedHashSet<>();
        collect(rule, out);
        return out;
    }

    private static void collect(Rule rule, Set<Window> out) {
        if (rule instanceof Rule.And and) {
            and.rules().forEach(r -> collect(r, out));
        } else if (rule instanceof Rule.Or or) {
            or.rules().forEach(r -> collect(r, out));
        } else if (rule instanceof Rule.Not not) {
            collect(not.rule(), out);
        } else if (rule instanceof Rule.Comparison c) {
            add(c.operand(), out);
        } else if (rule instanceof Rule.Presence p) {
            add(p.operand(), out);
        }
    }

    private static void add(Operand operand, Set<Window> out) {
        if (operand instanceof Operand.MetricOperand m && m.window().isPresent()
                && m.metric().windowUse() == dev.kartoteka.segmentation.rule.Metric.WindowUse.OPTIONAL) {
            out.add(m.window().get());
        }
    }
}
