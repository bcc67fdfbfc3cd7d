package dev.kartoteka.jpa.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A party's row: the scalar fields of a company or a person (one table for both kinds), the folded sort name and the
 * custom-field values as JSON; every list the party holds is a child table. The version is compared and set by
 * {@link JpaPartyStore} under a row lock (compare-and-set), not by JPA's {@code @Version}, because the registry, not
 * the store, decides the next version.
 */
@Entity
@Table(name = "kt_party")
public class PartyEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @TenantId
    @Column(name = "tenant_id", length = 64, nullable = false)
    String tenant;

    @Column(name = "kind", length = 16, nullable = false)
    String kind;

    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "status", length = 16, nullable = false)
    String status;

    /** The survivor's id, for a merged party (status MERGED, a tombstone). */
    @Column(name = "merged_into", length = 36)
    String mergedInto;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "owner_id", length = 200)
    String owner;

    @Column(name = "sort_name", length = 1000, nullable = false)
    String sortName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields", nullable = false)
    String customFields;

    @Column(name = "legal_name")
    String legalName;
    @Column(name = "short_name")
    String shortName;
    @Column(name = "legal_form", length = 40)
    String legalForm;
    @Column(name = "nip", length = 10)
    String nip;
    @Column(name = "eu_vat", length = 20)
    String euVat;
    @Column(name = "foreign_tax", length = 40)
    String foreignTax;
    @Column(name = "regon", length = 14)
    String regon;
    @Column(name = "krs", length = 10)
    String krs;
    @Column(name = "industry")
    String industry;
    @Column(name = "website")
    String website;
    @Column(name = "working_hours")
    String workingHours;
    @Column(name = "employee_band", length = 40)
    String employeeBand;

    @Column(name = "given_names")
    String givenNames;
    @Column(name = "family_name")
    String familyName;
    @Column(name = "birth_date")
    LocalDate birthDate;
    @Column(name = "sex", length = 10)
    String sex;
    @Column(name = "pesel", length = 11)
    String pesel;
    @Column(name = "profession")
    String profession;
    @Column(name = "contact_from")
    LocalTime contactFrom;
    @Column(name = "contact_to")
    LocalTime contactTo;
    @Column(name = "language_tag", length = 40)
    String languageTag;

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 500)
    List<IdentifierRow> identifiers = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 500)
    List<NameRow> names = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 500)
    List<RoleRow> roles = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("holderIndex, position")
    @BatchSize(size = 500)
    List<ContactPointRow> contactPoints = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 500)
    List<ContactPersonRow> contactPersons = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 500)
    List<ImportantDateRow> importantDates = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 500)
    List<NoteRow> notes = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 500)
    List<OwnerAssignmentRow> ownerHistory = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 500)
    List<TagRow> tags = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 500)
    List<InterestRow> interests = new ArrayList<>();

    protected PartyEntity() {
    }

    PartyEntity(String id) {
        this.id = id;
    }
}
