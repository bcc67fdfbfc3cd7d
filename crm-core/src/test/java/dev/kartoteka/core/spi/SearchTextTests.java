package dev.kartoteka.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Łódź|lodz", "LODZ|lodz", "Żółw|zolw", "ŻÓŁW|zolw", "Gęś|ges", "Źdźbło|zdzblo",
        "Ćma Świętokrzyska|cma swietokrzyska",
        "Straße|strasse", "Ærø|aero", "Œuvre|oeuvre", "Đorđe|dorde", "Þór|thor", "ıi|ii", "ﬁrma|firma", "Ａｃｍｅ|acme",
        "'  Anna   Maria  '|anna maria", "Kowalska-Nowak|kowalska-nowak", "'z\u0307o\u0301\u0142w'|zolw"})
    void foldsCaseDiacriticsAndWhitespaceAsDocumented(String text, String folded) {
        assertThat(SearchText.fold(text)).isEqualTo(folded);
    }

    @Test
    void foldsEveryKindOfSpaceToOneSpace() {
        assertThat(SearchText.fold("\tanna\u00A0\u2003maria\n")).isEqualTo("anna maria");
        assertThat(SearchText.fold(" \u3000 ")).isEmpty();
        assertThat(SearchText.fold("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"90-926|90926", "90926|90926", "90-|90", "' 02 - 5 '|025", "sw1a 1aa|SW1A1AA",
        "-|''"})
    void foldsPostalCodesToLettersAndDigits(String code, String folded) {
        assertThat(SearchText.foldPostalCode(code)).isEqualTo(folded);
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> SearchText.fold(null));
        assertThatNullPointerException().isThrownBy(() -> SearchText.foldPostalCode(null));
    }
}
