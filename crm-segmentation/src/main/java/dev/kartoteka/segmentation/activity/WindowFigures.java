package dev.kartoteka.segmentation.activity;

import org.apiguardian.api.API;

/**
 * A party's purchases within one trailing window of days ending on the evaluation date (both ends inclusive: a window
 * of 365 days as of 2026-12-31 starts on 2026-01-01).
 *
 * @param days the window's length in days, &ge; 1
 * @param purchases orders placed or paid in the window
 * @param purchaseDays distinct days with purchases in the window
 * @param revenue the purchases' total in the metrics' currency
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WindowFigures(int days, long purchases, int purchaseDays, double revenue) {

    /**
     * Creates the figures, checking them.
     *
     * @param days window length
     * @param purchases purchases
     * @param purchaseDays purchase days
     * @param revenue revenue
     * @throws IllegalArgumentException if the window is not positive, a count is negative, there are more purchase
     *         days than purchases or days, or revenue is negative or not finite
     */
    public WindowFigures {
        if (days < 1) {
            throw new IllegalArgumentException("days: " + days + " is not a window length (expected >= 1)");
        }
        if (purchaseDays < 0 || purchases < purchaseDays || purchaseDays > days) {
            throw new IllegalArgumentException("purchases/purchaseDays: " + purchases + "/" + purchaseDays
                    + " in a window of " + days + " days (expected 0 <= purchaseDays <= purchases, purchaseDays <= days)");
        }
        if (!(revenue >= 0) || Double.isInfinite(revenue)) {
            throw new IllegalArgumentException("revenue: " + revenue + " (expected a finite amount >= 0)");
        }
    }

    /**
     * @param days the window's length
     * @return figures of a window without purchases
     */
    public static WindowFigures empty(int days) {
        return new WindowFigures(days, 0, 0, 0);
    }
}
