package dev.kartoteka.core.merge;

import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a merge did ({@code ClientRegistry.merge}); the same parts as the {@link MergePreview} of the request.
 *
 * @param survivor the survivor as stored, as the actor may see it
 * @param merged the parties that became tombstones, in the request's order
 * @param decisions the value each field got, its source and rule
 * @param notSurviving every value the survivor does not hold; each is in the audit trail
 * @param historyEntries how many interactions and transactions moved to the survivor
 * @param consentEvents how many consent events moved to the survivor
 * @param conservativeWithdrawals the withdrawals recorded on the survivor so that a withdrawal on either side wins
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MergeResult(Party survivor, List<PartyId> merged, List<MergePreview.Decision> decisions,
                          List<MergePreview.NotSurviving> notSurviving, int historyEntries, int consentEvents,
                          List<ConsentEvent> conservativeWithdrawals) {

    /**
     * Creates the record, copying the lists.
     *
     * @param survivor see the record description
     * @param merged see the record description
     * @param decisions see the record description
     * @param notSurviving see the record description
     * @param historyEntries see the record description
     * @param consentEvents see the record description
     * @param conservativeWithdrawals see the record description
     * @throws NullPointerException if an argument is {@code null}
     */
    public MergeResult {
        Objects.requireNonNull(survivor, "survivor");
        merged = List.copyOf(merged);
        decisions = List.copyOf(decisions);
        notSurviving = List.copyOf(notSurviving);
        conservativeWithdrawals = List.copyOf(conservativeWithdrawals);
    }
}
