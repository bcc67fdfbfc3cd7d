package dev.kartoteka.segmentation.activity;

import dev.kartoteka.segmentation.rule.Operand;
import dev.kartoteka.segmentation.rule.Rule;
import dev.kartoteka.segmentation.rule.RuleExplanation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Assigns every party one of the six {@link ActivityType}s with an {@link Explanation}: the company's
 * {@link ActivityPolicy}, its VIP rule and, optionally, a fitted {@link CustomerValueModel}. Immutable and
 * thread-safe; assignments are pure functions of the metrics (and the party's facts for the VIP rule), so the result
 * does not depend on the order parties come in.
 *
 * <pre>{@code
 * ActivitySegmentation segmentation = ActivitySegmentation.builder()
 *         .policy(ActivityPolicy.builder().activityWindowDays(180).minimumOverdueDays(60).build())
 *         .vipRule(Rule.parse("revenue(365d) >= 50000 PLN and purchases(365d) >= 12 or tag(\"key-account\")"))
 *         .build();
 * ActivityAssignment a = segmentation.assign(metrics);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivitySegmentation {

    private final ActivityPolicy policy;
    private final Optional<CustomerValueModel> valueModel;
    private final Optional<Rule> vipRule;

    private ActivitySegmentation(Builder b) {
        this.policy = b.policy;
        this.valueModel = Optional.ofNullable(b.valueModel);
        this.vipRule = Optional.ofNullable(b.vipRule);
    }

    /** @return a builder with the default policy, no VIP rule and no value model */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the policy */
    public ActivityPolicy policy() {
        return policy;
    }

    /** @return the value model, if one was given */
    public Optional<CustomerValueModel> valueModel() {
        return valueModel;
    }

    /** @return the VIP rule, if one was given */
    public Optional<Rule> vipRule() {
        return vipRule;
    }

    /**
     * The trailing windows (in days, as of a day) that metrics must hold for this segmentation's VIP rule and for
     * other rules to be evaluated on the same metrics (e.g. a segment's). The policy itself needs none: it decides on
     * recency, which the whole history gives.
     *
     * @param asOf the evaluation day
     * @param more other rules the metrics will be shown to
     * @return the windows' lengths in days, ascending, without repeats
     */
    public int[] windowDays(LocalDate asOf, Rule... more) {
        Objects.requireNonNull(asOf, "asOf");
        TreeSet<Integer> days = new TreeSet<>();
        vipRule.ifPresent(r -> RuleWindows.of(r).forEach(w -> days.add(ActivitySubject.days(w, asOf))));
        for (Rule r : more) {
            RuleWindows.of(Objects.requireNonNull(r, "rule")).forEach(w -> days.add(ActivitySubject.days(w, asOf)));
        }
        return days.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Assigns one party its type from its metrics alone (a VIP rule then sees the metrics but no tags, roles or
     * other facts of the party).
     *
     * @param metrics the party's metrics
     * @return the assignment, as of the metrics' day
     */
    public ActivityAssignment assign(ActivityMetrics metrics) {
        Objects.requireNonNull(metrics, "metrics");
        return decide(metrics, vipRule.isEmpty() ? null : ActivitySubject.of(metrics, valueModel));
    }

    /**
     * Assigns one party its type from its metrics and facts (the VIP rule sees both).
     *
     * @param subject the party's metrics and facts (see {@link ActivitySubject#of(ActivityMetrics, Optional,
     *        dev.kartoteka.core.party.Party, ActivitySubject.ConsentCheck)})
     * @return the assignment, as of the metrics' day
     */
    public ActivityAssignment assign(ActivitySubject subject) {
        Objects.requireNonNull(subject, "subject");
        return decide(subject.metrics(), subject);
    }

    private ActivityAssignment decide(ActivityMetrics metrics, ActivitySubject subject) {
        ActivityPolicy.VipOutcome vip = ActivityPolicy.VipOutcome.NONE;
        if (vipRule.isPresent() && !metrics.vipFlag()) {
            Rule rule = vipRule.get();
            if (rule.test(subject)) {
                vip = new ActivityPolicy.VipOutcome(true, withoutPersonalData(rule.explain(subject)));
            }
        }
        return policy.decide(metrics, probabilityAlive(metrics), vip);
    }

    /**
     * Assigns every party of a stream, lazily and in the stream's order.
     *
     * @param metrics the parties' metrics
     * @return the assignments
     */
    public Stream<ActivityAssignment> assignAll(Stream<ActivityMetrics> metrics) {
        Objects.requireNonNull(metrics, "metrics");
        return metrics.map(this::assign);
    }

    /**
     * The rule's account with the party's figures (metrics) but without its other values — an address, a custom
     * field's content — which are personal data and would travel with the explanation into logs and reports.
     */
    static String withoutPersonalData(RuleExplanation explanation) {
        StringBuilder out = new StringBuilder(explanation.truth().toString());
        String separator = ": ";
        for (RuleExplanation.Clause c : explanation.clauses()) {
            boolean figure = c.rule() instanceof Rule.Comparison comparison
                    && comparison.operand() instanceof Operand.MetricOperand;
            out.append(separator).append(figure ? c.toString() : c.rule() + ": " + c.truth());
            separator = "; ";
        }
        return out.toString();
    }

    private OptionalDouble probabilityAlive(ActivityMetrics m) {
        if (valueModel.isEmpty() || policy.minimumProbabilityAlive().isEmpty() || !m.hasPurchased()) {
            return OptionalDouble.empty();
        }
        return valueModel.get().probabilityAlive(m);
    }

    @Override
    public String toString() {
        return "ActivitySegmentation[" + policy + vipRule.map(r -> ", VIP rule " + r).orElse("")
                + valueModel.map(m -> ", model " + m).orElse("") + "]";
    }

    /**
     * Builds an {@link ActivitySegmentation}; each setting may be set once ({@link IllegalStateException}).
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private ActivityPolicy policy = ActivityPolicy.defaults();
        private boolean policySet;
        private CustomerValueModel valueModel;
        private Rule vipRule;

        private Builder() {
        }

        /**
         * @param value the thresholds (default {@link ActivityPolicy#defaults()})
         * @return this builder
         */
        public Builder policy(ActivityPolicy value) {
            Objects.requireNonNull(value, "policy");
            if (policySet) {
                throw new IllegalStateException("policy was already set");
            }
            policySet = true;
            policy = value;
            return this;
        }

        /**
         * @param value a fitted model: P(alive) for the policy's minimum, CLV and expected purchases for rules
         * @return this builder
         */
        public Builder valueModel(CustomerValueModel value) {
            Objects.requireNonNull(value, "valueModel");
            if (valueModel != null) {
                throw new IllegalStateException("valueModel was already set");
            }
            valueModel = value;
            return this;
        }

        /**
         * @param rule the company's VIP criteria (a manual VIP flag still overrides)
         * @return this builder
         */
        public Builder vipRule(Rule rule) {
            Objects.requireNonNull(rule, "vipRule");
            if (vipRule != null) {
                throw new IllegalStateException("vipRule was already set");
            }
            vipRule = rule;
            return this;
        }

        /** @return the segmentation */
        public ActivitySegmentation build() {
            return new ActivitySegmentation(this);
        }
    }
}
