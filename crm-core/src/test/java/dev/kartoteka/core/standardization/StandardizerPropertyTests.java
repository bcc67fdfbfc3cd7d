package dev.kartoteka.core.standardization;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every normaliser is idempotent: its output standardised again is the same value, with no remark it did not already
 * have (issue 6). Inputs are built from pieces that exercise the rules: casing variants, spaces, dashes, apostrophes,
 * particles, street prefixes, legal forms however written, flat numbers, postal codes, odd characters.
 */
class StandardizerPropertyTests {

    private static final Standardizer S = Standardizer.defaults();

    private static final List<String> NAME_PIECES = List.of("jan", "ANNA", "Maria", "kowalska", "NOWAK", "-", " - ",
            "–", " ", "  ", "\u00A0", "o'", "’", "mc", "MC", "donald", "van", "DER", "de", "ŁUCJA", "żółć", "DeVito",
            "ii", "IV", ".", "2", "#", "x");
    private static final List<String> COMPANY_PIECES = List.of("Acme", "POLSKA", "handel", " ", "  ", ",", "-",
            "sp. z o.o.", "Spółka z ograniczoną odpowiedzialnością", "SP. Z O. O.", "S.A.", "SA", "spółka akcyjna",
            "sp.k.", "sp. j.", "S.K.A.", "P.S.A.", "s.c.", "GmbH", "AG", "Ltd.", "Limited", "Inc", "LLC", "B.V.",
            "s.r.o.", "i", "Syn", "Zinc", "Spółka");
    private static final List<String> STREET_PIECES = List.of("ul.", "UL", "ulica", "aleja", "AL.", "pl.", "plac",
            "os.", "Osiedle", "rondo", " ", "  ", "piotrkowska", "JANA", "Pawła", "II", "ii", "gen.", "GEN.", "3",
            "Maja", "104/2", "12 a", "m. 3", "Placowa", "nad", "Wisłą", "3-go", "11go", "go", "Trzeciego",
            "Dwudziestego", "pierwszego", "LISTOPADA", "1000-lecia", "-", "3 - go", "5 m. 3", " – ");
    private static final List<String> BUILDING_PIECES = List.of("10", "12", "a", "B", "/", " / ", "m.", "m", "lok.",
            " ", "2", "3c", "-", "14", "x");
    private static final List<String> POSTAL_PIECES = List.of("90", "926", "-", " ", "–", "00", "950", "o", "1", "x");
    private static final List<String> CITY_PIECES = List.of("łódź", "BIELSKO", "-", " - ", "biała", "NOWY", "dwór",
            " ", "nad", "ODRĄ", "McAllen", "frankfurt", "am", "MAIN", "ii");
    private static final List<String> REGION_PIECES = List.of("woj.", " ", "Mazowieckie", "ŁÓDZKIE", "śląskie",
            "kujawsko-pomorskie", "województwo", "Mazowsze", "x");

    private static Gen<String> texts(List<String> pieces, int max) {
        return lists().of(Generate.pick(pieces)).ofSizeBetween(0, max).map(p -> String.join("", p));
    }

    private static Gen<String> words(List<String> pieces, int max) {
        return lists().of(Generate.pick(pieces)).ofSizeBetween(1, max).map(p -> String.join(" ", p));
    }

    @Test
    void personsNamesAreIdempotent() {
        qt().forAll(texts(NAME_PIECES, 8)).checkAssert(text -> {
            Standardized<String> once = S.personName(text);
            Standardized<String> twice = S.personName(once.get());
            assertThat(twice.get()).isEqualTo(once.get());
            assertThat(twice.remarks()).isEqualTo(once.remarks());
        });
    }

    @Test
    void companyNamesAreIdempotentAndKeepEveryWordOfTheName() {
        qt().forAll(words(COMPANY_PIECES, 6)).checkAssert(text -> {
            CompanyName once = S.companyName(text).get();
            CompanyName twice = S.companyName(once.toString()).get();
            assertThat(twice).isEqualTo(once);
            assertThat(once.name().isBlank()).as("the name is never emptied").isEqualTo(text.isBlank());
        });
    }

    @Test
    void addressesAreIdempotent() {
        Gen<PostalAddress> addresses = words(STREET_PIECES, 4).zip(texts(BUILDING_PIECES, 4), texts(POSTAL_PIECES, 4),
                words(CITY_PIECES, 4), (street, building, postal, city) -> new PostalAddress(Optional.of(street),
                        building, Optional.empty(), postal, city, Optional.empty(), Optional.empty(), "pl",
                        ContactUsage.main()));
        Gen<PostalAddress> withRegion = addresses.zip(words(REGION_PIECES, 2), Generate.booleans(),
                (a, region, foreign) -> new PostalAddress(a.street(), a.building(), a.unit(), a.postalCode(),
                        a.city(), a.district(), Optional.of(region), foreign ? "de" : "PL", a.usage()));
        qt().forAll(withRegion).checkAssert(address -> {
            Standardized<PostalAddress> once = S.address(address);
            Standardized<PostalAddress> twice = S.address(once.get());
            assertThat(twice.get()).isEqualTo(once.get());
            assertThat(twice.remarks()).isSubsetOf(once.remarks());
        });
    }

    @Test
    void matchingKeysAreIdempotentAndBlindToCaseAndPolishLetters() {
        qt().forAll(texts(NAME_PIECES, 8)).checkAssert(text -> {
            String key = Standardizer.matchingKey(text);
            assertThat(Standardizer.matchingKey(key)).isEqualTo(key);
            assertThat(Standardizer.matchingKey(text.toUpperCase(Locale.ROOT))).isEqualTo(key);
            assertThat(key).doesNotContain("ł", "ż", "ó");
        });
    }

    private static final List<String> GIVEN = List.of("Anna", "Jan", "Maria Anna", "Katarzyna", "Tomasz", "Małgorzata",
            "Jan Paweł");
    // family names that end as Polish ones do (particles and others are read in the column's order: unit tests)
    private static final List<String> FAMILY = List.of("Kowalska", "Nowak", "Wiśniewska", "Kowalska-Nowak",
            "Żółkiewski", "Dąbrowski", "Szewczyk");

    @Test
    void aFullNameSplitsTheSameWhicheverWayRoundItIsWrittenAndAgainFromItsOwnParts() {
        qt().forAll(Generate.pick(GIVEN), Generate.pick(FAMILY), Generate.enumValues(PersonName.Order.class))
                .checkAssert((given, family, order) -> {
                    PersonName expected = new PersonName(given, S.personName(family).get());
                    assertThat(S.fullName(given + " " + family, order).get()).isEqualTo(expected);
                    assertThat(S.fullName(family + " " + given, order).get()).isEqualTo(expected);
                    assertThat(S.fullName((given + "  " + family).toUpperCase(Locale.ROOT), order).get().familyName())
                            .isEqualTo(S.personName(family.toUpperCase(Locale.ROOT)).get());
                    PersonName once = S.fullName(family + " " + given, order).get();
                    assertThat(S.fullName(once.givenNames() + " " + once.familyName(), PersonName.Order.GIVEN_FIRST)
                            .get()).isEqualTo(once);
                });
    }

    private static final List<String> STREETS = List.of("ul. Długa", "al. Jana Pawła II", "Piotrkowska",
            "os. Tysiąclecia", "ul. 3 Maja", "pl. Wolności");

    @Test
    void anAddressOnOneLineReadsAsItsPartsWrittenApart() {
        Gen<String[]> parts = Generate.pick(STREETS).zip(Generate.pick(List.of("7", "12A", "104", "5 b")),
                Generate.pick(List.of("", "3", "12")), Generate.pick(List.of("00-001", "90-926", "43-300")),
                (street, building, unit, code) -> new String[] {street, building, unit, code});
        qt().forAll(parts, Generate.pick(List.of("Warszawa", "Łódź", "Bielsko-Biała", "Nowy Dwór Gdański")),
                Generate.range(0, 3)).checkAssert((p, city, style) -> {
                    String number = p[1] + (p[2].isEmpty() ? "" : style == 1 ? " m. " + p[2] : "/" + p[2]);
                    String line = switch (style) {
                        case 0 -> p[0] + " " + number + ", " + p[3] + " " + city;
                        case 1 -> p[0] + " " + number + " " + p[3] + " " + city;
                        case 2 -> p[3] + " " + city + ", " + p[0] + " " + number;
                        default -> p[0] + " " + number + ", " + p[3] + " " + city + ", Polska";
                    };
                    PostalAddress apart = PostalAddress.polish(p[0], p[1], p[3], city);
                    PostalAddress expected = S.address(p[2].isEmpty() ? apart : apart.withUnit(p[2])).get();
                    assertThat(S.addressLine(line).get()).as(line).isEqualTo(expected);
                });
    }

    @Test
    void anAddressOnOneLineWithoutItsPostalCodeReadsAsItsPartsWithAnEmptyOne() {
        Gen<String[]> parts = Generate.pick(STREETS).zip(Generate.pick(List.of("7", "12A", "104", "5 b")),
                Generate.pick(List.of("", "3", "12")), Generate.pick(List.of("Warszawa", "Łódź", "Bielsko-Biała",
                        "Nowy Dwór Gdański")), (street, building, unit, city) -> new String[] {street, building, unit,
                        city});
        qt().forAll(parts, Generate.range(0, 2)).checkAssert((p, style) -> {
            String number = p[1] + (p[2].isEmpty() ? "" : "/" + p[2]);
            String line = switch (style) {
                case 0 -> p[0] + " " + number + ", " + p[3];
                case 1 -> p[3] + ", " + p[0] + " " + number;
                default -> p[0] + " " + number + ", " + p[3] + ", Polska";
            };
            PostalAddress apart = PostalAddress.polish(p[0], p[1], "", p[3]);
            PostalAddress expected = S.address(p[2].isEmpty() ? apart : apart.withUnit(p[2])).get();
            assertThat(S.addressLine(line).get()).as(line).isEqualTo(expected);
            assertThat(S.addressLine(line, "PL").get()).as(line).isEqualTo(expected);
        });
    }

    @Test
    void partiesAreIdempotent() {
        Gen<Party> persons = texts(NAME_PIECES, 4).zip(texts(NAME_PIECES, 4), words(CITY_PIECES, 3),
                (given, family, city) -> Person.builder().givenNames(given.isBlank() ? "Jan" : given)
                        .familyName(family.isBlank() ? "Nowak" : family)
                        .addContactPoint(PostalAddress.polish("ul " + family, "5 m 2", "00950", city)).build());
        Gen<Party> companies = words(COMPANY_PIECES, 6).zip(Generate.enumValues(LegalForm.class), Generate.booleans(),
                (name, form, stated) -> {
                    Company.Builder b = Company.builder().legalName(name);
                    return stated ? b.legalForm(form).build() : b.build();
                });
        qt().forAll(Generate.frequency(List.of(org.quicktheories.api.Pair.of(1, persons),
                org.quicktheories.api.Pair.of(1, companies)))).checkAssert(party -> {
                    Standardized<Party> once = S.standardize(party);
                    Standardized<Party> twice = S.standardize(once.get());
                    assertThat(twice.get()).as(() -> describe(party) + " → " + describe(once.get()) + " → "
                            + describe(twice.get())).isEqualTo(once.get());
                    assertThat(twice.remarks()).as(() -> describe(party) + " → " + describe(once.get()))
                            .isSubsetOf(once.remarks());
                });
    }

    private static String describe(Party p) {
        return p instanceof Company c ? "[" + c.legalName() + "|" + c.legalForm() + "]"
                : "[" + ((Person) p).givenNames() + "|" + ((Person) p).familyName() + "|" + p.contactPoints() + "]";
    }
}
