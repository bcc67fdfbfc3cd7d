package dev.kartoteka.core.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.access.AccessDeniedException;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.access.RoleBasedAccessPolicy;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Kartoteka never logs personal data in clear. The test suite writes everything Kartoteka logs (debug and up) to
 * {@code target/kartoteka-test.log} (see {@code simplelogger.properties}); this test runs registry operations with
 * planted personal values — successful ones, refused ones, failing listeners — and scans the whole file.
 */
class LogPrivacyTests {

    private static final Path LOG = Path.of("target", "kartoteka-test.log");
    private static final Pesel PESEL = Pesel.of(LocalDate.of(1981, 6, 17), Sex.FEMALE, 777);

    @Test
    void nothingKartotekaLogsContainsAPersonalValue() throws IOException {
        List<String> secrets = List.of("Bożydara", "Przybyszewska", PESEL.value(), "bozydara.p@example.pl",
                "48609111222", "609 111 222", "Kwiatowa", "sekret-notatki", "1981-06-17", "dowód-zgody");
        ClientRegistry registry = ClientRegistry.builder()
                .listener(e -> {
                    throw new IllegalStateException("a listener failing with " + secrets.get(0));
                })
                .accessPolicy(RoleBasedAccessPolicy.builder(u -> u.value().equals("admin") ? Set.of("admin") : Set.of())
                        .role("admin").permits(Action.values()).build())
                .build();
        ClientRegistry admin = registry.as(UserId.of("admin"), "korekta");
        Person person = admin.create(Person.builder().givenNames("Bożydara").familyName("Przybyszewska")
                .fromPesel(PESEL).addContactPoint(EmailContact.of("bozydara.p@example.pl"))
                .addContactPoint(PhoneContact.of("609 111 222"))
                .addContactPoint(PostalAddress.polish("ul. Kwiatowa", "3", "00-001", "Warszawa"))
                .addNote(Note.of("sekret-notatki", Instant.parse("2026-11-01T10:00:00Z"), UserId.of("admin")))
                .build());
        admin.update(person.toBuilder().profession("architektka").build());
        admin.findByIdentifier(Email.of("bozydara.p@example.pl"));
        admin.findByIdentifier(PhoneNumber.parse("609 111 222"));
        admin.search(PartyQuery.builder().name("przybysz").build());
        admin.history().record(Transaction.order(person.id(), LocalDate.of(2026, 11, 2), Money.of("99.00", "PLN")));
        admin.history().log(Interaction.builder(person.id(), InteractionType.CALL, Instant.parse("2026-11-02T10:00:00Z"))
                .subject("Rozmowa z Bożydarą").outcome("sekret-notatki").build());
        admin.consents().grant(person.id(), ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER, ConsentSource.WEB_FORM,
                Instant.parse("2026-11-02T10:00:00Z"), Optional.of("dowód-zgody"), Optional.empty(), false);
        assertThatThrownBy(() -> admin.create(Person.builder().givenNames(" ").familyName("Przybyszewska")
                .pesel(PESEL).birthDate(LocalDate.of(1981, 6, 18)).build()))
                .isInstanceOf(dev.kartoteka.core.ValidationException.class);
        assertThatThrownBy(() -> registry.as(UserId.of("intruz"), null).get(person.id()))
                .isInstanceOf(AccessDeniedException.class);

        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).as("Kartoteka's debug logging reaches the file, so the scan means something")
                .contains("Created PERSON " + person.id()).contains("Registry listener failed")
                .contains("Access denied");
        for (String secret : secrets) {
            assertThat(log).as("log output must not contain a personal value").doesNotContain(secret);
        }
    }
}
