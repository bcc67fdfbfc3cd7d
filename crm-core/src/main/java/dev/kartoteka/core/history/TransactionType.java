package dev.kartoteka.core.history;

import org.apiguardian.api.API;

/**
 * What kind of commercial transaction.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum TransactionType {
    /** An order or purchase: what segmentation and CLV count. */
    ORDER,
    /** A payment received. */
    PAYMENT,
    /** Goods returned (a refund). */
    RETURN
}
