package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.PartyId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How well duplicate clusters agree with the truth, pair by pair — the measure to tune {@linkplain MatchRules rules}
 * on your own labelled records before you trust them. A <em>true pair</em> is two records of one entity (one real
 * client), a <em>predicted pair</em> two records in one cluster; precision is the share of predicted pairs that are
 * true, recall the share of true pairs that were predicted, F1 their harmonic mean. Clusters are what a merge would
 * make of them, so a wrong link that joins two large clusters costs every pair it joins.
 *
 * <pre>{@code
 * Map<PartyId, String> truth = ...;                  // each labelled record's id -> its entity (client) key
 * ScanResult scan = DuplicateDetector.defaults().scan(parties, Progress.NONE);
 * PairwiseQuality merged = PairwiseQuality.of(truth, scan, MatchOutcome.MATCH);
 * PairwiseQuality reviewed = PairwiseQuality.of(truth, scan, MatchOutcome.POSSIBLE_MATCH);
 * System.out.println(merged);   // precision 0.9935, recall 0.9999, F1 0.9967 (true pairs ..., predicted ..., correct ...)
 * }</pre>
 *
 * @param truePairs pairs of records of one entity
 * @param predictedPairs pairs of records in one cluster
 * @param correctPairs predicted pairs that are true pairs
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PairwiseQuality(long truePairs, long predictedPairs, long correctPairs) {

    /**
     * @throws IllegalArgumentException if a count is negative, or more pairs are correct than predicted or true
     */
    public PairwiseQuality {
        if (truePairs < 0 || predictedPairs < 0 || correctPairs < 0) {
            throw new IllegalArgumentException("pair counts must not be negative, got true " + truePairs
                    + ", predicted " + predictedPairs + ", correct " + correctPairs);
        }
        if (correctPairs > predictedPairs || correctPairs > truePairs) {
            throw new IllegalArgumentException("correct pairs (" + correctPairs
                    + ") must be at most the predicted (" + predictedPairs + ") and the true pairs (" + truePairs + ")");
        }
    }

    /**
     * Measures predicted clusters against the truth. Every labelled record not in a cluster stands alone.
     *
     * @param truth the entity of each labelled record: records with equal keys are one client
     * @param clusters the predicted clusters, such as {@link ScanResult#clusters()}; a cluster of one record predicts
     *        no pair
     * @return the pair counts
     * @throws IllegalArgumentException if a cluster holds a record the truth does not label, or a record is in two
     *         clusters (or twice in one)
     */
    public static PairwiseQuality of(Map<PartyId, ?> truth,
            Collection<? extends Collection<PartyId>> clusters) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(clusters, "clusters");
        Map<Object, Long> sizes = new HashMap<>();
        truth.forEach((id, entity) -> sizes.merge(Objects.requireNonNull(entity, () -> "truth: entity of " + id),
                1L, Long::sum));
        long truePairs = sizes.values().stream().mapToLong(PairwiseQuality::pairs).sum();
        long predicted = 0;
        long correct = 0;
        Set<PartyId> seen = new HashSet<>();
        Map<Object, Long> byEntity = new HashMap<>();
        for (Collection<PartyId> cluster : clusters) {
            predicted += pairs(cluster.size());
            byEntity.clear();
            for (PartyId id : cluster) {
                Object entity = truth.get(id);
                if (entity == null) {
                    throw new IllegalArgumentException("clusters: party " + id + " has no entity in the truth; "
                            + "expected every clustered record to be labelled");
                }
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("clusters: party " + id + " is in two clusters; expected "
                            + "disjoint clusters");
                }
                byEntity.merge(entity, 1L, Long::sum);
            }
            correct += byEntity.values().stream().mapToLong(PairwiseQuality::pairs).sum();
        }
        return new PairwiseQuality(truePairs, predicted, correct);
    }

    /**
     * Measures a scan against the truth, as a merge of its pairs down to {@code lowest} would cluster the records:
     * {@link MatchOutcome#MATCH} measures the scan's {@linkplain ScanResult#clusters() clusters} (what may be merged
     * without review); {@link MatchOutcome#POSSIBLE_MATCH} also joins every pair left for review, as if a reviewer
     * confirmed them all.
     *
     * @param truth the entity of each record the scan's index holds (more records may be labelled)
     * @param scan a scan
     * @param lowest the lowest outcome that joins two records: {@code MATCH} or {@code POSSIBLE_MATCH}
     * @return the pair counts
     * @throws IllegalArgumentException if {@code lowest} is {@code NO_MATCH}, or a joined record is not labelled
     */
    public static PairwiseQuality of(Map<PartyId, ?> truth, ScanResult scan, MatchOutcome lowest) {
        Objects.requireNonNull(scan, "scan");
        return switch (Objects.requireNonNull(lowest, "lowest")) {
            case MATCH -> of(truth, scan.clusters());
            case POSSIBLE_MATCH -> of(truth, scan.clustersWithPossibleMatches());
            case NO_MATCH -> throw new IllegalArgumentException("lowest: NO_MATCH would join every two records; "
                    + "expected MATCH or POSSIBLE_MATCH");
        };
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    /**
     * @return correct / predicted pairs; 1 if no pair was predicted
     */
    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    /**
     * @return correct / true pairs; 1 if there is no true pair
     */
    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    /**
     * @return the harmonic mean of {@link #precision()} and {@link #recall()}; 0 if both are 0
     */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Shows the figures to four decimals and the counts they are made of. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.4f, recall %.4f, F1 %.4f (true pairs %d, predicted %d, correct %d)",
                precision(), recall(), f1(), truePairs, predictedPairs, correctPairs);
    }
}
