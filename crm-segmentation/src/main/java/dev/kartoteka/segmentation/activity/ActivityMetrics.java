package dev.kartoteka.segmentation.activity;

import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * One party's activity as of a day, from its compact purchase and interaction summaries: what the six activity
 * types, VIP rules and RFM are decided on. Immutable; amounts are {@code double}s in one currency (analytics, not
 * book-keeping).
 *
 * <p>Built with {@link #builder(PartyId, LocalDate, Currency)}; a party that never bought has no first/last purchase,
 * zero counts and revenue. Everything "since" is counted in whole days up to {@link #asOf()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityMetrics {

    private static final long NONE = Long.MIN_VALUE;

    private final PartyId partyId;
    private final LocalDate asOf;
    private final Currency currency;
    private final long firstPurchase;
    private final long lastPurchase;
    private final int purchaseDays;
    private final long purchases;
    private final double revenue;
    private final double firstDayRevenue;
    private final WindowFigures[] windows;
    private final long firstInteraction;
    private final long lastInteraction;
    private final long interactions;
    private final long registeredOn;
    private final boolean partner;
    private final boolean vipFlag;

    private ActivityMetrics(Builder b) {
        this.partyId = b.partyId;
        this.asOf = b.asOf;
        this.currency = b.currency;
        this.firstPurchase = b.firstPurchase;
        this.lastPurchase = b.lastPurchase;
        this.purchaseDays = b.purchaseDays;
        this.purchases = b.purchases;
        this.revenue = b.revenue;
        this.firstDayRevenue = b.firstDayRevenue;
        this.windows = b.windows.clone();
        if (windows.length > 1) {
            Arrays.sort(this.windows, (x, y) -> Integer.compare(x.days(), y.days()));
        }
        this.firstInteraction = b.firstInteraction;
        this.lastInteraction = b.lastInteraction;
        this.interactions = b.interactions;
        this.registeredOn = b.registeredOn;
        this.partner = b.partner;
        this.vipFlag = b.vipFlag;
    }

    /**
     * Starts the metrics of one party.
     *
     * @param partyId the party
     * @param asOf the day they are evaluated on (inclusive)
     * @param currency the currency of the amounts
     * @return a builder
     */
    public static Builder builder(PartyId partyId, LocalDate asOf, Currency currency) {
        return new Builder(partyId, asOf, currency);
    }

    /** @return the party */
    public PartyId partyId() {
        return partyId;
    }

    /** @return the day the metrics hold on */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the currency of revenue and averages */
    public Currency currency() {
        return currency;
    }

    /** @return whether the party has bought at least once */
    public boolean hasPurchased() {
        return purchaseDays > 0;
    }

    /** @return the day of the first purchase, if any */
    public Optional<LocalDate> firstPurchase() {
        return day(firstPurchase);
    }

    /** @return the day of the last purchase, if any */
    public Optional<LocalDate> lastPurchase() {
        return day(lastPurchase);
    }

    /** @return distinct days with purchases (0 if none) */
    public int purchaseDays() {
        return purchaseDays;
    }

    /** @return purchases (orders) ever (0 if none) */
    public long purchases() {
        return purchases;
    }

    /** @return the total of all purchases up to {@link #asOf()} */
    public double revenue() {
        return revenue;
    }

    /**
     * The mean revenue of a repeat purchase day, (revenue − first day's revenue) / (purchase days − 1): the spend
     * Gamma-Gamma models, which leaves the first purchase out.
     *
     * @return the mean, if the party bought on at least two days and the first day's revenue is known
     */
    public OptionalDouble meanRepeatRevenue() {
        if (purchaseDays < 2 || Double.isNaN(firstDayRevenue)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, revenue - firstDayRevenue) / (purchaseDays - 1));
    }

    /** @return revenue / purchases, if there was a purchase */
    public OptionalDouble averageOrderValue() {
        return purchases == 0 ? OptionalDouble.empty() : OptionalDouble.of(revenue / purchases);
    }

    /** @return days from the last purchase to {@link #asOf()} (0 = bought on that day), if any */
    public OptionalLong recencyDays() {
        return since(lastPurchase);
    }

    /** @return days from the first purchase to {@link #asOf()}, if any */
    public OptionalLong tenureDays() {
        return since(firstPurchase);
    }

    /**
     * The party's usual rhythm: the mean number of days between its distinct purchase days, (last − first) /
     * (purchase days − 1).
     *
     * @return the mean interval, if the party bought on at least two days
     */
    public OptionalDouble meanPurchaseIntervalDays() {
        if (purchaseDays < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (lastPurchase - firstPurchase) / (purchaseDays - 1));
    }

    /**
     * How overdue the next purchase is by the party's own rhythm: days since the last purchase divided by the mean
     * interval between purchase days. Around 1 or below, the party buys as regularly as it used to; 3 means it has
     * been silent three usual intervals.
     *
     * @return the ratio, if the party bought on at least two days
     */
    public OptionalDouble overdueRatio() {
        OptionalDouble interval = meanPurchaseIntervalDays();
        if (interval.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((asOf.toEpochDay() - lastPurchase) / Math.max(1.0, interval.getAsDouble()));
    }

    /**
     * The purchases in a trailing window, if the metrics were built with that window.
     *
     * @param days the window's length
     * @return the figures
     */
    public Optional<WindowFigures> window(int days) {
        for (WindowFigures w : windows) {
            if (w.days() == days) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** @return every window the metrics hold, shortest first */
    public List<WindowFigures> windows() {
        return List.of(windows);
    }

    /** @return the day of the last interaction (call, e-mail, meeting…) on or before {@link #asOf()}, if any */
    public Optional<LocalDate> lastInteraction() {
        return day(lastInteraction);
    }

    /** @return the day of the first interaction, if any */
    public Optional<LocalDate> firstInteraction() {
        return day(firstInteraction);
    }

    /** @return interactions up to {@link #asOf()} */
    public long interactions() {
        return interactions;
    }

    /** @return days since the last interaction, if any */
    public OptionalLong daysSinceInteraction() {
        return since(lastInteraction);
    }

    /** @return the day the party came into the registry (or its relationship began), if known */
    public Optional<LocalDate> registeredOn() {
        return day(registeredOn);
    }

    /**
     * The length of the whole relationship: days since the earliest of registration, first interaction and first
     * purchase.
     *
     * @return the days, if any of those is known
     */
    public OptionalLong relationshipDays() {
        long start = NONE;
        for (long d : new long[] {registeredOn, firstInteraction, firstPurchase}) {
            if (d != NONE && (start == NONE || d < start)) {
                start = d;
            }
        }
        return since(start);
    }

    /** @return whether the party holds a partner role on {@link #asOf()} */
    public boolean partner() {
        return partner;
    }

    /** @return whether the party is flagged VIP by hand (the flag overrides every rule) */
    public boolean vipFlag() {
        return vipFlag;
    }

    long lastPurchaseEpochDay() {
        return lastPurchase;
    }

    long firstPurchaseEpochDay() {
        return firstPurchase;
    }

    private Optional<LocalDate> day(long epochDay) {
        return epochDay == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
    }

    private OptionalLong since(long epochDay) {
        return epochDay == NONE ? OptionalLong.empty() : OptionalLong.of(asOf.toEpochDay() - epochDay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityMetrics m && partyId.equals(m.partyId) && asOf.equals(m.asOf)
                && currency.equals(m.currency) && firstPurchase == m.firstPurchase && lastPurchase == m.lastPurchase
                && purchaseDays == m.purchaseDays && purchases == m.purchases
                && Double.compare(revenue, m.revenue) == 0 && Double.compare(firstDayRevenue, m.firstDayRevenue) == 0
                && Arrays.equals(windows, m.windows)
                && firstInteraction == m.firstInteraction && lastInteraction == m.lastInteraction
                && interactions == m.interactions && registeredOn == m.registeredOn && partner == m.partner
                && vipFlag == m.vipFlag;
    }

    @Override
    public int hashCode() {
        return Objects.hash(partyId, asOf, purchaseDays, purchases, revenue, lastPurchase);
    }

    /** @return the figures, without personal data (the party appears by id only) */
    @Override
    public String toString() {
        return "ActivityMetrics[" + partyId + " as of " + asOf + ": " + purchaseDays + " purchase days, " + purchases
                + " purchases, revenue " + revenue + " " + currency + ", last purchase " + lastPurchase().map(
                LocalDate::toString).orElse("none") + ", windows " + List.of(windows) + ", interactions "
                + interactions + "]";
    }

    /**
     * Builds {@link ActivityMetrics}. Not thread-safe.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private final PartyId partyId;
        private final LocalDate asOf;
        private final Currency currency;
        private long firstPurchase = NONE;
        private long lastPurchase = NONE;
        private int purchaseDays;
        private long purchases;
        private double revenue;
        private double firstDayRevenue = Double.NaN;
        private WindowFigures[] windows = new WindowFigures[0];
        private long firstInteraction = NONE;
        private long lastInteraction = NONE;
        private long interactions;
        private long registeredOn = NONE;
        private boolean partner;
        private boolean vipFlag;

        private Builder(PartyId partyId, LocalDate asOf, Currency currency) {
            this.partyId = Objects.requireNonNull(partyId, "partyId");
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        /**
         * Sets the whole purchase history up to the evaluation day.
         *
         * @param first the first purchase day
         * @param last the last purchase day, not after the evaluation day
         * @param distinctDays distinct purchase days, &ge; 1 (1 exactly when first equals last)
         * @param count purchases, &ge; distinctDays
         * @param total their total, finite and &ge; 0
         * @return this builder
         * @throws IllegalArgumentException if the figures contradict each other or lie after the evaluation day
         */
        public Builder purchases(LocalDate first, LocalDate last, int distinctDays, long count, double total) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first) || last.isAfter(asOf)) {
                throw new IllegalArgumentException("purchases of " + partyId + ": first " + first + ", last " + last
                        + " (expected first <= last <= asOf " + asOf + ")");
            }
            long span = ChronoUnit.DAYS.between(first, last) + 1;
            if (distinctDays < 1 || distinctDays > span || count < distinctDays || (distinctDays == 1) != first.equals(last)) {
                throw new IllegalArgumentException("purchases of " + partyId + ": " + distinctDays + " purchase days, "
                        + count + " purchases between " + first + " and " + last
                        + " (expected 1 <= purchase days <= purchases, one day exactly when first = last)");
            }
            if (!(total >= 0) || Double.isInfinite(total)) {
                throw new IllegalArgumentException("revenue of " + partyId + ": " + total
                        + " (expected a finite amount >= 0)");
            }
            this.firstPurchase = first.toEpochDay();
            this.lastPurchase = last.toEpochDay();
            this.purchaseDays = distinctDays;
            this.purchases = count;
            this.revenue = total;
            this.firstDayRevenue = distinctDays == 1 ? total : Double.NaN;
            return this;
        }

        /**
         * Sets the revenue of the first purchase day (for the mean repeat spend; {@link #purchases(PurchaseSummary)}
         * sets it).
         *
         * @param value the first day's revenue, between 0 and the whole revenue (set the purchases first)
         * @return this builder
         * @throws IllegalArgumentException if the value is negative, not finite or above the revenue
         */
        public Builder firstDayRevenue(double value) {
            if (!(value >= 0) || Double.isInfinite(value) || value > revenue + 1e-9) {
                throw new IllegalArgumentException("firstDayRevenue of " + partyId + ": " + value
                        + " (expected a finite amount between 0 and the revenue " + revenue + ")");
            }
            this.firstDayRevenue = value;
            return this;
        }

        /**
         * Sets the whole purchase history from crm-core's summary (as of the evaluation day).
         *
         * @param summary the summary of this party in this currency
         * @return this builder
         * @throws IllegalArgumentException if the summary is another party's, in another currency, or after the
         *         evaluation day
         */
        public Builder purchases(PurchaseSummary summary) {
            check(summary);
            return purchases(summary.firstPurchase(), summary.lastPurchase(), summary.purchaseDays(),
                    summary.purchases(), summary.total().doubleValue())
                    .firstDayRevenue(summary.firstDayTotal().doubleValue());
        }

        /**
         * Adds the figures of one trailing window (replacing an earlier window of the same length).
         *
         * @param figures the window
         * @return this builder
         */
        public Builder window(WindowFigures figures) {
            Objects.requireNonNull(figures, "figures");
            for (int i = 0; i < windows.length; i++) {
                if (windows[i].days() == figures.days()) {
                    windows[i] = figures;
                    return this;
                }
            }
            windows = Arrays.copyOf(windows, windows.length + 1);
            windows[windows.length - 1] = figures;
            return this;
        }

        /**
         * Adds a trailing window from crm-core's windowed summary, or an empty window when the party has none.
         *
         * @param days the window's length
         * @param summary the summary of the purchases in the window, if any
         * @return this builder
         */
        public Builder window(int days, Optional<PurchaseSummary> summary) {
            Objects.requireNonNull(summary, "summary");
            if (summary.isEmpty()) {
                return window(WindowFigures.empty(days));
            }
            PurchaseSummary s = summary.get();
            check(s);
            if (ChronoUnit.DAYS.between(s.firstPurchase(), asOf) >= days) {
                throw new IllegalArgumentException("window of " + days + " days as of " + asOf + " for " + partyId
                        + ": the summary starts on " + s.firstPurchase() + ", outside the window");
            }
            return window(new WindowFigures(days, s.purchases(), s.purchaseDays(), s.total().doubleValue()));
        }

        /**
         * Sets the interactions up to the evaluation day.
         *
         * @param first the day of the first
         * @param last the day of the last, not after the evaluation day
         * @param count how many, &ge; 1
         * @return this builder
         * @throws IllegalArgumentException if the figures contradict each other
         */
        public Builder interactions(LocalDate first, LocalDate last, long count) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first) || last.isAfter(asOf) || count < 1) {
                throw new IllegalArgumentException("interactions of " + partyId + ": " + count + " between " + first
                        + " and " + last + " (expected >= 1, first <= last <= asOf " + asOf + ")");
            }
            this.firstInteraction = first.toEpochDay();
            this.lastInteraction = last.toEpochDay();
            this.interactions = count;
            return this;
        }

        /**
         * Sets when the party came into the registry or its relationship began.
         *
         * @param day the day (a day after the evaluation day is treated as the evaluation day)
         * @return this builder
         */
        public Builder registeredOn(LocalDate day) {
            Objects.requireNonNull(day, "day");
            this.registeredOn = Math.min(day.toEpochDay(), asOf.toEpochDay());
            return this;
        }

        /**
         * @param value whether the party holds a partner role on the evaluation day
         * @return this builder
         */
        public Builder partner(boolean value) {
            this.partner = value;
            return this;
        }

        /**
         * @param value whether the party is flagged VIP by hand
         * @return this builder
         */
        public Builder vipFlag(boolean value) {
            this.vipFlag = value;
            return this;
        }

        /**
         * @return the metrics
         * @throws IllegalArgumentException if a window holds more purchase days than the whole history
         */
        public ActivityMetrics build() {
            for (WindowFigures w : windows) {
                if (w.purchaseDays() > purchaseDays || w.purchases() > purchases) {
                    throw new IllegalArgumentException("window of " + w.days() + " days for " + partyId + ": "
                            + w.purchaseDays() + " purchase days, more than the " + purchaseDays + " of the whole history");
                }
            }
            return new ActivityMetrics(this);
        }

        private void check(PurchaseSummary summary) {
            Objects.requireNonNull(summary, "summary");
            if (!summary.partyId().equals(partyId) || !summary.currency().equals(currency)) {
                throw new IllegalArgumentException("summary of " + summary.partyId() + " in " + summary.currency()
                        + " given for " + partyId + " in " + currency);
            }
        }
    }
}
