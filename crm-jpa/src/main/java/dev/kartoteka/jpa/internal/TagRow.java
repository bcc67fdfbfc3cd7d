package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tag on a party. */
@Entity
@Table(name = "kt_party_tag")
public class TagRow extends PartyChildRow {

    @Column(name = "tag", length = 100, nullable = false)
    String tag;

    protected TagRow() {
    }

    TagRow(PartyEntity party) {
        super(party);
    }
}
