package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated role of a party, with the lead details when the role is a lead. */
@Entity
@Table(name = "kt_party_role")
public class RoleRow extends PartyChildRow {

    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "role_type", length = 64, nullable = false)
    String type;
    @Column(name = "since", nullable = false)
    LocalDate since;
    @Column(name = "until")
    LocalDate until;
    @Column(name = "lead_source", length = 32)
    String leadSource;
    @Column(name = "lead_warmth", length = 16)
    String leadWarmth;
    @Column(name = "utm_source", length = 200)
    String utmSource;
    @Column(name = "utm_medium", length = 200)
    String utmMedium;
    @Column(name = "utm_campaign", length = 200)
    String utmCampaign;
    @Column(name = "utm_term", length = 200)
    String utmTerm;
    @Column(name = "utm_content", length = 200)
    String utmContent;
    @Column(name = "source_detail", length = 500)
    String sourceDetail;
    @Column(name = "qualification_notes")
    String qualificationNotes;

    protected RoleRow() {
    }

    RoleRow(PartyEntity party) {
        super(party);
    }
}
