package dev.kartoteka.segmentation.activity;

import dev.kartoteka.segmentation.rule.Metric;
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
        for (Rule clause : rule.clauses()) {
            Operand operand = clause instanceof Rule.Comparison c ? c.operand()
                    : clause instanceof Rule.Presence p ? p.operand() : null;
            if (operand instanceof Operand.MetricOperand m && m.window().isPresent()
                    && m.metric().windowUse() == Metric.WindowUse.OPTIONAL) {
                out.add(m.window().get());
            }
        }
        return out;
    }
}
