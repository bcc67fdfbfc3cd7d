package dev.kartoteka.segmentation.clv;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

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
        Objects.requireNonNull(data, "data");
        CustomerSummaries compressed = data.compressed();
        int n = compressed.patterns().size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            RepeatPattern p = compressed.patterns().get(i);
            x[i] = p.frequency();
            tx[i] = p.recency();
            t[i] = p.age();
            w[i] = p.weight();
        }
ToDoubleFunction<double[]> logLikelihood = theta -> {
            BgNbdParameters params;
            try {
                params = new BgNbdParameters(theta[0], theta[1], theta[2], theta[3]);
            } catch (IllegalArgumentException outOfRange) {
                return Double.NEGATIVE_INFINITY;
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += w[i] * params.logLikelihood(x[i], tx[i], t[i]);
            }
            return sum;
        };
                MaximumLikelihood.Result best = MaximumLikelihood.maximise(logLikelihood, new double[][] {{1, 1, 1, 1}, {0.5, 5, 0.8, 2.5}, {2, 0.5 * meanAge(t), 1.5, 4}});
        if (!best.converged()) {
            throw new FitFailedException("BG/NBD fit on " + compressed.customers() + " customers did not converge after "
                    + best.evaluations() + " evaluations");
        }
        double[] p = best.parameters();
        return new BgNbdFit(new BgNbdParameters(p[0], p[1], p[2], p[3]), best.logLikelihood(), data.unit(),
                compressed.customers(), best.evaluations(), MaximumLikelihood.standardErrors(logLikelihood, p));
    }

    private static double meanAge(double[] t) {
        double sum = 0;
        for (double v : t) {
            sum += v;
        }
        return Math.max(sum / t.length, 1e-3);
    }
}
