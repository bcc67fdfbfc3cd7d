package dev.kartoteka.segmentation.clv;

import org.apiguardian.api.API;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves"): a customer's
 * transaction values are Gamma(p, ν) around their mean, ν is Gamma(q, γ) across customers.
 *
 * @param p shape of a customer's transaction values, &gt; 0
 * @param q shape of the spend-scale distribution, &gt; 0
 * @param gamma scale of the spend-scale distribution, &gt; 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GammaGammaParameters(double p, double q, double gamma) {

    /**
     * Creates the parameters, checking them.
     *
     * @param p p
     * @param q q
     * @param gamma γ
     * @throws IllegalArgumentException if a parameter is not a positive finite number
     */
    public GammaGammaParameters {
        for (double v : new double[] {p, q, gamma}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite: p=" + p
                        + ", q=" + q + ", gamma=" + gamma);
            }
        }
    }

    /**
     * The log-likelihood of one customer's mean repeat-transaction value (x &gt; 0).
     *
     * @param x repeat transactions
     * @param mean their mean value, &gt; 0
     * @return ln L
     */
    public double logLikelihood(int x, double mean) {
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(mean) + px * Math.log(x) - (px + q) * Math.log(x * mean + gamma);
    }

    /**
     * The expected value of a customer's future transactions given their history (the conditional mean spend).
     *
     * @param x repeat transactions
     * @param mean their mean value (ignored when x = 0)
     * @return E[M | x, m̄]; the population mean p·γ/(q−1) for x = 0
     * @throws IllegalStateException if q &le; 1 (the population mean does not exist)
     */
    public double conditionalExpectedSpend(int x, double mean) {
        if (q <= 1) {
            throw new IllegalStateException("the mean spend does not exist for q <= 1 (q=" + q + ")");
        }
        return p * (gamma + x * mean) / (p * x + q - 1);
    }
}
