package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An identifier a party holds, as stores index it (its key); {@code uniqueKey} is set for unique types only, so the database keeps one holder per value and tenant. */
@Entity
@Table(name = "kt_party_identifier")
public class IdentifierRow extends PartyChildRow {

    @Column(name = "id_type", length = 16, nullable = false)
    String type;

    @Column(name = "id_key", length = 400, nullable = false)
    String key;

    @Column(name = "unique_key", length = 400)
    String uniqueKey;

    protected IdentifierRow() {
    }

    IdentifierRow(PartyEntity party) {
        super(party);
    }
}
