package dev.kartoteka.segmentation.rule;

import org.apiguardian.api.API;

/**
 * The value of a rule for one subject, in three-valued logic (as in SQL): a comparison with a value the subject does
 * not know (no CLV model fitted, no birth date, an empty field) is {@link #UNKNOWN}, and so is its negation.
 *
 * <table>
 *   <caption>The connectives</caption>
 *   <tr><th>a</th><th>b</th><th>a and b</th><th>a or b</th><th>not a</th></tr>
 *   <tr><td>true</td><td>unknown</td><td>unknown</td><td>true</td><td>false</td></tr>
 *   <tr><td>false</td><td>unknown</td><td>false</td><td>unknown</td><td>true</td></tr>
 *   <tr><td>unknown</td><td>unknown</td><td>unknown</td><td>unknown</td><td>unknown</td></tr>
 * </table>
 *
 * <p>A rule matches a subject ({@link Rule#test(RuleSubject)}) only when it is {@link #TRUE}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Truth {

    /** The rule holds. */
    TRUE,
    /** The rule does not hold. */
    FALSE,
    /** The rule depends on a value the subject does not know. */
    UNKNOWN;

    /**
     * Returns the truth of a boolean.
     *
     * @param value the boolean
     * @return {@link #TRUE} or {@link #FALSE}
     */
    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * Negates, keeping {@link #UNKNOWN} unknown.
     *
     * @return the negation
     */
    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /**
     * Conjunction: false if either is false, else unknown if either is unknown.
     *
     * @param other the other operand
     * @return the conjunction
     */
    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }

    /**
     * Disjunction: true if either is true, else unknown if either is unknown.
     *
     * @param other the other operand
     * @return the disjunction
     */
    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
    }

    /**
     * Returns the word explanations use.
     *
     * @return {@code "true"}, {@code "false"} or {@code "unknown"}
     */
    @Override
    public String toString() {
        return switch (this) {
            case TRUE -> "true";
            case FALSE -> "false";
            case UNKNOWN -> "unknown";
        };
    }
}
