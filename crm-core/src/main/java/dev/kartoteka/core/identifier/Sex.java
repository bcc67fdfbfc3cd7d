package dev.kartoteka.core.identifier;

import org.apiguardian.api.API;

/**
 * The sex recorded in a {@link Pesel}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Sex {

    /** Female: the tenth digit of the PESEL is even. */
    FEMALE,
    /** Male: the tenth digit of the PESEL is odd. */
    MALE
}
