package dev.kartoteka.examples.report;

/** The report's few colours, and the ramps its heat maps shade cells with. */
final class Palette {

    static final String INK = "#1f2733";
    static final String MUTED = "#677285";
    static final String TRACK = "#eef0f4";
    static final String BLUE = "#2f6bd8";
    static final String LIGHT_BLUE = "#9dbcf2";
    static final String ORANGE = "#e8792e";
    static final String GREEN = "#1e9968";
    static final String AMBER = "#e0a123";
    static final String RED = "#d6453d";
    static final String GREY = "#aab2bf";

    /** Counts and probabilities: pale to deep blue. */
    static final String[] BLUES = {"#f0f5fe", "#cfdffb", "#9dbcf2", "#5b8fe6", "#2f6bd8", "#1d4aa3"};
    /** Movement between segments: pale to deep orange. */
    static final String[] ORANGES = {"#fff5ee", "#fcdcc4", "#f6b283", "#ee8d4a", "#e8792e", "#b9561a"};
    /** Staying put: pale to mid grey. */
    static final String[] GREYS = {"#f6f7f9", "#e8eaee", "#d5d9e0", "#bcc3cd", "#a2abb8", "#8891a0"};

    private Palette() {
    }

    /**
     * @param ramp the ramp's stops, evenly spaced
     * @param t where on the ramp, 0..1 (clamped)
     * @return the colour, interpolated between the two nearest stops
     */
    static String shade(String[] ramp, double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double pos = clamped * (ramp.length - 1);
        int i = (int) Math.min(ramp.length - 2, Math.floor(pos));
        double f = pos - i;
        int a = Integer.parseInt(ramp[i].substring(1), 16);
        int b = Integer.parseInt(ramp[i + 1].substring(1), 16);
        int r = mix(a >> 16 & 0xff, b >> 16 & 0xff, f);
        int g = mix(a >> 8 & 0xff, b >> 8 & 0xff, f);
        int bl = mix(a & 0xff, b & 0xff, f);
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    /** @return whether text on a cell shaded at {@code t} should be white */
    static boolean dark(double t) {
        return t > 0.5;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
