package dev.kartoteka.core.duplicate;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The figures of one {@linkplain DuplicateIndex#scan scan}.
 *
 * @param parties how many parties the index holds
 * @param blocks how many blocking keys are shared by at least two parties
 * @param oversizedBlocks how many of those were skipped for holding more than the detector's maximum block size
 * @param candidatePairs how many distinct pairs were scored (each pair once, however many keys it shares)
 * @param matches how many pairs scored {@link MatchOutcome#MATCH} and were clustered (not those
 *     {@linkplain ScanResult#heldApart() held apart})
 * @param possibleMatches how many pairs scored {@link MatchOutcome#POSSIBLE_MATCH}, plus the matches held apart
 * @param clusters how many clusters (of two parties or more) the matches form
 * @param indexTime how long building the index took (reading and folding the parties, computing and sorting keys)
 * @param scanTime how long scoring the pairs and clustering took
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScanStatistics(long parties, long blocks, long oversizedBlocks, long candidatePairs, long matches,
        long possibleMatches, long clusters, Duration indexTime, Duration scanTime) {

    /**
     * Creates the figures, checking them.
     *
     * @param parties how many parties the index holds
     * @param blocks how many shared blocking keys
     * @param oversizedBlocks how many blocks were skipped
     * @param candidatePairs how many pairs were scored
     * @param matches how many matches
     * @param possibleMatches how many possible matches
     * @param clusters how many clusters
     * @param indexTime how long the index took
     * @param scanTime how long the scan took
     * @throws NullPointerException if a duration is {@code null}
     * @throws IllegalArgumentException if a count is negative
     */
    public ScanStatistics {
        Objects.requireNonNull(indexTime, "indexTime");
        Objects.requireNonNull(scanTime, "scanTime");
        if (parties < 0 || blocks < 0 || oversizedBlocks < 0 || candidatePairs < 0 || matches < 0
                || possibleMatches < 0 || clusters < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * @return the index time plus the scan time
     */
    public Duration wallTime() {
        return indexTime.plus(scanTime);
    }
}
