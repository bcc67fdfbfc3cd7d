package dev.kartoteka.examples.report;

import java.util.Objects;

/** Argument checks for the report's values; every message names what was wrong, the value, and what was expected. */
final class Checks {

    private Checks() {
    }

    static String text(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static long count(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be 0 or more, was " + value);
        }
        return value;
    }

    static double share(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be a share between 0 and 1, was " + value);
        }
        return value;
    }

    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, was " + value);
        }
        return value;
    }

    static double nonNegative(double value, String what) {
        if (!(Double.isFinite(value) && value >= 0)) {
            throw new IllegalArgumentException(what + " must be a finite number, 0 or more, was " + value);
        }
        return value;
    }

    static String quoted(String label) {
        return "\"" + label + "\"";
    }
}
