package dev.kartoteka.segmentation.activity;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The six activity types a client base is divided into, each with its own treatment. Every party gets exactly one,
 * decided by an {@link ActivityPolicy} in a fixed precedence (see {@link ActivityPolicy}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ActivityType {

    /** Used to buy or showed interest, no longer buys: "sleeping beauties" to wake up with last-chance offers. */
    INACTIVE,
    /** Knows the company, has bought nothing yet: personalised offers. */
    POTENTIAL,
    /** Buys regularly: personalised offers and discounts, behaviour analysis. */
    ACTIVE,
    /** Bought exactly once: follow-up, complementary products. */
    ONE_TIME,
    /** A long, trusted business relationship: early access, a look behind the scenes. */
    TRUSTED_PARTNER,
    /** Meets the company's own VIP criteria (or is flagged VIP by hand): loyalty programmes, a personal manager. */
    VIP;

    /**
     * @return the type's name as rules and reports write it: lower case with hyphens, e.g. {@code "trusted-partner"}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads a label (or the constant's name), case-insensitively; {@code "trusted partner"}, {@code "trusted-partner"}
     * and {@code "TRUSTED_PARTNER"} all name {@link #TRUSTED_PARTNER}.
     *
     * @param text the label
     * @return the type
     * @throws IllegalArgumentException if no type has that label; the message lists the labels
     */
    public static ActivityType ofLabel(String text) {
        java.util.Objects.requireNonNull(text, "text");
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ActivityType type : values()) {
            if (type.name().equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("activity type: \"" + text + "\" is not one of " + java.util.Arrays
                .stream(values()).map(ActivityType::label).toList());
    }
}
