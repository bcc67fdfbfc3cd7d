package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An interest of a party. */
@Entity
@Table(name = "kt_party_interest")
public class InterestRow extends PartyChildRow {

    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "interest", length = 200, nullable = false)
    String interest;

    protected InterestRow() {
    }

    InterestRow(PartyEntity party) {
        super(party);
    }
}
