package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event of the consent ledger, one column per field of {@code ConsentEvent}; the contact point as type and value. */
@Entity
@Table(name = "kt_consent_event")
public class ConsentEventRow extends AppendedRow {

    @Column(name = "event_id", length = 36, nullable = false)
    String eventId;
    @Column(name = "contact_point_type", length = 16)
    String contactPointType;
    @Column(name = "contact_point", length = 320)
    String contactPoint;
    @Column(name = "contact_point_extension", length = 20)
    String contactPointExtension;
    @Column(name = "channel", length = 16, nullable = false)
    String channel;
    @Column(name = "purpose", length = 40, nullable = false)
    String purpose;
    @Column(name = "consent_action", length = 16, nullable = false)
    String action;
    @Column(name = "occurred_at", nullable = false)
    Instant at;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
    @Column(name = "source", length = 16, nullable = false)
    String source;
    @Column(name = "evidence", length = 2000)
    String evidence;
    @Column(name = "valid_until")
    Instant validUntil;
    @Column(name = "opt_in", length = 16, nullable = false)
    String optIn;
    @Column(name = "confirms", length = 36)
    String confirms;
    @Column(name = "recorded_by", length = 100)
    String recordedBy;

    protected ConsentEventRow() {
    }

    ConsentEventRow(String eventId) {
        this.eventId = eventId;
    }
}
