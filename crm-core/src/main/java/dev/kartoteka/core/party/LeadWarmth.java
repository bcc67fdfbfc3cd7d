package dev.kartoteka.core.party;

import org.apiguardian.api.API;

/**
 * How ready a lead is to buy.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LeadWarmth {
    /** No sign of interest yet. */
    COLD,
    /** Interested. */
    WARM,
    /** Ready to buy. */
    HOT
}
