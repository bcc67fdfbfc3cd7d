package dev.kartoteka.segmentation.clv;

import java.util.stream.IntStream;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD log-likelihood of compressed patterns and its analytic gradient in the log-parameters (Fader, Hardie
 * &amp; Lee 2005, eq. 6): per customer ln L = ln A<sub>1</sub>A<sub>2</sub> + ln(A<sub>3</sub> + δ<sub>x&gt;0</sub>
 * A<sub>4</sub>) with
 * ln A<sub>1</sub>A<sub>2</sub> = lnΓ(r+x) − lnΓ(r) + r ln α + lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x),
 * ln A<sub>3</sub> = −(r+x) ln(α+T) and ln A<sub>4</sub> = ln a − ln(b+x−1) − (r+x) ln(α+t<sub>x</sub>).
 *
 * <p>With π = A<sub>4</sub>/(A<sub>3</sub> + A<sub>4</sub>) (0 when x = 0) the derivatives are
 * ∂/∂r = ψ(r+x) − ψ(r) + ln α − (1−π) ln(α+T) − π ln(α+t<sub>x</sub>),
 * ∂/∂α = r/α − (r+x) [(1−π)/(α+T) + π/(α+t<sub>x</sub>)],
 * ∂/∂a = ψ(a+b) − ψ(a+b+x) + π/a and
 * ∂/∂b = ψ(a+b) − ψ(b) + ψ(b+x) − ψ(a+b+x) − π/(b+x−1).
 * Terms in x alone are computed once per distinct x, logarithms of α + T and α + t<sub>x</sub> once per distinct age
 * and recency, so a pattern costs one exponential and one logarithm.
 */
final class BgNbdLikelihood implements MaximumLikelihood.Differentiable {

    /**
     * Patterns per chunk of the sum. Data sets up to this size are summed in one pass on the caller's thread; larger
     * ones in chunks on the common fork-join pool.
     */
    private static final int CHUNK = 16_384;

    private final PatternData d;

    BgNbdLikelihood(PatternData d) {
        this.d = d;
    }

    @Override
    public double valueAndGradient(double[] logTheta, double[] gradient) {
        double r = Math.exp(logTheta[0]);
        double alpha = Math.exp(logTheta[1]);
        double a = Math.exp(logTheta[2]);
        double b = Math.exp(logTheta[3]);
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            return Double.NEGATIVE_INFINITY;
        }
        int[] distinct = d.distinct;
        double[] lnA1A2 = new double[distinct.length];
        double[] lnA4Const = new double[distinct.length];
        double[] dB4 = new double[distinct.length];
        double lnGammaR = Gamma.logGamma(r);
        double lnBeta = Gamma.logGamma(a + b) - Gamma.logGamma(b);
        double lnAlpha = Math.log(alpha);
        double psiR = Gamma.digamma(r);
        double psiAB = Gamma.digamma(a + b);
        double psiB = Gamma.digamma(b);
        double sumValue = 0;
        double gradR = 0;
        double gradA = 0;
        double gradB = 0;
        for (int k = 0; k < distinct.length; k++) {
            int xk = distinct[k];
            double wk = d.weightPerX[k];
            lnA1A2[k] = Gamma.logGamma(r + xk) - lnGammaR + r * lnAlpha
                    + lnBeta + Gamma.logGamma(b + xk) - Gamma.logGamma(a + b + xk);
            lnA4Const[k] = xk == 0 ? 0 : Math.log(a) - Math.log(b + xk - 1);
            dB4[k] = xk == 0 ? 0 : -1 / (b + xk - 1);
            sumValue += wk * lnA1A2[k];
            double psiABX = xk == 0 ? psiAB : Gamma.digamma(a + b + xk);
            gradR += wk * ((xk == 0 ? 0 : Gamma.digamma(r + xk) - psiR) + lnAlpha);
            gradA += wk * (psiAB - psiABX);
            gradB += wk * (psiAB - psiB + (xk == 0 ? psiB : Gamma.digamma(b + xk)) - psiABX);
        }
        Tables tables = new Tables(r, lnA4Const, dB4, logs(alpha, d.distinctAges), inverses(alpha, d.distinctAges),
                logs(alpha, d.distinctRecencies), inverses(alpha, d.distinctRecencies));
        // fixed chunks whose sums are added in chunk order: the result does not depend on the threads that ran them
        int chunks = (d.n + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        if (chunks == 1) {
            partial[0] = accumulate(0, d.n, tables);
        } else {
            IntStream.range(0, chunks).parallel().forEach(c -> partial[c] = accumulate(c * CHUNK,
                    Math.min(d.n, (c + 1) * CHUNK), tables));
        }
        double sumMixture = 0; // Σ w ln(A3 + δ A4)
        double sumLog = 0;     // Σ w [(1−π) ln(α+T) + π ln(α+t_x)]
        double sumInv = 0;     // Σ w (r+x) [(1−π)/(α+T) + π/(α+t_x)]
        double sumPi = 0;      // Σ w π
        double sumPiB = 0;     // Σ w π ∂ln A4/∂b
        for (double[] sums : partial) {
            sumMixture += sums[0];
            sumLog += sums[1];
            sumInv += sums[2];
            sumPi += sums[3];
            sumPiB += sums[4];
        }
        gradient[0] = r * (gradR - sumLog);
        gradient[1] = alpha * (d.customers * r / alpha - sumInv);
        gradient[2] = a * (gradA + sumPi / a);
        gradient[3] = b * (gradB + sumPiB);
        return sumValue + sumMixture;
    }

    /** The per-evaluation tables the pattern loop looks terms up in. */
    private record Tables(double r, double[] lnA4Const, double[] dB4, double[] lnAge, double[] invAge,
                          double[] lnRecency, double[] invRecency) {
    }

    /** The pattern sums over patterns [from, to): ln-mixture, log, inverse, π and π ∂ln A4/∂b. */
    private double[] accumulate(int from, int to, Tables tables) {
        double r = tables.r();
        double[] lnA4Const = tables.lnA4Const();
        double[] dB4 = tables.dB4();
        double[] lnAgeTerm = tables.lnAge();
        double[] invAgeTerm = tables.invAge();
        double[] lnRecencyTerm = tables.lnRecency();
        double[] invRecencyTerm = tables.invRecency();
        int[] x = d.x;
        double[] w = d.w;
        int[] xIndex = d.xIndex;
        int[] ageIndex = d.ageIndex;
        int[] recencyIndex = d.recencyIndex;
        double sumMixture = 0;
        double sumLog = 0;
        double sumInv = 0;
        double sumPi = 0;
        double sumPiB = 0;
        for (int i = from; i < to; i++) {
            double wi = w[i];
            double rx = r + x[i];
            int ai = ageIndex[i];
            double lnAge = lnAgeTerm[ai];
            double lnA3 = -rx * lnAge;
            if (x[i] == 0) {
                sumMixture += wi * lnA3;
                sumLog += wi * lnAge;
                sumInv += wi * rx * invAgeTerm[ai];
                continue;
            }
            int k = xIndex[i];
            int ri = recencyIndex[i];
            double lnRecency = lnRecencyTerm[ri];
            double lnA4 = lnA4Const[k] - rx * lnRecency;
            double diff = lnA4 - lnA3;
            double pi;
            double ll;
            if (diff > 0) {
                double e = Math.exp(-diff);
                ll = lnA4 + Math.log1p(e);
                pi = 1 / (1 + e);
            } else {
                double e = Math.exp(diff);
                ll = lnA3 + Math.log1p(e);
                pi = e / (1 + e);
            }
            sumMixture += wi * ll;
            sumLog += wi * (lnAge + pi * (lnRecency - lnAge));
            double invAge = invAgeTerm[ai];
            sumInv += wi * rx * (invAge + pi * (invRecencyTerm[ri] - invAge));
            sumPi += wi * pi;
            sumPiB += wi * pi * dB4[k];
        }
        return new double[] {sumMixture, sumLog, sumInv, sumPi, sumPiB};
    }

    private static double[] logs(double alpha, double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.log(alpha + values[i]);
        }
        return out;
    }

    private static double[] inverses(double alpha, double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = 1 / (alpha + values[i]);
        }
        return out;
    }
}
