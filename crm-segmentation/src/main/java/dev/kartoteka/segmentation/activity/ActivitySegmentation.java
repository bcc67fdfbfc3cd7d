package dev.kartoteka.segmentation.activity;

import java.util.Objects;
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

    private ActivitySegmentation(Builder b) {
        this.policy = b.policy;
        this.valueModel = Optional.ofNullable(b.valueModel);
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

    /**
     * Assigns one party its type from its metrics alone (a VIP rule then sees the metrics but no tags, roles or
     * other facts of the party).
     *
     * @param metrics the party's metrics
     * @return the assignment, as of the metrics' day
     */
    public ActivityAssignment assign(ActivityMetrics metrics) {
        Objects.requireNonNull(metrics, "metrics");
        return policy.decide(metrics, probabilityAlive(metrics), ActivityPolicy.VipOutcome.NONE);
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

    private OptionalDouble probabilityAlive(ActivityMetrics m) {
        if (valueModel.isEmpty() || policy.minimumProbabilityAlive().isEmpty() || !m.hasPurchased()) {
            return OptionalDouble.empty();
        }
        return valueModel.get().probabilityAlive(m);
    }

    @Override
    public String toString() {
        return "ActivitySegmentation[" + policy + valueModel.map(m -> ", model " + m).orElse("") + "]";
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

        /** @return the segmentation */
        public ActivitySegmentation build() {
            return new ActivitySegmentation(this);
        }
    }
}
