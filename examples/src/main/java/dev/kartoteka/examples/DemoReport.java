package dev.kartoteka.examples;

import java.nio.file.Path;

/** Turns the demo's results into the HTML report (filled in once the report package lands). */
final class DemoReport {

    private DemoReport() {
    }

    static void write(DemoResult result, Path file) {
        // placeholder until the report package is merged
    }
}
