package dev.kartoteka.segmentation.clv;

/**
 * The Gaussian hypergeometric function 2F1(1, b; c; z) on the whole of 0 &le; z &lt; 1, in log space — the form the
 * Pareto/NBD likelihood needs after Euler's transformation. {@link Hypergeometric#f21} sums the plain power series,
 * which crawls (and gives up) as z approaches 1; this class switches to quadrature there.
 */
final class HypergeometricExtras {

    /** Up to here the series is summed directly: its terms fall at least as fast as SERIES_LIMIT^n. */
    private static final double SERIES_LIMIT = 0.5;

    /** 20-point Gauss–Legendre nodes on [-1, 1] (positive half) and their weights. */
    private static final double[] NODES = {
        0.0765265211334973337546404, 0.2277858511416450780804962, 0.3737060887154195606725482,
        0.5108670019508270980043641, 0.6360536807265150254528367, 0.7463319064601507926143051,
        0.8391169718222188233945291, 0.9122344282513259058677524, 0.9639719272779137912676661,
        0.9931285991850949247861224};
    private static final double[] WEIGHTS = {
        0.1527533871307258506980843, 0.1491729864726037467878287, 0.1420961093183820513292983,
        0.1316886384491766268984945, 0.1181945319615184173123774, 0.1019301198172404350367501,
        0.0832767415767047487247581, 0.0626720483341090635695065, 0.0406014298003869413310400,
        0.0176140071391521183118620};

    private HypergeometricExtras() {
    }

    /**
     * ln 2F1(1, b; c; z) for {@code c > b > 0}, {@code c > 1} and {@code 0 <= z < 1}.
     *
     * <p>Under these conditions every term of the series is positive and the ratio of consecutive terms,
     * z (b + n)/(c + n), is below z, so up to z = 1/2 about 55 terms give full precision. Above it the function is
     * written as an integral (Euler's integral, substituted so that it runs over a logarithmic scale) that is split at
     * z = 1/2: the tail is the series at 1/2 and the rest is summed by Gauss–Legendre panels sized to the integrand's
     * slope, which is log-concave, so the summation stops once the integrand has become negligible. The cost grows
     * with ln(1/(1 − z)), not with 1/(1 − z) as the series' does.
     *
     * @param b the second upper parameter
     * @param c the lower parameter
     * @param z the argument
     * @param logOneMinusZ ln(1 − z), passed separately because callers know it more precisely than it can be computed
     *     from z when z is close to 1
     * @return the logarithm of the function's value
     */
    static double logF21WithUnitFirst(double b, double c, double z, double logOneMinusZ) {
        if (z <= SERIES_LIMIT) {
            return Math.log(series(b, c, z));
        }
        // 2F1(1, b; c; z) = (c − 1) (1 − z)^(−b) ∫_1^∞ p^(b−c) (p + k)^(−b) dp with k = z/(1 − z), split at p = k,
        // where k/(p + k) = 1/2; beyond it the integral is the same function at z = 1/2:
        // ∫_k^∞ = k^(1−c) (1/2)^b 2F1(1, b; c; 1/2) / (c − 1).
        double logK = Math.log(z) - logOneMinusZ;
        double logTail = -b * logOneMinusZ + (1 - c) * logK - b * Math.log(2) + Math.log(series(b, c, 0.5));
        double logBody = Math.log(c - 1) + logIntegral(b, c, logK);
        double max = Math.max(logTail, logBody);
        return max + Math.log(Math.exp(logTail - max) + Math.exp(logBody - max));
    }

    /**
     * ln 2F1(1, b; c; z) as {@link #logF21WithUnitFirst(double, double, double, double)} computes it, together with its
     * partial derivatives, written into {@code gradient} as ∂/∂b, ∂/∂c, ∂/∂ln k and ∂/∂ln(1 − z) with k = z/(1 − z).
     * The last two take ln k and ln(1 − z) as separate arguments of the formula that is evaluated (the series depends
     * on ln(1 − z) only, the quadrature on both); a caller chains them through ln k = ln z − ln(1 − z), which stays
     * finite where 1/(1 − z) would not.
     *
     * @param b the second upper parameter
     * @param c the lower parameter
     * @param z the argument
     * @param logOneMinusZ ln(1 − z)
     * @param gradient receives the four partial derivatives
     * @return the logarithm of the function's value
     */
    static double logF21WithUnitFirst(double b, double c, double z, double logOneMinusZ, double[] gradient) {
        double[] s = new double[4];
        if (z <= SERIES_LIMIT) {
            seriesWithDerivatives(b, c, z, s);
            gradient[0] = s[1] / s[0];
            gradient[1] = s[2] / s[0];
            gradient[2] = 0;
            gradient[3] = -(1 - z) * s[3] / s[0];
            return Math.log(s[0]);
        }
        double logK = Math.log(z) - logOneMinusZ;
        seriesWithDerivatives(b, c, 0.5, s);
        double logTail = -b * logOneMinusZ + (1 - c) * logK - b * Math.log(2) + Math.log(s[0]);
        double[] body = new double[3];
        double logBody = Math.log(c - 1) + logIntegral(b, c, logK, body);
        double max = Math.max(logTail, logBody);
        double value = max + Math.log(Math.exp(logTail - max) + Math.exp(logBody - max));
        double tailShare = Math.exp(logTail - value);
        double bodyShare = Math.exp(logBody - value);
        gradient[0] = tailShare * (-logOneMinusZ - Math.log(2) + s[1] / s[0]) + bodyShare * body[0];
        gradient[1] = tailShare * (-logK + s[2] / s[0]) + bodyShare * (1 / (c - 1) + body[1]);
        gradient[2] = tailShare * (1 - c) + bodyShare * body[2];
        gradient[3] = tailShare * -b;
        return value;
    }

    /**
     * The power series for z &le; 1/2 and its derivatives: sums[0] = Σ t<sub>n</sub>, sums[1] = ∂/∂b, sums[2] = ∂/∂c,
     * sums[3] = ∂/∂z, with t<sub>n</sub> = z<sup>n</sup> Π<sub>j&lt;n</sub> (b + j)/(c + j), whose logarithmic
     * derivatives are Σ<sub>j&lt;n</sub> 1/(b + j), −Σ<sub>j&lt;n</sub> 1/(c + j) and n/z.
     */
    private static void seriesWithDerivatives(double b, double c, double z, double[] sums) {
        double coefficient = 1;
        double power = 1;
        double harmonicB = 0;
        double harmonicC = 0;
        double sum = 1;
        double sumB = 0;
        double sumC = 0;
        double sumZ = 0;
        for (int n = 0; n < 10_000; n++) {
            harmonicB += 1 / (b + n);
            harmonicC += 1 / (c + n);
            coefficient *= (b + n) / (c + n);
            sumZ += (n + 1) * coefficient * power;
            power *= z;
            double term = coefficient * power;
            sum += term;
            sumB += term * harmonicB;
            sumC -= term * harmonicC;
            if (term <= 1e-17 * sum) {
                sums[0] = sum;
                sums[1] = sumB;
                sums[2] = sumC;
                sums[3] = sumZ;
                return;
            }
        }
        throw new ArithmeticException("2F1(1, " + b + "; " + c + "; " + z + ") did not converge");
    }

    /** The power series, for z &le; 1/2 (its terms are positive and fall at least as fast as z^n). */
    private static double series(double b, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int n = 0; n < 10_000; n++) {
            term *= z * (b + n) / (c + n);
            sum += term;
            if (term <= 1e-17 * sum) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(1, " + b + "; " + c + "; " + z + ") did not converge");
    }

    /**
     * ln ∫_0^{ln k} exp(ψ(y)) dy with ψ(y) = (b − c + 1) y − b ln((e^y + k)/(1 + k)), which is
     * ln[(1 − z)^(−b) ∫_1^k p^(b−c) (p + k)^(−b) dp] after p = e^y. ψ is concave (ψ'' = −b u/(1 + u)², u = e^y/k).
     */
    private static double logIntegral(double b, double c, double logK) {
        double lnMax = Double.NEGATIVE_INFINITY;
        double scaled = 0; // Σ w_i exp(ψ_i − lnMax)
        double y = 0;
        while (y < logK) {
            double h = Math.min(1, logK - y);
            // ψ' is monotone (ψ is concave), so its largest magnitude on [y, y + h] is at an end; |ψ''| grows with u
            // on this range (u ≤ 1), so it is largest at the right end
            while (h > 1e-12 && h * Math.max(Math.abs(slope(b, c, y, logK)), Math.abs(slope(b, c, y + h, logK)))
                    + h * h * curvature(b, y + h, logK) > 1) {
                h /= 2;
            }
            double mid = y + h / 2;
            double half = h / 2;
            for (int i = 0; i < NODES.length; i++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    double v = psi(b, c, mid + sign * half * NODES[i], logK) + Math.log(WEIGHTS[i] * half);
                    if (v > lnMax) {
                        scaled = scaled * Math.exp(lnMax - v) + 1;
                        lnMax = v;
                    } else {
                        scaled += Math.exp(v - lnMax);
                    }
                }
            }
            y += h;
            // concave ψ falling 45 below the largest value seen: the rest adds less than 1e-19 of the total
            if (slope(b, c, y, logK) < 0 && psi(b, c, y, logK) < lnMax - 45 - Math.log(1 + logK - y)) {
                break;
            }
        }
        return lnMax + Math.log(scaled);
    }

    /**
     * {@link #logIntegral(double, double, double)} on the same panels, also writing ∂/∂b, ∂/∂c and ∂/∂ln k of the
     * logarithm into {@code derivatives}: integrand-weighted means of ∂ψ/∂b = y − ln((e^y + k)/(1 + k)),
     * ∂ψ/∂c = −y and ∂ψ/∂ln k = −b [1/(1 + u) − k/(1 + k)], plus for ln k the integrand at the upper limit.
     */
    private static double logIntegral(double b, double c, double logK, double[] derivatives) {
        double lnMax = Double.NEGATIVE_INFINITY;
        double scaled = 0;
        double scaledB = 0;
        double scaledC = 0;
        double scaledK = 0;
        double kShare = 1 / (1 + Math.exp(-logK)); // k/(1 + k)
        double y = 0;
        while (y < logK) {
            double h = Math.min(1, logK - y);
            while (h > 1e-12 && h * Math.max(Math.abs(slope(b, c, y, logK)), Math.abs(slope(b, c, y + h, logK)))
                    + h * h * curvature(b, y + h, logK) > 1) {
                h /= 2;
            }
            double mid = y + h / 2;
            double half = h / 2;
            for (int i = 0; i < NODES.length; i++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    double node = mid + sign * half * NODES[i];
                    double shift = node < 700 ? Math.expm1(node) * Math.exp(-logK) : Math.exp(node - logK);
                    double logRatio = Math.log1p(shift / (1 + Math.exp(-logK)));
                    double v = (b - c + 1) * node - b * logRatio + Math.log(WEIGHTS[i] * half);
                    double weight;
                    if (v > lnMax) {
                        double rescale = Math.exp(lnMax - v);
                        scaled *= rescale;
                        scaledB *= rescale;
                        scaledC *= rescale;
                        scaledK *= rescale;
                        lnMax = v;
                        weight = 1;
                    } else {
                        weight = Math.exp(v - lnMax);
                    }
                    double u = Math.exp(node - logK);
                    scaled += weight;
                    scaledB += weight * (node - logRatio);
                    scaledC -= weight * node;
                    scaledK -= weight * b * (1 / (1 + u) - kShare);
                }
            }
            y += h;
            if (slope(b, c, y, logK) < 0 && psi(b, c, y, logK) < lnMax - 45 - Math.log(1 + logK - y)) {
                break;
            }
        }
        double value = lnMax + Math.log(scaled);
        derivatives[0] = scaledB / scaled;
        derivatives[1] = scaledC / scaled;
        derivatives[2] = scaledK / scaled + Math.exp(psi(b, c, logK, logK) - value);
        return value;
    }

    private static double psi(double b, double c, double y, double logK) {
        // (e^y + k)/(1 + k) = 1 + (e^y − 1)/(1 + k); (e^y − 1)/k without overflow for k beyond the double range
        double shift = y < 700 ? Math.expm1(y) * Math.exp(-logK) : Math.exp(y - logK);
        return (b - c + 1) * y - b * Math.log1p(shift / (1 + Math.exp(-logK)));
    }

    private static double slope(double b, double c, double y, double logK) {
        double u = Math.exp(y - logK);
        return (b - c + 1) - b * u / (1 + u);
    }

    private static double curvature(double b, double y, double logK) {
        double u = Math.exp(y - logK);
        return b * u / ((1 + u) * (1 + u));
    }
}
