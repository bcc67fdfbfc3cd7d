package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.TenantId;

/**
 * A row of an append-only log (the consent ledger, the audit trail): its key is its place in the log, one value of
 * {@code kt_append_seq} per row (no pooled allocation, so rows appended by several processes still sort in the order
 * their appends asked for a value); the record's own UUID is a unique column beside it.
 */
@MappedSuperclass
public abstract class AppendedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kt_append_seq")
    @SequenceGenerator(name = "kt_append_seq", sequenceName = "kt_append_seq", allocationSize = 1)
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
