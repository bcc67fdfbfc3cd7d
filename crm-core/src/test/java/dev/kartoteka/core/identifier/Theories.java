package dev.kartoteka.core.identifier;

import org.quicktheories.QuickTheory;

/**
 * The entry point of every property test: QuickTheories with a fixed, replayable seed.
 *
 * <p>The seed comes from the system property {@code QT_SEED}, which the build sets from the Maven property
 * {@code quicktheories.seed} (replay a failure with {@code mvn test -Dquicktheories.seed=<seed>}); without it the seed
 * is {@value #DEFAULT_SEED}. A falsified property reports the seed in its failure message ({@code "Seed was …"}).
 */
public final class Theories {

    /** The seed used when {@code QT_SEED} is not set. */
    public static final long DEFAULT_SEED = 20261122L;

    /** The name of the system property holding the seed. */
    public static final String SEED_PROPERTY = "QT_SEED";

    private Theories() {
    }

    /**
     * Returns the seed of this run.
     *
     * @return {@code QT_SEED} if set, else {@link #DEFAULT_SEED}
     * @throws IllegalStateException if {@code QT_SEED} is set but not a number
     */
    public static long seed() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "System property " + SEED_PROPERTY + " must be a number, was '" + value + "'", e);
        }
    }

    /**
     * Starts a property check with the run's fixed seed.
     *
     * @return QuickTheories seeded with {@link #seed()}
     */
    public static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(seed());
    }
}
