package dev.kartoteka.core.audit;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AuditJsonTests {

    /** Pieces that JSON must escape or that a careless codec mangles. */
    private static final String[] PIECES = {"a", "Łódź", "\"", "\\", "\n", "\t", "\u0000", "\u2028", "😀", " ", "null",
        "{}", "[\"x\"]", "ą", "/", "ż"};

    private static Gen<String> texts() {
        return lists().of(Generate.pick(List.of(PIECES))).ofSizeBetween(0, 6).map(p -> String.join("", p));
    }

    private static Gen<Optional<String>> maybeTexts() {
        return Generate.booleans().zip(texts(), (present, t) -> present ? Optional.of(t) : Optional.<String>empty());
    }

    @Test
    void changesSurviveARoundTripWithTheirOrderAndAbsentValues() {
        Gen<FieldChange> changes = texts().zip(maybeTexts(), maybeTexts(), FieldChange::new);
        qt().forAll(lists().of(changes).ofSizeBetween(0, 8))
                .checkAssert(list -> assertThat(AuditJson.changesFromJson(AuditJson.changesToJson(list)))
                        .isEqualTo(list));
    }

    @Test
    void writesAbsentValuesByLeavingThemOut() {
        String json = AuditJson.changesToJson(List.of(
                new FieldChange("legalName", Optional.of("Acme"), Optional.of("Acme sp. z o.o.")),
                new FieldChange("tags", Optional.empty(), Optional.of("vip"))));

        assertThat(json).isEqualTo("[{\"field\":\"legalName\",\"old\":\"Acme\",\"new\":\"Acme sp. z o.o.\"},"
                + "{\"field\":\"tags\",\"new\":\"vip\"}]");
        assertThat(AuditJson.changesToJson(List.of())).isEqualTo("[]");
    }

    @Test
    void readsNullAsAbsentAndAcceptsAnyMemberOrder() {
        // the shape a database's JSON functions produce when they migrate rows (MariaDB writes nulls, jsonb reorders)
        assertThat(AuditJson.changesFromJson("[{\"new\": \"b\", \"old\": null, \"field\": \"x\"}]"))
                .containsExactly(new FieldChange("x", Optional.empty(), Optional.of("b")));
    }

    @Test
    void rejectsMalformedJsonNamingThePositionButNotTheValues() {
        assertThatThrownBy(() -> AuditJson.changesFromJson("[{\"field\": \"pesel\", \"old\": \"44051401458\""))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("44051401458");
    }

    @Test
    void rejectsEveryOtherShapeNamingThePath() {
        assertThatThrownBy(() -> AuditJson.changesFromJson("{}")).hasMessageContaining("$")
                .hasMessageContaining("an array of field changes");
        assertThatThrownBy(() -> AuditJson.changesFromJson("[{\"field\":\"a\"}, 3]")).hasMessageContaining("$[1]");
        assertThatThrownBy(() -> AuditJson.changesFromJson("[{\"old\":\"a\"}]")).hasMessageContaining("$[0].field");
        assertThatThrownBy(() -> AuditJson.changesFromJson("[{\"field\":\"a\",\"new\":12}]"))
                .hasMessageContaining("$[0].new").hasMessageNotContaining("12");
        assertThatThrownBy(() -> AuditJson.changesFromJson("[{\"field\":\"a\",\"value\":\"x\"}]"))
                .hasMessageContaining("$[0].value");
    }
}
