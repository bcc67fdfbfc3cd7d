package dev.kartoteka.segmentation.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum likelihood over positive parameters, in log space from several starts, so that a fit converges or says it
 * did not: Nelder–Mead, restarted from its own best point until it stops improving, for likelihoods without a
 * gradient; BFGS with a Wolfe line search for those with an analytic gradient.
 */
final class MaximumLikelihood {

    private static final int MAX_EVALUATIONS = 40_000;

    private MaximumLikelihood() {
    }

    /**
     * A log-likelihood with its gradient, both as functions of the logarithms of the parameters.
     */
    @FunctionalInterface
    interface Differentiable {
        /**
         * @param logTheta the logarithms of the parameters
         * @param gradient receives ∂ ln L / ∂ ln θ<sub>i</sub> (left undefined when the value is not finite)
         * @return ln L, or −∞ where it is not defined
         */
        double valueAndGradient(double[] logTheta, double[] gradient);
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
     * Maximises a log-likelihood with an analytic gradient by BFGS in log space from each start, keeping the best
     * converged result (with the evaluations of all starts). A run converges when the largest gradient component is
     * below 1e-8 of |ln L| (the log-likelihood is a sum over customers, so this is a relative criterion whatever their
     * number; near it a step changes ln L by less than its rounding) or, failing that, when ln L stops changing in its
     * 13th digit, or no step along the search direction improves it, with the gradient below 1e-6 of |ln L|.
     *
     * @param logLikelihood ln L and its gradient in log-parameters
     * @param starts starting points (parameters, not logs)
     * @return the best result
     */
    static Result maximise(Differentiable logLikelihood, double[][] starts) {
        Result best = null;
        int evaluations = 0;
        for (double[] start : starts) {
            double[] theta = new double[start.length];
            for (int i = 0; i < start.length; i++) {
                theta[i] = Math.log(start[i]);
            }
            Bfgs run = new Bfgs(logLikelihood, theta);
            run.run();
            evaluations += run.evaluations;
            if (!Double.isFinite(run.value)) {
                continue;
            }
            double[] p = new double[theta.length];
            for (int i = 0; i < theta.length; i++) {
                p[i] = Math.exp(run.x[i]);
            }
            Result r = new Result(p, run.value, run.converged, evaluations);
            if (best == null || (r.converged() && !best.converged())
                    || (r.converged() == best.converged() && r.logLikelihood() > best.logLikelihood())) {
                best = r;
            }
        }
        if (best == null) {
            return new Result(starts[0], Double.NEGATIVE_INFINITY, false, evaluations);
        }
        return new Result(best.parameters(), best.logLikelihood(), best.converged(), evaluations);
    }

    /** One BFGS run (minimising −ln L) with a weak-Wolfe bisection line search (Lewis &amp; Overton). */
    private static final class Bfgs {
        private static final int MAX_ITERATIONS = 500;
        private static final double MAX_STEP = 3; // in log-parameters: a factor of e^3 per iteration at most

        private final Differentiable f;
        private final int k;
        double[] x;
        double value;
        private double[] gradient;
        boolean converged;
        int evaluations;

        Bfgs(Differentiable f, double[] start) {
            this.f = f;
            this.k = start.length;
            this.x = start.clone();
            this.gradient = new double[k];
        }

        /** −ln L at y into g (as −∇ ln L). */
        private double minus(double[] y, double[] g) {
            evaluations++;
            double v = f.valueAndGradient(y, g);
            for (int i = 0; i < k; i++) {
                g[i] = -g[i];
            }
            return Double.isFinite(v) ? -v : Double.POSITIVE_INFINITY;
        }

        void run() {
            double fx = minus(x, gradient);
            if (!Double.isFinite(fx)) {
                value = Double.NEGATIVE_INFINITY;
                return;
            }
            double[][] h = identity(k);
            boolean scaled = false;
            int flat = 0;
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                double scale = Math.max(1, Math.abs(fx));
                double norm = maxAbs(gradient);
                if (norm <= 1e-8 * scale) {
                    converged = true;
                    break;
                }
                double[] d = new double[k];
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        d[i] -= h[i][j] * gradient[j];
                    }
                }
                double slope = dot(gradient, d);
                if (!(slope < 0)) {
                    h = identity(k);
                    scaled = false;
                    for (int i = 0; i < k; i++) {
                        d[i] = -gradient[i];
                    }
                    slope = dot(gradient, d);
                }
                double longest = maxAbs(d);
                double t = longest > MAX_STEP ? MAX_STEP / longest : 1;
                double lo = 0;
                double hi = Double.POSITIVE_INFINITY;
                double[] y = new double[k];
                double[] gy = new double[k];
                double fy = Double.NaN;
                boolean accepted = false;
                for (int search = 0; search < 30; search++) {
                    for (int i = 0; i < k; i++) {
                        y[i] = x[i] + t * d[i];
                    }
                    fy = minus(y, gy);
                    if (!(fy <= fx + 1e-4 * t * slope)) {
                        hi = t;
                    } else if (dot(gy, d) < 0.9 * slope) {
                        lo = t;
                    } else {
                        accepted = true;
                        break;
                    }
                    t = hi < Double.POSITIVE_INFINITY ? (lo + hi) / 2 : 2 * t;
                }
                if (!accepted) {
                    // no Wolfe point: accept a decrease if one was found, else stop where we are
                    if (lo > 0) {
                        for (int i = 0; i < k; i++) {
                            y[i] = x[i] + lo * d[i];
                        }
                        fy = minus(y, gy);
                    } else {
                        converged = norm <= 1e-6 * scale;
                        break;
                    }
                }
                double[] s = new double[k];
                double[] q = new double[k];
                for (int i = 0; i < k; i++) {
                    s[i] = y[i] - x[i];
                    q[i] = gy[i] - gradient[i];
                }
                double change = fx - fy;
                x = y.clone();
                gradient = gy.clone();
                double sq = dot(s, q);
                if (sq > 0) {
                    if (!scaled) {
                        double gamma = sq / dot(q, q);
                        for (int i = 0; i < k; i++) {
                            h[i][i] = gamma;
                        }
                        scaled = true;
                    }
                    update(h, s, q, sq);
                }
                flat = change <= 1e-13 * Math.max(1, Math.abs(fy)) ? flat + 1 : 0;
                fx = fy;
                if (flat >= 3) {
                    converged = maxAbs(gradient) <= 1e-6 * Math.max(1, Math.abs(fx));
                    break;
                }
            }
            value = -fx;
        }

        /** H ← (I − ρ s qᵀ) H (I − ρ q sᵀ) + ρ s sᵀ, ρ = 1/(sᵀq). */
        private void update(double[][] h, double[] s, double[] q, double sq) {
            double rho = 1 / sq;
            double[] hq = new double[k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    hq[i] += h[i][j] * q[j];
                }
            }
            double qhq = dot(q, hq);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    h[i][j] += -rho * (s[i] * hq[j] + hq[i] * s[j]) + (rho * rho * qhq + rho) * s[i] * s[j];
                }
            }
        }

        private static double[][] identity(int k) {
            double[][] m = new double[k][k];
            for (int i = 0; i < k; i++) {
                m[i][i] = 1;
            }
            return m;
        }

        private static double dot(double[] u, double[] v) {
            double sum = 0;
            for (int i = 0; i < u.length; i++) {
                sum += u[i] * v[i];
            }
            return sum;
        }

        private static double maxAbs(double[] v) {
            double max = 0;
            for (double e : v) {
                max = Math.max(max, Math.abs(e));
            }
            return max;
        }
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
     * The log-likelihood with its gradient minus an L2 penalty on the parameters, λ·Σθ², as
     * {@link #penalised(ToDoubleFunction, double)}.
     *
     * @param logLikelihood the log-likelihood and its gradient in log-parameters
     * @param l2Penalty λ, 0 or more
     * @return the penalised objective (the log-likelihood itself for λ = 0)
     * @throws IllegalArgumentException if λ is negative or not finite
     */
    static Differentiable penalised(Differentiable logLikelihood, double l2Penalty) {
        penalised(p -> 0, l2Penalty); // the same check
        if (l2Penalty == 0) {
            return logLikelihood;
        }
        return (logTheta, gradient) -> {
            double value = logLikelihood.valueAndGradient(logTheta, gradient);
            double squares = 0;
            for (int i = 0; i < logTheta.length; i++) {
                double p = Math.exp(logTheta[i]);
                squares += p * p;
                gradient[i] -= 2 * l2Penalty * p * p;
            }
            return value - l2Penalty * squares;
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
    static List<Double> standardErrors(ToDoubleFunction<double[]> logLikelihood, double[] estimates) {
        int k = estimates.length;
        double[] h = steps(estimates);
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
                hessian[i][j] = value;
                hessian[j][i] = value;
            }
        }
        return fromHessian(hessian);
    }

    /**
     * Standard errors as {@link #standardErrors(ToDoubleFunction, double[])}, with the Hessian taken by central
     * differences of the analytic gradient (2k gradient evaluations instead of 2k² + 1 likelihood evaluations, and
     * one order of differencing less).
     *
     * @param logLikelihood the log-likelihood and its gradient in log-parameters
     * @param estimates the estimates (parameters, not logs)
     * @return one standard error per parameter; NaN where the information matrix is not positive definite
     */
    static List<Double> standardErrors(Differentiable logLikelihood, double[] estimates) {
        int k = estimates.length;
        double[] h = steps(estimates);
        double[][] hessian = new double[k][k];
        double[] up = new double[k];
        double[] down = new double[k];
        for (int i = 0; i < k; i++) {
            gradientInParameters(logLikelihood, estimates, i, h[i], up);
            gradientInParameters(logLikelihood, estimates, i, -h[i], down);
            for (int j = 0; j < k; j++) {
                hessian[i][j] += (up[j] - down[j]) / (4 * h[i]);
                hessian[j][i] += (up[j] - down[j]) / (4 * h[i]);
            }
        }
        return fromHessian(hessian);
    }

    /** ∂ ln L / ∂θ at the estimates with θ<sub>i</sub> moved by di (the objective's gradient is in ln θ). */
    private static void gradientInParameters(Differentiable f, double[] estimates, int i, double di, double[] out) {
        double[] logTheta = new double[estimates.length];
        for (int j = 0; j < estimates.length; j++) {
            logTheta[j] = Math.log(j == i ? estimates[j] + di : estimates[j]);
        }
        f.valueAndGradient(logTheta, out);
        for (int j = 0; j < estimates.length; j++) {
            out[j] /= Math.exp(logTheta[j]);
        }
    }

    private static double[] steps(double[] estimates) {
        double[] h = new double[estimates.length];
        for (int i = 0; i < estimates.length; i++) {
            h[i] = 1e-4 * Math.max(Math.abs(estimates[i]), 1e-3);
        }
        return h;
    }

    /** The square roots of the diagonal of −H⁻¹; NaN where it is not positive or H is singular. */
    private static List<Double> fromHessian(double[][] hessian) {
        int k = hessian.length;
        double[][] information = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                information[i][j] = -hessian[i][j];
            }
        }
        List<Double> out = new ArrayList<>(k);
        try {
            RealMatrix covariance = new LUDecomposition(MatrixUtils.createRealMatrix(information)).getSolver()
                    .getInverse();
            for (int i = 0; i < k; i++) {
                double v = covariance.getEntry(i, i);
                out.add(v > 0 ? Math.sqrt(v) : Double.NaN);
            }
        } catch (MathIllegalArgumentException singular) {
            out.clear();
            for (int i = 0; i < k; i++) {
                out.add(Double.NaN);
            }
        }
        return List.copyOf(out);
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
