package dev.kartoteka.segmentation.clv;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

/**
 * A shifted-beta-geometric (sBG) model fitted to one cohort's survival curve by maximum likelihood (Fader &amp;
 * Hardie 2007, "How to project customer retention"): the customers who churned in each observed period contribute
 * ln P(T = t), those still alive at the end ln S(n):
 * LL = Σ<sub>t=1</sub><sup>n</sup> (N<sub>t−1</sub> − N<sub>t</sub>) ln P(T = t) + N<sub>n</sub> ln S(n), where
 * N<sub>t</sub> is the number of customers alive in period t.
 *
 * @param parameters the maximum-likelihood estimates
 * @param logLikelihood the log-likelihood at the estimates
 * @param customers the cohort's size N<sub>0</sub>
 * @param periods n, the number of periods observed after acquisition
 * @param evaluations how many likelihood evaluations the fit took
 * @param standardErrors standard errors of the estimates, in the order of the parameters, from the numerical Hessian
 *     of the log-likelihood (NaN where not identified)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SbgFit(SbgParameters parameters, double logLikelihood, double customers, int periods,
                     int evaluations, List<Double> standardErrors) {

    /**
     * Creates the fit.
     *
     * @param parameters the estimates
     * @param logLikelihood the log-likelihood
     * @param customers the cohort's size
     * @param periods the periods observed
     * @param evaluations the number of evaluations
     * @param standardErrors the standard errors of α and β
     */
    public SbgFit {
        Objects.requireNonNull(parameters, "parameters");
        standardErrors = List.copyOf(standardErrors);
    }

    /**
     * Fits the sBG model to a cohort's counts of active customers.
     *
     * @param alive N<sub>0</sub>, N<sub>1</sub>, …, N<sub>n</sub>: the customers acquired (period 0) and those still
     *     active in each following period; at least two values, non-increasing, N<sub>0</sub> &gt; 0
     * @return the fit
     * @throws IllegalArgumentException if the counts are not a cohort's survival (see above) or nobody churned (the
     *     estimate does not exist then)
     * @throws FitFailedException if the optimiser does not converge
     */
    public static SbgFit fitCounts(long... alive) {
        Objects.requireNonNull(alive, "alive");
        return fit(Arrays.stream(alive).asDoubleStream().toArray());
    }

    /**
     * Fits the sBG model to a cohort's survival curve given as fractions of the cohort. The estimates depend only
     * on the fractions; the cohort's size scales the log-likelihood.
     *
     * @param cohortSize N<sub>0</sub>, the customers acquired, &gt; 0
     * @param survival S(0) = 1, S(1), …, S(n): the fraction of the cohort active in each period; at least two
     *     values, non-increasing, in [0, 1]
     * @return the fit
     * @throws IllegalArgumentException if the fractions are not a survival curve (see above), the size is not
     *     positive, or nobody churned
     * @throws FitFailedException if the optimiser does not converge
     */
    public static SbgFit fitSurvival(double cohortSize, double... survival) {
        Objects.requireNonNull(survival, "survival");
        if (!(cohortSize > 0) || Double.isInfinite(cohortSize)) {
            throw new IllegalArgumentException("the cohort size must be positive and finite, was " + cohortSize);
        }
        if (survival.length > 0 && survival[0] != 1.0) {
            throw new IllegalArgumentException("a survival curve starts at 1 in period 0, was " + survival[0]);
        }
        double[] alive = new double[survival.length];
        for (int t = 0; t < survival.length; t++) {
            alive[t] = cohortSize * survival[t];
        }
        return fit(alive);
    }

    private static SbgFit fit(double[] alive) {
        if (alive.length < 2) {
            throw new IllegalArgumentException("a survival curve needs period 0 and at least one more period, had "
                    + alive.length + " values");
        }
        if (!(alive[0] > 0) || Double.isInfinite(alive[0])) {
            throw new IllegalArgumentException("the cohort in period 0 must be positive and finite, was " + alive[0]);
        }
        int periods = alive.length - 1;
        double[] churned = new double[periods + 1];
        for (int t = 1; t <= periods; t++) {
            if (!(alive[t] >= 0) || alive[t] > alive[t - 1]) {
                throw new IllegalArgumentException("a survival curve never rises and never falls below 0: period " + t
                        + " has " + alive[t] + " after " + alive[t - 1] + " in period " + (t - 1));
            }
            churned[t] = alive[t - 1] - alive[t];
        }
        if (alive[periods] == alive[0]) {
            throw new IllegalArgumentException("nobody churned in " + periods
                    + " periods: the sBG estimate does not exist");
        }
        double survivors = alive[periods];
        ToDoubleFunction<double[]> logLikelihood = theta -> {
            SbgParameters params;
            try {
                params = new SbgParameters(theta[0], theta[1]);
            } catch (IllegalArgumentException outOfRange) {
                return Double.NEGATIVE_INFINITY;
            }
            double sum = 0;
            for (int t = 1; t <= periods; t++) {
                if (churned[t] > 0) {
                    sum += churned[t] * params.logChurnProbability(t);
                }
            }
            return survivors > 0 ? sum + survivors * params.logSurvival(periods) : sum;
        };
        MaximumLikelihood.Result best = MaximumLikelihood.maximise(logLikelihood,
                new double[][] {{1, 1}, {0.5, 2}, {2, 0.5}});
        if (!best.converged()) {
            throw new FitFailedException("sBG fit on a cohort of " + alive[0] + " customers over " + periods
                    + " periods did not converge after " + best.evaluations() + " evaluations");
        }
        double[] p = best.parameters();
        return new SbgFit(new SbgParameters(p[0], p[1]), best.logLikelihood(), alive[0], periods, best.evaluations(),
                MaximumLikelihood.standardErrors(logLikelihood, p));
    }
}
