package dev.kartoteka.core.field;

import org.apiguardian.api.API;

/**
 * What a custom field can be recorded on.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum FieldTarget {
    /** A {@link dev.kartoteka.core.party.Company}. */
    COMPANY,
    /** A {@link dev.kartoteka.core.party.Person}. */
    PERSON,
    /** A {@link dev.kartoteka.core.party.ContactPerson} relationship (a person acting for a company). */
    CONTACT_PERSON
}
