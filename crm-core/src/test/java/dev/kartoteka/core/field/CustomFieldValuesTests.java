package dev.kartoteka.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomFieldValuesTests {

    private final CustomFieldValues values = CustomFieldValues.of(Map.of(
            "warehouse_m2", 1200L,
            "storage_strategy", "fifo",
            "paper_formats", Set.of("a3", "a4"),
            "budget", Money.of("25000.00", "PLN"),
            "next_visit", LocalDate.of(2026, 12, 1),
            "discount", new BigDecimal("7.5")));

    @Test
    void emptyHoldsNoValues() {
        assertThat(CustomFieldValues.empty().isEmpty()).isTrue();
        assertThat(CustomFieldValues.empty().size()).isZero();
        assertThat(CustomFieldValues.empty().keys()).isEmpty();
        assertThat(CustomFieldValues.of(Map.of())).isEqualTo(CustomFieldValues.empty());
    }

    @Test
    void readsAValueWithItsJavaType() {
        assertThat(values.get("warehouse_m2", Long.class)).contains(1200L);
        assertThat(values.get("storage_strategy", String.class)).contains("fifo");
        assertThat(values.get("paper_formats", Set.class)).contains(Set.of("a4", "a3"));
        assertThat(values.get("budget", Money.class)).contains(Money.of("25000", "PLN"));
        assertThat(values.get("next_visit", LocalDate.class)).contains(LocalDate.of(2026, 12, 1));
        assertThat(values.get("discount", BigDecimal.class)).contains(new BigDecimal("7.5"));
        assertThat(values.get("discount", Number.class)).contains(new BigDecimal("7.5"));
        assertThat(values.get("budget")).contains(Money.of("25000", "PLN"));
    }

    @Test
    void readsAnIntegerFieldsLongAsIntegerWhenItFits() {
        assertThat(values.get("warehouse_m2", Integer.class)).contains(1200);
        assertThat(CustomFieldValues.of(Map.of("n", (long) Integer.MIN_VALUE)).get("n", Integer.class))
                .contains(Integer.MIN_VALUE);
    }

    @Test
    void refusesToReadALongBeyondTheIntegerRangeAsInteger() {
        CustomFieldValues big = CustomFieldValues.of(Map.of("n", Integer.MAX_VALUE + 1L));

        assertThatThrownBy(() -> big.get("n", Integer.class)).isInstanceOf(KartotekaException.class)
                .hasMessageContaining("n").hasMessageContaining("Integer").hasMessageContaining("Long");
    }

    @Test
    void refusesToReadAValueAsAnotherTypeNamingTheKeyAndBothTypes() {
        assertThatThrownBy(() -> values.get("storage_strategy", Long.class)).isInstanceOf(KartotekaException.class)
                .hasMessageContaining("storage_strategy").hasMessageContaining("String").hasMessageContaining("Long");
        assertThatThrownBy(() -> values.get("discount", Integer.class)).isInstanceOf(KartotekaException.class)
                .hasMessageContaining("discount");
    }

    @Test
    void readsNothingForAKeyWithoutValue() {
        assertThat(values.get("absent_key", String.class)).isEmpty();
        assertThat(values.get("absent_key")).isEmpty();
    }

    @Test
    void withAndWithoutMakeChangedCopies() {
        CustomFieldValues more = values.with("erp_code", "ABC-1234");
        CustomFieldValues replaced = values.with("storage_strategy", "lifo");
        CustomFieldValues fewer = values.without("budget");

        assertThat(more.get("erp_code")).contains("ABC-1234");
        assertThat(replaced.get("storage_strategy")).contains("lifo");
        assertThat(fewer.get("budget")).isEmpty();
        assertThat(fewer.size()).isEqualTo(values.size() - 1);
        assertThat(values.get("erp_code")).isEmpty();
        assertThat(values.get("storage_strategy")).contains("fifo");
        assertThat(values.get("budget")).isPresent();
        assertThat(values.without("absent_key")).isSameAs(values);
        assertThat(CustomFieldValues.empty().with("a", 1L).without("a")).isEqualTo(CustomFieldValues.empty());
    }

    @Test
    void copiesTheMapItIsMadeFrom() {
        Map<String, Object> source = new HashMap<>(Map.of("a", 1L));
        CustomFieldValues copy = CustomFieldValues.of(source);

        source.put("b", 2L);

        assertThat(copy.keys()).containsExactly("a");
        assertThatThrownBy(() -> copy.asMap().put("c", 3L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.keys().remove("a")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsKeysSorted() {
        assertThat(values.keys()).containsExactly("budget", "discount", "next_visit", "paper_formats",
                "storage_strategy", "warehouse_m2");
        assertThat(values.asMap().keySet()).containsExactlyElementsOf(values.keys());
    }

    @Test
    void rejectsNullKeysAndValues() {
        Map<String, Object> withNullValue = new HashMap<>();
        withNullValue.put("a", null);
        Map<String, Object> withNullKey = new HashMap<>();
        withNullKey.put(null, 1L);

        assertThatNullPointerException().isThrownBy(() -> CustomFieldValues.of(withNullValue));
        assertThatNullPointerException().isThrownBy(() -> CustomFieldValues.of(withNullKey));
        assertThatNullPointerException().isThrownBy(() -> values.with("a", null));
        assertThatNullPointerException().isThrownBy(() -> values.with(null, 1L));
        assertThatNullPointerException().isThrownBy(() -> values.get("a", null));
        assertThatNullPointerException().isThrownBy(() -> values.without(null));
    }

    @Test
    void equalValuesAreEqualWhateverTheOrderTheyWereGivenIn() {
        CustomFieldValues a = CustomFieldValues.empty().with("x", 1L).with("y", "two");
        CustomFieldValues b = CustomFieldValues.empty().with("y", "two").with("x", 1L);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.with("x", 2L));
    }

    @Test
    void toStringShowsTheKeysButNoValue() {
        CustomFieldValues personal = CustomFieldValues.of(Map.of("private_phone", "601234567",
                "budget", Money.of("25000.00", "PLN")));

        assertThat(personal.toString()).contains("private_phone", "budget")
                .doesNotContain("601234567").doesNotContain("25000");
    }
}
