package dev.kartoteka.segmentation.activity;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Why a party got its activity type: the rule that decided and the values it compared, e.g.
 * {@code inactive-recency: days since last purchase = 412 > 365}. Explanations carry figures and dates, never
 * personal data.
 *
 * @param rule the deciding rule's name (see {@link ActivityPolicy} for the list)
 * @param checks the comparisons the rule made, in order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Explanation(String rule, List<Check> checks) {

    /**
     * Creates the explanation.
     *
     * @param rule the rule
     * @param checks the comparisons (copied)
     */
    public Explanation {
        Objects.requireNonNull(rule, "rule");
        checks = List.copyOf(checks);
    }

    /**
     * One comparison a rule made.
     *
     * @param fact what was compared, e.g. {@code "days since last purchase"}
     * @param value the party's value, formatted, or {@code "unknown"}
     * @param comparison the comparison with the threshold, e.g. {@code "> 365"}
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Check(String fact, String value, String comparison) {

        /**
         * Creates the check.
         *
         * @param fact the fact
         * @param value the value
         * @param comparison the comparison
         */
        public Check {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(comparison, "comparison");
        }

        @Override
        public String toString() {
            return comparison.isEmpty() ? fact + " = " + value : fact + " = " + value + " " + comparison;
        }
    }

    /** @return {@code rule: check; check; …} */
    @Override
    public String toString() {
        return checks.isEmpty() ? rule : rule + ": " + checks.stream().map(Check::toString)
                .collect(Collectors.joining("; "));
    }
}
