package dev.kartoteka.segmentation.clv;

/** The Gaussian hypergeometric function 2F1 for the CLV models' arguments (|z| &lt; 1). */
final class Hypergeometric {

    private Hypergeometric() {
    }

    /**
     * 2F1(a, b; c; z) by its power series, summed until the terms stop mattering.
     *
     * @throws ArithmeticException if the series does not converge in 100,000 terms
     */
    static double f21(double a, double b, double c, double z) {
        if (!(Math.abs(z) < 1)) {
            throw new ArithmeticException("2F1 series needs |z| < 1, was " + z);
        }
        double term = 1;
        double sum = 1;
        for (int n = 0; n < 100_000; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.abs(term) <= 1e-15 * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
    }
}
