package dev.kartoteka.core.history;

import org.apiguardian.api.API;

/**
 * The state of a transaction.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum TransactionStatus {
    /** Placed, not paid yet. */
    PLACED,
    /** Paid. */
    PAID,
    /** Cancelled: does not count as a purchase. */
    CANCELLED,
    /** Returned: does not count as a purchase. */
    RETURNED;

    /** @return whether an order in this state counts as a purchase (placed or paid) */
    public boolean countsAsPurchase() {
        return this == PLACED || this == PAID;
    }
}
