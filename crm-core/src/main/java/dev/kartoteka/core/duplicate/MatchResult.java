package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.PartyId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of comparing two parties: the {@link MatchOutcome outcome}, the score in {@code [0, 1]} and the
 * explanation, field by field.
 *
 * @param left the first party's id
 * @param right the second party's id
 * @param outcome what the comparison concludes
 * @param score the score, in {@code [0, 1]}; {@code 1} when a decisive identifier decided
 * @param decidedBy the decisive field whose agreement made the match, if one did
 * @param explanation one line per rule of the rule set, in the rule set's order; values masked in {@code toString}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MatchResult(PartyId left, PartyId right, MatchOutcome outcome, double score,
        Optional<MatchField> decidedBy, List<FieldComparison> explanation) {

    /**
     * Orders results best first: higher score first, then {@code MATCH} before {@code POSSIBLE_MATCH} before
     * {@code NO_MATCH}, then by the ids, so the order is total and repeatable.
     */
    public static final Comparator<MatchResult> BEST_FIRST = Comparator.comparingDouble(MatchResult::score).reversed()
            .thenComparing(MatchResult::outcome)
            .thenComparing(MatchResult::left)
            .thenComparing(MatchResult::right);

    /**
     * Creates the result, checking its components.
     *
     * @param left the first party's id
     * @param right the second party's id
     * @param outcome the outcome
     * @param score the score, in {@code [0, 1]}
     * @param decidedBy the deciding field, if any
     * @param explanation the comparisons
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code score} is outside {@code [0, 1]}
     */
    public MatchResult {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedBy, "decidedBy");
        explanation = List.copyOf(Objects.requireNonNull(explanation, "explanation"));
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }

    /**
     * Tells whether the outcome is {@link MatchOutcome#MATCH}.
     *
     * @return {@code true} for a match
     */
    public boolean isMatch() {
        return outcome == MatchOutcome.MATCH;
    }

    /**
     * Shows the ids, the outcome, the score and the explanation with masked values.
     *
     * @return the text, without personal data in clear
     */
    @Override
    public String toString() {
        return "MatchResult[" + left + " ~ " + right + ", " + outcome
                + String.format(java.util.Locale.ROOT, ", score=%.3f", score)
                + decidedBy.map(f -> ", decided by " + f).orElse("") + ", " + explanation + "]";
    }
}
