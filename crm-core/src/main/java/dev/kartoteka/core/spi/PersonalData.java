package dev.kartoteka.core.spi;

import dev.kartoteka.core.internal.Mask;
import org.apiguardian.api.API;

/**
 * How Kartoteka shows personal values in messages, for store implementations that raise Kartoteka's exceptions: the
 * first and last character kept, the rest starred ({@code "5261040828"} → {@code "5********8"}); values of up to three
 * characters fully starred.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PersonalData {

    private PersonalData() {
    }

    /**
     * Masks a value for a message or a log line.
     *
     * @param value any value; {@code null} gives {@code "null"}
     * @return the masked text
     */
    public static String mask(Object value) {
        return Mask.mask(value);
    }
}
