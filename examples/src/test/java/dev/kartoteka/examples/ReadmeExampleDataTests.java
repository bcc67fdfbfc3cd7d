package dev.kartoteka.examples;

import dev.kartoteka.segmentation.activity.ActivityType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.registry.ClientRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps README's ExampleData example honest: the same lines compile and run here. */
class ReadmeExampleDataTests {

    @Test
    void generatesAClientBaseWithTheTruthAboutItsDuplicatesAndLoadsIt() {
        ClientRegistry registry = ClientRegistry.builder()
                .clock(Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC)).build();

        // --- example-data (keep identical to README.md) ---
        ExampleData data = ExampleData.builder().seed(42).asOf(LocalDate.of(2025, 12, 31))
                .persons(800).companies(200).duplicateShare(0.05).build();
        List<Party> parties = data.population();                 // data.parties() streams millions lazily
        List<DuplicatePair> truth = data.duplicates();           // which party re-enters which, and how
        Optional<ActivityType> type = data.intendedType(parties.get(0).id());
        PopulateReport report = data.populate(registry);         // parties, transactions, interactions, consents
        // --- end of example-data ---

        assertThat(parties).hasSizeGreaterThan(1_000);
        assertThat(truth).isNotEmpty();
        assertThat(report.parties().created()).isGreaterThan(1_000);
        assertThat(report.transactions()).isPositive();
        assertThat(type).isPresent();
        assertThat(ExampleData.builder().seed(42).asOf(LocalDate.of(2025, 12, 31)).persons(800).companies(200)
                .duplicateShare(0.05).build().population()).isEqualTo(parties);
    }

    @Test
    void readmeShowsExactlyTheseLines() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("example-data:", "ReadmeExampleDataTests", "example-data");
    }
}
