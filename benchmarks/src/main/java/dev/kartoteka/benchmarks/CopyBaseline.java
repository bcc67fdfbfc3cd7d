package dev.kartoteka.benchmarks;

import dev.kartoteka.core.field.CustomFieldJson;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.spi.IdentifierKeys;
import dev.kartoteka.core.spi.SearchText;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The baseline of the bulk insert: the rows Kartoteka writes for new companies (kt_party with the custom-field JSON,
 * kt_party_identifier, kt_party_name, kt_contact_point, kt_contact_person), written with PostgreSQL's
 * {@code COPY … FROM STDIN} in one transaction, {@value #CHUNK} companies per round of five COPY statements. No
 * validation, no audit: what a hand-written bulk loader into the same tables would do. The row values are derived
 * exactly as crm-jpa's mapping derives them (canonical identifier keys, folded names, the custom-field JSON).
 */
final class CopyBaseline {

    static final int CHUNK = 10_000;

    private static final String PARTY = "copy kt_party (id, tenant_id, kind, version, status, created_at, updated_at, "
            + "owner_id, sort_name, custom_fields, legal_name, short_name, legal_form, nip, eu_vat, regon, krs, industry, "
            + "website, working_hours, employee_band) from stdin";
    private static final String IDENTIFIER = "copy kt_party_identifier (id, tenant_id, party_id, id_type, id_key, "
            + "unique_key) from stdin";
    private static final String NAME = "copy kt_party_name (id, tenant_id, party_id, folded) from stdin";
    private static final String CONTACT_POINT = "copy kt_contact_point (id, tenant_id, party_id, holder_index, position, "
            + "kind, email, phone, phone_extension, street, building, unit, postal_code, city, district, region, country, "
            + "city_folded, district_folded, postal_folded, purpose, preferred, verified_at, note, do_not_contact) "
            + "from stdin";
    private static final String CONTACT_PERSON = "copy kt_contact_person (id, tenant_id, party_id, position, person_id, "
            + "job_position, department, since, until, is_primary, custom_fields) from stdin";

    private final String tenant;
    private long nextRowId;

    CopyBaseline(String tenant) {
        this.tenant = tenant;
    }

    /**
     * Writes the companies as new, active parties created now.
     *
     * @return how many rows were written, all tables together
     */
    long write(DataSource dataSource, Iterable<Company> companies) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            nextRowId = firstFreeRowId(c);
            String now = Instant.now().toString();
            Tables t = new Tables();
            long rows = 0;
            int inChunk = 0;
            for (Company company : companies) {
                add(t, company, now);
                if (++inChunk == CHUNK) {
                    rows += t.copy(copy);
                    t = new Tables();
                    inChunk = 0;
                }
            }
            if (inChunk > 0) {
                rows += t.copy(copy);
            }
            c.commit();
            return rows;
        }
    }

    /**
     * The child rows' ids: past every id Hibernate may have drawn from {@code kt_row_seq} (it allocates 50 at a time,
     * from the value drawn on).
     */
    private static long firstFreeRowId(Connection c) throws SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery("select nextval('kt_row_seq')")) {
            r.next();
            return r.getLong(1) + 100;
        }
    }

    /** One round's rows per table, in COPY's text format. */
    private static final class Tables {
        final StringBuilder party = new StringBuilder(1 << 22);
        final StringBuilder identifier = new StringBuilder(1 << 21);
        final StringBuilder name = new StringBuilder(1 << 20);
        final StringBuilder contactPoint = new StringBuilder(1 << 21);
        final StringBuilder contactPerson = new StringBuilder(1 << 21);

        long copy(CopyManager copy) throws SQLException, IOException {
            // parents first: the child tables reference kt_party
            return copy.copyIn(PARTY, new StringReader(party.toString()))
                    + copy.copyIn(IDENTIFIER, new StringReader(identifier.toString()))
                    + copy.copyIn(NAME, new StringReader(name.toString()))
                    + copy.copyIn(CONTACT_POINT, new StringReader(contactPoint.toString()))
                    + copy.copyIn(CONTACT_PERSON, new StringReader(contactPerson.toString()));
        }
    }

    private void add(Tables t, Company c, String now) {
        if (!c.roles().isEmpty() || !c.importantDates().isEmpty() || !c.notes().isEmpty() || !c.tags().isEmpty()
                || !c.interests().isEmpty() || c.owner().isPresent()) {
            throw new IllegalArgumentException("the baseline writes companies without roles, dates, notes, tags, "
                    + "interests and owner");
        }
        String id = c.id().toString();
        row(t.party, id, tenant, "COMPANY", "0", "ACTIVE", now, now, null, SearchText.fold(c.displayName()),
                CustomFieldJson.valuesToJson(c.customFields()), c.legalName(), c.shortName().orElse(null),
                c.legalForm().map(Enum::name).orElse(null), c.nip().map(n -> n.value()).orElse(null),
                c.euVatNumber().map(v -> v.value()).orElse(null), c.regon().map(r -> r.value()).orElse(null),
                c.krs().map(k -> k.value()).orElse(null), c.industry().orElse(null),
                c.website().map(Object::toString).orElse(null), null,
                c.employeeCountBand().map(Enum::name).orElse(null));
        if (c.workingHours().isPresent()) {
            throw new IllegalArgumentException("the baseline writes companies without working hours");
        }
        for (Identifier i : IdentifierKeys.canonicalIdentifiers(c)) {
            String key = IdentifierKeys.key(i);
            row(t.identifier, Long.toString(nextRowId++), tenant, id, i.type().name(), key,
                    i.type().unique() ? key : null);
        }
        for (String folded : c.searchableNames().stream().map(SearchText::fold).distinct().toList()) {
            row(t.name, Long.toString(nextRowId++), tenant, id, folded);
        }
        contactPoints(t.contactPoint, id, -1, c.contactPoints());
        List<ContactPerson> persons = c.contactPersons();
        for (int i = 0; i < persons.size(); i++) {
            ContactPerson p = persons.get(i);
            row(t.contactPerson, Long.toString(nextRowId++), tenant, id, Integer.toString(i), p.person().toString(),
                    p.position().orElse(null), p.department().orElse(null), p.since().toString(),
                    p.until().map(Object::toString).orElse(null), Boolean.toString(p.primary()),
                    CustomFieldJson.valuesToJson(p.customFields()));
            contactPoints(t.contactPoint, id, i, p.contactPoints());
        }
    }

    private void contactPoints(StringBuilder out, String partyId, int holder, List<ContactPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            ContactPoint point = points.get(i);
            String email = null;
            String phone = null;
            String extension = null;
            Optional<PostalAddress> address = Optional.empty();
            ContactUsage usage;
            if (point instanceof EmailContact m) {
                email = m.email().value();
                usage = m.usage();
            } else if (point instanceof PhoneContact p) {
                phone = p.phone().value();
                extension = p.phone().extension().orElse(null);
                usage = p.usage();
            } else if (point instanceof PostalAddress a) {
                address = Optional.of(a);
                usage = a.usage();
            } else {
                throw new IllegalArgumentException("the baseline writes e-mails, phones and addresses, not " + point);
            }
            row(out, Long.toString(nextRowId++), tenant, partyId, Integer.toString(holder), Integer.toString(i),
                    point.kind().name(), email, phone, extension,
                    address.flatMap(PostalAddress::street).orElse(null), address.map(PostalAddress::building).orElse(null),
                    address.flatMap(PostalAddress::unit).orElse(null), address.map(PostalAddress::postalCode).orElse(null),
                    address.map(PostalAddress::city).orElse(null), address.flatMap(PostalAddress::district).orElse(null),
                    address.flatMap(PostalAddress::region).orElse(null), address.map(PostalAddress::country).orElse(null),
                    address.map(a -> SearchText.fold(a.city())).orElse(null),
                    address.flatMap(PostalAddress::district).map(SearchText::fold).orElse(null),
                    address.map(a -> SearchText.foldPostalCode(a.postalCode())).orElse(null),
                    usage.purpose().name(), Boolean.toString(usage.preferred()),
                    usage.verifiedAt().map(Object::toString).orElse(null), usage.note().orElse(null),
                    Boolean.toString(usage.doNotContact()));
        }
    }

    /** Appends one line of COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String v = values[i];
            if (v == null) {
                out.append("\\N");
                continue;
            }
            for (int k = 0; k < v.length(); k++) {
                char ch = v.charAt(k);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }
}
