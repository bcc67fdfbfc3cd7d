package dev.kartoteka.core.registry;

import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.party.PartyId;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a bulk operation did: how many items it processed and stored, and every item it rejected, with why. Nothing is
 * dropped silently: {@code processed == created + rejected().size()}.
 *
 * @param processed how many items were given
 * @param created how many were stored
 * @param rejected every rejected item, in input order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BulkResult(long processed, long created, List<Rejection> rejected) {

    /**
     * Creates the result.
     *
     * @param processed how many items were given
     * @param created how many were stored
     * @param rejected every rejected item
     * @throws IllegalArgumentException if the counts do not add up
     */
    public BulkResult {
        Objects.requireNonNull(rejected, "rejected");
        rejected = List.copyOf(rejected);
        if (processed != created + rejected.size()) {
            throw new IllegalArgumentException("processed (" + processed + ") must be created (" + created
                    + ") + rejected (" + rejected.size() + ")");
        }
    }

    /**
     * One rejected item.
     *
     * @param index its 0-based position in the input
     * @param partyId the id the item had
     * @param reason why it was rejected (a validation failure, a duplicate identifier, a taken id, access denied)
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Rejection(long index, PartyId partyId, KartotekaException reason) {

        /**
         * Creates the rejection.
         *
         * @param index the item's position
         * @param partyId its id
         * @param reason why
         */
        public Rejection {
            Objects.requireNonNull(partyId, "partyId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
