package dev.kartoteka.segmentation.clv;

import org.apiguardian.api.API;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The four parameters of the BG/BB model (Fader, Hardie &amp; Shang 2010, "Customer-base analysis in a discrete-time
 * noncontractual setting", Marketing Science 29(6)): at each discrete transaction opportunity an alive customer
 * transacts with probability p, p ~ Beta(α, β) across customers, and before each opportunity becomes inactive for
 * good with probability θ, θ ~ Beta(γ, δ). Time is counted in opportunities (years, campaigns, …), the unit of the
 * data the model was fitted on.
 *
 * <p>The formulas are the paper's; every Beta and Gamma function is evaluated in log space, and the likelihood's
 * sum by log-sum-exp, so that long histories neither overflow nor underflow.
 *
 * @param alpha first shape of the transaction-probability distribution, &gt; 0
 * @param beta second shape of the transaction-probability distribution, &gt; 0
 * @param gamma first shape of the dropout-probability distribution, &gt; 0
 * @param delta second shape of the dropout-probability distribution, &gt; 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BgBbParameters(double alpha, double beta, double gamma, double delta) {

    /**
     * Creates the parameters, checking them.
     *
     * @param alpha α
     * @param beta β
     * @param gamma γ
     * @param delta δ
     * @throws IllegalArgumentException if a parameter is not a positive finite number
     */
    public BgBbParameters {
        for (double v : new double[] {alpha, beta, gamma, delta}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("BG/BB parameters must be positive and finite: alpha=" + alpha
                        + ", beta=" + beta + ", gamma=" + gamma + ", delta=" + delta);
            }
        }
    }

    /**
     * The log-likelihood of one customer's history (Fader, Hardie &amp; Shang 2010):
     * L = B(α+x, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ)
     * + Σ<sub>i=0</sub><sup>n−t<sub>x</sub>−1</sup> B(α+x, β+t<sub>x</sub>−x+i)/B(α, β)
     * · B(γ+1, δ+t<sub>x</sub>+i)/B(γ, δ), summed in log space.
     *
     * @param x transactions in the n opportunities
     * @param tx the opportunity of the last transaction, 0 if none
     * @param n the opportunities observed
     * @return ln L
     * @throws IllegalArgumentException if (x, t<sub>x</sub>, n) is not a possible history
     */
    public double logLikelihood(int x, int tx, int n) {
        DiscretePattern.check(x, tx, n);
        double lnBab = Beta.logBeta(alpha, beta);
        double lnBgd = Beta.logBeta(gamma, delta);
        return lnLikelihood(x, tx, n, lnBab, lnBgd, lnAliveThroughN(x, n, lnBab, lnBgd));
    }

    /**
     * The probability that a customer with this history is alive at the next opportunity, n + 1, as the paper
     * defines P(alive): B(α+x, β+n−x)/B(α, β) · B(γ, δ+n+1)/B(γ, δ) / L.
     *
     * @param x transactions in the n opportunities
     * @param tx the opportunity of the last transaction, 0 if none
     * @param n the opportunities observed
     * @return P(alive at opportunity n+1 | x, t<sub>x</sub>, n), in (0, 1]
     * @throws IllegalArgumentException if (x, t<sub>x</sub>, n) is not a possible history
     */
    public double probabilityAlive(int x, int tx, int n) {
        return probabilityAlive(x, tx, n, 1);
    }

    /**
     * The probability that a customer with this history is still alive {@code periodsAhead} opportunities after the
     * last observed one: B(α+x, β+n−x)/B(α, β) · B(γ, δ+n+m)/B(γ, δ) / L. With m = 1 it is the paper's P(alive);
     * with m = 0 it is the probability of being alive at opportunity n, which is 1 when t<sub>x</sub> = n.
     *
     * @param x transactions in the n opportunities
     * @param tx the opportunity of the last transaction, 0 if none
     * @param n the opportunities observed
     * @param periodsAhead m, 0 or more
     * @return P(alive at opportunity n+m | x, t<sub>x</sub>, n)
     * @throws IllegalArgumentException if (x, t<sub>x</sub>, n) is not a possible history or m &lt; 0
     */
    public double probabilityAlive(int x, int tx, int n, int periodsAhead) {
        DiscretePattern.check(x, tx, n);
        if (periodsAhead < 0) {
            throw new IllegalArgumentException("periodsAhead must be 0 or more, was " + periodsAhead);
        }
        double lnBab = Beta.logBeta(alpha, beta);
        double lnBgd = Beta.logBeta(gamma, delta);
        double aliveThroughN = lnAliveThroughN(x, n, lnBab, lnBgd);
        // B(γ, δ+n+m)/B(γ, δ+n): surviving m more dropout draws, given alive at n
        double survivesMore = Beta.logBeta(gamma, delta + n + periodsAhead) - Beta.logBeta(gamma, delta + n);
        double lnAliveAtN = aliveThroughN - lnLikelihood(x, tx, n, lnBab, lnBgd, aliveThroughN);
        return Math.min(1.0, Math.exp(lnAliveAtN + survivesMore));
    }

    /**
     * The expected number of transactions of a new customer in the first n* opportunities (Fader, Hardie &amp;
     * Shang 2010): E[X(n*)] = α/(α+β) · δ/(γ−1) · [1 − Γ(γ+δ)Γ(1+δ+n*) / (Γ(γ+δ+n*)Γ(1+δ))], which is
     * α/(α+β) · Σ<sub>t=1</sub><sup>n*</sup> B(γ, δ+t)/B(γ, δ) (the sum is used when γ is close to 1).
     *
     * @param nStar n*, the number of opportunities, 0 or more
     * @return E[X(n*)]
     * @throws IllegalArgumentException if n* &lt; 0
     */
    public double expectedTransactions(int nStar) {
        requireHorizon(nStar);
        return alpha / (alpha + beta) * expectedAliveOpportunities(delta, nStar);
    }

    /**
     * The expected number of transactions in the next n* opportunities (n+1 … n+n*) of a customer with this history
     * (Fader, Hardie &amp; Shang 2010): E[X(n, n+n*) | x, t<sub>x</sub>, n] = 1/L · B(α+x+1, β+n−x)/B(α, β) ·
     * δ/(γ−1) · Γ(γ+δ)/Γ(1+δ) · [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)]. It is computed as P(alive at n) ·
     * (α+x)/(α+β+n) · Σ<sub>t=1</sub><sup>n*</sup> B(γ, δ+n+t)/B(γ, δ+n), the same quantity without huge or tiny
     * intermediate values.
     *
     * @param nStar n*, the number of future opportunities, 0 or more
     * @param x transactions in the n opportunities
     * @param tx the opportunity of the last transaction, 0 if none
     * @param n the opportunities observed
     * @return E[X(n, n+n*) | x, t<sub>x</sub>, n]
     * @throws IllegalArgumentException if n* &lt; 0 or (x, t<sub>x</sub>, n) is not a possible history
     */
    public double conditionalExpectedTransactions(int nStar, int x, int tx, int n) {
        requireHorizon(nStar);
        return probabilityAlive(x, tx, n, 0) * (alpha + x) / (alpha + beta + n)
                * expectedAliveOpportunities(delta + n, nStar);
    }

    /** ln[B(α+x, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ)]: the likelihood's term for "alive through opportunity n". */
    private double lnAliveThroughN(int x, int n, double lnBab, double lnBgd) {
        return Beta.logBeta(alpha + x, beta + n - x) - lnBab + Beta.logBeta(gamma, delta + n) - lnBgd;
    }

    /**
     * ln L: the "alive through n" term and the "dropped out after opportunity t<sub>x</sub>+i" terms, i = 0 …
     * n−t<sub>x</sub>−1, added by a running log-sum-exp (no overflow however far the terms are apart).
     */
    private double lnLikelihood(int x, int tx, int n, double lnBab, double lnBgd, double aliveThroughN) {
        double max = aliveThroughN;
        double sum = 1;
        for (int i = 0; i < n - tx; i++) {
            double term = Beta.logBeta(alpha + x, beta + tx - x + i) - lnBab
                    + Beta.logBeta(gamma + 1, delta + tx + i) - lnBgd;
            if (term > max) {
                sum = sum * Math.exp(max - term) + 1;
                max = term;
            } else {
                sum += Math.exp(term - max);
            }
        }
        return max + Math.log(sum);
    }

    /**
     * Σ<sub>t=1</sub><sup>m</sup> B(γ, d+t)/B(γ, d): the expected number of the next m opportunities at which a
     * customer whose dropout probability is Beta(γ, d) is still alive. Closed form d/(γ−1) · [1 −
     * Γ(γ+d)Γ(1+d+m)/(Γ(1+d)Γ(γ+d+m))]; near γ = 1 that form cancels badly, so the terms are summed instead
     * (B(γ, d+t)/B(γ, d+t−1) = (d+t−1)/(γ+d+t−1)).
     */
    private double expectedAliveOpportunities(double d, int m) {
        if (m == 0) {
            return 0;
        }
        if (Math.abs(gamma - 1) < 1e-3 && m <= 1_000_000) {
            double term = 1;
            double sum = 0;
            for (int t = 1; t <= m; t++) {
                term *= (d + t - 1) / (gamma + d + t - 1);
                sum += term;
            }
            return sum;
        }
        double lnRatio = Gamma.logGamma(gamma + d) - Gamma.logGamma(1 + d) + Gamma.logGamma(1 + d + m)
                - Gamma.logGamma(gamma + d + m);
        return -d * Math.expm1(lnRatio) / (gamma - 1);
    }

    private static void requireHorizon(int nStar) {
        if (nStar < 0) {
            throw new IllegalArgumentException("the number of future opportunities must be 0 or more, was " + nStar);
        }
    }
}
