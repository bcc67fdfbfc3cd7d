package dev.kartoteka.segmentation.clv;

import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum likelihood over positive parameters: Nelder–Mead in log space from several starts, restarted from its own
 * best point until it stops improving, so that a fit converges or says it did not.
 */
final class MaximumLikelihood {

    private static final int MAX_EVALUATIONS = 40_000;

    private MaximumLikelihood() {
    }

    /** The best point found and whether the search converged there. */
    record Result(double[] parameters, double logLikelihood, boolean converged, int evaluations) {
    }

    /**
     * Maximises a log-likelihood of positive parameters.
     *
     * @param logLikelihood the log-likelihood of parameters (not of their logs)
     * @param starts starting points (parameters, not logs)
     * @return the best result
     */
    static Result maximise(ToDoubleFunction<double[]> logLikelihood, double[][] starts) {
        ObjectiveFunction objective = new ObjectiveFunction(theta -> {
            double[] p = new double[theta.length];
            for (int i = 0; i < theta.length; i++) {
                p[i] = Math.exp(theta[i]);
            }
            double ll = logLikelihood.applyAsDouble(p);
            return Double.isFinite(ll) ? ll : Double.NEGATIVE_INFINITY;
        });
        Result best = null;
        int evaluations = 0;
        for (double[] start : starts) {
            double[] theta = new double[start.length];
            for (int i = 0; i < start.length; i++) {
                theta[i] = Math.log(start[i]);
            }
            boolean converged = false;
            double previous = Double.NEGATIVE_INFINITY;
            PointValuePair point = null;
            try {
                for (int round = 0; round < 20; round++) {
                    SimplexOptimizer optimizer = new SimplexOptimizer(1e-13, 1e-13);
                    point = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), objective, GoalType.MAXIMIZE,
                            new InitialGuess(theta), new NelderMeadSimplex(theta.length, 0.5));
                    evaluations += optimizer.getEvaluations();
                    theta = point.getPoint();
                    if (Math.abs(point.getValue() - previous) < 1e-9) {
                        converged = true;
                        break;
                    }
                    previous = point.getValue();
                }
            } catch (MathIllegalStateException tooManyEvaluations) {
                converged = false;
            }
            if (point == null || !Double.isFinite(point.getValue())) {
                continue;
            }
            double[] p = new double[theta.length];
            for (int i = 0; i < theta.length; i++) {
                p[i] = Math.exp(theta[i]);
            }
            Result r = new Result(p, point.getValue(), converged, evaluations);
            if (best == null || (r.converged() && !best.converged())
                    || (r.converged() == best.converged() && r.logLikelihood() > best.logLikelihood())) {
                best = r;
            }
        }
        if (best == null) {
            return new Result(starts[0], Double.NEGATIVE_INFINITY, false, evaluations);
        }
        return best;
    }

    /**
     * The log-likelihood minus an L2 penalty on the parameters, λ·Σθ², as lifetimes' {@code penalizer_coef}: it pulls
     * estimates towards 0 when the data cannot identify them (few customers, degenerate histories).
     *
     * @param logLikelihood the log-likelihood of parameters
     * @param l2Penalty λ, 0 or more
     * @return the penalised objective (the log-likelihood itself for λ = 0)
     * @throws IllegalArgumentException if λ is negative or not finite
     */
    static ToDoubleFunction<double[]> penalised(ToDoubleFunction<double[]> logLikelihood, double l2Penalty) {
        if (!(l2Penalty >= 0) || Double.isInfinite(l2Penalty)) {
            throw new IllegalArgumentException("the L2 penalty must be a finite number 0 or more, was " + l2Penalty);
        }
        if (l2Penalty == 0) {
            return logLikelihood;
        }
        return p -> {
            double squares = 0;
            for (double v : p) {
                squares += v * v;
            }
            return logLikelihood.applyAsDouble(p) - l2Penalty * squares;
        };
    }

    /**
     * Standard errors of maximum-likelihood estimates: the square roots of the diagonal of the inverse observed
     * information, −H⁻¹, with the Hessian H of the log-likelihood taken by central differences at the estimates.
     *
     * @param logLikelihood the log-likelihood of parameters
     * @param estimates the estimates
     * @return one standard error per parameter; NaN where the information matrix is not positive definite
     */
    static java.util.List<Double> standardErrors(ToDoubleFunction<double[]> logLikelihood, double[] estimates) {
        int k = estimates.length;
        double[] h = new double[k];
        for (int i = 0; i < k; i++) {
            h[i] = 1e-4 * Math.max(Math.abs(estimates[i]), 1e-3);
        }
        double f0 = logLikelihood.applyAsDouble(estimates);
        double[][] hessian = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double value;
                if (i == j) {
                    value = (at(logLikelihood, estimates, i, h[i], -1, 0, 0) - 2 * f0
                            + at(logLikelihood, estimates, i, -h[i], -1, 0, 0)) / (h[i] * h[i]);
                } else {
                    value = (at(logLikelihood, estimates, i, h[i], j, h[j], 1)
                            - at(logLikelihood, estimates, i, h[i], j, -h[j], 1)
                            - at(logLikelihood, estimates, i, -h[i], j, h[j], 1)
                            + at(logLikelihood, estimates, i, -h[i], j, -h[j], 1)) / (4 * h[i] * h[j]);
                }
                hessian[i][j] = -value;
                hessian[j][i] = -value;
            }
        }
        java.util.List<Double> out = new java.util.ArrayList<>(k);
        try {
            org.hipparchus.linear.RealMatrix covariance = new org.hipparchus.linear.LUDecomposition(
                    org.hipparchus.linear.MatrixUtils.createRealMatrix(hessian)).getSolver().getInverse();
            for (int i = 0; i < k; i++) {
                double v = covariance.getEntry(i, i);
                out.add(v > 0 ? Math.sqrt(v) : Double.NaN);
            }
        } catch (org.hipparchus.exception.MathIllegalArgumentException singular) {
            for (int i = 0; i < k; i++) {
                out.add(Double.NaN);
            }
        }
        return java.util.List.copyOf(out);
    }

    private static double at(ToDoubleFunction<double[]> f, double[] x, int i, double di, int j, double dj, int two) {
        double[] y = x.clone();
        y[i] += di;
        if (two == 1) {
            y[j] += dj;
        }
        return f.applyAsDouble(y);
    }
}
