package dev.kartoteka.core.history;

import org.apiguardian.api.API;

/**
 * What kind of contact an interaction was.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum InteractionType {
    /** A phone call. */
    CALL,
    /** An e-mail. */
    EMAIL,
    /** A meeting, in person or online. */
    MEETING,
    /** A text or messenger message. */
    MESSAGE,
    /** An internal note about the party. */
    NOTE,
    /** The party asked about something. */
    INQUIRY,
    /** The party objected (to a price, a term, …). */
    OBJECTION,
    /** The party complained. */
    COMPLAINT,
    /** We made an offer. */
    OFFER
}
