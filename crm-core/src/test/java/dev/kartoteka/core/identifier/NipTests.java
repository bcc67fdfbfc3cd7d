package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.IdentifierGenerators.NIP_WEIGHTS;
import static dev.kartoteka.core.identifier.IdentifierGenerators.adjacentSwapsOfDistinctDigits;
import static dev.kartoteka.core.identifier.IdentifierGenerators.digits;
import static dev.kartoteka.core.identifier.IdentifierGenerators.singleDigitChanges;
import static dev.kartoteka.core.identifier.IdentifierGenerators.validNips;
import static dev.kartoteka.core.identifier.IdentifierGenerators.weightedSum;
import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class NipTests {

    @ParameterizedTest
    @ValueSource(strings = {"7740001454", "5252344078", "5260250274", "5260251049", "5252674798"})
    void acceptsPublishedNipsOfCompaniesAndOffices(String nip) {
        assertThat(Nip.isValid(nip)).isTrue();
        assertThat(Nip.parse(nip).value()).isEqualTo(nip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7740001454", "774-000-14-54", "774 000 14 54", "77-40-00-14-54", "PL7740001454",
        "pl7740001454", "Pl 774-000-14-54", "PL 774 000 14 54", "PL-7740001454", "  774-000-14-54\t"})
    void acceptsDigitsWithDashesSpacesAndCountryPrefix(String text) {
        assertThat(Nip.parse(text).value()).isEqualTo("7740001454");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "774000145", "77400014540", "774--000-14-54", "774.000.14.54", "774/000/14/54",
        "DE7740001454", "PL", "PL  7740001454", "-7740001454", "7740001454-", "77400O1454", "７７４０００１４５４",
        "NIP 7740001454"})
    void rejectsMalformedText(String text) {
        assertThat(Nip.isValid(text)).isFalse();
        assertThatThrownBy(() -> Nip.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void rejectsNipWithWrongCheckDigit() {
        assertThat(Nip.isValid("7740001455")).isFalse();
        assertThat(Nip.isValid("5250001234")).isFalse();
    }

    @Test
    void rejectsNipWhoseChecksumRemainderIsTen() {
        assertThat(weightedSum("123456789", NIP_WEIGHTS) % 11).isEqualTo(10);
        for (int last = 0; last <= 9; last++) {
            assertThat(Nip.isValid("123456789" + last)).as("123456789%d", last).isFalse();
        }
        assertThatThrownBy(() -> Nip.withCheckDigit("123456789"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("123456789")
                .hasMessageContaining("remainder is not 10");
    }

    @Test
    void completesNineDigitsWithTheirCheckDigit() {
        assertThat(Nip.withCheckDigit("774000145")).isEqualTo(Nip.parse("7740001454"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "77400014", "7740001454", "774-000-14", "77400014a"})
    void withCheckDigitRejectsAnythingButNineDigits(String text) {
        assertThatThrownBy(() -> Nip.withCheckDigit(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void formatsWithDashesInGroupsOfThreeThreeTwoTwo() {
        assertThat(Nip.parse("PL7740001454").formatted()).isEqualTo("774-000-14-54");
    }

    @Test
    void convertsToThePolishEuVatNumber() {
        EuVatNumber vat = Nip.parse("774-000-14-54").toEuVatNumber();

        assertThat(vat.value()).isEqualTo("PL7740001454");
        assertThat(vat.countryCode()).isEqualTo("PL");
        assertThat(vat.number()).isEqualTo("7740001454");
        assertThat(vat).isEqualTo(EuVatNumber.parse("PL7740001454"));
    }

    @Test
    void isEqualByCanonicalValueAndShownInClear() {
        Nip nip = Nip.parse("774-000-14-54");

        assertThat(nip).isEqualTo(Nip.parse("PL 7740001454")).hasSameHashCodeAs(Nip.parse("7740001454"));
        assertThat(nip).isNotEqualTo(Nip.parse("5252344078"));
        assertThat(nip.type()).isEqualTo(IdentifierType.NIP);
        assertThat(nip).hasToString("7740001454");
    }

    @Test
    void errorNamesTheFieldTheValueInClearAndWhatIsExpected() {
        assertThatThrownBy(() -> Nip.parse("774-000-14-55"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).containsExactly(new Violation("nip", "774-000-14-55",
                            "10 digits (optionally 'PL' prefix, dashes, spaces) with a valid NIP checksum"));
                    assertThat(e.getMessage()).contains("nip", "774-000-14-55", "valid NIP checksum");
                });
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Nip.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Nip.isValid(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Nip.withCheckDigit(null)).withMessage("nineDigits");
    }

    @Test
    void acceptsEveryGeneratedValidNipInEveryLayout() {
        qt().forAll(validNips()).checkAssert(nip -> {
            Nip parsed = Nip.parse(nip);
            assertThat(parsed.value()).isEqualTo(nip);
            assertThat(Nip.parse(parsed.formatted())).isEqualTo(parsed);
            assertThat(Nip.parse("PL " + parsed.formatted())).isEqualTo(parsed);
            assertThat(Nip.withCheckDigit(nip.substring(0, 9))).isEqualTo(parsed);
        });
    }

    @Test
    void parsingIsIdempotent() {
        qt().forAll(validNips()).checkAssert(nip -> {
            Nip once = Nip.parse(nip);
            assertThat(Nip.parse(once.value())).isEqualTo(once);
            assertThat(Nip.parse(once.formatted()).formatted()).isEqualTo(once.formatted());
        });
    }

    @Test
    void detectsEverySingleDigitChange() {
        // weights 6,5,7,2,3,4,5,6,7 are non-zero mod 11 and remainder 10 is invalid: no blind spot
        qt().forAll(singleDigitChanges(validNips()))
                .checkAssert(change -> assertThat(Nip.isValid(change.changed())).as("%s", change).isFalse());
    }

    @Test
    void detectsEverySwapOfAdjacentDistinctDigits() {
        // adjacent weights differ mod 11 (the check digit counts as weight -1): no blind spot
        qt().forAll(adjacentSwapsOfDistinctDigits(validNips()))
                .checkAssert(swap -> assertThat(Nip.isValid(swap.swapped())).as("%s", swap).isFalse());
    }

    @Test
    void rejectsEveryNumberWhoseFirstNineDigitsLeaveRemainderTen() {
        qt().forAll(digits(9).map(NipTests::withRemainderTen), Generate.range(0, 9)).checkAssert((nine, last) -> {
            assertThat(weightedSum(nine, NIP_WEIGHTS) % 11).isEqualTo(10);
            assertThat(Nip.isValid(nine + last)).isFalse();
        });
    }

    /** {@code nine} with its last digit (or, if no digit fits, the one before) changed so the remainder is 10. */
    private static String withRemainderTen(String nine) {
        for (int position = 8; position >= 0; position--) {
            for (char digit = '0'; digit <= '9'; digit++) {
                String candidate = nine.substring(0, position) + digit + nine.substring(position + 1);
                if (weightedSum(candidate, NIP_WEIGHTS) % 11 == 10) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("unreachable: weight 7 is invertible mod 11");
    }
}
