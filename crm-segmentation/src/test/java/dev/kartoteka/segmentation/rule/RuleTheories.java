package dev.kartoteka.segmentation.rule;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories with the build's replayable seed: the system property {@code QT_SEED}, which the build sets from the
 * Maven property {@code quicktheories.seed} (replay with {@code -Dquicktheories.seed=<seed>}); without it
 * {@value #DEFAULT_SEED}. A falsified property reports the seed in its failure message ({@code "Seed was …"}).
 */
final class RuleTheories {

    static final long DEFAULT_SEED = 20261122L;

    private RuleTheories() {
    }

    static long seed() {
        String seed = System.getProperty("QT_SEED");
        return seed == null || seed.isBlank() ? DEFAULT_SEED : Long.parseLong(seed.strip());
    }

    static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(seed());
    }
}
