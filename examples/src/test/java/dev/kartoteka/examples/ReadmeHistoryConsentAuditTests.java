package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentDecision;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps README's history/consent/audit example honest: the same lines compile and run here. */
class ReadmeHistoryConsentAuditTests {

    @Test
    void historyConsentAndAuditExampleWorks() {
        ClientRegistry registry = ClientRegistry.inMemory();
        // --- history, consents, audit (keep identical to README.md) ---
        ClientRegistry asJan = registry.as(UserId.of("jan.nowak"), "rozmowa telefoniczna");
        Person anna = asJan.create(Person.builder().givenNames("Anna").familyName("Nowak")
                .addContactPoint(PhoneContact.of("601 234 567")).build());
        asJan.history().record(Transaction.order(anna.id(), LocalDate.of(2026, 10, 3), Money.of("249.90", "PLN")));
        asJan.history().log(Interaction.builder(anna.id(), InteractionType.CALL, Instant.parse("2026-11-02T10:00:00Z"))
                .subject("Nowa kolekcja").followUp(LocalDate.of(2026, 11, 30)).build());
        asJan.consents().grant(anna.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING, ConsentSource.CALL,
                Instant.parse("2026-11-02T10:05:00Z"), Optional.of("nagranie rozmowy 2026-11-02"), Optional.empty(), false);
        ConsentDecision sms = registry.consents().mayContact(anna.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING,
                Instant.parse("2026-11-20T12:00:00Z"));                                  // allowed, with the deciding event
        List<PurchaseSummary> summaries = registry.history()
                .purchaseSummaries(Currency.getInstance("PLN"), LocalDate.of(2026, 11, 22)).toList();
        List<AuditEntry> trail = registry.audit().ofParty(anna.id());               // who changed what, when and why
        // --- end of history, consents, audit ---

        assertThat(sms.allowed()).isTrue();
        assertThat(sms.decidedBy()).isPresent();
        assertThat(summaries).singleElement().satisfies(s -> assertThat(s.purchaseDays()).isEqualTo(1));
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly("party created", "transaction recorded", "interaction logged", "consent recorded");
        assertThat(trail).allSatisfy(e -> assertThat(e.actor()).contains(UserId.of("jan.nowak")));
    }

    @Test
    void readmeShowsExactlyTheExampleThatThisTestRuns() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("history-consents-audit:", "ReadmeHistoryConsentAuditTests", "history, consents, audit");
    }
}
