package dev.kartoteka.segmentation.clv;

import org.apiguardian.api.API;
import org.hipparchus.special.Gamma;

/**
 * The MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007): BG/NBD where a customer may also drop out right after
 * the first purchase, so that customers without repeat purchases are not taken to be alive for sure. Time-based
 * results are in the time unit the model was fitted in.
 *
 * @param r shape of the purchase-rate distribution, &gt; 0
 * @param alpha scale of the purchase-rate distribution, &gt; 0
 * @param a first shape of the dropout distribution, &gt; 0
 * @param b second shape of the dropout distribution, &gt; 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MbgNbdParameters(double r, double alpha, double a, double b) {

    /**
     * Creates the parameters, checking them.
     *
     * @param r r
     * @param alpha α
     * @param a a
     * @param b b
     * @throws IllegalArgumentException if a parameter is not a positive finite number
     */
    public MbgNbdParameters {
        for (double v : new double[] {r, alpha, a, b}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("MBG/NBD parameters must be positive and finite: r=" + r
                        + ", alpha=" + alpha + ", a=" + a + ", b=" + b);
            }
        }
    }

    /**
     * The log-likelihood of one customer's history: ln[Γ(r+x)α<sup>r</sup>/Γ(r) · (B(a, b+x+1)/B(a,b) ·
     * (α+T)<sup>−(r+x)</sup> + B(a+1, b+x)/B(a,b) · (α+t<sub>x</sub>)<sup>−(r+x)</sup>)], in log space.
     *
     * @param x repeat purchase days
     * @param tx recency
     * @param t age T
     * @return ln L
     */
    public double logLikelihood(int x, double tx, double t) {
        double lnA1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double lnB = logBeta(a, b);
        double lnAlive = logBeta(a, b + x + 1) - lnB - (r + x) * Math.log(alpha + t);
        double lnDropped = logBeta(a + 1, b + x) - lnB - (r + x) * Math.log(alpha + tx);
        double max = Math.max(lnAlive, lnDropped);
        return lnA1 + max + Math.log1p(Math.exp(Math.min(lnAlive, lnDropped) - max));
    }

    /**
     * The probability that a customer with this history is still alive: 1 / (1 + a/(b+x) ·
     * ((α+T)/(α+t<sub>x</sub>))<sup>r+x</sup>) — below 1 also for customers without repeat purchases.
     *
     * @param x repeat purchase days
     * @param tx recency
     * @param t age T
     * @return P(alive | x, t<sub>x</sub>, T)
     */
    public double probabilityAlive(int x, double tx, double t) {
        double lnRatio = Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + t) - Math.log(alpha + tx));
        return 1.0 / (1.0 + Math.exp(lnRatio));
    }

    private static double logBeta(double p, double q) {
        return Gamma.logGamma(p) + Gamma.logGamma(q) - Gamma.logGamma(p + q);
    }
}
