package dev.kartoteka.segmentation.activity;

import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.GammaGammaParameters;
import java.util.OptionalDouble;

/** BG/NBD + Gamma-Gamma behind {@link CustomerValueModel#bgNbd}. */
final class BgNbdValueModel implements CustomerValueModel {

    private final BgNbdParameters purchases;
    private final GammaGammaParameters spend;
    private final double daysPerUnit;

    BgNbdValueModel(BgNbdParameters purchases, GammaGammaParameters spend, double daysPerUnit) {
        this.purchases = purchases;
        this.spend = spend;
        this.daysPerUnit = daysPerUnit;
    }

    @Override
    public OptionalDouble probabilityAlive(ActivityMetrics m) {
        if (!m.hasPurchased()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(purchases.probabilityAlive(x(m), tx(m), age(m)));
    }

    @Override
    public OptionalDouble expectedPurchases(ActivityMetrics m, int days) {
        if (!m.hasPurchased()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(purchases.conditionalExpectedPurchases(days / daysPerUnit, x(m), tx(m), age(m)));
    }

    @Override
    public OptionalDouble value(ActivityMetrics m, int days) {
        OptionalDouble count = expectedPurchases(m, days);
        if (count.isEmpty()) {
            return count;
        }
        // Gamma-Gamma's mean is that of the repeat purchase days, as the fit saw it (TransactionLog); without the
        // first day's revenue the mean of all purchase days stands in
        double mean = m.meanRepeatRevenue().orElse(m.revenue() / m.purchaseDays());
        double perPurchase = spend.conditionalExpectedSpend(x(m), mean);
        return OptionalDouble.of(count.getAsDouble() * perPurchase);
    }

    private static int x(ActivityMetrics m) {
        return m.purchaseDays() - 1;
    }

    private double tx(ActivityMetrics m) {
        return (m.lastPurchaseEpochDay() - m.firstPurchaseEpochDay()) / daysPerUnit;
    }

    private double age(ActivityMetrics m) {
        return (m.asOf().toEpochDay() - m.firstPurchaseEpochDay()) / daysPerUnit;
    }

    @Override
    public String toString() {
        return "BG/NBD " + purchases + " + Gamma-Gamma " + spend + " (" + daysPerUnit + " days per unit)";
    }
}
