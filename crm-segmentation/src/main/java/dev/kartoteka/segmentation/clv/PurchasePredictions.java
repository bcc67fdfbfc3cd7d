package dev.kartoteka.segmentation.clv;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Predictions of a purchase model for a list of customers, in the list's order: each customer's probability of being
 * alive at the end of observation and expected number of purchases in the next {@link #horizon()}. Immutable.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PurchasePredictions {

    private final double horizon;
    private final double[] probabilityAlive;
    private final double[] expectedPurchases;

    PurchasePredictions(double horizon, double[] probabilityAlive, double[] expectedPurchases) {
        this.horizon = horizon;
        this.probabilityAlive = probabilityAlive;
        this.expectedPurchases = expectedPurchases;
    }

    /** @return the length of the future period the expected purchases are for, in the model's time unit */
    public double horizon() {
        return horizon;
    }

    /** @return the number of customers */
    public int size() {
        return probabilityAlive.length;
    }

    /**
     * @param customer the customer's position in the list the predictions were made for
     * @return P(alive | x, t<sub>x</sub>, T)
     * @throws IndexOutOfBoundsException if there is no such position
     */
    public double probabilityAlive(int customer) {
        return probabilityAlive[customer];
    }

    /**
     * @param customer the customer's position in the list the predictions were made for
     * @return E[Y(horizon) | x, t<sub>x</sub>, T]
     * @throws IndexOutOfBoundsException if there is no such position
     */
    public double expectedPurchases(int customer) {
        return expectedPurchases[customer];
    }

    /** @return a copy of every customer's P(alive), in list order */
    public double[] probabilitiesAlive() {
        return probabilityAlive.clone();
    }

    /** @return a copy of every customer's expected purchases, in list order */
    public double[] expectedPurchases() {
        return expectedPurchases.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PurchasePredictions p && Double.compare(p.horizon, horizon) == 0
                && Arrays.equals(p.probabilityAlive, probabilityAlive)
                && Arrays.equals(p.expectedPurchases, expectedPurchases);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(horizon) + Arrays.hashCode(probabilityAlive))
                + Arrays.hashCode(expectedPurchases);
    }

    @Override
    public String toString() {
        return "PurchasePredictions[" + size() + " customers, horizon " + horizon + "]";
    }
}
