package dev.kartoteka.examples;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The activity type {@link ExampleData} aimed a client at: the six types of the activity segmentation, with the
 * definitions the generator builds histories for, as of {@link ExampleData#asOf()}. A segmentation that follows these
 * definitions should put each client into its intended type; the generator keeps a margin of a few weeks from every
 * threshold, so a policy that counts days slightly differently agrees too.
 *
 * <p>The labels are those of the segmentation ({@code "trusted-partner"}), so a test can map one to the other by
 * label without the examples depending on it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum IntendedActivity {

    /**
     * Bought, but not in the last 365 days (the generator: last purchase at least 380 days before "as of"); or never
     * bought and no interaction in the last 365 days (a stale lead: last interaction at least 400 days before).
     */
    INACTIVE,
    /** Never bought, recent interest: a lead whose interactions all fall in the last 330 days. */
    POTENTIAL,
    /**
     * At least two purchase days, the last within 365 days and on the client's own rhythm (at most 2.5 mean
     * intervals between purchase days ago, or within 75 days), and not a trusted partner.
     */
    ACTIVE,
    /** Exactly one purchase day, within the last 365 days (the generator: within 350). */
    ONE_TIME,
    /**
     * A relationship of at least three years (1,110 days) with at least 12 purchase days, active as above; some
     * trusted companies also hold a {@code PARTNER} role.
     */
    TRUSTED_PARTNER,
    /**
     * Tagged {@code "vip"}; with fixed shares its history is that of an active client (two or more purchase days, on
     * its rhythm), with {@link ActivityShares#asDrawn} whatever the process drew.
     */
    VIP;

    /**
     * @return the type's label: lower case with hyphens, e.g. {@code "trusted-partner"}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
