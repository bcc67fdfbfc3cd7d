package dev.kartoteka.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingRepairTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    @Test
    void utf8ReadAsWindows1252IsReadBack() {
        for (String name : new String[] {"Mirosława", "Łukasz Żółć", "Siemianowice Śląskie", "Gęś"}) {
            String broken = new String(name.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
            assertThat(broken).isNotEqualTo(name);
            assertThat(EncodingRepair.repair(broken)).as(broken).isEqualTo(name);
        }
    }

    @Test
    void windows1250ReadAsWindows1252StandsForThePolishLetters() {
        assertThat(EncodingRepair.repair(new String("Spółka".getBytes(WINDOWS_1250), WINDOWS_1252)))
                .isEqualTo("Spółka");
        assertThat(EncodingRepair.repair("LUX-WER SPÓ³KA Z OGRANICZON¹ ODPOWIEDZIALNOŒCI¹"))
                .isEqualTo("LUX-WER SPÓłKA Z OGRANICZONą ODPOWIEDZIALNOŚCIą");
        assertThat(EncodingRepair.repair("£ukasz")).isEqualTo("Łukasz");
        // a symbol away from letters stays what it is
        assertThat(EncodingRepair.repair("Kowalski ³ 2")).isEqualTo("Kowalski ³ 2");
    }

    @Test
    void aLetterLostToAQuestionMarkIsOneUnknownLetter() {
        char u = EncodingRepair.UNKNOWN_LETTER;
        assertThat(EncodingRepair.repair("Ma?gorzata")).isEqualTo("Ma" + u + "gorzata");
        assertThat(EncodingRepair.repair("?ukasz Pawe?")).isEqualTo(u + "ukasz Pawe" + u);
        assertThat(EncodingRepair.repair("Ma\uFFFDgorzata")).isEqualTo("Ma" + u + "gorzata");
        assertThat(EncodingRepair.repair("Nowak ?")).as("alone, no letter was lost").isEqualTo("Nowak ?");
    }

    @Test
    void textAWrongEncodingDidNotTouchIsLeftAlone() {
        for (String name : new String[] {"Małgorzata Nowak-Kowalska", "Müller GmbH", "Ñuñez", "Hélène", "ÅSA",
                "Ärzte", "Ãngela", "O'Brien", "Kraków"}) {
            assertThat(EncodingRepair.repair(name)).as(name).isEqualTo(name);
        }
        qt().withExamples(2000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 20)).checkAssert(s -> {
            if (s.indexOf('?') < 0) {
                assertThat(EncodingRepair.repair(s)).isEqualTo(s);
            }
        });
    }
}
