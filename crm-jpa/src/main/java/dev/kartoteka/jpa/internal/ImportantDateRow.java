package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A yearly date of a party (birthday, name day, anniversary, own dates). */
@Entity
@Table(name = "kt_important_date")
public class ImportantDateRow extends PartyChildRow {

    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "kind", length = 32, nullable = false)
    String kind;
    @Column(name = "month_value", nullable = false)
    int month;
    @Column(name = "day_value", nullable = false)
    int day;
    @Column(name = "since_year")
    Integer sinceYear;
    @Column(name = "label", length = 200)
    String label;

    protected ImportantDateRow() {
    }

    ImportantDateRow(PartyEntity party) {
        super(party);
    }
}
