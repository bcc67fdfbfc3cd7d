package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.csv.CsvColumn;
import dev.kartoteka.core.csv.CsvExport;
import dev.kartoteka.core.csv.CsvImport;
import dev.kartoteka.core.csv.ImportReport;
import dev.kartoteka.core.csv.RowOutcome;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.standardization.Standardizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Keeps README's spreadsheet section honest: the same lines compile and run here. */
class ReadmeCsvTests {

    @Test
    void csvSectionRunsAsShown() {
        byte[] excelExport = ("Imię;Nazwisko;Telefon;Ulica;Nr domu;Kod pocztowy;Miejscowość\r\n"
                + "ANNA;nowak;601 234 567;ul. Piotrkowska;104;90926;ŁÓDŹ\r\n"
                + "Jan;Kowalski;12-34;;;;\r\n").getBytes(Charset.forName("windows-1250"));

        // --- csv-import (keep identical to README.md) ---
        ClientRegistry registry = ClientRegistry.builder().standardizer(Standardizer.defaults()).build();
        StringBuilder rejected = new StringBuilder();
        ImportReport report = CsvImport.into(registry)
                .rejectedRowsTo(rejected)                          // the bad rows, with their line and reasons
                .progress((done, ok, failed) -> System.out.printf("%,d rows%n", done))
                .run(new ByteArrayInputStream(excelExport));       // or run(Path.of("klienci.csv"))
        report.count(RowOutcome.CREATED);                          // also UPDATED, POSSIBLE_DUPLICATE, REJECTED
        report.rejections();                                       // line, column, masked value, reason
        StringBuilder csv = new StringBuilder();
        CsvExport.polish().write(registry, PartyQuery.builder().city("Łódź").build(), csv); // ';', Polish headers
        // --- end of csv-import ---

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        assertThat(report.count(RowOutcome.REJECTED)).isEqualTo(1);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.column()).isEqualTo("Telefon");
        });
        assertThat(rejected.toString()).contains("Jan;Kowalski;12-34");
        assertThat(csv.toString()).contains("osoba;;;Anna;Nowak;").contains("90-926;Łódź");
    }

    @Test
    void mappingSectionRunsAsShown() {
        ClientRegistry registry = ClientRegistry.builder().standardizer(Standardizer.defaults()).build();
        byte[] erpExport = ("Nr klienta;Imię;Nazwisko;Tel. służbowy\r\n"
                + "1001;Anna;Nowak;22 555 01 02\r\n").getBytes(Charset.forName("windows-1250"));
        byte[] erpExportAgain = ("Nr klienta;Imię;Nazwisko;Tel. służbowy\r\n"
                + "1001;Anna;Nowak-Kowalska;22 555 01 03\r\n").getBytes(Charset.forName("windows-1250"));

        // --- csv-mapping (keep identical to README.md) ---
        registry.evolveSchema(registry.schema().version(), new SchemaChange.AddField(
                FieldDefinition.builder("erp_number", FieldType.INTEGER).unique(true).build()));
        CsvImport erp = CsvImport.into(registry)
                .column("Tel. służbowy", CsvColumn.PHONE)         // a header it does not know, as a column
                .customField("Nr klienta", "erp_number");         // a unique field: names one party, as NIP does
        erp.run(new ByteArrayInputStream(erpExport));             // created
        erp.run(new ByteArrayInputStream(erpExportAgain));        // updated (matched on 1001), not a duplicate
        StringBuilder out = new StringBuilder();
        CsvExport.polish().customField("Nr klienta", "erp_number").write(registry, PartyQuery.builder().build(), out);
        // --- end of csv-mapping ---

        assertThat(registry.search(PartyQuery.builder().build()).items()).singleElement()
                .satisfies(p -> assertThat(p.displayName()).isEqualTo("Anna Nowak-Kowalska"));
        assertThat(out.toString()).contains(";Nr klienta\r\n").contains(";1001\r\n");
    }

    @Test
    void readmeShowsExactlyTheLinesThatThisTestRuns() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("csv-import:", "ReadmeCsvTests", "csv-import");
        ReadmeBlocks.assertReadmeShowsTheLinesOf("csv-mapping:", "ReadmeCsvTests", "csv-mapping");
    }
}
