package dev.kartoteka.segmentation.clv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A fitted BG/BB model (discrete time, non-contractual). Time is counted in transaction opportunities, the unit of
 * the fitted histories.
 *
 * @param parameters the maximum-likelihood estimates
 * @param logLikelihood the log-likelihood at the estimates
 * @param customers how many customers it was fitted on (sum of weights)
 * @param evaluations how many likelihood evaluations the fit took
 * @param standardErrors standard errors of the estimates, in the order of the parameters, from the numerical Hessian
 *     of the log-likelihood (NaN where not identified)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BgBbFit(BgBbParameters parameters, double logLikelihood, double customers, int evaluations,
                      List<Double> standardErrors) {

    private static final Comparator<DiscretePattern> HISTORY_ORDER = Comparator
            .comparingInt(DiscretePattern::opportunities)
            .thenComparingInt(DiscretePattern::frequency)
            .thenComparingInt(DiscretePattern::recency);

    /**
     * Creates the fit.
     *
     * @param parameters the estimates
     * @param logLikelihood the log-likelihood
     * @param customers the number of customers
     * @param evaluations the number of evaluations
     * @param standardErrors the standard errors of α, β, γ and δ
     */
    public BgBbFit {
        Objects.requireNonNull(parameters, "parameters");
        standardErrors = List.copyOf(standardErrors);
    }

    /**
     * Fits the BG/BB model by maximum likelihood (several starts, parameters in log space, stable log-likelihood).
     * Identical (x, t<sub>x</sub>, n) histories are merged into one weighted pattern first, in a fixed order, so a
     * compressed input and the same customers row by row, in any order, give exactly the same fit.
     *
     * @param histories the customers' histories, weighted or not, not empty
     * @return the fit
     * @throws IllegalArgumentException if there are no histories
     * @throws FitFailedException if the optimiser does not converge
     */
    public static BgBbFit fit(List<DiscretePattern> histories) {
        return fit(histories, 0);
    }

    /**
     * Fits the BG/BB model by maximum likelihood (several starts, parameters in log space, stable log-likelihood).
     * Identical (x, t<sub>x</sub>, n) histories are merged into one weighted pattern first, in a fixed order, so a
     * compressed input and the same customers row by row, in any order, give exactly the same fit.
     *
     * @param histories the customers' histories, weighted or not, not empty
     * @param l2Penalty λ of an L2 penalty λ·Σθ² on the parameters (0 for a plain maximum-likelihood fit)
     * @return the fit
     * @throws IllegalArgumentException if there are no histories
     * @throws FitFailedException if the optimiser does not converge
     */
    public static BgBbFit fit(List<DiscretePattern> histories, double l2Penalty) {
        Objects.requireNonNull(histories, "histories");
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("no customers to fit");
        }
        TreeMap<DiscretePattern, double[]> merged = new TreeMap<>(HISTORY_ORDER);
        for (DiscretePattern p : histories) {
            merged.computeIfAbsent(Objects.requireNonNull(p, "history"), k -> new double[1])[0] += p.weight();
        }
        List<DiscretePattern> patterns = new ArrayList<>(merged.size());
        merged.forEach((p, w) -> patterns.add(
                new DiscretePattern(p.frequency(), p.recency(), p.opportunities(), w[0])));
        int size = patterns.size();
        int[] x = new int[size];
        int[] tx = new int[size];
        int[] n = new int[size];
        double[] w = new double[size];
        double customers = 0;
        for (int i = 0; i < size; i++) {
            DiscretePattern p = patterns.get(i);
            x[i] = p.frequency();
            tx[i] = p.recency();
            n[i] = p.opportunities();
            w[i] = p.weight();
            customers += w[i];
        }
        ToDoubleFunction<double[]> logLikelihood = theta -> {
            BgBbParameters params;
            try {
                params = new BgBbParameters(theta[0], theta[1], theta[2], theta[3]);
            } catch (IllegalArgumentException outOfRange) {
                return Double.NEGATIVE_INFINITY;
            }
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += w[i] * params.logLikelihood(x[i], tx[i], n[i]);
            }
            return sum;
        };
        MaximumLikelihood.Result best = MaximumLikelihood.maximise(MaximumLikelihood.penalised(logLikelihood, l2Penalty), new double[][] {{1, 1, 1, 1}, {0.5, 0.5, 0.5, 2}, {2, 1, 2, 5}});
        if (!best.converged()) {
            throw new FitFailedException("BG/BB fit on " + customers + " customers did not converge after "
                    + best.evaluations() + " evaluations");
        }
        double[] p = best.parameters();
        return new BgBbFit(new BgBbParameters(p[0], p[1], p[2], p[3]), logLikelihood.applyAsDouble(p), customers,
                best.evaluations(), MaximumLikelihood.standardErrors(logLikelihood, p));
    }
}
