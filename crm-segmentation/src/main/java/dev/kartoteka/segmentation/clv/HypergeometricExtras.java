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
