package dev.kartoteka.jpa.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** An entry of the audit trail; its field changes are child rows in their order. */
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

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 500)
    List<AuditChangeRow> changes = new ArrayList<>();

    protected AuditEntryRow() {
    }

    AuditEntryRow(String entryId) {
        this.entryId = entryId;
    }
}
