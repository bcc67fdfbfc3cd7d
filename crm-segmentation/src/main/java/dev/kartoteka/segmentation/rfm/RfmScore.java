package dev.kartoteka.segmentation.rfm;

import dev.kartoteka.core.party.PartyId;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One party's RFM scores and segment. Each score runs from 1 (worst) to the number of bins (best): a high
 * {@code r} means a recent last purchase, a high {@code f} many purchases, a high {@code m} a high monetary value.
 *
 * @param partyId the party
 * @param r the recency score, 1..10
 * @param f the frequency score, 1..10
 * @param m the monetary score, 1..10
 * @param segment the name of the party's segment in the {@link RfmSegmentMap} used
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RfmScore(PartyId partyId, int r, int f, int m, String segment) {

    /**
     * Creates the score, checking it.
     *
     * @param partyId the party
     * @param r the recency score
     * @param f the frequency score
     * @param m the monetary score
     * @param segment the segment's name
     * @throws NullPointerException if {@code partyId} or {@code segment} is null
     * @throws IllegalArgumentException if a score is outside 1..10 or the segment's name is blank
     */
    public RfmScore {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(segment, "segment");
        requireScore("r", r);
        requireScore("f", f);
        requireScore("m", m);
        if (segment.isBlank()) {
            throw new IllegalArgumentException("the segment's name must not be blank");
        }
    }

    /**
     * The scores as the usual RFM code: {@code "545"} for r = 5, f = 4, m = 5. With 10 bins a score can have two
     * digits; a code with a 10 in it is written with hyphens, {@code "10-3-7"}, so every code reads back one way.
     *
     * @return the code
     */
    public String code() {
        if (r < 10 && f < 10 && m < 10) {
            return new String(new char[] {(char) ('0' + r), (char) ('0' + f), (char) ('0' + m)});
        }
        return r + "-" + f + "-" + m;
    }

    private static void requireScore(String name, int score) {
        if (score < 1 || score > RfmScoring.MAX_BINS) {
            throw new IllegalArgumentException("the " + name + " score must be 1.." + RfmScoring.MAX_BINS + ", was "
                    + score);
        }
    }
}
