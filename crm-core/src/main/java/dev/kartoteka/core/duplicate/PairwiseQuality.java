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
     * Measures predicted clusters against the truth. The truth's records are the records measured: every labelled
     * record not in a cluster stands alone.
     *
     * @param truth the entity of each labelled record: records with equal keys are one client
     * @param clusters the predicted clusters, such as {@link ScanResult#clusters()}; a cluster of one record predicts
     *        no pair
     * @return the pair counts
     * @throws IllegalArgumentException if a cluster holds a record the truth does not label, or a record appears twice
     *         in the clusters (in two of them, or twice in one)
     * @throws NullPointerException if an argument, a cluster, a record id in one or an entity is {@code null}
     */
    public static PairwiseQuality of(Map<PartyId, ?> truth,
            Collection<? extends Collection<PartyId>> clusters) {
        Objects.requireNonNull(clusters, "clusters");
        long truePairs = truePairs(Objects.requireNonNull(truth, "truth").entrySet());
        long predicted = 0;
        long correct = 0;
        Set<PartyId> seen = new HashSet<>();
        Map<Object, Long> byEntity = new HashMap<>();
        for (Collection<PartyId> cluster : clusters) {
            predicted += pairs(Objects.requireNonNull(cluster, "clusters: a cluster").size());
            byEntity.clear();
            for (PartyId id : cluster) {
                Objects.requireNonNull(id, "clusters: a record id");
                Object entity = truth.get(id);
                if (entity == null) {
                    throw new IllegalArgumentException("clusters: party " + id + " has no entity in the truth; "
                            + "expected every clustered record to be labelled");
                }
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("clusters: party " + id + " appears twice in the clusters; "
                            + "expected each record once");
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
     * confirmed them all. The records measured are the scan's: labels of records it did not see are left out, so a
     * truth for a whole file measures a scan of part of it on that part.
     *
     * @param truth the entity of each record the scan's index holds (more records may be labelled)
     * @param scan a scan
     * @param lowest the lowest outcome that joins two records: {@code MATCH} or {@code POSSIBLE_MATCH}
     * @return the pair counts
     * @throws IllegalArgumentException if {@code lowest} is {@code NO_MATCH}, a record of the scan is not labelled,
     *         or the scan's index held one party twice
     * @throws NullPointerException if an argument or an entity is {@code null}
     */
    public static PairwiseQuality of(Map<PartyId, ?> truth, ScanResult scan, MatchOutcome lowest) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(scan, "scan");
        if (Objects.requireNonNull(lowest, "lowest") == MatchOutcome.NO_MATCH) {
            throw new IllegalArgumentException("lowest: NO_MATCH would join every two records; expected MATCH or "
                    + "POSSIBLE_MATCH");
        }
        Map<PartyId, Object> scanned = new HashMap<>();
        for (PartyId id : scan.partyIds()) {
            Object entity = truth.get(id);
            if (entity == null) {
                throw new IllegalArgumentException("truth: party " + id + " of the scan has no entity; expected every "
                        + "scanned record to be labelled");
            }
            if (scanned.put(id, entity) != null) {
                throw new IllegalArgumentException("scan: party " + id + " was indexed twice; expected each record "
                        + "once");
            }
        }
        return of(scanned, lowest == MatchOutcome.MATCH ? scan.clusters() : scan.clustersWithPossibleMatches());
    }

    private static long truePairs(Set<? extends Map.Entry<PartyId, ?>> truth) {
        Map<Object, Long> sizes = new HashMap<>();
        for (Map.Entry<PartyId, ?> e : truth) {
            Objects.requireNonNull(e.getKey(), "truth: a record id");
            sizes.merge(Objects.requireNonNull(e.getValue(), () -> "truth: entity of " + e.getKey()), 1L, Long::sum);
        }
        return sizes.values().stream().mapToLong(PairwiseQuality::pairs).sum();
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
