package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.kartoteka.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignTaxNumberTests {

    @ParameterizedTest
    @CsvSource({
        "GB, GB 123 4567 89, 123456789, GB:123456789, GB123456789",
        "gb, 123456789012, 123456789012, GB:123456789012, GB123456789012",
        "GB, GBGD001, GD001, GB:GD001, GBGD001",
        "GB, HA599, HA599, GB:HA599, GBHA599",
        "CH, CHE-123.456.789 MWST, CHE123456789, CH:CHE123456789, CHE123456789",
        "CH, che 123 456 789 tva, CHE123456789, CH:CHE123456789, CHE123456789",
        "LI, CHE-123.456.789, CHE123456789, LI:CHE123456789, LI:CHE123456789",   // its country told: CHE is Swiss
        "NO, 923 609 016 MVA, 923609016, NO:923609016, NO923609016",
        "NO, NO923609016MVA, 923609016, NO:923609016, NO923609016",
        "UA, 14360570, 14360570, UA:14360570, UA14360570",
        "UA, 1234567890, 1234567890, UA:1234567890, UA1234567890",
        "UA, 123456789012, 123456789012, UA:123456789012, UA123456789012",
        "US, 12-3456789, 123456789, US:123456789, US123456789",
        "RS, 101134702, 101134702, RS:101134702, RS:101134702",
        "TR, 1234567890, 1234567890, TR:1234567890, TR:1234567890",
        "CN, 91110000600037341L, 91110000600037341L, CN:91110000600037341L, CN:91110000600037341L"
    })
    void readsTheFormatOfTheCountryAndWritesItAsAnInvoiceDoes(String country, String text, String number,
                                                             String value, String written) {
        ForeignTaxNumber tax = ForeignTaxNumber.of(country, text);

        assertThat(tax.countryCode()).isEqualTo(country.toUpperCase(java.util.Locale.ROOT));
        assertThat(tax.number()).isEqualTo(number);
        assertThat(tax.value()).isEqualTo(value);
        assertThat(tax.asWritten()).isEqualTo(written);
        assertThat(tax.type()).isEqualTo(IdentifierType.FOREIGN_TAX);
        assertThat(ForeignTaxNumber.of(tax.countryCode(), tax.number())).as("its number read again").isEqualTo(tax);
        assertThat(ForeignTaxNumber.parse(tax.asWritten())).as("as written, read again").isEqualTo(tax);
    }

    @ParameterizedTest
    @CsvSource({
        "GB 123 4567 89, GB:123456789",
        "CHE-123.456.789 MWST, CH:CHE123456789",
        "NO 923 609 016 MVA, NO:923609016",
        "ua14360570, UA:14360570",
        "US 12-3456789, US:123456789"
    })
    void parsesANumberWhosePrefixNamesACountryOfAKnownFormat(String text, String value) {
        assertThat(ForeignTaxNumber.isValid(text)).isTrue();
        assertThat(ForeignTaxNumber.parse(text).value()).isEqualTo(value);
        assertThat(ForeignTaxNumber.parse(ForeignTaxNumber.parse(text).asWritten())).isEqualTo(ForeignTaxNumber.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
        "GB12345678", "GB1234567890", "UA1234567", "UA123456789", "US12345678", "CH123456789", "NO12345678",
        "NIP1234567890", "RS101134702", "DE123456789", "PL1234567890", "14360570", "''"
    })
    void parseRefusesWhatNoKnownPrefixNames(String text) {
        assertThat(ForeignTaxNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> ForeignTaxNumber.parse(text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations().get(0).path()).isEqualTo("foreignTaxNumber");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "GB, 12345678, 'for GB, a VAT number: 9 or 12 digits, or GD000-GD499, or HA500-HA999, GB before it optional'",
        "UA, 1234567, 'for UA, an EDRPOU code of 8 digits, a taxpayer''s number of 10 or a VAT payer''s number of 12'",
        "CH, 123456789, 'for CH, a UID: CHE and 9 digits (CHE-123.456.789), MWST, TVA or IVA after it optional'",
        "RS, ABCDE, 'for RS, 4 to 20 letters and digits, at least one a digit'",
        "RS, 123, 'for RS, 4 to 20 letters and digits, at least one a digit'"
    })
    void refusesANumberNotOfItsCountrysFormatSayingWhatItExpected(String country, String text, String expected) {
        assertThat(ForeignTaxNumber.isValid(country, text)).isFalse();
        assertThatThrownBy(() -> ForeignTaxNumber.of(country, text)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("foreignTaxNumber");
                    assertThat(e.violations().get(0).value()).as("masked: it may be a person's").doesNotContain(
                            text.length() > 2 ? text.substring(1, text.length() - 1) : "\u0000");
                    assertThat(e.violations().get(0).expected()).isEqualTo(expected);
                });
    }

    @ParameterizedTest
    @CsvSource({
        "PL, its NIP", "pl, its NIP", "DE, EU VAT number", "GR, EU VAT number", "EL, EU VAT number",
        "XI, EU VAT number", "XX, ISO 3166-1", "GBR, ISO 3166-1", "'', ISO 3166-1"
    })
    void refusesPolandTheMemberStatesAndWhatIsNoCountryNamingTheTypeToUse(String country, String said) {
        assertThat(ForeignTaxNumber.isValid(country, "123456789")).isFalse();
        assertThatThrownBy(() -> ForeignTaxNumber.of(country, "123456789"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("foreignTaxNumber.countryCode");
                    assertThat(e.violations().get(0).expected()).contains(said);
                });
    }

    @Test
    void isEqualByCountryAndNumber() {
        assertThat(ForeignTaxNumber.of("GB", "GB 123 456 789")).isEqualTo(ForeignTaxNumber.of("gb", "123-456-789"))
                .hasSameHashCodeAs(ForeignTaxNumber.of("GB", "123456789"))
                .hasToString("GB:123456789")
                .isNotEqualTo(ForeignTaxNumber.of("US", "123456789"));
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> ForeignTaxNumber.of(null, "1")).withMessage("countryCode");
        assertThatNullPointerException().isThrownBy(() -> ForeignTaxNumber.of("GB", null)).withMessage("number");
        assertThatNullPointerException().isThrownBy(() -> ForeignTaxNumber.parse(null)).withMessage("text");
    }

    @Test
    void whatItWritesItReadsBackWhateverTheSeparators() {
        qt().forAll(integers().between(10_000_000, 99_999_999), integers().between(0, 3)).checkAssert((n, sep) -> {
            String digits = Integer.toString(n);
            String written = switch (sep) {
                case 0 -> digits;
                case 1 -> digits.substring(0, 4) + " " + digits.substring(4);
                case 2 -> digits.substring(0, 2) + "-" + digits.substring(2);
                default -> digits.substring(0, 3) + "." + digits.substring(3, 6) + "/" + digits.substring(6);
            };
            ForeignTaxNumber tax = ForeignTaxNumber.of("UA", written);
            assertThat(tax.number()).isEqualTo(digits);
            assertThat(ForeignTaxNumber.parse(tax.asWritten())).isEqualTo(tax);
            assertThat(ForeignTaxNumber.of(tax.countryCode(), tax.number())).isEqualTo(tax);
        });
    }
}
