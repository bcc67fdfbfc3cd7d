package dev.kartoteka.segmentation.rule;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A numeric fact about a party that a rule can compare: its name in the rule language, whether it is money (in the
 * {@linkplain RuleSubject#currency() subject's currency}) and whether it takes a {@link Window}.
 *
 * <table>
 *   <caption>The metrics</caption>
 *   <tr><th>text</th><th>meaning</th><th>window</th><th>kind</th></tr>
 *   <tr><td>{@code revenue(365d)}</td><td>revenue in the window (all time without one)</td><td>optional</td><td>money</td></tr>
 *   <tr><td>{@code purchases(365d)}</td><td>orders in the window</td><td>optional</td><td>count</td></tr>
 *   <tr><td>{@code purchaseDays(365d)}</td><td>days with a purchase in the window</td><td>optional</td><td>count</td></tr>
 *   <tr><td>{@code aov(365d)}</td><td>average order value in the window</td><td>optional</td><td>money</td></tr>
 *   <tr><td>{@code recency()}</td><td>days since the last purchase</td><td>none</td><td>days</td></tr>
 *   <tr><td>{@code tenure()}</td><td>days since the first purchase</td><td>none</td><td>days</td></tr>
 *   <tr><td>{@code sinceInteraction()}</td><td>days since the last interaction</td><td>none</td><td>days</td></tr>
 *   <tr><td>{@code clv(12m)}</td><td>customer lifetime value over the horizon</td><td>required</td><td>money</td></tr>
 *   <tr><td>{@code palive()}</td><td>probability that the customer is still active</td><td>none</td><td>0..1</td></tr>
 *   <tr><td>{@code expectedPurchases(12m)}</td><td>purchases expected over the horizon</td><td>required</td><td>count</td></tr>
 *   <tr><td>{@code age()}</td><td>age in whole years, from the birth date</td><td>none</td><td>years</td></tr>
 * </table>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Metric {

    /** Revenue in the window, or over all time without one; money. */
    REVENUE("revenue", true, WindowUse.OPTIONAL),
    /** Number of orders in the window, or over all time without one. */
    PURCHASES("purchases", false, WindowUse.OPTIONAL),
    /** Number of days with at least one purchase in the window, or over all time without one. */
    PURCHASE_DAYS("purchaseDays", false, WindowUse.OPTIONAL),
    /** Average order value in the window, or over all time without one; money. */
    AVERAGE_ORDER_VALUE("aov", true, WindowUse.OPTIONAL),
    /** Days since the last purchase. */
    RECENCY("recency", false, WindowUse.NONE),
    /** Days since the first purchase. */
    TENURE("tenure", false, WindowUse.NONE),
    /** Days since the last interaction of any kind. */
    DAYS_SINCE_INTERACTION("sinceInteraction", false, WindowUse.NONE),
    /** Customer lifetime value over a horizon (required); money. */
    CLV("clv", true, WindowUse.REQUIRED),
    /** Probability, between 0 and 1, that the customer is still active. */
    P_ALIVE("palive", false, WindowUse.NONE),
    /** Number of purchases expected over a horizon (required). */
    EXPECTED_PURCHASES("expectedPurchases", false, WindowUse.REQUIRED),
    /** Age in whole years, from the birth date. */
    AGE("age", false, WindowUse.NONE);

    /** Whether a metric takes a window (for past facts) or a horizon (for predictions). */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum WindowUse {
        /** The metric takes no window: {@code recency()}. */
        NONE,
        /** The window is optional; without one the metric covers all time: {@code revenue()}, {@code revenue(365d)}. */
        OPTIONAL,
        /** The metric needs a horizon: {@code clv(12m)}. */
        REQUIRED
    }

    private final String text;
    private final boolean money;
    private final WindowUse windowUse;

    Metric(String text, boolean money, WindowUse windowUse) {
        this.text = text;
        this.money = money;
        this.windowUse = windowUse;
    }

    /**
     * Returns the metric's name in the rule language.
     *
     * @return e.g. {@code "purchaseDays"}
     */
    public String text() {
        return text;
    }

    /**
     * Tells whether the metric is an amount of money, in the subject's currency.
     *
     * @return {@code true} for {@link #REVENUE}, {@link #AVERAGE_ORDER_VALUE} and {@link #CLV}
     */
    public boolean isMoney() {
        return money;
    }

    /**
     * Tells whether the metric is a probability, between 0 and 1.
     *
     * @return {@code true} for {@link #P_ALIVE}
     */
    public boolean isProbability() {
        return this == P_ALIVE;
    }

    /**
     * Tells whether the metric takes a window.
     *
     * @return none, optional or required
     */
    public WindowUse windowUse() {
        return windowUse;
    }

    /**
     * Tells whether a window (or its absence) suits this metric.
     *
     * @param window the window, or empty
     * @return {@code false} for a window on a metric that takes none and for a missing horizon
     * @throws NullPointerException if {@code window} is {@code null}
     */
    public boolean accepts(Optional<Window> window) {
        Objects.requireNonNull(window, "window");
        return switch (windowUse) {
            case NONE -> window.isEmpty();
            case OPTIONAL -> true;
            case REQUIRED -> window.isPresent();
        };
    }

    /**
     * Finds a metric by its name in the rule language, ignoring case.
     *
     * @param text e.g. {@code "revenue"} or {@code "PurchaseDays"}
     * @return the metric, or empty if there is none of that name
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static Optional<Metric> byText(String text) {
        Objects.requireNonNull(text, "text");
        for (Metric m : values()) {
            if (m.text.equalsIgnoreCase(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
