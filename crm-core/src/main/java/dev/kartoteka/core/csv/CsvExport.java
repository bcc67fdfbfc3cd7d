package dev.kartoteka.core.csv;

import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.FieldKey;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.ForeignTaxNumber;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.standardization.CompanyName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apiguardian.api.API;

/**
 * Writes a search result as CSV in the {@link CsvColumn}s that {@link CsvImport} reads back: one row per party, its
 * e-mails and its phones each in one cell joined by commas (as the import reads several), its first postal address,
 * its tags joined by commas, a company's legal form after its
 * name ({@code "Acme sp. z o.o."}); custom fields in columns of their own where asked for
 * ({@link #customField(String, String)}, read back by {@link CsvImport#customField(String, String)}). Subject to the
 * access policy's export right
 * ({@link ClientRegistry#exportParties}); masked values are written as the actor sees them.
 *
 * <pre>{@code
 * CsvExport.polish().write(registry, PartyQuery.builder().city("Łódź").build(), writer);  // ';', Polish headers
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CsvExport {

    private final char delimiter;
    private final boolean polish;
    /** The custom fields written after the columns: header and field key, in order. */
    private final List<Map.Entry<String, String>> customFields;

    private CsvExport(char delimiter, boolean polish, List<Map.Entry<String, String>> customFields) {
        this.delimiter = delimiter;
        this.polish = polish;
        this.customFields = List.copyOf(customFields);
    }

    /** @return the format Polish spreadsheets open directly: {@code ;}, Polish headers, {@code firma}/{@code osoba} */
    public static CsvExport polish() {
        return new CsvExport(';', true, List.of());
    }

    /** @return RFC 4180: {@code ,}, English headers, {@code company}/{@code person} */
    public static CsvExport english() {
        return new CsvExport(',', false, List.of());
    }

    /**
     * Returns a copy that also writes a custom field, in a column of its own after the others: its value in the text
     * form {@link CsvImport#customField(String, String)} reads back ({@link CustomFieldSchema#text}), empty where a
     * party has none.
     *
     * @param header the column's header
     * @param fieldKey the custom field's key
     * @return the copy
     * @throws IllegalArgumentException if the header is blank, is read as one of the {@link CsvColumn}s, or is written
     *     already
     * @throws dev.kartoteka.core.ValidationException if the key is not a valid field key
     */
    public CsvExport customField(String header, String fieldKey) {
        Objects.requireNonNull(header, "header");
        String key = FieldKey.of(Objects.requireNonNull(fieldKey, "fieldKey")).value();
        if (header.isBlank() || CsvColumn.recognise(header).isPresent()) {
            throw new IllegalArgumentException("a custom field's header must be another than the columns', was '"
                    + header + "'");
        }
        // headers are told apart as the import tells them: case, diacritics, spaces and punctuation aside
        if (customFields.stream().anyMatch(e -> CsvColumn.headerKey(e.getKey()).equals(CsvColumn.headerKey(header)))) {
            throw new IllegalArgumentException("the header '" + header + "' is written already");
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(customFields);
        more.add(Map.entry(header.strip(), key));
        return new CsvExport(delimiter, polish, more);
    }

    /**
     * Writes the parties a search finds.
     *
     * @param registry the registry (its actor's rights apply)
     * @param query what to export (all pages)
     * @param out where to write (flushed, not closed); lines end in CRLF
     * @return how many parties were written
     * @throws UncheckedIOException if writing fails
     * @throws dev.kartoteka.core.access.AccessDeniedException if the actor may not export them
     * @throws IllegalArgumentException if a custom field to write is not in the registry's schema
     */
    public long write(ClientRegistry registry, PartyQuery query, Appendable out) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(out, "out");
        CustomFieldSchema schema = registry.schema();
        List<String> keys = new ArrayList<>(); // the fields' current keys (a former key names its field too)
        for (Map.Entry<String, String> e : customFields) {
            keys.add(schema.field(e.getValue()).orElseThrow(() -> new IllegalArgumentException("the custom field "
                    + e.getValue() + " (column '" + e.getKey() + "') is not in the registry's schema (version "
                    + schema.version() + ")")).key().value());
        }
        List<Party> parties = registry.exportParties(query);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").build();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            List<String> headers = new ArrayList<>(WRITTEN.stream()
                    .map(c -> polish ? c.polishHeader() : c.header()).toList());
            customFields.forEach(e -> headers.add(e.getKey()));
            printer.printRecord(headers);
            for (Party p : parties) {
                Map<CsvColumn, String> row = row(p);
                List<String> values = new ArrayList<>();
                for (CsvColumn c : WRITTEN) {
                    values.add(row.getOrDefault(c, ""));
                }
                Map<String, Object> custom = p.customFields().asMap();
                for (String key : keys) {
                    Object value = custom.get(key);
                    values.add(value == null ? "" : CustomFieldSchema.text(value));
                }
                printer.printRecord(values);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the CSV export failed", e);
        }
        return parties.size();
    }

    /**
     * The columns written: all but {@link CsvColumn#FULL_NAME}, {@link CsvColumn#IS_PERSON} and
     * {@link CsvColumn#MIDDLE_NAME}, which are read only (names are written apart, all given names in one column, the
     * kind as {@link CsvColumn#KIND}).
     */
    private static final List<CsvColumn> WRITTEN = java.util.Arrays.stream(CsvColumn.values())
            .filter(c -> c != CsvColumn.FULL_NAME && c != CsvColumn.IS_PERSON && c != CsvColumn.MIDDLE_NAME).toList();

    private Map<CsvColumn, String> row(Party p) {
        Map<CsvColumn, String> r = new EnumMap<>(CsvColumn.class);
        if (p instanceof Company c) {
            r.put(CsvColumn.KIND, polish ? "firma" : "company");
            r.put(CsvColumn.COMPANY_NAME, new CompanyName(c.legalName(), c.legalForm()).toString());
            c.shortName().ifPresent(v -> r.put(CsvColumn.SHORT_NAME, v));
            // abroad: the VAT number; outside the EU the tax number as written ("GB123456789", "UA14360570"), as the
            // import reads it back
            c.nip().map(Identifier::value).or(() -> c.euVatNumber().map(Identifier::value))
                    .or(() -> c.foreignTaxNumber().map(ForeignTaxNumber::asWritten))
                    .ifPresent(v -> r.put(CsvColumn.NIP, v));
            c.regon().ifPresent(v -> r.put(CsvColumn.REGON, v.value()));
            c.krs().ifPresent(v -> r.put(CsvColumn.KRS, v.value()));
        } else {
            Person person = (Person) p;
            r.put(CsvColumn.KIND, polish ? "osoba" : "person");
            r.put(CsvColumn.GIVEN_NAMES, person.givenNames());
            r.put(CsvColumn.FAMILY_NAME, person.familyName());
            person.pesel().map(Identifier::value).ifPresent(v -> r.put(CsvColumn.PESEL, v));
            person.birthDate().ifPresent(v -> r.put(CsvColumn.BIRTH_DATE, v.toString()));
            person.sex().ifPresent(v -> r.put(CsvColumn.SEX, v == dev.kartoteka.core.identifier.Sex.MALE ? "M"
                    : polish ? "K" : "F"));
        }
        if (!p.contactPoints(EmailContact.class).isEmpty()) {
            r.put(CsvColumn.EMAIL, p.contactPoints(EmailContact.class).stream().map(e -> e.email().value())
                    .collect(Collectors.joining(", ")));
        }
        if (!p.contactPoints(PhoneContact.class).isEmpty()) {
            r.put(CsvColumn.PHONE, p.contactPoints(PhoneContact.class).stream().map(ph -> phone(ph.phone()))
                    .collect(Collectors.joining(", ")));
        }
        Optional<PostalAddress> address = p.contactPoints(PostalAddress.class).stream().findFirst();
        address.ifPresent(a -> {
            a.street().ifPresent(v -> r.put(CsvColumn.STREET, v));
            r.put(CsvColumn.BUILDING, a.building());
            a.unit().ifPresent(v -> r.put(CsvColumn.UNIT, v));
            r.put(CsvColumn.POSTAL_CODE, a.postalCode());
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

    private static String phone(PhoneNumber phone) {
        return phone.value() + phone.extension().map(e -> " wew. " + e).orElse("");
    }
}
