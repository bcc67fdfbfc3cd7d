package dev.kartoteka.core.party;

import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How many people a company employs, in the bands that statistics offices and the EU SME definition use.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum EmployeeCountBand {
    /** Nobody but the owner. */
    NONE(0, 0),
    /** 1–9 people (micro). */
    FROM_1_TO_9(1, 9),
    /** 10–49 people (small). */
    FROM_10_TO_49(10, 49),
    /** 50–249 people (medium). */
    FROM_50_TO_249(50, 249),
    /** 250–999 people (large). */
    FROM_250_TO_999(250, 999),
    /** 1000 people or more. */
    FROM_1000(1000, -1);

    private final int min;
    private final int max;

    EmployeeCountBand(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /**
     * @return the smallest head count in the band
     */
    public int min() {
        return min;
    }

    /**
     * @return the largest head count in the band; empty for the open-ended top band
     */
    public OptionalInt max() {
        return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /**
     * Finds the band of a head count.
     *
     * @param employees the number of employees
     * @return the band, or empty if {@code employees} is negative
     */
    public static Optional<EmployeeCountBand> of(int employees) {
        for (EmployeeCountBand band : values()) {
            if (employees >= band.min && (band.max < 0 || employees <= band.max)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
