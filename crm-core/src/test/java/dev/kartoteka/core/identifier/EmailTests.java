package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class EmailTests {

    private static final String LOCAL_64 = "l".repeat(64);
    private static final String DOMAIN_189 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(61);

    @ParameterizedTest
    @ValueSource(strings = {"jan.kowalski@example.pl", "user+tag@sub.example.com", "o'brien@example.ie",
        "!#$%&'*+-/=?^_`{|}~@example.com", "a@b.co", "x@bücher.example", "x@xn--bcher-kva.example",
        "first.middle.last@a-b.example.com", "1234@123.example", "jan@żółw.pl"})
    void acceptsPragmaticAddresses(String text) {
        assertThat(Email.isValid(text)).isTrue();
        assertThat(Email.of(text).type()).isEqualTo(IdentifierType.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "plain", "@example.com", "a@", "a@@example.com", "a@b@example.com",
        ".a@example.com", "a.@example.com", "a..b@example.com", "a b@example.com", "a@example", "a@-example.com",
        "a@example-.com", "a@exa_mple.com", "a@example..com", "a@example.com.", "a@.example.com",
        "\"quoted\"@example.com", "a@[127.0.0.1]", "jan@example.pl (Jan)", "Jan <jan@example.pl>", "jan@exa mple.pl",
        "żółw@example.pl", "a\u0000b@example.com"})
    void rejectsMalformedAddresses(String text) {
        assertThat(Email.isValid(text)).isFalse();
        assertThatThrownBy(() -> Email.of(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void acceptsTheLengthLimitsAndRejectsOneCharacterMore() {
        assertThat(Email.isValid(LOCAL_64 + "@example.com")).isTrue();
        assertThat(Email.isValid(LOCAL_64 + "l@example.com")).isFalse();
        assertThat(Email.isValid("a@" + "d".repeat(63) + ".com")).isTrue();
        assertThat(Email.isValid("a@" + "d".repeat(64) + ".com")).isFalse();
        assertThat((LOCAL_64 + "@" + DOMAIN_189).length()).isEqualTo(254);
        assertThat(Email.isValid(LOCAL_64 + "@" + DOMAIN_189)).isTrue();
        assertThat(Email.isValid(LOCAL_64 + "@" + DOMAIN_189 + "c")).isFalse();
    }

    @Test
    void trimsLowerCasesTheDomainAndKeepsTheLocalPartAsWritten() {
        Email email = Email.of("  Jan.Kowalski@Example.PL\n");

        assertThat(email.value()).isEqualTo("Jan.Kowalski@example.pl");
        assertThat(email.localPart()).isEqualTo("Jan.Kowalski");
        assertThat(email.domain()).isEqualTo("example.pl");
    }

    @Test
    void keepsInternationalisedDomainsInUnicodeLowerCase() {
        Email unicode = Email.of("Jan@BÜCHER.Example");
        Email punycode = Email.of("Jan@xn--bcher-kva.example");

        assertThat(unicode.domain()).isEqualTo("bücher.example");
        assertThat(punycode).isEqualTo(unicode).hasSameHashCodeAs(unicode);
        assertThat(Email.of("kontakt@ŻÓŁW.pl").domain()).isEqualTo("żółw.pl");
    }

    @Test
    void isEqualByLocalPartCaseSensitivelyAndDomainCaseInsensitively() {
        assertThat(Email.of("Jan@Example.pl")).isEqualTo(Email.of("Jan@example.PL"));
        assertThat(Email.of("Jan@example.pl")).isNotEqualTo(Email.of("jan@example.pl"));
    }

    @Test
    void errorMasksTheAddressButNamesFieldAndExpectation() {
        assertThatThrownBy(() -> Email.of("jan.kowalski@example"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("email");
                    assertThat(e.violations().get(0).value()).isEqualTo("j******************e");
                    assertThat(e.violations().get(0).expected()).contains("e-mail address", "64", "254");
                    assertThat(e.getMessage()).doesNotContain("kowalski").doesNotContain("example");
                });
    }

    @Test
    void toStringMasksTheAddress() {
        assertThat(Email.of("jan.kowalski@example.pl").toString())
                .isEqualTo("j*********************l")
                .doesNotContain("kowalski");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Email.of(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Email.isValid(null)).withMessage("text");
    }

    @Test
    void normalisingTwiceGivesTheSameAddress() {
        Gen<String> atoms = Generate.pick(List.of("jan", "Anna", "o'brien", "x+y", "a_b", "Z9", "~", "=?"));
        Gen<String> localParts = atoms.zip(atoms, Generate.booleans(), (a, b, dot) -> dot ? a + "." + b : a + b);
        Gen<String> labels = Generate.pick(List.of("example", "EXAMPLE", "bücher", "Żółw", "xn--bcher-kva", "a-1",
                "PL", "com", "co"));
        Gen<String> domains = labels.zip(labels, labels, (a, b, c) -> a + "." + b + "." + c);
        qt().forAll(localParts, domains).checkAssert((local, domain) -> {
            Email once = Email.of(" " + local + "@" + domain + " ");
            assertThat(Email.of(once.value())).isEqualTo(once);
            assertThat(once.value()).isEqualTo(once.localPart() + "@" + once.domain());
            assertThat(once.localPart()).isEqualTo(local);
            assertThat(once.domain()).isEqualTo(once.domain().toLowerCase(java.util.Locale.ROOT));
        });
    }
}
