package dev.kartoteka.segmentation.rule;

import org.apiguardian.api.API;

/**
 * A comparison operator of a {@link Rule.Comparison}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Operator {

    /** Equal: {@code =}; text compares ignoring case; a multi-valued field is equal if any of its values is. */
    EQUAL("="),
    /** Not equal: {@code !=}; the negation of {@link #EQUAL} for a known value. */
    NOT_EQUAL("!="),
    /** Less than: {@code <}; numbers, amounts and dates. */
    LESS("<"),
    /** Less than or equal: {@code <=}; numbers, amounts and dates. */
    LESS_OR_EQUAL("<="),
    /** Greater than: {@code >}; numbers, amounts and dates. */
    GREATER(">"),
    /** Greater than or equal: {@code >=}; numbers, amounts and dates. */
    GREATER_OR_EQUAL(">="),
    /** Equal to one of a list: {@code in ["IT", "retail"]}; the literal is a {@link Literal.ListOf}. */
    IN("in"),
    /** Text starting with a prefix, ignoring case: {@code postalCode startsWith "02-"}. */
    STARTS_WITH("startsWith");

    private final String text;

    Operator(String text) {
        this.text = text;
    }

    /**
     * Returns the operator as written in the rule language.
     *
     * @return e.g. {@code ">="} or {@code "startsWith"}
     */
    public String text() {
        return text;
    }

    /**
     * Tells whether this operator orders values ({@code <}, {@code <=}, {@code >}, {@code >=}).
     *
     * @return {@code true} for the four ordering operators
     */
    public boolean isOrdering() {
        return this == LESS || this == LESS_OR_EQUAL || this == GREATER || this == GREATER_OR_EQUAL;
    }

    /**
     * Applies an equality or ordering operator to the result of a three-way comparison.
     *
     * @param comparison negative, zero or positive, as from {@link Comparable#compareTo}
     * @return whether the operator holds
     * @throws IllegalStateException for {@link #IN} and {@link #STARTS_WITH}
     */
    boolean holds(int comparison) {
        return switch (this) {
            case EQUAL -> comparison == 0;
            case NOT_EQUAL -> comparison != 0;
            case LESS -> comparison < 0;
            case LESS_OR_EQUAL -> comparison <= 0;
            case GREATER -> comparison > 0;
            case GREATER_OR_EQUAL -> comparison >= 0;
            case IN, STARTS_WITH -> throw new IllegalStateException(text + " is not a three-way comparison");
        };
    }

    /**
     * Returns the operator as written.
     *
     * @return the same as {@link #text()}
     */
    @Override
    public String toString() {
        return text;
    }
}
