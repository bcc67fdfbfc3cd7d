package dev.kartoteka.core.party;

import org.apiguardian.api.API;

/**
 * The two kinds of party.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum PartyKind {
    /** A legal entity or business: {@link Company}. */
    COMPANY,
    /** A natural person: {@link Person}. */
    PERSON
}
