package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.standardization.Standardized;
import dev.kartoteka.core.standardization.Standardizer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps README's standardisation section honest: the same lines compile and run here. */
class ReadmeStandardizationTests {

    @Test
    void standardizationSectionRunsAsShown() {
        // --- standardization (keep identical to README.md) ---
        ClientRegistry registry = ClientRegistry.builder().standardizer(Standardizer.defaults()).build();
        Company acme = registry.create(Company.builder().legalName("ACME Polska Spółka z ograniczoną odpowiedzialnością")
                .addContactPoint(new PostalAddress(Optional.of("ULICA PIOTRKOWSKA"), "104 m. 2", Optional.empty(), "90926",
                        "ŁÓDŹ", Optional.empty(), Optional.of("woj. Łódzkie"), "pl", ContactUsage.main()))
                .build());
        // legal name "ACME Polska", legal form LIMITED_LIABILITY_COMPANY, address "ul. Piotrkowska" 104 / 2, 90-926 Łódź, łódzkie
        Standardizer s = Standardizer.defaults();
        PhoneNumber phone = s.phone("22 123-45-67 wew. 12").get();       // +48221234567, extension 12, FIXED_LINE
        Standardized<String> name = s.personName("KOWALSKA - NOWAK");     // "Kowalska-Nowak"
        Standardized<Pesel> pesel = s.pesel("85031212345", Optional.of(LocalDate.of(1985, 3, 13)), Optional.empty());
        // invalid PESEL → no value and a remark; a valid one whose birth date differs from the stated one → a remark
        // --- end of standardization ---

        assertThat(acme.legalName()).isEqualTo("ACME Polska");
        assertThat(acme.legalForm()).contains(LegalForm.LIMITED_LIABILITY_COMPANY);
        assertThat(acme.contactPoints()).containsExactly(new PostalAddress(Optional.of("ul. Piotrkowska"), "104",
                Optional.of("2"), "90-926", "Łódź", Optional.empty(), Optional.of("łódzkie"), "PL",
                ContactUsage.main()));
        assertThat(registry.audit().ofParty(acme.id()).get(1).action()).isEqualTo("values standardized");
        assertThat(phone.value()).isEqualTo("+48221234567");
        assertThat(phone.extension()).contains("12");
        assertThat(phone.lineType()).isEqualTo(PhoneNumber.LineType.FIXED_LINE);
        assertThat(name.get()).isEqualTo("Kowalska-Nowak");
        assertThat(pesel.remarks()).isNotEmpty();
    }

    @Test
    void readmeShowsExactlyTheLinesThatThisTestRuns() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("standardization:", "ReadmeStandardizationTests", "standardization");
    }
}
