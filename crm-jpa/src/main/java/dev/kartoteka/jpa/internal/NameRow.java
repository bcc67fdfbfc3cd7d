package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of a party's searchable names, folded for case- and diacritics-insensitive search. */
@Entity
@Table(name = "kt_party_name")
public class NameRow extends PartyChildRow {

    @Column(name = "folded", length = 1000, nullable = false)
    String folded;

    protected NameRow() {
    }

    NameRow(PartyEntity party) {
        super(party);
    }
}
