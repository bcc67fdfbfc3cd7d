package dev.kartoteka.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTests {

    /** The sections' ids and titles, in page order. */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"segments", "Activity segments"},
            new String[] {"transitions", "Segment transitions"},
            new String[] {"rfm", "RFM grid"},
            new String[] {"clv", "Customer lifetime value"},
            new String[] {"alive", "Probability a client is still active"},
            new String[] {"holdout", "Model check: calibration vs holdout"},
            new String[] {"duplicates", "Duplicate clusters"},
            new String[] {"imports", "Import outcomes"},
            new String[] {"completeness", "Data quality: completeness"});

    private static final String NNBSP = "\u202F";

    @TempDir
    Path work;

    @Test
    void showsEverySectionWithItsTitleAndAOneLineExplanationInPageOrder() {
        String html = HtmlReport.render(SampleReport.full());

        int previous = -1;
        for (String[] section : SECTIONS) {
            String opening = "<section class=\"card\" id=\"" + section[0] + "\">\n<h2>" + section[1]
                    + "</h2>\n<p class=\"lede\">";
            assertThat(html).contains(opening);
            assertThat(html.indexOf(opening)).as(section[0]).isGreaterThan(previous);
            previous = html.indexOf(opening);
        }
        assertThat(html).doesNotContain("Not part of this run");
        assertThat(html).contains("<h1>Client base report</h1>", "Figures as of <time datetime=\"2025-06-30\">30 June "
                + "2025</time>", "Hurtownia Przykładowa sp. z o.o.");
    }

    @Test
    void drawsTheChartsAsInlineSvg() {
        String html = HtmlReport.render(SampleReport.full());

        // segments, transitions, RFM grid and segments, histogram, P(alive), holdout, two stacked bars, two bar lists
        assertThat(count(html, "<svg class=\"chart\"")).isEqualTo(11);
        assertThat(count(html, "<svg")).isEqualTo(count(html, "</svg>"));
        assertThat(html).contains("aria-label=\"histogram of predicted CLV (PLN), the next 12 months\"",
                "aria-label=\"mean P(alive) by recency and frequency\"");
    }

    @Test
    void keepsEverySectionsTitleAndSaysSoWhenTheDataHasNone() {
        String html = HtmlReport.render(ReportData.builder("Empty", LocalDate.of(2025, 1, 1)).build());

        for (String[] section : SECTIONS) {
            assertThat(html).contains("id=\"" + section[0] + "\">\n<h2>" + section[1] + "</h2>");
        }
        assertThat(count(html, "Not part of this run.")).isEqualTo(SECTIONS.size());
        assertThat(html).doesNotContain("<svg");
    }

    @Test
    void loadsNothingFromElsewhereAndRunsNoScript() {
        String html = HtmlReport.render(SampleReport.full()).toLowerCase(Locale.ROOT);

        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "src=", "href=", "url(",
                "@import", "<img", "<iframe", "<object", "xlink");
        assertThat(html).startsWith("<!doctype html>\n<html lang=\"en\">");
    }

    @Test
    void escapesEveryTextTheDataBrings() {
        String nasty = "<b id='x'>Nowak & \"Syn\"</b>";
        String escaped = "&lt;b id=&#39;x&#39;&gt;Nowak &amp; &quot;Syn&quot;&lt;/b&gt;";
        ReportData data = ReportData.builder("<script>alert(1)</script> & co", LocalDate.of(2025, 6, 30))
                .subtitle(nasty).footnote(nasty).currency("<zł>")
                .headline(new Headline(nasty, nasty, nasty))
                .segmentSizes(new SegmentSizes(Map.of(nasty, 3L)))
                .transitions(Transitions.builder(nasty, "later").count(nasty, "x<y", 2).build())
                .rfm(new RfmGrid(5, List.of(new RfmGrid.Cell(5, 5, 4, 120)), Map.of(nasty, 4L)))
                .clv(ClvDistribution.of(nasty, new double[] {1, 2, 3}, List.of(new TopClient(nasty, 3, 0.5, 2))))
                .alive(new AliveGrid(List.of(nasty), List.of("<1>"), List.of(new AliveGrid.Cell(0, 0, 3, 0.4))))
                .holdout(new HoldoutCheck(nasty, nasty, List.of(new HoldoutCheck.Row(0, 3, 0.1, 0.2)), 0.6, 1))
                .duplicates(new DuplicateClusters(1, 1, 0, List.of(new DuplicateClusters.Cluster(
                        List.of(nasty, "A<B"), nasty))))
                .imports(new ImportOutcomes(1, 0, 0, 1, List.of(new ImportOutcomes.Rejection(2, nasty, nasty))))
                .completeness(new Completeness(Map.of(nasty, 0.5)))
                .build();

        String html = HtmlReport.render(data);

        assertThat(html).doesNotContain("<script", "<b id", "<zł>", "x<y", "<1>", "A<B");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", escaped, "x&lt;y", "&lt;1&gt;",
                "A&lt;B", "&lt;zł&gt;");
        assertThat(count(html, escaped)).isGreaterThan(15);
        assertThat(wellFormed(html)).isTrue();
    }

    @Test
    void closesEveryElementItOpens() {
        assertThat(wellFormed(HtmlReport.render(SampleReport.full()))).isTrue();
    }

    @Test
    void writesNumbersWithNarrowSpacesBetweenThousandsAndADecimalComma() {
        String html = HtmlReport.render(SampleReport.full());

        assertThat(html).contains(
                ">12" + NNBSP + "480<",                                  // headline: clients
                "3" + NNBSP + "912  ·  31,3%",                            // inactive clients and their share
                "48" + NNBSP + "920" + NNBSP + "PLN",                     // the top client's CLV
                ">97%<",                                                   // a P(alive) in the heat map
                ">1" + NNBSP + "530<",                                    // a rejected row's line number
                ">87,4%<");                                                // e-mail completeness
        assertThat(html).doesNotContain("12,480", "12 480", "12480", "48920", "0.874");
    }

    @Test
    void rendersTheSameDataToTheSameTextWhateverTheDefaultLocale() {
        String first = HtmlReport.render(SampleReport.full());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(HtmlReport.render(SampleReport.full())).isEqualTo(first);
            Locale.setDefault(Locale.GERMANY);
            assertThat(HtmlReport.render(SampleReport.full())).isEqualTo(first);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void writesTheFileInUtf8CreatingItsDirectory() throws IOException {
        Path file = work.resolve("out/report.html");

        Path written = HtmlReport.write(SampleReport.full(), file);

        assertThat(written).isEqualTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HtmlReport.render(SampleReport.full()));
        assertThat(Files.readString(file)).contains("<meta charset=\"utf-8\">", "Żabińscy");
    }

    @Test
    void staysWithinTheCanvasWhenFiguresAreAllZeroOrOne() {
        ReportData data = ReportData.builder("Edge cases", LocalDate.of(2025, 6, 30))
                .segmentSizes(new SegmentSizes(Map.of("active", 0L)))
                .transitions(Transitions.builder("a", "b").count("x", "x", 0).build())
                .rfm(new RfmGrid(5, List.of(), Map.of()))
                .clv(ClvDistribution.of("12 months", new double[] {0, 0, 0}, List.of()))
                .alive(new AliveGrid(List.of("recent"), List.of("0"), List.of()))
                .holdout(new HoldoutCheck("a", "b", List.of(new HoldoutCheck.Row(0, 0, 0, 0)), 0, 0))
                .duplicates(new DuplicateClusters(0, 0, 0, List.of()))
                .imports(new ImportOutcomes(0, 0, 0, 0, List.of()))
                .completeness(new Completeness(Map.of("name", 1.0)))
                .build();

        String html = HtmlReport.render(data);

        assertThat(html).doesNotContain("NaN", "Infinity", "-0,", "−0,0%");
        assertThat(wellFormed(html)).isTrue();
        for (double coordinate : coordinates(html)) {
            assertThat(coordinate).isBetween(-30.0, 1200.0);
        }
    }

    @Test
    void drawsEveryChartWithinItsOwnViewBox() {
        String html = HtmlReport.render(SampleReport.full());
        Matcher svg = Pattern.compile("<svg class=\"chart\" viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"(.*?)</svg>",
                Pattern.DOTALL).matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            double width = Double.parseDouble(svg.group(1));
            double height = Double.parseDouble(svg.group(2));
            Matcher xy = Pattern.compile(" (x|y|x1|x2|y1|y2|cx|cy)=\"(-?[0-9.]+)\"").matcher(svg.group(3));
            while (xy.find()) {
                double v = Double.parseDouble(xy.group(2));
                double limit = xy.group(1).startsWith("x") || xy.group(1).equals("cx") ? width : height;
                assertThat(v).as("%s in a chart of %s × %s", xy.group(0), width, height).isBetween(0.0, limit);
            }
        }
        assertThat(charts).isEqualTo(11);
    }

    private static List<Double> coordinates(String html) {
        List<Double> values = new ArrayList<>();
        Matcher m = Pattern.compile(" (?:x|y|x1|x2|y1|y2|cx|cy|width|height)=\"(-?[0-9.]+)\"").matcher(html);
        while (m.find()) {
            values.add(Double.parseDouble(m.group(1)));
        }
        return values;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** Parses the page as XML once the doctype is gone and the one void element is closed: every tag balanced. */
    private static boolean wellFormed(String html) {
        String xml = html.replace("<!DOCTYPE html>", "").replaceAll("<meta([^>]*)>", "<meta$1/>");
        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).doesNotThrowAnyException();
        return true;
    }
}
