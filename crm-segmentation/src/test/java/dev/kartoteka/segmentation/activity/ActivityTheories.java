package dev.kartoteka.segmentation.activity;

import org.quicktheories.QuickTheory;

/** QuickTheories with the build's replayable seed (system property QT_SEED), as in the other modules' tests. */
final class ActivityTheories {

    private ActivityTheories() {
    }

    static QuickTheory qt() {
        String seed = System.getProperty("QT_SEED");
        long fixed = seed == null || seed.isBlank() ? 20261206L : Long.parseLong(seed.strip());
        return QuickTheory.qt().withFixedSeed(fixed);
    }
}
