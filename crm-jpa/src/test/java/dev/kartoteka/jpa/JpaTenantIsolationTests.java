package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.KNOWN_NIP;
import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.MutableClock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of one tenant are invisible to another: every read of the party store is filtered by the tenant. */
class JpaTenantIsolationTests {

    private final MutableClock clock = new MutableClock();
    private final KartotekaJpa tenantA = TestDatabase.freshTenant();
    private final KartotekaJpa tenantB = TestDatabase.freshTenant();
    private final ClientRegistry a = tenantA.registryBuilder().clock(clock).build();
    private final ClientRegistry b = tenantB.registryBuilder().clock(clock).build();

    @Test
    void aTenantSeesNoneOfAnotherTenantsParties() {
        Person anna = a.create(person("Anna", "Nowak").birthDate(LocalDate.of(1990, 3, 14))
                .addContactPoint(EmailContact.of("anna@example.pl")).build());
        Company acme = a.create(company("Acme Łódź").nip(Nip.parse(KNOWN_NIP))
                .addContactPoint(PostalAddress.polish("Piotrkowska", "1", "90-001", "Łódź"))
                .addContactPerson(ContactPerson.of(anna.id(), LocalDate.of(2020, 1, 1))).tag("vip").build());

        assertThat(b.findById(anna.id())).isEmpty();
        assertThat(b.findById(acme.id())).isEmpty();
        assertThat(b.findByIdentifier(Nip.parse(KNOWN_NIP))).isEmpty();
        assertThat(b.findByIdentifier(Email.of("anna@example.pl"))).isEmpty();
        assertThat(b.search(PartyQuery.builder().name("acme").build()).totalItems()).isZero();
        assertThat(b.search(PartyQuery.builder().city("Łódź").tag("vip").build()).totalItems()).isZero();
        assertThat(b.companiesOf(anna.id(), LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(tenantB.partyStore().count(true)).isZero();
        assertThat(tenantB.partyStore().findByAnnualDate(List.of(MonthDay.of(3, 14)))).isEmpty();

        assertThat(a.search(PartyQuery.builder().name("acme").build()).totalItems()).isEqualTo(1);
        assertThat(tenantA.partyStore().count(true)).isEqualTo(2);
        assertThat(tenantA.partyStore().findByAnnualDate(List.of(MonthDay.of(3, 14)))).extracting(p -> p.id())
                .containsExactly(anna.id());
    }

    @Test
    void aTenantCannotChangeAnotherTenantsParty() {
        Company acme = a.create(company("Acme").build());

        assertThatThrownBy(() -> b.update(acme.toBuilder().legalName("Hijacked").build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.archive(acme.id(), acme.version())).isInstanceOf(NotFoundException.class);
        assertThat(a.get(acme.id()).displayName()).isEqualTo("Acme");
    }

    @Test
    void aPartyIdIsUsedByOneTenantOnlyAndAnotherTenantsClaimChangesNothing() {
        dev.kartoteka.core.party.PartyId id = dev.kartoteka.core.party.PartyId.random();
        Company inA = a.create(company("Acme A").id(id).build());

        assertThatThrownBy(() -> b.create(company("Acme B").id(id).build()))
                .isInstanceOf(dev.kartoteka.core.StateConflictException.class)
                .hasMessageNotContaining("Acme");
        assertThat(b.findById(id)).isEmpty();
        assertThat(a.get(id)).isEqualTo(inA);
    }

    @Test
    void uniqueIdentifiersAreUniquePerTenant() {
        a.create(company("Acme A").nip(Nip.parse(KNOWN_NIP)).build());

        Company other = b.create(company("Acme B").nip(Nip.parse(KNOWN_NIP)).build());

        assertThat(b.findByIdentifier(Nip.parse(KNOWN_NIP))).extracting(p -> p.id()).containsExactly(other.id());
        assertThat(a.findByIdentifier(Nip.parse(KNOWN_NIP))).extracting(p -> p.displayName())
                .containsExactly("Acme A");
    }

    @Test
    void eachTenantHasItsOwnCustomFieldSchema() {
        a.evolveSchema(0, new SchemaChange.AddField(
                dev.kartoteka.core.field.FieldDefinition.builder("segment", FieldType.TEXT).build()));

        assertThat(a.schema().version()).isEqualTo(1);
        assertThat(b.schema().version()).isZero();
        assertThat(b.schema().fields()).isEmpty();
    }
}
