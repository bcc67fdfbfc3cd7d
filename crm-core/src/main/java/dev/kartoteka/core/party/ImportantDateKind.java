package dev.kartoteka.core.party;

import org.apiguardian.api.API;

/**
 * What a yearly important date is.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ImportantDateKind {
    /** A person's birthday. */
    BIRTHDAY,
    /** A person's name day (imieniny). */
    NAME_DAY,
    /** The anniversary of a company's founding or of the relationship. */
    COMPANY_ANNIVERSARY,
    /** A holiday of the party's industry (e.g. Dzień Księgowego). */
    INDUSTRY_HOLIDAY,
    /** Any other yearly date; say which in the label. */
    CUSTOM
}
