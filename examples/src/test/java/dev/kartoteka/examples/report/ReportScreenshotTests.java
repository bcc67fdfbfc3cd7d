package dev.kartoteka.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample report, screenshots it with a headless Chromium and checks the picture is the right size and
 * full of charts. Skipped where no Chromium is installed (on Debian: {@code apt-get install chromium}). The files stay
 * in {@code target/} to be looked at: {@code report-sample.html} and {@code report-sample.png}.
 */
class ReportScreenshotTests {

    private static final Path HTML = Path.of("target", "report-sample.html");
    private static final Path PNG = Path.of("target", "report-sample.png");

    @TempDir
    Path work;

    @Test
    void screenshotsTheSampleReportWithChartsInEverySection() throws IOException {
        assumeTrue(ReportScreenshot.findBrowser().isPresent(),
                "no Chromium or Chrome installed (looked for the kartoteka.chromium property, KARTOTEKA_CHROMIUM, "
                        + "/usr/bin/chromium, chromium, chromium-browser, google-chrome): screenshot not taken");
        HtmlReport.write(SampleReport.full(), HTML);

        Optional<Path> png = ReportScreenshot.take(HTML, PNG);

        assertThat(png).contains(PNG.toAbsolutePath());
        BufferedImage image = ImageIO.read(PNG.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(ReportScreenshot.DEFAULT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(ReportScreenshot.DEFAULT_HEIGHT);
        // the page is drawn: many colours, and a good part of it is neither the page's background nor white
        assertThat(distinctColours(image, 0, image.getHeight())).isGreaterThan(200);
        // and each band of the page down to the last section holds chart colours, not an empty card
        int pageHeight = drawnHeight(image);
        assertThat(pageHeight).isGreaterThan(2_000);
        for (int band = 0; band < 5; band++) {
            int from = 300 + band * (pageHeight - 300) / 5;
            int to = 300 + (band + 1) * (pageHeight - 300) / 5;
            assertThat(inkShare(image, from, to)).as("share of drawn pixels in rows %d..%d", from, to)
                    .isGreaterThan(0.03);
            assertThat(distinctColours(image, from, to)).as("colours in rows %d..%d", from, to).isGreaterThan(40);
        }
        assertThat(countNear(image, 0x2f6bd8, 0, pageHeight)).as("pixels of the report's blue").isGreaterThan(20_000);
        assertThat(countNear(image, 0xe8792e, 0, pageHeight)).as("pixels of the report's orange").isGreaterThan(500);
    }

    @Test
    void rejectsAPageThatDoesNotExist() {
        assertThatThrownBy(() -> ReportScreenshot.take(work.resolve("missing.html"), work.resolve("x.png")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.html");
    }

    @Test
    void rejectsAWindowTooSmallToShowAnything() {
        assertThatThrownBy(() -> ReportScreenshot.take(HTML, work.resolve("x.png"), 10, 4000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 × 4000");
    }

    @Test
    void findsNoBrowserWhereTheConfiguredOneDoesNotExist() {
        String before = System.getProperty(ReportScreenshot.BROWSER_PROPERTY);
        System.setProperty(ReportScreenshot.BROWSER_PROPERTY, work.resolve("no-such-browser").toString());
        try {
            assertThat(ReportScreenshot.findBrowser()).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(ReportScreenshot.BROWSER_PROPERTY);
            } else {
                System.setProperty(ReportScreenshot.BROWSER_PROPERTY, before);
            }
        }
    }

    private static int distinctColours(BufferedImage image, int fromRow, int toRow) {
        Set<Integer> colours = new HashSet<>();
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    /** Share of pixels that are neither white nor the page's background (#f4f5f8) nor the card borders. */
    private static double inkShare(BufferedImage image, int fromRow, int toRow) {
        long ink = 0;
        long all = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                all++;
                if (distance(rgb, 0xffffff) > 40 && distance(rgb, 0xf4f5f8) > 40) {
                    ink++;
                }
            }
        }
        return (double) ink / all;
    }

    /** @return the last row that differs from the page's background: where the report ends */
    private static int drawnHeight(BufferedImage image) {
        for (int y = image.getHeight() - 1; y > 0; y--) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if (distance(image.getRGB(x, y) & 0xffffff, 0xf4f5f8) > 12) {
                    return y + 1;
                }
            }
        }
        return 0;
    }

    private static long countNear(BufferedImage image, int colour, int fromRow, int toRow) {
        long n = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (distance(image.getRGB(x, y) & 0xffffff, colour) < 24) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }
}
