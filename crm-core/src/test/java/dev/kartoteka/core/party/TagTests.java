package dev.kartoteka.core.party;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.spi.ReferenceFold;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TagTests {

    @Test
    void normalisesCaseAndWhitespace() {
        assertThat(Tag.of("  Key   Account ").value()).isEqualTo("key account");
        assertThat(Tag.of("VIP")).isEqualTo(Tag.of("vip"));
        assertThat(Tag.of("Targi\t2026")).isEqualTo(Tag.of("targi 2026"));
        assertThat(Tag.of("ŁÓDZKIE").value()).isEqualTo("łódzkie");
        assertThat(Tag.of("key-account")).hasToString("key-account");
    }

    @Test
    void collapsesEveryKindOfWhitespaceInside() {
        // the javadoc: "trimmed, inner whitespace collapsed to one space"; strip() already trims these characters
        assertThat(codePoints(Tag.of("\u2003key\u2003account\u3000").value())).isEqualTo(codePoints("key account"));
        assertThat(codePoints(Tag.of("targi\u3000\u30002026").value())).isEqualTo(codePoints("targi 2026"));
    }

    @Test
    void acceptsUpToSixtyCharactersOnceNormalised() {
        assertThat(Tag.of("x".repeat(60)).value()).hasSize(60);
        assertThat(Tag.of("  " + "x".repeat(30) + "     " + "y".repeat(29) + "  ").value()).hasSize(60);
        assertThatThrownBy(() -> Tag.of("x".repeat(61))).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsBlankText(String text) {
        assertThatThrownBy(() -> Tag.of(text)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).path()).isEqualTo("tag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vip", " vip", "vip ", "key  account", "key\taccount"})
    void theConstructorRejectsValuesNotInNormalForm(String value) {
        assertThatThrownBy(() -> new Tag(value)).isInstanceOf(ValidationException.class);
    }

    @Test
    void tagsSortByTheirValue() {
        TreeSet<Tag> tags = new TreeSet<>(List.of(Tag.of("b2b"), Tag.of("Alfa"), Tag.of("vip")));

        assertThat(tags).extracting(Tag::value).containsExactly("alfa", "b2b", "vip");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Tag.of(null));
    }

    @Test
    void normalisingIsIdempotentAndFollowsTheDocumentedRules() {
        qt().forAll(tagText()).assuming(t -> !t.isBlank() && t.strip().length() <= 60).checkAssert(text -> {
            Tag tag = Tag.of(text);
            assertThat(Tag.of(tag.value())).isEqualTo(tag);
            assertThat(new Tag(tag.value())).isEqualTo(tag);
            assertThat(tag.value()).isEqualTo(ReferenceFold.normaliseTag(text));
        });
    }

    /** Spells out the characters, so that a failure shows which white space was kept. */
    private static String codePoints(String s) {
        return s.codePoints().mapToObj(c -> c < 128 && c > 32 ? Character.toString(c) : String.format("<U+%04X>", c))
                .collect(java.util.stream.Collectors.joining());
    }

    private static Gen<String> tagText() {
        List<String> tokens = List.of("a", "B", "ł", "Ż", "ó", "1", "-", " ", "  ", "\t", "\n");
        return lists().of(Generate.pick(tokens)).ofSizeBetween(1, 20).map(l -> String.join("", l));
    }
}
