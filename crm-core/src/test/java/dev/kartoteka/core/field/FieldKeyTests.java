package dev.kartoteka.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys of fields and sections, and option codes: the stable identifiers stored values use. */
class FieldKeyTests {

    @Test
    void acceptsLowerCaseLettersDigitsAndUnderscoresStartingWithALetter() {
        for (String key : List.of("a", "warehouse_m2", "x1", "a_", "z" + "9".repeat(62))) {
            assertThat(FieldKey.of(key).value()).isEqualTo(key);
            assertThat(FieldKey.of(key).toString()).isEqualTo(key);
        }
    }

    @Test
    void rejectsEveryOtherFormNamingTheValue() {
        for (String key : List.of("", "Warehouse", "1st", "_a", "a-b", "a b", "ą", "a" + "b".repeat(63))) {
            assertThatThrownBy(() -> FieldKey.of(key)).as("'%s'", key)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.value()).isEqualTo(key)));
        }
        assertThatNullPointerException().isThrownBy(() -> FieldKey.of(null));
    }

    @Test
    void keysCompareAndEqualByValue() {
        assertThat(FieldKey.of("a")).isEqualTo(new FieldKey("a")).isLessThan(FieldKey.of("b"));
    }

    @Test
    void sectionKeysHaveTheFormOfFieldKeys() {
        assertThat(Section.of("warehouse", "Magazyn", 1).key()).isEqualTo("warehouse");
        assertThatThrownBy(() -> Section.of("Magazyn", "Magazyn", 1)).isInstanceOf(ValidationException.class);
        assertThatNullPointerException().isThrownBy(() -> new Section("warehouse", null, 1));
    }

    @Test
    void optionCodesAllowHyphensAndALeadingDigit() {
        for (String code : List.of("a4", "0x", "e-mail", "fifo", "d_4", "x".repeat(63))) {
            assertThat(ChoiceOption.of(code, "Opcja").code()).isEqualTo(code);
        }
        for (String code : List.of("", "A4", "-a", "_a", "a b", "x".repeat(64))) {
            assertThatThrownBy(() -> ChoiceOption.of(code, "Opcja")).as("'%s'", code)
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aRetiredOptionKeepsItsCodeAndLabel() {
        ChoiceOption fifo = ChoiceOption.of("fifo", "FIFO");

        ChoiceOption retired = fifo.asRetired();

        assertThat(fifo.retired()).isFalse();
        assertThat(retired.retired()).isTrue();
        assertThat(retired.code()).isEqualTo("fifo");
        assertThat(retired.label()).isEqualTo(fifo.label());
    }
}
