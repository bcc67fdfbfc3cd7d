package dev.kartoteka.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Regon;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompanyTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    static Company fullCompany() {
        PartyId anna = PartyId.parse("3f0c6d0e-8d7e-4c1c-9d36-0d3f4b8a2b11");
        PartyId jan = PartyId.parse("4a1d7e1f-9e8f-4d2d-8e47-1e4f5c9b3c22");
        return Company.builder()
                .id(PartyId.parse("0b6f2c1e-1111-4c1c-9d36-0d3f4b8a2b11"))
                .version(4).status(PartyStatus.ARCHIVED)
                .createdAt(Instant.parse("2026-01-01T08:00:00Z")).updatedAt(Instant.parse("2026-11-01T08:00:00Z"))
                .legalName("Przedsiębiorstwo Handlowe Żółw").shortName("Żółw")
                .legalForm(LegalForm.LIMITED_LIABILITY_COMPANY)
                .nip(Nip.parse("526-104-08-28")).euVatNumber(EuVatNumber.parse("PL5261040828"))
                .regon(Regon.parse("012100784")).krs(Krs.parse("28860"))
                .industry("logistyka").website("zolw.pl")
                .workingHours(WorkingHours.weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0))
                        .with(DayOfWeek.SATURDAY, TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0))))
                .employeeCountBand(EmployeeCountBand.FROM_10_TO_49)
                .addContactPerson(ContactPerson.of(anna, LocalDate.of(2025, 1, 1)).withPosition("CFO")
                        .withPrimary(true))
                .addContactPerson(ContactPerson.of(jan, LocalDate.of(2026, 1, 1)).withDepartment("Zakupy")
                        .withContactPoint(PhoneContact.of("601 234 567")))
                .owner(UserId.of("alice"))
                .ownerHistory(List.of(new OwnerAssignment(UserId.of("alice"), Instant.parse("2026-01-01T08:00:00Z"),
                        Optional.empty(), Optional.of("new client"))))
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.EVENT, LeadWarmth.HOT), LocalDate.of(2025, 6, 1))
                        .endedOn(LocalDate.of(2025, 12, 31)))
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2026, 1, 1)))
                .addContactPoint(EmailContact.of("biuro@zolw.pl").asPreferred())
                .addContactPoint(PhoneContact.of("+48 22 123 45 67"))
                .addContactPoint(PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź"))
                .addImportantDate(ImportantDate.of(ImportantDateKind.COMPANY_ANNIVERSARY, LocalDate.of(2001, 5, 4)))
                .addImportantDate(ImportantDate.yearly(ImportantDateKind.INDUSTRY_HOLIDAY, MonthDay.of(12, 4),
                        "Barbórka"))
                .addInterest("targi").tag("VIP", "b2b")
                .addNote(Note.of("zna prezesa", Instant.parse("2026-02-01T08:00:00Z"), UserId.of("bob")))
                .build();
    }

    @Test
    void toBuilderRebuildsAnEqualCompany() {
        Company company = fullCompany();

        Company copy = company.toBuilder().build();

        assertThat(copy).isEqualTo(company).hasSameHashCodeAs(company).isNotSameAs(company);
        assertThat(copy.legalName()).isEqualTo(company.legalName());
        assertThat(copy.contactPersons()).isEqualTo(company.contactPersons());
    }

    @Test
    void companiesDifferingInOneFieldAreNotEqual() {
        Company company = fullCompany();

        assertThat(company.toBuilder().industry("IT").build()).isNotEqualTo(company);
        assertThat(company.toBuilder().version(5).build()).isNotEqualTo(company);
        assertThat(company.toBuilder().removeTag(Tag.of("vip")).build()).isNotEqualTo(company);
        assertThat(company.toBuilder().contactPersons(List.of()).build()).isNotEqualTo(company);
    }

    @Test
    void toStringShowsNoNamesOrIdentifiers() {
        Company company = fullCompany();

        assertThat(company.toString()).contains("COMPANY", company.id().toString(), "version=4")
                .doesNotContain("Żółw", "5261040828", "biuro@zolw.pl", "Piotrkowska", "zna prezesa");
    }

    @Test
    void theDisplayNameIsTheShortNameOrElseTheLegalName() {
        assertThat(fullCompany().displayName()).isEqualTo("Żółw");
        assertThat(Company.builder().legalName("Acme Polska").build().displayName()).isEqualTo("Acme Polska");
        assertThat(fullCompany().searchableNames()).containsExactly("Przedsiębiorstwo Handlowe Żółw", "Żółw");
        assertThat(fullCompany().kind()).isEqualTo(PartyKind.COMPANY);
    }

    @Test
    void identifiersAreTheRegistryNumbersAndTheCompanysOwnEmailsAndPhones() {
        assertThat(fullCompany().identifiers()).containsExactlyInAnyOrder(Nip.parse("5261040828"),
                Regon.parse("012100784"), Krs.parse("0000028860"), EuVatNumber.parse("PL5261040828"),
                Email.of("biuro@zolw.pl"), PhoneNumber.parse("+48221234567"));
    }

    @Test
    void contactPersonsOnADayAreListedPrimaryFirst() {
        Company company = fullCompany();

        assertThat(company.contactPersonsOn(LocalDate.of(2025, 6, 1))).hasSize(1);
        assertThat(company.contactPersonsOn(DAY)).extracting(ContactPerson::primary).containsExactly(true, false);
        assertThat(company.primaryContactPerson(DAY)).map(ContactPerson::position).contains(Optional.of("CFO"));
        assertThat(company.primaryContactPerson(LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void rolesAreQueriedByDay() {
        Company company = fullCompany();

        assertThat(company.hasRole(RoleType.LEAD, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(company.hasRole(RoleType.LEAD, DAY)).isFalse();
        assertThat(company.rolesOn(DAY)).extracting(PartyRole::type).containsExactly(RoleType.CLIENT);
        assertThat(company.contactPoints(EmailContact.class)).hasSize(1);
        assertThat(company.contactPoints(PostalAddress.class)).extracting(PostalAddress::city).containsExactly("Łódź");
    }

    @Test
    void aNewCompanyStartsUnstoredAndActive() {
        Company company = Company.builder().legalName("Acme").build();

        assertThat(company.version()).isZero();
        assertThat(company.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(company.createdAt()).isEqualTo(Instant.EPOCH);
        assertThat(company.owner()).isEmpty();
        assertThat(company.id()).isNotEqualTo(Company.builder().legalName("Acme").build().id());
    }

    @Test
    void buildingRequiresALegalName() {
        assertThatThrownBy(() -> Company.builder().build())
                .isInstanceOfSatisfying(dev.kartoteka.core.ValidationException.class, e -> assertThat(e.violations())
                        .extracting(dev.kartoteka.core.Violation::path).containsExactly("legalName"));
        assertThatNullPointerException().isThrownBy(() -> Company.builder().legalName(null));
    }

    @Test
    void theBuiltCompanyIsImmutable() {
        Company.Builder builder = Company.builder().legalName("Acme").tag("vip");
        Company company = builder.build();

        builder.tag("other").addContactPoint(EmailContact.of("a@acme.pl"));

        assertThat(company.tags()).extracting(Tag::value).containsExactly("vip");
        assertThat(company.contactPoints()).isEmpty();
        assertThatThrownBy(() -> company.tags().add(Tag.of("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> company.roles().add(PartyRole.of(RoleType.CLIENT, DAY)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> company.contactPersons().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void tagsAreSortedAndInterestsKeepTheirOrder() {
        Company company = Company.builder().legalName("Acme").tag("zeta", "Alfa", "mi").addInterest(" żeglarstwo ")
                .addInterest("golf").build();

        assertThat(company.tags()).extracting(Tag::value).containsExactly("alfa", "mi", "zeta");
        assertThat(company.interests()).containsExactly("żeglarstwo", "golf");
    }
}
