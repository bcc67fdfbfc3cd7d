package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.standardization.Standardizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties over any seed and any client of a million-client data set, reached directly by its number. QuickTheories
 * runs with the build's fixed seed ({@code QT_SEED}); a failure prints the seed and the falsifying values.
 */
class ExampleDataPropertyTests {

    private static final ClientRegistry REGISTRY = ClientRegistry.builder().build();

    static {
        REGISTRY.importSchema(0, ExampleData.builder().build().schema());
    }

    private static QuickTheory qt() {
        String seed = System.getProperty("QT_SEED");
        return QuickTheory.qt()
                .withFixedSeed(seed == null || seed.isBlank() ? 20261122L : Long.parseLong(seed.strip()));
    }

    @Test
    void anyClientOfAnySeedIsValidAndCanonical() {
        qt().withExamples(150).forAll(longs().all(), integers().between(0, 999_999)).checkAssert((seed, client) -> {
            ExampleData data = ExampleData.builder().seed(seed).persons(800_000).companies(200_000)
                    .duplicateShare(0.2).build();
            for (ExampleParty e : data.entriesOfClient(client)) {
                Party p = e.party();
                if (e.duplicateOf().isEmpty()) {
                    assertThat(Standardizer.defaults().standardize(p).remarks()).as(Render.party(p)).isEmpty();
                    assertThat(Standardizer.defaults().standardize(p).get()).isEqualTo(p);
                }
                Party alone = p instanceof Company c ? c.toBuilder().contactPersons(List.of()).build() : p;
                assertThat(REGISTRY.validate(alone)).as(Render.party(p)).isEmpty();
                if (p instanceof Person person && person.pesel().isPresent()) {
                    Pesel pesel = Pesel.parse(person.pesel().get().value());
                    assertThat(person.birthDate()).contains(pesel.birthDate());
                    assertThat(person.sex()).contains(pesel.sex());
                }
                if (p instanceof Company c) {
                    c.nip().ifPresent(n -> assertThat(Nip.isValid(n.value())).isTrue());
                    c.regon().ifPresent(r -> assertThat(Regon.isValid(r.value())).isTrue());
                }
                assertThat(data.entry(p.id())).contains(e);
            }
        });
    }

    @Test
    void aPermutationMapsItsRangeOntoItself() {
        qt().withExamples(200).forAll(integers().between(1, 3_000), longs().all()).checkAssert((size, key) -> {
            Permutation p = new Permutation(size, key);
            Set<Long> seen = new HashSet<>();
            for (long i = 0; i < size; i++) {
                long v = p.apply(i);
                assertThat(v).isBetween(0L, size - 1L);
                seen.add(v);
            }
            assertThat(seen).hasSize(size);
        });
    }

    @Test
    void boundedDrawsStayInTheirBounds() {
        qt().withExamples(500).forAll(longs().all(), integers().between(1, Integer.MAX_VALUE)).checkAssert((seed,
                bound) -> {
            Rng rng = Rng.of(seed, 0, 0);
            for (int i = 0; i < 20; i++) {
                assertThat(rng.nextInt(bound)).isBetween(0, bound - 1);
                assertThat(rng.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
                assertThat(rng.gamma(0.3 + (bound % 7), 2)).isPositive();
            }
        });
    }
}
