package dev.kartoteka.segmentation.activity;

import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.GammaGammaParameters;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A fitted model of a party's future: whether it is still "alive", how many purchases and how much revenue to
 * expect. Activity rules use {@link #probabilityAlive} (when the policy asks), VIP and segment rules
 * {@code palive()}, {@code expectedPurchases(h)} and {@code clv(h)}. Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface CustomerValueModel {

    /**
     * @param metrics the party's metrics
     * @return the probability that the party is still a customer, if the model covers it (e.g. it bought at all)
     */
    OptionalDouble probabilityAlive(ActivityMetrics metrics);

    /**
     * @param metrics the party's metrics
     * @param days the horizon in days
     * @return the expected number of purchase days within the horizon
     */
    OptionalDouble expectedPurchases(ActivityMetrics metrics, int days);

    /**
     * @param metrics the party's metrics
     * @param days the horizon in days
     * @return the expected revenue within the horizon (undiscounted) in the metrics' currency
     */
    OptionalDouble value(ActivityMetrics metrics, int days);

    /**
     * The BG/NBD purchase model with Gamma-Gamma spend, as fitted by {@link dev.kartoteka.segmentation.clv.BgNbdFit}
     * and {@link dev.kartoteka.segmentation.clv.GammaGammaFit} on summaries in {@code unit}. From the metrics it takes
     * x = purchase days − 1, t<sub>x</sub> = last − first purchase and T = as-of − first purchase, in that unit; the
     * spend per purchase day is the Gamma-Gamma conditional mean given the mean revenue of the repeat purchase days
     * (as {@link dev.kartoteka.segmentation.clv.TransactionLog} gives it to the fit). Parties that never bought are
     * not covered (empty). P(alive) of this model only falls as the evaluation day moves on without purchases, which
     * keeps the policy's "later day never wakes an inactive party" true; another model used with a P(alive) minimum
     * should have the same property.
     *
     * @param purchases the BG/NBD parameters
     * @param spend the Gamma-Gamma parameters (q &gt; 1)
     * @param unit the time unit the models were fitted in (days or weeks, typically)
     * @return the model
     * @throws IllegalArgumentException if q &le; 1 (the mean spend does not exist) or the unit has no fixed length
     */
    static CustomerValueModel bgNbd(BgNbdParameters purchases, GammaGammaParameters spend, ChronoUnit unit) {
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(unit, "unit");
        if (spend.q() <= 1) {
            throw new IllegalArgumentException("spend.q: " + spend.q() + " (expected > 1: the mean spend must exist)");
        }
        if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.HOURS) {
            throw new IllegalArgumentException("unit: " + unit + " (expected DAYS or WEEKS, the units of the fits;"
                    + " HOURS also works)");
        }
        double daysPerUnit = unit.getDuration().toSeconds() / 86_400.0;
        return new BgNbdValueModel(purchases, spend, daysPerUnit);
    }
}
