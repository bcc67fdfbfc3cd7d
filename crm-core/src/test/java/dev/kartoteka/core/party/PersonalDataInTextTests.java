package dev.kartoteka.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.UpcomingDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Personal data must never show in clear where it can end up in a log: {@code toString()} of the model and its parts,
 * and exception messages. A fully populated person and company carry planted values; none may appear.
 */
class PersonalDataInTextTests {

    private static final LocalDate BIRTH = LocalDate.of(1987, 4, 23);
    private static final Pesel PESEL = Pesel.of(BIRTH, Sex.FEMALE, 321);
    private static final List<String> SECRETS = List.of("Brzęczyszczykiewicz", "Grzegorzyna", PESEL.value(),
            "tajny.adres", "602345678", "Zakopiańska", "sekretna notatka", "profil.prywatny", "powód zmiany",
            "kwalifikacja tajna", "stanowisko tajne", "1987", "04-23", "--04-23");

    @Test
    void toStringOfAFullyPopulatedPersonAndAllItsPartsShowsNoPersonalValue() {
        Person person = Person.builder().givenNames("Grzegorzyna").familyName("Brzęczyszczykiewicz").fromPesel(PESEL)
                .profession("lekarz")
                .preferredContactTime(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .addContactPoint(EmailContact.of("tajny.adres@example.pl").withUsage(
                        ContactUsage.main().withNote("sekretna notatka").withVerifiedAt(Instant.EPOCH)))
                .addContactPoint(PhoneContact.of("602 345 678"))
                .addContactPoint(PostalAddress.polish("ul. Zakopiańska", "12", "30-418", "Kraków").withUnit("7"))
                .addContactPoint(WebsiteContact.of("https://example.pl/profil.prywatny"))
                .addContactPoint(MessengerContact.of("Signal", "profil.prywatny"))
                .addImportantDate(ImportantDate.of(ImportantDateKind.BIRTHDAY, BIRTH))
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.REFERRAL, LeadWarmth.WARM)
                        .withQualificationNotes("kwalifikacja tajna").withSourceDetail("Grzegorzyna"), LocalDate.of(2025, 1, 1)))
                .addNote(Note.of("sekretna notatka", Instant.EPOCH, UserId.of("jan")))
                .owner(UserId.of("jan"))
                .ownerHistory(List.of(new OwnerAssignment(UserId.of("jan"), Instant.EPOCH, Optional.empty(),
                        Optional.of("powód zmiany"))))
                .build();
        Company company = Company.builder().legalName("Firma").addContactPerson(
                ContactPerson.of(person.id(), LocalDate.of(2020, 1, 1)).withPosition("stanowisko tajne")
                        .withContactPoint(EmailContact.of("tajny.adres@firma.pl"))).build();

        List<Object> parts = new ArrayList<>();
        parts.add(person);
        parts.add(company);
        parts.addAll(person.contactPoints());
        person.contactPoints().forEach(cp -> parts.add(cp.usage()));
        parts.addAll(person.roles());
        person.roles().forEach(r -> r.lead().ifPresent(parts::add));
        parts.addAll(person.importantDates());
        parts.addAll(person.notes());
        parts.addAll(person.ownerHistory());
        parts.addAll(company.contactPersons());
        parts.add(PESEL);
        parts.add(new UpcomingDate(person.id(), ImportantDateKind.BIRTHDAY, Optional.empty(), BIRTH.withYear(2026),
                java.util.OptionalInt.of(39)));

        for (Object part : parts) {
            // random ids may contain any digits: look at everything but them
            String text = part.toString().replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
            assertThat(text).as(part.getClass().getSimpleName()).doesNotContain(SECRETS);
        }
    }

    @Test
    void validationMessagesOfTheRegistryShowNoPersonalValue() {
        ClientRegistry registry = ClientRegistry.inMemory();
        Person bad = Person.builder().givenNames("Grzegorzyna").familyName("Brzęczyszczykiewicz")
                .pesel(PESEL).birthDate(BIRTH.plusDays(1)).sex(Sex.MALE)
                .addContactPoint(PostalAddress.polish("ul. Zakopiańska", "12", "30418", "Kraków"))
                .addContactPoint(EmailContact.of("tajny.adres@example.pl").asPreferred())
                .addContactPoint(EmailContact.of("tajny.adres2@example.pl").asPreferred())
                .build();

        assertThatThrownBy(() -> registry.create(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getMessage()).doesNotContain(SECRETS).doesNotContain("1987-04-2"));
    }

    @Test
    void valueObjectErrorsMaskWhatTheyReject() {
        assertThatThrownBy(() -> WebsiteContact.of("ftp://profil.prywatny.example.pl"))
                .hasMessageNotContaining("profil.prywatny");
        assertThatThrownBy(() -> new ImportantDate(ImportantDateKind.BIRTHDAY, MonthDay.of(2, 29),
                Optional.of(Year.of(1987)), Optional.empty())).hasMessageNotContaining("1987")
                .hasMessageNotContaining("02-29");
    }
}
