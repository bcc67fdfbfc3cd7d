package dev.kartoteka.examples.report;

import dev.kartoteka.examples.report.Charts.Bar;
import dev.kartoteka.examples.report.Charts.Cell;
import dev.kartoteka.examples.report.Charts.Swatch;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Renders {@link ReportData} as one self-contained HTML5 page: inline CSS, charts as inline SVG, no scripts, no
 * fonts, images or style sheets from anywhere else, so the file opens the same offline, in a mail attachment or in a
 * headless browser ({@link ReportScreenshot}). Every text from the data is escaped. The same data always gives the
 * same page, byte for byte: nothing depends on the clock, the default locale or the platform.
 *
 * <p>The page has these sections, each a card with a title and a one-line explanation, in this order (the ids are
 * the cards' {@code id} attributes): activity segments ({@code segments}), segment transitions
 * ({@code transitions}), RFM grid ({@code rfm}), customer lifetime value ({@code clv}), P(alive) ({@code alive}),
 * the model's calibration-versus-holdout check ({@code holdout}), duplicate clusters ({@code duplicates}), import
 * outcomes ({@code imports}) and data completeness ({@code completeness}). A section the data does not have keeps
 * its card and says so. Numbers are written Polish style: {@code 12 480} with a narrow no-break space (U+202F)
 * between thousands, {@code 3,5} with a decimal comma, {@code 45,2%}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlReport {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final String NOT_GIVEN = "<p class=\"empty\">Not part of this run.</p>";

    private HtmlReport() {
    }

    /**
     * Renders the report.
     *
     * @param data what to show
     * @return the whole HTML document
     */
    public static String render(ReportData data) {
        Objects.requireNonNull(data, "data");
        return new Page(data).render();
    }

    /**
     * Renders the report and writes it as UTF-8, creating missing parent directories and replacing the file if it
     * exists.
     *
     * @param data what to show
     * @param file where to write it, e.g. {@code target/report.html}
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path write(ReportData data, Path file) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(file, "file");
        String html = render(data);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /** One rendering. */
    private static final class Page {

        private final ReportData data;
        private final StringBuilder out = new StringBuilder(64 * 1024);

        Page(ReportData data) {
            this.data = data;
        }

        String render() {
            out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(esc(data.title())).append(" · ").append(data.asOf())
                    .append("</title>\n<style>\n").append(Style.CSS).append("</style>\n</head>\n<body>\n")
                    .append("<main class=\"page\">\n");
            masthead();
            out.append("<div class=\"row split\">\n");
            section("segments", "Activity segments", segmentsLede(), data.segmentSizes(), this::segments);
            section("transitions", "Segment transitions", transitionsLede(), data.transitions(), this::transitions);
            out.append("</div>\n<div class=\"row\">\n");
            section("rfm", "RFM grid", "Clients scored 1–" + data.rfm().map(RfmGrid::bins).orElse(5) + " on how "
                    + "recently (R) and how often (F) they bought: each cell shows how many and their mean spend; on "
                    + "the right, the named RFM segments.", data.rfm(), this::rfm);
            out.append("</div>\n<div class=\"row\">\n");
            section("clv", "Customer lifetime value", clvLede(), data.clv(), this::clv);
            out.append("</div>\n<div class=\"row halves\">\n");
            section("alive", "Probability a client is still active",
                    "Mean P(alive) by days since the last purchase and repeat purchases: recent, frequent buyers "
                            + "are the likeliest to buy again.", data.alive(), this::alive);
            section("holdout", "Model check: calibration vs holdout", holdoutLede(), data.holdout(), this::holdout);
            out.append("</div>\n<div class=\"row halves\">\n");
            section("duplicates", "Duplicate clusters", "Records that describe the same client: certain matches "
                    + "merged, uncertain pairs left for a person to review.", data.duplicates(), this::duplicates);
            section("imports", "Import outcomes", importsLede(), data.imports(), this::imports);
            out.append("</div>\n<div class=\"row\">\n");
            section("completeness", "Data quality: completeness", "Share of clients with each field filled: green "
                    + "from 90%, amber from 60%, red below.", data.completeness(), this::completeness);
            out.append("</div>\n");
            out.append("<footer class=\"foot\">");
            data.footnote().ifPresent(f -> out.append("<p>").append(esc(f)).append("</p>"));
            out.append("<p>Made with Kartoteka · one self-contained file, no scripts, nothing loaded from "
                    + "elsewhere.</p></footer>\n</main>\n</body>\n</html>\n");
            return out.toString();
        }

        private void masthead() {
            out.append("<header class=\"masthead\">\n<p class=\"eyebrow\">Kartoteka · client registry report</p>\n")
                    .append("<h1>").append(esc(data.title())).append("</h1>\n");
            data.subtitle().ifPresent(s -> out.append("<p class=\"subtitle\">").append(esc(s)).append("</p>\n"));
            out.append("<p class=\"asof\">Figures as of <time datetime=\"").append(data.asOf()).append("\">")
                    .append(LONG_DATE.format(data.asOf())).append("</time></p>\n");
            if (!data.headlines().isEmpty()) {
                out.append("<div class=\"tiles\">\n");
                for (Headline h : data.headlines()) {
                    out.append("<div class=\"tile\"><div class=\"tile-label\">").append(esc(h.label()))
                            .append("</div><div class=\"tile-value\">").append(esc(h.value())).append("</div>");
                    if (!h.note().isBlank()) {
                        out.append("<div class=\"tile-note\">").append(esc(h.note())).append("</div>");
                    }
                    out.append("</div>\n");
                }
                out.append("</div>\n");
            }
            out.append("</header>\n");
        }

        private <T> void section(String id, String title, String lede, Optional<T> value,
                                 Function<T, String> body) {
            out.append("<section class=\"card\" id=\"").append(id).append("\">\n<h2>").append(esc(title))
                    .append("</h2>\n<p class=\"lede\">").append(esc(lede)).append("</p>\n")
                    .append(value.map(body).orElse(NOT_GIVEN)).append("\n</section>\n");
        }

        // ---- activity segments

        private String segmentsLede() {
            return "How many clients each activity type holds on " + data.asOf() + "; every client has exactly one.";
        }

        private String segments(SegmentSizes sizes) {
            long total = sizes.total();
            long max = sizes.counts().values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<Bar> bars = new ArrayList<>();
            sizes.counts().forEach((label, n) -> bars.add(new Bar(label, n, countAndShare(n, total), Palette.BLUE,
                    label + ": " + NumberText.integer(n) + " clients")));
            return Charts.bars(bars, 441, max, 46, false, "clients per activity type")
                    + "<p class=\"note\">" + NumberText.integer(total) + " clients in all.</p>";
        }

        // ---- transitions

        private String transitionsLede() {
            return data.transitions().map(t -> "Where the clients of each type on " + t.before() + " stood on "
                    + t.after() + ": grey cells stayed, orange cells moved.")
                    .orElse("Where the clients of each type moved between two days.");
        }

        private String transitions(Transitions t) {
            List<String> rows = t.fromLabels();
            List<String> columns = t.toLabels();
            long maxStay = 1;
            long maxMove = 1;
            for (String from : rows) {
                for (String to : columns) {
                    long n = t.count(from, to);
                    if (from.equals(to)) {
                        maxStay = Math.max(maxStay, n);
                    } else {
                        maxMove = Math.max(maxMove, n);
                    }
                }
            }
            Cell[][] cells = new Cell[rows.size()][columns.size()];
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    String from = rows.get(r);
                    String to = columns.get(c);
                    long n = t.count(from, to);
                    String tip = from + " → " + to + ": " + NumberText.integer(n) + " clients";
                    if (n == 0) {
                        cells[r][c] = Cell.empty(tip);
                        continue;
                    }
                    boolean stay = from.equals(to);
                    double shade = 0.12 + 0.88 * Math.sqrt((double) n / (stay ? maxStay : maxMove));
                    cells[r][c] = new Cell(Palette.shade(stay ? Palette.GREYS : Palette.ORANGES, shade),
                            List.of(NumberText.integer(n), NumberText.compact(n)), List.of(),
                            !stay && Palette.dark(shade), tip);
                }
            }
            long total = t.total();
            long moved = t.moved();
            return Charts.heatMap(rows, columns, cells, "on " + t.before(), "on " + t.after() + " →", 638, 30,
                    List.of(new Swatch(Palette.shade(Palette.GREYS, 0.6), "stayed"),
                            new Swatch(Palette.ORANGE, "moved (deeper = more clients)")),
                    "clients per earlier and later activity type")
                    + "<p class=\"note\">" + NumberText.integer(moved) + " of " + NumberText.integer(total)
                    + " clients (" + NumberText.percent(total == 0 ? 0 : (double) moved / total, 1)
                    + ") changed type." + (rows.contains(Transitions.NEW) ? " " + Transitions.NEW
                    + ": not a client yet on " + esc(t.before()) + "." : "") + (columns.contains(Transitions.GONE)
                    ? " " + Transitions.GONE + ": no longer a client on " + esc(t.after()) + "." : "") + "</p>";
        }

        // ---- RFM

        private String rfm(RfmGrid grid) {
            int bins = grid.bins();
            List<String> rows = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            long max = 1;
            for (int i = 1; i <= bins; i++) {
                rows.add("R " + (bins + 1 - i));
                columns.add("F " + i);
            }
            for (RfmGrid.Cell c : grid.cells()) {
                max = Math.max(max, c.parties());
            }
            Cell[][] cells = new Cell[bins][bins];
            for (int r = bins; r >= 1; r--) {
                for (int f = 1; f <= bins; f++) {
                    RfmGrid.Cell c = grid.cell(r, f);
                    String tip = "R " + r + ", F " + f + ": " + NumberText.integer(c.parties()) + " clients";
                    if (c.parties() == 0) {
                        cells[bins - r][f - 1] = Cell.empty(tip);
                        continue;
                    }
                    double shade = 0.08 + 0.92 * Math.sqrt((double) c.parties() / max);
                    String mean = "avg " + NumberText.money(c.meanMonetary(), data.currency());
                    String compact = NumberText.compact(c.meanMonetary());
                    cells[bins - r][f - 1] = new Cell(Palette.shade(Palette.BLUES, shade),
                            List.of(NumberText.integer(c.parties()), NumberText.compact(c.parties())),
                            List.of(mean, "avg " + compact + NumberText.GROUP + data.currency(), compact),
                            Palette.dark(shade), tip + ", " + mean);
                }
            }
            double cellHeight = bins <= 5 ? 52 : 40;
            String heat = Charts.heatMap(rows, columns, cells, "R score",
                    "F score: how often they buy (" + bins + " = most often) →", 560, cellHeight,
                    ramp("fewer clients", "more"), "clients per R and F score");
            StringBuilder html = new StringBuilder("<div class=\"pair\">\n<div class=\"pane\">")
                    .append("<h3>Clients by R and F score</h3>").append(heat).append("</div>\n<div class=\"pane\">")
                    .append("<h3>Named RFM segments</h3>");
            if (grid.segmentSizes().isEmpty()) {
                html.append(NOT_GIVEN);
            } else {
                long total = grid.segmentSizes().values().stream().mapToLong(Long::longValue).sum();
                long largest = grid.segmentSizes().values().stream().mapToLong(Long::longValue).max().orElse(0);
                List<Bar> bars = new ArrayList<>();
                grid.segmentSizes().forEach((name, n) -> bars.add(new Bar(name, n, countAndShare(n, total),
                        Palette.BLUE, name + ": " + NumberText.integer(n) + " clients")));
                html.append(Charts.bars(bars, 560, largest, grid.segmentSizes().size() > 9 ? 28 : 32, false,
                        "clients per RFM segment"));
            }
            return html.append("</div>\n</div>").toString();
        }

        // ---- CLV

        private String clvLede() {
            return "Predicted value of each client over " + data.clv().map(ClvDistribution::horizon)
                    .orElse("the coming period") + ": most are worth a little, a few a lot; on the right, the most "
                    + "valuable clients.";
        }

        private String clv(ClvDistribution clv) {
            Histogram h = Histogram.of(clv.values(), 24);
            String currency = data.currency();
            StringBuilder html = new StringBuilder("<div class=\"pair wide-left\">\n<div class=\"pane\">")
                    .append("<h3>Clients by predicted CLV</h3>")
                    .append(Charts.histogram(h, 640, 330, "predicted CLV (" + currency + "), " + clv.horizon(),
                            currency))
                    .append("<p class=\"note\">").append(NumberText.integer(h.n)).append(" clients · median ")
                    .append(esc(NumberText.money(h.median, currency))).append(" · mean ")
                    .append(esc(NumberText.money(h.mean, currency))).append(" · top 10% above ")
                    .append(esc(NumberText.money(h.p90, currency))).append(" · total ")
                    .append(esc(NumberText.money(h.total, currency))).append("</p>")
                    .append("</div>\n<div class=\"pane\"><h3>Most valuable clients</h3>");
            if (clv.top().isEmpty()) {
                html.append(NOT_GIVEN);
            } else {
                html.append("<table class=\"top\"><thead><tr><th class=\"num\">#</th><th>client</th>")
                        .append("<th class=\"num\">CLV</th><th>P(alive)</th><th class=\"num\">purchases</th>")
                        .append("</tr></thead><tbody>");
                int rank = 1;
                for (TopClient c : clv.top()) {
                    html.append("<tr><td class=\"num muted\">").append(rank++).append("</td><td class=\"name\">")
                            .append(esc(c.displayName())).append("</td><td class=\"num strong\">")
                            .append(esc(NumberText.money(c.clv(), currency))).append("</td><td class=\"alive\">")
                            .append("<span class=\"meter\"><span style=\"width:")
                            .append(Svg.n(c.pAlive() * 100)).append("%\"></span></span> ")
                            .append(NumberText.percent(c.pAlive(), 0)).append("</td><td class=\"num\">")
                            .append(NumberText.integer(c.purchases())).append("</td></tr>");
                }
                html.append("</tbody></table>");
            }
            return html.append("</div>\n</div>").toString();
        }

        // ---- P(alive)

        private String alive(AliveGrid grid) {
            List<String> rows = grid.recencyBuckets();
            List<String> columns = grid.frequencyBuckets();
            Cell[][] cells = new Cell[rows.size()][columns.size()];
            for (int r = 0; r < rows.size(); r++) {
                for (int f = 0; f < columns.size(); f++) {
                    AliveGrid.Cell c = grid.cell(r, f);
                    String tip = rows.get(r) + ", " + columns.get(f) + ": " + NumberText.integer(c.parties())
                            + " clients";
                    if (c.parties() == 0) {
                        cells[r][f] = Cell.empty(tip);
                        continue;
                    }
                    String p = NumberText.percent(c.meanPAlive(), 0);
                    cells[r][f] = new Cell(Palette.shade(Palette.BLUES, c.meanPAlive()),
                            List.of(p, NumberText.decimal(c.meanPAlive() * 100, 0)),
                            List.of(NumberText.integer(c.parties()), NumberText.compact(c.parties())),
                            Palette.dark(c.meanPAlive()), tip + ", mean P(alive) " + p);
                }
            }
            return Charts.heatMap(rows, columns, cells, "last purchase", "repeat purchases →", 540,
                    rows.size() > 7 ? 34 : 42, ramp("0%", "100%"), "mean P(alive) by recency and frequency")
                    + "<p class=\"note\">Big number: mean P(alive); small number: clients in the cell.</p>";
        }

        // ---- holdout

        private String holdoutLede() {
            return data.holdout().map(h -> "The model learnt from " + h.calibration() + " and predicted "
                    + h.holdout() + ": the closer the two lines, the better it forecasts.")
                    .orElse("Purchases the CLV model predicted for a holdout period against those made.");
        }

        private String holdout(HoldoutCheck check) {
            int k = check.rows().size();
            List<String> categories = new ArrayList<>();
            double[] actual = new double[k];
            double[] predicted = new double[k];
            long[] customers = new long[k];
            for (int i = 0; i < k; i++) {
                HoldoutCheck.Row row = check.rows().get(i);
                categories.add(row.frequency() + (i == k - 1 && k > 1 ? "+" : ""));
                actual[i] = row.actualMean();
                predicted[i] = row.predictedMean();
                customers[i] = row.customers();
            }
            double error = check.actualTotal() == 0 ? 0
                    : (check.predictedTotal() - check.actualTotal()) / check.actualTotal();
            return Charts.actualVersusPredicted(categories, actual, predicted, customers, 540, 330,
                    "repeat purchases in calibration", "mean purchases in holdout")
                    + "<p class=\"note\">Holdout purchases: predicted <strong>"
                    + NumberText.decimal(check.predictedTotal(), 0) + "</strong>, actual <strong>"
                    + NumberText.integer(check.actualTotal()) + "</strong>"
                    + (check.actualTotal() == 0 ? "" : " (model " + (error >= 0 ? "+" : "")
                    + NumberText.percent(error, 1) + ")") + ". n: clients in each bucket.</p>";
        }

        // ---- duplicates

        private String duplicates(DuplicateClusters d) {
            StringBuilder html = new StringBuilder("<div class=\"stats\">")
                    .append(stat(NumberText.integer(d.clustersFound()), "clusters found"))
                    .append(stat(NumberText.integer(d.clustersMerged()), "merged"))
                    .append(stat(NumberText.integer(d.clustersFound() - d.clustersMerged()), "clusters not merged"))
                    .append(stat(NumberText.integer(d.pairsForReview()), "pairs for review"))
                    .append("</div>");
            if (d.clustersFound() > 0) {
                double[] values = {d.clustersMerged(), d.clustersFound() - d.clustersMerged()};
                html.append(Charts.stackedBar(values, new String[] {Palette.BLUE, Palette.GREY},
                        new String[] {"merged: " + NumberText.integer(d.clustersMerged()),
                                "not merged: " + NumberText.integer(d.clustersFound() - d.clustersMerged())},
                        540, 26, "clusters merged and not merged"));
                html.append(legendList(List.of(new Swatch(Palette.BLUE, "merged"),
                        new Swatch(Palette.GREY, "found, not merged"))));
            }
            if (!d.examples().isEmpty()) {
                html.append("<h3>Examples (names masked)</h3><ul class=\"clusters\">");
                for (DuplicateClusters.Cluster c : d.examples()) {
                    html.append("<li><span class=\"members\">");
                    for (String m : c.members()) {
                        html.append("<span class=\"chip\">").append(esc(m)).append("</span>");
                    }
                    html.append("</span>");
                    if (!c.note().isBlank()) {
                        html.append("<span class=\"why\">").append(esc(c.note())).append("</span>");
                    }
                    html.append("</li>");
                }
                html.append("</ul>");
            }
            return html.toString();
        }

        // ---- imports

        private String importsLede() {
            return data.imports().map(i -> "What became of each of the " + NumberText.integer(i.rows())
                    + " rows of the imported CSV file.").orElse("What became of each row of the imported CSV file.");
        }

        private String imports(ImportOutcomes i) {
            long rows = i.rows();
            double[] values = {i.created(), i.updated(), i.possibleDuplicates(), i.rejected()};
            String[] fills = {Palette.BLUE, Palette.LIGHT_BLUE, Palette.AMBER, Palette.RED};
            String[] names = {"created", "updated", "possible duplicate", "rejected"};
            String[] tips = new String[4];
            List<String> legend = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                tips[k] = names[k] + ": " + NumberText.integer((long) values[k]) + " rows";
                legend.add("<li><span class=\"sw\" style=\"background:" + fills[k] + "\"></span>" + names[k]
                        + " <strong>" + NumberText.integer((long) values[k]) + "</strong> <span class=\"muted\">"
                        + NumberText.percent(rows == 0 ? 0 : values[k] / rows, 1) + "</span></li>");
            }
            StringBuilder html = new StringBuilder();
            if (rows > 0) {
                html.append(Charts.stackedBar(values, fills, tips, 540, 26, "import outcomes"));
            }
            html.append("<ul class=\"legend\">").append(String.join("", legend)).append("</ul>");
            if (!i.rejections().isEmpty()) {
                html.append("<h3>Rejected rows</h3><table class=\"rejects\"><thead><tr><th class=\"num\">line</th>")
                        .append("<th>column</th><th>reason</th></tr></thead><tbody>");
                for (ImportOutcomes.Rejection r : i.rejections()) {
                    html.append("<tr><td class=\"num\">").append(NumberText.integer(r.line())).append("</td><td>")
                            .append(r.column().isEmpty() ? "<span class=\"muted\">row</span>" : esc(r.column()))
                            .append("</td><td>").append(esc(r.reason())).append("</td></tr>");
                }
                html.append("</tbody></table>");
                if (i.rejected() > i.rejections().size()) {
                    html.append("<p class=\"note\">The first ").append(NumberText.integer(i.rejections().size()))
                            .append(" problems shown.</p>");
                }
            }
            return html.toString();
        }

        // ---- completeness

        private String completeness(Completeness c) {
            List<Bar> bars = new ArrayList<>();
            for (Map.Entry<String, Double> e : c.filled().entrySet()) {
                double share = e.getValue();
                String fill = share >= 0.9 ? Palette.GREEN : share >= 0.6 ? Palette.AMBER : Palette.RED;
                bars.add(new Bar(e.getKey(), share, NumberText.percent(share, 1), fill,
                        e.getKey() + ": " + NumberText.percent(share, 1) + " filled"));
            }
            if (bars.size() <= 6) {
                return Charts.bars(bars, 760, 1, 30, true, "share of clients with each field filled");
            }
            int half = (bars.size() + 1) / 2;
            return "<div class=\"pair\"><div class=\"pane\">"
                    + Charts.bars(bars.subList(0, half), 560, 1, 30, true, "share of clients with each field filled")
                    + "</div><div class=\"pane\">"
                    + Charts.bars(bars.subList(half, bars.size()), 560, 1, 30, true,
                    "share of clients with each field filled, continued")
                    + "</div></div>";
        }

        // ---- helpers

        private static String countAndShare(long n, long total) {
            return NumberText.integer(n) + "  ·  " + NumberText.percent(total == 0 ? 0 : (double) n / total, 1);
        }

        private static String stat(String value, String label) {
            return "<div class=\"stat\"><div class=\"stat-value\">" + value + "</div><div class=\"stat-label\">"
                    + label + "</div></div>";
        }

        private static String legendList(List<Swatch> swatches) {
            StringBuilder html = new StringBuilder("<ul class=\"legend\">");
            for (Swatch s : swatches) {
                html.append("<li><span class=\"sw\" style=\"background:").append(s.fill()).append("\"></span>")
                        .append(esc(s.label())).append("</li>");
            }
            return html.append("</ul>").toString();
        }

        private static List<Swatch> ramp(String low, String high) {
            List<Swatch> swatches = new ArrayList<>();
            swatches.add(new Swatch("", low));
            for (int i = 0; i <= 5; i++) {
                swatches.add(new Swatch(Palette.shade(Palette.BLUES, i / 5.0), ""));
            }
            swatches.add(new Swatch("", " " + high));
            return swatches;
        }

        private static String esc(String text) {
            return Markup.escape(text);
        }
    }
}
