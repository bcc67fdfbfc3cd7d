package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.IdentifierGenerators.REGON_14_WEIGHTS;
import static dev.kartoteka.core.identifier.IdentifierGenerators.REGON_9_WEIGHTS;
import static dev.kartoteka.core.identifier.IdentifierGenerators.singleDigitChanges;
import static dev.kartoteka.core.identifier.IdentifierGenerators.validRegons14;
import static dev.kartoteka.core.identifier.IdentifierGenerators.validRegons9;
import static dev.kartoteka.core.identifier.IdentifierGenerators.weightedSum;
import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.identifier.IdentifierGenerators.DigitChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegonTests {

    @ParameterizedTest
    @ValueSource(strings = {"610188201", "000331501", "123456785"})
    void acceptsKnownNineDigitRegons(String regon) {
        Regon parsed = Regon.parse(regon);

        assertThat(parsed.value()).isEqualTo(regon);
        assertThat(parsed.isLocalUnit()).isFalse();
        assertThat(parsed.base()).isSameAs(parsed);
    }

    @Test
    void acceptsFourteenDigitRegonOfALocalUnit() {
        Regon unit = Regon.parse("12345678512347");

        assertThat(unit.isLocalUnit()).isTrue();
        assertThat(unit.base()).isEqualTo(Regon.parse("123456785"));
        assertThat(unit.type()).isEqualTo(IdentifierType.REGON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"610188201", "610-188-201", "610 188 201", " 610188201 ", "61-01-88-20-1"})
    void acceptsDigitsWithSingleDashesOrSpaces(String text) {
        assertThat(Regon.parse(text).value()).isEqualTo("610188201");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "61018820", "6101882010", "1234567851234", "123456785123470", "610--188201",
        "610.188.201", "PL610188201", "61018820l", "610188202", "12345678512348"})
    void rejectsMalformedTextAndWrongCheckDigits(String text) {
        assertThat(Regon.isValid(text)).isFalse();
        assertThatThrownBy(() -> Regon.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void rejectsFourteenDigitRegonWhoseNineDigitPrefixIsInvalid() {
        // the 14-digit checksum of 12345678600008 is right, but 123456786 is not a REGON
        assertThat(weightedSum("12345678600008", REGON_14_WEIGHTS) % 11 % 10).isEqualTo(8);
        assertThat(Regon.isValid("123456786")).isFalse();
        assertThat(Regon.isValid("12345678600008")).isFalse();
    }

    @Test
    void givesCheckDigitZeroForRemainderTen() {
        assertThat(weightedSum("32345678", REGON_9_WEIGHTS) % 11).isEqualTo(10);
        assertThat(Regon.withCheckDigit("32345678").value()).isEqualTo("323456780");
    }

    @Test
    void completesEightOrThirteenDigitsWithTheirCheckDigit() {
        assertThat(Regon.withCheckDigit("61018820").value()).isEqualTo("610188201");
        assertThat(Regon.withCheckDigit("1234567851234").value()).isEqualTo("12345678512347");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6101882", "610188201", "123456785123", "12345678512345", "1234567861234"})
    void withCheckDigitRejectsOtherLengthsAndInvalidPrefixes(String text) {
        assertThatThrownBy(() -> Regon.withCheckDigit(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void missesTheSingleDigitChangeThatMovesTheRemainderBetweenZeroAndTen() {
        // documented blind spot: 323456780 (remainder 10) and 373456780 (remainder 0) share the check digit 0
        assertThat(weightedSum("32345678", REGON_9_WEIGHTS) % 11).isEqualTo(10);
        assertThat(weightedSum("37345678", REGON_9_WEIGHTS) % 11).isZero();
        assertThat(Regon.isValid("323456780")).isTrue();
        assertThat(Regon.isValid("373456780")).isTrue();
    }

    @Test
    void missesTheBlindSpotsOfFourteenDigitRegons() {
        // digits 10-13: the 14-digit checksum's own 0 <-> 10 blind spot
        assertThat(Regon.isValid("12345678500080")).isTrue();
        assertThat(Regon.isValid("12345678505080")).isTrue();
        // 5th digit (14-digit weight 0) in the prefix's 0 <-> 10 blind spot
        assertThat(Regon.isValid("32345678000016")).isTrue();
        assertThat(Regon.isValid("32348678000016")).isTrue();
    }

    @Test
    void errorNamesTheFieldTheValueInClearAndWhatIsExpected() {
        assertThatThrownBy(() -> Regon.parse("610188202"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    Violation violation = e.violations().get(0);
                    assertThat(violation.path()).isEqualTo("regon");
                    assertThat(violation.value()).isEqualTo("610188202");
                    assertThat(violation.expected()).contains("9 or 14 digits", "REGON checksum");
                });
    }

    @Test
    void isEqualByCanonicalValue() {
        assertThat(Regon.parse("610-188-201")).isEqualTo(Regon.parse("610188201"))
                .hasSameHashCodeAs(Regon.parse("610 188 201"))
                .hasToString("610188201");
        assertThat(Regon.parse("12345678512347")).isNotEqualTo(Regon.parse("123456785"));
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Regon.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Regon.isValid(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Regon.withCheckDigit(null))
                .withMessage("eightOrThirteenDigits");
    }

    @Test
    void acceptsEveryGeneratedValidRegon() {
        qt().forAll(validRegons9()).checkAssert(regon -> {
            assertThat(Regon.parse(regon).value()).isEqualTo(regon);
            assertThat(Regon.withCheckDigit(regon.substring(0, 8)).value()).isEqualTo(regon);
        });
        qt().forAll(validRegons14()).checkAssert(regon -> {
            Regon parsed = Regon.parse(regon);
            assertThat(parsed.value()).isEqualTo(regon);
            assertThat(parsed.base().value()).isEqualTo(regon.substring(0, 9));
            assertThat(Regon.withCheckDigit(regon.substring(0, 13))).isEqualTo(parsed);
        });
    }

    @Test
    void detectsEverySingleDigitChangeOfNineDigitsExceptBetweenRemaindersZeroAndTen() {
        qt().forAll(singleDigitChanges(validRegons9())).checkAssert(change -> {
            boolean blindSpot = swapsZeroAndTen(change, REGON_9_WEIGHTS);
            assertThat(Regon.isValid(change.changed())).as("%s, blind spot: %s", change, blindSpot)
                    .isEqualTo(blindSpot);
        });
    }

    @Test
    void detectsEverySingleDigitChangeOfFourteenDigitsExceptInTheDocumentedBlindSpots() {
        qt().forAll(singleDigitChanges(validRegons14())).checkAssert(change -> {
            int position = change.position();
            boolean missedByPrefix = position >= 9 || swapsZeroAndTen(change, REGON_9_WEIGHTS);
            boolean missedByFullChecksum = position == 4 || swapsZeroAndTen(change, REGON_14_WEIGHTS);
            boolean blindSpot = missedByPrefix && missedByFullChecksum;
            assertThat(Regon.isValid(change.changed())).as("%s, blind spot: %s", change, blindSpot)
                    .isEqualTo(blindSpot);
        });
    }

    /** Whether the change moved the weighted-sum remainder from 0 to 10 or from 10 to 0 (same check digit 0). */
    private static boolean swapsZeroAndTen(DigitChange change, int[] weights) {
        int before = weightedSum(change.original(), weights) % 11;
        int after = weightedSum(change.changed(), weights) % 11;
        return Math.min(before, after) == 0 && Math.max(before, after) == 10;
    }
}
