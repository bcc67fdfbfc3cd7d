package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.internal.Mask;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One line of a {@link MatchResult}'s explanation: how one {@link FieldRule} compared the two parties.
 *
 * <p>The values are the folded forms that were compared (for a field held several times, the best pair). They are
 * personal data: {@link #toString()} masks them.
 *
 * @param rule the rule applied
 * @param left the left party's folded value; empty if it has none
 * @param right the right party's folded value; empty if it has none
 * @param similarity the similarity of the values, in {@code [0, 1]}; {@code 0} when not compared
 * @param contribution what the field added to the score's numerator (the agreement): {@code weight × similarity}, or
 *     {@code 0} below the rule's threshold (unless the method counts that similarity anyway, as
 *     {@link MatchMethod#PERSON_NAME} does a changed family name and {@link MatchMethod#TOKEN_SET} a company name
 *     held in a longer one) or when not compared; {@code weight × 0.75} for a birth date or phone one keystroke off
 *     beside a rare name (see {@link MatchRules#defaultsForPersons()})
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FieldComparison(FieldRule rule, Optional<String> left, Optional<String> right, double similarity,
        double contribution) {

    /**
     * Creates the line, checking its components.
     *
     * @param rule the rule applied
     * @param left the left party's folded value
     * @param right the right party's folded value
     * @param similarity the similarity, in {@code [0, 1]}
     * @param contribution what the field added to the score's numerator
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code similarity} is outside {@code [0, 1]}
     */
    public FieldComparison {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
        }
    }

    /**
     * @return the field compared
     */
    public MatchField field() {
        return rule.field();
    }

    /**
     * Tells whether the field was compared: both parties hold it. A field that is not compared neither helps nor
     * hurts the score.
     *
     * @return {@code true} if both values are present
     */
    public boolean compared() {
        return left.isPresent() && right.isPresent();
    }

    /**
     * Tells whether the field agrees: compared, and counted for the pair ({@link #contribution()} above {@code 0}: at
     * least the rule's threshold, or a similarity the method counts anyway).
     *
     * @return {@code true} if the field speaks for a match
     */
    public boolean agrees() {
        return compared() && contribution > 0;
    }

    /** Shows the field, the masked values, the similarity and the weight; never a value in clear. */
    @Override
    public String toString() {
        return rule.field() + rule.customField().map(k -> "(" + k + ")").orElse("") + " " + rule.method() + ": "
                + left.map(Mask::mask).orElse("∅") + " ~ "
                + right.map(Mask::mask).orElse("∅") + (compared()
                        ? String.format(java.util.Locale.ROOT, " = %.3f × %.1f", similarity, rule.weight())
                                + (contribution > 0 && Math.abs(contribution - similarity * rule.weight()) > 1e-9
                                        ? String.format(java.util.Locale.ROOT, ", counted %.2f", contribution) : "")
                        : " (missing, skipped)");
    }
}
