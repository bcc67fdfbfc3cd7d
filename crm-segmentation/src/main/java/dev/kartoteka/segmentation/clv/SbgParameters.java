package dev.kartoteka.segmentation.clv;

import org.apiguardian.api.API;
import org.hipparchus.special.Beta;

/**
 * The two parameters of the shifted-beta-geometric (sBG) model of contractual retention (Fader &amp; Hardie 2007,
 * "How to project customer retention", Journal of Interactive Marketing 21(1)): at the end of each period a customer
 * cancels with probability θ, θ ~ Beta(α, β) across customers. Periods are the contract's renewal periods (months,
 * years, …), the unit of the survival curve the model was fitted on; period 1 is the first period after acquisition.
 *
 * @param alpha first shape of the churn-probability distribution, &gt; 0
 * @param beta second shape of the churn-probability distribution, &gt; 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SbgParameters(double alpha, double beta) {

    /**
     * Creates the parameters, checking them.
     *
     * @param alpha α
     * @param beta β
     * @throws IllegalArgumentException if a parameter is not a positive finite number
     */
    public SbgParameters {
        if (!(alpha > 0) || Double.isInfinite(alpha) || !(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("sBG parameters must be positive and finite: alpha=" + alpha
                    + ", beta=" + beta);
        }
    }

    /**
     * The probability that a newly acquired customer is still a customer after t periods, i.e. has renewed t times
     * (Fader &amp; Hardie 2007): S(t) = B(α, β+t)/B(α, β).
     *
     * @param t the period, 0 or more
     * @return S(t); S(0) = 1
     * @throws IllegalArgumentException if t &lt; 0
     */
    public double survival(int t) {
        requirePeriod(t, 0);
        return Math.exp(Beta.logBeta(alpha, beta + t) - Beta.logBeta(alpha, beta));
    }

    /**
     * The retention rate of period t: the share of the customers alive in period t−1 who are still customers in
     * period t (Fader &amp; Hardie 2007): r<sub>t</sub> = S(t)/S(t−1) = (β+t−1)/(α+β+t−1). It increases with t
     * (heterogeneity: the likeliest cancellers leave first).
     *
     * @param t the period, 1 or more
     * @return r<sub>t</sub>
     * @throws IllegalArgumentException if t &lt; 1
     */
    public double retentionRate(int t) {
        requirePeriod(t, 1);
        return (beta + t - 1) / (alpha + beta + t - 1);
    }

    /**
     * The probability that a newly acquired customer churns in period t, i.e. that their lifetime is exactly t
     * periods (Fader &amp; Hardie 2007): P(T = t) = B(α+1, β+t−1)/B(α, β) = S(t−1) − S(t). This is unconditional;
     * the share of period t−1's survivors who churn in period t is 1 − {@link #retentionRate(int)}.
     *
     * @param t the period, 1 or more
     * @return P(T = t)
     * @throws IllegalArgumentException if t &lt; 1
     */
    public double churnProbability(int t) {
        requirePeriod(t, 1);
        return Math.exp(logChurnProbability(t));
    }

    /**
     * The discounted expected lifetime of a customer just acquired, in periods: the expected number of periods
     * they pay for, the first (now) undiscounted and period t's discounted by (1+d)<sup>−(t−1)</sup> (Fader &amp;
     * Hardie 2010, "Customer-base valuation in a contractual setting: the perils of ignoring heterogeneity",
     * Marketing Science 29(1)): DEL = Σ<sub>t≥0</sub> S(t)/(1+d)<sup>t</sup> = <sub>2</sub>F<sub>1</sub>(1, β;
     * α+β; 1/(1+d)). Multiplied by the margin per period it is the expected CLV of a new customer.
     *
     * @param discountRate d, the discount rate per period, &gt; 0
     * @return DEL(d)
     * @throws IllegalArgumentException if d is not a positive finite number
     * @throws ArithmeticException if d is so small (below about 10<sup>−4</sup>) that the series does not converge
     *     in 100,000 terms; for α &le; 1 the lifetime is infinite as d approaches 0
     */
    public double discountedExpectedLifetime(double discountRate) {
        requireDiscountRate(discountRate);
        return Hypergeometric.f21(1, beta, alpha + beta, 1 / (1 + discountRate));
    }

    /**
     * The discounted expected residual lifetime of a customer who has renewed n−1 times (is in period n), evaluated
     * at the end of period n just before the next renewal, in periods (Fader &amp; Hardie 2010, "Customer-base
     * valuation in a contractual setting: the perils of ignoring heterogeneity", Marketing Science 29(1)):
     * DERL(d | n−1 renewals) = (β+n−1)/(α+β+n−1) · <sub>2</sub>F<sub>1</sub>(1, β+n; α+β+n; 1/(1+d)) =
     * Σ<sub>t≥n</sub> S(t)/S(n−1) · (1+d)<sup>−(t−n)</sup>: the coming renewal's payment is counted undiscounted,
     * each later one discounted by one more period. Multiplied by the margin per period it is the customer's
     * expected residual value.
     *
     * @param discountRate d, the discount rate per period, &gt; 0
     * @param renewals n−1, the renewals the customer has made so far, 0 or more
     * @return DERL(d | n−1 renewals)
     * @throws IllegalArgumentException if d is not a positive finite number or renewals &lt; 0
     * @throws ArithmeticException if d is so small (below about 10<sup>−4</sup>) that the series does not converge
     *     in 100,000 terms
     */
    public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
        requireDiscountRate(discountRate);
        if (renewals < 0) {
            throw new IllegalArgumentException("renewals must be 0 or more, was " + renewals);
        }
        double n = renewals + 1.0;
        return (beta + n - 1) / (alpha + beta + n - 1)
                * Hypergeometric.f21(1, beta + n, alpha + beta + n, 1 / (1 + discountRate));
    }

    /** ln P(T = t) = ln B(α+1, β+t−1) − ln B(α, β). */
    double logChurnProbability(int t) {
        return Beta.logBeta(alpha + 1, beta + t - 1) - Beta.logBeta(alpha, beta);
    }

    /** ln S(t) = ln B(α, β+t) − ln B(α, β). */
    double logSurvival(int t) {
        return Beta.logBeta(alpha, beta + t) - Beta.logBeta(alpha, beta);
    }

    private static void requirePeriod(int t, int first) {
        if (t < first) {
            throw new IllegalArgumentException("the period must be " + first + " or more, was " + t);
        }
    }

    private static void requireDiscountRate(double d) {
        if (!(d > 0) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("the discount rate must be positive and finite, was " + d);
        }
    }
}
