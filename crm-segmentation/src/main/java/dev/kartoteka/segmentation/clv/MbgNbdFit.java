package dev.kartoteka.segmentation.clv;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

/**
 * A fitted MBG/NBD model.
 *
 * @param parameters the maximum-likelihood estimates
 * @param logLikelihood the log-likelihood at the estimates
 * @param unit the time unit of the data and of every time-based prediction
 * @param customers how many customers it was fitted on (sum of weights)
 * @param evaluations how many likelihood evaluations the fit took
 * @param standardErrors standard errors of the estimates, in the order of the parameters
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MbgNbdFit(MbgNbdParameters parameters, double logLikelihood, ChronoUnit unit, double customers,
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
    public MbgNbdFit {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(unit, "unit");
        standardErrors = List.copyOf(standardErrors);
    }

    /**
     * Fits the MBG/NBD model by maximum likelihood.
     *
     * @param data the customers' repeat patterns (compressed or not: the fit is the same)
     * @return the fit
     * @throws FitFailedException if the optimiser does not converge
     */
    public static MbgNbdFit fit(CustomerSummaries data) {
        return fit(data, 0);
    }

    /**
     * Fits the MBG/NBD model by maximum likelihood.
     *
     * @param data the customers' repeat patterns (compressed or not: the fit is the same)
     * @param l2Penalty λ of an L2 penalty λ·Σθ² on the parameters (0 for a plain maximum-likelihood fit)
     * @return the fit
     * @throws FitFailedException if the optimiser does not converge
     */
    public static MbgNbdFit fit(CustomerSummaries data, double l2Penalty) {
        Objects.requireNonNull(data, "data");
        CustomerSummaries compressed = data.compressed();
        List<RepeatPattern> patterns = compressed.patterns();
        ToDoubleFunction<double[]> logLikelihood = theta -> {
            MbgNbdParameters params;
            try {
                params = new MbgNbdParameters(theta[0], theta[1], theta[2], theta[3]);
            } catch (IllegalArgumentException outOfRange) {
                return Double.NEGATIVE_INFINITY;
            }
            double sum = 0;
            for (RepeatPattern p : patterns) {
                sum += p.weight() * params.logLikelihood(p.frequency(), p.recency(), p.age());
            }
            return sum;
        };
        MaximumLikelihood.Result best = MaximumLikelihood.maximise(MaximumLikelihood.penalised(logLikelihood, l2Penalty),
                new double[][] {{1, 1, 1, 1}, {0.5, 5, 0.8, 2.5}, {0.3, 10, 2, 4}});
        if (!best.converged()) {
            throw new FitFailedException("MBG/NBD fit on " + compressed.customers() + " customers did not converge after "
                    + best.evaluations() + " evaluations");
        }
        double[] p = best.parameters();
        return new MbgNbdFit(new MbgNbdParameters(p[0], p[1], p[2], p[3]), logLikelihood.applyAsDouble(best.parameters()), data.unit(),
                compressed.customers(), best.evaluations(), MaximumLikelihood.standardErrors(logLikelihood, p));
    }
}
