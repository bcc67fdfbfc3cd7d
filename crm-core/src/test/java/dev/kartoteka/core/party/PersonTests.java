package dev.kartoteka.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PersonTests {

    private static final Pesel PESEL = Pesel.of(LocalDate.of(1985, 3, 14), Sex.FEMALE, 123);

    static Person fullPerson() {
        return Person.builder()
                .givenNames("Anna Maria").familyName("Kowalska-Nowak").fromPesel(PESEL)
                .profession("lekarz").preferredContactTime(TimeWindow.of(LocalTime.of(15, 0), LocalTime.of(18, 0)))
                .preferredLanguage(Locale.forLanguageTag("pl-PL")).owner(UserId.of("alice"))
                .addContactPoint(EmailContact.of("anna.kowalska@example.pl"))
                .addContactPoint(PhoneContact.of("601 234 567").asPreferred())
                .addContactPoint(PostalAddress.polish("ul. Długa", "5", "80-001", "Gdańsk").withUnit("3"))
                .addContactPoint(MessengerContact.of("Signal", "@anna.k"))
                .addImportantDate(ImportantDate.yearly(ImportantDateKind.NAME_DAY, MonthDay.of(7, 26), null))
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2024, 5, 1)))
                .addInterest("wędkarstwo").tag("vip")
                .addNote(Note.of("decyduje z mężem", Instant.parse("2026-03-01T10:00:00Z"), UserId.of("bob")))
                .build();
    }

    @Test
    void toBuilderRebuildsAnEqualPerson() {
        Person person = fullPerson();

        Person copy = person.toBuilder().build();

        assertThat(copy).isEqualTo(person).hasSameHashCodeAs(person).isNotSameAs(person);
        assertThat(copy.preferredContactTime()).isEqualTo(person.preferredContactTime());
    }

    @Test
    void personsDifferingInOneFieldAreNotEqual() {
        Person person = fullPerson();

        assertThat(person.toBuilder().profession("pielęgniarka").build()).isNotEqualTo(person);
        assertThat(person.toBuilder().familyName("Kowalska").build()).isNotEqualTo(person);
        assertThat(person.toBuilder().preferredLanguage(Locale.ENGLISH).build()).isNotEqualTo(person);
    }

    @Test
    void toStringShowsNoPersonalData() {
        Person person = fullPerson();

        assertThat(person.toString()).contains("PERSON", person.id().toString());
        // the random id may contain any digits: look at the rest
        assertThat(person.toString().replace(person.id().toString(), "<id>"))
                .doesNotContain("Anna", "Kowalska", PESEL.value(), "1985", "anna.kowalska", "601", "Długa", "lekarz",
                        "decyduje");
    }

    @Test
    void fromPeselSetsTheBirthDateAndSexItEncodes() {
        Person person = Person.builder().givenNames("Anna").familyName("Nowak").fromPesel(PESEL).build();

        assertThat(person.pesel()).contains(PESEL);
        assertThat(person.birthDate()).contains(LocalDate.of(1985, 3, 14));
        assertThat(person.sex()).contains(Sex.FEMALE);
    }

    @Test
    void peselAloneDerivesNothing() {
        Person person = Person.builder().givenNames("Anna").familyName("Nowak").pesel(PESEL).build();

        assertThat(person.birthDate()).isEmpty();
        assertThat(person.sex()).isEmpty();
    }

    @Test
    void namesAreSearchableInBothOrders() {
        Person person = fullPerson();

        assertThat(person.displayName()).isEqualTo("Anna Maria Kowalska-Nowak");
        assertThat(person.searchableNames()).containsExactly("Anna Maria Kowalska-Nowak", "Kowalska-Nowak Anna Maria");
        assertThat(person.kind()).isEqualTo(PartyKind.PERSON);
    }

    @Test
    void identifiersAreThePeselAndThePersonsOwnEmailsAndPhones() {
        assertThat(fullPerson().identifiers()).containsExactlyInAnyOrder(PESEL, Email.of("anna.kowalska@example.pl"),
                PhoneNumber.parse("+48601234567"));
        assertThat(Person.builder().givenNames("A").familyName("B").build().identifiers()).isEmpty();
    }

    @Test
    void buildingRequiresOneNameAtLeast() {
        assertThatThrownBy(() -> Person.builder().build())
                .isInstanceOfSatisfying(dev.kartoteka.core.ValidationException.class, e -> assertThat(e.violations())
                        .extracting(dev.kartoteka.core.Violation::path).containsExactly("givenNames", "familyName"));
        assertThatThrownBy(() -> Person.builder().givenNames(" ").familyName("").build())
                .isInstanceOfSatisfying(dev.kartoteka.core.ValidationException.class, e -> assertThat(e.violations())
                        .extracting(dev.kartoteka.core.Violation::value).containsExactly("blank", "blank"));
        assertThatNullPointerException().isThrownBy(() -> Person.builder().givenNames(null));
        assertThatNullPointerException().isThrownBy(() -> Person.builder().fromPesel(null));
    }

    @Test
    void aPersonKnownByOneNameHasTheOtherEmpty() {
        Person anna = Person.builder().givenNames("Anna").build();
        Person nowak = Person.builder().familyName("Nowak").build();

        assertThat(anna.familyName()).isEmpty();
        assertThat(anna.displayName()).isEqualTo("Anna");
        assertThat(anna.searchableNames()).containsExactly("Anna");
        assertThat(nowak.givenNames()).isEmpty();
        assertThat(nowak.displayName()).isEqualTo("Nowak");
        assertThat(nowak.searchableNames()).containsExactly("Nowak");
        assertThat(anna.toBuilder().familyName("Nowak").build().searchableNames())
                .containsExactly("Anna Nowak", "Nowak Anna");
    }

    @Test
    void contactPointsCanBeFilteredByKind() {
        Person person = fullPerson();

        assertThat(person.contactPoints(PhoneContact.class)).singleElement()
                .satisfies(p -> assertThat(p.preferred()).isTrue());
        assertThat(person.contactPoints(WebsiteContact.class)).isEmpty();
        assertThat(person.contactPoints()).hasSize(4);
    }
}
