package dev.kartoteka.segmentation.clv;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.hipparchus.special.Gamma;

/**
 * The Pareto/NBD log-likelihood of compressed patterns and its analytic gradient in the log-parameters, computed as
 * {@link ParetoNbdParameters#logLikelihood(int, double, double)} does: per customer
 * ln L = lnΓ(r+x) − lnΓ(r) + r ln α + s ln β + ln(e<sup>A</sup> + e<sup>B(t<sub>x</sub>)</sup> − e<sup>B(T)</sup>)
 * with A = −(r+x) ln(α+T) − s ln(β+T) and B(t) = ln s + ln ∫<sub>t</sub><sup>∞</sup> (α+τ)<sup>−(r+x)</sup>
 * (β+τ)<sup>−(s+1)</sup> dτ, the last written with h, l the larger and smaller of α and β, e<sub>h</sub>,
 * e<sub>l</sub> their exponents, m = r+s+x and z = (h−l)/(h+t) as
 * −e<sub>h</sub> ln(h+t) + (1−e<sub>l</sub>) ln(l+t) − ln m + ln 2F1(1, e<sub>h</sub>; m+1; z).
 *
 * <p>The gradient needs the derivatives of 2F1 in its parameters. While z &le; 0.8 (always near the CDNOW estimates,
 * where z &lt; 0.1; an optimiser on its way there passes 0.8 rarely) the series is differentiated term by term: its
 * coefficients depend on x alone, so they and their derivatives in b and c are tabulated once per distinct x and
 * evaluation and every pattern only sums powers of its z. Beyond 0.8 {@link HypergeometricExtras} differentiates its
 * quadrature. Logarithms of α + t and β + t are taken
 * once per distinct age and recency.
 */
final class ParetoNbdLikelihood implements MaximumLikelihood.Differentiable {

    /** Patterns per chunk of the sum; the chunks' sums are added in chunk order, whichever threads ran them. */
    private static final int CHUNK = 512;

    /**
     * Up to here the series is summed from the table rather than by quadrature: its terms fall at least as fast as
     * 0.8^n, so at most 176 terms, which is still several times cheaper than the quadrature.
     */
    private static final double SERIES_LIMIT = 0.8;

    /** Table length per x: enough for z &le; SERIES_LIMIT (0.8^176 &lt; 1e-17). */
    private static final int TERMS = 192;

    private final PatternData d;
    /** The smallest recency per distinct x: it has the largest z, which sets how many terms the table needs. */
    private final double[] smallestRecency;

    ParetoNbdLikelihood(PatternData d) {
        this.d = d;
        smallestRecency = new double[d.distinct.length];
        Arrays.fill(smallestRecency, Double.POSITIVE_INFINITY);
        for (int i = 0; i < d.n; i++) {
            smallestRecency[d.xIndex[i]] = Math.min(smallestRecency[d.xIndex[i]], d.tx[i]);
        }
    }

    @Override
    public double valueAndGradient(double[] logTheta, double[] gradient) {
        double r = Math.exp(logTheta[0]);
        double alpha = Math.exp(logTheta[1]);
        double s = Math.exp(logTheta[2]);
        double beta = Math.exp(logTheta[3]);
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !Double.isFinite(r + alpha + s + beta)) {
            return Double.NEGATIVE_INFINITY;
        }
        int[] distinct = d.distinct;
        boolean alphaHigh = alpha >= beta;
        double high = alphaHigh ? alpha : beta;
        double low = alphaHigh ? beta : alpha;
        double lnGammaR = Gamma.logGamma(r);
        double psiR = Gamma.digamma(r);
        double sumValue = d.customers * (r * Math.log(alpha) + s * Math.log(beta));
        double gradR = d.customers * Math.log(alpha);
        double gradS = d.customers * Math.log(beta);
        int[] terms = new int[distinct.length];
        double[] lnM = new double[distinct.length];
        double[] invM = new double[distinct.length];
        double[] coefficients = new double[distinct.length * TERMS];
        double[] byB = new double[distinct.length * TERMS];
        double[] byC = new double[distinct.length * TERMS];
        double[] byZ = new double[distinct.length * TERMS];
        for (int k = 0; k < distinct.length; k++) {
            int xk = distinct[k];
            double wk = d.weightPerX[k];
            sumValue += wk * (Gamma.logGamma(r + xk) - lnGammaR);
            if (xk > 0) {
                gradR += wk * (Gamma.digamma(r + xk) - psiR);
            }
            double b = alphaHigh ? r + xk : s + 1;
            double c = r + s + xk + 1;
            lnM[k] = Math.log(c - 1);
            invM[k] = 1 / (c - 1);
            double zBound = Math.min(SERIES_LIMIT, (high - low) / (high + smallestRecency[k]));
            terms[k] = tabulate(b, c, zBound, k * TERMS, coefficients, byB, byC, byZ);
        }
        Tables tables = new Tables(r, alpha, s, beta, terms, coefficients, byB, byC, byZ, lnM, invM,
                logs(alpha, d.distinctAges), logs(beta, d.distinctAges), inverses(alpha, d.distinctAges),
                inverses(beta, d.distinctAges), logs(alpha, d.distinctRecencies), logs(beta, d.distinctRecencies),
                inverses(alpha, d.distinctRecencies), inverses(beta, d.distinctRecencies));
        int chunks = (d.n + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        if (chunks == 1) {
            partial[0] = accumulate(0, d.n, tables);
        } else {
            IntStream.range(0, chunks).parallel().forEach(c -> partial[c] = accumulate(c * CHUNK,
                    Math.min(d.n, (c + 1) * CHUNK), tables));
        }
        double sumBracket = 0;
        double sumR = 0;
        double sumAlpha = 0;
        double sumS = 0;
        double sumBeta = 0;
        for (double[] sums : partial) {
            sumBracket += sums[0];
            sumR += sums[1];
            sumAlpha += sums[2];
            sumS += sums[3];
            sumBeta += sums[4];
        }
        gradient[0] = r * (gradR + sumR);
        gradient[1] = alpha * (d.customers * r / alpha + sumAlpha);
        gradient[2] = s * (gradS + sumS);
        gradient[3] = beta * (d.customers * s / beta + sumBeta);
        double value = sumValue + sumBracket;
        for (double g : gradient) {
            if (!Double.isFinite(g)) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        return value;
    }

    /**
     * Coefficients c<sub>n</sub> = Π<sub>j&lt;n</sub> (b+j)/(c+j) of 2F1(1, b; c; z) and their derivatives in b, c
     * (c<sub>n</sub> Σ 1/(b+j), −c<sub>n</sub> Σ 1/(c+j)) and the coefficient n c<sub>n</sub> of z<sup>n−1</sup> in
     * ∂/∂z, from {@code at} on; as many as a z up to zBound needs (c<sub>n</sub> &le; 1 as c &gt; b).
     *
     * @return the number of terms
     */
    private static int tabulate(double b, double c, double zBound, int at, double[] coefficients, double[] byB,
                                double[] byC, double[] byZ) {
        double coefficient = 1;
        double harmonicB = 0;
        double harmonicC = 0;
        double power = 1;
        coefficients[at] = 1;
        int n = 1;
        for (; n < TERMS; n++) {
            harmonicB += 1 / (b + n - 1);
            harmonicC += 1 / (c + n - 1);
            coefficient *= (b + n - 1) / (c + n - 1);
            power *= zBound;
            coefficients[at + n] = coefficient;
            byB[at + n] = coefficient * harmonicB;
            byC[at + n] = -coefficient * harmonicC;
            byZ[at + n] = n * coefficient;
            if (coefficient * power <= 1e-17) {
                return n + 1;
            }
        }
        return TERMS;
    }

    /** The per-evaluation tables the pattern loop looks terms up in. */
    private record Tables(double r, double alpha, double s, double beta, int[] terms, double[] coefficients,
                          double[] byB, double[] byC, double[] byZ, double[] lnM, double[] invM,
                          double[] lnAlphaAge, double[] lnBetaAge, double[] invAlphaAge, double[] invBetaAge,
                          double[] lnAlphaRecency, double[] lnBetaRecency, double[] invAlphaRecency,
                          double[] invBetaRecency) {
    }

    /** Over patterns [from, to): Σ w ln(bracket) and Σ w ∂ln(bracket)/∂(r, α, s, β). */
    private double[] accumulate(int from, int to, Tables tables) {
        double r = tables.r();
        double alpha = tables.alpha();
        double s = tables.s();
        double beta = tables.beta();
        double logS = Math.log(s);
        Tail recent = new Tail(tables);
        Tail end = new Tail(tables);
        double sumBracket = 0;
        double sumR = 0;
        double sumAlpha = 0;
        double sumS = 0;
        double sumBeta = 0;
        for (int i = from; i < to; i++) {
            int x = d.x[i];
            double wi = d.w[i];
            double age = d.t[i];
            double tx = d.tx[i];
            int ai = d.ageIndex[i];
            double lnAlphaAge = tables.lnAlphaAge()[ai];
            double lnBetaAge = tables.lnBetaAge()[ai];
            double invAlphaAge = tables.invAlphaAge()[ai];
            double invBetaAge = tables.invBetaAge()[ai];
            double alive = -(r + x) * lnAlphaAge - s * lnBetaAge;
            double aliveR = -lnAlphaAge;
            double aliveAlpha = -(r + x) * invAlphaAge;
            double aliveS = -lnBetaAge;
            double aliveBeta = -s * invBetaAge;
            if (tx == age) {
                sumBracket += wi * alive;
                sumR += wi * aliveR;
                sumAlpha += wi * aliveAlpha;
                sumS += wi * aliveS;
                sumBeta += wi * aliveBeta;
                continue;
            }
            int ri = d.recencyIndex[i];
            int k = d.xIndex[i];
            recent.compute(x, k, tx, tables.lnAlphaRecency()[ri], tables.lnBetaRecency()[ri],
                    tables.invAlphaRecency()[ri], tables.invBetaRecency()[ri]);
            end.compute(x, k, age, lnAlphaAge, lnBetaAge, invAlphaAge, invBetaAge);
            double fromTx = logS + recent.value;
            double fromAge = logS + end.value;
            // as ParetoNbdParameters.logBracket: ln(e^alive + e^fromTx − e^fromAge), the larger of the first two
            // factored out; the shares of the three terms in the bracket weight their derivatives
            double aliveScaled;
            double recentScaled;
            double max;
            if (alive >= fromTx) {
                max = alive;
                aliveScaled = 1;
                recentScaled = Math.exp(fromTx - alive);
            } else {
                max = fromTx;
                aliveScaled = Math.exp(alive - fromTx);
                recentScaled = 1;
            }
            double droppedFraction = -Math.expm1(Math.min(0, fromAge - fromTx)); // 1 − e^(fromAge − fromTx)
            double scaled = aliveScaled + recentScaled * droppedFraction;
            double bracket = max + Math.log(scaled);
            double aliveShare = aliveScaled / scaled;
            double recentShare = recentScaled / scaled;
            double endFraction = 1 - droppedFraction;
            sumBracket += wi * bracket;
            sumR += wi * (aliveShare * aliveR + recentShare * (recent.r - endFraction * end.r));
            sumAlpha += wi * (aliveShare * aliveAlpha + recentShare * (recent.alpha - endFraction * end.alpha));
            sumS += wi * (aliveShare * aliveS + recentShare * (recent.s - endFraction * end.s + droppedFraction / s));
            sumBeta += wi * (aliveShare * aliveBeta + recentShare * (recent.beta - endFraction * end.beta));
        }
        return new double[] {sumBracket, sumR, sumAlpha, sumS, sumBeta};
    }

    /** ln ∫<sub>t</sub><sup>∞</sup> (α+τ)<sup>−(r+x)</sup> (β+τ)<sup>−(s+1)</sup> dτ and its partial derivatives. */
    private static final class Tail {
        private final Tables tables;
        private final double[] f21 = new double[4];
        double value;
        double r;
        double alpha;
        double s;
        double beta;

        Tail(Tables tables) {
            this.tables = tables;
        }

        void compute(int x, int k, double t, double lnAlphaT, double lnBetaT, double invAlphaT, double invBetaT) {
            double ra = tables.r() + x;
            double sa = tables.s() + 1;
            double m = tables.r() + tables.s() + x;
            boolean alphaHigh = tables.alpha() >= tables.beta();
            double high = alphaHigh ? tables.alpha() : tables.beta();
            double low = alphaHigh ? tables.beta() : tables.alpha();
            double highExponent = alphaHigh ? ra : sa;
            double lowExponent = alphaHigh ? sa : ra;
            double lnHigh = alphaHigh ? lnAlphaT : lnBetaT;
            double lnLow = alphaHigh ? lnBetaT : lnAlphaT;
            double invHigh = alphaHigh ? invAlphaT : invBetaT; // 1/(h + t)
            double invLow = alphaHigh ? invBetaT : invAlphaT;
            double z = (high - low) * invHigh;
            double lnF;
            double byHigh = -highExponent * invHigh;
            double byLow = (1 - lowExponent) * invLow;
            if (z <= SERIES_LIMIT) {
                lnF = series(k, z);
                // the series in z: ∂z/∂h = (l+t)/(h+t)² = (1 − z)/(h+t), ∂z/∂l = −1/(h+t)
                byHigh += f21[3] * (1 - z) * invHigh;
                byLow -= f21[3] * invHigh;
            } else {
                lnF = HypergeometricExtras.logF21WithUnitFirst(highExponent, m + 1, z, lnLow - lnHigh, f21);
                // ln k = ln(h − l) − ln(l + t), ℓ = ln(l + t) − ln(h + t)
                byHigh += f21[2] / (high - low) - f21[3] * invHigh;
                byLow += -f21[2] * (1 / (high - low) + invLow) + f21[3] * invLow;
            }
            value = -highExponent * lnHigh + (1 - lowExponent) * lnLow - tables.lnM()[k] + lnF;
            double byHighExponent = -lnHigh + f21[0];
            double byLowExponent = -lnLow;
            double byM = -tables.invM()[k] + f21[1];
            r = (alphaHigh ? byHighExponent : byLowExponent) + byM;
            s = (alphaHigh ? byLowExponent : byHighExponent) + byM;
            alpha = alphaHigh ? byHigh : byLow;
            beta = alphaHigh ? byLow : byHigh;
        }

        /** ln of the tabulated series at z into the value, ∂/∂b, ∂/∂c and ∂/∂z of the logarithm into f21. */
        private double series(int k, double z) {
            int at = k * TERMS;
            int terms = tables.terms()[k];
            double[] coefficients = tables.coefficients();
            double[] byB = tables.byB();
            double[] byC = tables.byC();
            double[] byZ = tables.byZ();
            double power = 1;
            double sum = 1;
            double sumB = 0;
            double sumC = 0;
            double sumZ = 0;
            for (int n = 1; n < terms; n++) {
                sumZ += byZ[at + n] * power;
                power *= z;
                double term = coefficients[at + n] * power;
                sum += term;
                sumB += byB[at + n] * power;
                sumC += byC[at + n] * power;
                if (term <= 1e-17 * sum) {
                    break;
                }
            }
            double inverse = 1 / sum;
            f21[0] = sumB * inverse;
            f21[1] = sumC * inverse;
            f21[3] = sumZ * inverse;
            return Math.log(sum);
        }
    }

    private static double[] inverses(double scale, double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = 1 / (scale + values[i]);
        }
        return out;
    }

    private static double[] logs(double scale, double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.log(scale + values[i]);
        }
        return out;
    }
}
