package dev.kartoteka.core.money;

import dev.kartoteka.core.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An amount of money in a currency, e.g. {@code 1234.50 PLN}. The amount keeps the scale it was given with; equality
 * compares the amount numerically ({@code 10.0 PLN} equals {@code 10.00 PLN}) and the currency exactly.
 *
 * @param amount the amount; at most as many decimal places as the currency has minor units (2 for PLN, 0 for JPY)
 * @param currency the ISO 4217 currency
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * Creates an amount, checking its scale.
     *
     * @param amount the amount
     * @param currency the currency
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the amount has more decimal places than the currency allows
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw ValidationException.ofPublicValue("money.amount", amount.toPlainString(),
                    "at most " + digits + " decimal places for " + currency.getCurrencyCode());
        }
    }

    /**
     * Creates an amount.
     *
     * @param amount the amount as text, e.g. {@code "1234.50"}
     * @param currencyCode the ISO 4217 code, e.g. {@code "PLN"}
     * @return the money
     * @throws ValidationException if the amount is not a number, the code is not a currency, or the scale is too big
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    /**
     * Creates an amount.
     *
     * @param amount the amount
     * @param currencyCode the ISO 4217 code, e.g. {@code "PLN"}
     * @return the money
     * @throws ValidationException if the code is not a currency or the scale is too big
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /**
     * Parses the form {@link #toString()} writes: {@code "1234.50 PLN"}.
     *
     * @param text the amount, a space, the currency code
     * @return the money
     * @throws ValidationException if the text is not of that form
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw ValidationException.ofPublicValue("money", text, "an amount and an ISO 4217 code, e.g. 1234.50 PLN");
        }
        return of(parts[0], parts[1]);
    }

    private static BigDecimal parseAmount(String amount) {
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.ofPublicValue("money.amount", amount, "a decimal number such as 1234.50");
        }
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.ofPublicValue("money.currency", code, "an ISO 4217 currency code such as PLN");
        }
    }

    /**
     * Compares amounts of the same currency.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
        }
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    /** @return e.g. {@code "1234.50 PLN"} */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
