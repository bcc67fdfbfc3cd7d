package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.PartyId;
import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.apiguardian.api.API;

/**
 * What a {@linkplain DuplicateIndex#scan scan} found: clusters of matching parties, the matching pairs and the pairs
 * left for review, and the {@linkplain ScanStatistics figures}.
 *
 * <p>The pair lists explain each pair when it is read (the pairs are kept compactly, the explanations are computed on
 * {@code get}), so a scan of a million parties does not hold a million explanations; the result therefore keeps its
 * index reachable. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScanResult {

    private final DuplicateIndex index;
    private final List<List<PartyId>> clusters;
    private final int[] matchLeft;
    private final int[] matchRight;
    private final int[] possibleLeft;
    private final int[] possibleRight;
    /** Which possible matches the rules call matches, held apart (indexes into the possible-match arrays). */
    private final BitSet heldApart;
    private final ScanStatistics statistics;

    ScanResult(DuplicateIndex index, List<List<PartyId>> clusters, int[] matchLeft, int[] matchRight,
            int[] possibleLeft, int[] possibleRight, BitSet heldApart, ScanStatistics statistics) {
        this.index = index;
        this.clusters = clusters;
        this.matchLeft = matchLeft;
        this.matchRight = matchRight;
        this.possibleLeft = possibleLeft;
        this.possibleRight = possibleRight;
        this.heldApart = heldApart;
        this.statistics = Objects.requireNonNull(statistics, "statistics");
    }

    /**
     * Returns the clusters: the connected components of the {@link MatchOutcome#MATCH} pairs, each of two parties or
     * more. Each cluster lists its parties in the order the index read them; the clusters are ordered by their first
     * party.
     *
     * @return the clusters; parties without a match are in none
     */
    public List<List<PartyId>> clusters() {
        return clusters;
    }

    /**
     * Returns the pairs that scored {@link MatchOutcome#MATCH}, ordered by the index's reading order of their left,
     * then right party (left read first).
     *
     * @return the matching pairs, each explained when read
     */
    public List<MatchResult> matches() {
        return new Pairs(matchLeft, matchRight, new BitSet());
    }

    /**
     * Returns the pairs that scored {@link MatchOutcome#POSSIBLE_MATCH}, and the matches {@linkplain #heldApart()
     * held apart}: to be reviewed by a person. Ordered as {@link #matches()}.
     *
     * @return the pairs to review, each explained when read
     */
    public List<MatchResult> possibleMatches() {
        return new Pairs(possibleLeft, possibleRight, heldApart);
    }

    /**
     * Returns the pairs the rules call a {@link MatchOutcome#MATCH} that the scan holds for review instead, because
     * they would put two parties that cannot be one into a cluster: two PESELs, NIPs or REGONs (identifiers whose check
     * digit catches typos; not KRS numbers nor custom fields), birth dates three typing errors apart or more, a woman
     * and a man, two company names holding two owners' given names (two sole traders of one family; a bare trade name
     * that matches both joins one). A record without a birth date that matches both a
     * father and his son of the same name at one address joins the one it matches better (the higher score) and is
     * held for review with the other; if it matches both equally well (the same score), it joins neither. Parties that
     * share a decisive identifier (one PESEL, one NIP) contradict only if one is a woman and the other a man. Each of
     * these pairs is also in {@link #possibleMatches()}, with the outcome {@link MatchOutcome#POSSIBLE_MATCH} and the
     * rules' score and explanation (and {@code decidedBy} if an identifier decided it). Components of more than 1,000
     * parties are not checked (the check compares every two of them).
     *
     * @return the matches held apart, ordered as {@link #matches()}
     */
    public List<MatchResult> heldApart() {
        int[] left = heldApart.stream().map(k -> possibleLeft[k]).toArray();
        int[] right = heldApart.stream().map(k -> possibleRight[k]).toArray();
        BitSet all = new BitSet(left.length);
        all.set(0, left.length);
        return new Pairs(left, right, all);
    }

    /** The ids of the parties the scan's index holds, in its reading order, for {@link PairwiseQuality}. */
    List<PartyId> partyIds() {
        return java.util.stream.IntStream.range(0, index.size()).mapToObj(index::idAt).toList();
    }

    /**
     * The connected components of the matches and the pairs left for review together (as if a reviewer confirmed
     * every one), for {@link PairwiseQuality}; computed on each call.
     */
    List<List<PartyId>> clustersWithPossibleMatches() {
        int[] left = java.util.Arrays.copyOf(matchLeft, matchLeft.length + possibleLeft.length);
        int[] right = java.util.Arrays.copyOf(matchRight, matchRight.length + possibleRight.length);
        System.arraycopy(possibleLeft, 0, left, matchLeft.length, possibleLeft.length);
        System.arraycopy(possibleRight, 0, right, matchRight.length, possibleRight.length);
        return Clusters.of(index.size(), left, right, index::idAt);
    }

    /**
     * @return the scan's figures
     */
    public ScanStatistics statistics() {
        return statistics;
    }

    /** Shows the figures only. */
    @Override
    public String toString() {
        return "ScanResult[" + statistics + "]";
    }

    private final class Pairs extends AbstractList<MatchResult> implements RandomAccess {
        private final int[] left;
        private final int[] right;
        private final BitSet held;

        Pairs(int[] left, int[] right, BitSet held) {
            this.left = left;
            this.right = right;
            this.held = held;
        }

        @Override
        public MatchResult get(int i) {
            Objects.checkIndex(i, left.length);
            MatchResult r = index.explain(left[i], right[i]);
            return held.get(i) ? new MatchResult(r.left(), r.right(), MatchOutcome.POSSIBLE_MATCH, r.score(),
                    r.decidedBy(), r.explanation()) : r;
        }

        @Override
        public int size() {
            return left.length;
        }
    }
}
