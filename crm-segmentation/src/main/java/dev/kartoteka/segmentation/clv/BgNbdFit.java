package dev.kartoteka.segmentation.clv;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;
import org.hipparchus.special.Gamma;

/**
 * A fitted BG/NBD model.
 *
 * @param parameters the maximum-likelihood estimates
 * @param logLikelihood the log-likelihood at the estimates
 * @param unit the time unit of the data and of every time-based prediction
 * @param customers how many customers it was fitted on (sum of weights)
 * @param evaluations how many likelihood evaluations the fit took
 * @param standardErrors standard errors of the estimates, in the order of the parameters (NaN where not
 *     identified)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BgNbdFit(BgNbdParameters parameters, double logLikelihood, ChronoUnit unit, double customers,
                       int evaluations, List<Double> standardErrors) {

    /**
     * Creates the fit.
     *
     * @param parameters the estimates
     * @param logLikelihood the log-likelihood
     * @param unit the time unit
     * @param customers the number of customers
     * @param evaluations the number of evaluations
     * @param standardErrors the standard errors
     */
    public BgNbdFit {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(unit, "unit");
        standardErrors = List.copyOf(standardErrors);
    }

    /**
     * Fits the BG/NBD model by maximum likelihood (several starts, parameters in log space, stable log-likelihood).
     *
     * @param data the customers' repeat patterns; identical patterns may be compressed with weights — the fit is the
     *     same
     * @return the fit
     * @throws FitFailedException if the optimiser does not converge
     */
    public static BgNbdFit fit(CustomerSummaries data) {
        return fit(data, 0);
    }

    /**
     * Fits the BG/NBD model by maximum likelihood (several starts, parameters in log space, stable log-likelihood).
     *
     * @param data the customers' repeat patterns; identical patterns may be compressed with weights — the fit is the
     *     same
     * @param l2Penalty λ of an L2 penalty λ·Σθ² on the parameters (0 for a plain maximum-likelihood fit)
     * @return the fit
     * @throws FitFailedException if the optimiser does not converge
     */
    public static BgNbdFit fit(CustomerSummaries data, double l2Penalty) {
        Objects.requireNonNull(data, "data");
        PatternData d = new PatternData(data);
        int n = d.n;
        int[] x = d.x;
        double[] tx = d.tx;
        double[] t = d.t;
        double[] w = d.w;
        int[] distinct = d.distinct;
        int[] xIndex = d.xIndex;
        double meanAge = d.meanAge();
        ToDoubleFunction<double[]> logLikelihood = theta -> {
            double r = theta[0];
            double alpha = theta[1];
            double a = theta[2];
            double b = theta[3];
            if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
                return Double.NEGATIVE_INFINITY;
            }
            double[] lnA1A2 = new double[distinct.length];
            double[] lnA4Const = new double[distinct.length];
            double lnGammaR = Gamma.logGamma(r);
            double lnBeta = Gamma.logGamma(a + b) - Gamma.logGamma(b);
            for (int k = 0; k < distinct.length; k++) {
                int xk = distinct[k];
                lnA1A2[k] = Gamma.logGamma(r + xk) - lnGammaR + r * Math.log(alpha)
                        + lnBeta + Gamma.logGamma(b + xk) - Gamma.logGamma(a + b + xk);
                lnA4Const[k] = xk == 0 ? 0 : Math.log(a) - Math.log(b + xk - 1);
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                int k = xIndex[i];
                double rx = r + x[i];
                double lnA3 = -rx * Math.log(alpha + t[i]);
                double ll;
                if (x[i] == 0) {
                    ll = lnA1A2[k] + lnA3;
                } else {
                    double lnA4 = lnA4Const[k] - rx * Math.log(alpha + tx[i]);
                    double max = Math.max(lnA3, lnA4);
                    ll = lnA1A2[k] + max + Math.log1p(Math.exp(Math.min(lnA3, lnA4) - max));
                }
                sum += w[i] * ll;
            }
            return sum;
        };
        MaximumLikelihood.Result best = MaximumLikelihood.maximise(MaximumLikelihood.penalised(logLikelihood, l2Penalty),
                new double[][] {{1, 1, 1, 1}, {0.5, 5, 0.8, 2.5}, {2, 0.5 * meanAge, 1.5, 4}});
        if (!best.converged()) {
            throw new FitFailedException("BG/NBD fit on " + d.customers + " customers did not converge after "
                    + best.evaluations() + " evaluations");
        }
        double[] p = best.parameters();
        return new BgNbdFit(new BgNbdParameters(p[0], p[1], p[2], p[3]), logLikelihood.applyAsDouble(p), data.unit(),
                d.customers, best.evaluations(), MaximumLikelihood.standardErrors(logLikelihood, p));
    }
}
