package dev.kartoteka.core.party;

import org.apiguardian.api.API;

/**
 * What a contact point is used for.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ContactPurpose {
    /** The main way to reach the party. */
    MAIN,
    /** Invoices and payment matters. */
    BILLING,
    /** Deliveries. */
    SHIPPING,
    /** Formal correspondence. */
    CORRESPONDENCE,
    /** Customer service and support. */
    SERVICE,
    /** A person's private contact. */
    PRIVATE,
    /** A person's work contact. */
    WORK,
    /** Anything else; say what in the note. */
    OTHER
}
