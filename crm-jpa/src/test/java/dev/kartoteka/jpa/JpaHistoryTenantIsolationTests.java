package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The history, consent and audit stores are tenant-scoped too, including the native SQL of the purchase and
 * interaction summaries: nothing one tenant records is seen from another.
 */
class JpaHistoryTenantIsolationTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private final MutableClock clock = new MutableClock();
    private final KartotekaJpa tenantA = TestDatabase.freshTenant();
    private final KartotekaJpa tenantB = TestDatabase.freshTenant();
    private final ClientRegistry a = tenantA.registryBuilder().clock(clock).build();

    @Test
    void anotherTenantSeesNoneOfAPartysHistoryConsentsOrAuditTrail() {
        Person anna = a.create(person("Anna", "Nowak").build());
        Interaction call = a.history().log(Interaction.builder(anna.id(), InteractionType.CALL,
                Instant.parse("2026-11-20T09:00:00Z")).subject("Oferta").build());
        a.history().record(Transaction.order(anna.id(), DAY, Money.of("99.00", "PLN")));
        a.consents().grant(anna.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING, ConsentSource.WEB_FORM,
                clock.instant(), Optional.empty(), Optional.empty(), false);

        assertThat(tenantB.historyStore().interactionsOf(anna.id())).isEmpty();
        assertThat(tenantB.historyStore().findInteraction(call.id())).isEmpty();
        assertThat(tenantB.historyStore().transactionsOf(anna.id())).isEmpty();
        assertThat(tenantB.historyStore().allInteractions()).isEmpty();
        try (Stream<?> summaries = tenantB.historyStore().purchaseSummaries(Currency.getInstance("PLN"), DAY)) {
            assertThat(summaries).isEmpty();
        }
        try (Stream<?> summaries = tenantB.historyStore().purchaseSummaries(Currency.getInstance("PLN"), DAY, DAY)) {
            assertThat(summaries).isEmpty();
        }
        try (Stream<?> summaries = tenantB.historyStore().interactionSummaries(DAY, ZoneOffset.UTC)) {
            assertThat(summaries).isEmpty();
        }
        assertThat(tenantB.consentStore().eventsOf(anna.id())).isEmpty();
        assertThat(tenantB.auditStore().ofParty(anna.id())).isEmpty();
        assertThat(tenantB.auditStore().query(Optional.empty(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
                .isEmpty();

        // and the same reads on the owning tenant do see them, so the checks above can fail
        assertThat(tenantA.historyStore().interactionsOf(anna.id())).containsExactly(call);
        try (Stream<?> summaries = tenantA.historyStore().purchaseSummaries(Currency.getInstance("PLN"), DAY)) {
            assertThat(summaries).hasSize(1);
        }
        try (Stream<?> summaries = tenantA.historyStore().purchaseSummaries(Currency.getInstance("PLN"), DAY, DAY)) {
            assertThat(summaries).hasSize(1);
        }
        try (Stream<?> summaries = tenantA.historyStore().interactionSummaries(DAY, ZoneOffset.UTC)) {
            assertThat(summaries).hasSize(1);
        }
        assertThat(tenantA.consentStore().eventsOf(anna.id())).hasSize(1);
        assertThat(tenantA.auditStore().ofParty(anna.id())).isNotEmpty();
    }
}
