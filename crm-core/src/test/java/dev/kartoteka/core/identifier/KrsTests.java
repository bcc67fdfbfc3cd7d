package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class KrsTests {

    @ParameterizedTest
    @CsvSource({"0000028860, 0000028860", "28860, 0000028860", "' 28860 ', 0000028860", "1, 0000000001",
        "9999999999, 9999999999", "0000000001, 0000000001"})
    void zeroPadsToTenDigits(String text, String canonical) {
        Krs krs = Krs.parse(text);

        assertThat(krs.value()).isEqualTo(canonical);
        assertThat(krs.type()).isEqualTo(IdentifierType.KRS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "0", "0000000000", "00000000001", "12345678901", "KRS 28860", "28 860",
        "28-860", "-1", "2886O", "２８８６０"})
    void rejectsBlankTooLongNonDigitAndAllZeroText(String text) {
        assertThat(Krs.isValid(text)).isFalse();
        assertThatThrownBy(() -> Krs.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void errorNamesTheFieldTheValueInClearAndWhatIsExpected() {
        assertThatThrownBy(() -> Krs.parse("0000000000"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("krs", "0000000000",
                                "1 to 10 digits, not all zeros (e.g. 0000028860 or 28860)")));
    }

    @Test
    void isEqualByCanonicalValue() {
        assertThat(Krs.parse("28860")).isEqualTo(Krs.parse("0000028860"))
                .hasSameHashCodeAs(Krs.parse("028860"))
                .hasToString("0000028860")
                .isNotEqualTo(Krs.parse("28861"));
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Krs.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Krs.isValid(null)).withMessage("text");
    }

    @Test
    void acceptsEveryNumberFromOneToTenNinesAndPadsIt() {
        qt().forAll(Generate.longRange(1, 9_999_999_999L)).checkAssert(n -> {
            Krs krs = Krs.parse(Long.toString(n));
            assertThat(krs.value()).isEqualTo(String.format("%010d", n));
            assertThat(Krs.parse(krs.value())).isEqualTo(krs);
        });
    }
}
