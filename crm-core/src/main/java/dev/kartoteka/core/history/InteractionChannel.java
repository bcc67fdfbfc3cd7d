package dev.kartoteka.core.history;

import org.apiguardian.api.API;

/**
 * Through what an interaction happened.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum InteractionChannel {
    /** Telephone. */
    PHONE,
    /** E-mail. */
    EMAIL,
    /** Face to face. */
    IN_PERSON,
    /** A video call. */
    VIDEO,
    /** Text message. */
    SMS,
    /** An instant messenger. */
    MESSENGER,
    /** Letter. */
    POST,
    /** A web form or portal. */
    WEB,
    /** Anything else. */
    OTHER
}
