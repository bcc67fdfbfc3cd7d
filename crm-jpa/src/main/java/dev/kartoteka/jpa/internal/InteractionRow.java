package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** An interaction of the history, one column per field of {@code Interaction}. */
@Entity
@Table(name = "kt_interaction")
public class InteractionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kt_row_seq")
    @SequenceGenerator(name = "kt_row_seq", sequenceName = "kt_row_seq", allocationSize = 1000)
    @Column(name = "id")
    Long id;

    @Column(name = "interaction_id", length = 36, nullable = false)
    String interactionId;

    @TenantId
    @Column(name = "tenant_id", length = 64, nullable = false)
    String tenant;

    @Column(name = "party_id", length = 36, nullable = false)
    String partyId;
    @Column(name = "contact_person_id", length = 36)
    String contactPersonId;
    @Column(name = "interaction_type", length = 16, nullable = false)
    String type;
    @Column(name = "direction", length = 16, nullable = false)
    String direction;
    @Column(name = "channel", length = 16)
    String channel;
    @Column(name = "occurred_at", nullable = false)
    Instant at;
    @Column(name = "author", length = 100)
    String author;
    @Column(name = "subject", length = 500, nullable = false)
    String subject;
    @Column(name = "outcome")
    String outcome;
    @Column(name = "follow_up")
    LocalDate followUp;
    @Column(name = "follow_up_done_at")
    Instant followUpDoneAt;

    protected InteractionRow() {
    }

    InteractionRow(String interactionId) {
        this.interactionId = interactionId;
    }
}
