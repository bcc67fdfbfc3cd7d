package dev.kartoteka.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdentifierTypeTests {

    @Test
    void onlyThePolishRegistryNumbersAreUnique() {
        assertThat(EnumSet.allOf(IdentifierType.class).stream().filter(IdentifierType::unique)
                .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(IdentifierType.NIP, IdentifierType.REGON, IdentifierType.KRS,
                        IdentifierType.PESEL);
    }

    @Test
    void everyIdentifierReportsItsType() {
        List<Identifier> identifiers = List.of(Nip.parse("7740001454"), Regon.parse("610188201"),
                Krs.parse("28860"), Pesel.of(LocalDate.of(1990, 1, 1), Sex.FEMALE, 1), EuVatNumber.parse("DE123456789"),
                ForeignTaxNumber.of("GB", "123456789"), Email.of("jan@example.pl"), PhoneNumber.parse("601 234 567"));

        assertThat(identifiers).extracting(Identifier::type).containsExactly(IdentifierType.values());
    }

    @Test
    void identifiersOfDifferentTypesWithTheSameDigitsAreNotEqual() {
        assertThat((Identifier) Regon.parse("123456785")).isNotEqualTo(Krs.parse("123456785"));
        assertThat((Identifier) Nip.parse("7740001454")).isNotEqualTo(Krs.parse("7740001454"));
    }
}
