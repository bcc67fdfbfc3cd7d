package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * A row of an append-only log (the consent ledger, the audit trail): its key is its place in the log, one value of
 * {@code kt_append_seq} per row, taken when the row is appended (no pooled allocation, so rows appended by several
 * processes still sort in the order their appends asked for values; a batch takes its values with one query); the record's own UUID is a unique column beside it.
 */
@MappedSuperclass
public abstract class AppendedRow {

    /** Assigned from {@code kt_append_seq} by {@link AppendOrder}, a whole batch's values with one query. */
    @Id
    @Column(name = "seq")
    Long seq;

    @TenantId
    @Column(name = "tenant_id", length = 64, nullable = false)
    String tenant;

    @Column(name = "party_id", length = 36, nullable = false)
    String partyId;

    protected AppendedRow() {
    }
}
