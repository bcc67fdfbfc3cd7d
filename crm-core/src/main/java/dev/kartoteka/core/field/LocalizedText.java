package dev.kartoteka.core.field;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A text with translations: a default text and, per language, a translation, e.g. the label {@code "Powierzchnia
 * magazynu"} with the English {@code "Warehouse area"}.
 *
 * @param text the default text, not blank
 * @param translations texts by language tag (e.g. {@code "en"}, {@code "de-AT"}), without the default
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record LocalizedText(String text, Map<String, String> translations) {

    /**
     * Creates the text.
     *
     * @param text the default text, not blank
     * @param translations texts by language tag
     * @throws NullPointerException if an argument, a key or a value is {@code null}
     * @throws IllegalArgumentException if a text is blank
     */
    public LocalizedText {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        translations.forEach((tag, t) -> {
            Objects.requireNonNull(tag, "language tag");
            Objects.requireNonNull(t, "translation");
            if (t.isBlank()) {
                throw new IllegalArgumentException("translation for " + tag + " must not be blank");
            }
            copy.put(Locale.forLanguageTag(tag).toLanguageTag(), t);
        });
        translations = Collections.unmodifiableMap(copy);
    }

    /**
     * A text without translations.
     *
     * @param text the text
     * @return the localized text
     */
    public static LocalizedText of(String text) {
        return new LocalizedText(text, Map.of());
    }

    /**
     * Returns this text with one more translation.
     *
     * @param locale the language
     * @param translation the text in that language
     * @return the new localized text
     */
    public LocalizedText with(Locale locale, String translation) {
        Objects.requireNonNull(locale, "locale");
        TreeMap<String, String> copy = new TreeMap<>(translations);
        copy.put(locale.toLanguageTag(), translation);
        return new LocalizedText(text, copy);
    }

    /**
     * Returns the text for a language: the exact tag, else the language alone (de-AT falls back to de), else the
     * default text.
     *
     * @param locale the language wanted
     * @return the best text
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String exact = translations.get(locale.toLanguageTag());
        if (exact != null) {
            return exact;
        }
        return translations.getOrDefault(locale.getLanguage(), text);
    }

    @Override
    public String toString() {
        return text;
    }
}
