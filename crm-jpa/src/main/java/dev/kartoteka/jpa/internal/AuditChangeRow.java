package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** One field change of an audit entry: the field's path and the values before and after ({@code null} for none). */
@Entity
@Table(name = "kt_audit_change")
public class AuditChangeRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kt_row_seq")
    @SequenceGenerator(name = "kt_row_seq", sequenceName = "kt_row_seq", allocationSize = 50)
    @Column(name = "id")
    Long id;

    @TenantId
    @Column(name = "tenant_id", length = 64, nullable = false)
    String tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_seq", nullable = false)
    AuditEntryRow entry;

    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "field", nullable = false)
    String field;
    @Column(name = "old_value")
    String oldValue;
    @Column(name = "new_value")
    String newValue;

    protected AuditChangeRow() {
    }

    AuditChangeRow(AuditEntryRow entry) {
        this.entry = entry;
    }
}
