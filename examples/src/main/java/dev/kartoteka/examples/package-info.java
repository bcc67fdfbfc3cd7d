/**
 * Runnable demos and {@link dev.kartoteka.examples.ExampleData}: a deterministic, seeded client base for test suites,
 * demos and benchmarks — Polish and international persons and companies with valid identifiers, contact persons,
 * roles, consents, custom-field values, interactions and purchase histories drawn from a known BG/NBD and Gamma-Gamma
 * process, with {@linkplain dev.kartoteka.segmentation.activity.ActivityType intended activity types} in
 * {@linkplain dev.kartoteka.examples.ActivityShares controllable shares} and, on demand, re-entered duplicates with
 * the {@linkplain dev.kartoteka.examples.DuplicatePair truth} about them.
 *
 * <p>The public types are {@link dev.kartoteka.examples.ExampleData} with its builder and the values it hands out
 * ({@link dev.kartoteka.examples.ExampleParty}, {@link dev.kartoteka.examples.ExampleConsent},
 * {@link dev.kartoteka.examples.DuplicatePair}, {@link dev.kartoteka.examples.PopulateReport},
 * {@link dev.kartoteka.examples.ActivityShares}, {@link dev.kartoteka.segmentation.activity.ActivityType}); everything else
 * here is package-private.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.examples;

import org.jspecify.annotations.NullMarked;
