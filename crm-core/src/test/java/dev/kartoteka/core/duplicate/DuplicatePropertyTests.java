package dev.kartoteka.core.duplicate;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.kartoteka.core.party.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of the scoring, checked with QuickTheories on generated persons and strings. */
class DuplicatePropertyTests {

    private static final DuplicateDetector DETECTOR = DuplicateDetector.defaults();
    private static final List<Labelled<Person>> PERSONS = LabelledPersons.generate(2_000, 99L);

    @Test
    void scoringIsSymmetricAndTheScoreLiesInTheUnitInterval() {
        qt().forAll(integers().between(0, PERSONS.size() - 1), integers().between(0, PERSONS.size() - 1))
                .checkAssert((i, j) -> {
                    Person a = PERSONS.get(i).party();
                    Person b = PERSONS.get(j).party();
                    MatchResult ab = DETECTOR.compare(a, b);
                    MatchResult ba = DETECTOR.compare(b, a);
                    assertThat(ab.score()).isEqualTo(ba.score()).isBetween(0.0, 1.0);
                    assertThat(ab.outcome()).isEqualTo(ba.outcome());
                });
    }

    @Test
    void aRecordAndItsNeighbourReentryScoreSymmetrically() {
        // neighbours in the generated list are often an original and its re-entry: the interesting, similar pairs
        qt().forAll(integers().between(1, PERSONS.size() - 1)).checkAssert(i -> {
            Person a = PERSONS.get(i - 1).party();
            Person b = PERSONS.get(i).party();
            assertThat(DETECTOR.compare(a, b).score()).isEqualTo(DETECTOR.compare(b, a).score()).isBetween(0.0, 1.0);
        });
    }

    /**
     * Name parts that are often alike: typos, forms (of one name and of several), a man's and a woman's form, second
     * names, one letter, an initial, a space typed in, digits and look-alikes, misspellings of names and of forms.
     */
    private static final List<String> NAME_PARTS = List.of("Anna", "Ana", "Anna Maria", "Kasia", "Katarzyna", "Jan",
            "Jna", "Kamil", "Kamila", "Nowak", "Nowak-Kowalska", "Kowalski", "Kowalska", "Ewa", "Ewq", "Ada", "Ida",
            "A", "Bob", "Robert", "Anna Anna", "Zofia Anna", "", "Aga", "Agata", "Agnieszka", "Bartek", "Bartosz",
            "Mgdolena", "Magdalena", "Kaasia", "Kamil A.", "Paul ina", "Paulina", "Now ak", "N0wak", "Evva", "Ala",
            "Ola", "Daniel", "Daniela", "Tkmek", "Tomasz");

    @Test
    void personNamesScoreSymmetricallyHoweverTheirPartsAreWritten() {
        qt().forAll(integers().between(0, NAME_PARTS.size() * NAME_PARTS.size() - 1),
                        integers().between(0, NAME_PARTS.size() * NAME_PARTS.size() - 1),
                        integers().between(0, 15))
                .checkAssert((x, y, shared) -> {
                    Person a = person(x, shared & 3);
                    Person b = person(y, shared >> 2);
                    MatchResult ab = DETECTOR.compare(a, b);
                    MatchResult ba = DETECTOR.compare(b, a);
                    assertThat(ab.score()).as("%s / %s", a.displayName(), b.displayName()).isEqualTo(ba.score())
                            .isBetween(0.0, 1.0);
                    assertThat(ab.outcome()).isEqualTo(ba.outcome());
                });
    }

    /** A person with the given and family name picked by {@code names}, and a birth date and home picked by bits. */
    private static Person person(int names, int bits) {
        Person.Builder b = Person.builder().givenNames(NAME_PARTS.get(names / NAME_PARTS.size()))
                .familyName(NAME_PARTS.get(names % NAME_PARTS.size()));
        if ((bits & 1) != 0) {
            b.birthDate(java.time.LocalDate.of(1985, 3, 12));
        }
        if ((bits & 2) != 0) {
            b.addContactPoint(dev.kartoteka.core.party.PostalAddress.polish("ul. Długa", "5", "00-238", "Warszawa"));
        }
        return b.build();
    }

    @Test
    void everyMethodIsSymmetricBoundedAndOneOnEqualValues() {
        qt().forAll(strings().betweenCodePoints('a', 'f').ofLengthBetween(1, 12),
                        strings().betweenCodePoints('a', 'f').ofLengthBetween(1, 12),
                        integers().between(0, MatchMethod.values().length - 1))
                .checkAssert((x, y, m) -> {
                    MatchMethod method = MatchMethod.values()[m];
                    String a = x.replace('f', ' ').strip();
                    String b = y.replace('f', ' ').strip();
                    if (a.isEmpty() || b.isEmpty() || a.contains("  ") || b.contains("  ")) {
                        return;
                    }
                    double s = Similarity.of(method, a, b);
                    assertThat(s).isEqualTo(Similarity.of(method, b, a)).isBetween(0.0, 1.0);
                    assertThat(Similarity.of(method, a, a)).isEqualTo(1.0);
                });
    }

    @Test
    void optimalStringAlignmentCountsASwapOfNeighboursAsOneEdit() {
        assertThat(Similarity.osa("nowak", "nowak")).isZero();
        assertThat(Similarity.osa("nowak", "nowka")).isEqualTo(1);
        assertThat(Similarity.osa("nowak", "nowa")).isEqualTo(1);
        assertThat(Similarity.osa("kowalski", "kowalska")).isEqualTo(1);
        assertThat(Similarity.osa("abc", "")).isEqualTo(3);
    }

    @Test
    void optimalStringAlignmentCountsAScannersMisreadingAsOneEdit() {
        assertThat(Similarity.osa("herman", "herrnan")).isEqualTo(1);
        assertThat(Similarity.osa("tacleusz", "tadeusz")).isEqualTo(1);
        assertThat(Similarity.osa("vvojcik", "wojcik")).isEqualTo(1);
        assertThat(Similarity.osa("mariusz", "rnariusz")).isEqualTo(1);
        // not ri for n: Daria and Dana, Irina and Inna are two names
        assertThat(Similarity.osa("daria", "dana")).isEqualTo(2);
        assertThat(Similarity.osa("irina", "inna")).isEqualTo(2);
        // one misreading and one typo are two edits; the other way round (m for rn) as much
        assertThat(Similarity.osa("herrnon", "herman")).isEqualTo(2);
        assertThat(Similarity.osa("czarnecki", "czamecki")).isEqualTo(1);
        // letters a scanner does not confuse stay two edits
        assertThat(Similarity.osa("herman", "hersan")).isEqualTo(1);
        assertThat(Similarity.osa("herman", "herxyan")).isEqualTo(2);
    }

    @Test
    void optimalStringAlignmentIsSymmetricAndAtMostLevenshtein() {
        org.apache.commons.text.similarity.LevenshteinDistance levenshtein =
                org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
        qt().forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 9),
                        strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 9))
                .checkAssert((x, y) -> {
                    // letters a scanner confuses, often enough to meet: every letter folded onto c, d, i, l, m, n, r, v, w
                    String a = fold(x);
                    String b = fold(y);
                    int d = Similarity.osa(a, b);
                    assertThat(d).isEqualTo(Similarity.osa(b, a)).isLessThanOrEqualTo(levenshtein.apply(a, b))
                            .isGreaterThanOrEqualTo((levenshtein.apply(a, b) + 1) / 2);
                    assertThat(Similarity.osa(a, a)).isZero();
                });
    }

    private static String fold(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append("cdilmnrvw".charAt(c % 9));
        }
        return out.toString();
    }

    @Test
    void tokenSetIgnoresWordOrder() {
        assertThat(Similarity.of(MatchMethod.TOKEN_SET, "jan kowalski", "kowalski jan")).isEqualTo(1.0);
        assertThat(Similarity.of(MatchMethod.TOKEN_SET, "jan kowalski", "jan kowalsky")).isGreaterThan(0.9);
        // below 0.8, the default company rules' threshold for legal names compared so: a disagreement
        assertThat(Similarity.of(MatchMethod.TOKEN_SET, "jan kowalski", "jan nowak")).isLessThan(0.8);
    }

    @Test
    void birthDatesApartIsSymmetric() {
        // a date, and another one: random, or the first with a digit changed, two digits swapped, day and month swapped
        qt().forAll(integers().between(0, 40_000), integers().between(0, 40_000), integers().between(0, 99))
                .checkAssert((x, y, change) -> {
                    String a = java.time.LocalDate.ofEpochDay(-15_000 + x).toString().replace("-", "");
                    String b;
                    if (change < 20) {
                        b = java.time.LocalDate.ofEpochDay(-15_000 + y).toString().replace("-", "");
                    } else if (change < 60) {
                        char[] c = (y % 2 == 0 ? a : a.substring(0, 4) + a.substring(6) + a.substring(4, 6))
                                .toCharArray();
                        c[change % 8] = (char) ('0' + y % 10);
                        b = new String(c);
                    } else {
                        char[] c = a.toCharArray();
                        int i = change % 7;
                        char t = c[i];
                        c[i] = c[i + 1];
                        c[i + 1] = t;
                        c[(i + 3 + y % 4) % 8] = (char) ('0' + y % 10);
                        b = new String(c);
                    }
                    assertThat(Similarity.datesApart(a, b)).as("%s / %s", a, b).isEqualTo(Similarity.datesApart(b, a));
                });
    }
}
