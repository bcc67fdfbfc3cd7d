package dev.kartoteka.segmentation.clv;

import org.apiguardian.api.API;
import org.hipparchus.special.Gamma;

/**
 * The four parameters of the Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987): while alive, a customer buys
 * at a Poisson rate λ that is Gamma(r, α) across customers, and stays alive for an exponential lifetime of rate μ that
 * is Gamma(s, β) across customers. Unlike BG/NBD, a customer can drop out before any repeat purchase, so even a
 * customer without repeat purchases is alive with a probability below 1 once time has passed. Time-based results are
 * in the time unit the model was fitted in.
 *
 * <p>Likelihoods follow Fader &amp; Hardie, "A Note on Deriving the Pareto/NBD Model and Related Expressions" (2005),
 * computed in log space (log-gamma, log-sum-exp) with the Gaussian hypergeometric function in a form that stays
 * accurate and finite for heavy buyers (x in the thousands) and for any ratio of α to β.
 *
 * @param r shape of the purchase-rate distribution, &gt; 0
 * @param alpha scale (inverse rate) of the purchase-rate distribution, &gt; 0
 * @param s shape of the dropout-rate distribution, &gt; 0
 * @param beta scale (inverse rate) of the dropout-rate distribution, &gt; 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ParetoNbdParameters(double r, double alpha, double s, double beta) {

    /**
     * Creates the parameters, checking them.
     *
     * @param r r
     * @param alpha α
     * @param s s
     * @param beta β
     * @throws IllegalArgumentException if a parameter is not a positive finite number
     */
    public ParetoNbdParameters {
        for (double v : new double[] {r, alpha, s, beta}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("Pareto/NBD parameters must be positive and finite: r=" + r
                        + ", alpha=" + alpha + ", s=" + s + ", beta=" + beta);
            }
        }
    }

    /**
     * The log-likelihood of one customer's history, computed stably — no overflow or loss of precision for heavy
     * buyers, for x = 0 or for t<sub>x</sub> = T.
     *
     * @param x repeat purchase days
     * @param tx recency t<sub>x</sub>
     * @param age T
     * @return ln L(r, α, s, β | x, t<sub>x</sub>, T)
     * @throws IllegalArgumentException if (x, t<sub>x</sub>, T) is not a possible history
     */
    public double logLikelihood(int x, double tx, double age) {
        requireHistory(x, tx, age);
        return logLikelihood(x, tx, age, Gamma.logGamma(r + x) - Gamma.logGamma(r));
    }

    /**
     * The probability that a customer with this history is still alive at the end of observation. It is 1 only when
     * nothing has been observed since the last purchase (t<sub>x</sub> = T, which includes a brand-new customer with
     * x = 0 and T = 0); otherwise the model allows the customer to have dropped out since, with or without repeat
     * purchases.
     *
     * @param x repeat purchase days
     * @param tx recency t<sub>x</sub>
     * @param age T
     * @return P(alive | x, t<sub>x</sub>, T), in (0, 1]
     * @throws IllegalArgumentException if (x, t<sub>x</sub>, T) is not a possible history
     */
    public double probabilityAlive(int x, double tx, double age) {
        requireHistory(x, tx, age);
        if (tx == age) {
            return 1.0;
        }
        return Math.min(1.0, Math.exp(logSurvivalTerm(x, age) - logBracket(x, tx, age)));
    }

    /**
     * The expected number of purchases of a new customer in a period of length {@code t}:
     * r β / (α (s − 1)) · [1 − (β / (β + t))<sup>s − 1</sup>] (r β/α · ln(1 + t/β) when s = 1).
     *
     * @param t the period's length, 0 or more
     * @return E[X(t)]
     * @throws IllegalArgumentException if t is negative or not finite
     */
    public double expectedPurchases(double t) {
        requireHorizon(t);
        return r * beta / alpha * lifetimeIntegral(beta, t);
    }

    /**
     * The expected number of purchases in the next {@code t} of a customer with this history (Fader &amp; Hardie 2005,
     * eq. for E[Y(t) | x, t<sub>x</sub>, T]): (r + x)(β + T) / ((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))<sup>s −
     * 1</sup>] · P(alive | x, t<sub>x</sub>, T).
     *
     * @param t the length of the future period, 0 or more
     * @param x repeat purchase days
     * @param tx recency t<sub>x</sub>
     * @param age T
     * @return E[Y(t) | x, t<sub>x</sub>, T]
     * @throws IllegalArgumentException if t is negative or (x, t<sub>x</sub>, T) is not a possible history
     */
    public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
        requireHorizon(t);
        double alive = probabilityAlive(x, tx, age);
        return (r + x) / (alpha + age) * (beta + age) * lifetimeIntegral(beta + age, t) * alive;
    }

    /** ln L given lnΓ(r + x) − lnΓ(r), without checking the history (the fit's inner loop). */
    double logLikelihood(int x, double tx, double age, double logGammaRatio) {
        return logGammaRatio + r * Math.log(alpha) + s * Math.log(beta) + logBracket(x, tx, age);
    }

    /**
     * ln[(α + T)^−(r+x) (β + T)^−s + s ∫ from t<sub>x</sub> to T of (α + τ)^−(r+x) (β + τ)^−(s+1) dτ]: the
     * likelihood without its constant factor Γ(r + x) α^r β^s / Γ(r). The first term is "alive at T", the integral
     * "dropped out at τ"; the note's A<sub>0</sub> term is (r + s + x) times this integral.
     */
    private double logBracket(int x, double tx, double age) {
        double alive = logSurvivalTerm(x, age);
        if (tx == age) {
            return alive;
        }
        double logS = Math.log(s);
        double fromTx = logS + logTail(x, tx);
        double fromAge = logS + logTail(x, age);
        // s·tail(T) never exceeds the first term, so the difference loses no precision that matters to the sum
        double max = Math.max(alive, fromTx);
        double dropped = Math.exp(fromTx - max) * -Math.expm1(Math.min(0, fromAge - fromTx));
        return max + Math.log(Math.exp(alive - max) + dropped);
    }

    /** ln[(α + T)^−(r+x) (β + T)^−s]. */
    private double logSurvivalTerm(int x, double age) {
        return -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    }

    /**
     * ln ∫ from t to ∞ of (α + τ)^−(r+x) (β + τ)^−(s+1) dτ. With h the larger and l the smaller of α and β, e_h and
     * e_l their exponents, m = r + s + x and z = (h − l)/(h + t), the integral is
     * (h + t)^−m 2F1(m, e_l; m + 1; z) / m (the note's form); Euler's transformation turns it into
     * (h + t)^−e_h (l + t)^(1 − e_l) 2F1(1, e_h; m + 1; z) / m, whose series has positive terms falling at least as
     * fast as z^n whatever x is.
     */
    private double logTail(int x, double t) {
        double m = r + s + x;
        double high;
        double low;
        double highExponent;
        double lowExponent;
        if (alpha >= beta) {
            high = alpha;
            low = beta;
            highExponent = r + x;
            lowExponent = s + 1;
        } else {
            high = beta;
            low = alpha;
            highExponent = s + 1;
            lowExponent = r + x;
        }
        double logHighT = Math.log(high + t);
        double logLowT = Math.log(low + t);
        double z = (high - low) / (high + t);
        return -highExponent * logHighT + (1 - lowExponent) * logLowT - Math.log(m)
                + HypergeometricExtras.logF21WithUnitFirst(highExponent, m + 1, z, logLowT - logHighT);
    }

    /** [1 − (b/(b + t))^(s−1)] / (s − 1), which is ln(1 + t/b) at s = 1; expm1 avoids the cancellation near it. */
    private double lifetimeIntegral(double b, double t) {
        double logGrowth = Math.log1p(t / b);
        if (s == 1) {
            return logGrowth;
        }
        return -Math.expm1(-(s - 1) * logGrowth) / (s - 1);
    }

    private static void requireHistory(int x, double tx, double age) {
        if (x < 0 || !(tx >= 0) || !(age >= tx) || Double.isInfinite(age) || (x == 0 && tx != 0)) {
            throw new IllegalArgumentException("not a purchase history: x=" + x + ", t_x=" + tx + ", T=" + age
                    + " (expected x >= 0, 0 <= t_x <= T, T finite, t_x = 0 when x = 0)");
        }
    }

    private static void requireHorizon(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("the prediction period must be finite and 0 or more, was " + t);
        }
    }
}
