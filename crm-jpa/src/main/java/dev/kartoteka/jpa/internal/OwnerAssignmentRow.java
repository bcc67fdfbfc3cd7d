package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One period of a party's account owner. */
@Entity
@Table(name = "kt_owner_assignment")
public class OwnerAssignmentRow extends PartyChildRow {

    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "owner_id", length = 200, nullable = false)
    String owner;
    @Column(name = "since", nullable = false)
    Instant since;
    @Column(name = "until")
    Instant until;
    @Column(name = "reason", length = 1000)
    String reason;

    protected OwnerAssignmentRow() {
    }

    OwnerAssignmentRow(PartyEntity party) {
        super(party);
    }
}
