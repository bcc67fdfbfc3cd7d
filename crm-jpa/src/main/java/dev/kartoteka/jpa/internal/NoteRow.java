package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on a party. */
@Entity
@Table(name = "kt_party_note")
public class NoteRow extends PartyChildRow {

    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "note_text", nullable = false)
    String text;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "author", length = 200)
    String author;

    protected NoteRow() {
    }

    NoteRow(PartyEntity party) {
        super(party);
    }
}
