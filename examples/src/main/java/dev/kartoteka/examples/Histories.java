package dev.kartoteka.examples;

import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.GammaGammaParameters;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Purchase histories: draws from the BG/NBD purchase process (Fader, Hardie and Lee, "Counting your customers the easy
 * way", Marketing Science 24(2), 2005) with Gamma-Gamma spend (Fader, Hardie and Lee, "RFM and CLV", JMR 42(4), 2005),
 * in weeks, mapped to days; and, for fixed activity shares, the same draws conditioned on an intended type by
 * rejection (with a constructed history if a type is too rare under the process to be drawn in a few hundred tries).
 *
 * <p>Each customer: purchase rate λ ~ Gamma(r, α) per week, dropout probability p ~ Beta(a, b), spend rate
 * ν ~ Gamma(q, γ); first purchase on the acquisition day, then repeat purchases after exponential waits with rate λ,
 * dropping out with probability p after each repeat; each purchase worth Gamma(p_spend, ν) PLN.
 */
final class Histories {

    /** Margins kept from the activity thresholds (see {@link ActivityType}). */
    static final int RECENT = 350;
    static final int LAPSED = 380;
    static final int TRUSTED_DAYS = 1110;
    static final int NOT_YET_TRUSTED_DAYS = 1080;
    static final int TRUSTED_PURCHASE_DAYS = 12;
    static final double RHYTHM = 2.5;
    static final int RHYTHM_GRACE = 75;

    private static final int ATTEMPTS = 400;
    private static final int MAX_PURCHASES = 2_000;

    private final BgNbdParameters frequency;
    private final GammaGammaParameters spend;
    private final long asOf;
    private final int horizon;

    Histories(BgNbdParameters frequency, GammaGammaParameters spend, LocalDate asOf, int historyYears) {
        this.frequency = frequency;
        this.spend = spend;
        this.asOf = asOf.toEpochDay();
        this.horizon = historyYears * 365;
    }

    int horizon() {
        return horizon;
    }

    /**
     * A purchase history: the days (epoch days, ascending, a day repeated for two orders on it) and amounts in PLN
     * (two decimals, as longs of grosze); the start of the relationship (a lead phase before the first purchase).
     */
    record Purchases(long[] days, long[] grosze, long leadSince, boolean constructed) {

        static final Purchases NONE = new Purchases(new long[0], new long[0], Long.MIN_VALUE, false);

        boolean bought() {
            return days.length > 0;
        }

        long first() {
            return days[0];
        }

        long last() {
            return days[days.length - 1];
        }

        /** The earliest of lead phase and first purchase. */
        long relationshipStart() {
            return leadSince != Long.MIN_VALUE ? Math.min(leadSince, first()) : first();
        }

        int purchaseDays() {
            int n = 0;
            for (int i = 0; i < days.length; i++) {
                if (i == 0 || days[i] != days[i - 1]) {
                    n++;
                }
            }
            return n;
        }

        Purchases withLeadSince(long day) {
            return new Purchases(days, grosze, day, constructed);
        }
    }

    /** A plain draw from the process for a customer acquired {@code ageDays} before "as of". */
    Purchases draw(Rng rng, int ageDays) {
        double lambda = rng.gamma(frequency.r(), 1 / frequency.alpha());
        double dropout = rng.beta(frequency.a(), frequency.b());
        double nu = rng.gamma(spend.q(), 1 / spend.gamma());
        long first = asOf - ageDays;
        long[] days = new long[8];
        long[] amounts = new long[8];
        days[0] = first;
        amounts[0] = amount(rng, nu);
        int n = 1;
        double weeks = 0;
        while (lambda > 0 && n < MAX_PURCHASES) {
            weeks += rng.exponential(1 / lambda);
            double day = Math.floor(weeks * 7);
            if (!(day <= ageDays)) {
                break;
            }
            if (n == days.length) {
                days = Arrays.copyOf(days, n * 2);
                amounts = Arrays.copyOf(amounts, n * 2);
            }
            days[n] = first + (long) day;
            amounts[n] = amount(rng, nu);
            n++;
            if (rng.chance(dropout)) {
                break;
            }
        }
        return new Purchases(Arrays.copyOf(days, n), Arrays.copyOf(amounts, n), Long.MIN_VALUE, false);
    }

    private long amount(Rng rng, double nu) {
        double pln = rng.gamma(spend.p(), 1 / nu);
        return Math.max(1, Math.min(999_999_999L, Math.round(pln * 100)));
    }

    /** A draw with a customer-specific spend rate for constructed histories. */
    private long[] amounts(Rng rng, int n) {
        double nu = rng.gamma(spend.q(), 1 / spend.gamma());
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = amount(rng, nu);
        }
        return out;
    }

    /** The client's acquisition, drawn uniformly over the horizon: the unconditioned process. */
    Purchases drawn(Rng rng) {
        return leadPhase(rng, draw(rng, rng.between(0, horizon)));
    }

    /** Half of the buyers were leads for a week to four months before their first purchase. */
    private Purchases leadPhase(Rng rng, Purchases p) {
        return rng.chance(0.5) ? p.withLeadSince(p.first() - rng.between(7, 120)) : p;
    }

    /** A history of a buyer of the given type, drawn from the process conditioned on the type. */
    Purchases conditioned(ActivityType type, Rng rng) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Purchases p = switch (type) {
                case ONE_TIME -> draw(rng, rng.between(0, RECENT));
                case ACTIVE -> draw(rng, rng.between(30, horizon));
                case VIP -> draw(rng, rng.between(60, horizon));
                case TRUSTED_PARTNER -> draw(rng, rng.between(TRUSTED_DAYS, horizon));
                case INACTIVE -> draw(rng, rng.between(LAPSED, horizon));
                case POTENTIAL -> throw new IllegalArgumentException("potential clients never bought");
            };
            p = leadPhase(rng, p);
            if (fits(type, p)) {
                return p;
            }
        }
        return constructed(type, rng);
    }

    boolean fits(ActivityType type, Purchases p) {
        if (!p.bought()) {
            return false;
        }
        long recency = asOf - p.last();
        int days = p.purchaseDays();
        long relationship = asOf - p.relationshipStart();
        return switch (type) {
            case ONE_TIME -> days == 1 && recency <= RECENT;
            case INACTIVE -> recency >= LAPSED;
            case ACTIVE -> onRhythm(p) && !(relationship >= NOT_YET_TRUSTED_DAYS && days >= TRUSTED_PURCHASE_DAYS);
            case TRUSTED_PARTNER -> onRhythm(p) && relationship >= TRUSTED_DAYS && days >= TRUSTED_PURCHASE_DAYS;
            case VIP -> onRhythm(p);
            case POTENTIAL -> false;
        };
    }

    private boolean onRhythm(Purchases p) {
        int days = p.purchaseDays();
        long recency = asOf - p.last();
        if (days < 2 || recency > RECENT) {
            return false;
        }
        double interval = (double) (p.last() - p.first()) / (days - 1);
        return recency <= RHYTHM_GRACE || recency / Math.max(1.0, interval) <= RHYTHM;
    }

    /**
     * The type the activity definitions give an unconditioned history (exact thresholds: 365 days, three mean
     * intervals and 90 days, three years and 12 purchase days), for the {@link ActivityShares#asDrawn} mode.
     */
    ActivityType classify(Purchases p, boolean partner) {
        long recency = asOf - p.last();
        int days = p.purchaseDays();
        if (recency > 365) {
            return ActivityType.INACTIVE;
        }
        if (days >= 2) {
            double interval = (double) (p.last() - p.first()) / (days - 1);
            if (recency / Math.max(1.0, interval) > 3 && recency > 90) {
                return ActivityType.INACTIVE;
            }
        }
        if (days == 1) {
            return ActivityType.ONE_TIME;
        }
        if (partner || (asOf - p.relationshipStart() >= 1095 && days >= 12)) {
            return ActivityType.TRUSTED_PARTNER;
        }
        return ActivityType.ACTIVE;
    }

    /** A regular buyer built directly, for a type the process almost never produces. */
    private Purchases constructed(ActivityType type, Rng rng) {
        int interval = rng.between(20, 60);
        long first;
        long end = asOf;
        switch (type) {
            case ONE_TIME -> {
                long day = asOf - rng.between(0, RECENT);
                return new Purchases(new long[] {day}, amounts(rng, 1), Long.MIN_VALUE, true);
            }
            case TRUSTED_PARTNER -> first = asOf - rng.between(TRUSTED_DAYS + 30, Math.max(TRUSTED_DAYS + 30, horizon));
            case INACTIVE -> {
                first = asOf - rng.between(LAPSED + 200, Math.max(LAPSED + 200, horizon));
                end = asOf - LAPSED - 20;
            }
            default -> first = asOf - rng.between(interval * 3, 900);
        }
        long[] days = new long[(int) ((end - first) / (interval - interval / 5)) + 2];
        int n = 0;
        long day = first;
        while (day <= end && n < days.length) {
            days[n++] = day;
            day += interval + rng.between(-interval / 5, interval / 5);
        }
        return new Purchases(Arrays.copyOf(days, n), amounts(rng, n), Long.MIN_VALUE, true);
    }
}
