package dev.kartoteka.segmentation.clv;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

/**
 * A fitted Gamma-Gamma spend model.
 *
 * @param parameters the maximum-likelihood estimates
 * @param logLikelihood the log-likelihood at the estimates
 * @param customers how many customers with repeat transactions it was fitted on
 * @param standardErrors standard errors of the estimates, in the order of the parameters, from the numerical Hessian
 *     of the log-likelihood (NaN where not identified)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GammaGammaFit(GammaGammaParameters parameters, double logLikelihood, int customers,
                            List<Double> standardErrors) {

    /**
     * A customer's spend history: repeat transactions and their mean value.
     *
     * @param frequency x, more than 0
     * @param meanValue the mean value of the repeat transactions, more than 0
     */
    public record Spend(int frequency, double meanValue) {
        /**
         * Creates the history.
         *
         * @param frequency x
         * @param meanValue the mean value
         * @throws IllegalArgumentException if x or the mean is not positive
         */
        public Spend {
            if (frequency < 1 || !(meanValue > 0) || Double.isInfinite(meanValue)) {
                throw new IllegalArgumentException("a spend history needs x >= 1 and a positive mean, was x="
                        + frequency + ", mean=" + meanValue);
            }
        }
    }

    /**
     * Creates the fit.
     *
     * @param parameters the estimates
     * @param logLikelihood the log-likelihood
     * @param customers the number of customers
     * @param standardErrors the standard errors of p, q and γ
     */
    public GammaGammaFit {
        Objects.requireNonNull(parameters, "parameters");
        standardErrors = List.copyOf(standardErrors);
    }

    /**
     * Fits the Gamma-Gamma model by maximum likelihood on customers with repeat transactions.
     *
     * @param spends the customers' repeat-transaction counts and mean values
     * @return the fit
     * @throws FitFailedException if the optimiser does not converge
     * @throws IllegalArgumentException if there are no customers
     */
    public static GammaGammaFit fit(List<Spend> spends) {
        return fit(spends, 0);
    }

    /**
     * Fits the Gamma-Gamma model by maximum likelihood on customers with repeat transactions.
     *
     * @param spends the customers' repeat-transaction counts and mean values
     * @param l2Penalty λ of an L2 penalty λ·Σθ² on the parameters (0 for a plain maximum-likelihood fit)
     * @return the fit
     * @throws FitFailedException if the optimiser does not converge
     * @throws IllegalArgumentException if there are no customers
     */
    public static GammaGammaFit fit(List<Spend> spends, double l2Penalty) {
        Objects.requireNonNull(spends, "spends");
        if (spends.isEmpty()) {
            throw new IllegalArgumentException("no customers with repeat transactions to fit");
        }
        int n = spends.size();
        int[] x = new int[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = spends.get(i).frequency();
            m[i] = spends.get(i).meanValue();
        }
        ToDoubleFunction<double[]> logLikelihood = theta -> {
            GammaGammaParameters params;
            try {
                params = new GammaGammaParameters(theta[0], theta[1], theta[2]);
            } catch (IllegalArgumentException outOfRange) {
                return Double.NEGATIVE_INFINITY;
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += params.logLikelihood(x[i], m[i]);
            }
            return sum;
        };
        MaximumLikelihood.Result best = MaximumLikelihood.maximise(MaximumLikelihood.penalised(logLikelihood, l2Penalty), new double[][] {{1, 1, 1}, {5, 3, 10}, {2, 2, 30}});
        if (!best.converged()) {
            throw new FitFailedException("Gamma-Gamma fit on " + n + " customers did not converge after "
                    + best.evaluations() + " evaluations");
        }
        double[] p = best.parameters();
        return new GammaGammaFit(new GammaGammaParameters(p[0], p[1], p[2]), logLikelihood.applyAsDouble(p), n,
                MaximumLikelihood.standardErrors(logLikelihood, p));
    }
}
