package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.consent.ConsentAction;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.csv.CsvImport;
import dev.kartoteka.core.csv.ImportReport;
import dev.kartoteka.core.csv.RowOutcome;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.BulkResult;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.spi.SearchText;
import dev.kartoteka.core.standardization.Standardizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loading the data into a registry: everything arrives, and the registry refuses what it should. */
class ExampleDataPopulateTests {

    private static final ExampleData DATA = ExampleData.builder().seed(23).persons(800).companies(200)
            .duplicateShare(0.05).build();

    @Test
    void populatesAnInMemoryRegistryWithEveryPartyAndItsHistory() {
        ClientRegistry registry = ClientRegistry.builder().build();
        List<ExampleParty> entries = DATA.entries().toList();

        PopulateReport report = DATA.populate(registry);

        Set<PartyId> refusedByRule = entries.stream().filter(e -> e.duplicateOf().isPresent())
                .filter(e -> !uniqueIdentifiers(e.party()).isEmpty()).map(e -> e.party().id())
                .collect(Collectors.toSet());
        BulkResult parties = report.parties();
        assertThat(parties.processed()).isEqualTo(entries.size());
        assertThat(parties.created()).isEqualTo(entries.size() - refusedByRule.size());
        assertThat(parties.rejected()).extracting(BulkResult.Rejection::partyId)
                .containsExactlyInAnyOrderElementsOf(refusedByRule);
        assertThat(parties.rejected()).allSatisfy(r -> assertThat(r.reason())
                .isInstanceOf(DuplicateIdentifierException.class));
        assertThat(report.transactions()).isEqualTo(entries.stream().mapToLong(e -> e.transactions().size()).sum());
        assertThat(report.interactions()).isEqualTo(entries.stream().mapToLong(e -> e.interactions().size()).sum());
        assertThat(report.consentEvents()).isEqualTo(entries.stream().mapToLong(e -> e.consents().size()).sum());
        assertThat(report.consentEventsSkipped()).isZero();
        assertThat(registry.schema().field("annual_budget")).isPresent();
        assertThat(registry.history().purchaseSummaries(Currency.getInstance("PLN"), DATA.asOf()).count())
                .isEqualTo(entries.stream().filter(e -> e.transactions().stream().anyMatch(t -> t.isPurchase()))
                        .count());
        ExampleParty client = entries.stream().filter(ExampleParty::isClient).skip(40).findFirst().orElseThrow();
        assertThat(registry.get(client.party().id()).customFields()).isEqualTo(client.party().customFields());
        assertThat(registry.history().timeline(client.party().id()))
                .hasSize(client.transactions().size() + client.interactions().size());
    }

    @Test
    void aSearchByDistrictFindsTheMokotowResidents() {
        ClientRegistry registry = ClientRegistry.builder().build();
        PopulateReport report = DATA.populate(registry);
        Set<PartyId> refused = report.parties().rejected().stream().map(BulkResult.Rejection::partyId)
                .collect(Collectors.toSet());

        Set<PartyId> expected = DATA.parties().filter(p -> !refused.contains(p.id()))
                .filter(p -> p.contactPoints(PostalAddress.class).stream().anyMatch(a -> a.district()
                        .map(SearchText::fold).filter("mokotow"::equals).isPresent()))
                .map(Party::id).collect(Collectors.toSet());
        List<Party> found = registry.search(PartyQuery.builder().district("Mokotów").page(0, 1000).build()).items();

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(found).extracting(Party::id).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void consentsAnswerMayIContact() {
        ClientRegistry registry = ClientRegistry.builder().build();
        DATA.populate(registry);
        ExampleParty granted = DATA.entries().filter(e -> e.consents().size() == 1
                && e.consents().get(0).channel() == ConsentChannel.EMAIL
                && e.consents().get(0).purpose().equals(ConsentPurpose.MARKETING)).findFirst().orElseThrow();
        ExampleParty withdrawn = DATA.entries().filter(e -> e.consents().stream()
                .anyMatch(c -> c.action() == ConsentAction.WITHDRAWN && c.channel() == ConsentChannel.EMAIL
                        && c.purpose().equals(ConsentPurpose.MARKETING))).findFirst().orElseThrow();
        var end = DATA.asOf().atTime(23, 59).toInstant(ZoneOffset.UTC);

        assertThat(registry.consents().mayContact(granted.party().id(), ConsentChannel.EMAIL, ConsentPurpose.MARKETING,
                end).allowed()).isTrue();
        assertThat(registry.consents().mayContact(withdrawn.party().id(), ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, end).allowed()).isFalse();
    }

    @Test
    void consentsAfterTheRegistrysClockAreSkippedAndCounted() {
        ExampleData late = ExampleData.builder().seed(23).asOf(LocalDate.of(2030, 6, 30)).persons(200)
                .companies(50).build();
        ClientRegistry registry = ClientRegistry.builder()
                .clock(Clock.fixed(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build();

        PopulateReport report = late.populate(registry);

        long after = late.entries().flatMap(e -> e.consents().stream())
                .filter(c -> c.at().isAfter(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .count();
        assertThat(after).isPositive();
        assertThat(report.consentEventsSkipped()).isEqualTo(after);
    }

    @Test
    void theCsvImportsBackIntoAStandardisingRegistry() {
        ExampleData data = ExampleData.builder().seed(29).persons(400).companies(100).build();
        StringBuilder csv = new StringBuilder();
        long rows = data.writeCsv(csv);
        ClientRegistry registry = ClientRegistry.builder().standardizer(Standardizer.defaults()).build();

        ImportReport report = CsvImport.into(registry)
                .run(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(report.rejections()).isEmpty();
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(rows);
    }

    private static List<Identifier> uniqueIdentifiers(Party p) {
        return p.identifiers().stream().filter(id -> id.type().unique()).toList();
    }
}
