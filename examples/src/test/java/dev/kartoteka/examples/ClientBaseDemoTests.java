package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.csv.RowOutcome;
import dev.kartoteka.segmentation.activity.ActivityType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The demo's story runs to the end on a small client base, and every step finds what it should. */
class ClientBaseDemoTests {

    @Test
    void runsTheWholeStoryAndEveryStepFindsSomething() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DemoResult result = new ClientBaseDemo(new PrintStream(buffer, true, StandardCharsets.UTF_8), 1_500, 300).run();
        String printed = buffer.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains("1/8", "2/8", "3/8", "4/8", "5/8", "6/8", "7/8", "8/8");
        assertThat(printed).containsPattern("\\[#{1,19} +\\] \\d+% ") // progress bars on the long steps
                .contains("[####################] 100%");
        assertThat(result.imported().count(RowOutcome.CREATED)).isPositive();
        assertThat(result.imported().count(RowOutcome.UPDATED)).isPositive();
        assertThat(result.imported().rejections()).hasSize(3)
                .allSatisfy(r -> assertThat(r.value()).contains("*")); // masked, never in clear
        assertThat(result.merged()).isPositive();
        assertThat(result.segmentSizes().keySet()).isEqualTo(EnumSet.allOf(ActivityType.class));
        assertThat(result.transitions().transitions()).isNotEmpty();
        assertThat(result.holdout().rows()).isNotEmpty();
        assertThat(result.holdout().predictedTotal()).isCloseTo(result.holdout().actualTotal(),
                org.assertj.core.data.Percentage.withPercentage(30));
        assertThat(result.top()).hasSize(10).isSortedAccordingTo(
                java.util.Comparator.comparingDouble(DemoResult.TopClient::clv).reversed());
        assertThat(result.rfm().size()).isPositive();
        assertThat(result.mokotow().size()).isPositive();
        assertThat(result.mokotow().candidates()).isGreaterThan(result.mokotow().size());
        assertThat(result.completeness()).containsKeys("e-mail", "phone", "postal address")
                .allSatisfy((field, share) -> assertThat(share).isBetween(0.0, 1.0));

        String html = dev.kartoteka.examples.report.HtmlReport.render(DemoReport.data(result));
        assertThat(html).contains("Activity segments", "Segment transitions", "RFM grid", "Customer lifetime value",
                "Model check: calibration vs holdout", "Duplicate clusters", "Import outcomes", "Data quality")
                .doesNotContain("Not part of this run", "NaN", "http://", "https://");
    }

    @Test
    void theReportOfTheDemoRendersInAHeadlessBrowser() throws Exception {
        java.util.Optional<java.nio.file.Path> browser = dev.kartoteka.examples.report.ReportScreenshot.findBrowser();
        org.junit.jupiter.api.Assumptions.assumeTrue(browser.isPresent(),
                "no Chromium installed (apt-get install chromium); .ci/run installs it");
        DemoResult result = new ClientBaseDemo(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), 1_000, 200).run();
        java.nio.file.Path html = java.nio.file.Path.of("target", "demo-report.html");
        DemoReport.write(result, html);
        java.nio.file.Path png = dev.kartoteka.examples.report.ReportScreenshot.take(html,
                java.nio.file.Path.of("target", "demo-report.png")).orElseThrow();

        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(200); // charts, not a blank or an error page
    }
}
