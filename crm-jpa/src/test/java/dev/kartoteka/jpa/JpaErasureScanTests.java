package dev.kartoteka.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.MutableClock;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After an erasure, no column of Kartoteka's tables still holds a value of the erased person: every text and JSON
 * column of every {@code kt_} table (found through JDBC metadata, in the test schema only) is read for the tenant's
 * rows and searched, case-insensitively, for each value. The same scan still finds another person's values, so it
 * can fail.
 */
class JpaErasureScanTests {

    private static final UserId ADMIN = UserId.of("admin");

    private static final String GIVEN = "Zdzisława";
    private static final String FAMILY = "Brzęczyszczykiewicz";
    private static final Pesel PESEL = Pesel.of(LocalDate.of(1979, 4, 2), Sex.FEMALE, 456);
    private static final String EMAIL = "zdzislawa.b@erasure-scan.example.pl";
    private static final String PHONE = "+48609876543";
    private static final String NOTE = "Dzwonić po siedemnastej, pyta zawsze o rabat kwartalny";
    private static final String PROFESSION = "Hodowczyni alpak";
    private static final String EVIDENCE = "Formularz nr 8815 podpisany przez " + GIVEN + " " + FAMILY;
    private static final String COMPANY_NOTE = FAMILY + " poleca nas znajomym";

    private static final String OTHER_EMAIL = "bonifacy.k@erasure-scan.example.pl";
    private static final String OTHER_NOTE = "Bonifacy zbiera znaczki pocztowe";

    private final String tenant = "t-" + UUID.randomUUID();
    private final KartotekaJpa jpa = TestDatabase.shared().forTenant(tenant);
    private final MutableClock clock = new MutableClock();
    private final ClientRegistry registry = jpa.registryBuilder().clock(clock).build();

    @Test
    void noColumnOfAnyTableHoldsAnErasedValueAfterTheErasure() throws SQLException {
        ClientRegistry admin = registry.as(ADMIN, "wprowadzenie danych");
        Person person = admin.create(Person.builder().givenNames(GIVEN).familyName(FAMILY).fromPesel(PESEL)
                .addContactPoint(EmailContact.of(EMAIL)).addContactPoint(PhoneContact.of("609 876 543"))
                .addNote(Note.of(NOTE, clock.instant(), ADMIN)).build());
        Person other = admin.create(Person.builder().givenNames("Bonifacy").familyName("Krzesimirski")
                .addContactPoint(EmailContact.of(OTHER_EMAIL)).addNote(Note.of(OTHER_NOTE, clock.instant(), ADMIN))
                .build());
        Company company = admin.create(Company.builder().legalName("Alpaki Mazurskie sp. z o.o.")
                .addNote(Note.of(COMPANY_NOTE, clock.instant(), ADMIN)).build());
        clock.advance(Duration.ofDays(1));
        person = registry.as(ADMIN, "zmiana zawodu, prosiła " + GIVEN + " " + FAMILY)
                .update(person.toBuilder().profession(PROFESSION).build());
        admin.history().log(Interaction.builder(person.id(), InteractionType.CALL, clock.instant())
                .author(ADMIN).subject("Rozmowa z " + GIVEN + " " + FAMILY).outcome("Podała numer " + PHONE)
                .followUp(LocalDate.of(2026, 12, 1)).build());
        admin.history().log(Interaction.builder(company.id(), InteractionType.MEETING, clock.instant())
                .author(ADMIN).subject("Spotkanie w sprawie alpak").outcome("Polecenie od " + FAMILY).build());
        admin.history().log(Interaction.builder(other.id(), InteractionType.CALL, clock.instant())
                .author(ADMIN).subject("Rozmowa z Bonifacym").outcome("Pisać na " + OTHER_EMAIL).build());
        admin.history().record(Transaction.order(person.id(), LocalDate.of(2026, 11, 2), Money.of("150.00", "PLN")));
        admin.consents().grant(person.id(), Email.of(EMAIL), ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER,
                ConsentSource.WEB_FORM, clock.instant().minus(Duration.ofHours(1)), Optional.of(EVIDENCE),
                Optional.empty(), false);
        admin.consents().withdraw(person.id(), PhoneNumber.parse(PHONE), ConsentChannel.SMS,
                ConsentPurpose.MARKETING, ConsentSource.CALL, clock.instant(), Optional.of("Dzwoniła z " + PHONE));
        admin.consents().grant(other.id(), Email.of(OTHER_EMAIL), ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER,
                ConsentSource.WEB_FORM, clock.instant(), Optional.of("Formularz Bonifacego"), Optional.empty(), false);
        List<String> erased = List.of(GIVEN, FAMILY, PESEL.value(), PESEL.birthDate().toString(), EMAIL, PHONE,
                PHONE.substring(3), NOTE, PROFESSION, EVIDENCE, COMPANY_NOTE);
        assertThat(scan(erased)).as("before the erasure the scan finds every value").hasSameSizeAs(erased);

        clock.advance(Duration.ofDays(1));
        registry.as(ADMIN, "wniosek RODO").privacy().erase(person.id(), "wniosek RODO");

        assertThat(scan(erased)).as("erased values still stored").isEmpty();
        assertThat(scan(List.of(OTHER_EMAIL, OTHER_NOTE))).as("the other person's values")
                .containsOnlyKeys(OTHER_EMAIL, OTHER_NOTE);
    }

    /** @return for each value found, where: table.column */
    private Map<String, Set<String>> scan(List<String> values) throws SQLException {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        try (Connection c = TestDatabase.sharedDataSource().getConnection()) {
            Map<String, List<String>> columns = textColumns(c);
            assertThat(columns.keySet()).as("tables scanned").contains("kt_party", "kt_contact_point",
                    "kt_party_note", "kt_interaction", "kt_transaction", "kt_consent_event", "kt_audit_entry");
            assertThat(columns.get("kt_party")).as("JSON columns are scanned too").contains("custom_fields");
            assertThat(columns.get("kt_audit_entry")).as("the audit's field changes").contains("changes");
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                String sql = "select " + String.join(", ", table.getValue()) + " from " + table.getKey()
                        + " where tenant_id = ?";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, tenant);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            for (int i = 1; i <= table.getValue().size(); i++) {
                                String text = unescapeJson(rs.getString(i));
                                if (text == null) {
                                    continue;
                                }
                                for (String v : values) {
                                    if (text.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT))) {
                                        found.computeIfAbsent(v, k -> new TreeSet<>())
                                                .add(table.getKey() + "." + table.getValue().get(i - 1));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every kt_ table of the test schema that has a tenant_id, with its text and JSON columns (lower-case names). */
    private static Map<String, List<String>> textColumns(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = c.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toLowerCase(Locale.ROOT).startsWith("kt_")) {
                    tables.add(name);
                }
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        for (String table : tables) {
            List<String> text = new ArrayList<>();
            boolean tenant = false;
            try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    tenant |= column.equals("tenant_id");
                    if (isText(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"))) {
                        text.add(column);
                    }
                }
            }
            if (tenant && !text.isEmpty()) {
                out.put(table.toLowerCase(Locale.ROOT), text);
            }
        }
        return out;
    }

    private static boolean isText(int type, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return switch (type) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB -> true;
            default -> name.contains("json") || name.contains("text") || name.contains("char");
        };
    }

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    /** JSON text may escape non-ASCII letters; the scan compares the letters. */
    private static String unescapeJson(String text) {
        if (text == null || text.indexOf("\\u") < 0) {
            return text;
        }
        Matcher m = UNICODE_ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }
}
