package dev.kartoteka.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link Money}, the value type of {@link FieldType#MONEY} fields. (They live with the field tests because
 * the money package has no test tree of its own in this change.)
 */
class MoneyTests {

    private static final Currency PLN = Currency.getInstance("PLN");

    @Test
    void createsAnAmountInACurrency() {
        Money m = Money.of("1234.50", "PLN");

        assertThat(m.amount()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(m.currency()).isEqualTo(PLN);
        assertThat(Money.of(new BigDecimal("10"), "EUR").currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void keepsTheScaleItWasGivenWith() {
        assertThat(Money.of("10.0", "PLN").amount().scale()).isEqualTo(1);
        assertThat(Money.of("10.00", "PLN").amount().scale()).isEqualTo(2);
        assertThat(Money.of("10", "PLN").toString()).isEqualTo("10 PLN");
    }

    @Test
    void writesAmountSpaceCodeAndParsesItBack() {
        Money m = Money.of("1234.50", "PLN");

        assertThat(m.toString()).isEqualTo("1234.50 PLN");
        assertThat(Money.parse("1234.50 PLN")).isEqualTo(m);
        assertThat(Money.parse("  -7.25   EUR ")).isEqualTo(Money.of("-7.25", "EUR"));
        assertThat(Money.parse(Money.of("0.01", "USD").toString())).isEqualTo(Money.of("0.01", "USD"));
    }

    @Test
    void readsTheCurrencyCodeInAnyCase() {
        assertThat(Money.of("1", "pln")).isEqualTo(Money.of("1", "PLN"));
    }

    @Test
    void comparesAmountsNumericallyForEquality() {
        Money ten = Money.of("10.0", "PLN");
        Money tenAgain = Money.of("10.00", "PLN");

        assertThat(ten).isEqualTo(tenAgain).hasSameHashCodeAs(tenAgain);
        assertThat(Money.of("0", "PLN")).isEqualTo(Money.of("0.00", "PLN")).hasSameHashCodeAs(Money.of("0.00", "PLN"));
        assertThat(ten).isNotEqualTo(Money.of("10.01", "PLN"));
        assertThat(ten).isNotEqualTo(Money.of("10.00", "EUR"));
    }

    @Test
    void ordersAmountsOfOneCurrencyAndRefusesToCompareCurrencies() {
        assertThat(Money.of("9.99", "PLN")).isLessThan(Money.of("10", "PLN"));
        assertThat(Money.of("10.0", "PLN").compareTo(Money.of("10", "PLN"))).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "PLN").compareTo(Money.of("1", "EUR")))
                .withMessageContaining("PLN").withMessageContaining("EUR");
    }

    @Test
    void refusesMoreDecimalPlacesThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of("10.001", "PLN")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("money.amount");
                    assertThat(v.expected()).contains("2").contains("PLN");
                }));
        assertThatThrownBy(() -> Money.of("100.5", "JPY")).isInstanceOf(ValidationException.class);
        assertThat(Money.of("100", "JPY").amount()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void acceptsTrailingZerosBeyondTheCurrencyScale() {
        assertThat(Money.of("10.000", "PLN")).isEqualTo(Money.of("10", "PLN"));
        assertThat(Money.of("100.0", "JPY")).isEqualTo(Money.of("100", "JPY"));
    }

    @Test
    void refusesTextThatIsNotAnAmountOrACurrency() {
        assertThatThrownBy(() -> Money.of("dużo", "PLN")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).path()).isEqualTo("money.amount"));
        assertThatThrownBy(() -> Money.of("1", "ZZZ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).path()).isEqualTo("money.currency"));
        assertThatThrownBy(() -> Money.parse("1234.50")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Money.parse("1234.50 PLN EUR")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Money.parse("PLN")).isInstanceOf(ValidationException.class);
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> new Money(null, PLN));
        assertThatNullPointerException().isThrownBy(() -> new Money(BigDecimal.ONE, null));
        assertThatNullPointerException().isThrownBy(() -> Money.of((String) null, "PLN"));
        assertThatNullPointerException().isThrownBy(() -> Money.of("1", null));
        assertThatNullPointerException().isThrownBy(() -> Money.parse(null));
    }
}
