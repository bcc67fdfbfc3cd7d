package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.Party;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Finds the indexed parties a party may duplicate: {@link DuplicateIndex} (a snapshot for batch scans) and
 * {@link LiveDuplicateIndex} (following a registry's writes).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface DuplicateLookup {

    /**
     * Scores the indexed parties that share a blocking key with {@code candidate}, with the rules of its kind.
     *
     * @param candidate a new or changed party
     * @return the matches and possible matches, {@link MatchResult#BEST_FIRST best first}; {@code left} is the
     *     candidate; the party itself (same id) is left out
     * @throws NullPointerException if {@code candidate} is {@code null}
     */
    List<MatchResult> findDuplicates(Party candidate);
}
