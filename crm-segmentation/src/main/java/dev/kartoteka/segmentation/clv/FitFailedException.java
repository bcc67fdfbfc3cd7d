package dev.kartoteka.segmentation.clv;

import dev.kartoteka.core.KartotekaException;
import org.apiguardian.api.API;

/**
 * A model fit did not converge: its result would be meaningless, so none is returned.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class FitFailedException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which model, on how many customers, and what happened
     */
    public FitFailedException(String message) {
        super(message);
    }
}
