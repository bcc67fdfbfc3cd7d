package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps README's quick start honest: the same lines compile and run here, and the README still shows them. */
class ReadmeQuickStartTests {

    @Test
    void quickStartCreatesACompanyWithAContactPersonAndFindsItAgain() {
        // --- quick start (keep identical to README.md) ---
        ClientRegistry registry = ClientRegistry.inMemory();
        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Kowalska")
                .addContactPoint(PhoneContact.of("601 234 567")).build());
        Company acme = registry.create(Company.builder().legalName("Łódzka Logistyka")
                .legalForm(LegalForm.LIMITED_LIABILITY_COMPANY).nip(Nip.parse("PL 526-104-08-28"))
                .addContactPoint(PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź"))
                .addContactPerson(ContactPerson.of(anna.id(), LocalDate.now()).withPosition("Główna księgowa").withPrimary(true))
                .build());
        List<Party> byNip = registry.findByIdentifier(Nip.parse("5261040828"));          // [Łódzka Logistyka]
        Page<Party> inLodz = registry.search(PartyQuery.builder().name("lodzka").city("lodz").build());
        List<Company> annasCompanies = registry.companiesOf(anna.id(), LocalDate.now()); // [Łódzka Logistyka]
        // --- end of quick start ---

        assertThat(byNip).containsExactly(acme);
        assertThat(inLodz.items()).containsExactly(acme);
        assertThat(annasCompanies).containsExactly(acme);
        assertThat(acme.primaryContactPerson(LocalDate.now())).map(ContactPerson::person).contains(anna.id());
    }

    @Test
    void readmeShowsExactlyTheQuickStartThatThisTestRuns() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("quick-start:", "ReadmeQuickStartTests", "quick start");
    }
}
