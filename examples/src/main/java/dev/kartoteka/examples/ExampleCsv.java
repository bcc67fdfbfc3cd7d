package dev.kartoteka.examples;

import dev.kartoteka.core.csv.CsvColumn;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.standardization.CompanyName;
import dev.kartoteka.examples.DuplicatePair.Variation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes entries in the layout of crm-core's Polish CSV export, re-entries with their format variations. */
final class ExampleCsv {

    /**
     * The columns written: every one but the person flag and the middle name, which only the import reads (the kind
     * says the one, the given names hold the other).
     */
    private static final List<CsvColumn> COLUMNS = java.util.Arrays.stream(CsvColumn.values())
            .filter(c -> c != CsvColumn.IS_PERSON && c != CsvColumn.MIDDLE_NAME).toList();

    private ExampleCsv() {
    }

    static long write(Stream<ExampleParty> entries, Appendable out) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").build();
        long rows = 0;
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            List<String> header = new ArrayList<>();
            for (CsvColumn c : COLUMNS) {
                header.add(c.polishHeader());
            }
            printer.printRecord(header);
            Iterator<ExampleParty> it = entries.iterator();
            while (it.hasNext()) {
                ExampleParty e = it.next();
                Set<Variation> typed = e.duplicateOf().map(DuplicatePair::variations).orElse(Set.of());
                Map<CsvColumn, String> row = row(e.party(), typed);
                List<String> values = new ArrayList<>();
                for (CsvColumn c : COLUMNS) {
                    values.add(row.getOrDefault(c, ""));
                }
                printer.printRecord(values);
                rows++;
            }
            printer.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("writing the example CSV failed", ex);
        }
        return rows;
    }

    private static Map<CsvColumn, String> row(Party p, Set<Variation> typed) {
        Rng rng = Rng.of(p.id().value().getMostSignificantBits(), p.id().value().getLeastSignificantBits(), 9);
        Map<CsvColumn, String> r = new EnumMap<>(CsvColumn.class);
        if (p instanceof Company c) {
            r.put(CsvColumn.KIND, "firma");
            r.put(CsvColumn.COMPANY_NAME, new CompanyName(c.legalName(), c.legalForm()).toString());
            c.shortName().ifPresent(v -> r.put(CsvColumn.SHORT_NAME, v));
            c.nip().ifPresent(v -> r.put(CsvColumn.NIP, typed.contains(Variation.NIP_FORMAT) ? nip(v.value(), rng)
                    : v.value()));
            c.regon().ifPresent(v -> r.put(CsvColumn.REGON, v.value()));
            c.krs().ifPresent(v -> r.put(CsvColumn.KRS, v.value()));
        } else {
            Person person = (Person) p;
            r.put(CsvColumn.KIND, "osoba");
            r.put(CsvColumn.GIVEN_NAMES, person.givenNames());
            r.put(CsvColumn.FAMILY_NAME, person.familyName());
            person.pesel().ifPresent(v -> r.put(CsvColumn.PESEL, v.value()));
            person.birthDate().ifPresent(v -> r.put(CsvColumn.BIRTH_DATE, v.toString()));
            person.sex().ifPresent(v -> r.put(CsvColumn.SEX, v == dev.kartoteka.core.identifier.Sex.MALE ? "M" : "K"));
        }
        p.contactPoints(EmailContact.class).stream().findFirst()
                .ifPresent(e -> r.put(CsvColumn.EMAIL, e.email().value()));
        p.contactPoints(PhoneContact.class).stream().findFirst().map(PhoneContact::phone)
                .ifPresent(ph -> r.put(CsvColumn.PHONE, typed.contains(Variation.PHONE_FORMAT) ? phone(ph, rng)
                        : ph.value() + ph.extension().map(x -> " wew. " + x).orElse("")));
        p.contactPoints(PostalAddress.class).stream().findFirst().ifPresent(a -> {
            a.street().ifPresent(v -> r.put(CsvColumn.STREET, v));
            r.put(CsvColumn.BUILDING, a.building());
            a.unit().ifPresent(v -> r.put(CsvColumn.UNIT, v));
            r.put(CsvColumn.POSTAL_CODE, typed.contains(Variation.POSTAL_CODE_FORMAT)
                    ? a.postalCode().replace("-", "") : a.postalCode());
            r.put(CsvColumn.CITY, a.city());
            a.district().ifPresent(v -> r.put(CsvColumn.DISTRICT, v));
            a.region().ifPresent(v -> r.put(CsvColumn.REGION, v));
            r.put(CsvColumn.COUNTRY, a.country());
        });
        if (!p.tags().isEmpty()) {
            r.put(CsvColumn.TAGS, p.tags().stream().map(Tag::value).collect(Collectors.joining(", ")));
        }
        return r;
    }

    /** A phone as people type it: with spaces, dashes or the 00 prefix. */
    static String phone(PhoneNumber phone, Rng rng) {
        String e164 = phone.value();
        if (e164.startsWith("+48") && e164.length() == 12) {
            String n = e164.substring(3);
            return switch (rng.nextInt(4)) {
                case 0 -> "+48 " + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
                case 1 -> n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6);
                case 2 -> "0048" + n;
                default -> n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            };
        }
        return "00" + e164.substring(1);
    }

    /** A NIP as people type it: {@code 526-104-08-28}, {@code PL 5261040828}, {@code 526 104 08 28}. */
    static String nip(String digits, Rng rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 8) + "-"
                    + digits.substring(8);
            case 1 -> "PL " + digits;
            default -> digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6, 8) + " "
                    + digits.substring(8);
        };
    }
}
