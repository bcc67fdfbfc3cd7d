package dev.kartoteka.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;

/** Checks of an analytic log-likelihood gradient, shared by the models fitted with BFGS. */
final class GradientChecks {

    private GradientChecks() {
    }

    /**
     * Asserts, at each point, that the likelihood's value equals {@code direct} (the per-customer sum) within
     * {@code valueTolerance} relative, and that each gradient component (in log-parameters) equals the central
     * difference with step 1e-5 within 1e-5 relative.
     */
    static void assertGradientAgreesWithCentralDifferences(MaximumLikelihood.Differentiable likelihood,
                                                           double[][] points, ToDoubleFunction<double[]> direct,
                                                           double valueTolerance) {
        for (double[] point : points) {
            int k = point.length;
            double[] logTheta = new double[k];
            for (int i = 0; i < k; i++) {
                logTheta[i] = Math.log(point[i]);
            }
            double[] gradient = new double[k];
            double value = likelihood.valueAndGradient(logTheta, gradient);
            double expected = direct.applyAsDouble(point);
            assertThat(value).isCloseTo(expected, within(valueTolerance * Math.abs(expected)));
            for (int i = 0; i < k; i++) {
                double h = 1e-5;
                double[] up = logTheta.clone();
                double[] down = logTheta.clone();
                up[i] += h;
                down[i] -= h;
                double numeric = (likelihood.valueAndGradient(up, new double[k])
                        - likelihood.valueAndGradient(down, new double[k])) / (2 * h);
                assertThat(gradient[i]).as("component %d at %s", i, java.util.Arrays.toString(point))
                        .isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
            }
        }
    }

    /** The log-likelihood of the CDNOW calibration patterns summed customer by customer. */
    static double cdnowSum(java.util.function.Function<RepeatPattern, Double> logLikelihood) {
        double sum = 0;
        for (RepeatPattern c : CdnowData.summaries().patterns()) {
            sum += logLikelihood.apply(c);
        }
        return sum;
    }
}
