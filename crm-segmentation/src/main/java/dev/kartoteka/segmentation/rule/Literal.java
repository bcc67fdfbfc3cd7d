package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The right side of a {@link Rule.Comparison}: a number (optionally with a currency), a text, a boolean, a date, or a
 * list of one of these for {@link Operator#IN}. Its {@code toString()} writes it as in the rule language.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Literal permits Literal.Numeric, Literal.Text, Literal.Bool, Literal.Date, Literal.ListOf {

    /**
     * A number, e.g. {@code 12} or {@code 0.8}, or an amount of money, e.g. {@code 50000 PLN}. Equality compares the
     * amount numerically ({@code 12} equals {@code 12.0}) and the currency exactly.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    final class Numeric implements Literal {

        private final BigDecimal amount;
        private final Optional<Currency> currency;
        private final double doubleValue;

        private Numeric(BigDecimal amount, Optional<Currency> currency) {
            this.amount = Objects.requireNonNull(amount, "amount");
            this.currency = Objects.requireNonNull(currency, "currency");
            this.doubleValue = amount.doubleValue();
        }

        /**
         * A plain number.
         *
         * @param amount the number
         * @return the literal
         * @throws NullPointerException if {@code amount} is {@code null}
         */
        public static Numeric of(BigDecimal amount) {
            return new Numeric(amount, Optional.empty());
        }

        /**
         * An amount of money.
         *
         * @param amount the amount
         * @param currency the currency
         * @return the literal
         * @throws NullPointerException if an argument is {@code null}
         */
        public static Numeric of(BigDecimal amount, Currency currency) {
            return new Numeric(amount, Optional.of(Objects.requireNonNull(currency, "currency")));
        }

        /**
         * An amount of money.
         *
         * @param money the amount
         * @return the literal
         * @throws NullPointerException if {@code money} is {@code null}
         */
        public static Numeric of(Money money) {
            Objects.requireNonNull(money, "money");
            return of(money.amount(), money.currency());
        }

        /** @return the number, with the scale it was written with */
        public BigDecimal amount() {
            return amount;
        }

        /** @return the currency, or empty for a plain number */
        public Optional<Currency> currency() {
            return currency;
        }

        /** @return the number as a {@code double}, computed once */
        public double doubleValue() {
            return doubleValue;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Numeric n && amount.compareTo(n.amount) == 0 && currency.equals(n.currency);
        }

        @Override
        public int hashCode() {
            return 31 * currency.hashCode() + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
        }

        /** @return e.g. {@code "50000.50 PLN"} or {@code "12"} */
        @Override
        public String toString() {
            String number = amount.toPlainString();
            return currency.map(c -> number + " " + c.getCurrencyCode()).orElse(number);
        }
    }

    /**
     * A text, e.g. {@code "Mokotów"}; written in double quotes with {@code \"} and {@code \\} escaped.
     *
     * @param value the text
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Text(String value) implements Literal {

        /**
         * Creates the literal.
         *
         * @param value the text
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        /** @return the text in double quotes, escaped */
        @Override
        public String toString() {
            return Syntax.quote(value);
        }
    }

    /**
     * {@code true} or {@code false}, for boolean custom fields.
     *
     * @param value the boolean
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Bool(boolean value) implements Literal {

        /** @return {@code "true"} or {@code "false"} */
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * A date, e.g. {@code date("2026-01-31")}, for date custom fields.
     *
     * @param value the date, in the years 1 to 9999
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Date(LocalDate value) implements Literal {

        /**
         * Creates the literal.
         *
         * @param value the date
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if the year is not between 1 and 9999
         */
        public Date {
            Objects.requireNonNull(value, "value");
            if (value.getYear() < 1 || value.getYear() > 9999) {
                throw new IllegalArgumentException("date must be in the years 1 to 9999, was " + value);
            }
        }

        /** @return e.g. {@code "date(\"2026-01-31\")"} */
        @Override
        public String toString() {
            return "date(\"" + value + "\")";
        }
    }

    /**
     * A non-empty list of literals of one kind (all numbers, all texts, …), for {@link Operator#IN}:
     * {@code ["IT", "retail"]}.
     *
     * @param items the items; not empty, no lists, all of the same kind
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record ListOf(List<Literal> items) implements Literal {

        /**
         * Creates the literal, copying the items.
         *
         * @param items the items
         * @throws NullPointerException if {@code items} or an item is {@code null}
         * @throws IllegalArgumentException if the list is empty, holds a list, or mixes kinds
         */
        public ListOf {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a list literal needs at least one item");
            }
            Class<?> kind = items.get(0).getClass();
            for (Literal item : items) {
                if (item instanceof ListOf) {
                    throw new IllegalArgumentException("a list literal cannot hold a list");
                }
                if (item.getClass() != kind) {
                    throw new IllegalArgumentException("list items must be of one kind, was " + items);
                }
            }
        }

        /** @return e.g. {@code "[\"IT\", \"retail\"]"} */
        @Override
        public String toString() {
            return items.stream().map(Literal::toString).collect(Collectors.joining(", ", "[", "]"));
        }
    }
}
