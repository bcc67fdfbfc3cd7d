package dev.kartoteka.core.duplicate;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One comparison of a {@link MatchRules rule set}: which field, how, how much it counts, from which similarity on it
 * counts at all and whether agreement alone decides a match.
 *
 * <p>The rule's contribution to a score is {@code weight × similarity}, or {@code 0} when the similarity is below
 * {@code threshold} (so that two unrelated names, which Jaro-Winkler still rates about 0.5, add nothing), out of
 * {@code weight × similarity + disagreementWeight × (1 − similarity)}: agreement counts {@code weight}, disagreement
 * {@code disagreementWeight}. The two are equal for fields whose disagreement speaks against a match as much as
 * their agreement speaks for it (names, birth dates, identifiers); a field that one person holds several of, or
 * changes, such as e-mail addresses and phone numbers, disagrees often for one and the same person and gets a smaller
 * disagreement weight. A
 * <em>decisive</em> rule (for identifiers such as PESEL or NIP, compared {@link MatchMethod#EXACT exactly} or
 * {@link MatchMethod#EXACT_OR_TYPO}; equal values decide either way) makes the
 * pair a {@link MatchOutcome#MATCH} when both values are present and agree, unless another decisive rule of the same set
 * disagrees; a decisive rule that disagrees keeps the pair from being a {@code MATCH} (at most
 * {@link MatchOutcome#POSSIBLE_MATCH}, for review). A decisive rule on an identifier typed by hand without a check
 * digit (a custom field, KRS) may compare {@link MatchMethod#EXACT_OR_TYPO}: then two values of four characters or
 * more one keystroke apart are taken for one identifier mistyped, which neither decides nor rules out the pair (it is
 * scored on its other fields), as are two PESELs of one sex with two neighbouring digits swapped under any method.
 *
 * @param field the field compared
 * @param method how the two values are compared
 * @param weight how much the field counts, greater than 0
 * @param threshold the similarity, in {@code [0, 1]}, below which the field counts as a disagreement ({@code 0}; a
 *     method may count a similarity of its own below it, as {@link MatchMethod#PERSON_NAME} does a changed family name)
 * @param decisive whether agreement on this field alone makes a match
 * @param disagreementWeight how much a disagreement on the field counts against the pair, greater than 0 and at most
 *     {@code weight}
 * @param customField the key of the custom field compared, for {@link MatchField#CUSTOM_FIELD} only
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FieldRule(MatchField field, MatchMethod method, double weight, double threshold, boolean decisive,
        double disagreementWeight, Optional<String> customField) {

    /**
     * Creates the rule, checking its components.
     *
     * @param field the field compared
     * @param method how the two values are compared
     * @param weight how much the field counts, finite and greater than 0
     * @param threshold the similarity below which the field counts as {@code 0}, in {@code [0, 1]}
     * @param decisive whether agreement on this field alone makes a match
     * @param disagreementWeight how much a disagreement counts, greater than 0 and at most {@code weight}
     * @param customField the custom field's key, present exactly when {@code field} is {@link MatchField#CUSTOM_FIELD}
     * @throws NullPointerException if {@code field}, {@code method} or {@code customField} is {@code null}
     * @throws IllegalArgumentException if {@code weight} is not finite and positive, {@code threshold} is outside
     *     {@code [0, 1]}, {@code disagreementWeight} is not in {@code (0, weight]}, a decisive rule does not use
     *     {@link MatchMethod#EXACT} or {@link MatchMethod#EXACT_OR_TYPO}, {@code customField} is present for another field than
     *     {@link MatchField#CUSTOM_FIELD} or absent for it, or is not a valid custom-field key
     */
    public FieldRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(method, "method");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and greater than 0: " + weight);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        if (decisive && method != MatchMethod.EXACT && method != MatchMethod.EXACT_OR_TYPO) {
            throw new IllegalArgumentException(
                    "a decisive rule must compare EXACT or EXACT_OR_TYPO, not " + method + " (" + field + ")");
        }
        if (!(disagreementWeight > 0 && disagreementWeight <= weight)) {
            throw new IllegalArgumentException(
                    "disagreementWeight must be in (0, weight=" + weight + "]: " + disagreementWeight);
        }
        Objects.requireNonNull(customField, "customField");
        if (customField.isPresent() != (field == MatchField.CUSTOM_FIELD)) {
            throw new IllegalArgumentException(field == MatchField.CUSTOM_FIELD
                    ? "a CUSTOM_FIELD rule names its custom field (FieldRule.customField(key, ...))"
                    : "only a CUSTOM_FIELD rule names a custom field, not " + field);
        }
        if (customField.isPresent()) {
            try {
                dev.kartoteka.core.field.FieldKey.of(customField.get());
            } catch (dev.kartoteka.core.ValidationException e) {
                throw new IllegalArgumentException("customField is not a custom-field key (lower-case letters, digits "
                        + "and _, e.g. erp_number): " + e.getMessage(), e);
            }
        }
    }

    /**
     * Creates the rule of a built-in field.
     *
     * @param field the field compared
     * @param method how the two values are compared
     * @param weight how much the field counts, finite and greater than 0
     * @param threshold the similarity below which the field counts as {@code 0}, in {@code [0, 1]}
     * @param decisive whether agreement on this field alone makes a match
     * @param disagreementWeight how much a disagreement counts, greater than 0 and at most {@code weight}
     * @throws NullPointerException if {@code field} or {@code method} is {@code null}
     * @throws IllegalArgumentException as the canonical constructor
     */
    public FieldRule(MatchField field, MatchMethod method, double weight, double threshold, boolean decisive,
            double disagreementWeight) {
        this(field, method, weight, threshold, decisive, disagreementWeight, Optional.empty());
    }

    /**
     * Creates a rule comparing a custom field of the parties' own, for identifiers and codes kept there (an ERP's
     * customer number, a national id other than PESEL). Make it decisive with {@link #withDecisive} when a value names
     * one party.
     *
     * @param key the custom field's key
     * @param method how the two values are compared, e.g. {@link MatchMethod#EXACT} or
     *     {@link MatchMethod#EXACT_OR_TYPO}
     * @param weight how much the field counts, finite and greater than 0
     * @return the rule, threshold 0, not decisive, disagreement weight equal to its weight
     * @throws NullPointerException if {@code key} or {@code method} is {@code null}
     * @throws IllegalArgumentException if {@code key} is not a valid custom-field key ({@code FieldKey}) or
     *     {@code weight} is not finite and positive
     * @since 0.1
     */
    public static FieldRule customField(String key, MatchMethod method, double weight) {
        return new FieldRule(MatchField.CUSTOM_FIELD, method, weight, 0, false, weight,
                Optional.of(Objects.requireNonNull(key, "key")));
    }

    /**
     * Creates the rule with a disagreement weight equal to its weight.
     *
     * @param field the field compared
     * @param method how the two values are compared
     * @param weight how much the field counts, finite and greater than 0
     * @param threshold the similarity below which the field counts as {@code 0}, in {@code [0, 1]}
     * @param decisive whether agreement on this field alone makes a match
     * @throws NullPointerException if {@code field} or {@code method} is {@code null}
     * @throws IllegalArgumentException as the canonical constructor
     */
    public FieldRule(MatchField field, MatchMethod method, double weight, double threshold, boolean decisive) {
        this(field, method, weight, threshold, decisive, weight);
    }

    /**
     * Creates a non-decisive rule that counts every similarity (threshold 0).
     *
     * @param field the field compared
     * @param method how the two values are compared
     * @param weight how much the field counts, greater than 0
     * @return the rule
     * @throws NullPointerException if {@code field} or {@code method} is {@code null}
     * @throws IllegalArgumentException if {@code weight} is not finite and positive
     */
    public static FieldRule of(MatchField field, MatchMethod method, double weight) {
        return new FieldRule(field, method, weight, 0, false);
    }

    /**
     * Creates a decisive rule: exact agreement on {@code field} alone makes a match.
     *
     * @param field the field compared, normally an identifier
     * @param weight how much the field counts in the score when no decisive rule decides
     * @return the rule, comparing {@link MatchMethod#EXACT exactly}
     * @throws NullPointerException if {@code field} is {@code null}
     * @throws IllegalArgumentException if {@code weight} is not finite and positive
     */
    public static FieldRule decisive(MatchField field, double weight) {
        return new FieldRule(field, MatchMethod.EXACT, weight, 0, true);
    }

    /**
     * Returns a copy with another threshold.
     *
     * @param newThreshold the similarity below which the field counts as {@code 0}, in {@code [0, 1]}
     * @return the copy
     * @throws IllegalArgumentException if {@code newThreshold} is outside {@code [0, 1]}
     */
    public FieldRule withThreshold(double newThreshold) {
        return new FieldRule(field, method, weight, newThreshold, decisive, disagreementWeight, customField);
    }

    /**
     * Returns a copy that is decisive or not.
     *
     * @param newDecisive whether agreement alone makes a match
     * @return the copy
     * @throws IllegalArgumentException if {@code newDecisive} and the method is neither {@link MatchMethod#EXACT} nor
     *     {@link MatchMethod#EXACT_OR_TYPO}
     */
    public FieldRule withDecisive(boolean newDecisive) {
        return new FieldRule(field, method, weight, threshold, newDecisive, disagreementWeight, customField);
    }

    /**
     * Returns a copy with another disagreement weight.
     *
     * @param newDisagreementWeight how much a disagreement counts, greater than 0 and at most {@link #weight()}
     * @return the copy
     * @throws IllegalArgumentException if {@code newDisagreementWeight} is out of range
     */
    public FieldRule withDisagreementWeight(double newDisagreementWeight) {
        return new FieldRule(field, method, weight, threshold, decisive, newDisagreementWeight, customField);
    }
}
