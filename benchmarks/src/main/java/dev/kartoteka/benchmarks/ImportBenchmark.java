package dev.kartoteka.benchmarks;

import dev.kartoteka.core.csv.CsvImport;
import dev.kartoteka.core.csv.ImportReport;
import dev.kartoteka.core.registry.ClientRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Imports a CSV export of {@code kt.rows} persons (default 1,000,000) into the in-memory registry (standardising, so
 * the values as entered are audited), the way a Polish
 * spreadsheet writes it (windows-1250, {@code ;}, CRLF, Polish headers, messy casing and formats): 2% of the rows
 * have an unreadable phone (rejected), 5% repeat an earlier person with another phone (updated). Prints rows per
 * second and the heap: the live heap after the import is the registry's own data; the peak above it is what the import
 * needed while streaming. Run with {@code java -Xmx6g -cp <class path> dev.kartoteka.benchmarks.ImportBenchmark}.
 */
public final class ImportBenchmark {

    private static final String[] GIVEN = {"ANNA", "jan", "Małgorzata", "piotr", "KATARZYNA", "Krzysztof", "agnieszka",
        "Tomasz", "Ewa", "łukasz"};
    private static final String[] FAMILY = {"NOWAK", "kowalski", "Wiśniewska", "wójcik", "KOWALCZYK", "Kamiński",
        "lewandowska", "Zieliński", "Szymańska", "woźniak"};
    private static final String[] STREETS = {"ul. Piotrkowska", "ULICA DŁUGA", "al. Jana Pawła II", "Plac Wolności",
        "os. Tysiąclecia"};
    private static final String[] CITIES = {"ŁÓDŹ", "warszawa", "Kraków", "bielsko - biała", "Poznań"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("kt.rows", 1_000_000);
        Path file = Files.createTempFile("kartoteka-import", ".csv");
        try {
            long generated = generate(file, rows);
            System.out.printf("CSV of %,d rows, %,d bytes (windows-1250, ';', CRLF); Java %s, %d processors, max heap "
                    + "%d MB%n", rows, generated, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            ClientRegistry registry = ClientRegistry.builder()
                    .standardizer(dev.kartoteka.core.standardization.Standardizer.defaults()).build();
            long[] last = {0};
            ImportReport report;
            long nanos;
            try (HeapWatch heap = new HeapWatch()) {
                long start = System.nanoTime();
                report = CsvImport.into(registry).progress((done, ok, failed) -> last[0] = done).run(file);
                nanos = System.nanoTime() - start;
                heap.close();
                System.gc();
                long liveAfter = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf("%s%n", report);
                java.util.Map<String, Long> reasons = new java.util.TreeMap<>();
                report.rejections().forEach(x -> reasons.merge(x.column() + ": " + x.reason(), 1L, Long::sum));
                System.out.printf("rejections by column and reason: %s%n", reasons);
                System.out.printf("import: %.1f s, %,.0f rows/s; rejected rows listed: %,d%n", nanos / 1e9,
                        rows / (nanos / 1e9), report.rejections().size());
                System.out.printf("heap: live before %d MB, live after (the registry holding %,d parties) %d MB, peak "
                        + "live during the import %d MB, sampled peak %d MB, %d collections%n", heap.liveBefore() >> 20,
                        registry.search(dev.kartoteka.core.registry.PartyQuery.builder().build()).totalItems(),
                        liveAfter >> 20, heap.afterGcPeak() >> 20, heap.sampledPeak() >> 20, heap.collections());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long generate(Path file, int rows) throws IOException {
        Random r = new Random(11);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                Charset.forName("windows-1250")), 1 << 16)) {
            w.write("Imię;Nazwisko;E-mail;Telefon;Ulica;Nr domu;Kod pocztowy;Miejscowość\r\n");
            for (int i = 0; i < rows; i++) {
                int person = r.nextInt(100) < 5 && i > 0 ? r.nextInt(i) : i; // 5% repeat an earlier person
                Random p = new Random(person);
                String phone = r.nextInt(100) < 2 ? "12-34" : String.format("%d %03d %03d", 500 + p.nextInt(300),
                        r.nextInt(1000), r.nextInt(1000));
                w.write(GIVEN[p.nextInt(GIVEN.length)] + ';' + FAMILY[p.nextInt(FAMILY.length)] + ";osoba" + person
                        + "@Example.PL;" + phone + ';' + STREETS[p.nextInt(STREETS.length)] + ';' + (p.nextInt(200) + 1)
                        + " m. " + (p.nextInt(50) + 1) + ';' + String.format("%02d%03d", p.nextInt(100),
                        p.nextInt(1000)) + ';' + CITIES[p.nextInt(CITIES.length)] + "\r\n");
            }
        }
        return Files.size(file);
    }
}
