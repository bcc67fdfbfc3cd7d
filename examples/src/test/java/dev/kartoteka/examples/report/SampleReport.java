package dev.kartoteka.examples.report;

import dev.kartoteka.examples.report.ReportData.AliveGrid;
import dev.kartoteka.examples.report.ReportData.ClvDistribution;
import dev.kartoteka.examples.report.ReportData.Completeness;
import dev.kartoteka.examples.report.ReportData.DuplicateClusters;
import dev.kartoteka.examples.report.ReportData.Headline;
import dev.kartoteka.examples.report.ReportData.HoldoutCheck;
import dev.kartoteka.examples.report.ReportData.ImportOutcomes;
import dev.kartoteka.examples.report.ReportData.RfmGrid;
import dev.kartoteka.examples.report.ReportData.SegmentSizes;
import dev.kartoteka.examples.report.ReportData.TopClient;
import dev.kartoteka.examples.report.ReportData.Transitions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A report of an invented client base of 12 480 clients with realistic proportions, for the tests and the sample
 * screenshot. Always the same figures (fixed seed).
 */
final class SampleReport {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static final String[] TYPES = {"inactive", "potential", "active", "one-time", "trusted-partner", "vip"};

    private SampleReport() {
    }

    static ReportData full() {
        return builder().build();
    }

    static ReportData.Builder builder() {
        ClvDistribution clv = clv();
        double totalClv = Arrays.stream(clv.values()).sum();
        return ReportData.builder("Client base report", AS_OF)
                .subtitle("Hurtownia Przykładowa sp. z o.o. — invented data for the Kartoteka demo")
                .headline(Headline.count("clients", 12_480, "in the registry"))
                .headline(Headline.share("buying", 0.3541, "active, trusted or VIP"))
                .headline(Headline.money("predicted CLV", totalClv, "PLN", "next 12 months, all clients"))
                .headline(Headline.count("duplicates merged", 241, "of 318 clusters found"))
                .headline(Headline.count("rows imported", 2_000, "one CSV file"))
                .segmentSizes(segmentSizes())
                .transitions(transitions())
                .rfm(rfm())
                .clv(clv)
                .alive(alive())
                .holdout(holdout())
                .duplicates(duplicates())
                .imports(imports())
                .completeness(completeness())
                .footnote("All names, identifiers and figures are invented; personal names are masked.");
    }

    static SegmentSizes segmentSizes() {
        long[] n = {3_912, 2_105, 3_480, 2_311, 402, 270};
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (int i = 0; i < TYPES.length; i++) {
            sizes.put(TYPES[i], n[i]);
        }
        return new SegmentSizes(sizes);
    }

    static Transitions transitions() {
        // rows: type on 2024-12-31; columns: type on 2025-06-30, then gone
        long[][] m = {
                {3_410, 0, 212, 38, 0, 0, 61},
                {96, 1_604, 0, 311, 0, 0, 44},
                {402, 0, 2_815, 0, 41, 36, 9},
                {0, 0, 344, 1_706, 0, 0, 12},
                {4, 0, 17, 0, 352, 9, 0},
                {0, 0, 11, 0, 9, 214, 0},
        };
        long[] arrivals = {0, 501, 81, 256, 0, 11};
        Transitions.Builder b = Transitions.builder("2024-12-31", "2025-06-30");
        for (int r = 0; r < TYPES.length; r++) {
            for (int c = 0; c < TYPES.length; c++) {
                b.count(TYPES[r], TYPES[c], m[r][c]);
            }
            b.count(TYPES[r], Transitions.GONE, m[r][TYPES.length]);
        }
        for (int c = 0; c < TYPES.length; c++) {
            b.count(Transitions.NEW, TYPES[c], arrivals[c]);
        }
        return b.build();
    }

    static RfmGrid rfm() {
        // parties by R (row 0 = R 1) and F (column 0 = F 1); mean spend rises with F
        long[][] parties = {
                {1_120, 610, 290, 120, 41},
                {702, 540, 400, 212, 90},
                {455, 488, 510, 390, 203},
                {301, 402, 520, 561, 410},
                {180, 260, 410, 640, 906},
        };
        double[] spendByF = {180, 420, 860, 1_740, 4_320};
        List<RfmGrid.Cell> cells = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                cells.add(new RfmGrid.Cell(r, f, parties[r - 1][f - 1], spendByF[f - 1] * (0.85 + 0.06 * r)));
            }
        }
        Map<String, Long> segments = new LinkedHashMap<>();
        segments.put("champions", 1_488L);
        segments.put("loyal customers", 2_067L);
        segments.put("new customers", 440L);
        segments.put("promising", 455L);
        segments.put("potential loyalists", 1_602L);
        segments.put("need attention", 940L);
        segments.put("about to sleep", 1_242L);
        segments.put("cannot lose them", 161L);
        segments.put("at risk", 1_384L);
        segments.put("lost", 1_120L);
        segments.put("hibernating", 1_312L);
        return new RfmGrid(5, cells, segments);
    }

    static ClvDistribution clv() {
        SplittableRandom random = new SplittableRandom(20250630);
        double[] values = new double[12_480];
        for (int i = 0; i < values.length; i++) {
            double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
                    * Math.cos(2 * Math.PI * random.nextDouble());
            values[i] = i % 9 == 0 ? random.nextDouble() * 40 : Math.exp(6.0 + 0.95 * gaussian);
        }
        List<TopClient> top = List.of(
                new TopClient("Kowalski & Syn sp.j.", 48_920, 0.97, 142),
                new TopClient("PHU \"Polmax\" <Hurt>", 41_305, 0.93, 118),
                new TopClient("Anna N.", 33_870, 0.99, 96),
                new TopClient("Zakład Mięsny Wierzejki", 29_410, 0.88, 87),
                new TopClient("Grzegorz B.", 25_144, 0.91, 73),
                new TopClient("Apteka pod Orłem s.c.", 22_760, 0.84, 69),
                new TopClient("Żabińscy Transport sp. z o.o.", 19_980, 0.95, 64),
                new TopClient("Małgorzata W.-Z.", 17_455, 0.62, 58),
                new TopClient("Delikatesy Łąkowa", 16_120, 0.79, 55),
                new TopClient("Biuro Rachunkowe Ćma", 15_310, 0.71, 51));
        return ClvDistribution.of("the next 12 months", values, top);
    }

    static AliveGrid alive() {
        List<String> recency = List.of("0–30 days", "31–90 days", "91–180 days", "181–365 days", "1–2 years",
                "over 2 years");
        List<String> frequency = List.of("0", "1", "2", "3–4", "5–7", "8–12", "13+");
        double[][] p = {
                {0.99, 0.98, 0.98, 0.97, 0.97, 0.96, 0.96},
                {0.97, 0.93, 0.90, 0.86, 0.81, 0.74, 0.66},
                {0.95, 0.84, 0.76, 0.66, 0.55, 0.41, 0.30},
                {0.93, 0.70, 0.55, 0.40, 0.26, 0.15, 0.08},
                {0.90, 0.51, 0.33, 0.18, 0.08, 0.03, 0.01},
                {0.87, 0.34, 0.17, 0.06, 0.02, 0.01, 0.00},
        };
        long[][] n = {
                {120, 410, 380, 512, 406, 288, 190},
                {210, 520, 402, 390, 301, 152, 60},
                {305, 480, 340, 266, 140, 61, 18},
                {512, 620, 301, 190, 88, 20, 4},
                {790, 580, 215, 101, 40, 6, 0},
                {1_204, 511, 140, 52, 11, 0, 0},
        };
        List<AliveGrid.Cell> cells = new ArrayList<>();
        for (int r = 0; r < recency.size(); r++) {
            for (int f = 0; f < frequency.size(); f++) {
                if (n[r][f] > 0) {
                    cells.add(new AliveGrid.Cell(r, f, n[r][f], p[r][f]));
                }
            }
        }
        return new AliveGrid(recency, frequency, cells);
    }

    static HoldoutCheck holdout() {
        int[] customers = {4_810, 2_304, 1_410, 1_022, 790, 604, 480, 1_060};
        double[] actual = {0.09, 0.41, 0.78, 1.12, 1.49, 1.80, 2.21, 3.46};
        double[] predicted = {0.11, 0.44, 0.75, 1.07, 1.42, 1.86, 2.12, 3.30};
        List<HoldoutCheck.Row> rows = new ArrayList<>();
        double predictedTotal = 0;
        long actualTotal = 0;
        for (int i = 0; i < customers.length; i++) {
            rows.add(new HoldoutCheck.Row(i, customers[i], actual[i], predicted[i]));
            predictedTotal += customers[i] * predicted[i];
            actualTotal += Math.round(customers[i] * actual[i]);
        }
        return new HoldoutCheck("2023-01-01 – 2024-12-31", "2025-01-01 – 2025-06-30", rows, predictedTotal,
                actualTotal);
    }

    static DuplicateClusters duplicates() {
        return new DuplicateClusters(318, 241, 96, List.of(
                new DuplicateClusters.Cluster(List.of("J*** K*******", "J*** K*******", "J. K*******"),
                        "same PESEL · merged"),
                new DuplicateClusters.Cluster(List.of("Hurtownia Ż*** sp. z o.o.", "HURTOWNIA Ż***"),
                        "same NIP · merged"),
                new DuplicateClusters.Cluster(List.of("A*** N****", "A*** N****-W*****"),
                        "same e-mail, similar name · for review"),
                new DuplicateClusters.Cluster(List.of("P*** & S** s.c.", "P*** i S** s.c."),
                        "same phone · merged")));
    }

    static ImportOutcomes imports() {
        return new ImportOutcomes(1_742, 186, 41, 31, List.of(
                new ImportOutcomes.Rejection(17, "NIP", "checksum does not match"),
                new ImportOutcomes.Rejection(88, "e-mail", "no domain after @"),
                new ImportOutcomes.Rejection(214, "", "12 columns, expected 9"),
                new ImportOutcomes.Rejection(402, "PESEL", "birth date 1985-02-30 does not exist"),
                new ImportOutcomes.Rejection(1_187, "phone", "too short for Poland (7 digits)"),
                new ImportOutcomes.Rejection(1_530, "postal code", "\"00-95\" is not NN-NNN")));
    }

    static Completeness completeness() {
        Map<String, Double> filled = new LinkedHashMap<>();
        filled.put("name", 1.0);
        filled.put("e-mail", 0.874);
        filled.put("phone", 0.912);
        filled.put("postal address", 0.768);
        filled.put("NIP (companies)", 0.981);
        filled.put("REGON (companies)", 0.642);
        filled.put("PESEL (persons)", 0.337);
        filled.put("birth date", 0.412);
        filled.put("marketing consent", 0.953);
        filled.put("account owner", 0.886);
        filled.put("industry", 0.528);
        filled.put("lead source", 0.703);
        return new Completeness(filled);
    }
}
