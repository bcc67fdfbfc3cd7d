package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A contact point of a party ({@code holderIndex} -1) or of one of a company's contact persons (its index); one table for every kind, with folded address keys for search. */
@Entity
@Table(name = "kt_contact_point")
public class ContactPointRow extends PartyChildRow {

    @Column(name = "holder_index", nullable = false)
    int holderIndex;
    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "kind", length = 16, nullable = false)
    String kind;
    @Column(name = "email", length = 320)
    String email;
    @Column(name = "phone", length = 20)
    String phone;
    @Column(name = "phone_extension", length = 20)
    String phoneExtension;
    @Column(name = "url")
    String url;
    @Column(name = "service", length = 50)
    String service;
    @Column(name = "handle", length = 200)
    String handle;
    @Column(name = "street", length = 200)
    String street;
    @Column(name = "building", length = 20)
    String building;
    @Column(name = "unit", length = 20)
    String unit;
    @Column(name = "postal_code", length = 20)
    String postalCode;
    @Column(name = "city", length = 100)
    String city;
    @Column(name = "district", length = 100)
    String district;
    @Column(name = "region", length = 100)
    String region;
    @Column(name = "country", length = 2)
    String country;
    @Column(name = "city_folded", length = 100)
    String cityFolded;
    @Column(name = "district_folded", length = 100)
    String districtFolded;
    @Column(name = "postal_folded", length = 20)
    String postalFolded;
    @Column(name = "purpose", length = 20, nullable = false)
    String purpose;
    @Column(name = "preferred", nullable = false)
    boolean preferred;
    @Column(name = "verified_at")
    Instant verifiedAt;
    @Column(name = "note", length = 1000)
    String note;
    @Column(name = "do_not_contact", nullable = false)
    boolean doNotContact;

    protected ContactPointRow() {
    }

    ContactPointRow(PartyEntity party) {
        super(party);
    }
}
