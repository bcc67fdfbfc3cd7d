package dev.kartoteka.core.consent;

import org.apiguardian.api.API;

/**
 * The double opt-in state of a {@link ConsentEvent}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum OptInState {
    /** No double opt-in: a grant counts as soon as it happened. Withdrawals are always in this state. */
    NOT_REQUIRED,
    /** A grant that counts only once a confirmation event confirms it. */
    PENDING,
    /** A confirmation event: it confirms the pending grant named by {@link ConsentEvent#confirms()}. */
    CONFIRMED
}
