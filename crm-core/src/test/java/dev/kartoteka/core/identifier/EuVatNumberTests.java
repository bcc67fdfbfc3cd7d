package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.IdentifierGenerators.validNips;
import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EuVatNumberTests {

    @ParameterizedTest
    @CsvSource({
        "ATU12345678, AT, U12345678",
        "BE0123456789, BE, 0123456789",
        "BE1234567890, BE, 1234567890",
        "BG123456789, BG, 123456789",
        "BG1234567890, BG, 1234567890",
        "CY12345678L, CY, 12345678L",
        "CZ12345678, CZ, 12345678",
        "CZ1234567890, CZ, 1234567890",
        "DE123456789, DE, 123456789",
        "DK12345678, DK, 12345678",
        "EE123456789, EE, 123456789",
        "EL123456789, EL, 123456789",
        "ESA12345678, ES, A12345678",
        "ESX1234567L, ES, X1234567L",
        "ES12345678Z, ES, 12345678Z",
        "FI12345678, FI, 12345678",
        "FR40303265045, FR, 40303265045",
        "FRAB123456789, FR, AB123456789",
        "HR12345678901, HR, 12345678901",
        "HU12345678, HU, 12345678",
        "IE1234567T, IE, 1234567T",
        "IE1234567WA, IE, 1234567WA",
        "IE1A23456T, IE, 1A23456T",
        "IT12345678901, IT, 12345678901",
        "LT123456789, LT, 123456789",
        "LT123456789012, LT, 123456789012",
        "LU12345678, LU, 12345678",
        "LV12345678901, LV, 12345678901",
        "MT12345678, MT, 12345678",
        "NL123456789B01, NL, 123456789B01",
        "PL7740001454, PL, 7740001454",
        "PT123456789, PT, 123456789",
        "RO12, RO, 12",
        "RO1234567890, RO, 1234567890",
        "SE123456789701, SE, 123456789701",
        "SI12345678, SI, 12345678",
        "SK1234567890, SK, 1234567890",
        "XI123456789, XI, 123456789",
        "XI123456789012, XI, 123456789012",
        "XIGD001, XI, GD001",
        "XIHA500, XI, HA500"
    })
    void acceptsTheFormatOfEachMemberStateAndNorthernIreland(String text, String country, String number) {
        EuVatNumber vat = EuVatNumber.parse(text);

        assertThat(vat.countryCode()).isEqualTo(country);
        assertThat(vat.number()).isEqualTo(number);
        assertThat(vat.value()).isEqualTo(text);
        assertThat(vat.type()).isEqualTo(IdentifierType.EU_VAT);
    }

    @ParameterizedTest
    @CsvSource({
        "'de 123 456 789', DE123456789",
        "DE-123.456.789, DE123456789",
        "'  atu 1234 5678 ', ATU12345678",
        "nl123456789b01, NL123456789B01",
        "'PL 774-000-14-54', PL7740001454",
        "fr ab 123 456 789, FRAB123456789"
    })
    void ignoresSpacesDashesDotsAndCase(String text, String canonical) {
        assertThat(EuVatNumber.parse(text).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "DE", "D", "DE12345678", "DE1234567890", "AT12345678", "ATU1234567",
        "BE2123456789", "FRIO123456789", "FR123456789", "NL123456789A01", "NL123456789B1", "SE123456789702",
        "RO0123", "RO1", "SI01234567", "PL7740001455", "PL1234567890", "GB123456789", "XX123456789", "US123456789",
        "DE12345678X", "123456789", "XIGD500", "XIHA499"})
    void rejectsUnknownPrefixesAndNumbersNotMatchingTheCountryFormat(String text) {
        assertThat(EuVatNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> EuVatNumber.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void rejectsGrForGreeceAndSaysToUseEl() {
        assertThatThrownBy(() -> EuVatNumber.parse("GR123456789"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("euVatNumber");
                    assertThat(e.violations().get(0).value()).isEqualTo("GR123456789");
                    assertThat(e.violations().get(0).expected()).contains("EL");
                });
    }

    @Test
    void errorForAKnownCountryDescribesItsFormat() {
        assertThatThrownBy(() -> EuVatNumber.parse("DE 12345678"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).value()).isEqualTo("DE 12345678");
                    assertThat(e.violations().get(0).expected()).isEqualTo("the prefix DE followed by 9 digits");
                });
    }

    @Test
    void isEqualByCanonicalValue() {
        assertThat(EuVatNumber.parse("de 123-456-789")).isEqualTo(EuVatNumber.parse("DE123456789"))
                .hasSameHashCodeAs(EuVatNumber.parse("DE 123 456 789"))
                .hasToString("DE123456789")
                .isNotEqualTo(EuVatNumber.parse("EE123456789"));
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> EuVatNumber.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> EuVatNumber.isValid(null)).withMessage("text");
    }

    @Test
    void acceptsAPolishNumberExactlyWhenItIsAValidNip() {
        qt().forAll(validNips()).checkAssert(nip -> {
            EuVatNumber vat = EuVatNumber.parse("PL" + nip);
            assertThat(vat).isEqualTo(Nip.parse(nip).toEuVatNumber());
            assertThat(EuVatNumber.parse(vat.value())).isEqualTo(vat);
        });
        qt().forAll(IdentifierGenerators.digits(10))
                .checkAssert(digits -> assertThat(EuVatNumber.isValid("PL" + digits)).isEqualTo(Nip.isValid(digits)));
    }
}
