package dev.kartoteka.benchmarks;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.standardization.PersonName;
import dev.kartoteka.core.standardization.Standardized;
import dev.kartoteka.core.standardization.Standardizer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Standardisation throughput per kind of value (issue 6), on messy inputs the way spreadsheets hold them (casing,
 * spaces, legal forms spelled out, flat numbers in the building, postal codes without the dash). Beside the phone
 * normaliser, libphonenumber's own parse-and-format of the same texts (the library it wraps) as the baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StandardizationBenchmarks {

    private static final int N = 1024;
    private static final String[] GIVEN = {"JAN", "anna maria", "Łucja", "o'brien", "ZBIGNIEW", "katarzyna"};
    private static final String[] FAMILY = {"KOWALSKA - NOWAK", "wiśniewski", "McDonald", "ŻÓŁKIEWSKA",
        "van der berg", "Nowak"};
    private static final String[] COMPANIES = {"Acme Polska Spółka z ograniczoną odpowiedzialnością",
        "ORLEN SPÓŁKA AKCYJNA", "Nowak i Syn sp.j.", "Müller GmbH", "Zakład Usług Leśnych",
        "Kancelaria Lex sp. z o.o. sp.k."};
    private static final String[] STREETS = {"ULICA PIOTRKOWSKA", "al. jana pawła ii", "Plac Wolności",
        "os. Tysiąclecia", "ul.Długa", "Aleje Jerozolimskie"};
    private static final String[] CITIES = {"ŁÓDŹ", "bielsko - biała", "Warszawa", "nowy dwór gdański", "KRAKÓW",
        "Poznań"};

    private final Standardizer standardizer = Standardizer.defaults();
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String[] phones = new String[N];
    private final String[] emails = new String[N];
    private final String[] names = new String[N];
    private final String[] companies = new String[N];
    private final PostalAddress[] addresses = new PostalAddress[N];
    private final Party[] persons = new Party[N];
    private final String[] fullNames = new String[N];
    private final String[] addressLines = new String[N];
    private int i;

    @Setup
    public void generate() {
        java.util.Random r = new java.util.Random(6);
        for (int k = 0; k < N; k++) {
            String digits = String.format("%09d", 500_000_000 + r.nextInt(299_999_999));
            phones[k] = switch (k % 3) {
                case 0 -> digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
                case 1 -> "+48 " + digits + " wew. " + (k % 90 + 10);
                default -> "0048-" + digits.substring(0, 3) + "-" + digits.substring(3);
            };
            emails[k] = "  Jan.Kowalski" + k + "@Example" + (k % 7) + ".PL ";
            names[k] = (k % 2 == 0 ? GIVEN : FAMILY)[r.nextInt(6)];
            companies[k] = COMPANIES[r.nextInt(6)];
            addresses[k] = new PostalAddress(Optional.of(STREETS[r.nextInt(6)]), (r.nextInt(200) + 1) + " m. "
                    + (r.nextInt(40) + 1), Optional.empty(), String.format("%05d", r.nextInt(100_000)),
                    CITIES[r.nextInt(6)], Optional.empty(), Optional.of("woj. Mazowieckie"), "pl", ContactUsage.main());
            // as one spreadsheet cell holds them: "Imię i nazwisko", "Adres"
            fullNames[k] = k % 3 == 0 ? FAMILY[r.nextInt(6)] + " " + GIVEN[r.nextInt(6)]
                    : GIVEN[r.nextInt(6)] + " " + FAMILY[r.nextInt(6)];
            addressLines[k] = switch (k % 3) {
                case 0 -> STREETS[r.nextInt(6)] + " " + (r.nextInt(200) + 1) + "/" + (r.nextInt(40) + 1) + ", "
                        + String.format("%02d-%03d", r.nextInt(100), r.nextInt(1000)) + " " + CITIES[r.nextInt(6)];
                case 1 -> STREETS[r.nextInt(6)] + " " + (r.nextInt(200) + 1) + " m. " + (r.nextInt(40) + 1) + " "
                        + String.format("%02d-%03d", r.nextInt(100), r.nextInt(1000)) + " " + CITIES[r.nextInt(6)];
                default -> String.format("%02d-%03d", r.nextInt(100), r.nextInt(1000)) + " " + CITIES[r.nextInt(6)]
                        + ", " + STREETS[r.nextInt(6)] + " " + (r.nextInt(200) + 1);
            };
            persons[k] = Person.builder().givenNames(GIVEN[r.nextInt(6)]).familyName(FAMILY[r.nextInt(6)])
                    .addContactPoint(addresses[k]).build();
        }
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    @Benchmark
    public Standardized<?> phone() {
        return standardizer.phone(phones[next()]);
    }

    @Benchmark
    public String phoneBaselineLibphonenumber() throws NumberParseException {
        return util.format(util.parse(phones[next()], "PL"), PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    @Benchmark
    public Standardized<?> email() {
        return standardizer.email(emails[next()]);
    }

    @Benchmark
    public Standardized<?> personName() {
        return standardizer.personName(names[next()]);
    }

    @Benchmark
    public Standardized<?> companyName() {
        return standardizer.companyName(companies[next()]);
    }

    @Benchmark
    public Standardized<?> address() {
        return standardizer.address(addresses[next()]);
    }

    @Benchmark
    public Standardized<?> fullName() {
        return standardizer.fullName(fullNames[next()], PersonName.Order.GIVEN_FIRST);
    }

    @Benchmark
    public Standardized<?> addressLine() {
        return standardizer.addressLine(addressLines[next()]);
    }

    @Benchmark
    public String matchingKey() {
        return Standardizer.matchingKey(companies[next()]);
    }

    @Benchmark
    public Standardized<?> wholePerson() {
        return standardizer.standardize(persons[next()]);
    }
}
