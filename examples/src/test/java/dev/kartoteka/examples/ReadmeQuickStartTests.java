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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps README's quick start honest: the same lines compile and run here, and the README still shows them. */
class ReadmeQuickStartTests {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "dev", "kartoteka", "examples",
            "ReadmeQuickStartTests.java");

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
        List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        int marker = indexOfLineContaining(readme, "quick-start:", 0);
        int start = indexOfLineContaining(readme, "```java", marker) + 1;
        int end = indexOfLineContaining(readme, "```", start);
        List<String> readmeLines = readme.subList(start, end).stream().map(String::strip).toList();

        List<String> source = Files.readAllLines(THIS_SOURCE, StandardCharsets.UTF_8);
        int from = indexOfLineContaining(source, "--- quick start", 0) + 1;
        int to = indexOfLineContaining(source, "--- end of quick start", from);
        List<String> testedLines = source.subList(from, to).stream().map(String::strip).toList();

        assertThat(readmeLines).isNotEmpty().containsExactlyElementsOf(testedLines);
    }

    private static int indexOfLineContaining(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line containing '" + text + "' after line " + from);
    }
}
