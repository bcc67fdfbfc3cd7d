package dev.kartoteka.core.standardization;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardizerTests {

    private final Standardizer standardizer = Standardizer.defaults();

    // ------------------------------------------------------------------------------------------------------ phones

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Anna Maria Kowalska | GIVEN_FIRST  | Anna Maria | Kowalska",
        "KOWALSKA ANNA       | GIVEN_FIRST  | Anna       | Kowalska",
        "Jan van der Berg    | GIVEN_FIRST  | Jan        | Van der Berg",
        "van der Berg Jan    | FAMILY_FIRST | Jan        | Van der Berg",
        "Kowalski Jan        | FAMILY_FIRST | Jan        | Kowalski",
        "Jan Kowalski        | FAMILY_FIRST | Jan        | Kowalski",
        "Nowak Kowalski      | GIVEN_FIRST  | Nowak      | Kowalski",
        "Nowak Kowalski      | FAMILY_FIRST | Kowalski   | Nowak",
        "  jan   nowak-jeziorańska  | GIVEN_FIRST | Jan | Nowak-Jeziorańska",
        "Kowalski, Jan       | GIVEN_FIRST  | Jan        | Kowalski",
        "Kasia Urban         | GIVEN_FIRST  | Kasia      | Urban",
        "Harper Lee          | GIVEN_FIRST  | Harper     | Lee",
        "Tomek Roman         | GIVEN_FIRST  | Tomek      | Roman",
        "Nowak Jan K.        | GIVEN_FIRST  | Jan K.     | Nowak",
        "Jan K. Nowak        | FAMILY_FIRST | Jan K.     | Nowak",
        // titles are no part of the name: kept small before the given names
        "dr Jan Kowalski     | GIVEN_FIRST  | dr Jan     | Kowalski",
        "Anna Nowak, mgr inż. | GIVEN_FIRST | mgr inż. Anna | Nowak",
        "PROF. DR HAB. EWA LIS | GIVEN_FIRST | prof. dr hab. Ewa | Lis",
        "Kowalski Jan, dr    | FAMILY_FIRST | dr Jan     | Kowalski",
        "Mr John Smith       | GIVEN_FIRST  | Mr John    | Smith",
        "Dr Kowalski         | GIVEN_FIRST  | Dr         | Kowalski",
        "Jan Kowalski, dr hab. n. med. | GIVEN_FIRST | dr hab. n. med. Jan | Kowalski",
        "dr n. med. Jan Kowalski | GIVEN_FIRST | dr n. med. Jan | Kowalski",
        "JOHN SMITH, PHD     | GIVEN_FIRST  | PhD John   | Smith",
        "Jan Kowalski MBA    | GIVEN_FIRST  | MBA Jan    | Kowalski",
        // without its dot an abbreviation is a name: Lić, Mec
        "Marko Ivan Lić      | GIVEN_FIRST  | Marko Ivan | Lić",
        "Ewa Maria Mec       | GIVEN_FIRST  | Ewa Maria  | Mec",
        // no order stated: a common given name at one end and none at the other decides, else given names first
        "Żak Urszula         | UNSTATED     | Urszula    | Żak",
        "Urszula Żak         | UNSTATED     | Urszula    | Żak",
        "ŻAK WIKTOR          | UNSTATED     | Wiktor     | Żak",
        "Kowalska Anna Maria | UNSTATED     | Anna Maria | Kowalska",
        "Kasia Urban         | UNSTATED     | Kasia      | Urban",
        "Jan Paweł           | UNSTATED     | Jan        | Paweł",
        "Nowak Kasia         | UNSTATED     | Kasia      | Nowak",
        "Harper Lee          | UNSTATED     | Lee        | Harper",
        "Żak Urszula         | GIVEN_FIRST  | Żak        | Urszula"})
    void aFullNameIsSplitInTheColumnsOrderOrAsItsWordsSay(String text, PersonName.Order order, String given,
            String family) {
        assertThat(standardizer.fullName(text, order).get()).isEqualTo(new PersonName(given, family));
    }

    @Test
    void aFullNameOfOneWordIsNoName() {
        Standardized<PersonName> one = standardizer.fullName("Kowalski", PersonName.Order.GIVEN_FIRST);
        assertThat(one.value()).isEmpty();
        assertThat(one.remarks()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("fullName");
            assertThat(r.reason()).contains("two words");
        });
        assertThat(standardizer.fullName("  ", PersonName.Order.GIVEN_FIRST).value()).isEmpty();
        assertThat(new PersonName("Anna", "Kowalska").toString()).doesNotContain("Anna").doesNotContain("Kowalska");
        assertThatThrownBy(() -> new PersonName("Anna", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("family name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ul. Długa 7/3, 00-001 Warszawa           | ul. Długa            | 7   | 3 | 00-001 | Warszawa",
        "Długa 7 m. 3 00-001 Warszawa             | Długa                | 7   | 3 | 00-001 | Warszawa",
        "00-950 WARSZAWA, al. Jana Pawła II 12    | al. Jana Pawła II    | 12  |   | 00-950 | Warszawa",
        "ul. 3 Maja 5, 43-300 Bielsko-Biała, Polska | ul. 3 Maja         | 5   |   | 43-300 | Bielsko-Biała",
        "Piotrkowska 104 lok. 2; 90 – 926 Łódź    | Piotrkowska          | 104 | 2 | 90-926 | Łódź",
        "ul. Długa 7, m. 3, 00-001 Warszawa       | ul. Długa            | 7   | 3 | 00-001 | Warszawa",
        "ul. Długa 7 lokal U3, 00-001 Warszawa    | ul. Długa            | 7   | U3 | 00-001 | Warszawa",
        "ul. Długa 7-9, 00-001 Warszawa           | ul. Długa            | 7-9 |   | 00-001 | Warszawa",
        "ul. Długa 7/3 00-001 Warszawa Polska     | ul. Długa            | 7   | 3 | 00-001 | Warszawa",
        "00-001 Warszawa, ul. Długa 7/3, Polska   | ul. Długa            | 7   | 3 | 00-001 | Warszawa",
        "Konstytucji 3 Maja 68 m. 17, 90-122 Łódź | Konstytucji 3 Maja   | 68  | 17 | 90-122 | Łódź",
        "ul. Krakowska 9, JELENIA GÓRA            | ul. Krakowska        | 9   |   | ''     | Jelenia Góra",
        "Kraków, ul. Długa 7/3                    | ul. Długa            | 7   | 3 | ''     | Kraków",
        "ul. Piłsudskiego 36, 03 844 Warszawa     | ul. Piłsudskiego     | 36  |   | 03-844 | Warszawa",
        "ul. Dworcowa 37, 35150 Rzeszów, Polska   | ul. Dworcowa         | 37  |   | 35-150 | Rzeszów",
        "Stawowa 49, 44220 Rybnik, Poland         | Stawowa              | 49  |   | 44-220 | Rybnik",
        "UL. Kilińskiego 21, 30 118 Kraków, PL    | ul. Kilińskiego      | 21  |   | 30-118 | Kraków",
        // five digits, the dash lost, where the street's prefix or a Polish letter says the line is Polish
        "ul. Dworcowa 37, 35150 Rzeszow           | ul. Dworcowa         | 37  |   | 35-150 | Rzeszow",
        "Ul. Pocztowa 28/7 67200 Głogów           | ul. Pocztowa         | 28  | 7 | 67-200 | Głogów",
        "Modrzewiowa 39, 78100 Kołobrzeg          | Modrzewiowa          | 39  |   | 78-100 | Kołobrzeg",
        "20647 Lublin, ul. Orzechowa 23           | ul. Orzechowa        | 23  |   | 20-647 | Lublin",
        "UL. 3 MAJA 5, 41219 SOSNOWIEC            | ul. 3 Maja           | 5   |   | 41-219 | Sosnowiec",
        "Dolna 27c m. 40, 41205 Sosnowiec         | Dolna                | 27C | 40 | 41-205 | Sosnowiec",
        // neither a comma nor a postal code: the number divides the street from the city
        "Ul. Kopernika 30/62 Częstochowa          | ul. Kopernika        | 30  | 62 | ''    | Częstochowa",
        "al. Jana Pawła II 102A lok. 83 Nowy Targ | al. Jana Pawła II    | 102A | 83 | ''   | Nowy Targ",
        "ul. 3 Maja 5 Warszawa                    | ul. 3 Maja           | 5   |   | ''     | Warszawa",
        "Konstytucji 3 Maja 68 Łódź               | Konstytucji 3 Maja   | 68  |   | ''     | Łódź"})
    void anAddressOnOneLineIsReadApart(String line, String street, String building, String unit, String code,
            String city) {
        PostalAddress read = standardizer.addressLine(line).get();
        assertThat(read.street()).contains(street);
        assertThat(read.building()).isEqualTo(building);
        assertThat(read.unit()).isEqualTo(Optional.ofNullable(unit));
        assertThat(read.postalCode()).isEqualTo(code);
        assertThat(read.city()).isEqualTo(city);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Krótka, Kraków", "ul. Długa, 00-001 Warszawa", "00-001 Warszawa",
        "ul. Długa 7, 00-001 Warszawa, Niemcy", "ul. Długa 7, 00-001", "10115 Berlin, Unter den Linden 5",
        "ul. Długa 7 kl. B m. 3, 00-001 Warszawa", "ul. Długa 7, 00-001 Warszawa; Mazowsze",
        "Krotka 7 00001 Warszawa", "Unter den Linden 5, 10115 Berlin", "ul. Długa 7 kl. B, Warszawa",
        "ul. Długa 7, Warszawa 2", "ul. Długa 7, parter", "ul. Długa 7, klatka B", "Kraków, ul. Długa 7, parter",
        "Warszawa, Mokotów, ul. Długa 7", "ul. Lipowa 12 marca 5, 00-001 Kraków", "ul. Lipowa 3 Maja 5, Kraków",
        "Dworcowa 37, 35150 Rzeszow", "ul. Długa 7, 12 345 67 Warszawa", "5 Pl. Vendome, 75001 Paris",
        "ul. Długa 7 klatka B", "ul. Długa 7 parter", "ul. Nowa 15 B Kraków", "ul. Długa 7 m 3"})
    void anAddressOnOneLineWithoutItsPartsIsUnreadable(String line) {
        Standardized<PostalAddress> read = standardizer.addressLine(line);
        assertThat(read.value()).as(line).isEmpty();
        assertThat(read.remarks()).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("address"));
    }

    @Test
    void fiveDigitsBeforeTheCityAreAPolishPostalCodeWhereTheCallerStatesPoland() {
        assertThat(standardizer.addressLine("Krotka 7, 00001 Warszawa", "PL").get().postalCode()).isEqualTo("00-001");
        assertThat(standardizer.addressLine("Krotka 7, 00001 Warszawa").value()).isEmpty();
    }

    @Test
    void anAddressOnOneLineThatNamesAnotherCountryIsReadThere() {
        PostalAddress lviv = standardizer.addressLine("vul. Franka 56/27, 79016 Lwów, Ukraina").get();
        assertThat(lviv.country()).isEqualTo("UA");
        assertThat(lviv.postalCode()).isEqualTo("79016");
        assertThat(lviv.building()).isEqualTo("56");
        PostalAddress berlin = standardizer.addressLine("Unter den Linden 5, 10115 Berlin, Deutschland", "DE").get();
        assertThat(berlin.city()).isEqualTo("Berlin");
        assertThat(standardizer.addressLine("Unter den Linden 5, 10115 Berlin, Germany").get().country())
                .isEqualTo("DE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DE | Unter den Linden 5, 10115 Berlin            | Unter den Linden     | 5   |    | 10115    | Berlin",
        "DE | 10115 Berlin, Unter den Linden 5            | Unter den Linden     | 5   |    | 10115    | Berlin",
        "de | Hauptstraße 12a D-80331 München              | Hauptstraße          | 12A |    | 80331    | München",
        "CH | Bahnhofstrasse 12, CH-8001 Zürich           | Bahnhofstrasse       | 12  |    | 8001     | Zürich",
        "AT | Stephansplatz 1/3, 1010 Wien                 | Stephansplatz        | 1   | 3  | 1010     | Wien",
        "FR | 12 rue de la Paix, 75002 Paris               | Rue de la Paix       | 12  |    | 75002    | Paris",
        "NL | Damrak 1, 1012lp Amsterdam                   | Damrak               | 1   |    | 1012 LP  | Amsterdam",
        "CZ | Václavské náměstí 1, 11000 Praha             | Václavské Náměstí    | 1   |    | 110 00   | Praha",
        "LT | Gedimino pr. 9, LT-01103 Vilnius             | Gedimino Pr.         | 9   |    | LT-01103 | Vilnius",
        "PT | Rua Augusta 100, 1100-053 Lisboa             | Rua Augusta          | 100 |    | 1100-053 | Lisboa",
        "PL | ul. Długa 7/3, 00-001 Warszawa               | ul. Długa            | 7   | 3  | 00-001   | Warszawa"})
    void anAddressOnOneLineIsReadInTheCountryItsRowNames(String country, String line, String street,
            String building, String unit, String code, String city) {
        PostalAddress read = standardizer.addressLine(line, country).get();
        assertThat(read.street()).contains(street);
        assertThat(read.building()).isEqualTo(building);
        assertThat(read.unit()).isEqualTo(Optional.ofNullable(unit));
        assertThat(read.postalCode()).isEqualTo(code);
        assertThat(read.city()).isEqualTo(city);
        assertThat(read.country()).isEqualTo(country.toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GB | 221B Baker Street, London NW1 6XE                 | Baker Street       | 221B | NW1 6XE  | London        |",
        "gb | 10 Downing Street, London, sw1a2aa                | Downing Street     | 10   | SW1A 2AA | London        |",
        "US | 1600 Pennsylvania Ave NW, Washington, DC 20500     | Pennsylvania Ave NW | 1600 | 20500    | Washington    | DC",
        "IE | 5 Main Street, Dublin 6w                            | Main Street        | 5    | ''       | Dublin 6W     |",
        "US | 1600 Amphitheatre Pkwy, Mountain View, CA 94043-1351 | Amphitheatre Pkwy | 1600 | 94043-1351 | Mountain View | CA",
        "CA | 24 Sussex Drive, Ottawa, ON K1M1M4                 | Sussex Drive       | 24   | K1M 1M4  | Ottawa        | ON",
        "AU | 1 Martin Place, Sydney NSW 2000                    | Martin Place       | 1    | 2000     | Sydney        | NSW",
        "IE | 1 Grafton Street, Dublin 2, D02 XY45               | Grafton Street     | 1    | D02 XY45 | Dublin 2      |",
        "IE | 5 Main Street, Kilkenny                            | Main Street        | 5    | ''       | Kilkenny      |"})
    void anAddressOnOneLineIsReadWhereTheCountryWritesThePostalCodeLast(String country, String line, String street,
            String building, String code, String city, String region) {
        PostalAddress read = standardizer.addressLine(line, country).get();
        assertThat(read.street()).contains(street);
        assertThat(read.building()).isEqualTo(building);
        assertThat(read.postalCode()).isEqualTo(code);
        assertThat(read.city()).isEqualTo(city);
        assertThat(read.region()).isEqualTo(Optional.ofNullable(region));
        assertThat(read.country()).isEqualTo(country.toUpperCase(java.util.Locale.ROOT));
        assertThat(standardizer.address(read).get()).as("standardised already").isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"DE | Unter den Linden 5 Berlin", "DE | Unter den Linden, 10115 Berlin",
        "DE | Unter den Linden 5, 10115 Berlin, Mitte", "DE | Straße des 17. Juni 135, 10623 Berlin",
        "FR | rue de la Paix, 75002 Paris", "GB | 221B Baker Street London NW1 6XE",
        "GB | Baker Street, London NW1 6XE", "GB | Flat 3, 221B Baker Street, London NW1 6XE",
        "GB | 221B Baker Street, London", "US | 1600 Pennsylvania Ave NW, Washington, 20500",
        "GB | 221B Baker Street, Marylebone, London NW1 6XE", "US | 10 Main Street, Springfield, XX 62701",
        "AU | 1 Martin Place, Sydney CBD 2000", "IE | 5 Main Street, Dublin 99", "IE | 5 Main Street, Galway 2",
        "US | 1600 Pennsylvania Ave NW, Washington 2, DC 20500", "AU | 1 Martin Place, Sydney 2000",
        "XX | Main 1, 12345 Town", "DE | Unter den Linden 5, 1011 Berlin"})
    void aForeignAddressOnOneLineWithoutItsPartsOrInACountryNotReadIsUnreadable(String country, String line) {
        Standardized<PostalAddress> read = standardizer.addressLine(line, country);
        assertThat(read.value()).as(line).isEmpty();
        assertThat(read.remarks()).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("address"));
    }

    @Test
    void anAddressWhosePostalCodeIsNotKnownIsTheSameAsOneWithItWhereAllElseAgrees() {
        PostalAddress withCode = PostalAddress.polish("ul. Długa", "7", "00-001", "Warszawa");
        assertThat(Standardizer.sameAddress(withCode, PostalAddress.polish("DLUGA", "7", "", "WARSZAWA"))).isTrue();
        assertThat(Standardizer.sameAddress(withCode, PostalAddress.polish("ul. Długa", "7", "00950", "Warszawa")))
                .isFalse();
        assertThat(Standardizer.sameAddress(withCode, PostalAddress.polish("ul. Długa", "9", "", "Warszawa")))
                .isFalse();
    }

    @Test
    void aVillagesNameBeforeItsNumberIsNoStreet() {
        PostalAddress village = standardizer.addressLine("Wólka 12, 05-000 Wólka").get();
        assertThat(village.street()).isEmpty();
        assertThat(village.building()).isEqualTo("12");
        assertThat(village.city()).isEqualTo("Wólka");
    }

    @Test
    void andCompanyIsNoLegalForm() {
        assertThat(standardizer.companyName("Kowalski i S-ka").get().legalForm()).isEmpty();
        assertThat(standardizer.companyName("Kowalski i S\u2013ka").get().legalForm()).isEmpty();
        assertThat(standardizer.companyName("Kowalski i S.ka").get().legalForm()).isEmpty();
        assertThat(standardizer.companyName("Kowalski S.K.A.").get().legalForm())
                .contains(LegalForm.LIMITED_JOINT_STOCK_PARTNERSHIP);
    }

    @Test
    void writesPhonesInE164AndSplitsOffTheExtensionBeforeParsing() {
        PhoneNumber phone = standardizer.phone(" 22 123-45-67 wew. 12 ").get();

        assertThat(phone.value()).isEqualTo("+48221234567");
        assertThat(phone.extension()).contains("12");
        assertThat(phone.lineType()).isEqualTo(PhoneNumber.LineType.FIXED_LINE);
        assertThat(standardizer.phone("601 234 567").get().lineType()).isEqualTo(PhoneNumber.LineType.MOBILE);
        assertThat(standardizer.phone("0048 601 234 567").get()).isEqualTo(standardizer.phone("+48601234567").get());
    }

    @Test
    void readsNumbersWithoutACountryCodeInTheConfiguredRegion() {
        assertThat(Standardizer.forRegion("de").phone("030 1234567").get().value()).isEqualTo("+49301234567");
        assertThatThrownBy(() -> Standardizer.forRegion("XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAPhoneItCannotReadWithoutQuotingIt() {
        Standardized<PhoneNumber> result = standardizer.phone("123 45");

        assertThat(result.value()).isEmpty();
        assertThat(result.remarks()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("phone");
            assertThat(r.reason()).doesNotContain("123 45");
        });
    }

    @Test
    void tellsAnAddressOfAPlaceAloneAndWhetherTwoAddressesAreInOnePlace() {
        PostalAddress krakow = new PostalAddress(Optional.empty(), "", Optional.empty(), "", "Kraków",
                Optional.empty(), Optional.empty(), "PL", ContactUsage.main());
        PostalAddress dluga = PostalAddress.polish("ul. Długa", "5", "31-000", "KRAKOW");

        assertThat(Standardizer.placeAlone(krakow)).isTrue();
        assertThat(Standardizer.placeAlone(dluga)).isFalse();
        assertThat(Standardizer.samePlace(krakow, dluga)).isTrue();
        assertThat(Standardizer.samePlace(krakow.withPostalCode("31-000"), dluga)).isTrue();
        assertThat(Standardizer.samePlace(krakow.withPostalCode("30-001"), dluga)).as("another postal code").isFalse();
        assertThat(Standardizer.samePlace(PostalAddress.polish("ul. Długa", "5", "31-000", "Kraśnik"), dluga))
                .isFalse();
    }

    // ---------------------------------------------------------------------------------------------------- countries

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PL | PL", "pl | PL", "POL | PL", "Polska | PL", "POLAND | PL", "Polen | PL", "Rzeczpospolita Polska | PL",
        "Niemcy | DE", "Deutschland | DE", "Germany | DE", "DEU | DE", "Allemagne | DE",
        "UK | GB", "United Kingdom | GB", "Wielka Brytania | GB", "England | GB",
        "Ukraina | UA", "Ukraine | UA", "Україна | UA", "USA | US", "Stany Zjednoczone | US", "Czechy | CZ",
        "Česko | CZ", " francja  | FR"})
    void readsACountryAsItsCodeOrItsName(String entered, String code) {
        assertThat(standardizer.country(entered).get()).isEqualTo(code);
        assertThat(standardizer.country(code).get()).as("idempotent").isEqualTo(code);
    }

    @Test
    void readsAPhoneInThePartysCountryFirstThenInTheDefaultRegion() {
        assertThat(standardizer.phone("030 1234567", "DE").get().value()).isEqualTo("+49301234567");
        assertThat(standardizer.phone("601 234 567", "DE").get().value()).isEqualTo("+48601234567");
        assertThat(standardizer.phone("601 234 567", "PL").get().value()).isEqualTo("+48601234567");
        assertThat(standardizer.phone("+44 20 7946 0958", "DE").get().value()).isEqualTo("+442079460958");
        assertThat(standardizer.phone("12", "DE").remarks()).extracting(Remark::field).containsExactly("phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantyda", "", "  ", "XX", "Europa", "P L"})
    void leavesOtherTextUnreadableAsACountry(String entered) {
        assertThat(standardizer.country(entered).value()).isEmpty();
        assertThat(standardizer.country(entered).remarks()).extracting(Remark::field).containsExactly("country");
    }

    // ------------------------------------------------------------------------------------------------------ e-mails

    @Test
    void trimsEmailsAndLowerCasesOnlyTheDomainWithoutProviderRewriting() {
        assertThat(standardizer.email("  Jan.Kowalski+crm@GMAIL.com ").get().value())
                .isEqualTo("Jan.Kowalski+crm@gmail.com");
        assertThat(standardizer.email("anna@XN--BCHER-KVA.example").get().value()).isEqualTo("anna@bücher.example");
        assertThat(standardizer.email("anna(at)example.pl").remarks()).extracting(Remark::field)
                .containsExactly("email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan Kowalski <jan@example.pl>", "\"Kowalski, Jan\" <jan@example.pl>", "<jan@example.pl>",
        "mailto:jan@example.pl", "MAILTO:jan@example.pl?subject=Oferta", " jan@example.pl ",
        "Łucja O'Brien-Żak <jan@example.pl>"})
    void readsTheAddressOutOfWhatAMailProgramOrAWebPageCopies(String copied) {
        assertThat(standardizer.email(copied).get().value()).isEqualTo("jan@example.pl");
    }

    @Test
    void readsTheEscapesOfAMailtoAddress() {
        assertThat(standardizer.email("mailto:jan%2Btag@example.pl").get().value()).isEqualTo("jan+tag@example.pl");
        assertThat(standardizer.email("mailto:jan+tag@example.pl").get().value()).isEqualTo("jan+tag@example.pl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan@wp,pl", "jan@wp.pl.", " jan@WP,PL ", "jan@wp,pl."})
    void putsRightACommaTypedForADotInTheDomainAndADotAfterIt(String typed) {
        assertThat(standardizer.email(typed).get().value()).isEqualTo("jan@wp.pl");
        assertThat(standardizer.email(typed).remarks()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'biuro@firma,com.pl', biuro@firma.com.pl", "'jan@mail.firma,pl', jan@mail.firma.pl",
        "'biuro@firma.com,pl', biuro@firma.com.pl",
        "'biuro@firma,com.pl.', biuro@firma.com.pl"})
    void putsRightACommaTypedForADotBeforeTheDomainsLastLabels(String typed, String address) {
        assertThat(standardizer.email(typed).get().value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan,anna@wp.pl", "jan@wp..pl", "jan@wp.pl..", "jan@wp,pl,anna@o2,pl", "jan@wp, pl",
        "jan@,wp.pl", "Jan Kowalski <jan@wp,pl>", "jan@wp.pl,", "jan@wp.pl,stary", "jan@wp.pl,anna", "jan@wp.pl,prywatny",
        "jan@wp,p,l", "jan@wp.pl,info", "jan@wp.pl,com.pl", "jan@firma,com,pl"})
    void leavesOtherPunctuationInAnAddressUnreadable(String typed) {
        assertThat(standardizer.email(typed).value()).as(typed).isEmpty();
        assertThat(standardizer.email(typed).remarks()).extracting(Remark::field).containsExactly("email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan Kowalski jan@example.pl", "<jan@example.pl", "mailto:", "Jan <jan@example.pl> <a@b.pl>",
        "stary: <jan@example.pl>", "tel. 601234567 <jan@example.pl>", "Anna Nowak; Jan Kowalski <jan@example.pl>",
        "<jan@example.pl,a@b.pl>"})
    void leavesOtherTextAroundAnAddressUnreadable(String text) {
        assertThat(standardizer.email(text).value()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------- names

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JAN                      | Jan",
        "  anna   maria           | Anna Maria",
        "KOWALSKA - NOWAK         | Kowalska-Nowak",
        "kowalska–nowak           | Kowalska-Nowak",
        "ŁUCJA                    | Łucja",
        "o’brien                  | O'Brien",
        "MCDONALD                 | McDonald",
        "DeVito                   | DeVito",
        "ludwig VAN BEETHOVEN     | Ludwig van Beethoven",
        "van der Berg             | Van der Berg",
        "ŻÓŁKIEWSKA               | Żółkiewska",
        "d'ARTAGNAN               | D'Artagnan",
    })
    void writesPersonsNamesOneWay(String entered, String expected) {
        assertThat(standardizer.personName(entered).get()).isEqualTo(expected);
    }

    @Test
    void keepsANameWithDigitsButReportsIt() {
        Standardized<String> result = standardizer.personName("Jan2");

        assertThat(result.get()).isEqualTo("Jan2");
        assertThat(result.remarks()).extracting(Remark::field).containsExactly("name");
    }

    @Test
    void matchingKeysFoldCaseDiacriticsAndPunctuationIncludingLWithStroke() {
        assertThat(Standardizer.matchingKey("Łódź, ul. PIOTRKOWSKA 104/2")).isEqualTo("lodz ul piotrkowska 104 2");
        assertThat(Standardizer.matchingKey("Małgorzata Żółć")).isEqualTo(Standardizer.matchingKey("malgorzata zolc"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ul. Długa           | dluga",
        "ULICA DŁUGA         | dluga",
        "gen. Andersa        | gen andersa",
        "os. Centrum A       | centrum a",
        "E Main St           | e main st",
        "ul.                 | ul",
        "ul. Trzeciego Maja  | 3 maja",
        "3-go Maja           | 3 maja",
        "ulica 11go listopada | 11 listopada",
        "Dwudziestego Dziewiątego Listopada | 29 listopada",
        "Konstytucji Trzeciego Maja | konstytucji 3 maja",
        "Trzeciego           | trzeciego",
        "Pięćdziesiątego Maja | piecdziesiatego maja",
        "os. 1000-lecia      | 1000 lecia",
    })
    void streetKeysLeaveOnlyTheStreetPrefixOut(String street, String key) {
        assertThat(Standardizer.streetKey(street)).isEqualTo(key);
        assertThat(Standardizer.streetKey(key)).as("idempotent").isEqualTo(key);
    }

    // ---------------------------------------------------------------------------------------------- company names

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme Polska Spółka z ograniczoną odpowiedzialnością | Acme Polska     | LIMITED_LIABILITY_COMPANY",
        "Acme Polska sp. z o.o.                              | Acme Polska     | LIMITED_LIABILITY_COMPANY",
        "ACME POLSKA SP. Z O. O.                             | ACME POLSKA     | LIMITED_LIABILITY_COMPANY",
        "Acme sp.z o.o.                                      | Acme            | LIMITED_LIABILITY_COMPANY",
        "Acme, spolka z ograniczona odpowiedzialnoscia       | Acme            | LIMITED_LIABILITY_COMPANY",
        "Bank Polska Kasa Opieki Spółka Akcyjna              | Bank Polska Kasa Opieki | JOINT_STOCK_COMPANY",
        "Orlen S.A.                                          | Orlen           | JOINT_STOCK_COMPANY",
        "Orlen SA                                            | Orlen           | JOINT_STOCK_COMPANY",
        "Nowak i Syn sp.j.                                   | Nowak i Syn     | GENERAL_PARTNERSHIP",
        "Nowak i Syn Spółka Jawna                            | Nowak i Syn     | GENERAL_PARTNERSHIP",
        "Kancelaria Lex sp. p.                               | Kancelaria Lex  | PROFESSIONAL_PARTNERSHIP",
        "Acme sp. z o.o. sp.k.                               | Acme sp. z o.o. | LIMITED_PARTNERSHIP",
        "Acme Spółka z ograniczoną odpowiedzialnością spółka komandytowa | Acme sp. z o.o. | LIMITED_PARTNERSHIP",
        "Acme S.K.A.                                         | Acme            | LIMITED_JOINT_STOCK_PARTNERSHIP",
        "Acme Prosta Spółka Akcyjna                          | Acme            | SIMPLE_JOINT_STOCK_COMPANY",
        "Acme P.S.A.                                         | Acme            | SIMPLE_JOINT_STOCK_COMPANY",
        "Sklep u Ani s.c.                                    | Sklep u Ani     | CIVIL_PARTNERSHIP",
        "Sklep u Ani spółka cywilna                          | Sklep u Ani     | CIVIL_PARTNERSHIP",
        "Müller Gesellschaft mit beschränkter Haftung        | Müller          | GMBH",
        "Müller GmbH                                         | Müller          | GMBH",
        "Siemens AG                                          | Siemens         | AG",
        "Tesco Stores Ltd.                                   | Tesco Stores    | LTD",
        "Tesco Stores Limited                                | Tesco Stores    | LTD",
        "Acme LLC                                            | Acme            | LLC",
        "Apple Inc.                                          | Apple           | INC",
        "Renault S.A.R.L.                                    | Renault         | SARL",
        "Philips B.V.                                        | Philips         | BV",
        "Škoda s.r.o.                                        | Škoda           | SRO",
    })
    void splitsTheLegalFormOffACompanyName(String entered, String name, LegalForm form) {
        CompanyName result = standardizer.companyName(entered).get();

        assertThat(result.name()).isEqualTo(name);
        assertThat(result.legalForm()).contains(form);
    }

    @Test
    void leavesANameWithoutALegalFormAndNeverEmptiesAName() {
        assertThat(standardizer.companyName("  Zakład   Usług  Leśnych ").get())
                .isEqualTo(new CompanyName("Zakład Usług Leśnych", Optional.empty()));
        assertThat(standardizer.companyName("Spółka Akcyjna").get().name()).isEqualTo("Spółka Akcyjna");
        assertThat(standardizer.companyName("Zinc").get().legalForm()).isEmpty();
        assertThat(new CompanyName("Acme", Optional.of(LegalForm.LIMITED_LIABILITY_COMPANY)))
                .hasToString("Acme sp. z o.o.");
    }

    // ---------------------------------------------------------------------------------------------------- addresses

    private static PostalAddress address(String street, String building, String unit, String postal, String city,
                                         String region) {
        return new PostalAddress(Optional.ofNullable(street), building, Optional.ofNullable(unit), postal, city,
                Optional.empty(), Optional.ofNullable(region), "pl", ContactUsage.main());
    }

    @Test
    void writesAPolishAddressOneWay() {
        Standardized<PostalAddress> result = standardizer.address(
                address("ULICA  PIOTRKOWSKA", "104 m. 2", null, "90926", "ŁÓDŹ", "woj. Łódzkie"));

        assertThat(result.isClean()).isTrue();
        assertThat(result.get()).isEqualTo(new PostalAddress(Optional.of("ul. Piotrkowska"), "104",
                Optional.of("2"), "90-926", "Łódź", Optional.empty(), Optional.of("łódzkie"), "PL",
                ContactUsage.main()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ul.Piotrkowska          | ul. Piotrkowska",
        "Ul Piotrkowska          | ul. Piotrkowska",
        "ALEJE JEROZOLIMSKIE     | al. Jerozolimskie",
        "aleja jana pawła ii     | al. Jana Pawła Ii",
        "AL. JANA PAWŁA II       | al. Jana Pawła II",
        "plac Wolności           | pl. Wolności",
        "os. Tysiąclecia         | os. Tysiąclecia",
        "Osiedle tysiąclecia     | os. Tysiąclecia",
        "ul. GEN. JÓZEFA BEMA    | ul. gen. Józefa Bema",
        "UL. 3 MAJA              | ul. 3 Maja",
        "ul. Trzeciego Maja      | ul. 3 Maja",
        "ULICA 11-GO LISTOPADA   | ul. 11 Listopada",
        "al. 11 go Listopada     | al. 11 Listopada",
        "ul. 3 - go Maja         | ul. 3 Maja",
        "ul. 3 – go Maja         | ul. 3 Maja",
        "ul. 3 - Maja            | ul. 3 - Maja",
        "Dwudziestego Dziewiątego Listopada | 29 Listopada",
        "ul. Pierwszego Maja     | ul. 1 Maja",
        "ul. Trzydziestego Pierwszego Sierpnia | ul. 31 Sierpnia",
        "ul. Trzeciego Batalionu | ul. Trzeciego Batalionu",
        "os. 1000-LECIA          | os. 1000-lecia",
        "UL. 50-LECIA            | ul. 50-lecia",
        "UL. 1-MAJA              | ul. 1-Maja",
        "Piotrkowska             | Piotrkowska",
        "Placowa                 | Placowa",
    })
    void writesStreetPrefixesAndCasingOneWay(String entered, String expected) {
        assertThat(standardizer.address(address(entered, "1", null, "00-001", "Warszawa", null)).get().street())
                .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10/2      | 10  | 2",
        "10 / 2    | 10  | 2",
        "10 m. 2   | 10  | 2",
        "10 m 2    | 10  | 2",
        "10 lok. 3 | 10  | 3",
        "12a/4b    | 12A | 4B",
        "12 a      | 12A | ",
    })
    void splitsTheFlatOffTheBuilding(String entered, String building, String unit) {
        PostalAddress a = standardizer.address(address("ul. Długa", entered, null, "00-001", "Warszawa", null)).get();

        assertThat(a.building()).isEqualTo(building);
        assertThat(a.unit()).isEqualTo(Optional.ofNullable(unit));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GB | 10 Downing Street     | Downing Street     | 10",
        "GB | 221b Baker Street     | Baker Street       | 221B",
        "FR | 12, rue de la Paix    | Rue de la Paix     | 12",
        "US | 1600 Amphitheatre Pkwy | Amphitheatre Pkwy | 1600",
        "DE | Hauptstraße 5         | Hauptstraße        | 5",
        "SE | Kungsgatan 12B        | Kungsgatan         | 12B",
    })
    void splitsANumberOffTheStartOrEndOfAForeignStreetWhenTheBuildingIsEmpty(String country, String entered,
            String street, String building) {
        PostalAddress a = standardizer.address(PostalAddress.of(country, entered, "", "SW1A 2AA", "London")).get();

        assertThat(a.street()).contains(street);
        assertThat(a.building()).isEqualTo(building);
        assertThat(standardizer.address(a).get()).as("idempotent").isEqualTo(a);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"US | Route 66", "US | PO Box 123", "GB | Flat 3", "US | Suite 200",
        "US | Highway 101", "ES | Calle 13", "FR | Rue du 8 Mai 1945", "DE | Postfach Box 12", "GB | Baker Street 221",
        "DE | 5 Hauptstraße"})
    void leavesANumberThatIsNoBuildingsInTheStreet(String country, String street) {
        // a box, a flat, a road's number, a date, or a number where the country does not write the building's
        assertThat(standardizer.address(PostalAddress.of(country, street, "", "12345", "Town")).get().building())
                .as(street).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GB | Flat 3, 10 Downing Street | Downing Street | 10  | 3",
        "GB | flat 12B, 7 High Street    | High Street    | 7   | 12B",
        "GB | Apartment 4, 221b Baker Street | Baker Street | 221B | 4",
        "UA | vul. Hrushevskoho, 31, kv. 145 | Vul. Hrushevskoho | 31 | 145",
        "UA | vul. Zelena, 54            | Vul. Zelena    | 54  | ",
        "PL | ul. Nowa 15 B              | ul. Nowa       | 15B | ",
        "PL | ul. Nowa 15 B m. 4         | ul. Nowa       | 15B | 4",
        "DE | Hauptstraße 5 a            | Hauptstraße    | 5A  | "})
    void readsTheFlatBeforeTheBuildingAsBritainWritesItAndAFlatAfterKvOrASpacedLetter(String country, String street,
            String name, String building, String unit) {
        PostalAddress a = standardizer.address(PostalAddress.of(country, street, "", "", "Town")).get();

        assertThat(a.street()).as(street).contains(name);
        assertThat(a.building()).as(street).isEqualTo(building);
        assertThat(a.unit()).as(street).isEqualTo(Optional.ofNullable(unit));
        assertThat(standardizer.address(a).get()).as("idempotent").isEqualTo(a);
    }

    @Test
    void aFlatBeforeTheBuildingIsReadOnlyWhereTheCountryWritesTheNumberFirstAndNoFlatIsGiven() {
        assertThat(standardizer.address(PostalAddress.of("DE", "Flat 3, 10 Hauptstraße", "", "", "Town")).get()
                .unit()).isEmpty();
        PostalAddress given = standardizer.address(new PostalAddress(Optional.of("Flat 3, 10 High Street"),
                "", Optional.of("7"), "", "Town", Optional.empty(), Optional.empty(), "GB",
                ContactUsage.main())).get();
        assertThat(given.unit()).contains("7");
        assertThat(given.building()).isEmpty();
    }

    @Test
    void leavesAForeignStreetWithNumbersAtBothEndsOrInsideAsEntered() {
        // which number is the building's is a guess: nothing is split, the empty building is for validation to refuse
        assertThat(standardizer.address(PostalAddress.of("GB", "5 Route 66", "", "SW1A 2AA", "London")).get()
                .building()).isEmpty();
        assertThat(standardizer.address(PostalAddress.of("GB", "Flat 3, 10 Route 66", "", "SW1A 2AA",
                "London")).get().building()).isEmpty();
        // in Poland a number first is no building: "3 Maja" is a street's name
        assertThat(standardizer.address(PostalAddress.of("PL", "3 Maja", "", "00-001", "Warszawa")).get()
                .building()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ul. Piotrkowska 104/2      | ul. Piotrkowska     | 104 | 2",
        "ul. Piotrkowska 104 m. 2   | ul. Piotrkowska     | 104 | 2",
        "ul. Piotrkowska 104 lok. 2 | ul. Piotrkowska     | 104 | 2",
        "Konstytucji 3 Maja 68 m. 17 | Konstytucji 3 Maja | 68  | 17",
        "ul. 3 Maja 5               | ul. 3 Maja          | 5   | ''",
    })
    void splitsANumberOffTheStreetWhenTheBuildingIsEmpty(String entered, String street, String building,
            String unit) {
        PostalAddress a = standardizer.address(address(entered, "", null, "90-926", "Łódź", null)).get();

        assertThat(a.street()).contains(street);
        assertThat(a.building()).isEqualTo(building);
        assertThat(a.unit().orElse("")).isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2254   | 02-254",
        "0950   | 00-950",
        "02254  | 02-254",
        "02 254 | 02-254",
        "652    | 00-652",
    })
    void readsAPolishPostalCodeASpreadsheetWroteWithoutItsLeadingZero(String entered, String code) {
        Standardized<PostalAddress> result = standardizer.address(address("ul. Długa", "5", null, entered, "Warszawa",
                null));

        assertThat(result.get().postalCode()).isEqualTo(code);
        assertThat(result.remarks()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"54", "122254", "2-254", "225 4"})
    void leavesAPolishPostalCodeOfOtherDigitsAsEnteredWithARemark(String entered) {
        Standardized<PostalAddress> result = standardizer.address(address("ul. Długa", "5", null, entered, "Warszawa",
                null));

        assertThat(result.get().postalCode()).isEqualTo(entered);
        assertThat(result.remarks()).extracting(Remark::field).containsExactly("postalCode");
    }

    @Test
    void aForeignFourDigitPostalCodeIsLeftAsItIs() {
        assertThat(standardizer.address(PostalAddress.of("AT", "Ringstraße", "5", "1010", "Wien")).get()
                .postalCode()).isEqualTo("1010");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MZ                 | mazowieckie",
        "pl-mz              | mazowieckie",
        "PL-14              | mazowieckie",
        "PL-02              | dolnośląskie",
        "ZP                 | zachodniopomorskie",
        "PL-32              | zachodniopomorskie",
        "woj. Małopolskie   | małopolskie",
    })
    void writesAVoivodeshipGivenByItsCodeByItsName(String entered, String name) {
        assertThat(standardizer.address(address("ul. Długa", "5", null, "00-950", "Warszawa", entered)).get().region())
                .contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "PL-15", "14", "PL-99"})
    void aRegionThatIsNoVoivodeshipsCodeIsRemarked(String entered) {
        assertThat(standardizer.address(address("ul. Długa", "5", null, "00-950", "Warszawa", entered)).remarks())
                .extracting(Remark::field).containsExactly("region");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ul. Długa 5/3  Warszawa  MZ  00-950  PL                 | PL | ul. Długa   | 5   | 3  | 00-950   | Warszawa",
        "ul. Długa 5  m. 3  Warszawa  mazowieckie  00-950  Polska | PL | ul. Długa   | 5   | 3  | 00-950   | Warszawa",
        "Długa 7  Kraków    30-001  PL                           | PL | Długa       | 7   | '' | 30-001   | Kraków",
        "ul. Długa 7  Gdańsk  PL                                 | PL | ul. Długa   | 7   | '' | ''       | Gdańsk",
        "Unter den Linden 5  Berlin  10115  DE                   | DE | Unter den Linden | 5 | '' | 10115 | Berlin",
        "10 Downing Street  London  SW1A 2AA  GB                 | GB | Downing Street | 10 | '' | SW1A 2AA | London",
    })
    void readsAnAddressWhosePartsTwoSpacesDivideAsMailchimpExportsIt(String line, String country, String street,
            String building, String unit, String code, String city) {
        PostalAddress read = standardizer.addressLine(line).get();

        assertThat(read.country()).isEqualTo(country);
        assertThat(read.street()).contains(street);
        assertThat(read.building()).isEqualTo(building);
        assertThat(read.unit().orElse("")).isEqualTo(unit);
        assertThat(read.postalCode()).isEqualTo(code);
        assertThat(read.city()).isEqualTo(city);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ul. Długa 7  m. 3,  00-001 Warszawa", "ul. Długa 7\r\nm. 3\r\n00-001 Warszawa"})
    void twoSpacesOrLineBreaksThatAreNoMailchimpPartsLeaveTheLineToBeReadWhole(String line) {
        PostalAddress read = standardizer.addressLine(line).get();

        assertThat(read.city()).isEqualTo("Warszawa");
        assertThat(read.unit()).contains("3");
        assertThat(read.postalCode()).isEqualTo("00-001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ul. Długa 7  kl. II  00-001 Warszawa", "Hauptstraße 5 Berlin Deutschland",
        "ul. Długa 7 Warszawa PL", "ul. Długa 7 Warszawa woj. mazowieckie", "Calle Colón 5, 46004 Valencia",
        "Ąžuolyno g. 7, 07196 Vilnius", "Via al Mare 5, 16039 Sestri Levante"})
    void aLineWhoseCityHoldsMoreThanAPlaceOrWhoseFiveDigitsNothingShowsPolishIsUnreadable(String line) {
        assertThat(standardizer.addressLine(line).value()).as(line).isEmpty();
    }

    @Test
    void aVoivodeshipsCodeAfterTheCityIsItsStateNotACountry() {
        PostalAddress read = standardizer.addressLine("ul. Długa 5/3  Warszawa  MZ").get();

        assertThat(read.country()).isEqualTo("PL");
        assertThat(read.city()).isEqualTo("Warszawa");
        assertThat(read.region()).contains("mazowieckie");
    }

    @Test
    void looksPolishByAStreetsPrefixAPolishLetterATownsEndingOrAFlatAfterM() {
        assertThat(Standardizer.looksPolish("ul. Długa 5 Warszawa")).isTrue();
        assertThat(Standardizer.looksPolish("Marszałkowska 5 Warszawa")).isTrue();
        assertThat(Standardizer.looksPolish("Rynek 5 Tarnów")).isTrue();
        assertThat(Standardizer.looksPolish("Dolna 27 m. 4 Sosnowiec")).isTrue();
        assertThat(Standardizer.looksPolish("Hauptstraße 5 Wien")).isFalse();
        assertThat(Standardizer.looksPolish("Calle Colón 5 Valencia")).isFalse();
        assertThat(Standardizer.looksPolish("Via al Mare 5")).isFalse();
    }

    @Test
    void anAddressOfSpacedPartsThatDoNotReadIsUnreadable() {
        assertThat(standardizer.addressLine("ul. Długa 5  Warszawa  XX  00-950  PL").value()).isEmpty();
        assertThat(standardizer.addressLine("Warszawa  00-950").value()).isEmpty();
        assertThat(standardizer.addressLine("ul. Długa  Warszawa  00-950  PL").value()).isEmpty();
    }

    @Test
    void reportsWhatItCannotNormaliseAndKeepsItAsEntered() {
        Standardized<PostalAddress> result = standardizer.address(
                address("ul. Długa", "10/2", "5", "9O-926", "Łódź", "Mazowsze"));

        assertThat(result.get().building()).isEqualTo("10/2");
        assertThat(result.get().postalCode()).isEqualTo("9O-926");
        assertThat(result.get().region()).contains("Mazowsze");
        assertThat(result.remarks()).extracting(Remark::field).containsExactly("building", "postalCode", "region");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BIELSKO - BIAŁA          | Bielsko-Biała",
        "nowy dwór gdański        | Nowy Dwór Gdański",
        "FRANKFURT NAD ODRĄ       | Frankfurt nad Odrą",
        "kędzierzyn-koźle         | Kędzierzyn-Koźle",
        "McAllen                  | McAllen",
    })
    void writesCitiesWithTheirCasing(String entered, String expected) {
        assertThat(standardizer.address(address("ul. Długa", "1", null, "00-001", entered, null)).get().city())
                .isEqualTo(expected);
    }

    @Test
    void appliesOnlyGeneralRulesToForeignAddresses() {
        PostalAddress berlin = new PostalAddress(Optional.of("UNTER DEN LINDEN"), "77", Optional.empty(), "10117",
                "BERLIN", Optional.empty(), Optional.empty(), "de", ContactUsage.main());

        Standardized<PostalAddress> result = standardizer.address(berlin);

        assertThat(result.isClean()).isTrue();
        assertThat(result.get().street()).contains("Unter den Linden");
        assertThat(result.get().city()).isEqualTo("Berlin");
        assertThat(result.get().country()).isEqualTo("DE");
    }

    // -------------------------------------------------------------------------------------------------- identifiers

    @Test
    void readsIdentifiersWithPrefixesSpacesAndDashes() {
        assertThat(standardizer.nip("PL 526-025-02-74").get().value()).isEqualTo("5260250274");
        assertThat(standardizer.nip("526-025-02-75").value()).isEmpty();
        assertThat(standardizer.regon("012 100 784").get().value()).isEqualTo("012100784");
    }

    @Test
    void givesBackTheLeadingZeroASpreadsheetDroppedFromAPeselBesideItsBirthDate() {
        Pesel born2002 = Pesel.of(LocalDate.of(2002, 2, 4), Sex.FEMALE, 126);
        assertThat(born2002.value()).startsWith("0");
        String dropped = born2002.value().substring(1);

        assertThat(standardizer.pesel(dropped, Optional.of(LocalDate.of(2002, 2, 4)), Optional.of(Sex.FEMALE)))
                .satisfies(p -> assertThat(p.isClean()).isTrue()).extracting(Standardized::get).isEqualTo(born2002);
        assertThat(standardizer.pesel(" " + dropped + "\u00a0", Optional.of(LocalDate.of(2002, 2, 4)),
                Optional.empty()).get()).isEqualTo(born2002);
        // without a birth date, or beside another one, it stays unreadable: a digit lost elsewhere passes the
        // checksum one time in ten
        assertThat(standardizer.pesel(dropped, Optional.empty(), Optional.empty()).value()).isEmpty();
        assertThat(standardizer.pesel(dropped, Optional.of(LocalDate.of(2002, 2, 5)), Optional.empty()).value())
                .isEmpty();
        // dashes are read no more than in eleven digits
        String dashed = dropped.substring(0, 3) + "-" + dropped.substring(3, 6) + "-" + dropped.substring(6);
        assertThat(standardizer.pesel(dashed, Optional.of(LocalDate.of(2002, 2, 4)), Optional.empty()).value())
                .isEmpty();
        // a REGON has no birth date to tell a lost zero from a lost digit: eight digits stay unreadable
        assertThat(standardizer.regon("12100784").value()).isEmpty();
    }

    @Test
    void checksAPeselAgainstTheStatedBirthDateAndSex() {
        Pesel pesel = Pesel.of(LocalDate.of(1985, 3, 12), Sex.FEMALE, 123);

        assertThat(standardizer.pesel(pesel.value(), Optional.of(LocalDate.of(1985, 3, 12)),
                Optional.of(Sex.FEMALE)).isClean()).isTrue();
        Standardized<Pesel> wrong = standardizer.pesel(pesel.value(), Optional.of(LocalDate.of(1985, 3, 13)),
                Optional.of(Sex.MALE));
        assertThat(wrong.value()).contains(pesel);
        assertThat(wrong.remarks()).extracting(Remark::reason).containsExactly(
                "the birth date the PESEL encodes differs from the stated birth date",
                "the sex the PESEL encodes differs from the stated sex");
        assertThat(wrong.remarks().toString()).doesNotContain(pesel.value());
    }

    // ------------------------------------------------------------------------------------------------------ parties

    @Test
    void standardisesAPersonsNamesAndAddresses() {
        Person entered = Person.builder().givenNames("ANNA").familyName("kowalska - nowak")
                .addContactPoint(address("UL DŁUGA", "5 m 3", null, "00 950", "WARSZAWA", null)).build();

        Standardized<Party> result = standardizer.standardize(entered);

        Person person = (Person) result.get();
        assertThat(person.givenNames()).isEqualTo("Anna");
        assertThat(person.familyName()).isEqualTo("Kowalska-Nowak");
        assertThat(person.contactPoints()).containsExactly(new PostalAddress(Optional.of("ul. Długa"), "5",
                Optional.of("3"), "00-950", "Warszawa", Optional.empty(), Optional.empty(), "PL",
                ContactUsage.main()));
        assertThat(person.id()).isEqualTo(entered.id());
    }

    @Test
    void movesACompanysTrailingLegalFormIntoItsField() {
        Company entered = company("Acme Polska Spółka z o.o.").build();

        Company c = (Company) standardizer.standardize(entered).get();

        assertThat(c.legalName()).isEqualTo("Acme Polska");
        assertThat(c.legalForm()).contains(LegalForm.LIMITED_LIABILITY_COMPANY);
    }

    @Test
    void keepsANameWhoseFormContradictsTheStatedOneAndSaysSo() {
        Company entered = company("Acme S.A.").legalForm(LegalForm.LIMITED_LIABILITY_COMPANY).build();

        Standardized<Party> result = standardizer.standardize(entered);

        assertThat(((Company) result.get()).legalName()).isEqualTo("Acme S.A.");
        assertThat(result.remarks()).extracting(Remark::field).containsExactly("legalName");
        Company partnership = company("Acme Spółka z ograniczoną odpowiedzialnością")
                .legalForm(LegalForm.LIMITED_PARTNERSHIP).build();
        Standardized<Party> sk = standardizer.standardize(partnership);
        assertThat(sk.isClean()).isTrue();
        assertThat(((Company) sk.get()).legalName()).isEqualTo("Acme sp. z o.o.");
    }

    @Test
    void returnsTheSameInstanceWhenNothingChanges() {
        Company clean = company("Acme").legalForm(LegalForm.LIMITED_LIABILITY_COMPANY).build();

        assertThat(standardizer.standardize(clean).get()).isSameAs(clean);
    }

    @Test
    void namesTheAddressInARemarksPath() {
        Person entered = Person.builder().givenNames("Anna").familyName("Nowak")
                .addContactPoint(address("ul. Długa", "5", null, "00950x", "Warszawa", null)).build();

        assertThat(standardizer.standardize(entered).remarks()).extracting(Remark::field)
                .containsExactly("contactPoints[0].postalCode");
    }
}
