package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An entry of the audit trail; its field changes are one JSON array in their order ({@code AuditJson}), so an entry is
 * one row however many fields it changed.
 */
@Entity
@Table(name = "kt_audit_entry")
public class AuditEntryRow extends AppendedRow {

    @Column(name = "entry_id", length = 36, nullable = false)
    String entryId;
    @Column(name = "occurred_at", nullable = false)
    Instant at;
    @Column(name = "actor", length = 100)
    String actor;
    @Column(name = "action", nullable = false)
    String action;
    @Column(name = "reason")
    String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "changes", nullable = false)
    String changes;

    protected AuditEntryRow() {
    }

    AuditEntryRow(String entryId) {
        this.entryId = entryId;
    }
}
