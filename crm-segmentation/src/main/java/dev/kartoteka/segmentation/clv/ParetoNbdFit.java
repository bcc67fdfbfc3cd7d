package dev.kartoteka.segmentation.clv;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A fitted Pareto/NBD model.
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
public record ParetoNbdFit(ParetoNbdParameters parameters, double logLikelihood, ChronoUnit unit, double customers,
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
    public ParetoNbdFit {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(unit, "unit");
        standardErrors = List.copyOf(standardErrors);
    }

    /**
     * Fits the Pareto/NBD model by maximum likelihood (several starts, parameters in log space, stable
     * log-likelihood). β is often weakly identified — on CDNOW its standard error is about half its value — so expect
     * it to be the least stable estimate.
     *
     * @param data the customers' repeat patterns; identical patterns may be compressed with weights — the fit is the
     *     same
     * @return the fit
     * @throws FitFailedException if the optimiser does not converge
     */
    public static ParetoNbdFit fit(CustomerSummaries data) {
        return fit(data, 0);
    }

    /**
     * Fits the Pareto/NBD model by maximum likelihood (several starts, parameters in log space, stable
     * log-likelihood). β is often weakly identified — on CDNOW its standard error is about half its value — so expect
     * it to be the least stable estimate. The optimiser is BFGS on the analytic gradient (the hypergeometric function
     * is differentiated in its parameters); identical (x, t<sub>x</sub>, T) patterns are merged first and terms shared
     * by patterns with the same x, age or recency are computed once.
     *
     * @param data the customers' repeat patterns; identical patterns may be compressed with weights — the fit is the
     *     same
     * @param l2Penalty λ of an L2 penalty λ·Σθ² on the parameters (0 for a plain maximum-likelihood fit)
     * @return the fit
     * @throws FitFailedException if the optimiser does not converge
     */
    public static ParetoNbdFit fit(CustomerSummaries data, double l2Penalty) {
        Objects.requireNonNull(data, "data");
        PatternData d = new PatternData(data);
        ParetoNbdLikelihood logLikelihood = new ParetoNbdLikelihood(d);
        double meanAge = d.meanAge();
        MaximumLikelihood.Result best = MaximumLikelihood.maximise(MaximumLikelihood.penalised(logLikelihood, l2Penalty),
                new double[][] {{1, 1, 1, 1}, {0.5, 0.3 * meanAge, 0.5, 0.3 * meanAge}, {2, meanAge, 2, meanAge}});
        if (!best.converged()) {
            throw new FitFailedException("Pareto/NBD fit on " + d.customers
                    + " customers did not converge after " + best.evaluations() + " evaluations");
        }
        double[] p = best.parameters();
        double[] logP = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            logP[i] = Math.log(p[i]);
        }
        return new ParetoNbdFit(new ParetoNbdParameters(p[0], p[1], p[2], p[3]),
                logLikelihood.valueAndGradient(logP, new double[p.length]), data.unit(), d.customers,
                best.evaluations(), MaximumLikelihood.standardErrors(logLikelihood, p));
    }
}
