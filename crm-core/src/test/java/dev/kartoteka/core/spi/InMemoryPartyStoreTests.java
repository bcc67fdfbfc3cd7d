package dev.kartoteka.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.ImportantDateKind;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.PartyQuery;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The storage port's own promises, on the in-memory store. */
class InMemoryPartyStoreTests {

    private final PartyStore store = PartyStore.inMemory();

    @Test
    void insertsAndFindsByIdAndIdentifier() {
        Company acme = Company.builder().legalName("Acme").nip(Nip.parse("5261040828"))
                .addContactPoint(EmailContact.of("biuro@acme.pl")).build();

        store.insert(acme);

        assertThat(store.findById(acme.id())).contains(acme);
        assertThat(store.findByIdentifier(Nip.parse("5261040828"))).containsExactly(acme);
        assertThat(store.findByIdentifier(Email.of("biuro@acme.pl"))).containsExactly(acme);
        assertThat(store.findById(PartyId.random())).isEmpty();
    }

    @Test
    void rejectsASecondPartyWithTheSameIdOrUniqueIdentifier() {
        Company acme = Company.builder().legalName("Acme").nip(Nip.parse("5261040828")).build();
        store.insert(acme);

        assertThatThrownBy(() -> store.insert(Company.builder().legalName("Copy").id(acme.id()).build()))
                .isInstanceOf(KartotekaException.class);
        assertThatThrownBy(() -> store.insert(Company.builder().legalName("Dup").nip(Nip.parse("5261040828")).build()))
                .isInstanceOf(DuplicateIdentifierException.class);
        assertThat(store.count(true)).isEqualTo(1);
    }

    @Test
    void replaceChecksTheExpectedVersion() {
        Company v0 = Company.builder().legalName("Acme").build();
        store.insert(v0);
        Company v1 = v0.toBuilder().industry("IT").version(1).build();

        store.replace(v1, 0);

        assertThat(store.findById(v0.id())).contains(v1);
        assertThatThrownBy(() -> store.replace(v0.toBuilder().industry("X").version(1).build(), 0))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> store.replace(Company.builder().legalName("Ghost").version(1).build(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.findById(v0.id())).contains(v1);
    }

    @Test
    void aRejectedReplaceChangesNoIndex() {
        Company holder = Company.builder().legalName("Holder").nip(Nip.parse("5261040828")).build();
        Company other = Company.builder().legalName("Other").addContactPoint(EmailContact.of("a@other.pl")).build();
        store.insert(holder);
        store.insert(other);

        assertThatThrownBy(() -> store.replace(other.toBuilder().nip(Nip.parse("5261040828"))
                .contactPoints(List.of(EmailContact.of("b@other.pl"))).version(1).build(), 0))
                .isInstanceOf(DuplicateIdentifierException.class);

        assertThat(store.findByIdentifier(Email.of("a@other.pl"))).containsExactly(other);
        assertThat(store.findByIdentifier(Email.of("b@other.pl"))).isEmpty();
        assertThat(store.findByIdentifier(Nip.parse("5261040828"))).containsExactly(holder);
    }

    @Test
    void countsActiveOrAllParties() {
        store.insert(Company.builder().legalName("Active").build());
        store.insert(Company.builder().legalName("Archived").status(PartyStatus.ARCHIVED).build());

        assertThat(store.count(false)).isEqualTo(1);
        assertThat(store.count(true)).isEqualTo(2);
    }

    @Test
    void findsCompaniesByContactPersonWhateverThePeriod() {
        Person anna = Person.builder().givenNames("Anna").familyName("Kowalska").build();
        Company past = Company.builder().legalName("Past").addContactPerson(ContactPerson.of(anna.id(),
                LocalDate.of(2020, 1, 1)).endedOn(LocalDate.of(2021, 1, 1))).build();
        Company now = Company.builder().legalName("Now").addContactPerson(ContactPerson.of(anna.id(),
                LocalDate.of(2025, 1, 1))).build();
        store.insert(anna);
        store.insert(past);
        store.insert(now);

        assertThat(store.companiesWithContactPerson(anna.id())).containsExactlyInAnyOrder(past, now);
        assertThat(store.companiesWithContactPerson(anna.id())).isSortedAccordingTo(
                (a, b) -> a.id().compareTo(b.id()));
    }

    @Test
    void findsActivePartiesByYearlyDate() {
        Person anna = Person.builder().givenNames("Anna").familyName("Kowalska").birthDate(LocalDate.of(1980, 5, 4))
                .build();
        Company acme = Company.builder().legalName("Acme").addImportantDate(ImportantDate.yearly(
                ImportantDateKind.INDUSTRY_HOLIDAY, MonthDay.of(12, 4), "Barbórka")).build();
        Person archived = Person.builder().givenNames("Jan").familyName("Nowak").birthDate(LocalDate.of(1980, 5, 4))
                .status(PartyStatus.ARCHIVED).build();
        store.insert(anna);
        store.insert(acme);
        store.insert(archived);

        assertThat(store.findByAnnualDate(List.of(MonthDay.of(5, 4)))).containsExactly(anna);
        assertThat(store.findByAnnualDate(List.of(MonthDay.of(5, 4), MonthDay.of(12, 4))))
                .containsExactlyInAnyOrder(anna, acme);
        assertThat(store.findByAnnualDate(List.of(MonthDay.of(1, 1)))).isEmpty();
    }

    @Test
    void searchNeedsTheDayRolesAreEvaluatedOn() {
        assertThatIllegalArgumentException().isThrownBy(() -> store.search(PartyQuery.builder().build()));
        assertThat(store.search(PartyQuery.builder().asOf(LocalDate.of(2026, 1, 1)).build()).totalItems()).isZero();
    }
}
