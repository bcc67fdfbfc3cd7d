package dev.kartoteka.core.csv;

import static dev.kartoteka.core.registry.ExampleParties.KNOWN_NIP;
import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.access.AccessDeniedException;
import dev.kartoteka.core.access.AccessPolicy;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.access.RoleBasedAccessPolicy;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.ForeignTaxNumber;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.MatchRules;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvImportTests {

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");

    private final ClientRegistry registry = ClientRegistry.builder()
            .standardizer(dev.kartoteka.core.standardization.Standardizer.defaults()).build();

    private static ByteArrayInputStream bytes(String text, Charset charset) {
        return new ByteArrayInputStream(text.getBytes(charset));
    }

    /** Adds a custom field to a registry's schema. */
    private static void define(ClientRegistry r, FieldDefinition field) {
        r.evolveSchema(r.schema().version(), new SchemaChange.AddField(field));
    }

    private long stored() {
        return registry.search(PartyQuery.builder().build()).totalItems();
    }

    private Person onlyPerson() {
        List<Party> all = registry.search(PartyQuery.builder().build()).items();
        assertThat(all).hasSize(1);
        return (Person) all.get(0);
    }

    // ------------------------------------------------------------------------------------------------------ reading

    @Test
    void readsAPolishExcelExportInWindows1250WithSemicolonsAndCrlf() {
        String csv = "Imię;Nazwisko;E-mail;Telefon;Ulica;Nr domu;Kod pocztowy;Miejscowość\r\n"
                + "ŁUCJA;żółkiewska - nowak;Lucja.Z@Example.PL;601 234 567;ul. Długa;5 m. 3;00950;WARSZAWA\r\n";

        ImportReport report = CsvImport.into(registry).run(bytes(csv, WINDOWS_1250));

        assertThat(report.charset()).isEqualTo(WINDOWS_1250);
        assertThat(report.delimiter()).isEqualTo(';');
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        Person p = onlyPerson();
        assertThat(p.givenNames()).isEqualTo("Łucja");
        assertThat(p.familyName()).isEqualTo("Żółkiewska-Nowak");
        assertThat(p.contactPoints()).containsExactly(
                new EmailContact(Email.of("Lucja.Z@example.pl"), ContactUsage.main()),
                new PhoneContact(PhoneNumber.parse("+48601234567"), ContactUsage.main()),
                new PostalAddress(Optional.of("ul. Długa"), "5", Optional.of("3"), "00-950", "Warszawa",
                        Optional.empty(), Optional.empty(), "PL", ContactUsage.main()));
    }

    private List<Person> allPersons() {
        List<Person> persons = new java.util.ArrayList<>();
        registry.forEachMatch(dev.kartoteka.core.registry.PartyQuery.builder().build(), p -> {
            if (p instanceof Person person) {
                persons.add(person);
            }
        });
        return persons;
    }

    @Test
    void readsASexColumnInPolishOrEnglishAndChecksItAgainstThePesel() {
        String pesel = dev.kartoteka.core.identifier.Pesel.of(LocalDate.of(1985, 3, 12),
                dev.kartoteka.core.identifier.Sex.FEMALE, 123).value();
        String csv = "Imię;Nazwisko;Płeć;PESEL\n"
                + "Anna;Nowak;K;" + pesel + "\n"       // 2: a woman, as her PESEL says
                + "Jan;Lis;mężczyzna;\n"               // 3: a man
                + "Ewa;Wójcik;F;\n"                    // 4: a woman, in English
                + "Ola;Kruk;x;\n"                      // 5: not a sex: rejected, naming the column
                + "Iga;Sowa;M;" + pesel + "\n";        // 6: the PESEL is a woman's: rejected

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(3);
        assertThat(allPersons()).extracting(Person::givenNames, Person::sex).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Anna", Optional.of(dev.kartoteka.core.identifier.Sex.FEMALE)),
                org.assertj.core.groups.Tuple.tuple("Jan", Optional.of(dev.kartoteka.core.identifier.Sex.MALE)),
                org.assertj.core.groups.Tuple.tuple("Ewa", Optional.of(dev.kartoteka.core.identifier.Sex.FEMALE)));
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "Płeć"),
                        org.assertj.core.groups.Tuple.tuple(6L, "PESEL"));
        assertThat(report.rejections().get(0).reason()).contains("K or F for a woman, M for a man");

        StringBuilder polish = new StringBuilder();
        CsvExport.polish().write(registry, PartyQuery.builder().build(), polish);
        assertThat(polish.toString()).contains("płeć").contains(";Anna;Nowak;;;;" + pesel + ";;K;");
        StringBuilder english = new StringBuilder();
        CsvExport.english().write(registry, PartyQuery.builder().build(), english);
        assertThat(english.toString()).contains(",Ewa,Wójcik,,,,,,F,").contains(",Jan,Lis,,,,,,M,");
    }

    @Test
    void aSexOnACompanyRowRejectsIt() {
        ImportReport report = CsvImport.into(registry).run(bytes("Nazwa firmy;Płeć\nAlfa sp. z o.o.;K\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("Płeć");
            assertThat(r.reason()).contains("a person's value");
        });
    }

    @Test
    void readsAWholeNameAndAWholeAddressEachInOneCell() {
        String csv = "Imię i nazwisko;Adres;Telefon\r\n"
                + "Jan Kowalski;ul. Długa 7/3, 00-001 Warszawa;601 234 567\r\n"
                + "KOWALSKA ANNA;Krótka 2 m. 4 30-001 Kraków;601 234 568\r\n"
                + "Smith;ul. Polna 1, 00-002 Warszawa;\r\n"
                + "Ewa Lis;Polna, Warszawa;\r\n"
                + "Iga Sowa;ul. Krakowska 9, JELENIA GÓRA;\r\n"
                + "NOWAK;;601 234 569\r\n"                    // one word, a family name's ending: his family name
                + "Olga;;601 234 570\r\n";                    // one word, a common given name: hers

        ImportReport report = CsvImport.into(registry).run(bytes(csv, WINDOWS_1250));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(5);
        List<Person> persons = allPersons();
        assertThat(persons).extracting(Person::givenNames, Person::familyName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Jan", "Kowalski"),
                        org.assertj.core.groups.Tuple.tuple("Anna", "Kowalska"),
                        org.assertj.core.groups.Tuple.tuple("Iga", "Sowa"),
                        org.assertj.core.groups.Tuple.tuple("", "Nowak"),
                        org.assertj.core.groups.Tuple.tuple("Olga", ""));
        assertThat(persons).flatExtracting(p -> p.contactPoints(PostalAddress.class)).containsExactlyInAnyOrder(
                new PostalAddress(Optional.of("ul. Długa"), "7", Optional.of("3"), "00-001", "Warszawa",
                        Optional.empty(), Optional.empty(), "PL", ContactUsage.main()),
                new PostalAddress(Optional.of("Krótka"), "2", Optional.of("4"), "30-001", "Kraków",
                        Optional.empty(), Optional.empty(), "PL", ContactUsage.main()),
                new PostalAddress(Optional.of("ul. Krakowska"), "9", Optional.empty(), "", "Jelenia Góra",
                        Optional.empty(), Optional.empty(), "PL", ContactUsage.main()));
        // a name of one word that tells neither, an address without its building number: rejected with the line, the
        // column and why
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "Imię i nazwisko"),
                        org.assertj.core.groups.Tuple.tuple(5L, "Adres"));
        assertThat(report.rejections().get(0).reason()).contains("a given name and a family name");
        assertThat(report.rejections().get(1).reason()).contains("postal code NN-NNN");
    }

    @Test
    void aWholeNameBesideACompanysNameIsItsContactPersonsAndAGuessedSplitIsRejected() {
        String csv = "Nazwa firmy;Imię i nazwisko;NIP;Adres;Lokal\n"
                + "Acme sp. z o.o.;Jan Kowalski;5261040828;ul. Długa 7, 00-001 Warszawa;\n"
                + ";Jan Kowalski 2;;ul. Długa 9, 00-001 Warszawa;\n"
                + ";Anna Nowak;;ul. Długa 7/3, 00-001 Warszawa;5\n"
                + ";Ewa Lis;;ul. Długa 7/3, 00-001 Warszawa;3\n";

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        // the company stays a company, the name beside it its contact person's
        List<Party> all = new java.util.ArrayList<>();
        registry.forEachMatch(dev.kartoteka.core.registry.PartyQuery.builder().build(), all::add);
        assertThat(all).extracting(Party::kind).containsExactlyInAnyOrder(dev.kartoteka.core.party.PartyKind.COMPANY,
                dev.kartoteka.core.party.PartyKind.PERSON, dev.kartoteka.core.party.PartyKind.PERSON);
        Company acme = (Company) all.stream().filter(p -> p instanceof Company).findFirst().orElseThrow();
        Person jan = allPersons().stream().filter(p -> p.familyName().equals("Kowalski")).findFirst().orElseThrow();
        assertThat(acme.contactPersons()).extracting(dev.kartoteka.core.party.ContactPerson::person)
                .containsExactly(jan.id());
        assertThat(jan.contactPoints()).as("the row's contact points stay the company's").isEmpty();
        // a digit in the name: where it divides is a guess; two flats for one address: which one is a guess
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Imię i nazwisko"),
                        org.assertj.core.groups.Tuple.tuple(4L, "Lokal"));
        assertThat(allPersons()).filteredOn(p -> p.familyName().equals("Lis")).singleElement().satisfies(p -> {
            assertThat(p.familyName()).isEqualTo("Lis");
            assertThat(p.contactPoints(PostalAddress.class)).singleElement()
                    .satisfies(a -> assertThat(a.unit()).contains("3"));
        });
    }

    @Test
    void aFamilyFirstHeaderReadsTheFamilyNameFirstAndSeparateColumnsWin() {
        String csv = "Nazwisko i imię;Imię;Nazwisko;E-mail\n"
                + "Zawadzki Piotr;;;p.z@example.pl\n"
                + "Lis, Ewa;;;e.l@example.pl\n"
                + "Mazur Jan;Józef;Mazur;j.m@example.pl\n";

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(3);
        List<Person> persons = allPersons();
        assertThat(persons).extracting(Person::givenNames, Person::familyName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Piotr", "Zawadzki"),
                        org.assertj.core.groups.Tuple.tuple("Ewa", "Lis"),
                        org.assertj.core.groups.Tuple.tuple("Józef", "Mazur"));
        // the export writes names apart, never the full-name column
        assertThat(CsvColumn.recognise("Imię i nazwisko")).contains(CsvColumn.FULL_NAME);
        assertThat(CsvColumn.recognise("NAZWISKO_I_IMIE")).contains(CsvColumn.FULL_NAME);
    }

    @Test
    void aRegistryWithoutAStandardizerGetsTheRowsAsWrittenAndItsValidationDecides() {
        ClientRegistry plain = ClientRegistry.inMemory();
        String csv = "Imię;Nazwisko;Ulica;Nr domu;Kod pocztowy;Miejscowość\n"
                + "ANNA;NOWAK;ul. Długa;5;00-950;WARSZAWA\n"
                + "Jan;Lis;ul. Długa;5;00950;Warszawa\n";

        ImportReport report = CsvImport.into(plain).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        assertThat(((Person) plain.search(PartyQuery.builder().build()).items().get(0)).givenNames()).isEqualTo("ANNA");
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.column()).isEqualTo("Kod pocztowy");
        });
    }

    @Test
    void detectsIso88592AndUtf8WithAndWithoutByteOrderMark() {
        String csv = "Imię;Nazwisko\nŚwiętosław;Źdźbło\n";

        assertThat(CsvImport.into(ClientRegistry.inMemory()).run(bytes(csv, ISO_8859_2)).charset())
                .isEqualTo(ISO_8859_2);
        assertThat(CsvImport.into(ClientRegistry.inMemory()).run(bytes(csv, StandardCharsets.UTF_8)).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        ImportReport withBom = CsvImport.into(registry).run(bytes("\uFEFF" + csv, StandardCharsets.UTF_8));
        assertThat(withBom.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(withBom.columns()).containsEntry(CsvColumn.GIVEN_NAMES, "Imię");
        assertThat(onlyPerson().familyName()).isEqualTo("Źdźbło");
    }

    @Test
    void readsCommasTabsAndQuotedFieldsWithDelimitersQuotesAndLineBreaks() {
        String csv = "company name,e-mail,street,building,postal code,city\r\n"
                + "\"Nowak, Kowalski i \"\"Syn\"\" sp.j.\",biuro@nowak.pl,\"ul. Długa\r\n(oficyna)\",5,00-950,Warszawa\r\n"
                + "Acme sp. z o.o.,bad-email,ul. Krótka,1,00-001,Warszawa\r\n";

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.delimiter()).isEqualTo(',');
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        Company c = (Company) registry.findByIdentifier(Email.of("biuro@nowak.pl")).get(0);
        assertThat(c.legalName()).isEqualTo("Nowak, Kowalski i \"Syn\"");
        assertThat(c.legalForm()).contains(LegalForm.GENERAL_PARTNERSHIP);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).as("the quoted line break moved the next row down").isEqualTo(4);
            assertThat(r.column()).isEqualTo("e-mail");
        });
        String tabbed = "nazwisko\timię\tNIP\nNowak\tAnna\t\n";
        assertThat(CsvImport.into(ClientRegistry.inMemory()).run(bytes(tabbed, StandardCharsets.UTF_8)).delimiter())
                .isEqualTo('\t');
    }

    @Test
    void readsBirthDatesInTheUsualWritingsAndRejectsDaysThatDoNotExist() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Data urodzenia\n"
                + "Anna;Nowak;12.03.1985\nJan;Lis;1985-03-12\nEwa;Mróz;31.02.1990\nOla;Kot;2.3.1985\n",
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(3);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.column()).isEqualTo("Data urodzenia");
        });
    }

    @Test
    void readsBirthDatesWithoutLeadingZerosYearFirstWithMidnightAndWithTheMonthAsAWord() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Data urodzenia\n"
                + "Anna;Nowak;1985-3-12\n"            // 2
                + "Jan;Lis;1985.03.12\n"              // 3
                + "Ewa;Mróz;1985/03/12\n"             // 4
                + "Ola;Kot;1985-03-12 00:00:00\n"     // 5: a date cell exported with its time
                + "Iga;Sowa;12.03.1985 00:00\n"       // 6
                + "Ada;Wrona;12 marca 1985\n"         // 7
                + "Ela;Kruk;12 MARZEC 1985\n"         // 8
                + "Uma;Czyż;12 III 1985\n"            // 9
                + "Zoe;Gil;12.iii.1985\n"             // 10
                + "Kim;Dudek;12 March 1985\n"         // 11
                + "Lea;Bąk;March 12, 1985\n"          // 12
                + "Ida;Zięba;12-Mar-1985\n"           // 13
                + "Jon;Sęp;12.03.85\n"                // 14: a two-digit year, its century a guess
                + "Eda;Sikora;31 lutego 1985\n"       // 15: no such day
                + "Ala;Jeż;12 marcepana 1985\n"       // 16: no month
                + "Olo;Łoś;1985-03-12 10:30\n"        // 17: a time of day: not a date cell's midnight
                + "Ewa;Pawlak;3/12/1985\n"            // 18: American order as often: day and month a guess
                + "Iza;Sroka;III 12, 1985\n"          // 19: only an English month's name comes first
                + "Ela;Wilk;1985-003-12\n"            // 20
                + "Ona;Lis;12 marca 1985 r.\n"        // 21: the Polish "r." read past
                + "Ula;Kos;12.03.1985 r\n"            // 22
                + "Ita;Rak;12.03.1985 0:00\n",        // 23: midnight as some exports write it
                StandardCharsets.UTF_8));

        assertThat(allPersons()).extracting(Person::birthDate).hasSize(15)
                .containsOnly(Optional.of(LocalDate.of(1985, 3, 12)));
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line)
                .containsExactly(14L, 15L, 16L, 17L, 18L, 19L, 20L);
        assertThat(report.rejections()).allSatisfy(r -> {
            assertThat(r.column()).isEqualTo("Data urodzenia");
            assertThat(r.reason()).contains("four-digit year", "12 marca 1985");
        });
    }

    @Test
    void readsDatesWithSlashesMonthFirstWhereTheFileWritesThemSo() {
        ImportReport report = CsvImport.into(registry).run(bytes("First Name,Last Name,Birthdate\n"
                + "Anna,Nowak,3/25/1985\n"           // 2: a 25th month is none: the file writes the month first
                + "Jan,Lis,03/04/1985\n"             // 3: the 4th of March, as the rest of the file says
                + "Ewa,Mróz,12/1/1990\n"             // 4
                + "Ola,Kot,1985-03-12\n",            // 5: year first stays year first
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(allPersons()).extracting(Person::givenNames, p -> p.birthDate().orElseThrow())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Anna", LocalDate.of(1985, 3, 25)),
                        org.assertj.core.groups.Tuple.tuple("Jan", LocalDate.of(1985, 3, 4)),
                        org.assertj.core.groups.Tuple.tuple("Ewa", LocalDate.of(1990, 12, 1)),
                        org.assertj.core.groups.Tuple.tuple("Ola", LocalDate.of(1985, 3, 12)));
    }

    @Test
    void readsDatesMonthFirstWhereTheHeaderSaysSoAndDayFirstWhereAnyRowDoes() {
        CsvImport.into(registry).run(bytes("First Name,Last Name,Birthdate (MM/DD/YYYY)\n"
                + "Jan,Lis,03/04/1985\n", StandardCharsets.UTF_8));
        assertThat(onlyPerson().birthDate()).contains(LocalDate.of(1985, 3, 4));

        ClientRegistry other = ClientRegistry.builder().build();
        ImportReport report = CsvImport.into(other).run(bytes("Imię;Nazwisko;Data urodzenia\n"
                + "Anna;Nowak;25/03/1985\n"          // 2: a day first
                + "Jan;Lis;03/04/1985\n"             // 3: so the 3rd of April
                + "Ewa;Mróz;4/25/1985\n",            // 4: month first in a day-first file: rejected, not guessed
                StandardCharsets.UTF_8));
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line).containsExactly(4L);
        assertThat(other.search(PartyQuery.builder().build()).items()).extracting(p -> ((Person) p).birthDate()
                .orElseThrow()).containsExactlyInAnyOrder(LocalDate.of(1985, 3, 25), LocalDate.of(1985, 4, 3));
    }

    @Test
    void readingAheadForTheDatesKeepsEveryRowsLineNumberAndOutcome() {
        StringBuilder csv = new StringBuilder("Imię;Nazwisko;Data urodzenia;Uwagi\n");
        for (int i = 0; i < 1_500; i++) {
            String note = i == 7 ? "\"dwie\nlinie\"" : "";     // a quoted line break: row 9 spans lines 9 and 10
            String date = i == 3 || i == 1_200 ? "31.02.1985" : "12.03.1985";
            csv.append("Imię").append((char) ('a' + i % 26)).append(";Nowak").append(i).append(';').append(date)
                    .append(';').append(note).append('\n');
        }
        List<Long> lines = new java.util.ArrayList<>();
        ImportReport report = CsvImport.into(registry).onRow((line, outcome, party) -> lines.add(line))
                .run(bytes(csv.toString(), StandardCharsets.UTF_8));

        assertThat(lines).hasSize(1_500).isSorted().doesNotHaveDuplicates();
        assertThat(lines.get(0)).isEqualTo(2L);
        assertThat(lines.get(1_499)).isEqualTo(1_502L);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line).containsExactly(5L, 1_203L);
        assertThat(report.count(RowOutcome.CREATED) + report.count(RowOutcome.UPDATED)
                + report.count(RowOutcome.POSSIBLE_DUPLICATE)).isEqualTo(1_498);
    }

    @Test
    void aFileThatBreaksInsideTheRowsReadAheadNamesTheLineWhereItBreaks() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Data urodzenia\n"
                + "Anna;Nowak;12.03.1985\n"         // 2
                + "Jan;Lis;12.03.1985\n"            // 3
                + "Ewa;Mróz;12.03.1985\n"           // 4
                + "Ola;\"Kot;12.03.1985\n"          // 5: a quote never closed
                + "Iga;Sowa;12.03.1985\n"
                + "Ada;Wrona;12.03.1985\n", StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(3);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5L);
            assertThat(r.reason()).contains("nothing after this line");
        });
    }

    @Test
    void learnsTheMonthFirstOrderAlsoFromDatesWithAMidnightAfterThem() {
        ImportReport report = CsvImport.into(registry).run(bytes("First Name,Last Name,Birthdate\n"
                + "Anna,Nowak,03/25/1985 00:00:00\n"
                + "Jan,Lis,12/03/1990 0:00\n", StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(allPersons()).extracting(p -> p.birthDate().orElseThrow())
                .containsExactlyInAnyOrder(LocalDate.of(1985, 3, 25), LocalDate.of(1990, 12, 3));
    }

    @Test
    void aSoleTraderFlaggedAsANaturalPersonIsItsBusinessAndACountryWithoutAnAddressNeedNotBeReadable() {
        ImportReport report = CsvImport.into(registry).run(bytes("Nazwa;NIP;E-mail;Kraj;Osoba fizyczna\n"
                + "Jan Kowalski Usługi Remontowe;843-69-52-323;jan@remonty.pl;Polska;Tak\n"   // 2: a company
                + "Anna Nowak;;anna@example.pl;-;Tak\n"                                     // 3: no address
                + "Ewa Mróz;;ewa@example.pl;Macedonia;Tak\n",                               // 4
                WINDOWS_1250));

        assertThat(report.rejections()).isEmpty();
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(3);
        assertThat(registry.search(PartyQuery.builder().build()).items()).filteredOn(p -> p instanceof
                dev.kartoteka.core.party.Company).singleElement().satisfies(c -> assertThat(
                ((dev.kartoteka.core.party.Company) c).nip()).isPresent());
        assertThat(allPersons()).extracting(Person::familyName).containsExactlyInAnyOrder("Nowak", "Mróz");
    }

    @Test
    void readsTheHeadersOfOtherSystemsExports() {
        for (String[] h : new String[][] {{"billing_phone", "PHONE"}, {"billing_company", "COMPANY_NAME"},
                {"billing_nip", "NIP"}, {"billing_address_1", "STREET"}, {"billing_state", "REGION"},
                {"billing_postcode", "POSTAL_CODE"}, {"Mailing Street", "STREET"}, {"Mailing City", "CITY"},
                {"Mailing Zip/Postal Code", "POSTAL_CODE"}, {"Mailing State/Province", "REGION"},
                {"Mailing Country", "COUNTRY"}, {"Account Name", "COMPANY_NAME"}, {"NIP__c", "NIP"},
                {"Telefon 2", "PHONE"}, {"email_2", "EMAIL"}, {"Phone1", "PHONE"}, {"Osoba fizyczna", "IS_PERSON"},
                {"Telefon kontrahenta", "PHONE"}, {"E-mail klienta", "EMAIL"}, {"vat_number", "NIP"},
                // contact managers: Outlook (English and Polish), Google Contacts, Pipedrive
                {"Home Phone", "PHONE"}, {"Home Street", "STREET"}, {"Business Country/Region", "COUNTRY"},
                {"E-mail 2 Address", "EMAIL"}, {"Middle Name", "MIDDLE_NAME"}, {"Drugie imię", "MIDDLE_NAME"},
                {"Telefon domowy", "PHONE"}, {"Kraj/region (służbowy)", "COUNTRY"}, {"Urodziny", "BIRTH_DATE"},
                {"Organization Name", "COMPANY_NAME"}, {"E-mail 1 - Value", "EMAIL"}, {"Phone 2 - Value", "PHONE"},
                {"Address 1 - Street", "STREET"}, {"Address 1 - City", "CITY"}, {"Address 1 - Postal Code",
                "POSTAL_CODE"}, {"Address 1 - Region", "REGION"}, {"Address 1 - Country", "COUNTRY"},
                {"Organization 1 - Name", "COMPANY_NAME"}, {"Person - First name", "GIVEN_NAMES"},
                {"Person - Last name", "FAMILY_NAME"}, {"Person - Name", "FULL_NAME"}, {"Person - Email - Work",
                "EMAIL"}, {"Person - Phone - Mobile", "PHONE"}, {"Organization - Name", "COMPANY_NAME"},
                {"Organization - Address", "STREET"}, {"Organization - NIP", "NIP"}, {"Nr NIP", "NIP"},
                {"Organization - Address - City/town/village/locality", "CITY"}, {"Organization - Address - ZIP/Postal "
                + "code", "POSTAL_CODE"}, {"Organization - Address - House number", "BUILDING"},
                {"Organization - Address - Street/road name", "STREET"}, {"Organization - Address - Country",
                "COUNTRY"},
                // shops, CRMs and mailing lists: Shopify, HubSpot, Mailchimp
                {"Default Address Address1", "STREET"}, {"Default Address Zip", "POSTAL_CODE"},
                {"Default Address Company", "COMPANY_NAME"}, {"Default Address Province Code", "REGION"},
                {"Default Address Country Code", "COUNTRY"}, {"Default Address Phone", "PHONE"},
                {"Mobile Phone Number", "PHONE"}, {"State/Region", "REGION"}, {"Email Address", "EMAIL"}}) {
            assertThat(CsvColumn.recognise(h[0])).as(h[0]).contains(CsvColumn.valueOf(h[1]));
        }
        // a word around a header too generic to say what it is, or a bare "Typ" (Odbiorca/Dostawca): not guessed
        for (String h : new String[] {"Typ", "Type", "Customer name", "Contact Name", "Nr klienta", "Kod klienta",
                "Numer kontrahenta", "Rodzaj klienta", "Nazwa 2", "Kod 2", "Ulica 2", "Lead Source", "Address Line 2",
                "billing_address_2", "Business Unit", "Customer State", "County", "Main Company", "Default Company",
                "E-mail 1 - Label", "Phone 1 - Type", "Address 1 - Formatted", "Address 1 - PO Box",
                "Address 1 - Extended Address", "Person - Owner", "Person - Added", "Organization - First name",
                "Organization - Owner", "E-mail Display Name", "E-mail Type", "Business Fax", "Home Page",
                "Assistant's Phone", "Organization 1 - Title", "Person - Organization - Type", "Nazwa/Imię",
                "Adres korespondencyjny", "Address Line 3", "Default Address Address2", "Accepts Email Marketing",
                "Default Address"}) {
            assertThat(CsvColumn.recognise(h)).as(h).isEmpty();
        }
    }

    @Test
    void readsAPhoneWithoutItsCountryCodeInTheRowsCountryFirstAndAnAddressOfAPlaceAlone() {
        ImportReport report = CsvImport.into(registry).run(bytes("First Name,Last Name,Phone,Mailing Street,"
                + "Mailing City,Mailing Zip/Postal Code,Mailing Country\n"
                + "Hans,Müller,030 1234567,Hauptstraße 12,Berlin,10115,Germany\n"     // 2: a Berlin number
                + "Jan,Lis,601 234 567,Hauptstraße 14,Berlin,10115,Deutschland\n"     // 3: a Polish mobile still
                + "Ewa,Mróz,601 234 568,,Warszawa,00-950,Polska\n"                  // 4: a city and its postal code
                + "Ola,Kot,601 234 569,ul. Długa,Warszawa,00-950,Polska\n",          // 5: a street needs its number
                StandardCharsets.UTF_8));

        assertThat(allPersons()).flatExtracting(p -> p.contactPoints(PhoneContact.class)).extracting(
                ph -> ph.phone().value()).containsExactlyInAnyOrder("+49301234567", "+48601234567", "+48601234568");
        assertThat(allPersons()).filteredOn(p -> p.givenNames().equals("Ewa")).singleElement().satisfies(p ->
                assertThat(p.contactPoints(PostalAddress.class)).containsExactly(new PostalAddress(Optional.empty(),
                        "", Optional.empty(), "00-950", "Warszawa", Optional.empty(), Optional.empty(), "PL",
                        ContactUsage.main())));
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5L);
            assertThat(r.column()).isEqualTo("Mailing Street");
            assertThat(r.reason()).contains("building number");
        });
    }

    @Test
    void aPersonActingForACompanyIsImportedAsTheCompanysContactPerson() {
        ImportReport report = CsvImport.into(registry).run(bytes("First Name,Last Name,Account Name,NIP__c,Email\n"
                + "Jan,Kowalski,Biorol sp. z o.o.,843-69-52-323,biuro@biorol.pl\n"    // 2: the company, Jan its contact
                + "JAN,KOWALSKI,Biorol sp. z o.o.,8436952323,\n"                     // 3: the same, known already
                + "Anna,Nowak,Biorol sp. z o.o.,PL8436952323,\n"                    // 4: a second contact person
                + "Ewa,,Biorol sp. z o.o.,8436952323,\n"                           // 5: known by her given name
                + "Ewa,,Biorol sp. z o.o.,8436952323,\n"                           // 6: the same Ewa again
                + "Ewa,Lis,Biorol sp. z o.o.,8436952323,\n"                        // 7: her family name told at last
                + ",Nowak,Biorol sp. z o.o.,8436952323,\n",                        // 8: Anna Nowak, the only Nowak
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(6);
        assertThat(report.rejections()).isEmpty();
        dev.kartoteka.core.party.Company biorol = (dev.kartoteka.core.party.Company) registry.search(
                PartyQuery.builder().build()).items().stream().filter(p -> p instanceof dev.kartoteka.core.party
                .Company).findFirst().orElseThrow();
        assertThat(biorol.contactPersons()).hasSize(3);
        assertThat(biorol.contactPersons()).extracting(c -> ((Person) registry.get(c.person())).displayName(),
                dev.kartoteka.core.party.ContactPerson::primary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jan Kowalski", true),
                        org.assertj.core.groups.Tuple.tuple("Anna Nowak", false),
                        org.assertj.core.groups.Tuple.tuple("Ewa Lis", false));
        assertThat(allPersons()).hasSize(3).allSatisfy(p -> assertThat(p.contactPoints()).isEmpty());
        assertThat(biorol.contactPoints(EmailContact.class)).hasSize(1);
    }

    @Test
    void aContactPersonTheRegistryRefusesRejectsTheRowSayingTheCompanyWasWrittenAndTheImportGoesOn() {
        dev.kartoteka.core.access.AccessPolicy noPersons = new dev.kartoteka.core.access.AccessPolicy() {
            @Override
            public boolean permits(Optional<UserId> actor,
                                   dev.kartoteka.core.access.Action action, Optional<Party> party) {
                return !(action == dev.kartoteka.core.access.Action.WRITE && party.filter(p -> p instanceof Person)
                        .isPresent());
            }

            @Override
            public Set<String> maskedFields(Optional<UserId> actor, Party party) {
                return Set.of();
            }
        };
        ClientRegistry guarded = ClientRegistry.builder().accessPolicy(noPersons).build();
        String row = "Biorol sp. z o.o.;843-69-52-323;Jan;Kowalski\n";

        ImportReport first = CsvImport.into(guarded).run(bytes("Nazwa firmy;NIP;Imię;Nazwisko\n" + row + row,
                StandardCharsets.UTF_8));

        assertThat(first.count(RowOutcome.REJECTED)).isEqualTo(2);
        assertThat(first.rejections()).extracting(ImportReport.Rejection::reason).satisfiesExactly(
                r -> assertThat(r).contains("company was created", "contact person could not be added"),
                r -> assertThat(r).contains("company was found unchanged", "contact person could not be added"));
        assertThat(guarded.search(PartyQuery.builder().build()).items()).singleElement()
                .isInstanceOf(dev.kartoteka.core.party.Company.class);
    }

    @Test
    void anAddressOfAPlaceAloneAndAWholeAddressThereAreOneAddressWhicheverComesFirst() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;E-mail;Ulica;Nr domu;Kod pocztowy;"
                + "Miejscowość\n"
                + "Jan;Kowalski;jan@example.pl;ul. Długa;5;31-000;Kraków\n"
                + "Jan;Kowalski;jan@example.pl;;;;Kraków\n"                 // the same place: nothing to add
                + "Anna;Nowak;anna@example.pl;;;31-000;Kraków\n"
                + "Anna;Nowak;anna@example.pl;ul. Krótka;7;;Kraków\n"      // the whole address in its place
                + "Ewa;Mróz;ewa@example.pl;;;;Kraków\n"
                + "Ewa;Mróz;ewa@example.pl;;;;Gdańsk\n",                   // another place: added
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        Map<String, List<PostalAddress>> addresses = new java.util.HashMap<>();
        allPersons().forEach(p -> addresses.put(p.givenNames(), p.contactPoints(PostalAddress.class)));
        assertThat(addresses.get("Jan")).singleElement().satisfies(a -> assertThat(a.building()).isEqualTo("5"));
        assertThat(addresses.get("Anna")).singleElement().satisfies(a -> {
            assertThat(a.street()).contains("ul. Krótka");
            assertThat(a.postalCode()).as("the place's postal code kept").isEqualTo("31-000");
        });
        assertThat(addresses.get("Ewa")).extracting(PostalAddress::city).containsExactly("Kraków", "Gdańsk");
    }

    @Test
    void readsAnErpListOfContractorsWithItsPersonFlagAndCountryNames() {
        ImportReport report = CsvImport.into(registry).run(bytes("Symbol;Nazwa;NIP;Ulica;Nr domu;Kod pocztowy;"
                + "Miejscowość;Kraj;Telefon;Telefon 2;Typ;Osoba fizyczna\n"
                + "K1;Kowalski Jan;;ul. Długa;5;00-950;Warszawa;Polska;601 234 567;(0-22) 123 45 67;Odbiorca;Tak\n"
                + "K2;\"PHU \"\"Biorol\"\" sp. z o.o.\";843-69-52-323;ul. Prusa;17;30-998;Kraków;PL;12 444 44 49;;"
                + "Dostawca;Nie\n"
                + "K3;Müller GmbH;;Hauptstraße;12;10115;Berlin;Niemcy;+49 30 1234567;;Odbiorca;NIE\n"
                + "K4;Anna Nowak;;ul. Krótka;1;00-001;Warszawa;Polen;;;Odbiorca;T\n"
                + "K5;Jan Lis;;ul. Krótka;2;00-001;Warszawa;Atlantyda;;;Odbiorca;Tak\n"       // 6: no such country
                + "K6;Ewa Mróz;;ul. Krótka;3;00-001;Warszawa;PL;;;Odbiorca;może\n",          // 7: no kind
                WINDOWS_1250));

        assertThat(report.columns()).containsKeys(CsvColumn.IS_PERSON, CsvColumn.COUNTRY);
        assertThat(report.ignoredHeaders()).contains("Typ", "Symbol");
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(4);
        assertThat(allPersons()).extracting(Person::givenNames, Person::familyName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Jan", "Kowalski"), org.assertj.core.groups.Tuple.tuple("Anna",
                        "Nowak"));
        Person jan = allPersons().stream().filter(p -> p.givenNames().equals("Jan")).findFirst().orElseThrow();
        assertThat(jan.contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+48601234567", "+48221234567");
        List<Party> companies = registry.search(PartyQuery.builder().build()).items().stream()
                .filter(p -> p instanceof dev.kartoteka.core.party.Company).toList();
        assertThat(companies).hasSize(2);
        assertThat(companies).flatExtracting(p -> p.contactPoints(PostalAddress.class)).extracting(
                PostalAddress::country).containsExactlyInAnyOrder("PL", "DE");
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "Kraj"),
                        org.assertj.core.groups.Tuple.tuple(7L, "Osoba fizyczna"));
    }

    @Test
    void readsAnErpsOldLandlinesForeignVatNumbersUntickedPersonFlagsAndNamesFamilyFirst() {
        Pesel pesel = Pesel.of(LocalDate.of(1985, 3, 12), dev.kartoteka.core.identifier.Sex.MALE, 123);
        ImportReport report = CsvImport.into(registry).run(bytes("Symbol;Nazwa;NIP;PESEL;Ulica;Nr domu;Kod pocztowy;"
                + "Miejscowość;Kraj;Telefon;Osoba fizyczna\n"
                + "K1;Żak Urszula;;;ul. Długa;5;00-950;Warszawa;Polska;081 587 93 00;Tak\n"       // bare trunk 0
                + "K2;Bąk Michał;;;ul. Długa;6;00-950;Warszawa;;0-22 410-20-98;Tak\n"           // no country stated
                + "K3;Spree Metallbau AG;DE 811 569 869;;Lindenstraße;98;22298;Hamburg;Niemcy;+49 40 7282149;Nie\n"
                + "K4;Mazur Antoni;;" + pesel.value() + ";ul. Jodłowa;8;30-001;Kraków;Polska;;Nie\n"  // unticked
                + "K5;Lis Jan;;;;;;;;022 123 45 67;Tak\n"                                        // 6: no address
                + "K6;Kot Ewa;;;ul. Sadova;3;01001;Kyiv;Ukraina;044 123 45 67;Tak\n",               // 7: Kyiv's
                WINDOWS_1250));

        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "Telefon"));
        Map<String, Person> persons = new java.util.HashMap<>();
        allPersons().forEach(p -> persons.put(p.familyName(), p));
        assertThat(persons.keySet()).as("the family name first where a common given name ends the name")
                .containsExactlyInAnyOrder("Żak", "Bąk", "Mazur", "Kot");
        assertThat(persons.get("Żak").givenNames()).isEqualTo("Urszula");
        assertThat(persons.get("Żak").contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .as("a Polish address: the trunk 0 Poland dialled until 2005").containsExactly("+48815879300");
        assertThat(persons.get("Bąk").contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+48224102098");
        assertThat(persons.get("Kot").contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .as("in Ukraine it is Kyiv's number").containsExactly("+380441234567");
        assertThat(persons.get("Mazur").pesel()).as("a PESEL and no company's identifier: a person")
                .contains(pesel);
        dev.kartoteka.core.party.Company spree = registry.search(PartyQuery.builder().build()).items().stream()
                .filter(p -> p instanceof dev.kartoteka.core.party.Company)
                .map(p -> (dev.kartoteka.core.party.Company) p).findFirst().orElseThrow();
        assertThat(spree.nip()).isEmpty();
        assertThat(spree.euVatNumber()).map(dev.kartoteka.core.identifier.Identifier::value).contains("DE811569869");

        StringBuilder out = new StringBuilder();
        CsvExport.polish().write(registry, PartyQuery.builder().build(), out);
        assertThat(out).as("the export writes it where the import reads it").contains(";DE811569869;");
        ClientRegistry again = ClientRegistry.builder()
                .standardizer(dev.kartoteka.core.standardization.Standardizer.defaults()).build();
        CsvImport.into(again).run(bytes(out.toString(), StandardCharsets.UTF_8));
        assertThat(again.findByIdentifier(spree.euVatNumber().orElseThrow())).hasSize(1);
    }

    @Test
    void aForeignVatNumberIsNoPolishNipAndANipWithABadChecksumStaysUnreadable() {
        ImportReport report = CsvImport.into(registry).run(bytes("Nazwa;NIP\n"
                + "Biorol sp. z o.o.;843-69-52-324\n"          // a wrong check digit
                + "Biorol sp. z o.o.;PL 843-69-52-324\n"       // so also with PL
                + "Müller GmbH;DE 12345678\n",                 // eight digits: no German VAT number
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isZero();
        assertThat(report.rejections()).extracting(ImportReport.Rejection::column).containsOnly("NIP");
    }

    @Test
    void aClientOutsideTheEuKeepsItsTaxNumberUnderNipNamedByItsPrefixOrItsCountry() {
        ImportReport report = CsvImport.into(registry).run(bytes("Nazwa;NIP;Ulica;Miejscowość;Kod pocztowy;Kraj\n"
                + "Acme Ltd;GB 568 9786 73;10 Downing Street;London;SW1A 2AA;Wielka Brytania\n"
                + "Romashka TOV;15685476;vul. Khreshchatyk 1;Kyiv;01001;Ukraina\n"
                + "ROMASHKA TOV;15-68-54-76;;Kyiv;;Ukraina\n"             // 4: the same company: updated
                + "Alpen AG;CHE-123.456.789 MWST;;Zürich;8001;Szwajcaria\n"
                + "Dnipro LLC;1568547;;Kyiv;;Ukraina\n"                   // 6: seven digits: no Ukrainian number
                + "Nemo sp. z o.o.;15685476;;Kraków;30-001;Polska\n"      // 7: eight digits in Poland: no NIP
                + "Bez Kraju;15685476;;;;\n"                               // 8: no country to read it in
                + "Dnipro Trade TOV;7740001454;;Kyiv;;Ukraina\n"          // ten digits a NIP's checksum passes
                + "Tokyo KK;JP:1234567890123;;;;\n",                        // its country before a colon
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(5);
        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(1);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "NIP"),
                        org.assertj.core.groups.Tuple.tuple(7L, "NIP"),
                        org.assertj.core.groups.Tuple.tuple(8L, "NIP"));
        assertThat(report.rejections().get(0).reason()).isEqualTo("a Polish NIP, an EU VAT number, or the tax number "
                + "of a company in the row's country outside the EU: for UA, an EDRPOU code of 8 digits, a taxpayer's "
                + "number of 10 or a VAT payer's number of 12");
        assertThat(report.rejections().get(1).reason()).contains("NIP checksum");
        assertThat(registry.findByIdentifier(ForeignTaxNumber.parse("GB568978673"))).singleElement()
                .satisfies(p -> assertThat(p.displayName()).isEqualTo("Acme")); // Ltd its legal form
        assertThat(registry.findByIdentifier(ForeignTaxNumber.of("UA", "15685476"))).hasSize(1);
        assertThat(registry.findByIdentifier(ForeignTaxNumber.parse("CHE123456789"))).hasSize(1);
        assertThat(registry.findByIdentifier(ForeignTaxNumber.of("UA", "7740001454"))).singleElement().satisfies(p ->
                assertThat(((dev.kartoteka.core.party.Company) p).nip()).as("a company in Ukraine").isEmpty());

        StringBuilder out = new StringBuilder();
        CsvExport.polish().write(registry, PartyQuery.builder().build(), out);
        assertThat(out).as("the export writes them where the import reads them").contains(";GB568978673;")
                .contains(";UA15685476;").contains(";CHE123456789;");
        ClientRegistry again = ClientRegistry.builder()
                .standardizer(dev.kartoteka.core.standardization.Standardizer.defaults()).build();
        ImportReport back = CsvImport.into(again).run(bytes(out.toString(), StandardCharsets.UTF_8));
        assertThat(back.rejections()).isEmpty();
        assertThat(again.findByIdentifier(ForeignTaxNumber.of("UA", "15685476"))).hasSize(1);
        assertThat(again.findByIdentifier(ForeignTaxNumber.parse("GB568978673"))).hasSize(1);
        assertThat(out).as("a country of no known format, without an address").contains(";JP:1234567890123;");
        assertThat(again.findByIdentifier(ForeignTaxNumber.of("JP", "1234567890123"))).hasSize(1);
    }

    @Test
    void kartotekasOwnExportComesBackWithItsNamesInTheirCells() {
        registry.create(Person.builder().givenNames("Mary Jane").addContactPoint(
                dev.kartoteka.core.party.EmailContact.of("mj@example.pl")).build());
        registry.create(Person.builder().familyName("Kowalska Nowak").build());
        StringBuilder out = new StringBuilder();
        CsvExport.polish().write(registry, PartyQuery.builder().build(), out);

        ClientRegistry again = ClientRegistry.builder()
                .standardizer(dev.kartoteka.core.standardization.Standardizer.defaults()).build();
        ImportReport back = CsvImport.into(again).run(bytes(out.toString(), StandardCharsets.UTF_8));

        assertThat(back.rejections()).isEmpty();
        assertThat(again.search(PartyQuery.builder().build()).items()).extracting(p -> (Person) p)
                .extracting(Person::givenNames, Person::familyName).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Mary Jane", ""),
                        org.assertj.core.groups.Tuple.tuple("", "Kowalska Nowak"));
    }

    @Test
    void readsEachGroupOfAddressColumnsAsAnAddressOfItsOwnAsContactManagersExportThem() {
        ImportReport report = CsvImport.into(registry).run(bytes("\"First Name\",\"Middle Name\",\"Last Name\","
                + "\"Business Street\",\"Business City\",\"Business Postal Code\",\"Business Country/Region\","
                + "\"Home Street\",\"Home City\",\"Home Postal Code\",\"Home Country/Region\",\"E-mail Address\"\r\n"
                + "Jan,,Lis,ul. Długa 5,Warszawa,00-950,Polska,,,,,jan@example.pl\r\n"
                + "Anna,Maria,Nowak,,,,,ul. Krótka 7/3,Kraków,31-000,Polska,anna@example.pl\r\n"
                + "Ewa,,Mróz,ul. Długa 5,Warszawa,00-950,Polska,Hauptstraße 12,Berlin,10115,Niemcy,ewa@example.pl\r\n"
                + "Ola,,Kot,ul. Długa 6,Warszawa,00-950,,ul. Długa 6,WARSZAWA,00-950,,ola@example.pl\r\n"
                + "Iga,,Sowa,,,,,ul. Krótka 8,Kraków,31-000,Atlantyda,iga@example.pl\r\n"      // 6: no such country
                + "Ada,,Wrona,,,,,ul. Krótka,Kraków,31-000,,ada@example.pl\r\n",                // 7: no number
                StandardCharsets.UTF_8));

        assertThat(report.ignoredHeaders()).doesNotContain("Home Street", "Home City", "Middle Name");
        Map<String, Person> persons = new java.util.HashMap<>();
        allPersons().forEach(p -> persons.put(p.familyName(), p));
        assertThat(persons.get("Lis").contactPoints(PostalAddress.class)).extracting(PostalAddress::city)
                .containsExactly("Warszawa");
        assertThat(persons.get("Nowak").givenNames()).as("the middle name after the given name")
                .isEqualTo("Anna Maria");
        assertThat(persons.get("Nowak").contactPoints(PostalAddress.class)).as("the home address alone")
                .singleElement().satisfies(a -> {
                    assertThat(a.city()).isEqualTo("Kraków");
                    assertThat(a.unit()).contains("3");
                });
        assertThat(persons.get("Mróz").contactPoints(PostalAddress.class)).as("both, each in its country")
                .extracting(PostalAddress::city, PostalAddress::country).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Warszawa", "PL"),
                        org.assertj.core.groups.Tuple.tuple("Berlin", "DE"));
        assertThat(persons.get("Kot").contactPoints(PostalAddress.class)).as("one address written twice")
                .hasSize(1);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "Home Country/Region"),
                        org.assertj.core.groups.Tuple.tuple(7L, "Home Street"));
    }

    @Test
    void aPersonAtACompanyIsTheCompanyWithItsContactPersonUnlessTheCompanyIsThePersonsOwnAccount() {
        ImportReport report = CsvImport.into(registry).run(bytes("First Name,Last Name,Account Name,Email,Phone\n"
                + "Jan,Kowalski,Biorol sp. z o.o.,jan@biorol.pl,22 123 45 67\n"
                + "Anna,Nowak,BIOROL,anna@biorol.pl,22 123 45 67\n"     // the same company, its second contact
                + "Ewa,Lis,Ewa Lis,ewa@example.pl,\n"                   // a private client's own account
                + "Olga,Mróz,Mróz Household,olga@example.pl,\n"
                + "Piotr,Zając,Usługi Remontowe Piotr Zając,piotr@remonty.pl,\n", // a sole trader's business
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        List<Company> companies = registry.search(PartyQuery.builder().build()).items().stream()
                .filter(p -> p instanceof Company).map(p -> (Company) p).toList();
        assertThat(companies).extracting(Company::legalName).containsExactlyInAnyOrder("Biorol",
                "Usługi Remontowe Piotr Zając");
        Company biorol = companies.stream().filter(c -> c.legalName().equals("Biorol")).findFirst().orElseThrow();
        assertThat(biorol.contactPersons()).hasSize(2);
        assertThat(biorol.contactPoints(EmailContact.class)).extracting(e -> e.email().value())
                .containsExactly("jan@biorol.pl", "anna@biorol.pl");
        assertThat(allPersons()).extracting(Person::familyName).containsExactlyInAnyOrder("Kowalski", "Nowak", "Lis",
                "Mróz", "Zając");
        assertThat(allPersons()).filteredOn(p -> p.familyName().equals("Lis")).singleElement()
                .satisfies(p -> assertThat(p.contactPoints(EmailContact.class)).hasSize(1));
    }

    @Test
    void aRejectionNamesTheFurtherHeaderAValueWasReadFrom() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Ulica;Miasto;Ulica i numer\n"
                + "Jan;Lis;;Kraków;Długa\n", StandardCharsets.UTF_8));

        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("Ulica i numer");
            assertThat(r.reason()).contains("building number");
        });
        assertThat(report.columns()).containsEntry(CsvColumn.STREET, "Ulica, Ulica i numer");
    }

    @Test
    void aContactPersonLinkedAlreadyGetsWhatALaterRowTellsOfThemAndLacksNothingReplaced() {
        CsvImport.into(registry).run(bytes("Nazwa firmy;NIP;Imię;Nazwisko\n"
                + "Biorol sp. z o.o.;843-69-52-323;Jan;Kowalski\n", StandardCharsets.UTF_8));
        ImportReport later = CsvImport.into(registry).run(bytes("Nazwa firmy;NIP;Imię;Nazwisko;Data urodzenia;Płeć\n"
                + "Biorol sp. z o.o.;843-69-52-323;JAN;KOWALSKI;1980-01-02;M\n"
                + "Biorol sp. z o.o.;843-69-52-323;Jan;Kowalski;1975-05-05;\n", StandardCharsets.UTF_8));

        assertThat(later.count(RowOutcome.UPDATED)).isEqualTo(2);
        assertThat(allPersons()).singleElement().satisfies(jan -> {
            assertThat(jan.birthDate()).as("the first told, not replaced").contains(LocalDate.of(1980, 1, 2));
            assertThat(jan.sex()).contains(dev.kartoteka.core.identifier.Sex.MALE);
        });
    }

    @Test
    void aPlaceholderOrHouseholdWordForACompanyIsNoCompanyAndGooglesBareNameIsThePersons() {
        ImportReport report = CsvImport.into(registry).run(bytes("Name,Given Name,Family Name,Organization 1 - Name,"
                + "E-mail 1 - Value,Labels\n"
                + "Jan Lis,Jan,Lis,Biorol sp. z o.o.,jan@biorol.pl,Klienci ::: * myContacts\n"
                + "Ewa Maria Mróz,Ewa,Mróz,,ewa@example.pl,\n",
                StandardCharsets.UTF_8));
        ImportReport second = CsvImport.into(registry).run(bytes("First Name,Last Name,Company,Email\n"
                + "Olga,Kot,Prywatnie,olga@example.pl\n"
                + "Iga,Sowa,-,iga@example.pl\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(second.rejections()).isEmpty();
        assertThat(report.columns()).containsEntry(CsvColumn.FULL_NAME, "Name")
                .containsEntry(CsvColumn.COMPANY_NAME, "Organization 1 - Name");
        List<Company> companies = registry.search(PartyQuery.builder().build()).items().stream()
                .filter(p -> p instanceof Company).map(p -> (Company) p).toList();
        assertThat(companies).singleElement().satisfies(c -> {
            assertThat(c.legalName()).isEqualTo("Biorol");
            assertThat(c.tags()).extracting(dev.kartoteka.core.party.Tag::value).containsExactly("klienci");
        });
        assertThat(allPersons()).extracting(Person::familyName).containsExactlyInAnyOrder("Lis", "Mróz", "Kot",
                "Sowa");
    }

    @Test
    void aPhoneIsReadInTheCountryItsAddressIsInAndARowStatingAnotherCountryThanItsAddressIsRejected() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Adres;Kraj;Telefon\n"
                + "Ołena;Kowal;vul. Franka 56/27, 79016 Lwów, Ukraina;;032 123 45 67\n"
                + "Anna;Nowak;ul. Długa 5, 00-950 Warszawa;;032 123 45 67\n"
                + "Iwan;Bondar;vul. Franka 5, 79016 Lwów, Ukraina;Polska;\n",      // 4: Poland and Ukraine
                StandardCharsets.UTF_8));

        Map<String, Person> persons = new java.util.HashMap<>();
        allPersons().forEach(p -> persons.put(p.familyName(), p));
        assertThat(persons.get("Kowal").contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .as("Lviv's number, not Katowice's").containsExactly("+380321234567");
        assertThat(persons.get("Nowak").contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+48321234567");
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.column()).isEqualTo("Adres");
            assertThat(r.reason()).contains("the country the row states (PL)");
        });
    }

    @Test
    void aForeignCompanysVatNumberNamesItWhenItsRowComesAgain() {
        String csv = "Nazwa;NIP;Miejscowość\nSpree Metallbau AG;DE811569869;Hamburg\n";
        CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));
        ImportReport again = CsvImport.into(registry).run(bytes("Nazwa;NIP;Miejscowość\n"
                + "Spree Metallbau GmbH;DE 811 569 869;Hamburg\n", StandardCharsets.UTF_8));

        assertThat(again.count(RowOutcome.UPDATED)).isOne();
        assertThat(registry.search(PartyQuery.builder().build()).items()).hasSize(1);
    }

    @Test
    void readsAPipedriveExportsPersonsAndOrganisationsWithTheAddressInPartsBesideItsWhole() {
        ImportReport report = CsvImport.into(registry).run(bytes("Person - Name,Person - First name,"
                + "Person - Last name,Person - Email - Work,Organization - Name,Organization - Address,"
                + "Organization - Address - House number,Organization - Address - Street/road name,"
                + "Organization - Address - City/town/village/locality,Organization - Address - ZIP/Postal code,"
                + "Organization - Address - Country,Organization - NIP,Contact - Name\n"
                + ",,,,Biorol sp. z o.o.,\"Długa 5, 00-950 Warszawa, Polska\",5,Długa,Warszawa,00-950,Polska,"
                + "843-69-52-323,\n"
                + ",,,,Miron,\"Warszawa, Polska\",,,Warszawa,,Polska,,\n"
                + "Jan Kowalski,Jan,Kowalski,jan@biorol.pl,Biorol sp. z o.o.,,,,,,,843-69-52-323,\n"
                + "Sebastian Wojciechowski,Sebastian Wojciechowski,,seba@example.pl,,,,,,,,,\n"
                + "Elektrland SP. Z O.O.,,Elektrland SP. Z O.O.,biuro@elektrland.pl,,,,,,,,,\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(allPersons()).extracting(Person::familyName).containsExactlyInAnyOrder("Kowalski",
                "Wojciechowski");
        assertThat(report.ignoredHeaders()).contains("Organization - Address");
        assertThat(report.columns()).containsEntry(CsvColumn.GIVEN_NAMES, "Person - First name");
        List<Company> companies = registry.search(PartyQuery.builder().build()).items().stream()
                .filter(p -> p instanceof Company).map(p -> (Company) p).toList();
        assertThat(companies).extracting(Company::legalName).containsExactlyInAnyOrder("Biorol", "Miron",
                "Elektrland");
        Company biorol = companies.stream().filter(c -> c.legalName().equals("Biorol")).findFirst().orElseThrow();
        assertThat(biorol.contactPoints(PostalAddress.class)).singleElement().satisfies(a -> {
            assertThat(a.street()).contains("Długa");
            assertThat(a.building()).isEqualTo("5");
        });
        assertThat(biorol.contactPersons()).hasSize(1);
        assertThat(CsvColumn.recognise("Contact - Name")).contains(CsvColumn.FULL_NAME);
        assertThat(CsvColumn.recognise("Kontakt - Nazwa")).contains(CsvColumn.FULL_NAME);
    }

    @Test
    void putsRightANameTypedIntoTheWrongCellAsAddressBooksHoldThem() {
        ImportReport report = CsvImport.into(registry).run(bytes("First Name,Last Name,Company,E-mail Address\n"
                + "Marcin Borkowski,,,marcin@example.pl\n"                 // the whole name in the first name
                + ",Kwiatkowski Krzysztof,,krzysztof@example.pl\n"        // in the last name, family name first
                + ",Gazplast Sp.J.,,handel@gazplast.pl\n"                 // a firm filed under its name
                + ",„Janmix” sp. z o.o.,„Janmix” sp. z o.o.,kontakt@janmix.pl\n"
                + "Anna Maria,,,anna@example.pl\n"                        // 6: two given names, no family name
                + ",Nowak,,nowak@example.pl\n"                            // 7: a family name alone
                + "Yuliia Shevchenko,,,yuliia@example.pl\n"               // a whole name of names not on the list
                + ",Kowalska Nowak,,kn@example.pl\n",                     // a double family name stays one
                StandardCharsets.UTF_8));

        assertThat(allPersons()).extracting(Person::givenNames, Person::familyName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Marcin", "Borkowski"),
                org.assertj.core.groups.Tuple.tuple("Krzysztof", "Kwiatkowski"),
                org.assertj.core.groups.Tuple.tuple("Anna Maria", ""),   // known by her given names alone
                org.assertj.core.groups.Tuple.tuple("", "Nowak"),
                org.assertj.core.groups.Tuple.tuple("Yuliia", "Shevchenko"),
                org.assertj.core.groups.Tuple.tuple("", "Kowalska Nowak"));
        assertThat(registry.search(PartyQuery.builder().build()).items()).filteredOn(p -> p instanceof
                dev.kartoteka.core.party.Company).extracting(Party::displayName).hasSize(2);
        assertThat(report.rejections()).isEmpty();
    }

    @Test
    void aPersonKnownByOneNameIsCreatedAndARowTellingOneNameKeepsTheOtherOnUpdate() {
        ImportReport report = CsvImport.into(registry).run(bytes("Email Address,First Name,Last Name,Phone\n"
                + "anna@example.pl,Anna,,\n"                  // a newsletter's subscriber known by her given name
                + "nowak@example.pl,,Nowak,\n"                // a shop's customer known by his family name
                + "ewa@example.pl,Ewa,Lis,601 234 567\n"
                + "ewa@example.pl,Ewa,,601 234 567\n"         // 5: the same Ewa, her family name not told again
                + "anna@example.pl,Anna,Wrona,\n"             // 6: Anna's family name told at last
                + "x@example.pl,,,\n",                        // 7: no name at all
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(7);
            assertThat(r.reason()).isEqualTo("neither a company name nor a person's name");
        });
        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(2);
        assertThat(allPersons()).extracting(Person::givenNames, Person::familyName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Anna", "Wrona"),
                org.assertj.core.groups.Tuple.tuple("", "Nowak"),
                org.assertj.core.groups.Tuple.tuple("Ewa", "Lis"));
    }

    @Test
    void readsGoogleContactsNumberedValuesAndAddresses() {
        ImportReport report = CsvImport.into(registry).run(bytes("Name,Given Name,Family Name,Organization 1 - Name,"
                + "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,"
                + "Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,"
                + "Address 1 - Country\n"
                + "Jan Lis,Jan,Lis,,* Work,jan@example.pl,Mobile,601 234 567 ::: 601 234 568,Work,22 123 45 67,Home,"
                + "\"ul. Długa 5\nWarszawa\",ul. Długa 5,Warszawa,00-950,PL\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        Person jan = allPersons().get(0);
        assertThat(jan.contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+48601234567", "+48601234568", "+48221234567");
        assertThat(jan.contactPoints(EmailContact.class)).extracting(e -> e.email().value())
                .containsExactly("jan@example.pl");
        assertThat(jan.contactPoints(PostalAddress.class)).singleElement().satisfies(a ->
                assertThat(a.postalCode()).isEqualTo("00-950"));
        assertThat(report.ignoredHeaders()).contains("Address 1 - Formatted", "E-mail 1 - Type");
    }

    @Test
    void readsAMailchimpAudienceWithItsSpacedAddressYearlessBirthdaysAndGeolocationLeftOut() {
        ImportReport report = CsvImport.into(registry).run(bytes("Email Address,First Name,Last Name,Address,"
                + "Phone Number,Birthday,MEMBER_RATING,LATITUDE,LONGITUDE,TIMEZONE,CC,REGION\n"
                + "anna@example.pl,Anna,Nowak,ul. Długa 5/3  Warszawa  MZ  00-950  PL,601 234 567,03/15,2,52.2,21.0,"
                + "Europe/Warsaw,PL,14\n"
                + "jan@example.pl,Jan,Lis,ul. Krótka 2  m. 4  Kraków  30-001  Polska,,12/31,2,,,,,\n"
                + "ewa@example.pl,Ewa,Kot,1600 Amphitheatre Pkwy  Mountain View  CA  94043  US,,02/03,2,,,,US,CA\n"
                + "ola@example.pl,Ola,Wrona,ul. Nowa 1  Poznań  XX  61-001  PL,,,2,,,,,\n", // 5: no such state
                StandardCharsets.UTF_8));

        assertThat(report.ignoredHeaders()).contains("REGION", "CC", "LATITUDE");
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.column()).isEqualTo("Address");
        });
        Map<String, Person> byName = new java.util.HashMap<>();
        allPersons().forEach(p -> byName.put(p.givenNames(), p));
        assertThat(byName.get("Anna").contactPoints(PostalAddress.class)).singleElement().satisfies(a -> {
            assertThat(a.street()).contains("ul. Długa");
            assertThat(a.building()).isEqualTo("5");
            assertThat(a.unit()).contains("3");
            assertThat(a.postalCode()).isEqualTo("00-950");
            assertThat(a.city()).isEqualTo("Warszawa");
            assertThat(a.region()).contains("mazowieckie");
        });
        assertThat(byName.get("Jan").contactPoints(PostalAddress.class)).singleElement().satisfies(a -> {
            assertThat(a.unit()).as("the second line's flat").contains("4");
            assertThat(a.city()).isEqualTo("Kraków");
        });
        assertThat(byName.get("Ewa").contactPoints(PostalAddress.class)).singleElement().satisfies(a -> {
            assertThat(a.country()).isEqualTo("US");
            assertThat(a.region()).contains("CA");
            assertThat(a.city()).isEqualTo("Mountain View");
        });
        // a day above 12 in the second place: the file writes its birthdays month first, 02/03 is 3 February
        assertThat(byName.get("Anna").importantDates()).extracting(d -> d.day())
                .containsExactly(java.time.MonthDay.of(3, 15));
        assertThat(byName.get("Ewa").importantDates()).extracting(d -> d.day())
                .containsExactly(java.time.MonthDay.of(2, 3));
        assertThat(byName.get("Anna").birthDate()).isEmpty();
    }

    @Test
    void readsABirthdayWithoutItsYearMonthFirstUnlessTheFileWritesADayFirst() {
        ClientRegistry alone = ClientRegistry.inMemory();
        ImportReport monthFirst = CsvImport.into(alone).run(bytes("Imię;Nazwisko;Urodziny\n"
                + "Anna;Nowak;02/03\n", StandardCharsets.UTF_8));
        assertThat(monthFirst.rejections()).isEmpty();
        assertThat(alone.search(PartyQuery.builder().build()).items()).singleElement()
                .satisfies(p -> assertThat(p.importantDates()).extracting(d -> d.day())
                        .as("nothing tells the order: month first, as Mailchimp writes them")
                        .containsExactly(java.time.MonthDay.of(2, 3)));
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Urodziny\n"
                + "Anna;Nowak;02/03\n"
                + "Jan;Lis;14.02\n"
                + "Ewa;Kot;31/31\n",                                  // 4: a day first, but no such day: rejected
                StandardCharsets.UTF_8));

        Map<String, Person> byName = new java.util.HashMap<>();
        allPersons().forEach(p -> byName.put(p.givenNames(), p));
        assertThat(byName.get("Anna").importantDates()).extracting(d -> d.day())
                .containsExactly(java.time.MonthDay.of(3, 2));
        assertThat(byName.get("Jan").importantDates()).extracting(d -> d.day())
                .containsExactly(java.time.MonthDay.of(2, 14));
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).contains("a birthday without its year");
        });
    }

    @Test
    void readsAShopifyCustomersExportWithItsDefaultAddressAndNumbersKeptAsText() {
        ImportReport report = CsvImport.into(registry).run(bytes("Customer ID,First Name,Last Name,Email,"
                + "Accepts Email Marketing,Default Address Company,Default Address Address1,Default Address Address2,"
                + "Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,"
                + "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags\n"
                + "'7012345678,Anna,Nowak,anna@example.pl,yes,,ul. Długa 5,,Warszawa,,PL,'00-950,'+48601234567,,no,"
                + "120.00,2,,no,\"vip, b2c\"\n"
                + "'7012345679,Ewa,Kot,ewa@example.pl,no,,Długa 6,,Kraków,PL-MA,PL,'30001,,'601 234 568,no,0.00,0,"
                + "'t Hooft,no,\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(report.columns()).containsEntry(CsvColumn.STREET, "Default Address Address1")
                .containsEntry(CsvColumn.POSTAL_CODE, "Default Address Zip")
                .containsEntry(CsvColumn.COUNTRY, "Default Address Country Code");
        Map<String, Person> byName = new java.util.HashMap<>();
        allPersons().forEach(p -> byName.put(p.givenNames(), p));
        assertThat(byName.get("Anna").contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+48601234567");
        assertThat(byName.get("Anna").contactPoints(PostalAddress.class)).singleElement()
                .satisfies(a -> assertThat(a.postalCode()).isEqualTo("00-950"));
        assertThat(byName.get("Ewa").contactPoints(PostalAddress.class)).singleElement().satisfies(a -> {
            assertThat(a.postalCode()).isEqualTo("30-001");
            assertThat(a.region()).contains("małopolskie");
        });
        assertThat(byName.get("Ewa").contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+48601234568");
    }

    @Test
    void readsSeveralPhonesAndEMailsInOneCellAndRejectsACellWithOneUnreadablePart() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Telefon;E-mail\n"
                + "Anna;Nowak;601 234 567, 22 123 45 67;anna@example.pl, a.nowak@example.com\n"
                + "Jan;Lis;601 234 568 / 601 234 569;jan@example.pl\n"
                + "Ewa;Mróz;601 234 570 lub 601 234 570;ewa@example.pl ewa.m@example.pl\n"
                + "Ola;Kot;601 234 571 / 123;ola@example.pl\n"
                + "Iga;Sowa;601 234 572;iga@example.pl, iga@\n"
                + "Ada;Wrona;+48 (0) 601 234 573;ada@example.pl\n"
                + "Ela;Kruk;601234574,601234575;ela@example.pl\n"          // 8: two numbers, no spaces
                + "Uma;Czyż;22 123 45 67, 12;uma@example.pl\n"
                + "Ida;Sikora;601 234 576;ida@wp,pl\n",                  // 10: a comma typed for a dot
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(7);
        Map<String, List<Object>> contacts = new java.util.HashMap<>();
        allPersons().forEach(p -> contacts.put(p.givenNames(), p.contactPoints().stream().map(c -> c instanceof
                PhoneContact ph ? (Object) ph.phone().value() : ((EmailContact) c).email().value()).toList()));
        assertThat(contacts.get("Anna")).containsExactly("anna@example.pl", "a.nowak@example.com", "+48601234567",
                "+48221234567");
        assertThat(contacts.get("Jan")).containsExactly("jan@example.pl", "+48601234568", "+48601234569");
        assertThat(contacts.get("Ewa")).as("a number written twice is kept once")
                .containsExactly("ewa@example.pl", "ewa.m@example.pl", "+48601234570");
        assertThat(contacts.get("Ada")).as("the trunk zero in brackets left out").contains("+48601234573");
        assertThat(contacts.get("Ela")).contains("+48601234574", "+48601234575");
        assertThat(contacts.get("Uma")).contains("+48221234567");
        assertThat(contacts.get("Ida")).containsExactly("ida@wp.pl", "+48601234576");
        assertThat(allPersons()).filteredOn(p -> p.givenNames().equals("Uma")).singleElement()
                .satisfies(p -> assertThat(p.contactPoints(PhoneContact.class)).singleElement()
                        .satisfies(ph -> assertThat(ph.phone().extension()).contains("12")));
        // a cell with a part that is no phone or e-mail keeps none of its values: the row is rejected, naming it
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "Telefon"),
                        org.assertj.core.groups.Tuple.tuple(6L, "E-mail"));
        assertThat(report.rejections()).allSatisfy(r -> assertThat(r.reason()).contains("several separated by"));
    }

    @Test
    void aPeselThatLostItsLeadingZeroInASpreadsheetIsReadWithItBesideItsBirthDate() {
        Pesel born2002 = Pesel.of(LocalDate.of(2002, 2, 4), dev.kartoteka.core.identifier.Sex.FEMALE, 126);
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;PESEL;Data urodzenia\n"
                + "Anna;Nowak;" + born2002.value().substring(1) + ";04.02.2002\n"
                + "Ewa;Lis;" + born2002.value().substring(1) + ";\n",     // 3: no birth date: a guess, rejected
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        assertThat(registry.findByIdentifier(born2002)).singleElement()
                .satisfies(p -> assertThat(((Person) p).givenNames()).isEqualTo("Anna"));
        assertThat(report.rejections()).singleElement().satisfies(r -> assertThat(r.column()).isEqualTo("PESEL"));
    }

    @Test
    void aPolishPostalCodeThatLostItsLeadingZerosInASpreadsheetIsReadWithThem() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Ulica;Kod pocztowy;Miejscowość\n"
                + "Anna;Nowak;ul. Długa 5;2254;Warszawa\n"
                + "Ewa;Lis;ul. Długa 6;54;Warszawa\n"            // 3: two digits: no code, rejected
                + "Hans;Huber;Hauptstraße 5;1010;Wien\n",        // 4: nothing says it is Polish: rejected
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        assertThat(onlyPerson().contactPoints(PostalAddress.class)).singleElement()
                .satisfies(a -> assertThat(a.postalCode()).isEqualTo("02-254"));
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Kod pocztowy"),
                        org.assertj.core.groups.Tuple.tuple(4L, "Kod pocztowy"));
        ImportReport stated = CsvImport.into(ClientRegistry.builder().standardizer(
                dev.kartoteka.core.standardization.Standardizer.defaults()).build()).run(bytes(
                "Imię;Nazwisko;Ulica;Kod pocztowy;Miejscowość;Kraj\nHans;Huber;Krotka 5;1010;Radom;Polska\n",
                StandardCharsets.UTF_8));
        assertThat(stated.rejections()).as("the row states Poland").isEmpty();
    }

    @Test
    void aSecondAddressLineHoldingAFlatIsTheAddresssFlatAndOtherTextThereIsNotRead() {
        ClientRegistry plain = ClientRegistry.inMemory();
        ImportReport report = CsvImport.into(plain).run(bytes("first_name,last_name,billing_address_1,"
                + "billing_address_2,billing_postcode,billing_city,Home Street,Home Street 2,Home City\n"
                + "Anna,Nowak,ul. Długa 5,m. 3,00-001,Warszawa,,,\n"            // 2: the flat after m.
                + "Jan,Lis,ul. Długa 6,4,00-001,Warszawa,,,\n"                  // 3: a bare flat number
                + "Ewa,Mróz,ul. Długa,7,00-001,Warszawa,,,\n"                   // 4: the building, the street without it
                + "Ola,Kot,ul. Długa 8,III piętro,00-001,Warszawa,,,\n"         // 5: a floor: not read
                + "Iga,Sowa,ul. Długa 9/2,lok. 5,00-001,Warszawa,,,\n"          // 6: two flats: rejected, named
                + "Ada,Wrona,ul. Długa 10/2,2,00-001,Warszawa,ul. Polna 1,m. 7,Kraków\n", // 7: one flat twice; another
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(6);
            assertThat(r.column()).isEqualTo("billing_address_2");
        });
        assertThat(report.ignoredHeaders()).as("a floor in a second line is told not read").contains("billing_address_2")
                .doesNotContain("Home Street 2");
        assertThat(report.columns()).containsEntry(CsvColumn.UNIT, "billing_address_2, Home Street 2");
        Map<String, List<PostalAddress>> byName = new java.util.HashMap<>();
        plain.search(PartyQuery.builder().build()).items().forEach(p -> byName.put(((Person) p).givenNames(),
                p.contactPoints(PostalAddress.class)));
        assertThat(byName.get("Anna")).extracting(PostalAddress::building, a -> a.unit().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5", "3"));
        assertThat(byName.get("Jan")).extracting(PostalAddress::building, a -> a.unit().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("6", "4"));
        assertThat(byName.get("Ewa")).extracting(PostalAddress::building, a -> a.unit().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7", ""));
        assertThat(byName.get("Ola")).extracting(PostalAddress::building, a -> a.unit().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8", ""));
        assertThat(byName.get("Ada")).extracting(PostalAddress::city, a -> a.unit().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Warszawa", "2"),
                        org.assertj.core.groups.Tuple.tuple("Kraków", "7"));
    }

    @Test
    void aSecondAddressLineBesideAFlatColumnIsNotRead() {
        ImportReport report = CsvImport.into(ClientRegistry.inMemory()).run(bytes("Imię;Nazwisko;Address Line 2;"
                + "Ulica;Nr lokalu;Kod pocztowy;Miejscowość\n"
                + "Anna;Nowak;c/o Jan;ul. Długa 5;3;00-001;Warszawa\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(report.ignoredHeaders()).contains("Address Line 2");
        assertThat(report.columns()).containsEntry(CsvColumn.UNIT, "Nr lokalu");
    }

    @Test
    void anAddressStatingNoCountryWithABritishPostcodeIsInBritainAndItsPhonesAreReadThere() {
        ImportReport report = CsvImport.into(registry).run(bytes("First Name,Last Name,Phone,Mailing Street,"
                + "Mailing City,Mailing Zip/Postal Code,Mailing Country\n"
                + "Emily,Thompson,020 7946 0018,115 The Crescent,Leeds,LS1 7LY,\n"
                + "Anna,Nowak,22 123 45 67,ul. Długa 5,Warszawa,00-950,\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        Map<String, Person> byName = new java.util.HashMap<>();
        allPersons().forEach(p -> byName.put(p.givenNames(), p));
        assertThat(byName.get("Emily").contactPoints(PostalAddress.class)).singleElement().satisfies(a -> {
            assertThat(a.country()).isEqualTo("GB");
            assertThat(a.building()).isEqualTo("115");
            assertThat(a.postalCode()).isEqualTo("LS1 7LY");
        });
        assertThat(byName.get("Emily").contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+442079460018");
        assertThat(byName.get("Anna").contactPoints(PostalAddress.class)).extracting(PostalAddress::country)
                .containsExactly("PL");
    }

    @Test
    void aPersonsRowWithACompanysIdentifierAndNoCompanyNameIsThatCompanysRowNamedByThePersonUntilItsNameIsKnown() {
        String netsan = "959-084-69-54";
        String michalski = "953-207-60-72";
        ImportReport report = CsvImport.into(registry).run(bytes("First Name,Last Name,Email,Company Name,NIP\n"
                + "Mateusz,Bednarek,m.bednarek@netsan.com.pl,Netsan Projekt Sp. z o.o.," + netsan + "\n"
                + "Mateusz,Bednarek,,," + netsan + "\n"                       // 3: the stored company keeps its name
                + "Grzegorz,Michalski,,," + michalski + "\n"                  // 4: a company under his name
                + "Grzegorz,Michalski,g@michalski.pl,Usługi Remontowe Grzegorz Michalski," + michalski + "\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(2);
        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(2);
        assertThat(registry.findByIdentifier(dev.kartoteka.core.identifier.Nip.parse(netsan))).singleElement()
                .satisfies(c -> assertThat(((dev.kartoteka.core.party.Company) c).legalName())
                        .isEqualTo("Netsan Projekt"));
        assertThat(registry.findByIdentifier(dev.kartoteka.core.identifier.Nip.parse(michalski))).singleElement()
                .satisfies(c -> assertThat(((dev.kartoteka.core.party.Company) c).legalName())
                        .isEqualTo("Usługi Remontowe Grzegorz Michalski"));
        assertThat(allPersons()).extracting(Person::familyName).containsExactlyInAnyOrder("Bednarek", "Michalski");
    }

    @Test
    void anOldLandlineOnARowWithoutAnAddressIsReadInPolandWhereAPolishIdentifierSaysThePartyIsPolish() {
        ImportReport report = CsvImport.into(registry).run(bytes("Nazwa;NIP;Telefon\n"
                + "Marvit sp. z o.o.;" + KNOWN_NIP + ";0 48 763 97 17\n"
                + "Alfa GmbH;DE811569869;0 48 763 97 18\n"                 // 3: a German company's: unreadable
                + "Beta sp. z o.o.;;0 48 763 97 19\n",                      // 4: nothing says where: unreadable
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        assertThat(registry.search(PartyQuery.builder().build()).items()).singleElement()
                .satisfies(c -> assertThat(c.contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                        .containsExactly("+48487639717"));
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line).containsExactly(3L, 4L);
    }

    @Test
    void aSecondLineIsTheFlatOfANumberFirstStreetAndNotReadBesideAWholeAddressOrAFlatColumnOfNoGroup() {
        ClientRegistry plain = ClientRegistry.inMemory();
        ImportReport report = CsvImport.into(plain).run(bytes("First Name,Last Name,Address Line 1,Address Line 2,"
                + "City,Postal Code,Country\n"
                + "Mary,Jones,123 Main St,4,Springfield,62701,US\n"
                + "Anna,Nowak,\"ul. Długa 5, 00-001 Warszawa\",3,,,\n",
                StandardCharsets.UTF_8));
        assertThat(report.rejections()).isEmpty();
        Map<String, List<PostalAddress>> byName = new java.util.HashMap<>();
        plain.search(PartyQuery.builder().build()).items().forEach(p -> byName.put(((Person) p).givenNames(),
                p.contactPoints(PostalAddress.class)));
        assertThat(byName.get("Mary")).extracting(PostalAddress::building, a -> a.unit().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("123", "4"));
        assertThat(byName.get("Anna")).extracting(PostalAddress::city, a -> a.unit().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Warszawa", ""));

        ClientRegistry flats = ClientRegistry.inMemory();
        ImportReport flatApart = CsvImport.into(flats).run(bytes("First Name,Last Name,Flat,Home Street,Home Street 2,"
                + "Home City,Home Postal Code\n"
                + "Ewa,Mróz,3,ul. Długa 5,c/o Jan,Warszawa,00-001\n", StandardCharsets.UTF_8));
        assertThat(flatApart.ignoredHeaders()).contains("Home Street 2");
        assertThat(flats.search(PartyQuery.builder().build()).items()).singleElement()
                .satisfies(p -> assertThat(p.contactPoints(PostalAddress.class)).extracting(a -> a.unit().orElse(""))
                        .containsExactly("3"));
    }

    @Test
    void aCountryAPostcodeImpliesIsItsAddresssAloneAndTheCrownDependenciesAreTheirOwn() {
        ImportReport report = CsvImport.into(registry).run(bytes("First Name,Last Name,Mailing Street,Mailing City,"
                + "Mailing Zip/Postal Code,Other Street,Other City,Other Zip/Postal Code\n"
                + "Emily,Thompson,115 The Crescent,Leeds,LS1 7LY,ul. Długa 5,Warszawa,00-950\n"
                + "John,Le Brun,12 Hill Street,St Helier,JE2 3AB,,,\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        Map<String, Person> byName = new java.util.HashMap<>();
        allPersons().forEach(p -> byName.put(p.givenNames(), p));
        assertThat(byName.get("Emily").contactPoints(PostalAddress.class)).extracting(PostalAddress::country)
                .containsExactly("GB", "PL");
        assertThat(byName.get("John").contactPoints(PostalAddress.class)).extracting(PostalAddress::country)
                .containsExactly("JE");
    }

    @Test
    void anApostropheIsLeftOutOnlyBeforeANumber() {
        ClientRegistry plain = ClientRegistry.inMemory();
        define(plain, FieldDefinition.builder("era", FieldType.TEXT).build());
        ImportReport report = CsvImport.into(plain).customField("Era", "era").run(bytes(
                "Imię;Nazwisko;Telefon;Era\nAnna;Nowak;'+48 601 234 567;'90s\n", StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(plain.search(PartyQuery.builder().build()).items()).singleElement().satisfies(p -> {
            assertThat(p.contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                    .containsExactly("+48601234567");
            assertThat(p.customFields().get("era")).contains("'90s");
        });
    }

    @Test
    void rowsStatingNoCountryAreInTheImportsDefaultCountryAndDatesAsDatabasesWriteThemAreRead() {
        String febrl = "rec_id,given_name,surname,street_number,address_1,suburb,postcode,state,date_of_birth\n"
                + "rec-1-org,michaela,neumann,8,stanley street,winston hills,4223,QLD,19151111\n"
                + "rec-2-org,courtney,painter,12,pinkerton circuit,richlands,4560,VIC,14121961\n";
        ImportReport polish = CsvImport.into(ClientRegistry.inMemory()).run(bytes(febrl, StandardCharsets.UTF_8));
        assertThat(polish.count(RowOutcome.REJECTED)).as("read as Polish addresses: no postal code").isEqualTo(2);

        ImportReport report = CsvImport.into(registry).defaultCountry("au").run(bytes(febrl, StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        Map<String, Person> byName = new java.util.HashMap<>();
        allPersons().forEach(p -> byName.put(p.familyName(), p));
        assertThat(byName.get("Neumann").birthDate()).contains(LocalDate.of(1915, 11, 11));
        assertThat(byName.get("Painter").birthDate()).as("day first where year first is no date")
                .contains(LocalDate.of(1961, 12, 14));
        assertThat(byName.get("Neumann").contactPoints(PostalAddress.class)).singleElement().satisfies(a -> {
            assertThat(a.country()).isEqualTo("AU");
            assertThat(a.postalCode()).isEqualTo("4223");
        });
        assertThatThrownBy(() -> CsvImport.into(registry).defaultCountry("Australia"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultCountry");
    }

    @Test
    void aBareNameColumnHoldsPersonsWhereTheirNamesOrValuesSaySoAndCompaniesElsewhere() {
        ImportReport report = CsvImport.into(registry).run(bytes("id,name,email,phone,dob\n"
                + "1,Anna Nowak,anna@example.pl,601234567,\n"
                + "2,Nowak Anna,,601 234 567,12.03.1985\n"          // 3: the same person, family name first
                + "3,Budex Sp. z o.o.,biuro@budex.pl,221234567,\n"
                + "4,Kowalski Trans,,221234568,\n"                  // 5: no common given name: a company
                + "5,Zdzisław Zakrzewski-Wójcik,,221234569,\n",
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(allPersons()).extracting(Person::givenNames, Person::familyName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Anna", "Nowak"),
                org.assertj.core.groups.Tuple.tuple("Zdzisław", "Zakrzewski-Wójcik"));
        assertThat(allPersons()).filteredOn(p -> p.familyName().equals("Nowak")).singleElement()
                .satisfies(p -> assertThat(p.birthDate()).contains(LocalDate.of(1985, 3, 12)));
        assertThat(registry.search(PartyQuery.builder().build()).items()).filteredOn(p -> p instanceof
                dev.kartoteka.core.party.Company).extracting(p -> ((dev.kartoteka.core.party.Company) p).legalName())
                .containsExactlyInAnyOrder("Budex", "Kowalski Trans");
        ClientRegistry companies = ClientRegistry.inMemory();
        CsvImport.into(companies).run(bytes("Company name;E-mail\nAnna Nowak;anna@example.pl\n",
                StandardCharsets.UTF_8));
        assertThat(companies.search(PartyQuery.builder().build()).items()).as("a company's column is a company's")
                .singleElement().isInstanceOf(dev.kartoteka.core.party.Company.class);
    }

    @Test
    void aCompanyFiledUnderANameColumnOfAnotherKindStaysACompanyAndABareNameBesideACompanyColumnIsThePersons() {
        for (String csv : List.of("Full name,Email\nElektrland Sp. z o.o.,biuro@elektrland.pl\n",
                "First name,Last name,Email\n,Gazplast Sp.J.,biuro@gazplast.pl\n",
                "Name,Given Name,Family Name,Email\nElektrland Sp. z o.o.,,,biuro@elektrland.pl\n",
                "Name,Company,Email\n,Anna Nowak,a@example.pl\n")) {
            ClientRegistry r = ClientRegistry.inMemory();
            ImportReport report = CsvImport.into(r).run(bytes(csv, StandardCharsets.UTF_8));
            assertThat(report.rejections()).as(csv).isEmpty();
            assertThat(r.search(PartyQuery.builder().build()).items()).as(csv).singleElement()
                    .isInstanceOf(dev.kartoteka.core.party.Company.class);
        }
        ClientRegistry r = ClientRegistry.inMemory();
        ImportReport report = CsvImport.into(r).run(bytes("Name,Company,Email\nAnna Nowak,Budex,a@example.pl\n",
                StandardCharsets.UTF_8));
        assertThat(report.columns()).containsEntry(CsvColumn.FULL_NAME, "Name")
                .containsEntry(CsvColumn.COMPANY_NAME, "Company");
        assertThat(r.search(PartyQuery.builder().build()).items()).filteredOn(p -> p instanceof
                dev.kartoteka.core.party.Company).singleElement().satisfies(c -> assertThat(
                ((dev.kartoteka.core.party.Company) c).contactPersons()).hasSize(1));
    }

    @Test
    void aTradesNameUnderABareNameColumnIsACompanysAndAHyphenatedGivenNameAPersons() {
        ImportReport report = CsvImport.into(registry).run(bytes("name,email\n"
                + "Salon Ewa,salon@example.pl\n"
                + "Maria Consulting,maria@example.pl\n"
                + "Hugo Boss,hugo@example.pl\n"
                + "Anna-Maria Nowak,am@example.pl\n", StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        assertThat(allPersons()).extracting(Person::givenNames).containsExactly("Anna-Maria");
    }

    @Test
    void theDefaultCountryReadsPhonesOfRowsWithoutAnAddressAndALineNamingAnotherCountryIsReadThere() {
        ImportReport report = CsvImport.into(registry).defaultCountry("DE").run(bytes("First name,Last name,Phone,"
                + "Address\n"
                + "Hans,Meier,030 12345678,\n"
                + "Anna,Nowak,,\"ul. Długa 5, 00-001 Warszawa, Polska\"\n"
                + "Ewa,Lis,,\"ul. Krótka 2, 00-002 Warszawa\"\n", StandardCharsets.UTF_8));

        assertThat(report.rejections()).isEmpty();
        Map<String, Person> byName = new java.util.HashMap<>();
        allPersons().forEach(p -> byName.put(p.givenNames(), p));
        assertThat(byName.get("Hans").contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+493012345678");
        assertThat(byName.get("Anna").contactPoints(PostalAddress.class)).extracting(PostalAddress::country)
                .containsExactly("PL");
        assertThat(CsvImport.date("03121985", true)).as("month first where the file writes so")
                .contains(LocalDate.of(1985, 3, 12));
        assertThat(CsvImport.date("03121985", false)).contains(LocalDate.of(1985, 12, 3));
    }

    @Test
    void aFlatInTheStreetMustAgreeWithTheFlatColumn() {
        ClientRegistry plain = ClientRegistry.inMemory();
        ImportReport report = CsvImport.into(plain).run(bytes("Imię;Nazwisko;Ulica;Lokal;Kod pocztowy;Miejscowość\n"
                + "Anna;Nowak;ul. Długa 5/3;7;00-001;Warszawa\n"       // 2: two flats: rejected, naming the column
                + "Jan;Lis;ul. Długa 6/3;m. 3;00-001;Warszawa\n"       // 3: one flat written twice
                + "Ewa;Mróz;ul. Długa 7;m. 4;00-001;Warszawa\n"        // 4: the flat in its column only
                + "Ola;Kot;ul. Długa 8 m. 5;;00-001;Warszawa\n",       // 5: the flat after m.
                StandardCharsets.UTF_8));

        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.column()).isEqualTo("Lokal");
        });
        assertThat(plain.search(PartyQuery.builder().build()).items().stream()
                .map(p -> p.contactPoints(PostalAddress.class).get(0)).toList())
                .extracting(a -> a.street().orElseThrow(), PostalAddress::building)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ul. Długa", "6"),
                        org.assertj.core.groups.Tuple.tuple("ul. Długa", "7"),
                        org.assertj.core.groups.Tuple.tuple("ul. Długa", "8"));
    }

    @Test
    void readsEveryColumnOfPhonesEMailsAndTagsAFileHas() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Telefon;Tel. kom.;E-mail;"
                + "E-mail służbowy;Tagi;Etykiety\n"
                + "Anna;Nowak;22 123 45 67;601 234 567;anna@example.pl;a.nowak@firma.pl;vip;b2b\n"
                + "Jan;Lis;;601 234 568;;jan@firma.pl;;\n"
                + "Ewa;Mróz;22 123 45 69;601 234;;;;\n"          // 4: the second column's phone: rejected, named
                + "Ola;Kot;;601 234;;;;\n"                       // 5: its only phone, in the second column: named
                + "Iga;Sowa;601 234 570;601-234-570;;;;" + "x".repeat(200) + "\n"  // 6: the second column's tag
                + "Ada;Wrona;601 234 571;+48 601 234 571;;;;\n",   // 7: one number in both: kept once
                StandardCharsets.UTF_8));

        assertThat(report.columns()).containsEntry(CsvColumn.PHONE, "Telefon, Tel. kom.")
                .containsEntry(CsvColumn.EMAIL, "E-mail, E-mail służbowy");
        assertThat(report.ignoredHeaders()).isEmpty();
        Person anna = allPersons().stream().filter(p -> p.givenNames().equals("Anna")).findFirst().orElseThrow();
        assertThat(anna.contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+48221234567", "+48601234567");
        assertThat(anna.contactPoints(EmailContact.class)).extracting(e -> e.email().value())
                .containsExactly("anna@example.pl", "a.nowak@firma.pl");
        assertThat(anna.tags()).extracting(t -> t.value()).containsExactlyInAnyOrder("vip", "b2b");
        Person jan = allPersons().stream().filter(p -> p.givenNames().equals("Jan")).findFirst().orElseThrow();
        assertThat(jan.contactPoints()).hasSize(2);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "Tel. kom."),
                        org.assertj.core.groups.Tuple.tuple(5L, "Tel. kom."),
                        org.assertj.core.groups.Tuple.tuple(6L, "Etykiety"));
        Person ada = allPersons().stream().filter(p -> p.givenNames().equals("Ada")).findFirst().orElseThrow();
        assertThat(ada.contactPoints(PhoneContact.class)).hasSize(1);
    }

    @Test
    void readsTheBuildingNumberOffTheStreetWhenThereIsNoBuildingColumn() {
        ClientRegistry plain = ClientRegistry.inMemory(); // no standardizer of its own: the row is stored as read
        ImportReport report = CsvImport.into(plain).run(bytes("Imię;Nazwisko;Ulica;Kod pocztowy;Miejscowość;Kraj\n"
                + "Anna;Nowak;ul. Długa 5/3;00-001;Warszawa;PL\n"
                + "Jan;Lis;Krótka 7A;00-002;Warszawa;\n"
                + "Ewa;Mróz;ul. Polna;00-003;Warszawa;PL\n"
                + "John;Smith;10 Downing Street;SW1A 2AA;London;GB\n",
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(3);
        List<PostalAddress> addresses = plain.search(PartyQuery.builder().build()).items().stream()
                .map(p -> p.contactPoints(PostalAddress.class).get(0)).toList();
        assertThat(addresses).extracting(a -> a.street().orElseThrow(), PostalAddress::building, a -> a.unit())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ul. Długa", "5", Optional.of("3")),
                        org.assertj.core.groups.Tuple.tuple("Krótka", "7A", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("Downing Street", "10", Optional.empty()));
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.column()).isEqualTo("Ulica");
            assertThat(r.reason()).contains("with its building number");
        });
    }

    @Test
    void listsHeadersItDoesNotKnowAndRefusesAFileWithoutANameColumn() {
        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;Ulubiony kolor\nAnna;Nowak;zielony\n",
                StandardCharsets.UTF_8));

        assertThat(report.ignoredHeaders()).containsExactly("Ulubiony kolor");
        assertThatThrownBy(() -> CsvImport.into(registry).run(bytes("Kolor;Rozmiar\nzielony;M\n",
                StandardCharsets.UTF_8))).isInstanceOf(ImportException.class).hasMessageContaining("no company name");
        assertThatThrownBy(() -> CsvImport.into(registry).run(bytes("", StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class);
    }

    @Test
    void mapsHeadersItDoesNotKnowOrReadsOtherwiseToColumnsAndCustomFields() {
        define(registry, FieldDefinition.builder("erp_number", FieldType.INTEGER).min(1L).build());
        define(registry, FieldDefinition.builder("client_since", FieldType.DATE).build());
        String csv = "Imię;Nazwisko;Telefon;Tel. służbowy;Nr klienta;Klient od;Ulubiony kolor\n"
                + "Anna;Nowak;601 234 567;22 555 01 02;1001;12.03.2019;zielony\n"   // 2: created
                + "Jan;Kowalski;;;dziesięć;;\n"                                   // 3: not a number
                + "Ewa;Lis;;;0;;\n"                                               // 4: below the minimum
                + "Olga;Wójcik;;;;2019-02-30;\n"                                  // 5: no such day
                + "Anna;Nowak;;22 555 01 02;1002;;\n";                            // 6: updates Anna (phone)
        CsvImport configured = CsvImport.into(registry)
                .column("TEL SLUZBOWY", CsvColumn.PHONE)          // matched as recognised headers are
                .customField("Nr klienta", "erp_number")
                .customField("klient od", "client_since");

        ImportReport report = configured.run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(1);
        assertThat(report.count(RowOutcome.REJECTED)).isEqualTo(3);
        assertThat(report.ignoredHeaders()).as("the recognised phone column gave way to the mapped one")
                .containsExactly("Telefon", "Ulubiony kolor");
        assertThat(report.columns()).containsEntry(CsvColumn.PHONE, "Tel. służbowy");
        assertThat(report.customFieldColumns()).containsExactly(Map.entry("Nr klienta", "erp_number"),
                Map.entry("Klient od", "client_since"));
        Person anna = onlyPerson();
        assertThat(anna.contactPoints()).containsExactly(
                new PhoneContact(PhoneNumber.parse("+48225550102"), ContactUsage.main()));
        assertThat(anna.customFields().asMap()).containsEntry("erp_number", 1002L)
                .containsEntry("client_since", java.time.LocalDate.of(2019, 3, 12));
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Nr klienta"),
                        org.assertj.core.groups.Tuple.tuple(4L, "Nr klienta"),
                        org.assertj.core.groups.Tuple.tuple(5L, "Klient od"));
        assertThat(report.rejections().get(0).reason()).contains("a whole number").contains("erp_number");
        assertThat(report.rejections().get(0).value()).doesNotContain("dziesięć");
        assertThat(report.rejections().get(2).reason()).contains("a date");
    }

    @Test
    void refusesMappingsThatCannotBeFollowed() {
        String csv = "Imię;Nazwisko;Nr klienta\nAnna;Nowak;1001\n";

        assertThatThrownBy(() -> CsvImport.into(registry).customField("Nr klienta", "erp_number")
                .run(bytes(csv, StandardCharsets.UTF_8))).isInstanceOf(ImportException.class)
                .hasMessageContaining("erp_number").hasMessageContaining("schema");
        assertThatThrownBy(() -> CsvImport.into(registry).column("Numer karty", CsvColumn.PHONE)
                .run(bytes(csv, StandardCharsets.UTF_8))).isInstanceOf(ImportException.class)
                .hasMessageContaining("'Numer karty'");
        assertThat(stored()).isZero();
        assertThatThrownBy(() -> CsvImport.into(registry).column("Tel 1", CsvColumn.PHONE).column("Tel 2",
                CsvColumn.PHONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Tel 1");
        assertThatThrownBy(() -> CsvImport.into(registry).customField(" ", "erp_number"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvImport.into(registry).customField("Nr klienta", "Nr Klienta!"))
                .isInstanceOf(dev.kartoteka.core.ValidationException.class).hasMessageContaining("fieldKey");
        assertThatThrownBy(() -> CsvImport.into(registry).customField("Nr A", "erp_number").customField("Nr B",
                "erp_number")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nr A");
        assertThatThrownBy(() -> CsvImport.into(registry).customField("#", "erp_number"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letter or digit");

        ImportReport remapped = CsvImport.into(registry).column("Firma", CsvColumn.SHORT_NAME)
                .column("firma", CsvColumn.COMPANY_NAME).column("Skrót", CsvColumn.SHORT_NAME)
                .run(bytes("Firma;Skrót\nBudex Sp. z o.o.;Budex\n", StandardCharsets.UTF_8));
        assertThat(remapped.count(RowOutcome.CREATED)).as("mapping a header again replaces the mapping").isOne();
        Company budex = (Company) registry.search(PartyQuery.builder().build()).items().get(0);
        assertThat(budex.legalName()).isEqualTo("Budex");
        assertThat(budex.shortName()).contains("Budex");
    }

    @Test
    void aUniqueCustomFieldNamesOnePartyAsAnIdentifierDoesAndADryRunSeesTheSame() {
        define(registry, FieldDefinition.builder("erp_number", FieldType.TEXT).unique(true).build());
        define(registry, FieldDefinition.builder("fleet_size", FieldType.INTEGER).appliesTo(FieldTarget.COMPANY)
                .build());
        Person jan = registry.create(Person.builder().givenNames("Jan").familyName("Kowalski")
                .addContactPoint(EmailContact.of("jan@example.pl")).customField("erp_number", "K-0007").build());
        String csv = "Imię;Nazwisko;E-mail;Nr klienta;Flota\n"
                + "Anna;Nowak;;K-1001;\n"                          // 2: created
                + "Anna;Nowak;anna@example.pl;K-1001;\n"           // 3: the same client: updated, e-mail added
                + "Jan;Kowalski;;K-0007;\n"                        // 4: Jan, stored before: updated
                + "Jan;Kowalski;jan@example.pl;K-1001;\n"          // 5: Jan's e-mail, Anna's number: held
                + "Ewa;Lis;;K-1003;12\n";                          // 6: a company's field on a person
        java.util.function.Supplier<CsvImport> configured = () -> CsvImport.into(registry)
                .customField("Nr klienta", "erp_number").customField("Flota", "fleet_size");

        ImportReport dry = configured.get().dryRun(true).run(bytes(csv, StandardCharsets.UTF_8));
        ImportReport real = configured.get().run(bytes(csv, StandardCharsets.UTF_8));

        for (ImportReport report : List.of(dry, real)) {
            assertThat(report.count(RowOutcome.CREATED)).as("dry run %s", report.dryRun()).isOne();
            assertThat(report.count(RowOutcome.UPDATED)).as("dry run %s", report.dryRun()).isEqualTo(2);
            assertThat(report.possibleDuplicates()).extracting(ImportReport.PossibleDuplicate::line)
                    .containsExactly(5L);
            assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "Flota"));
        }
        assertThat(stored()).isEqualTo(2);
        Person anna = (Person) registry.findByIdentifier(Email.of("anna@example.pl")).get(0);
        assertThat(anna.customFields().asMap()).containsEntry("erp_number", "K-1001");
        assertThat(real.possibleDuplicates().get(0).candidates()).containsExactlyInAnyOrder(jan.id(), anna.id());
    }

    @Test
    void recognisesTheUsualEnglishHeadersOfPersonDataSets() {
        for (String[] h : new String[][] {{"given_name", "GIVEN_NAMES"}, {"surname", "FAMILY_NAME"},
                {"date_of_birth", "BIRTH_DATE"}, {"suburb", "CITY"}, {"postcode", "POSTAL_CODE"},
                {"street_number", "BUILDING"}, {"address_1", "STREET"}, {"Telephone", "PHONE"},
                {"First Name", "GIVEN_NAMES"}, {"Data ur.", "BIRTH_DATE"}}) {
            assertThat(CsvColumn.recognise(h[0])).as(h[0]).contains(CsvColumn.valueOf(h[1]));
        }
    }

    @Test
    void recognisesTheUsualPolishSpreadsheetHeadersAndHintsInBrackets() {
        for (String[] h : new String[][] {{"Tel. kom.", "PHONE"}, {"Telefon stacjonarny", "PHONE"},
                {"E-mail służbowy", "EMAIL"}, {"Kod poczt.", "POSTAL_CODE"}, {"Ulica i nr", "STREET"},
                {"Nr domu/lokalu", "BUILDING"}, {"Data urodzenia (dd.mm.rrrr)", "BIRTH_DATE"},
                {"Telefon [komórka]", "PHONE"}, {"NIP (bez kresek)", "NIP"}, {"E-mail (służbowy)", "EMAIL"}}) {
            assertThat(CsvColumn.recognise(h[0])).as(h[0]).contains(CsvColumn.valueOf(h[1]));
        }
        // no field of a party, or a hint that changes what the column holds: listed as ignored, never guessed
        for (String h : new String[] {"Uwagi", "Stanowisko", "Osoba kontaktowa", "Fax", "(dd.mm.rrrr)",
                "Nazwisko (panieńskie)", "Imię (ojca)", "Telefon (nie dzwonić)", "NIP (pracodawcy)", "E-mail (stary)",
                "Rodzaj klienta"}) {
            assertThat(CsvColumn.recognise(h)).as(h).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------ rejections

    @Test
    void rejectsBadRowsWithLineColumnMaskedValueAndReasonAndKeepsTheRest() {
        String csv = "Imię;Nazwisko;Telefon;PESEL;Kod pocztowy;Miejscowość;Ulica;Nr domu\n"
                + "Anna;Nowak;601 234 567;;00-950;Warszawa;ul. Długa;5\n"          // 2: fine
                + "Jan;Kowalski;123;;;;;\n"                                       // 3: phone
                + "Ewa;Wiśniewska;;44051401458x;;;;\n"                            // 4: PESEL
                + "Olga;Lis;;;9O-950;Warszawa;ul. Długa;5\n"                      // 5: postal code (validation)
                + ";Zieliński;;;;;;\n"                                            // 6: fine, his family name alone
                + "Piotr;Wójcik;;;;;;;extra\n"                                    // 7: too many values
                + "Adam;Mazur;;;;;;\n";                                          // 8: fine
        StringBuilder rejectedFile = new StringBuilder();

        ImportReport report = CsvImport.into(registry).rejectedRowsTo(rejectedFile).run(bytes(csv,
                StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(3);
        assertThat(report.count(RowOutcome.REJECTED)).isEqualTo(4);
        assertThat(report.rows()).isEqualTo(7);
        assertThat(stored()).isEqualTo(3);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Telefon"),
                        org.assertj.core.groups.Tuple.tuple(4L, "PESEL"),
                        org.assertj.core.groups.Tuple.tuple(5L, "Kod pocztowy"),
                        org.assertj.core.groups.Tuple.tuple(7L, ""));
        assertThat(report.rejections().toString()).doesNotContain("44051401458").doesNotContain("Kowalski");
        String[] rejectedLines = rejectedFile.toString().split("\r\n");
        assertThat(rejectedLines).hasSize(5);
        assertThat(rejectedLines[0]).isEqualTo("Imię;Nazwisko;Telefon;PESEL;Kod pocztowy;Miejscowość;Ulica;Nr domu;line;"
                + "reasons");
        assertThat(rejectedFile.toString()).contains("Jan;Kowalski;123;;;;;;3;Telefon: ");
    }

    @Test
    void reportsAnUnterminatedQuoteAsARejectionAndWhatCameBeforeIsKept() {
        String csv = "Imię;Nazwisko\nAnna;Nowak\n\"Jan;Kowalski\nEwa;Lis\n";

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        assertThat(report.count(RowOutcome.REJECTED)).isEqualTo(1);
        assertThat(report.rejections().get(0).reason()).contains("unterminated");
    }

    // ------------------------------------------------------------------------------------------- upsert and review

    @Test
    void updatesThePartyARowMatchesOnItsNipInsteadOfCreatingADuplicate() {
        Company acme = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).build());
        String csv = "Nazwa firmy;NIP;Telefon;Tagi\nAcme Polska Spółka z o.o.;PL 526-104-08-28;22 123 45 67;vip, hurt\n";

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(1);
        assertThat(stored()).isEqualTo(1);
        Company updated = (Company) registry.get(acme.id());
        assertThat(updated.legalName()).isEqualTo("Acme Polska");
        assertThat(updated.legalForm()).contains(LegalForm.LIMITED_LIABILITY_COMPANY);
        assertThat(updated.contactPoints(PhoneContact.class)).extracting(PhoneContact::phone)
                .containsExactly(PhoneNumber.parse("+48221234567"));
        assertThat(updated.tags()).extracting(t -> t.value()).containsExactlyInAnyOrder("vip", "hurt");
        assertThat(updated.version()).isEqualTo(1);
    }

    @Test
    void aLaterRowMatchingAnEarlierRowOfTheSameFileUpdatesIt() {
        String csv = "Imię;Nazwisko;E-mail;Telefon\nAnna;Nowak;anna@example.pl;\nANNA;NOWAK;ANNA@EXAMPLE.PL;601234567\n";
        List<RowOutcome> outcomes = new ArrayList<>();

        CsvImport.into(registry).onRow((line, outcome, party) -> outcomes.add(outcome))
                .run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(outcomes).containsExactly(RowOutcome.CREATED, RowOutcome.UPDATED);
        assertThat(onlyPerson().contactPoints()).hasSize(2);
    }

    @Test
    void holdsRowsThatMatchSeveralPartiesOrContradictTheirIdentifiers() {
        Company a = registry.create(company("Alfa").nip(Nip.parse(KNOWN_NIP))
                .addContactPoint(EmailContact.of("alfa@example.pl")).build());
        Company b = registry.create(company("Beta").addContactPoint(EmailContact.of("beta@example.pl")).build());
        Company c = registry.create(company("Alfa").addContactPoint(EmailContact.of("biuro@alfa.pl")).build());
        String csv = "Nazwa firmy;NIP;E-mail\n"
                + "Alfa;5261040828;biuro@alfa.pl\n"     // 2: NIP of Alfa, e-mail of Alfa entered again: both, held
                + "Alfa;5261040828;beta@example.pl\n"   // 3: NIP of Alfa, e-mail of Beta, which is no Alfa: updated
                + "Beta;5260250274;beta@example.pl\n"   // 4: Beta's e-mail (now Alfa's too), Beta has no NIP: updated
                + "Alfa;" + dev.kartoteka.core.registry.ExampleParties.nip(4242).value() + ";alfa@example.pl\n"; // 5

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.possibleDuplicates()).extracting(ImportReport.PossibleDuplicate::line)
                .containsExactly(2L, 5L);
        assertThat(report.possibleDuplicates().get(0).candidates()).containsExactlyInAnyOrder(a.id(), c.id());
        assertThat(report.possibleDuplicates().get(1).candidates()).as("another NIP: at most a possible match")
                .containsExactly(a.id());
        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(2);
        assertThat(registry.get(a.id()).contactPoints(EmailContact.class)).extracting(e -> e.email().value())
                .containsExactly("alfa@example.pl", "beta@example.pl");
        assertThat(((Company) registry.get(b.id())).nip()).contains(Nip.parse("5260250274"));
        assertThat(registry.get(c.id()).version()).as("nothing written for held rows").isZero();
    }

    @Test
    void holdsRowsTheDuplicateCheckFindsLikely() {
        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Nowak").build());
        CsvImport.DuplicateCheck sameName = candidate -> registry.search(PartyQuery.builder()
                .name(candidate.displayName()).build()).items().stream().map(Party::id).toList();

        ImportReport report = CsvImport.into(registry).duplicateCheck(sameName)
                .run(bytes("Imię;Nazwisko\nAnna;Nowak\nJan;Nowak\n", StandardCharsets.UTF_8));

        assertThat(report.possibleDuplicates()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.candidates()).containsExactly(anna.id());
        });
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
    }

    @Test
    void holdsRowsADuplicateIndexScoresAsLikelyDuplicates() {
        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Wiśniewska")
                .birthDate(java.time.LocalDate.of(1985, 3, 12))
                .addContactPoint(PostalAddress.polish("ul. Długa", "5", "00-950", "Warszawa")).build());
        dev.kartoteka.core.duplicate.DuplicateIndex index = dev.kartoteka.core.duplicate.DuplicateDetector.defaults()
                .index(registry.search(PartyQuery.builder().build()).items());

        ImportReport report = CsvImport.into(registry).duplicateCheck(CsvImport.DuplicateCheck.of(index))
                .run(bytes("Imię;Nazwisko;Data urodzenia;Ulica;Nr domu;Kod pocztowy;Miejscowość\n"
                        + "Ana;Wisniewska;12.03.1985;ul. Długa;5;00-950;Warszawa\n"
                        + "Jan;Kowalski;01.01.1970;ul. Krótka;1;00-001;Warszawa\n", StandardCharsets.UTF_8));

        assertThat(report.possibleDuplicates()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.candidates()).containsExactly(anna.id());
        });
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
    }

    @Test
    void aLiveIndexAlsoHoldsRowsThatResembleEarlierRowsOfTheSameFile() {
        dev.kartoteka.core.duplicate.LiveDuplicateIndex live = dev.kartoteka.core.duplicate.LiveDuplicateIndex
                .follow(registry, dev.kartoteka.core.duplicate.DuplicateDetector.defaults());

        ImportReport report = CsvImport.into(registry).duplicateCheck(CsvImport.DuplicateCheck.of(live))
                .run(bytes("Imię;Nazwisko;Data urodzenia;Ulica;Nr domu;Kod pocztowy;Miejscowość\n"
                        + "Anna;Wiśniewska;12.03.1985;ul. Długa;5;00-950;Warszawa\n"
                        + "Ana;Wisniewska;12.03.1985;ul. Długa;5;00-950;Warszawa\n", StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(1);
        assertThat(report.possibleDuplicates()).extracting(ImportReport.PossibleDuplicate::line).containsExactly(3L);
    }

    // ---------------------------------------------------------------------------------------------------- dry run

    @Test
    void aDryRunReportsTheSameOutcomesAndWritesNothing() {
        registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).build());
        String csv = "Nazwa firmy;NIP;Imię;Nazwisko;E-mail\n"
                + "Acme;5261040828;;;\n"
                + ";;Anna;Nowak;anna@example.pl\n"
                + ";;Anna;Nowak;anna@example.pl\n"
                + ";;Jan;;jan@\n";

        ImportReport dry = CsvImport.into(registry).dryRun(true).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(stored()).isEqualTo(1);
        assertThat(registry.get(registry.findByIdentifier(Nip.parse(KNOWN_NIP)).get(0).id()).version()).isZero();
        ImportReport real = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.counts()).isEqualTo(real.counts());
        assertThat(dry.counts()).isEqualTo(Map.of(RowOutcome.CREATED, 1L, RowOutcome.UPDATED, 2L,
                RowOutcome.POSSIBLE_DUPLICATE, 0L, RowOutcome.REJECTED, 1L));
    }

    @Test
    void reportsProgressEveryThousandRowsAndAtTheEnd() {
        StringBuilder csv = new StringBuilder("Imię;Nazwisko\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append("Anna;Nowak").append(i % 10 == 0 ? "1" : "").append('\n');
        }
        List<long[]> updates = new ArrayList<>();

        CsvImport.into(registry).progress((done, ok, failed) -> updates.add(new long[] {done, ok, failed}))
                .run(bytes(csv.toString(), StandardCharsets.UTF_8));

        assertThat(updates).extracting(u -> u[0]).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(updates.get(2)[1] + updates.get(2)[2]).isEqualTo(2_500L);
    }

    // ---------------------------------------------------------------------------------------------------- export

    @Test
    void exportsASearchThatImportsBackIntoTheSameParties() {
        registry.create(company("Łódzka Logistyka").legalForm(LegalForm.LIMITED_LIABILITY_COMPANY)
                .nip(Nip.parse(KNOWN_NIP)).addContactPoint(EmailContact.of("biuro@logistyka.pl"))
                .addContactPoint(PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź")).tag("vip").build());
        registry.create(Person.builder().givenNames("Anna").familyName("Nowak; \"Kowalska\"")
                .addContactPoint(PhoneContact.of("601 234 567 wew. 12")).addContactPoint(PhoneContact.of("22 123 45 67"))
                .addContactPoint(EmailContact.of("anna@example.pl")).addContactPoint(EmailContact.of("a.n@example.com"))
                .build());
        StringBuilder out = new StringBuilder();

        long written = CsvExport.polish().write(registry, PartyQuery.builder().build(), out);

        assertThat(written).isEqualTo(2);
        assertThat(out.toString()).startsWith("rodzaj;nazwa firmy;nazwa skrócona;imiona;nazwisko;");
        ClientRegistry copy = ClientRegistry.builder()
                .standardizer(dev.kartoteka.core.standardization.Standardizer.defaults()).build();
        ImportReport report = CsvImport.into(copy).run(bytes(out.toString(), StandardCharsets.UTF_8));
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(2);
        assertThat(report.ignoredHeaders()).isEmpty();
        Company c = (Company) copy.findByIdentifier(Nip.parse(KNOWN_NIP)).get(0);
        assertThat(c.legalName()).isEqualTo("Łódzka Logistyka");
        assertThat(c.legalForm()).contains(LegalForm.LIMITED_LIABILITY_COMPANY);
        assertThat(c.contactPoints()).hasSize(2);
        assertThat(c.tags()).extracting(t -> t.value()).containsExactly("vip");
        Person p = (Person) copy.findByIdentifier(PhoneNumber.parse("+48601234567")).get(0);
        assertThat(p.familyName()).isEqualTo("Nowak; \"Kowalska\"");
        assertThat(p.contactPoints(PhoneContact.class).get(0).phone().extension()).contains("12");
        // every phone and e-mail, in one cell each, read back
        assertThat(p.contactPoints(PhoneContact.class)).extracting(ph -> ph.phone().value())
                .containsExactly("+48601234567", "+48221234567");
        assertThat(p.contactPoints(EmailContact.class)).extracting(e -> e.email().value())
                .containsExactly("anna@example.pl", "a.n@example.com");
        StringBuilder english = new StringBuilder();
        CsvExport.english().write(registry, PartyQuery.builder().build(), english);
        assertThat(english.toString()).startsWith("kind,company name,short name,given names,family name,");
    }

    @Test
    void aRowSharingOnlyAPhoneOrEMailIsThatPartyOnlyWhereTheDuplicateRulesSaySo() {
        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Nowak")
                .birthDate(LocalDate.of(1980, 5, 17)).addContactPoint(PhoneContact.of("601 234 567"))
                .addContactPoint(EmailContact.of("dom.nowakow@example.pl")).build());
        String csv = "Imię;Nazwisko;Data urodzenia;Telefon;E-mail;Ulica;Nr domu;Kod pocztowy;Miejscowość\n"
                // 2: her husband on the family's phone: another client, created; Anna keeps her name
                + "Jan;Nowak;03.02.1978;601 234 567;;;;;\n"
                // 3: her son on the family's e-mail: created as well
                + "Piotr;Nowak;;;dom.nowakow@example.pl;;;;\n"
                // 4: Anna herself, typed in capitals, with her new address: updated, the address added
                + "ANNA;NOWAK;17.05.1980;601 234 567;;ul. Długa;7;00-001;Warszawa\n"
                // 5: Anna under a new family name, on the phone alone: for review, nothing written
                + "Anna;Kowalska;;601 234 567;;;;;\n";

        for (boolean dry : new boolean[] {true, false}) {
            List<RowOutcome> outcomes = new java.util.ArrayList<>();
            List<Optional<PartyId>> written = new java.util.ArrayList<>();
            ImportReport report = CsvImport.into(registry).dryRun(dry).onRow((line, outcome, party) -> {
                outcomes.add(outcome);
                written.add(party);
            }).run(bytes(csv, StandardCharsets.UTF_8));

            assertThat(outcomes).as("dry run %s", dry).containsExactly(RowOutcome.CREATED, RowOutcome.CREATED,
                    RowOutcome.UPDATED, RowOutcome.POSSIBLE_DUPLICATE);
            assertThat(written.get(2)).contains(anna.id());
            assertThat(report.possibleDuplicates()).singleElement().satisfies(d -> {
                assertThat(d.line()).isEqualTo(5);
                assertThat(d.candidates()).containsExactly(anna.id());
                assertThat(d.reason()).contains("possible match");
            });
        }
        Person after = (Person) registry.get(anna.id());
        assertThat(after.givenNames() + " " + after.familyName()).isEqualTo("Anna Nowak");
        assertThat(after.contactPoints(PostalAddress.class)).singleElement()
                .satisfies(a -> assertThat(a.city()).isEqualTo("Warszawa"));
        assertThat(allPersons()).extracting(Person::givenNames).containsExactlyInAnyOrder("Anna", "Jan", "Piotr");
    }

    @Test
    void aRowWithAnotherPeselOnAStoredPartysPhoneIsAnotherClient() {
        Pesel father = Pesel.of(LocalDate.of(1960, 4, 2), dev.kartoteka.core.identifier.Sex.MALE, 101);
        Pesel son = Pesel.of(LocalDate.of(1990, 8, 30), dev.kartoteka.core.identifier.Sex.MALE, 202);
        Pesel namesake = Pesel.of(LocalDate.of(1991, 1, 15), dev.kartoteka.core.identifier.Sex.MALE, 303);
        Person jan = registry.create(Person.builder().givenNames("Jan").familyName("Nowak").pesel(father)
                .addContactPoint(PhoneContact.of("22 612 34 56")).build());
        String csv = "Imię;Nazwisko;PESEL;Telefon\n"
                + "Piotr;Nowak;" + son.value() + ";22 612 34 56\n"       // 2: his son on the home phone
                + "Jan;Nowak;" + namesake.value() + ";22 612 34 56\n";   // 3: his namesake son: two PESELs, two men

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.CREATED)).as("held for review before: a needless hold").isEqualTo(2);
        assertThat(registry.findByIdentifier(son)).extracting(p -> ((Person) p).givenNames()).containsExactly("Piotr");
        assertThat(registry.findByIdentifier(namesake)).extracting(Party::id).doesNotContain(jan.id());
        assertThat(registry.get(jan.id()).version()).as("Jan's party untouched").isZero();
    }

    @Test
    void aDryRunJudgesEveryEarlierRowOnAPhoneAsTheRealRunDoes() {
        registry.create(Person.builder().givenNames("Anna").familyName("Nowak")
                .addContactPoint(PhoneContact.of("601 234 567")).build());
        String csv = "Imię;Nazwisko;Data urodzenia;Telefon\n"
                + "Jan;Nowak;03.02.1978;601 234 567\n"      // 2: her husband: created
                + "Piotr;Nowak;05.06.2001;601 234 567\n"    // 3: their son: created
                + "Jan;Nowak;03.02.1978;601 234 567\n";     // 4: the husband again: updated, the son's row no match

        for (boolean dry : new boolean[] {true, false}) {
            List<RowOutcome> outcomes = new ArrayList<>();
            CsvImport.into(registry).dryRun(dry).onRow((line, outcome, party) -> outcomes.add(outcome))
                    .run(bytes(csv, StandardCharsets.UTF_8));

            assertThat(outcomes).as("dry run %s", dry).containsExactly(RowOutcome.CREATED, RowOutcome.CREATED,
                    RowOutcome.UPDATED);
        }
    }

    @Test
    void aRowNamingAPartyByItsPeselUpdatesItThoughItsSpouseSharesThePhone() {
        Pesel janPesel = Pesel.of(LocalDate.of(1978, 2, 3), dev.kartoteka.core.identifier.Sex.MALE, 55);
        Person jan = registry.create(Person.builder().givenNames("Jan").familyName("Nowak").pesel(janPesel)
                .addContactPoint(PhoneContact.of("601 234 567")).build());
        registry.create(Person.builder().givenNames("Anna").familyName("Nowak")
                .addContactPoint(PhoneContact.of("601 234 567")).build());

        ImportReport report = CsvImport.into(registry).run(bytes("Imię;Nazwisko;PESEL;Telefon;E-mail\nJan;Nowak;"
                + janPesel.value() + ";601 234 567;jan.nowak@example.pl\n", StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.UPDATED)).as("held before: 'matches 2 parties'").isOne();
        assertThat(registry.get(jan.id()).contactPoints(EmailContact.class)).hasSize(1);
    }

    @Test
    void anAddressWithoutItsPostalCodeIsTheStoredOneWithItAndGivesItsCodeToOneWithout() {
        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Nowak")
                .addContactPoint(PhoneContact.of("601 234 567"))
                .addContactPoint(PostalAddress.polish("ul. Długa", "7", "00-001", "Warszawa")).build());
        Person ewa = registry.create(Person.builder().givenNames("Ewa").familyName("Lis")
                .addContactPoint(PhoneContact.of("602 345 678"))
                .addContactPoint(PostalAddress.polish("ul. Krótka", "2", "", "Kraków")).build());
        String csv = "Imię;Nazwisko;Telefon;Adres\n"
                + "Anna;Nowak;601 234 567;ul. Długa 7, Warszawa\n"          // her address, without its code
                + "Ewa;Lis;602 345 678;ul. Krótka 2, 30-001 Kraków\n";      // her address, with the code she lacked

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(2);
        assertThat(registry.get(anna.id()).contactPoints(PostalAddress.class)).extracting(PostalAddress::postalCode)
                .containsExactly("00-001");
        assertThat(registry.get(ewa.id()).contactPoints(PostalAddress.class)).extracting(PostalAddress::postalCode)
                .containsExactly("30-001");
    }

    @Test
    void aWholeForeignAddressInOneCellIsReadInTheRowsCountry() {
        String csv = "Imię;Nazwisko;Adres;Kraj\n"
                + "Hans;Müller;Unter den Linden 5, 10115 Berlin;DE\n"
                + "Marie;Dubois;12 rue de la Paix, 75002 Paris;fr\n"
                + "John;Smith;221B Baker Street, London NW1 6XE;GB\n"
                + "Jane;Doe;Baker Street, London NW1 6XE;GB\n"   // no building number: rejected, naming the cell
                + "Sam;Lee;1600 Amphitheatre Pkwy, Mountain View, CA 94043;US\n";  // the state kept as the region

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(allPersons()).flatExtracting(p -> p.contactPoints(PostalAddress.class)).containsExactlyInAnyOrder(
                new PostalAddress(Optional.of("Unter den Linden"), "5", Optional.empty(), "10115", "Berlin",
                        Optional.empty(), Optional.empty(), "DE", ContactUsage.main()),
                new PostalAddress(Optional.of("Rue de la Paix"), "12", Optional.empty(), "75002", "Paris",
                        Optional.empty(), Optional.empty(), "FR", ContactUsage.main()),
                new PostalAddress(Optional.of("Baker Street"), "221B", Optional.empty(), "NW1 6XE", "London",
                        Optional.empty(), Optional.empty(), "GB", ContactUsage.main()),
                new PostalAddress(Optional.of("Amphitheatre Pkwy"), "1600", Optional.empty(), "94043",
                        "Mountain View", Optional.empty(), Optional.of("CA"), "US", ContactUsage.main()));
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.column()).isEqualTo("Adres");
            assertThat(r.reason()).contains("as GB writes it", "10 Downing Street, London SW1A 2AA");
        });
    }

    @Test
    void aWholeNameGarbledByAnEncodingIsSplitButNumbersAndExtraCommasStillReject() {
        String csv = "Imię i nazwisko;Telefon\n"
                + "MaĹ‚gorzata StefaĹ„ska;601 234 567\n"   // 2: UTF-8 opened as windows-1250: split
                + "El?bieta Walczak;601 234 568\n"          // 3: a letter lost to '?': split
                + "Kowalski, Jan, Maria;601 234 569\n"      // 4: where does it divide? rejected
                + "Jan Kowalski²;601 234 570\n"             // 5: a number: rejected
                + "Kowalski, Jan, dr;601 234 571\n";        // 6: a title after the name: no part of it

        ImportReport report = CsvImport.into(registry).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(allPersons()).extracting(Person::givenNames, Person::familyName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("MaĹ‚gorzata", "StefaĹ„ska"),
                org.assertj.core.groups.Tuple.tuple("El?bieta", "Walczak"),
                org.assertj.core.groups.Tuple.tuple("dr Jan", "Kowalski"));
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line).containsExactly(4L, 5L);
    }

    @Test
    void theRulesThatJudgeASharedPhoneCanBeChosen() {
        Person anna = registry.create(Person.builder().givenNames("Adam").familyName("Nowak")
                .addContactPoint(PhoneContact.of("601 234 567")).build());
        String csv = "Imię;Nazwisko;Telefon\nJan;Nowak;601 234 567\n";
        // a registry that trusts phones: the phone alone is a match
        DuplicateDetector trusting = DuplicateDetector.builder().personRules(MatchRules.defaultsForPersons()
                .withThresholds(0.1, 0.05).withMinimumEvidence(1).withReviewEvidence(0.5)).build();

        ImportReport report = CsvImport.into(registry).matchRules(trusting).run(bytes(csv, StandardCharsets.UTF_8));

        assertThat(report.count(RowOutcome.UPDATED)).isOne();
        assertThat(((Person) registry.get(anna.id())).givenNames()).isEqualTo("Jan");
        assertThatThrownBy(() -> CsvImport.into(registry).matchRules(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("matchRules");
    }

    @Test
    void aRowWithAnotherCustomerNumberThanThePartyItMatchesIsHeldAndArchivedHoldersCount() {
        define(registry, FieldDefinition.builder("erp_number", FieldType.TEXT).unique(true).build());
        define(registry, FieldDefinition.builder("agent_code", FieldType.TEXT).unique(true)
                .appliesTo(FieldTarget.CONTACT_PERSON).build());
        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Nowak")
                .addContactPoint(PhoneContact.of("601 234 567")).customField("erp_number", "K-1001").build());
        Person olga = registry.create(Person.builder().givenNames("Olga").familyName("Lis")
                .customField("erp_number", "K-0500").build());
        registry.archive(olga.id(), olga.version());
        String csv = "Imię;Nazwisko;Telefon;Nr klienta;Kod agenta\n"
                + "Jan;Nowak;601 234 567;K-1002;\n"     // 2: Anna's phone, another number: a household, held
                + "Olga;Lis;;K-0500;\n"                 // 3: the archived holder: updated, not a duplicate
                + "Ewa;Wójcik;;K-2000;A-7\n";           // 4: a contact person's field on a person: rejected, no abort

        for (boolean dry : new boolean[] {true, false}) {
            ImportReport report = CsvImport.into(registry).dryRun(dry).customField("Nr klienta", "erp_number")
                    .customField("Kod agenta", "agent_code").run(bytes(csv, StandardCharsets.UTF_8));

            assertThat(report.possibleDuplicates()).as("dry run %s", dry).singleElement().satisfies(d -> {
                assertThat(d.line()).isEqualTo(2);
                assertThat(d.candidates()).containsExactly(anna.id());
                assertThat(d.reason()).contains("erp_number");
            });
            assertThat(report.count(RowOutcome.UPDATED)).as("dry run %s", dry).isOne();
            assertThat(report.rejections()).extracting(ImportReport.Rejection::line).containsExactly(4L);
        }
        assertThat(registry.get(anna.id()).version()).as("nothing written for the held row").isZero();
    }

    @Test
    void aDryRunSeesWhatEarlierRowsWouldHaveWritten() {
        define(registry, FieldDefinition.builder("erp_number", FieldType.TEXT).unique(true).build());
        String csv = "Nazwa firmy;NIP;Imię;Nazwisko;E-mail;Nr klienta\n"
                + "Alfa;" + KNOWN_NIP + ";;;alfa@example.pl;K-1\n"        // 2: created
                + "Alfa;;;;alfa@example.pl;K-2\n"                         // 3: Alfa's e-mail, another number: held
                + ";;Jan;Lis;;K-1\n"                                      // 4: Alfa's number on a person: held
                + "Alfa;" + KNOWN_NIP + ";;;biuro@alfa.pl;K-1\n"          // 5: Alfa again: updated, e-mail added
                + "Beta;;;;beta@example.pl;\n"                            // 6: created
                + "Beta;;;;beta@example.pl;K-9\n"                         // 7: updated, given a number
                + "Beta;;;;beta@example.pl;K-8\n"                         // 8: another number than row 7 gave: held
                + "Alfa;;;;biuro@alfa.pl;\n";                             // 9: the e-mail row 5 added: updated

        ImportReport dry = CsvImport.into(registry).dryRun(true).customField("Nr klienta", "erp_number")
                .run(bytes(csv, StandardCharsets.UTF_8));
        ImportReport real = CsvImport.into(registry).customField("Nr klienta", "erp_number")
                .run(bytes(csv, StandardCharsets.UTF_8));

        for (ImportReport report : List.of(dry, real)) {
            assertThat(report.count(RowOutcome.CREATED)).as("dry run %s", report.dryRun()).isEqualTo(2);
            assertThat(report.count(RowOutcome.UPDATED)).as("dry run %s", report.dryRun()).isEqualTo(3);
            assertThat(report.possibleDuplicates()).extracting(ImportReport.PossibleDuplicate::line)
                    .containsExactly(3L, 4L, 8L);
        }
    }

    @Test
    void aDryRunMergesLaterRowsWithWholePartiesAsARealRunDoes() {
        ClientRegistry plain = ClientRegistry.builder().build(); // no standardizer: a postal code without its dash is
        plain.create(Person.builder().givenNames("Anna").familyName("Nowak")   // refused by validation
                .addContactPoint(EmailContact.of("anna@example.pl"))
                .addContactPoint(PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź")).build());
        String csv = "Imię;Nazwisko;E-mail;Telefon;Ulica;Nr domu;Kod pocztowy;Miejscowość\n"
                + "Anna;Nowak;anna@example.pl;601 234 567;ul. Piotrkowska;104;90926;Łódź\n"
                + "Anna;Nowak;anna@example.pl;601 234 567;ul. Piotrkowska;104;90 926;Łódź\n";

        ImportReport dry = CsvImport.into(plain).dryRun(true).run(bytes(csv, StandardCharsets.UTF_8));
        ImportReport real = CsvImport.into(plain).run(bytes(csv, StandardCharsets.UTF_8));

        for (ImportReport report : List.of(dry, real)) {
            assertThat(report.count(RowOutcome.UPDATED)).as("dry run %s: the address is the stored one",
                    report.dryRun()).isEqualTo(2);
            assertThat(report.rejections()).isEmpty();
        }
    }

    @Test
    void customFieldsExportedInColumnsOfTheirOwnImportBackAsTheSameValues() {
        List<FieldDefinition> fields = List.of(
                FieldDefinition.builder("erp_number", FieldType.INTEGER)
                        .build(),
                FieldDefinition.builder("client_since", FieldType.DATE)
                        .build(),
                FieldDefinition.builder("discount", FieldType.DECIMAL)
                        .build(),
                FieldDefinition.builder("newsletter", FieldType.BOOLEAN)
                        .build(),
                FieldDefinition.builder("channels",
                        FieldType.MULTIPLE_CHOICE).option("www", "WWW").option("shop", "Sklep")
                        .build(),
                FieldDefinition.builder("note", FieldType.TEXT)
                        .build(),
                FieldDefinition.builder("credit", FieldType.MONEY)
                        .build(),
                FieldDefinition.builder("last_call",
                        FieldType.DATE_TIME).build(),
                FieldDefinition.builder("fax", FieldType.PHONE)
                        .build(),
                FieldDefinition.builder("site", FieldType.URL)
                        .build());
        ClientRegistry copy = ClientRegistry.builder()
                .standardizer(dev.kartoteka.core.standardization.Standardizer.defaults()).build();
        for (ClientRegistry r : List.of(registry, copy)) {
            fields.forEach(f -> define(r, f));
        }
        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Nowak")
                .addContactPoint(EmailContact.of("anna@example.pl")).customField("erp_number", 1001L)
                .customField("client_since", java.time.LocalDate.of(2019, 3, 12))
                .customField("discount", new java.math.BigDecimal("7.50")).customField("newsletter", true)
                .customField("channels", new java.util.TreeSet<>(Set.of("www", "shop")))
                .customField("note", "stały klient; \"VIP\"")
                .customField("credit", dev.kartoteka.core.money.Money.of("1234.50", "PLN"))
                .customField("last_call", java.time.Instant.parse("2024-05-06T07:08:09.123Z"))
                .customField("fax", PhoneNumber.parse("+48221234567"))
                .customField("site", java.net.URI.create("https://example.pl/a,b;c")).build());
        registry.create(Person.builder().givenNames("Jan").familyName("Kowalski")
                .addContactPoint(EmailContact.of("jan@example.pl")).build());
        CsvExport export = CsvExport.polish();
        CsvImport importing = CsvImport.into(copy);
        String[][] columns = {{"Nr klienta", "erp_number"}, {"Klient od", "client_since"}, {"Rabat", "discount"},
                {"Newsletter", "newsletter"}, {"Kanały", "channels"}, {"Uwagi", "note"}, {"Limit", "credit"},
                {"Ostatni telefon", "last_call"}, {"Faks", "fax"}, {"Strona", "site"}};
        for (String[] c : columns) {
            export = export.customField(c[0], c[1]);
            importing = importing.customField(c[0], c[1]);
        }
        StringBuilder out = new StringBuilder();

        export.write(registry, PartyQuery.builder().build(), out);
        ImportReport report = importing.run(bytes(out.toString(), StandardCharsets.UTF_8));

        assertThat(out.toString().split("\r\n")[0]).endsWith(";Nr klienta;Klient od;Rabat;Newsletter;Kanały;Uwagi;"
                + "Limit;Ostatni telefon;Faks;Strona");
        assertThat(report.count(RowOutcome.CREATED)).isEqualTo(2);
        assertThat(report.rejections()).isEmpty();
        Person back = (Person) copy.findByIdentifier(Email.of("anna@example.pl")).get(0);
        assertThat(back.customFields().asMap()).isEqualTo(registry.get(anna.id()).customFields().asMap());
        assertThat(((Person) copy.findByIdentifier(Email.of("jan@example.pl")).get(0)).customFields().asMap())
                .isEmpty();
        assertThatThrownBy(() -> CsvExport.polish().customField("NIP", "erp_number"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvExport.polish().customField("Nr", "erp_number"))
                .as("read as the building number").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvExport.polish().customField("Rabat", "discount").customField("RABAT", "note"))
                .as("the import would not tell them apart").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvExport.polish().customField("Nr VAT UE", "vat_eu")
                .write(registry, PartyQuery.builder().build(), new StringBuilder()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vat_eu");
    }

    @Test
    void exportNeedsTheExportRight() {
        UserId reader = UserId.of("reader");
        AccessPolicy policy = RoleBasedAccessPolicy.builder(u -> Set.of("r")).role("r").permits(Action.READ, Action.WRITE)
                .build();
        ClientRegistry guarded = ClientRegistry.builder().accessPolicy(policy).build().as(reader, "test");
        guarded.create(company("Alfa").build());
        guarded.create(company("Beta").build());

        assertThatThrownBy(() -> CsvExport.polish().write(guarded, PartyQuery.builder().build(), new StringBuilder()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyRowEndsInExactlyOneOutcomeAndNothingIsDroppedSilently() {
        List<String> pieces = List.of("Anna;Nowak;anna@example.pl;601 234 567", "Jan;Kowalski;;", ";Lis;;",
                "Ewa;Zając;zle@;", "Olga;Mróz;;123", "\"Piotr\nPaweł\";Wójcik;;", "Adam;Mazur;adam@example.pl;",
                "ADAM;MAZUR;adam@example.pl;602 345 678", "Ola;Kot;;;;", "Ola");
        dev.kartoteka.core.identifier.Theories.qt()
                .forAll(org.quicktheories.generators.SourceDSL.lists()
                        .of(org.quicktheories.generators.Generate.pick(pieces)).ofSizeBetween(0, 30))
                .checkAssert(rows -> {
                    ClientRegistry target = ClientRegistry.inMemory();
                    List<Long> lines = new ArrayList<>();
                    List<PartyId> created = new ArrayList<>();
                    ImportReport report = CsvImport.into(target).onRow((line, outcome, party) -> {
                        lines.add(line);
                        if (outcome == RowOutcome.CREATED) {
                            created.add(party.orElseThrow());
                        }
                    }).run(bytes("Imię;Nazwisko;E-mail;Telefon\n" + String.join("\n", rows) + "\n",
                            StandardCharsets.UTF_8));
                    assertThat(report.rows()).isEqualTo(rows.size());
                    assertThat(lines).hasSize(rows.size()).isSorted().doesNotHaveDuplicates();
                    assertThat(target.search(PartyQuery.builder().build()).totalItems())
                            .isEqualTo(report.count(RowOutcome.CREATED)).isEqualTo(created.size());
                    assertThat(report.rejections().stream().map(ImportReport.Rejection::line).distinct().count())
                            .isEqualTo(report.count(RowOutcome.REJECTED));
                });
    }
}
