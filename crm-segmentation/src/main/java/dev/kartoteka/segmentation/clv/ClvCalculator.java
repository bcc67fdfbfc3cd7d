package dev.kartoteka.segmentation.clv;

import org.apiguardian.api.API;

/**
 * Customer lifetime value, from the simplest formulas to the probabilistic models. Every method states its time
 * unit through its arguments: rates and lifespans are per the same period as the discount rate.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ClvCalculator {

    private ClvCalculator() {
    }

    /**
     * Average order value × purchases per period × margin × expected lifespan in periods.
     *
     * @param averageOrderValue mean value of an order
     * @param purchasesPerPeriod how many orders a period
     * @param margin the margin as a fraction of the value, 0 to 1
     * @param lifespanPeriods expected periods the customer stays
     * @return the undiscounted CLV
     * @throws IllegalArgumentException if an argument is negative or the margin is above 1
     */
    public static double simple(double averageOrderValue, double purchasesPerPeriod, double margin,
                                double lifespanPeriods) {
        requireNonNegative(averageOrderValue, "averageOrderValue");
        requireNonNegative(purchasesPerPeriod, "purchasesPerPeriod");
        requireFraction(margin, "margin");
        requireNonNegative(lifespanPeriods, "lifespanPeriods");
        return averageOrderValue * purchasesPerPeriod * margin * lifespanPeriods;
    }

    /**
     * Retention-based CLV over a finite horizon: Σ<sub>t=0..n−1</sub> m·r<sup>t</sup>/(1+d)<sup>t</sup>, the margin
     * of the current period counted undiscounted.
     *
     * @param marginPerPeriod margin a retained customer brings in a period
     * @param retentionRate probability of staying another period, 0 to 1
     * @param discountRate discount rate per period, 0 or more
     * @param periods the horizon in periods
     * @return the CLV
     */
    public static double retention(double marginPerPeriod, double retentionRate, double discountRate, int periods) {
        requireNonNegative(marginPerPeriod, "marginPerPeriod");
        requireFraction(retentionRate, "retentionRate");
        requireNonNegative(discountRate, "discountRate");
        if (periods < 0) {
            throw new IllegalArgumentException("periods must be 0 or more, was " + periods);
        }
        double value = 0;
        double factor = 1;
        for (int t = 0; t < periods; t++) {
            value += marginPerPeriod * factor;
            factor *= retentionRate / (1 + discountRate);
        }
        return value;
    }

    /**
     * Retention-based CLV over an infinite horizon, the closed form m·r/(1+d−r) (margin from the next period on).
     *
     * @param marginPerPeriod margin a retained customer brings in a period
     * @param retentionRate probability of staying another period, 0 to 1
     * @param discountRate discount rate per period, 0 or more (with r = 1 it must be above 0)
     * @return the CLV
     */
    public static double retentionInfinite(double marginPerPeriod, double retentionRate, double discountRate) {
        requireNonNegative(marginPerPeriod, "marginPerPeriod");
        requireFraction(retentionRate, "retentionRate");
        requireNonNegative(discountRate, "discountRate");
        if (1 + discountRate - retentionRate <= 0) {
            throw new IllegalArgumentException("the series diverges: 1 + discountRate - retentionRate must be > 0");
        }
        return marginPerPeriod * retentionRate / (1 + discountRate - retentionRate);
    }

    /**
     * CLV from the BG/NBD purchase model and an expected value per transaction (e.g. the Gamma-Gamma conditional
     * spend): the expected transactions of each future period, discounted, times value and margin.
     *
     * @param model fitted BG/NBD parameters (time unit of the fit)
     * @param x the customer's repeat purchases
     * @param tx recency
     * @param age T
     * @param valuePerTransaction expected value of a transaction
     * @param margin margin as a fraction, 0 to 1
     * @param periods how many future periods
     * @param periodLength the length of a period in the model's time unit (e.g. 4.345 weeks for a month)
     * @param discountRate discount rate per period
     * @return the discounted expected margin over the horizon
     */
    public static double bgNbd(BgNbdParameters model, int x, double tx, double age, double valuePerTransaction,
                               double margin, int periods, double periodLength, double discountRate) {
        requireNonNegative(valuePerTransaction, "valuePerTransaction");
        requireFraction(margin, "margin");
        requireNonNegative(discountRate, "discountRate");
        if (periods < 0 || !(periodLength > 0)) {
            throw new IllegalArgumentException("periods must be >= 0 and periodLength > 0");
        }
        double value = 0;
        double previous = 0;
        for (int k = 1; k <= periods; k++) {
            double cumulative = model.conditionalExpectedPurchases(k * periodLength, x, tx, age);
            value += (cumulative - previous) / Math.pow(1 + discountRate, k);
            previous = cumulative;
        }
        return value * valuePerTransaction * margin;
    }

    private static void requireNonNegative(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number 0 or more, was " + v);
        }
    }

    private static void requireFraction(double v, String name) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + v);
        }
    }
}
