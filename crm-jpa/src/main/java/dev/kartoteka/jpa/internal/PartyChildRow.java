package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.TenantId;

/**
 * A row that belongs to one party: an id from the shared sequence (allocated 50 at a time, so inserts batch), the
 * tenant and the owning party.
 */
@MappedSuperclass
public abstract class PartyChildRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kt_row_seq")
    @SequenceGenerator(name = "kt_row_seq", sequenceName = "kt_row_seq", allocationSize = 1000)
    @Column(name = "id")
    Long id;

    @TenantId
    @Column(name = "tenant_id", length = 64, nullable = false)
    String tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id", nullable = false)
    PartyEntity party;

    protected PartyChildRow() {
    }

    PartyChildRow(PartyEntity party) {
        this.party = party;
    }
}
