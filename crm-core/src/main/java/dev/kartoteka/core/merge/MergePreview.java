package dev.kartoteka.core.merge;

import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.internal.Mask;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a merge would do, computed without writing anything ({@code ClientRegistry.previewMerge}); a merge of the same
 * request on the same stored state does exactly this ({@link MergeResult} has the same parts).
 *
 * @param survivor the survivor as it would be stored (next version), as the actor may see it
 * @param merged the parties that would become tombstones, in the request's order
 * @param decisions one per single-valued field any party holds, and one for {@code "contactPoints"} per contact
 *     point held by several parties: the value chosen, where it came from and by which rule
 * @param notSurviving every value of every party (survivor included) that the survivor would not hold — it stays
 *     readable in the audit trail after the merge
 * @param historyEntries how many interactions and transactions would move to the survivor
 * @param consentEvents how many consent events would move to the survivor
 * @param conservativeWithdrawals the withdrawals the survivor would get so that a withdrawal on either side wins
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MergePreview(Party survivor, List<PartyId> merged, List<Decision> decisions,
                           List<NotSurviving> notSurviving, int historyEntries, int consentEvents,
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
    public MergePreview {
        Objects.requireNonNull(survivor, "survivor");
        merged = List.copyOf(merged);
        decisions = List.copyOf(decisions);
        notSurviving = List.copyOf(notSurviving);
        conservativeWithdrawals = List.copyOf(conservativeWithdrawals);
    }

    /**
     * The value a field gets.
     *
     * @param field the field, as in the audit trail ({@code "nip"}, {@code "customFields.segment"},
     *     {@code "contactPoints"})
     * @param value the chosen value as the audit trail writes it; empty if no party holds one
     * @param source the party it came from; empty for a manual value
     * @param rule the rule that chose it
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Decision(String field, Optional<String> value, Optional<PartyId> source, Survivorship rule) {
        /**
         * Creates the decision.
         *
         * @param field the field
         * @param value the chosen value
         * @param source the party it came from
         * @param rule the rule that chose it
         * @throws NullPointerException if an argument is {@code null}
         */
        public Decision {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(rule, "rule");
        }

        /** Shows the value masked: it may be personal data. */
        @Override
        public String toString() {
            return field + " = " + value.map(Mask::mask).orElse("∅") + " from " + source.map(Object::toString)
                    .orElse("(manual)") + " by " + rule.getClass().getSimpleName();
        }
    }

    /**
     * A value the survivor does not keep.
     *
     * @param party the party that held it
     * @param field where it held it, as in the audit trail
     * @param value the value as the audit trail writes it
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record NotSurviving(PartyId party, String field, String value) {
        /**
         * Creates the entry.
         *
         * @param party the party that held the value
         * @param field where it held it
         * @param value the value
         * @throws NullPointerException if an argument is {@code null}
         */
        public NotSurviving {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        /** Shows the value masked: it may be personal data. */
        @Override
        public String toString() {
            return party + "." + field + " = " + Mask.mask(value);
        }
    }
}
