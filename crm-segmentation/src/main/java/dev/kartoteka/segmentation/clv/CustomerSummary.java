package dev.kartoteka.segmentation.clv;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One customer's purchase summary for the CLV models, in the summary's time unit.
 *
 * @param customerId the customer's id as given
 * @param frequency x: purchase days after the first (same-day purchases merged)
 * @param recency t<sub>x</sub>: from the first to the last purchase day
 * @param age T: from the first purchase day to the end of the period
 * @param monetaryValue the mean value of the repeat purchase days (the first day excluded); 0 when x = 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CustomerSummary(String customerId, int frequency, double recency, double age, double monetaryValue) {

    /**
     * Creates the summary.
     *
     * @param customerId the id
     * @param frequency x
     * @param recency t<sub>x</sub>
     * @param age T
     * @param monetaryValue the mean repeat value
     */
    public CustomerSummary {
        Objects.requireNonNull(customerId, "customerId");
    }

    /** @return the (x, t<sub>x</sub>, T) pattern the purchase models take */
    public RepeatPattern pattern() {
        return RepeatPattern.of(frequency, recency, age);
    }
}
