package dev.kartoteka.segmentation.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * The thresholds that divide parties into the six {@link ActivityType}s, and the fixed precedence they are applied
 * in. Immutable; build one with {@link #builder()} or take {@link #defaults()}.
 *
 * <h2>Precedence (the first rule that holds decides)</h2>
 * <ol>
 *   <li>{@code vip-flag} — the party is flagged VIP by hand: {@link ActivityType#VIP} (overrides everything);</li>
 *   <li>{@code vip-rule} — the company's VIP rule holds (see {@link ActivitySegmentation.Builder#vipRule}):
 *       {@link ActivityType#VIP};</li>
 *   <li>never bought: {@code potential} — a sign of interest (last interaction, else registration) within the
 *       {@linkplain Builder#interestWindowDays interest window}, or no date known at all:
 *       {@link ActivityType#POTENTIAL}; otherwise {@code inactive-no-purchase}: {@link ActivityType#INACTIVE};</li>
 *   <li>{@code inactive-recency} — no purchase within the {@linkplain Builder#activityWindowDays activity window}
 *       (the trailing window of that many days ending on the evaluation day, as {@link WindowFigures} count it: a
 *       purchase exactly 365 days ago lies outside a 365-day window);
 *       {@code inactive-overdue} — a repeat buyer silent for more than
 *       {@linkplain Builder#overdueFactor overdue factor} × its own mean interval between purchase days (and at least
 *       {@linkplain Builder#minimumOverdueDays minimum overdue days}); {@code inactive-p-alive} — when a
 *       {@link CustomerValueModel} is given and {@linkplain Builder#minimumProbabilityAlive a minimum} set, P(alive)
 *       below it: {@link ActivityType#INACTIVE};</li>
 *   <li>{@code one-time} — exactly one purchase day: {@link ActivityType#ONE_TIME};</li>
 *   <li>{@code trusted-partner-role} — holds a partner role (when {@linkplain Builder#partnerRoleIsTrusted enabled});
 *       {@code trusted-partner-tenure} — a relationship of at least
 *       {@linkplain Builder#trustedMinimumRelationshipDays minimum days} with at least
 *       {@linkplain Builder#trustedMinimumPurchaseDays minimum purchase days}: {@link ActivityType#TRUSTED_PARTNER};</li>
 *   <li>{@code active} — everyone else: a repeat buyer that bought within the activity window and on its rhythm:
 *       {@link ActivityType#ACTIVE}.</li>
 * </ol>
 * The rules cover every case, so every party gets exactly one type. Moving the evaluation day forward without new
 * purchases never turns an inactive party active: recency and the overdue ratio only grow, P(alive) of the
 * BG/NBD model only falls.
 *
 * <h2>Defaults and why</h2>
 * <ul>
 *   <li>activity window 365 days: a year covers seasonal and annual buying cycles (B2B budgets, holidays); "lapsed
 *       after twelve months without a purchase" is the common retail convention;</li>
 *   <li>overdue factor 3.0 with at least 90 days: a client buying monthly that has been silent for a quarter has
 *       left its rhythm long before a year passes; three usual intervals keep normal variation (a gap of twice the
 *       mean is common for Poisson-like buying) from waking false alarms;</li>
 *   <li>interest window 365 days: the same year for leads that have not bought yet;</li>
 *   <li>trusted partner: 1,095 days (three years) of relationship and 12 purchase days — a relationship that has
 *       lasted several budget cycles with repeated business; a partner role counts as trusted;</li>
 *   <li>no P(alive) minimum: it needs a fitted model; 0.3 is a reasonable choice with one.</li>
 * </ul>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityPolicy {

    private static final ActivityPolicy DEFAULTS = builder().build();

    private final int activityWindowDays;
    private final double overdueFactor;
    private final int minimumOverdueDays;
    private final int interestWindowDays;
    private final double minimumProbabilityAlive;
    private final int trustedMinimumRelationshipDays;
    private final int trustedMinimumPurchaseDays;
    private final boolean partnerRoleIsTrusted;
    private final String withinWindow;
    private final String outsideWindow;
    private final String onRhythm;

    private ActivityPolicy(Builder b) {
        this.activityWindowDays = b.activityWindowDays;
        this.overdueFactor = b.overdueFactor;
        this.minimumOverdueDays = b.minimumOverdueDays;
        this.interestWindowDays = b.interestWindowDays;
        this.minimumProbabilityAlive = b.minimumProbabilityAlive;
        this.trustedMinimumRelationshipDays = b.trustedMinimumRelationshipDays;
        this.trustedMinimumPurchaseDays = b.trustedMinimumPurchaseDays;
        this.partnerRoleIsTrusted = b.partnerRoleIsTrusted;
        this.withinWindow = "< " + activityWindowDays;
        this.outsideWindow = ">= " + activityWindowDays;
        this.onRhythm = "<= " + number(overdueFactor);
    }

    /** @return the documented defaults */
    public static ActivityPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the activity window in days */
    public int activityWindowDays() {
        return activityWindowDays;
    }

    /** @return the overdue factor */
    public double overdueFactor() {
        return overdueFactor;
    }

    /** @return the minimum silence in days before a repeat buyer counts as overdue */
    public int minimumOverdueDays() {
        return minimumOverdueDays;
    }

    /** @return the interest window in days for parties that never bought */
    public int interestWindowDays() {
        return interestWindowDays;
    }

    /** @return the minimum P(alive), if set */
    public OptionalDouble minimumProbabilityAlive() {
        return Double.isNaN(minimumProbabilityAlive) ? OptionalDouble.empty()
                : OptionalDouble.of(minimumProbabilityAlive);
    }

    /** @return the minimum relationship length of a trusted partner, in days */
    public int trustedMinimumRelationshipDays() {
        return trustedMinimumRelationshipDays;
    }

    /** @return the minimum purchase days of a trusted partner */
    public int trustedMinimumPurchaseDays() {
        return trustedMinimumPurchaseDays;
    }

    /** @return whether a partner role makes a buying party a trusted partner */
    public boolean partnerRoleIsTrusted() {
        return partnerRoleIsTrusted;
    }

    /**
     * Decides one party's type by the precedence above. {@code vip} is the outcome of the company's VIP rule
     * (empty when there is none or it does not hold), {@code probabilityAlive} the model's estimate (empty without a
     * model).
     */
    ActivityAssignment decide(ActivityMetrics m, OptionalDouble probabilityAlive, VipOutcome vip) {
        if (m.vipFlag()) {
            return of(m, ActivityType.VIP, "vip-flag", List.of(new Explanation.Check("VIP flag", "set", "")));
        }
        if (vip.holds()) {
            return of(m, ActivityType.VIP, "vip-rule", List.of(new Explanation.Check("VIP rule", vip.detail(), "")));
        }
        if (!m.hasPurchased()) {
            return noPurchase(m);
        }
        long recency = m.recencyDays().getAsLong();
        if (recency >= activityWindowDays) {
            return of(m, ActivityType.INACTIVE, "inactive-recency",
                    List.of(check("days since last purchase", recency, outsideWindow)));
        }
        OptionalDouble overdue = m.overdueRatio();
        if (overdue.isPresent() && overdue.getAsDouble() > overdueFactor && recency >= minimumOverdueDays) {
            return of(m, ActivityType.INACTIVE, "inactive-overdue", List.of(
                    check("days since last purchase", recency, ">= " + minimumOverdueDays),
                    check("mean days between purchase days", m.meanPurchaseIntervalDays().getAsDouble(), ""),
                    check("overdue ratio", overdue.getAsDouble(), "> " + number(overdueFactor))));
        }
        if (!Double.isNaN(minimumProbabilityAlive) && probabilityAlive.isPresent()
                && probabilityAlive.getAsDouble() < minimumProbabilityAlive) {
            return of(m, ActivityType.INACTIVE, "inactive-p-alive", List.of(
                    check("P(alive)", probabilityAlive.getAsDouble(), "< " + number(minimumProbabilityAlive))));
        }
        if (m.purchaseDays() == 1) {
            return of(m, ActivityType.ONE_TIME, "one-time", List.of(check("purchase days", 1, "= 1"),
                    check("days since last purchase", recency, withinWindow)));
        }
        if (partnerRoleIsTrusted && m.partner()) {
            return of(m, ActivityType.TRUSTED_PARTNER, "trusted-partner-role", List.of(
                    new Explanation.Check("partner role", "held", ""),
                    check("days since last purchase", recency, withinWindow)));
        }
        long relationship = m.relationshipDays().orElse(0);
        if (relationship >= trustedMinimumRelationshipDays && m.purchaseDays() >= trustedMinimumPurchaseDays) {
            return of(m, ActivityType.TRUSTED_PARTNER, "trusted-partner-tenure", List.of(
                    check("days of relationship", relationship, ">= " + trustedMinimumRelationshipDays),
                    check("purchase days", m.purchaseDays(), ">= " + trustedMinimumPurchaseDays)));
        }
        List<Explanation.Check> checks = new ArrayList<>(3);
        checks.add(check("purchase days", m.purchaseDays(), ">= 2"));
        checks.add(check("days since last purchase", recency, withinWindow));
        overdue.ifPresent(r -> checks.add(check("overdue ratio", r, onRhythm)));
        return of(m, ActivityType.ACTIVE, "active", checks);
    }

    private ActivityAssignment noPurchase(ActivityMetrics m) {
        OptionalLong sinceInteraction = m.daysSinceInteraction();
        String fact = "days since last interaction";
        OptionalLong since = sinceInteraction;
        if (since.isEmpty()) {
            fact = "days since registration";
            since = m.registeredOn().isPresent() ? m.relationshipDays() : OptionalLong.empty();
        }
        if (since.isEmpty()) {
            return of(m, ActivityType.POTENTIAL, "potential", List.of(check("purchase days", 0, "= 0"),
                    new Explanation.Check("last sign of interest", "unknown", "")));
        }
        long days = since.getAsLong();
        if (days >= interestWindowDays) {
            return of(m, ActivityType.INACTIVE, "inactive-no-purchase", List.of(check("purchase days", 0, "= 0"),
                    check(fact, days, ">= " + interestWindowDays)));
        }
        return of(m, ActivityType.POTENTIAL, "potential", List.of(check("purchase days", 0, "= 0"),
                check(fact, days, "< " + interestWindowDays)));
    }

    private static ActivityAssignment of(ActivityMetrics m, ActivityType type, String rule,
                                         List<Explanation.Check> checks) {
        return new ActivityAssignment(m.partyId(), m.asOf(), type, new Explanation(rule, checks));
    }

    private static Explanation.Check check(String fact, double value, String comparison) {
        return new Explanation.Check(fact, number(value), comparison);
    }

    /** Whole numbers as they are, others with two decimals (half-up), without the cost of a formatter. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Math.abs(value) >= 1e15 || Double.isNaN(value)) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        long cents = Math.round(Math.abs(value) * 100);
        long fraction = cents % 100;
        return (value < 0 ? "-" : "") + cents / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    @Override
    public String toString() {
        return "ActivityPolicy[activityWindowDays=" + activityWindowDays + ", overdueFactor=" + overdueFactor
                + ", minimumOverdueDays=" + minimumOverdueDays + ", interestWindowDays=" + interestWindowDays
                + ", minimumProbabilityAlive=" + minimumProbabilityAlive() + ", trustedMinimumRelationshipDays="
                + trustedMinimumRelationshipDays + ", trustedMinimumPurchaseDays=" + trustedMinimumPurchaseDays
                + ", partnerRoleIsTrusted=" + partnerRoleIsTrusted + "]";
    }

    /** The VIP rule's outcome for one party. */
    record VipOutcome(boolean holds, String detail) {
        static final VipOutcome NONE = new VipOutcome(false, "");
    }

    /**
     * Builds an {@link ActivityPolicy} from the defaults. Each setting is checked when set
     * ({@link IllegalArgumentException} for a bad value) and may be set once ({@link IllegalStateException}).
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private int activityWindowDays = 365;
        private double overdueFactor = 3.0;
        private int minimumOverdueDays = 90;
        private int interestWindowDays = 365;
        private double minimumProbabilityAlive = Double.NaN;
        private int trustedMinimumRelationshipDays = 1095;
        private int trustedMinimumPurchaseDays = 12;
        private boolean partnerRoleIsTrusted = true;
        private final java.util.Set<String> set = new java.util.HashSet<>();

        private Builder() {
        }

        /**
         * @param days a party whose last purchase lies outside the trailing window of this many days (it has not
         *        bought for at least this many days) is inactive (1 to 3,650)
         * @return this builder
         */
        public Builder activityWindowDays(int days) {
            once("activityWindowDays");
            activityWindowDays = range("activityWindowDays", days, 1, 3650);
            return this;
        }

        /**
         * @param factor a repeat buyer silent for more than this many of its mean intervals is inactive (1 to 100;
         *        {@code Double.POSITIVE_INFINITY} turns the rule off)
         * @return this builder
         */
        public Builder overdueFactor(double factor) {
            once("overdueFactor");
            if (!(factor >= 1 && (factor <= 100 || factor == Double.POSITIVE_INFINITY))) {
                throw new IllegalArgumentException("overdueFactor: " + factor + " (expected 1 to 100, or infinity)");
            }
            overdueFactor = factor;
            return this;
        }

        /**
         * @param days the overdue rule needs at least this many days of silence (0 to 3,650)
         * @return this builder
         */
        public Builder minimumOverdueDays(int days) {
            once("minimumOverdueDays");
            minimumOverdueDays = range("minimumOverdueDays", days, 0, 3650);
            return this;
        }

        /**
         * @param days a party that never bought is potential while its last interaction (else registration) lies
         *        within the trailing window of this many days, inactive after (1 to 3,650)
         * @return this builder
         */
        public Builder interestWindowDays(int days) {
            once("interestWindowDays");
            interestWindowDays = range("interestWindowDays", days, 1, 3650);
            return this;
        }

        /**
         * @param probability with a {@link CustomerValueModel}, a buyer whose P(alive) is below this is inactive
         *        (strictly between 0 and 1)
         * @return this builder
         */
        public Builder minimumProbabilityAlive(double probability) {
            once("minimumProbabilityAlive");
            if (!(probability > 0 && probability < 1)) {
                throw new IllegalArgumentException("minimumProbabilityAlive: " + probability
                        + " (expected a probability strictly between 0 and 1)");
            }
            minimumProbabilityAlive = probability;
            return this;
        }

        /**
         * @param days the minimum relationship length of a trusted partner (0 to 36,500)
         * @return this builder
         */
        public Builder trustedMinimumRelationshipDays(int days) {
            once("trustedMinimumRelationshipDays");
            trustedMinimumRelationshipDays = range("trustedMinimumRelationshipDays", days, 0, 36_500);
            return this;
        }

        /**
         * @param days the minimum purchase days of a trusted partner (2 to 100,000)
         * @return this builder
         */
        public Builder trustedMinimumPurchaseDays(int days) {
            once("trustedMinimumPurchaseDays");
            trustedMinimumPurchaseDays = range("trustedMinimumPurchaseDays", days, 2, 100_000);
            return this;
        }

        /**
         * @param value whether a partner role makes a buying party a trusted partner
         * @return this builder
         */
        public Builder partnerRoleIsTrusted(boolean value) {
            once("partnerRoleIsTrusted");
            partnerRoleIsTrusted = value;
            return this;
        }

        /**
         * @return the policy
         * @throws IllegalArgumentException if the minimum overdue days exceed the activity window
         */
        public ActivityPolicy build() {
            if (minimumOverdueDays > activityWindowDays) {
                throw new IllegalArgumentException("minimumOverdueDays: " + minimumOverdueDays
                        + " (expected at most activityWindowDays " + activityWindowDays + ")");
            }
            return new ActivityPolicy(this);
        }

        private void once(String name) {
            if (!set.add(name)) {
                throw new IllegalStateException(name + " was already set");
            }
        }

        private static int range(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + ": " + value + " (expected " + min + " to " + max + ")");
            }
            return value;
        }
    }
}
