package dev.kartoteka.segmentation.clv;

import org.apiguardian.api.API;

/**
 * The purchase history of one customer — or of {@code weight} customers with the same history — as the
 * non-contractual CLV models see it: {@code frequency} repeat purchase days, the last of them {@code recency} after
 * the first purchase, observed for {@code age} since the first purchase, all in the summary's time unit.
 *
 * @param frequency x: repeat purchase days (purchase days after the first), 0 or more
 * @param recency t<sub>x</sub>: time from the first to the last purchase; 0 when x = 0
 * @param age T: time from the first purchase to the end of observation, at least {@code recency}
 * @param weight how many customers share this history (1 for one customer), more than 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RepeatPattern(int frequency, double recency, double age, double weight) {

    /**
     * Creates a pattern, checking it.
     *
     * @param frequency x
     * @param recency t<sub>x</sub>
     * @param age T
     * @param weight the number of customers
     * @throws IllegalArgumentException if the figures are not a possible history
     */
    public RepeatPattern {
        if (frequency < 0 || !(recency >= 0) || !(age >= recency) || !(weight > 0) || Double.isInfinite(age)
                || (frequency == 0 && recency != 0)) {
            throw new IllegalArgumentException("not a purchase history: x=" + frequency + ", t_x=" + recency + ", T="
                    + age + ", weight=" + weight + " (expected x >= 0, 0 <= t_x <= T, t_x = 0 when x = 0, weight > 0)");
        }
    }

    /**
     * One customer's history.
     *
     * @param frequency x
     * @param recency t<sub>x</sub>
     * @param age T
     * @return the pattern with weight 1
     */
    public static RepeatPattern of(int frequency, double recency, double age) {
        return new RepeatPattern(frequency, recency, age, 1);
    }
}
