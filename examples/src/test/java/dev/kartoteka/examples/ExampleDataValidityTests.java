package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.standardization.Standardized;
import dev.kartoteka.core.standardization.Standardizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Everything generated is valid, unique where it must be, consistent, and already in canonical form. */
class ExampleDataValidityTests {

    /** No duplicates here: only originals (clients and contact persons), which must be unique and clean. */
    private static final ExampleData DATA = ExampleData.builder().seed(11).persons(2_400).companies(600)
            .foreignShare(0.2).build();
    private static final List<Party> PARTIES = DATA.population();
    private static final Standardizer STANDARDIZER = Standardizer.defaults();

    /** The first two digits of real postal codes of each city: an independent check of the embedded districts. */
    private static final Map<String, Set<String>> POSTAL_PREFIXES = Map.ofEntries(
            Map.entry("Warszawa", Set.of("00", "01", "02", "03", "04")), Map.entry("Kraków", Set.of("30", "31")),
            Map.entry("Łódź", Set.of("90", "91", "92", "93", "94")),
            Map.entry("Wrocław", Set.of("50", "51", "52", "53", "54")), Map.entry("Poznań", Set.of("60", "61")),
            Map.entry("Gdańsk", Set.of("80")), Map.entry("Szczecin", Set.of("70", "71")),
            Map.entry("Lublin", Set.of("20")), Map.entry("Katowice", Set.of("40")),
            Map.entry("Białystok", Set.of("15")), Map.entry("Gdynia", Set.of("81")),
            Map.entry("Bydgoszcz", Set.of("85")), Map.entry("Rzeszów", Set.of("35")),
            Map.entry("Olsztyn", Set.of("10")), Map.entry("Kielce", Set.of("25")), Map.entry("Opole", Set.of("45")),
            Map.entry("Zielona Góra", Set.of("65")), Map.entry("Toruń", Set.of("87")));

    /** Warsaw districts and the postal codes that lie in them (first three digits, inclusive). */
    private static final Map<String, int[]> WARSAW = Map.ofEntries(Map.entry("Śródmieście", new int[] {0, 9}),
            Map.entry("Wola", new int[] {10, 12}), Map.entry("Bemowo", new int[] {13, 14}),
            Map.entry("Żoliborz", new int[] {15, 16}), Map.entry("Bielany", new int[] {17, 19}),
            Map.entry("Ochota", new int[] {20, 24}), Map.entry("Mokotów", new int[] {25, 27}),
            Map.entry("Ursynów", new int[] {28, 29}), Map.entry("Białołęka", new int[] {30, 32}),
            Map.entry("Targówek", new int[] {33, 35}), Map.entry("Praga-Północ", new int[] {36, 38}),
            Map.entry("Praga-Południe", new int[] {40, 43}), Map.entry("Wawer", new int[] {44, 49}));

    @Test
    void everyPeselIsValidAndAgreesWithBirthDateAndSex() {
        List<Person> withPesel = persons().filter(p -> p.pesel().isPresent()).toList();

        assertThat(withPesel).hasSizeGreaterThan(1_000);
        assertThat(withPesel).allSatisfy(p -> {
            Pesel parsed = Pesel.parse(p.pesel().orElseThrow().value());
            assertThat(parsed.birthDate()).isEqualTo(p.birthDate().orElseThrow());
            assertThat(parsed.sex()).isEqualTo(p.sex().orElseThrow());
            assertThat(p.birthDate().orElseThrow()).isBetween(DATA.asOf().minusYears(86), DATA.asOf().minusYears(18));
        });
    }

    @Test
    void everyCompanyIdentifierIsValid() {
        List<Company> companies = PARTIES.stream().filter(Company.class::isInstance).map(Company.class::cast).toList();

        assertThat(companies).allSatisfy(c -> {
            c.nip().ifPresent(n -> assertThat(Nip.isValid(n.value())).isTrue());
            c.regon().ifPresent(r -> assertThat(Regon.isValid(r.value())).isTrue());
            c.krs().ifPresent(k -> assertThat(Krs.isValid(k.value())).isTrue());
            c.euVatNumber().ifPresent(v -> {
                assertThat(EuVatNumber.isValid(v.value())).isTrue();
                if (v.countryCode().equals("PL")) {
                    assertThat(v.number()).isEqualTo(c.nip().orElseThrow().value());
                }
            });
            assertThat(c.nip().isPresent() || c.euVatNumber().isPresent()).isTrue();
        });
        assertThat(companies.stream().filter(c -> c.krs().isPresent())).hasSizeGreaterThan(200);
        assertThat(companies.stream().map(c -> c.euVatNumber().map(EuVatNumber::countryCode).orElse("-")).distinct())
                .contains("PL", "DE", "AT", "NL", "FR", "CZ");
    }

    @Test
    void uniqueIdentifiersPhonesAndEmailsAreNeverShared() {
        List<String> keys = new ArrayList<>();
        for (Party p : PARTIES) {
            p.identifiers().forEach(id -> keys.add(id.type() + ":" + id.value().toLowerCase(Locale.ROOT)));
        }

        assertThat(keys).hasSizeGreaterThan(PARTIES.size()).doesNotHaveDuplicates();
    }

    @Test
    void polishSurnamesAgreeWithSex() {
        List<Person> poles = persons().filter(p -> p.preferredLanguage().isEmpty()).toList();

        assertThat(poles.stream().filter(p -> p.sex().orElseThrow() == Sex.FEMALE))
                .allSatisfy(p -> assertThat(p.familyName()).doesNotEndWith("ski").doesNotEndWith("cki"))
                .anySatisfy(p -> assertThat(p.familyName()).endsWith("ska"))
                .anySatisfy(p -> assertThat(p.familyName()).isEqualTo("Nowak"));
        assertThat(poles.stream().filter(p -> p.sex().orElseThrow() == Sex.MALE))
                .allSatisfy(p -> assertThat(p.familyName()).doesNotEndWith("ska").doesNotEndWith("cka"))
                .anySatisfy(p -> assertThat(p.familyName()).endsWith("ski"))
                .anySatisfy(p -> assertThat(p.familyName()).isEqualTo("Nowak"));
        assertThat(poles.stream().filter(p -> p.sex().orElseThrow() == Sex.FEMALE))
                .allSatisfy(p -> assertThat(p.givenNames().split(" ")[0]).endsWith("a"));
    }

    @Test
    void polishPostalCodesLieInTheirCityAndWarsawCodesInTheirDistrict() {
        List<PostalAddress> polish = addresses().filter(a -> a.country().equals("PL")).toList();

        assertThat(polish).hasSizeGreaterThan(1_500).allSatisfy(a -> {
            assertThat(a.postalCode()).matches("\\d{2}-\\d{3}");
            assertThat(POSTAL_PREFIXES).containsKey(a.city());
            assertThat(POSTAL_PREFIXES.get(a.city())).contains(a.postalCode().substring(0, 2));
            assertThat(a.region()).isPresent();
        });
        List<PostalAddress> warsaw = polish.stream().filter(a -> a.city().equals("Warszawa")).toList();
        assertThat(warsaw.stream().map(a -> a.district().orElseThrow()).distinct()).hasSize(WARSAW.size());
        assertThat(warsaw).allSatisfy(a -> {
            int[] range = WARSAW.get(a.district().orElseThrow());
            int three = Integer.parseInt(a.postalCode().substring(0, 2) + a.postalCode().charAt(3));
            assertThat(three).isBetween(range[0], range[1]);
        });
        assertThat(polish.stream().map(PostalAddress::city).distinct())
                .contains("Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk");
        assertThat(polish.stream().filter(a -> a.city().equals("Kraków")).map(a -> a.district().orElseThrow())
                .distinct()).hasSizeGreaterThan(3);
    }

    @Test
    void everyPartyIsAlreadyInTheStandardizersCanonicalForm() {
        assertThat(PARTIES).allSatisfy(p -> {
            Standardized<Party> s = STANDARDIZER.standardize(p);
            assertThat(s.remarks()).as(Render.party(p)).isEmpty();
            assertThat(s.get()).as(Render.party(p)).isEqualTo(p);
        });
    }

    @Test
    void phonesAndEmailsStandardiseWithoutRemarks() {
        List<String> phones = PARTIES.stream().flatMap(p -> p.contactPoints(PhoneContact.class).stream())
                .map(c -> c.phone().value()).toList();
        List<String> emails = PARTIES.stream().flatMap(p -> p.contactPoints(EmailContact.class).stream())
                .map(c -> c.email().value()).toList();

        assertThat(phones).hasSizeGreaterThan(2_000).allSatisfy(v -> {
            assertThat(STANDARDIZER.phone(v).remarks()).isEmpty();
            assertThat(STANDARDIZER.phone(v).get().value()).isEqualTo(v);
        });
        assertThat(emails).hasSizeGreaterThan(2_000).allSatisfy(v -> {
            assertThat(STANDARDIZER.email(v).remarks()).isEmpty();
            assertThat(STANDARDIZER.email(v).get().value()).isEqualTo(v);
        });
        assertThat(phones.stream().map(v -> v.substring(0, 3)).distinct()).contains("+48", "+49", "+44", "+38");
    }

    @Test
    void everyPartyIsValidForARegistryWithTheSampleSchema() {
        ClientRegistry registry = ClientRegistry.builder().build();
        registry.importSchema(0, DATA.schema());

        assertThat(PARTIES).allSatisfy(p -> {
            // contact persons are checked against stored persons; this test stores nothing
            Party alone = p instanceof Company c ? c.toBuilder().contactPersons(List.of()).build() : p;
            assertThat(registry.validate(alone)).as(Render.party(p)).isEmpty();
        });
    }

    @Test
    void nothingHappensAfterTheAsOfDay() {
        Instant end = DATA.asOf().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        assertThat(DATA.entries()).allSatisfy(e -> {
            assertThat(e.transactions()).allSatisfy(t -> assertThat(t.date()).isBeforeOrEqualTo(DATA.asOf()));
            assertThat(e.interactions()).allSatisfy(i -> assertThat(i.at()).isBefore(end));
            assertThat(e.consents()).allSatisfy(c -> assertThat(c.at()).isBefore(end));
            assertThat(e.party().roles()).allSatisfy(r -> assertThat(r.since()).isBeforeOrEqualTo(DATA.asOf()));
        });
    }

    @Test
    void transactionsAreOrdersInPlnAndOnlyClientsHaveThem() {
        assertThat(DATA.transactions()).allSatisfy(t -> {
            assertThat(t.amount().currency().getCurrencyCode()).isEqualTo("PLN");
            assertThat(t.amount().amount().signum()).isPositive();
        });
        assertThat(DATA.entries().filter(e -> !e.transactions().isEmpty()))
                .allSatisfy(e -> assertThat(e.party().hasRole(dev.kartoteka.core.party.RoleType.CLIENT,
                        e.transactions().get(0).date())).isTrue());
    }

    @Test
    void leadsCarryASourceAndAWarmth() {
        List<PartyRole> leads = PARTIES.stream().flatMap(p -> p.roles().stream())
                .filter(r -> r.type().equals(dev.kartoteka.core.party.RoleType.LEAD)).toList();

        assertThat(leads).hasSizeGreaterThan(500).allSatisfy(r -> assertThat(r.lead()).isPresent());
        assertThat(leads.stream().map(r -> r.lead().orElseThrow().source()).distinct()).hasSizeGreaterThan(6);
        assertThat(leads.stream().map(r -> r.lead().orElseThrow().warmth()).distinct()).hasSize(3);
        assertThat(leads.stream().filter(r -> r.lead().orElseThrow().utm().isPresent())).isNotEmpty();
    }

    @Test
    void companiesHaveContactPersonsAndSomePartnersExist() {
        List<Company> companies = PARTIES.stream().filter(Company.class::isInstance).map(Company.class::cast).toList();

        assertThat(companies).allSatisfy(c -> assertThat(c.contactPersons()).hasSizeBetween(1, 3)
                .filteredOn(cp -> cp.primary()).hasSize(1));
        assertThat(companies.stream().filter(c -> c.hasRole(dev.kartoteka.core.party.RoleType.PARTNER,
                DATA.asOf()))).isNotEmpty();
    }

    private static Stream<Person> persons() {
        return PARTIES.stream().filter(Person.class::isInstance).map(Person.class::cast);
    }

    private static Stream<PostalAddress> addresses() {
        return PARTIES.stream().flatMap(p -> p.contactPoints(PostalAddress.class).stream());
    }

}
