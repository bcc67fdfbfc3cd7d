package dev.kartoteka.segmentation.rfm;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One party's recency, frequency and monetary value: what RFM scoring takes. Only parties that bought at least once
 * are scored (a frequency of 0 is rejected): parties without purchases have no recency, and belong to no RFM segment.
 * A monetary value of {@code -0.0} is stored as {@code 0.0}.
 *
 * @param partyId the party
 * @param recencyDays days since the last purchase, 0 or more (0: bought on the reference day)
 * @param frequency purchases or purchase days, 1 or more
 * @param monetary the revenue or the average purchase value, finite and 0 or more (one currency for all parties)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RfmInput(PartyId partyId, long recencyDays, long frequency, double monetary) {

    /**
     * Creates the input, checking it.
     *
     * @param partyId the party
     * @param recencyDays days since the last purchase
     * @param frequency purchases or purchase days
     * @param monetary revenue or average value
     * @throws NullPointerException if {@code partyId} is null
     * @throws ValidationException naming the field if {@code recencyDays} is negative, {@code frequency} is below 1
     *     or {@code monetary} is negative or not finite
     */
    public RfmInput {
        Objects.requireNonNull(partyId, "partyId");
        requireRecency(recencyDays);
        requireFrequency(frequency);
        requireMonetary(monetary);
        monetary += 0.0; // -0.0 becomes 0.0, so equal inputs are equal records
    }

    /**
     * The input of a party's purchase summary: recency is the days from the last purchase to {@code asOf},
     * frequency the distinct purchase days, monetary the total spent (as a double).
     *
     * @param summary the party's purchase summary (one currency; score one currency at a time)
     * @param asOf the reference day, not before the last purchase
     * @return the input
     * @throws NullPointerException if an argument is null
     * @throws ValidationException if {@code asOf} is before the last purchase (a negative {@code recencyDays})
     */
    public static RfmInput of(PurchaseSummary summary, LocalDate asOf) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(asOf, "asOf");
        return new RfmInput(summary.partyId(), ChronoUnit.DAYS.between(summary.lastPurchase(), asOf),
                summary.purchaseDays(), summary.total().doubleValue());
    }

    static void requireRecency(long recencyDays) {
        if (recencyDays < 0) {
            throw ValidationException.ofPublicValue("recencyDays", recencyDays,
                    "days since the last purchase, 0 or more");
        }
    }

    static void requireFrequency(long frequency) {
        if (frequency < 1) {
            throw ValidationException.ofPublicValue("frequency", frequency,
                    "1 or more purchases (parties without purchases are not RFM-scored)");
        }
    }

    static void requireMonetary(double monetary) {
        if (!(monetary >= 0) || Double.isInfinite(monetary)) {
            throw ValidationException.ofPublicValue("monetary", monetary, "a finite value, 0 or more");
        }
    }
}
