package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.jpa.internal.Migrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Upgrades of a schema that already holds data, on the test database: rows written in an earlier version's shape read
 * back unchanged after the later migrations (V3: row keys drawn 1,000 at a time; V4: the audit's field changes as JSON
 * on the entry).
 */
class JpaMigrationTests {

    @Test
    void upgradeCarriesEveryAuditFieldChangeIntoItsEntryInOrder() throws SQLException {
        try (HikariDataSource ds = TestDatabase.scratch("upgrade_audit")) {
            Migrations.migrate(ds, "3");
            PartyId party = PartyId.random();
            try (Connection c = ds.getConnection()) {
                insertEntry(c, 1, party, "update");
                insertEntry(c, 2, party, "tag");
                // written out of order: the position decides
                insertChange(c, 11, 1, 2, "customFields.note", "Cytat \"z\" Łodzi", null);
                insertChange(c, 12, 1, 0, "legalName", "Acme", "Acme sp. z o.o.");
                insertChange(c, 13, 1, 1, "tags", null, "vip");
            }

            try (KartotekaJpa jpa = KartotekaJpa.create(ds)) {
                List<AuditEntry> entries = jpa.auditStore().ofParty(party);

                assertThat(entries).extracting(AuditEntry::action).containsExactly("update", "tag");
                assertThat(entries.get(0).changes()).containsExactly(
                        new FieldChange("legalName", Optional.of("Acme"), Optional.of("Acme sp. z o.o.")),
                        new FieldChange("tags", Optional.empty(), Optional.of("vip")),
                        new FieldChange("customFields.note", Optional.of("Cytat \"z\" Łodzi"), Optional.empty()));
                assertThat(entries.get(1).changes()).isEmpty();
            }
            try (Connection c = ds.getConnection()) {
                assertThat(tableExists(c, "kt_audit_change")).as("the old child table is gone").isFalse();
            }
        }
    }

    @Test
    void upgradeDrawsNewRowKeysAfterEveryKeyTheEarlierBlocksHandedOut() throws SQLException {
        try (HikariDataSource ds = TestDatabase.scratch("upgrade_keys")) {
            Migrations.migrate(ds, "2");
            long lastDrawn = 0;
            try (Connection c = ds.getConnection()) {
                // what three blocks of 50 drawn by an earlier version look like: keys up to the last value drawn
                for (int i = 0; i < 3; i++) {
                    lastDrawn = nextRowKey(c);
                }
            }

            try (KartotekaJpa jpa = KartotekaJpa.create(ds)) {
                jpa.registryBuilder().build().create(company("Acme").nip(Nip.parse("5260250274")).build());
            }
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select min(id) from kt_party_identifier")) {
                r.next();
                assertThat(r.getLong(1)).isGreaterThan(lastDrawn);
            }
        }
    }

    private static void insertEntry(Connection c, long seq, PartyId party, String action) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into kt_audit_entry (seq, entry_id, tenant_id, party_id, "
                + "occurred_at, actor, action, reason) values (?, ?, ?, ?, ?, null, ?, null)")) {
            s.setLong(1, seq);
            s.setString(2, UUID.randomUUID().toString());
            s.setString(3, KartotekaJpa.DEFAULT_TENANT);
            s.setString(4, party.toString());
            s.setTimestamp(5, Timestamp.from(Instant.parse("2026-11-20T10:00:00Z").plusSeconds(seq)));
            s.setString(6, action);
            s.executeUpdate();
        }
    }

    private static void insertChange(Connection c, long id, long entry, int position, String field, String oldValue,
                                     String newValue) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into kt_audit_change (id, tenant_id, entry_seq, position, "
                + "field, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, KartotekaJpa.DEFAULT_TENANT);
            s.setLong(3, entry);
            s.setInt(4, position);
            s.setString(5, field);
            s.setString(6, oldValue);
            s.setString(7, newValue);
            s.executeUpdate();
        }
    }

    private static long nextRowKey(Connection c) throws SQLException {
        String sql = TestDatabase.KIND.equals("postgresql") ? "select nextval('kt_row_seq')"
                : "select next value for kt_row_seq";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (r.next()) {
                if (r.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        }
    }
}
