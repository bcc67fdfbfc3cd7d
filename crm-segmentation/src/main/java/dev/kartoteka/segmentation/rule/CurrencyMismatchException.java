package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.KartotekaException;
import java.util.Currency;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule compares a money metric with an amount in another currency than the subject's money metrics are in, e.g.
 * {@code revenue(365d) >= 50000 EUR} for a registry that keeps revenue in PLN. A rule with a bare number
 * ({@code revenue(365d) >= 50000}) never has this problem. Thrown when such a clause is evaluated, and by
 * {@link Rule#validateFor(java.util.Currency)} when a rule is loaded.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class CurrencyMismatchException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The clause, as rule text. */
    private final String clause;
    /** The currency of the rule's amount. */
    private final Currency ruleCurrency;
    /** The currency of the subject's money metrics. */
    private final Currency subjectCurrency;

    /**
     * Creates the exception.
     *
     * @param clause the clause as rule text, e.g. {@code revenue(365d) >= 50000 EUR}
     * @param ruleCurrency the currency of the rule's amount
     * @param subjectCurrency the currency of the subject's money metrics
     * @throws NullPointerException if an argument is {@code null}
     */
    public CurrencyMismatchException(String clause, Currency ruleCurrency, Currency subjectCurrency) {
        super("Rule clause " + Objects.requireNonNull(clause, "clause") + " compares an amount in "
                + Objects.requireNonNull(ruleCurrency, "ruleCurrency").getCurrencyCode()
                + ", but the money metrics are in "
                + Objects.requireNonNull(subjectCurrency, "subjectCurrency").getCurrencyCode()
                + ": write the amount in " + subjectCurrency.getCurrencyCode() + " or without a currency");
        this.clause = clause;
        this.ruleCurrency = ruleCurrency;
        this.subjectCurrency = subjectCurrency;
    }

    /** @return the clause, as rule text */
    public String clause() {
        return clause;
    }

    /** @return the currency of the rule's amount */
    public Currency ruleCurrency() {
        return ruleCurrency;
    }

    /** @return the currency of the subject's money metrics */
    public Currency subjectCurrency() {
        return subjectCurrency;
    }
}
