/**
 * Duplicate detection: matching rules as data ({@link dev.kartoteka.core.duplicate.MatchRules} of
 * {@link dev.kartoteka.core.duplicate.FieldRule}s), pairwise scoring with three outcomes and a field-by-field
 * explanation ({@link dev.kartoteka.core.duplicate.MatchResult}), a blocking index that answers "who may this new party
 * duplicate?" without scanning the registry ({@link dev.kartoteka.core.duplicate.DuplicateIndex}) and a batch scan
 * that clusters the matches of a whole collection, never putting two parties that contradict each other (two
 * PESELs, two birth dates) into one cluster ({@link dev.kartoteka.core.duplicate.ScanResult}), and the pairwise
 * precision, recall and F1 of its clusters on your labelled records ({@link dev.kartoteka.core.duplicate.PairwiseQuality}),
 * to tune the rules on.
 *
 * <p>Start with {@link dev.kartoteka.core.duplicate.DuplicateDetector#defaults()}.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.duplicate;

import org.jspecify.annotations.NullMarked;
