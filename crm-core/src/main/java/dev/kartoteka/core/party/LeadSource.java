package dev.kartoteka.core.party;

import org.apiguardian.api.API;

/**
 * Where a lead came from.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LeadSource {
    /** A form on a website. */
    WEB_FORM,
    /** A marketing campaign; see the lead's {@link UtmParameters}. */
    CAMPAIGN,
    /** A recommendation by somebody. */
    REFERRAL,
    /** An inbound or outbound phone call. */
    CALL,
    /** Social media. */
    SOCIAL,
    /** A bulk import. */
    IMPORT,
    /** A trade fair or event. */
    EVENT,
    /** Anything else. */
    OTHER
}
