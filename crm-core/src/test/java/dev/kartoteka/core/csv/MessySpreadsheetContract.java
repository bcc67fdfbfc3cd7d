package dev.kartoteka.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.ScanResult;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.merge.MergeRequest;
import dev.kartoteka.core.merge.MergeResult;
import dev.kartoteka.core.merge.Survivorship;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.core.standardization.Standardizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's "done when": a messy spreadsheet export goes in, a clean, de-duplicated registry comes out, with a complete
 * report of what happened to every row and every duplicate. Run on every store: in memory
 * ({@code InMemoryMessySpreadsheetTests}) and in crm-jpa on H2, PostgreSQL and MariaDB.
 */
public abstract class MessySpreadsheetContract {

    /**
     * A builder of an empty registry on the store under test (the test adds the standardizer).
     *
     * @return the builder
     */
    protected abstract ClientRegistry.Builder registryBuilder();

    private static final String EXPORT = String.join("\r\n",
            "Nazwa firmy;NIP;Imię;Nazwisko;Data urodzenia;E-mail;Telefon;Ulica;Nr domu;Kod pocztowy;Miejscowość",
            ";;Anna;Wiśniewska;12.03.1985;anna.w@example.pl;601 234 567;ul. Długa;5;00-950;Warszawa",
            ";;ANNA;WISNIEWSKA;1985-03-12;;+48 601-234-567;Długa;5;00950;WARSZAWA",
            ";;Ana;Wiśniewska;13.03.1985;a.wisniewska@firma.pl;;;;;",
            ";;Jan;Kowalski;01.01.1970;jan@example.pl;;ul. Krótka;1;00-001;Warszawa",
            ";;Kowalski;Jan;01.01.1970;;;ul. Krótka;1;00-001;warszawa",
            ";;Ewa;Lis;31.02.1990;;;;;;",
            "Acme Polska Spółka z o.o.;PL 526-104-08-28;;;;;;ul. Piotrkowska;104;90-926;Łódź",
            "ACME POLSKA SP. Z O.O.;5261040828;;;;biuro@acme.pl;;;;;",
            "Acme Polska sp. z o.o.;;;;;;22 123 45 67;Piotrkowska;104;90926;ŁÓDŹ",
            "Zakład Usług Leśnych s.c.;;;;;;;ul. Leśna;2;30-001;Kraków",
            "");

    @Test
    void aMessyExportBecomesACleanDeduplicatedRegistryWithACompleteReport() {
        ClientRegistry registry = registryBuilder().standardizer(Standardizer.defaults()).build();

        // 1. import: standardised, exact matches (phone, NIP) update instead of duplicating, bad rows rejected
        ImportReport report = CsvImport.into(registry)
                .run(new ByteArrayInputStream(EXPORT.getBytes(Charset.forName("windows-1250"))));

        assertThat(report.rows()).isEqualTo(10);
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(7);
        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(2);
        assertThat(report.count(RowOutcome.REJECTED)).isEqualTo(1);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(7);
            assertThat(r.column()).isEqualTo("Data urodzenia");
        });

        // 2. the fuzzy duplicates the import could not be sure of: swapped names, a company without its NIP are
        //    matches; "Ana" with another e-mail address, a birth date one keystroke off and no address is a
        //    possible match, for a person to review
        List<Party> all = registry.search(PartyQuery.builder().page(0, 1000).build()).items();
        ScanResult scan = DuplicateDetector.defaults().scan(all, Progress.NONE);
        assertThat(scan.clusters()).hasSize(2);
        assertThat(scan.possibleMatches()).hasSize(1);
        List<List<PartyId>> toMerge = new ArrayList<>(scan.clusters());
        scan.possibleMatches().forEach(review -> toMerge.add(List.of(review.left(), review.right()))); // confirmed

        // 3. merge: the record entered first survives and its values win ("prefer a given record"); the others'
        //    contact points are united with it, and every value that does not survive is audited
        List<MergeResult> merges = new ArrayList<>();
        for (List<PartyId> cluster : toMerge) {
            PartyId first = cluster.stream().min(java.util.Comparator.comparing(id -> registry.get(id).createdAt()))
                    .orElseThrow();
            MergeRequest.Builder request = MergeRequest.builder().survivor(first, registry.get(first).version())
                    .defaultRule(Survivorship.prefer(first));
            cluster.stream().filter(id -> !id.equals(first))
                    .forEach(id -> request.merged(id, registry.get(id).version()));
            merges.add(registry.as(dev.kartoteka.core.party.UserId.of("import"), "duplicates found after import")
                    .merge(request.build()));
        }

        List<Party> clean = registry.search(PartyQuery.builder().page(0, 1000).build()).items();
        assertThat(clean).extracting(p -> p.displayName().toLowerCase(java.util.Locale.ROOT))
                .containsExactlyInAnyOrder("anna wiśniewska", "jan kowalski", "acme polska", "zakład usług leśnych");
        Person anna = (Person) registry.findByIdentifier(PhoneNumber.parse("+48601234567")).get(0);
        assertThat(anna.contactPoints()).as("two e-mails, the phone, one address").hasSize(4);
        Company acme = (Company) registry.findByIdentifier(Nip.parse("5261040828")).get(0);
        assertThat(acme.legalForm()).contains(LegalForm.LIMITED_LIABILITY_COMPANY);
        assertThat(acme.contactPoints()).hasSize(3);
        for (MergeResult m : merges) {
            for (PartyId merged : m.merged()) {
                assertThat(registry.resolve(merged)).isEqualTo(m.survivor().id());
                assertThat(registry.audit().ofParty(merged)).extracting(AuditEntry::action).contains("party merged");
            }
            assertThat(registry.audit().ofParty(m.survivor().id())).extracting(AuditEntry::action)
                    .contains("parties merged");
        }
        assertThat(registry.audit().ofParty(acme.id())).extracting(AuditEntry::action).contains("values standardized");
    }

    @Test
    void anErpExportKeyedByCustomerNumberImportsTwiceAsOneRegistryAndExportsBack() {
        ClientRegistry registry = registryBuilder().standardizer(Standardizer.defaults()).build();
        registry.evolveSchema(registry.schema().version(), new dev.kartoteka.core.field.SchemaChange.AddField(
                dev.kartoteka.core.field.FieldDefinition.builder("erp_number", dev.kartoteka.core.field.FieldType.INTEGER)
                        .unique(true).build()));
        registry.evolveSchema(registry.schema().version(), new dev.kartoteka.core.field.SchemaChange.AddField(
                dev.kartoteka.core.field.FieldDefinition.builder("client_since", dev.kartoteka.core.field.FieldType.DATE)
                        .build()));
        java.util.function.Supplier<CsvImport> erp = () -> CsvImport.into(registry)
                .customField("Nr klienta", "erp_number").customField("Klient od", "client_since")
                .column("Tel. służbowy", CsvColumn.PHONE);
        String monday = String.join("\r\n",
                "Nr klienta;Imię;Nazwisko;Tel. służbowy;Klient od;E-mail",
                "1001;Anna;Nowak;601 234 567;12.03.2019;",
                "1002;Jan;Kowalski;602 345 678;2020-01-31;",
                "1003;Ewa;Lis;;dawno;",
                "");
        String friday = String.join("\r\n",
                "Nr klienta;Imię;Nazwisko;Tel. służbowy;Klient od;E-mail",
                "1001;Anna;Nowak-Kowalska;603 456 789;12.03.2019;anna@example.pl", // a new name, phone and e-mail
                "1002;Jan;Kowalski;602 345 678;2020-01-31;",
                "1004;Olga;Wójcik;;;",
                "");

        ImportReport first = erp.get().run(new ByteArrayInputStream(monday.getBytes(StandardCharsets.UTF_8)));
        ImportReport second = erp.get().run(new ByteArrayInputStream(friday.getBytes(StandardCharsets.UTF_8)));

        assertThat(first.count(RowOutcome.CREATED)).isEqualTo(2);
        assertThat(first.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.column()).isEqualTo("Klient od");
        });
        assertThat(second.count(RowOutcome.UPDATED)).as("matched on the customer number").isEqualTo(2);
        assertThat(second.count(RowOutcome.CREATED)).isOne();
        List<Party> all = registry.search(PartyQuery.builder().page(0, 100).build()).items();
        assertThat(all).hasSize(3);
        Person anna = (Person) registry.search(PartyQuery.builder().customField(
                dev.kartoteka.core.registry.FieldCriterion.equalTo("erp_number", 1001L)).build()).items().get(0);
        assertThat(anna.familyName()).isEqualTo("Nowak-Kowalska");
        assertThat(anna.contactPoints()).as("both phones and the e-mail").hasSize(3);
        assertThat(anna.customFields().asMap()).containsEntry("client_since", java.time.LocalDate.of(2019, 3, 12));

        StringBuilder out = new StringBuilder();
        CsvExport.polish().customField("Nr klienta", "erp_number").customField("Klient od", "client_since")
                .write(registry, PartyQuery.builder().build(), out);
        java.util.Map<PartyId, Long> versions = new java.util.HashMap<>();
        all.forEach(p -> versions.put(p.id(), registry.get(p.id()).version()));
        ImportReport again = CsvImport.into(registry).customField("Nr klienta", "erp_number")
                .customField("Klient od", "client_since")
                .run(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(again.count(RowOutcome.UPDATED)).isEqualTo(3);
        all.forEach(p -> assertThat(registry.get(p.id()).version()).as("its own export changes no party")
                .isEqualTo(versions.get(p.id())));
    }
}
