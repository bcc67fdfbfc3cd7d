package dev.kartoteka.core.duplicate;

import org.apiguardian.api.API;

/**
 * What a comparison of two parties concludes.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MatchOutcome {
    /** The two records describe the same party: they may be merged without review. */
    MATCH,
    /** The two records may describe the same party: a person should review them. */
    POSSIBLE_MATCH,
    /** The two records describe different parties. */
    NO_MATCH
}
