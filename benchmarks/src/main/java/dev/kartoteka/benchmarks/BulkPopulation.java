package dev.kartoteka.benchmarks;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ClientRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The deterministic population of the bulk-insert benchmark: a pool of persons and companies that each have an e-mail
 * address and a phone or an address, one contact person from the pool and five custom-field values. Every iteration
 * yields the same parties with the same ids, so the Kartoteka runs and the baseline runs write the same rows.
 */
final class BulkPopulation {

    /** The five non-unique custom fields of companies, added with {@code evolveSchema} before the insert. */
    static final List<FieldDefinition> FIELDS = List.of(
            FieldDefinition.builder("segment", FieldType.SINGLE_CHOICE).label("Segment")
                    .option("a", "A").option("b", "B").option("c", "C").option("d", "D")
                    .appliesTo(FieldTarget.COMPANY).build(),
            FieldDefinition.builder("employees", FieldType.INTEGER).label("Employees").min(0L).max(1_000_000L)
                    .appliesTo(FieldTarget.COMPANY).build(),
            FieldDefinition.builder("credit_limit", FieldType.DECIMAL).label("Credit limit").scale(2)
                    .min(new BigDecimal("0.00")).appliesTo(FieldTarget.COMPANY).build(),
            FieldDefinition.builder("client_since", FieldType.DATE).label("Client since")
                    .appliesTo(FieldTarget.COMPANY).build(),
            FieldDefinition.builder("account_manager", FieldType.TEXT).label("Account manager").maxLength(100)
                    .appliesTo(FieldTarget.COMPANY).build());

    private static final String[] GIVEN = {"Anna", "Piotr", "Katarzyna", "Tomasz", "Małgorzata", "Paweł", "Agnieszka",
        "Krzysztof", "Ewa", "Michał"};
    private static final String[] CODES = {"a", "b", "c", "d"};
    private static final LocalDate DAY_ZERO = LocalDate.of(2020, 1, 1);

    private final int persons;
    private final int companies;

    /**
     * @param persons how many persons the companies' contact persons are drawn from
     * @param companies how many companies
     */
    BulkPopulation(int persons, int companies) {
        this.persons = persons;
        this.companies = companies;
    }

    int persons() {
        return persons;
    }

    int companies() {
        return companies;
    }

    /** Adds {@link #FIELDS} to a registry's (empty) custom-field schema. */
    static void defineFields(ClientRegistry registry) {
        long version = registry.schema().version();
        for (FieldDefinition f : FIELDS) {
            version = registry.evolveSchema(version, new SchemaChange.AddField(f)).version();
        }
    }

    static PartyId personId(int i) {
        return new PartyId(uuid(1, i));
    }

    /** A version-4-shaped UUID drawn from {@code (kind, i)}: random-looking, so the primary-key index is hit at random. */
    private static UUID uuid(long kind, int i) {
        SplittableRandom r = new SplittableRandom(kind * 1_000_003L + i);
        long high = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    Iterable<Person> personList() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < persons;
            }

            @Override
            public Person next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                return Person.builder().id(personId(i)).givenNames(GIVEN[i % GIVEN.length])
                        .familyName("Nowak-" + i).build();
            }
        };
    }

    Iterable<Company> companyList() {
        return () -> new Iterator<>() {
            private int next;
            private int nipSeed = 100_000_000;

            @Override
            public boolean hasNext() {
                return next < companies;
            }

            @Override
            public Company next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                Nip nip = null;
                while (nip == null) {
                    try {
                        nip = Nip.withCheckDigit(Integer.toString(nipSeed++));
                    } catch (ValidationException remainderTen) {
                        // about one prefix in eleven has no valid NIP; take the next one
                    }
                }
                return company(i, nip);
            }
        };
    }

    private Company company(int i, Nip nip) {
        SplittableRandom r = new SplittableRandom(2L * 1_000_003L + i);
        String[] city = Population.CITIES[r.nextInt(Population.CITIES.length)];
        Company.Builder b = Company.builder().id(new PartyId(uuid(2, i)))
                .legalName(Population.WORDS[r.nextInt(Population.WORDS.length)] + " "
                        + Population.TRADES[r.nextInt(Population.TRADES.length)] + " " + i)
                .legalForm(LegalForm.values()[r.nextInt(LegalForm.values().length)])
                .nip(nip)
                .addContactPoint(EmailContact.of("biuro" + i + "@firma" + (i % 997) + ".example.pl"));
        if (i % 2 == 0) {
            b.addContactPoint(PhoneContact.of("+48 6" + String.format("%08d", i)));
        } else {
            b.addContactPoint(PostalAddress.polish("ul. Długa", Integer.toString(1 + r.nextInt(200)),
                    city[1] + String.format("%03d", r.nextInt(1000)), city[0]));
        }
        return b.addContactPerson(ContactPerson.of(personId(i % persons), DAY_ZERO.plusDays(i % 1500))
                        .withPrimary(true).withPosition("Dyrektor"))
                .customField("segment", CODES[r.nextInt(CODES.length)])
                .customField("employees", (long) r.nextInt(5_000))
                .customField("credit_limit", BigDecimal.valueOf(r.nextInt(10_000_000), 2))
                .customField("client_since", DAY_ZERO.minusDays(r.nextInt(3_000)))
                .customField("account_manager", "opiekun-" + (i % 50))
                .build();
    }
}
