package dev.kartoteka.segmentation.clv;

import org.apiguardian.api.API;

/**
 * The history of one customer — or of {@code weight} customers with the same history — in discrete time, as the
 * BG/BB model sees it: out of {@code opportunities} discrete transaction opportunities after the first transaction
 * (years, campaigns, events…), the customer transacted at {@code frequency} of them, the last at opportunity
 * {@code recency}.
 *
 * @param frequency x: opportunities with a transaction, 0 to {@code opportunities}
 * @param recency t<sub>x</sub>: the opportunity (1 to n) of the last transaction; 0 when x = 0
 * @param opportunities n: the opportunities observed, 0 or more
 * @param weight how many customers share this history (1 for one customer), more than 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DiscretePattern(int frequency, int recency, int opportunities, double weight) {

    /**
     * Creates a pattern, checking it.
     *
     * @param frequency x
     * @param recency t<sub>x</sub>
     * @param opportunities n
     * @param weight the number of customers
     * @throws IllegalArgumentException if the figures are not a possible history (x &le; t<sub>x</sub> &le; n,
     *     t<sub>x</sub> = 0 exactly when x = 0) or the weight is not a positive finite number
     */
    public DiscretePattern {
        check(frequency, recency, opportunities);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the weight of a discrete history must be positive and finite, was "
                    + weight);
        }
    }

    /**
     * One customer's history.
     *
     * @param frequency x
     * @param recency t<sub>x</sub>
     * @param opportunities n
     * @return the pattern with weight 1
     * @throws IllegalArgumentException if the figures are not a possible history
     */
    public static DiscretePattern of(int frequency, int recency, int opportunities) {
        return new DiscretePattern(frequency, recency, opportunities, 1);
    }

    /** Rejects (x, t<sub>x</sub>, n) that no customer can have. */
    static void check(int x, int tx, int n) {
        if (x < 0 || n < 0 || tx > n || x > tx || (x == 0) != (tx == 0)) {
            throw new IllegalArgumentException("not a discrete-time history: x=" + x + ", t_x=" + tx + ", n=" + n
                    + " (expected 0 <= x <= t_x <= n, t_x = 0 exactly when x = 0)");
        }
    }
}
