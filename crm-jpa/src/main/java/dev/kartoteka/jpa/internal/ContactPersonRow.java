package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A company's dated relationship with a person; the person's contact points at the company are contact-point rows with this row's position as their holder index. */
@Entity
@Table(name = "kt_contact_person")
public class ContactPersonRow extends PartyChildRow {

    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "person_id", length = 36, nullable = false)
    String personId;
    @Column(name = "job_position", length = 200)
    String jobPosition;
    @Column(name = "department", length = 200)
    String department;
    @Column(name = "since", nullable = false)
    LocalDate since;
    @Column(name = "until")
    LocalDate until;
    @Column(name = "is_primary", nullable = false)
    boolean primary;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields", nullable = false)
    String customFields;

    protected ContactPersonRow() {
    }

    ContactPersonRow(PartyEntity party) {
        super(party);
    }
}
