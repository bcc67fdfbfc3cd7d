package dev.kartoteka.examples;

import dev.kartoteka.segmentation.activity.ActivityType;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * How many clients of an {@link ExampleData} set the generator aims at each {@link ActivityType}. Two modes:
 *
 * <ul>
 *   <li>{@link #of fixed shares} of all six types: each client is given a type first (spread evenly over the persons
 *       and over the companies, so every prefix of the data has nearly the requested mix) and then a purchase history
 *       drawn from the purchase process <em>conditioned</em> on that type. The shares hold; the histories as a whole
 *       are no longer a sample of the process, so a CLV fit will not recover its parameters.</li>
 *   <li>{@link #asDrawn(double, double) as drawn}: only the share of potential clients (who never bought) and of VIPs
 *       is fixed; every other client's history is a plain draw from the process, and its intended type is whatever
 *       that history shows. This is the mode for CLV tests: the buyers are an unbiased sample.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityShares {

    private static final ActivityShares DEFAULTS = of(0.20, 0.15, 0.25, 0.15, 0.10, 0.15);

    private final double[] shares;
    private final boolean drawn;

    private ActivityShares(double[] shares, boolean drawn) {
        this.shares = shares;
        this.drawn = drawn;
    }

    /**
     * The default mix: 20 % inactive, 15 % potential, 25 % active, 15 % one-time, 10 % trusted partners, 15 % VIP.
     *
     * @return the default shares
     */
    public static ActivityShares defaults() {
        return DEFAULTS;
    }

    /**
     * Fixed shares of the six types, in the order of {@link ActivityType}.
     *
     * @param inactive the share of inactive clients
     * @param potential the share of potential clients
     * @param active the share of active clients
     * @param oneTime the share of one-time buyers
     * @param trustedPartner the share of trusted partners
     * @param vip the share of VIPs
     * @return the shares
     * @throws IllegalArgumentException if a share is negative or not finite, or they do not add up to 1 (within
     *     1e-9)
     */
    public static ActivityShares of(double inactive, double potential, double active, double oneTime,
                                    double trustedPartner, double vip) {
        double[] s = {inactive, potential, active, oneTime, trustedPartner, vip};
        check(s);
        return new ActivityShares(s, false);
    }

    /**
     * Every client of one type.
     *
     * @param type the type
     * @return shares with 1 for {@code type} and 0 for the others
     * @throws NullPointerException if {@code type} is {@code null}
     */
    public static ActivityShares only(ActivityType type) {
        Objects.requireNonNull(type, "type");
        double[] s = new double[ActivityType.values().length];
        s[type.ordinal()] = 1;
        return new ActivityShares(s, false);
    }

    /**
     * Fixes only the share of potential clients and of VIPs; the other clients' histories are drawn from the purchase
     * process without conditions (see the class comment).
     *
     * @param potential the share of clients who never bought, with recent interest
     * @param vip the share of buyers tagged {@code "vip"} (their histories are drawn like everyone else's)
     * @return the shares
     * @throws IllegalArgumentException if a share is negative or not finite, or both add up to more than 1
     */
    public static ActivityShares asDrawn(double potential, double vip) {
        double[] s = new double[ActivityType.values().length];
        s[ActivityType.POTENTIAL.ordinal()] = potential;
        s[ActivityType.VIP.ordinal()] = vip;
        for (double v : s) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("shares must be finite and not negative, were potential="
                        + potential + ", vip=" + vip);
            }
        }
        if (potential + vip > 1 + 1e-9) {
            throw new IllegalArgumentException("potential and vip shares must not add up to more than 1, were "
                    + potential + " and " + vip);
        }
        return new ActivityShares(s, true);
    }

    private static void check(double[] s) {
        double sum = 0;
        for (double v : s) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("shares must be finite and not negative, were "
                        + Arrays.toString(s));
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("shares must add up to 1, were " + Arrays.toString(s) + " (sum " + sum
                    + ")");
        }
    }

    /**
     * Tells whether the histories are drawn without conditions ({@link #asDrawn}).
     *
     * @return {@code true} for {@link #asDrawn}, {@code false} for fixed shares
     */
    public boolean asDrawn() {
        return drawn;
    }

    /**
     * Returns the share aimed at a type.
     *
     * @param type the type
     * @return the share; empty for the types the purchase process decides in the {@link #asDrawn} mode (all but
     *     potential and VIP)
     * @throws NullPointerException if {@code type} is {@code null}
     */
    public OptionalDouble share(ActivityType type) {
        Objects.requireNonNull(type, "type");
        if (drawn && type != ActivityType.POTENTIAL && type != ActivityType.VIP) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(shares[type.ordinal()]);
    }

    /** The share of {@code type}, 0 for the process-decided types of the drawn mode. */
    double raw(ActivityType type) {
        return shares[type.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityShares a && drawn == a.drawn && Arrays.equals(shares, a.shares);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shares) + Boolean.hashCode(drawn);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(drawn ? "ActivityShares[as drawn" : "ActivityShares[");
        for (ActivityType t : ActivityType.values()) {
            if (!drawn || t == ActivityType.POTENTIAL || t == ActivityType.VIP) {
                b.append(b.charAt(b.length() - 1) == '[' ? "" : ", ").append(t.label()).append('=')
                        .append(shares[t.ordinal()]);
            }
        }
        return b.append(']').toString();
    }
}
