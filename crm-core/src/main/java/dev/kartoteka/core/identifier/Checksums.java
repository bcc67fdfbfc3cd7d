package dev.kartoteka.core.identifier;

/** Digit arithmetic shared by the Polish registry numbers. */
final class Checksums {

    private Checksums() {
    }

    /** The sum of {@code digits[i] * weights[i]} over the weights' length; the digits must be ASCII. */
    static int weightedSum(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** {@code s} with every space and dash removed. */
    static String withoutSpacesAndDashes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
