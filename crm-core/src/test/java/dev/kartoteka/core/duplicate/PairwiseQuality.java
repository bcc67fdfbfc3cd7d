package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.PartyId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise precision, recall and F1 of predicted clusters against the truth: a pair of records is a true pair if they
 * describe the same entity, a predicted pair if they are in the same cluster.
 *
 * @param truePairs pairs of records of the same entity
 * @param predictedPairs pairs of records in the same predicted cluster
 * @param correctPairs predicted pairs that are true pairs
 */
public record PairwiseQuality(long truePairs, long predictedPairs, long correctPairs) {

    /**
     * Measures predicted clusters.
     *
     * @param entityOf the truth: the entity of each record's id
     * @param clusters the predicted clusters
     * @return the counts
     */
    public static PairwiseQuality of(Map<PartyId, Integer> entityOf, List<List<PartyId>> clusters) {
        Map<Integer, Long> sizes = new HashMap<>();
        entityOf.values().forEach(e -> sizes.merge(e, 1L, Long::sum));
        long truePairs = sizes.values().stream().mapToLong(PairwiseQuality::pairs).sum();
        long predicted = 0;
        long correct = 0;
        for (List<PartyId> cluster : clusters) {
            predicted += pairs(cluster.size());
            Map<Integer, Long> byEntity = new HashMap<>();
            for (PartyId id : cluster) {
                byEntity.merge(Objects.requireNonNull(entityOf.get(id), "unknown id"), 1L, Long::sum);
            }
            correct += byEntity.values().stream().mapToLong(PairwiseQuality::pairs).sum();
        }
        return new PairwiseQuality(truePairs, predicted, correct);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    /**
     * @return correct / predicted (1 if nothing was predicted)
     */
    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    /**
     * @return correct / true (1 if there are no true pairs)
     */
    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    /**
     * @return the harmonic mean of precision and recall
     */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "precision %.4f, recall %.4f, F1 %.4f (true pairs %d, predicted %d, correct %d)",
                precision(), recall(), f1(), truePairs, predictedPairs, correctPairs);
    }
}
