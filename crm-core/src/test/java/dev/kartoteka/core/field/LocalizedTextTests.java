package dev.kartoteka.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTests {

    private final LocalizedText label = LocalizedText.of("Powierzchnia magazynu")
            .with(Locale.ENGLISH, "Warehouse area")
            .with(Locale.GERMAN, "Lagerfläche")
            .with(Locale.forLanguageTag("de-AT"), "Lagerfläche (AT)");

    @Test
    void aTextWithoutTranslationsIsTheSameInEveryLanguage() {
        LocalizedText plain = LocalizedText.of("Magazyn");

        assertThat(plain.translations()).isEmpty();
        assertThat(plain.in(Locale.ENGLISH)).isEqualTo("Magazyn");
        assertThat(plain.in(Locale.forLanguageTag("pl-PL"))).isEqualTo("Magazyn");
    }

    @Test
    void picksTheExactTagThenTheLanguageThenTheDefaultText() {
        assertThat(label.in(Locale.forLanguageTag("de-AT"))).isEqualTo("Lagerfläche (AT)");
        assertThat(label.in(Locale.forLanguageTag("de-CH"))).isEqualTo("Lagerfläche");
        assertThat(label.in(Locale.forLanguageTag("en-GB"))).isEqualTo("Warehouse area");
        assertThat(label.in(Locale.FRENCH)).isEqualTo("Powierzchnia magazynu");
    }

    @Test
    void normalisesLanguageTags() {
        LocalizedText t = new LocalizedText("Tekst", Map.of("DE-at", "Text", "EN", "Text (en)"));

        assertThat(t.translations()).containsOnlyKeys("de-AT", "en");
        assertThat(t.in(Locale.forLanguageTag("de-AT"))).isEqualTo("Text");
        assertThat(t.in(Locale.ENGLISH)).isEqualTo("Text (en)");
    }

    @Test
    void withAddsATranslationToACopy() {
        LocalizedText base = LocalizedText.of("Budżet");
        LocalizedText english = base.with(Locale.ENGLISH, "Budget");

        assertThat(base.translations()).isEmpty();
        assertThat(english.translations()).containsExactly(Map.entry("en", "Budget"));
        assertThat(english.with(Locale.ENGLISH, "Spend").in(Locale.ENGLISH)).isEqualTo("Spend");
    }

    @Test
    void copiesAndFreezesTheTranslations() {
        Map<String, String> source = new HashMap<>(Map.of("en", "Budget"));
        LocalizedText t = new LocalizedText("Budżet", source);

        source.put("de", "Budget (de)");

        assertThat(t.translations()).containsOnlyKeys("en");
        assertThatThrownBy(() -> t.translations().put("fr", "Budget (fr)"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsBlankTextsAndNulls() {
        assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("Budżet").with(Locale.ENGLISH, "\t"))
                .withMessageContaining("en");
        assertThatNullPointerException().isThrownBy(() -> LocalizedText.of(null));
        assertThatNullPointerException().isThrownBy(() -> new LocalizedText("Budżet", null));
        assertThatNullPointerException().isThrownBy(() -> LocalizedText.of("Budżet").in(null));
        assertThatNullPointerException().isThrownBy(() -> LocalizedText.of("Budżet").with(null, "Budget"));
    }

    @Test
    void equalTextsAreEqualAndToStringIsTheDefaultText() {
        assertThat(LocalizedText.of("A").with(Locale.ENGLISH, "B"))
                .isEqualTo(new LocalizedText("A", Map.of("en", "B")))
                .hasSameHashCodeAs(new LocalizedText("A", Map.of("en", "B")));
        assertThat(LocalizedText.of("A")).isNotEqualTo(LocalizedText.of("A").with(Locale.ENGLISH, "B"));
        assertThat(label.toString()).isEqualTo("Powierzchnia magazynu");
    }
}
