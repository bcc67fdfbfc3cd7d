package dev.kartoteka.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class TheoriesTests {

    @Test
    void usesTheSeedFromTheSystemPropertyOrTheDefault() {
        String property = System.getProperty(Theories.SEED_PROPERTY);

        assertThat(Theories.seed()).isEqualTo(property == null ? Theories.DEFAULT_SEED : Long.parseLong(property));
    }

    @Test
    void aFalsifiedPropertyReportsTheSeedForReplay() {
        assertThatThrownBy(() -> Theories.qt().forAll(Generate.range(0, 9)).check(n -> n < 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Seed was " + Theories.seed());
    }
}
