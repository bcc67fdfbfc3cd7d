package dev.kartoteka.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.history.TransactionStatus;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.LeadDetails;
import dev.kartoteka.core.party.LeadSource;
import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every change is recorded field by field: who, when, what, old value, new value, why. */
class AuditTrailTests {

    private static final UserId JAN = UserId.of("jan.nowak");

    private MutableClock clock;
    private ClientRegistry registry;

    @BeforeEach
    void setUp() {
        clock = new MutableClock();
        registry = ClientRegistry.builder().store(PartyStore.inMemory()).clock(clock).build();
    }

    @Test
    void creatingAPartyRecordsEveryFieldAsNewWithTheActorAndReason() {
        Person anna = registry.as(JAN, "formularz na targach").create(Person.builder().givenNames("Anna")
                .familyName("Nowak").addContactPoint(EmailContact.of("anna@example.pl")).build());

        List<AuditEntry> entries = registry.audit().ofParty(anna.id());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("party created");
            assertThat(e.actor()).contains(JAN);
            assertThat(e.reason()).contains("formularz na targach");
            assertThat(e.at()).isEqualTo(clock.instant());
            assertThat(e.changes()).contains(
                    new FieldChange("givenNames", Optional.empty(), Optional.of("Anna")),
                    new FieldChange("familyName", Optional.empty(), Optional.of("Nowak")));
            assertThat(e.changes()).extracting(FieldChange::field).contains("contactPoints[0]");
        });
    }

    @Test
    void anUpdateRecordsOnlyTheFieldsThatChangedWithOldAndNewValues() {
        Company acme = registry.create(Company.builder().legalName("Acme").industry("logistyka").build());
        clock.advance(Duration.ofMinutes(3));

        registry.as(JAN, null).update(acme.toBuilder().legalName("Acme Polska").shortName("Acme").build());

        AuditEntry update = registry.audit().ofParty(acme.id()).get(1);
        assertThat(update.action()).isEqualTo("party updated");
        assertThat(update.reason()).isEmpty();
        assertThat(update.changes()).containsExactlyInAnyOrder(
                new FieldChange("legalName", Optional.of("Acme"), Optional.of("Acme Polska")),
                new FieldChange("shortName", Optional.empty(), Optional.of("Acme")));
    }

    @Test
    void leadConversionAndOwnerReassignmentAreNamedAndKeepTheirReason() {
        Person lead = registry.create(Person.builder().givenNames("Jan").familyName("Lis")
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.CALL, LeadWarmth.HOT), LocalDate.of(2026, 10, 1)))
                .build());
        var converted = registry.convertLeadToClient(lead.id(), 0, LocalDate.of(2026, 11, 22));
        registry.reassignOwner(lead.id(), converted.version(), JAN, "nowy region");

        List<AuditEntry> entries = registry.audit().ofParty(lead.id());
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("party created", "lead converted", "owner reassigned");
        assertThat(entries.get(1).changes()).extracting(FieldChange::field).contains("roles[0]", "roles[1]");
        assertThat(entries.get(2).reason()).contains("nowy region");
    }

    @Test
    void historyEntriesAreAuditedToo() {
        Company acme = registry.create(Company.builder().legalName("Acme").build());
        Transaction order = registry.history().record(
                Transaction.order(acme.id(), LocalDate.of(2026, 11, 2), Money.of("120.00", "PLN")));
        registry.history().changeStatus(order.id(), TransactionStatus.PAID);
        registry.history().log(Interaction.builder(acme.id(), InteractionType.CALL, clock.instant())
                .subject("Oferta").build());

        assertThat(registry.audit().ofParty(acme.id())).extracting(AuditEntry::action).containsExactly(
                "party created", "transaction recorded", "transaction status changed", "interaction logged");
        AuditEntry status = registry.audit().ofParty(acme.id()).get(2);
        assertThat(status.changes()).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).contains("PLACED");
            assertThat(c.newValue()).contains("PAID");
        });
    }

    @Test
    void entriesAreQueryableByActorAndPeriod() {
        registry.as(JAN, null).create(Company.builder().legalName("Pierwsza").build());
        clock.advance(Duration.ofHours(1));
        registry.as(UserId.of("ewa"), null).create(Company.builder().legalName("Druga").build());
        clock.advance(Duration.ofHours(1));
        registry.as(JAN, null).create(Company.builder().legalName("Trzecia").build());

        assertThat(registry.audit().byActor(JAN, MutableClock.START, clock.instant().plusSeconds(1))).hasSize(2);
        assertThat(registry.audit().byActor(JAN, MutableClock.START.plusSeconds(1), clock.instant())).isEmpty();
        assertThat(registry.audit().between(MutableClock.START, clock.instant().plusSeconds(1))).hasSize(3);
    }

    @Test
    void toStringOfEntriesAndChangesShowsNoValues() {
        Person anna = registry.as(JAN, "tajny powód").create(Person.builder().givenNames("Grzegorzyna")
                .familyName("Brzęczyszczykiewicz").build());
        AuditEntry entry = registry.audit().ofParty(anna.id()).get(0);

        assertThat(entry.toString()).doesNotContain("Grzegorzyna", "Brzęczyszczykiewicz", "tajny");
        assertThat(entry.changes().toString()).doesNotContain("Grzegorzyna", "Brzęczyszczykiewicz");
    }
}
