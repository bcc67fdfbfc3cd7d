package dev.kartoteka.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.hibernate.type.descriptor.java.IntegerJavaType;
import org.hibernate.type.descriptor.java.StringJavaType;
import org.junit.jupiter.api.Test;

/** Kartoteka's JSON strings pass through unchanged; other types need a JSON library and say so. */
class KartotekaJsonFormatMapperTests {

    private final KartotekaJsonFormatMapper mapper = new KartotekaJsonFormatMapper();

    @Test
    void passesJsonTextThroughUnchangedBothWays() {
        String json = "{\"segment\":\"gold\",\"limit\":12.50}";

        assertThat(mapper.toString(json, StringJavaType.INSTANCE, null)).isSameAs(json);
        assertThat(mapper.fromString(json, StringJavaType.INSTANCE, null)).isEqualTo(json);
    }

    @Test
    void anotherTypeWithoutAJsonLibraryIsAClearError() {
        boolean jackson = isPresent("com.fasterxml.jackson.databind.ObjectMapper");
        boolean jsonb = isPresent("jakarta.json.bind.Jsonb");
        if (!jackson && !jsonb) {
            assertThatIllegalStateException().isThrownBy(() -> mapper.toString(42, IntegerJavaType.INSTANCE, null))
                    .withMessageContaining("java.lang.Integer").withMessageContaining("Jackson or JSON-B");
        } else {
            assertThat(mapper.toString(42, IntegerJavaType.INSTANCE, null)).isEqualTo("42");
        }
    }

    private static boolean isPresent(String type) {
        try {
            Class.forName(type);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
