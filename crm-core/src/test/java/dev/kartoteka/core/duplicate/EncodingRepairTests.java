package dev.kartoteka.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EncodingRepairTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");
    private static final char U = EncodingRepair.UNKNOWN_LETTER;

    @Test
    void utf8ShownAsWindows1252IsReadBack() {
        for (String name : new String[] {"Mirosława", "Łukasz Żółć", "Siemianowice Śląskie", "Gęś", "ŁÓDŹ"}) {
            String broken = new String(name.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
            assertThat(broken).isNotEqualTo(name);
            assertThat(EncodingRepair.personName(broken)).as(broken).isEqualTo(name);
            assertThat(EncodingRepair.companyName(broken)).as(broken).isEqualTo(name);
        }
        assertThat(EncodingRepair.personName("Å?ukasz")).as("Ł's byte 81 shown as ?").isEqualTo("Łukasz");
    }

    @Test
    void utf8ShownAsWindows1250IsReadBack() {
        for (String name : new String[] {"Józef Wiśniewski", "Małgorzata Stefańska", "Łukasz Żółć", "Gęś", "ŁÓDŹ",
                "Ćwikła Ęą", "Źródło"}) {
            String broken = new String(name.getBytes(StandardCharsets.UTF_8), WINDOWS_1250);
            assertThat(broken).isNotEqualTo(name);
            assertThat(EncodingRepair.personName(broken)).as(broken).isEqualTo(name);
            assertThat(EncodingRepair.companyName(broken)).as(broken).isEqualTo(name);
        }
        assertThat(EncodingRepair.personName("JĂłzef WiĹ›niewski")).isEqualTo("Józef Wiśniewski");
        assertThat(EncodingRepair.personName("Ĺ?ukasz")).as("Ł's byte 81 shown as ?").isEqualTo("Łukasz");
        assertThat(EncodingRepair.personName("Ä?bicka")).as("Ę's byte 98 shown as ?").isEqualTo("Ębicka");
        // real letters of other languages, and text that is no UTF-8 read wrongly, stay
        for (String text : new String[] {"Ăstrăuț", "Äpfel Müller", "Ĺubica", "TĂŞNAD", "BĂŞESCU", "MÄŽ", "PĂŁ"}) {
            assertThat(EncodingRepair.personName(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void windows1250AndIso88592ShownAsWindows1252StandForThePolishLetters() {
        for (String name : new String[] {"Spółka", "Łódź", "Michał Woźniak", "Żaneta Ślęzak", "ŚWIĘTOKRZYSKA"}) {
            assertThat(EncodingRepair.personName(new String(name.getBytes(WINDOWS_1250), WINDOWS_1252)))
                    .as(name).isEqualTo(name.replace('ę', 'ê').replace('Ę', 'Ê')); // ę and ê fold alike
        }
        for (String name : new String[] {"Ąbcki", "Świątek", "Źródło"}) {
            String broken = new String(name.getBytes(ISO_8859_2), StandardCharsets.ISO_8859_1);
            assertThat(EncodingRepair.personName(broken)).as(broken).startsWith(name.substring(0, 1));
        }
        assertThat(EncodingRepair.companyName("LUX-WER SPÓ³KA Z OGRANICZON¹ ODPOWIEDZIALNOŒCI¹"))
                .isEqualTo("LUX-WER SPÓłKA Z OGRANICZONą ODPOWIEDZIALNOŚCIą");
        assertThat(EncodingRepair.personName("£ukasz")).isEqualTo("Łukasz");
    }

    @Test
    void symbolsThatAreNoBrokenLettersStay() {
        for (String text : new String[] {"Beton m³", "Kowalski ³ 2", "¿Qué tal?", "Le Cœur Bistro", "Œuvre",
                "Lætitia Bœuf", "¡Hola!", "Cena 5 £"}) {
            assertThat(EncodingRepair.companyName(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void aLetterLostToAQuestionMarkIsOneUnknownLetter() {
        assertThat(EncodingRepair.personName("Ma?gorzata")).isEqualTo("Ma" + U + "gorzata");
        assertThat(EncodingRepair.personName("?ukasz Pawe?")).isEqualTo(U + "ukasz Pawe" + U);
        assertThat(EncodingRepair.personName("Ma\uFFFDgorzata")).isEqualTo("Ma" + U + "gorzata");
        assertThat(EncodingRepair.personName("Nowak ?")).as("alone, no letter was lost").isEqualTo("Nowak ?");
        // a company's name may end words with a question mark; before a letter it is a lost one
        assertThat(EncodingRepair.companyName("Co? Gdzie? Kiedy? sp. z o.o.")).isEqualTo("Co? Gdzie? Kiedy? sp. z o.o.");
        assertThat(EncodingRepair.companyName("Pszczo?a")).isEqualTo("Pszczo" + U + "a");
    }

    @Test
    void namesAWrongEncodingDidNotTouchAreLeftAlone() {
        for (String name : new String[] {"Małgorzata Nowak-Kowalska", "Müller GmbH", "Ñuñez", "Hélène", "Åsa Öberg",
                "Ärzte", "Ãngela", "JOÃO", "O'Brien", "Kraków", "Ząbki", "Łęczyca"}) {
            assertThat(EncodingRepair.personName(name)).as(name).isEqualTo(name);
            assertThat(EncodingRepair.companyName(name)).as(name).isEqualTo(name);
        }
        // any name of Latin-1 and Latin Extended-A letters (French, German, Scandinavian, Czech, Polish …) but the
        // handful that stand for broken Polish letters, and Å Ä Ã, which open UTF-8 shown as windows-1252
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàáâèéêëìíîïòóôöùúûüýÿçñßæøÀÁÂÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÝÇÑÆØ"
                + "ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽőűŐŰ ";
        qt().withExamples(3000).forAll(lists().of(integers().between(0, letters.length() - 1)).ofSizeBetween(1, 24))
                .checkAssert(indexes -> {
                    String name = indexes.stream().map(i -> String.valueOf(letters.charAt(i)))
                            .collect(Collectors.joining());
                    assertThat(EncodingRepair.personName(name)).as(name).isEqualTo(name);
                    assertThat(EncodingRepair.companyName(name)).as(name).isEqualTo(name);
                });
    }
}
