package dev.kartoteka.core;

import org.apiguardian.api.API;

/**
 * A unique identifier (NIP, REGON, KRS, PESEL) is already held by another party of the registry.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class DuplicateIdentifierException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The kind of identifier. */
    private final String identifierType;
    /** The id of the party holding it. */
    private final String holderId;

    /**
     * Creates the exception.
     *
     * @param identifierType the kind of identifier, e.g. {@code "NIP"}
     * @param maskedValue the identifier, masked
     * @param holderId the id of the party that already holds it
     */
    public DuplicateIdentifierException(String identifierType, String maskedValue, String holderId) {
        super(identifierType + " " + maskedValue + " is already held by party " + holderId
                + "; expected an identifier not used by another party");
        this.identifierType = identifierType;
        this.holderId = holderId;
    }

    /**
     * @return the kind of identifier, e.g. {@code "NIP"}
     */
    public String identifierType() {
        return identifierType;
    }

    /**
     * @return the id of the party that already holds the identifier
     */
    public String holderId() {
        return holderId;
    }
}
