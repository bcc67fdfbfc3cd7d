package dev.kartoteka.core.consent;

import org.apiguardian.api.API;

/**
 * How a consent event reached us.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ConsentSource {
    /** A form on a web site or in an app. */
    WEB_FORM,
    /** A phone call. */
    CALL,
    /** An e-mail from the party (or a click on a confirmation link in one). */
    EMAIL,
    /** A data import from another system. */
    IMPORT,
    /** A call of the host application's API. */
    API,
    /** In person, e.g. a signed paper form. */
    IN_PERSON,
    /** Any other way; say which in the evidence. */
    OTHER
}
