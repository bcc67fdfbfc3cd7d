package dev.kartoteka.core.privacy;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads everything four stores hold, through their SPI methods only, as {@code where → text} pairs: every party (every
 * field, contact persons included), every interaction and transaction, every consent event and every audit entry (old
 * and new values, reasons). Records are walked component by component, identifiers by their {@code value()}, so
 * nothing is hidden behind a masking {@code toString()}.
 *
 * <p>A store has no "list everything" for parties and consent events, so the scan takes the ids of every party the
 * test created, and adds whatever a search over all parties (archived and erased included) returns.
 */
public final class StoreScan {

    /** Far enough in the future for every audit entry a test writes. */
    private static final Instant END_OF_TIME = Instant.parse("3000-01-01T00:00:00Z");

    /**
     * One text held by a store.
     *
     * @param where which record and field, e.g. {@code "audit entry … of party … (party created).changes[3].newValue"}
     * @param text the text
     */
    public record Text(String where, String text) {
        @Override
        public String toString() {
            return where + " = " + text;
        }
    }

    private final List<Text> texts = new ArrayList<>();

    private StoreScan() {
    }

    /**
     * Scans the stores.
     *
     * @param parties the party store
     * @param history the history store
     * @param consents the consent store
     * @param audit the audit store
     * @param knownParties the ids of every party created in the stores
     * @param today the day to search as of
     * @return the scan
     */
    public static StoreScan of(PartyStore parties, HistoryStore history, ConsentStore consents, AuditStore audit,
                               Collection<PartyId> knownParties, LocalDate today) {
        StoreScan scan = new StoreScan();
        Set<PartyId> ids = new TreeSet<>(knownParties);
        PartyQuery all = PartyQuery.builder().includeArchived(true).asOf(today).page(0, PartyQuery.MAX_PAGE_SIZE)
                .build();
        Page<Party> page;
        int number = 0;
        do {
            page = parties.search(all.withPage(number++));
            page.items().forEach(p -> ids.add(p.id()));
        } while (page.hasNext());
        Map<UUID, AuditEntry> auditEntries = new LinkedHashMap<>();
        for (PartyId id : ids) {
            parties.findById(id).ifPresent(p -> scan.party("party " + id, p));
            history.transactionsOf(id).forEach(t -> scan.walk("transaction " + t.id() + " of party " + id, t));
            consents.eventsOf(id).forEach(e -> scan.walk("consent event " + e.id() + " of party " + id, e));
            audit.ofParty(id).forEach(e -> auditEntries.putIfAbsent(e.id(), e));
        }
        audit.query(Optional.empty(), Instant.EPOCH, END_OF_TIME).forEach(e -> auditEntries.putIfAbsent(e.id(), e));
        history.allInteractions().forEach(i -> scan.walk("interaction " + i.id() + " of party " + i.partyId(), i));
        auditEntries.values().forEach(e -> scan.walk("audit entry " + e.id() + " of party " + e.partyId() + " ("
                + e.action() + ")", e));
        return scan;
    }

    /** @return every text found, in scan order (a record found twice is listed twice) */
    public List<Text> texts() {
        return List.copyOf(texts);
    }

    /**
     * @param value a value to look for, compared ignoring case
     * @return the texts containing it
     */
    public List<Text> mentioning(String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return texts.stream().filter(t -> t.text().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    /**
     * @param values values to look for, compared ignoring case
     * @return every {@code value → text} hit, as readable lines
     */
    public List<String> mentioningAny(Collection<String> values) {
        List<String> hits = new ArrayList<>();
        for (String v : values) {
            mentioning(v).forEach(t -> hits.add("'" + v + "' in " + t));
        }
        return hits;
    }

    private void party(String where, Party p) {
        walk(where + ".status", p.status());
        walk(where + ".owner", p.owner());
        walk(where + ".ownerHistory", p.ownerHistory());
        walk(where + ".roles", p.roles());
        walk(where + ".contactPoints", p.contactPoints());
        walk(where + ".importantDates", p.importantDates());
        walk(where + ".interests", p.interests());
        walk(where + ".tags", p.tags());
        walk(where + ".notes", p.notes());
        walk(where + ".customFields", p.customFields());
        walk(where + ".displayName", p.displayName());
        walk(where + ".searchableNames", p.searchableNames());
        walk(where + ".identifiers", p.identifiers());
        if (p instanceof Person person) {
            walk(where + ".givenNames", person.givenNames());
            walk(where + ".familyName", person.familyName());
            walk(where + ".birthDate", person.birthDate());
            walk(where + ".sex", person.sex());
            walk(where + ".pesel", person.pesel());
            walk(where + ".profession", person.profession());
            walk(where + ".preferredContactTime", person.preferredContactTime());
            walk(where + ".preferredLanguage", person.preferredLanguage());
        } else if (p instanceof Company company) {
            walk(where + ".legalName", company.legalName());
            walk(where + ".shortName", company.shortName());
            walk(where + ".legalForm", company.legalForm());
            walk(where + ".nip", company.nip());
            walk(where + ".euVatNumber", company.euVatNumber());
            walk(where + ".foreignTaxNumber", company.foreignTaxNumber());
            walk(where + ".regon", company.regon());
            walk(where + ".krs", company.krs());
            walk(where + ".industry", company.industry());
            walk(where + ".website", company.website());
            walk(where + ".workingHours", company.workingHours());
            walk(where + ".employeeCountBand", company.employeeCountBand());
            walk(where + ".contactPersons", company.contactPersons());
        }
    }

    private void walk(String where, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            texts.add(new Text(where, s));
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(where, v));
        } else if (value instanceof Identifier id) {
            texts.add(new Text(where, id.value()));
        } else if (value instanceof CustomFieldValues values) {
            values.asMap().forEach((k, v) -> walk(where + "." + k, v));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(where + "." + k, v));
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object v : c) {
                walk(where + "[" + i++ + "]", v);
            }
        } else if (value instanceof BigDecimal d) {
            texts.add(new Text(where, d.toPlainString()));
        } else if (value instanceof Party p) {
            party(where, p);
        } else if (value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                walk(where + "." + rc.getName(), component(value, rc));
            }
        } else {
            texts.add(new Text(where, value.toString()));
        }
    }

    private static Object component(Object record, RecordComponent rc) {
        try {
            java.lang.reflect.Method accessor = rc.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc, e);
        }
    }
}
