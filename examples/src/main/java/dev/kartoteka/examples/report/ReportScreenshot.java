package dev.kartoteka.examples.report;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Takes a screenshot of an HTML file with a headless Chromium or Chrome, to check that a report renders (and to look
 * at it). The browser is looked for in this order: the system property {@value #BROWSER_PROPERTY}, the environment
 * variable {@value #BROWSER_VARIABLE}, {@code /usr/bin/chromium}, then {@code chromium}, {@code chromium-browser},
 * {@code google-chrome} and {@code google-chrome-stable} on the {@code PATH}. With none installed the methods return
 * {@link Optional#empty()}, so callers (and tests) can skip. On Debian: {@code apt-get install chromium}.
 *
 * <p>The browser runs as {@code chromium --headless=new --disable-gpu --no-sandbox --hide-scrollbars
 * --window-size=W,H --screenshot=PNG file://HTML}, with a fresh profile directory that is deleted afterwards.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportScreenshot {

    /** The system property naming the browser binary to use. */
    public static final String BROWSER_PROPERTY = "kartoteka.chromium";

    /** The environment variable naming the browser binary to use. */
    public static final String BROWSER_VARIABLE = "KARTOTEKA_CHROMIUM";

    /** The default width of a screenshot, in CSS pixels. */
    public static final int DEFAULT_WIDTH = 1280;

    /** The default height of a screenshot, in CSS pixels: tall enough for the whole report. */
    public static final int DEFAULT_HEIGHT = 4000;

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");

    private static final long TIMEOUT_SECONDS = 120;

    private ReportScreenshot() {
    }

    /**
     * Looks for a headless-capable browser.
     *
     * @return the browser's executable, or empty if none is installed
     */
    public static Optional<Path> findBrowser() {
        String configured = System.getProperty(BROWSER_PROPERTY, System.getenv(BROWSER_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured.strip());
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Screenshots an HTML file at {@value #DEFAULT_WIDTH} × {@value #DEFAULT_HEIGHT}.
     *
     * @param html the page
     * @param png where to write the PNG (replaced if it exists)
     * @return the PNG, or empty if no browser is installed
     * @throws IOException if the browser cannot be run, fails, times out or writes no PNG; the message has its output
     */
    public static Optional<Path> take(Path html, Path png) throws IOException {
        return take(html, png, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Screenshots an HTML file.
     *
     * @param html the page
     * @param png where to write the PNG (replaced if it exists)
     * @param width the window's width in CSS pixels, 100..10000
     * @param height the window's height in CSS pixels, 100..20000
     * @return the PNG, or empty if no browser is installed
     * @throws IllegalArgumentException if a size is out of range or the page does not exist
     * @throws IOException if the browser cannot be run, fails, times out or writes no PNG; the message has its output
     */
    public static Optional<Path> take(Path html, Path png, int width, int height) throws IOException {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(png, "png");
        if (width < 100 || width > 10_000 || height < 100 || height > 20_000) {
            throw new IllegalArgumentException("screenshot size must be 100..10000 × 100..20000, was " + width + " × "
                    + height);
        }
        if (!Files.isRegularFile(html)) {
            throw new IllegalArgumentException("no page to screenshot at " + html);
        }
        Optional<Path> browser = findBrowser();
        if (browser.isEmpty()) {
            return Optional.empty();
        }
        Path target = png.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.deleteIfExists(target);
        Path profile = Files.createTempDirectory("kartoteka-chromium-");
        try {
            List<String> command = new ArrayList<>(List.of(browser.get().toString(), "--headless=new",
                    "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--no-first-run",
                    "--no-default-browser-check", "--disable-dev-shm-usage", "--force-device-scale-factor=1",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                    "--screenshot=" + target, html.toAbsolutePath().toUri().toString()));
            run(command, target);
        } finally {
            deleteTree(profile);
        }
        return Optional.of(target);
    }

    private static void run(List<String> command, Path target) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[][] output = new byte[1][];
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                output[0] = in.readAllBytes();
            } catch (IOException e) {
                output[0] = ("(output unreadable: " + e.getMessage() + ")").getBytes(StandardCharsets.UTF_8);
            }
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("the browser took more than " + TIMEOUT_SECONDS + " s: " + command);
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the browser ran", e);
        }
        String text = output[0] == null ? "" : new String(output[0], StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0 || !Files.isRegularFile(target) || Files.size(target) == 0) {
            throw new IOException("the browser exited with " + process.exitValue() + " and "
                    + (Files.isRegularFile(target) ? "an empty" : "no") + " screenshot: " + command
                    + (text.isEmpty() ? "" : "\n" + text));
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a profile file the browser still holds: the temporary directory is cleaned up later
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
