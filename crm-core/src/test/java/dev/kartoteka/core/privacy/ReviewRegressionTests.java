package dev.kartoteka.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.access.AccessDeniedException;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.access.RoleBasedAccessPolicy;
import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Regressions for the second review of issue 4 (erasure and access policy). */
class ReviewRegressionTests {

    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");
    private static final UserId ADMIN = UserId.of("admin");
    private static final UserId SAM = UserId.of("sam");

    private final ClientRegistry registry = ClientRegistry.builder()
            .accessPolicy(RoleBasedAccessPolicy.builder(u -> Map.of("admin", Set.of("admin"), "sam", Set.of("sales"))
                            .getOrDefault(u.value(), Set.of()))
                    .role("admin").permits(Action.values())
                    .role("sales").permits(Action.READ, Action.WRITE).onlyOwnParties().masks("pesel", "contactPoints")
                    .build())
            .build();
    private final ClientRegistry admin = registry.as(ADMIN, null);
    private final ClientRegistry sam = registry.as(SAM, null);

    @Test
    void erasingAnEmployeeNeverTurnsTheirWorkAddressConsentIntoACompanyWideOne() {
        Person jan = admin.create(Person.builder().givenNames("Jan").familyName("Wiśniewski").build());
        Company acme = admin.create(Company.builder().legalName("Acme")
                .addContactPoint(EmailContact.of("biuro@acme.example.pl"))
                .addContactPerson(ContactPerson.of(jan.id(), LocalDate.of(2025, 1, 1))
                        .withContactPoint(EmailContact.of("jan@acme.example.pl"))).build());
        admin.consents().grant(acme.id(), Email.of("jan@acme.example.pl"), ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, ConsentSource.WEB_FORM, AT, Optional.empty(), Optional.empty(), false);
        assertThat(admin.consents().mayContact(acme.id(), Email.of("biuro@acme.example.pl"), ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, AT.plusSeconds(60)).allowed()).isFalse();

        admin.privacy().erase(jan.id(), "wniosek 1");

        assertThat(admin.consents().mayContact(acme.id(), Email.of("biuro@acme.example.pl"), ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, AT.plusSeconds(60)).allowed()).as("still no consent for the office").isFalse();
        assertThat(admin.consents().history(acme.id())).isEmpty();
    }

    @Test
    void erasureScrubsNotesOfOtherPartiesThatMentionThePerson() {
        Person jan = admin.create(Person.builder().givenNames("Jan").familyName("Wiśniewski").build());
        Person piotr = admin.create(Person.builder().givenNames("Piotr").familyName("Zając")
                .addNote(Note.of("Polecony przez Jan Wiśniewski", AT, ADMIN)).build());

        admin.privacy().erase(jan.id(), null);

        assertThat(admin.get(piotr.id()).notes()).extracting(Note::text).containsExactly("[erased]");
    }

    @Test
    void nothingCanBeRecordedForAnErasedPerson() {
        Person jan = admin.create(Person.builder().givenNames("Jan").familyName("Wiśniewski").build());
        admin.privacy().erase(jan.id(), null);

        assertThatThrownBy(() -> admin.history().log(Interaction.builder(jan.id(), InteractionType.CALL, AT).build()))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> admin.consents().grant(jan.id(), ConsentChannel.POST, ConsentPurpose.MARKETING,
                ConsentSource.CALL, AT, Optional.empty(), Optional.empty(), false))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void consentEventsHideContactPointAndEvidenceFromAReaderWhoMayNotSeeContactPoints() {
        Person anna = admin.create(Person.builder().givenNames("Anna").familyName("Nowak").owner(SAM)
                .addContactPoint(EmailContact.of("anna.nowak@example.pl")).build());
        admin.consents().grant(anna.id(), Email.of("anna.nowak@example.pl"), ConsentChannel.EMAIL,
                ConsentPurpose.NEWSLETTER, ConsentSource.WEB_FORM, AT, Optional.of("formularz, IP 10.1.2.3"),
                Optional.empty(), false);

        assertThat(sam.consents().history(anna.id())).singleElement().satisfies(e -> {
            assertThat(e.contactPoint()).isEmpty();
            assertThat(e.evidence()).isEmpty();
        });
        assertThat(sam.audit().ofParty(anna.id()))
                .flatExtracting(AuditEntry::changes)
                .allSatisfy(c -> assertThat(c.newValue().orElse("")).doesNotContain("anna.nowak", "10.1.2.3"));
        assertThat(admin.consents().history(anna.id()).get(0).evidence()).isPresent();
    }

    @Test
    void aViewCannotActForSomebodyElse() {
        assertThatThrownBy(() -> sam.as(ADMIN, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRefusedCreationUnderAnExistingIdIsNotPlantedInThatPartysAuditTrail() {
        Person ewa = admin.create(Person.builder().givenNames("Ewa").familyName("Lis").build());
        int before = admin.audit().ofParty(ewa.id()).size();

        assertThatThrownBy(() -> sam.create(Person.builder().id(ewa.id()).givenNames("X").familyName("Y").build()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(admin.audit().ofParty(ewa.id())).hasSize(before);
    }

    @Test
    void aDuplicatePeselDoesNotRevealAHolderTheCallerMayNotRead() {
        Pesel pesel = Pesel.of(LocalDate.of(1980, 1, 2), Sex.MALE, 12);
        Person ewas = admin.create(Person.builder().givenNames("Adam").familyName("Lis").pesel(pesel).build());

        assertThatThrownBy(() -> sam.create(Person.builder().givenNames("Adam").familyName("Lis").owner(SAM)
                .pesel(pesel).build()))
                .isInstanceOf(DuplicateIdentifierException.class)
                .hasMessageNotContaining(ewas.id().toString());
    }

    @Test
    void aSearchCriterionOnAMaskedFieldFindsNothingForThatReader() {
        Person anna = admin.create(Person.builder().givenNames("Anna").familyName("Nowak").owner(SAM)
                .addContactPoint(dev.kartoteka.core.party.PostalAddress.polish("ul. Długa", "1", "00-001", "Warszawa"))
                .build());

        assertThat(sam.search(dev.kartoteka.core.registry.PartyQuery.builder().city("Warszawa").build()).items())
                .as("addresses are masked for sales: the city cannot be confirmed").isEmpty();
        assertThat(sam.search(dev.kartoteka.core.registry.PartyQuery.builder().name("nowak").build()).items())
                .extracting(p -> p.id()).containsExactly(anna.id());
        assertThat(admin.search(dev.kartoteka.core.registry.PartyQuery.builder().city("Warszawa").build()).items())
                .extracting(p -> p.id()).containsExactly(anna.id());
    }
}
