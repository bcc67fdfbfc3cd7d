package dev.kartoteka.core.consent;

import org.apiguardian.api.API;

/**
 * What a {@link ConsentEvent} did.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ConsentAction {
    /** The party gave consent (or, with {@link ConsentEvent#confirms()} set, confirmed a pending grant). */
    GRANTED,
    /** The party took consent back. */
    WITHDRAWN
}
