package dev.kartoteka.examples;

import dev.kartoteka.core.csv.RowOutcome;
import dev.kartoteka.examples.report.HtmlReport;
import dev.kartoteka.examples.report.ReportData;
import dev.kartoteka.segmentation.activity.ActivityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Turns the demo's results into the self-contained HTML report. */
final class DemoReport {

    /** Weeks since the last purchase, most recent first. */
    static final List<String> RECENCY = List.of("0–4 weeks", "5–13 weeks", "14–26 weeks", "27–52 weeks", "53+ weeks");
    /** Repeat purchase days. */
    static final List<String> FREQUENCY = List.of("0", "1", "2–3", "4–7", "8–15", "16+");

    private DemoReport() {
    }

    static ReportData data(DemoResult r) {
        long clients = r.segmentSizes().values().stream().mapToLong(Long::longValue).sum();
        double totalClv = r.values().stream().mapToDouble(DemoResult.ClientValue::clv).sum();
        ReportData.Builder b = ReportData.builder("Kartoteka — the client base, segmented and valued", r.asOf())
                .subtitle("The demo's run: generated client base, a messy import, duplicates merged, six activity"
                        + " types, CLV (BG/NBD + Gamma-Gamma), RFM and a segment rule")
                .currency("PLN")
                .headline(ReportData.Headline.count("Parties segmented", clients, "one activity type each"))
                .headline(ReportData.Headline.count("Active + VIP + trusted", r.segmentSizes().getOrDefault(
                        ActivityType.ACTIVE, 0L) + r.segmentSizes().getOrDefault(ActivityType.VIP, 0L)
                        + r.segmentSizes().getOrDefault(ActivityType.TRUSTED_PARTNER, 0L), "buying now"))
                .headline(ReportData.Headline.money("Expected revenue, 12 months", totalClv, "PLN",
                        "sum of the clients' CLV"))
                .headline(ReportData.Headline.count("Mokotów SMS audience", r.mokotow().size(),
                        "district + consent + segment"))
                .segmentSizes(ReportData.SegmentSizes.ofActivityTypes(r.segmentSizes()))
                .transitions(ReportData.Transitions.from(r.transitions()))
                .rfm(ReportData.RfmGrid.from(r.rfm()))
                .clv(ReportData.ClvDistribution.of("12 months",
                        r.values().stream().mapToDouble(DemoResult.ClientValue::clv).toArray(),
                        r.top().stream().map(t -> new ReportData.TopClient(t.name(), t.clv(), t.probabilityAlive(),
                                t.purchaseDays())).toList()))
                .alive(alive(r.values()))
                .holdout(ReportData.HoldoutCheck.from(r.holdout(), "until " + r.asOf().minusWeeks(39),
                        r.asOf().minusWeeks(39) + " – " + r.asOf()))
                .duplicates(new ReportData.DuplicateClusters(r.scan().clusters().size(), r.scan().clusters().size(),
                        r.scan().possibleMatches().size(), r.clusters().stream()
                        .map(c -> new ReportData.DuplicateClusters.Cluster(c, "merged")).toList()))
                .imports(ReportData.ImportOutcomes.from(r.imported(), 5))
                .completeness(new ReportData.Completeness(r.completeness()))
                .footnote(String.format(Locale.ROOT, "Invented data (ExampleData, seed 42). The run took %.1f s;"
                        + " %d rows imported, %d rejected; %d parties merged into survivors.",
                        r.elapsed().toMillis() / 1000.0, r.imported().rows(),
                        r.imported().count(RowOutcome.REJECTED), r.merged()));
        return b.build();
    }

    /** Mean P(alive) per weeks since the last purchase × repeat purchase days. */
    static ReportData.AliveGrid alive(List<DemoResult.ClientValue> values) {
        ReportData.AliveGrid.Builder grid = ReportData.AliveGrid.builder(RECENCY, FREQUENCY);
        for (DemoResult.ClientValue v : values) {
            double weeksSince = v.ageWeeks() - v.recencyWeeks();
            int r = weeksSince <= 4 ? 0 : weeksSince <= 13 ? 1 : weeksSince <= 26 ? 2 : weeksSince <= 52 ? 3 : 4;
            int x = v.purchaseDays() - 1;
            int f = x == 0 ? 0 : x == 1 ? 1 : x <= 3 ? 2 : x <= 7 ? 3 : x <= 15 ? 4 : 5;
            grid.add(r, f, v.probabilityAlive());
        }
        return grid.build();
    }

    static void write(DemoResult result, Path file) {
        try {
            HtmlReport.write(data(result), file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + file, e);
        }
    }
}
