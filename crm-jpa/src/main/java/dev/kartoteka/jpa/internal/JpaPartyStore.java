package dev.kartoteka.jpa.internal;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.field.CustomFieldJson;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.registry.FieldCriterion;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.PartySort;
import dev.kartoteka.core.registry.SortDirection;
import dev.kartoteka.core.spi.CustomFieldLocation;
import dev.kartoteka.core.spi.IdentifierKeys;
import dev.kartoteka.core.spi.PartyStore;
import dev.kartoteka.core.spi.PersonalData;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The {@link PartyStore} on Jakarta Persistence. Every call is one {@link UnitOfWork}. Searches are pushed down to
 * SQL (folded names, cities, districts, postal prefixes, tags, roles as of a day, owner, kind, status) with the sort and
 * the page done by the database; criteria on custom fields are applied to the SQL matches as they stream by, so a
 * search with them still reads only matching rows of the other criteria, not whole tables.
 *
 * <p>Optimistic locking: {@link #replace} reads the stored version under a row lock ({@code SELECT … FOR UPDATE}) and
 * refuses a stale one with {@link ConcurrentUpdateException}; of two concurrent updates of the same version, the
 * second waits for the first and then fails. Unique identifiers are kept unique by a unique index, so even two
 * concurrent inserts cannot both hold one.
 */
public final class JpaPartyStore implements PartyStore {

    /** How many parties are loaded per query when a search streams its matches. */
    static final int CHUNK = 500;

    private final UnitOfWork work;

    /**
     * Creates the store.
     *
     * @param work the units of work (tenant, transactions)
     */
    public JpaPartyStore(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public void insert(Party party) {
        Objects.requireNonNull(party, "party");
        call("insert party", em -> {
            Long existing = em.createQuery("select count(p) from PartyEntity p where p.id = :id", Long.class)
                    .setParameter("id", party.id().toString()).getSingleResult();
            if (existing > 0) {
                throw new StateConflictException("A party with id " + party.id() + " already exists");
            }
            checkUnique(em, party);
            PartyEntity e = new PartyEntity(party.id().toString());
            PartyMapping.write(party, e);
            em.persist(e);
            return null;
        }, party);
    }

    /**
     * Stores new parties in one transaction on a stateless session: the ids and unique identifiers are checked with two
     * queries for the whole list, then each table's rows are inserted together, so the JDBC driver sends them in
     * batches ({@code hibernate.jdbc.batch_size}); on PostgreSQL add {@code reWriteBatchedInserts=true} to the JDBC URL
     * to turn each batch into multi-row inserts.
     */
    @Override
    public void insertAll(List<? extends Party> parties) {
        Objects.requireNonNull(parties, "parties");
        if (parties.isEmpty()) {
            return;
        }
        if (work.hosted()) {
            PartyStore.super.insertAll(parties);
            return;
        }
        try {
            work.callStateless("insert parties", session -> {
                checkNew(session, parties);
                work.reusePlansForInserts(session);
                List<PartyEntity> entities = new ArrayList<>(parties.size());
                for (Party party : parties) {
                    PartyEntity e = new PartyEntity(party.id().toString());
                    PartyMapping.write(party, e);
                    entities.add(e);
                }
                session.insertMultiple(entities);
                List<List<? extends PartyChildRow>> tables = List.of(
                        rows(entities, e -> e.identifiers), rows(entities, e -> e.names), rows(entities, e -> e.roles),
                        rows(entities, e -> e.contactPersons), rows(entities, e -> e.contactPoints),
                        rows(entities, e -> e.importantDates), rows(entities, e -> e.notes),
                        rows(entities, e -> e.ownerHistory), rows(entities, e -> e.tags),
                        rows(entities, e -> e.interests));
                for (List<? extends PartyChildRow> rows : tables) {
                    if (!rows.isEmpty()) {
                        session.insertMultiple(rows);
                    }
                }
                return null;
            });
        } catch (UnitOfWork.DuplicateKeyRace race) {
            work.callStateless("find identifier holder", session -> {
                checkNew(session, parties);
                return null;
            });
            throw race;
        }
    }

    private static <R extends PartyChildRow> List<R> rows(List<PartyEntity> entities,
                                                          java.util.function.Function<PartyEntity, List<R>> table) {
        List<R> out = new ArrayList<>();
        entities.forEach(e -> out.addAll(table.apply(e)));
        return out;
    }

    /** Refuses the whole list if an id is taken or repeated, or a unique identifier is held or repeated. */
    private static void checkNew(org.hibernate.StatelessSession session, List<? extends Party> parties) {
        List<String> ids = parties.stream().map(p -> p.id().toString()).toList();
        if (new java.util.HashSet<>(ids).size() != ids.size()) {
            throw new StateConflictException("a party id is repeated among the parties to insert");
        }
        for (int i = 0; i < ids.size(); i += 1000) {
            List<String> taken = session.createQuery("select p.id from PartyEntity p where p.id in :ids", String.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList();
            if (!taken.isEmpty()) {
                throw new StateConflictException("A party with id " + taken.get(0) + " already exists");
            }
        }
        refuseHeldKeys(session, parties);
    }

    @Override
    public void replace(Party party, long expectedVersion) {
        Objects.requireNonNull(party, "party");
        call("replace party", em -> {
            List<PartyEntity> found = lockedParty(em, party.id());
            if (found.isEmpty()) {
                throw new NotFoundException("party", party.id());
            }
            PartyEntity e = found.get(0);
            if (work.hosted()) {
                // a host's persistence context may hold this party (and its rows) as read earlier in its
                // transaction: let go of them and read the locked row afresh, so the version compared is the
                // committed one and the rows replaced are the stored ones
                em.detach(e);
                e = lockedParty(em, party.id()).get(0);
            }
            if (e.version != expectedVersion) {
                throw new ConcurrentUpdateException("party " + party.id(), expectedVersion, e.version);
            }
            checkUnique(em, party);
            PartyMapping.write(party, e);
            return null;
        }, party);
    }

    /**
     * All in one transaction: every row locked and its version checked first; then the parties are written one after
     * the other, those giving up a unique identifier before those taking it over, each flushed before the next so
     * that the unique index sees the identifiers move.
     */
    @Override
    public void replaceAll(List<? extends Party> parties) {
        Objects.requireNonNull(parties, "parties");
        java.util.Set<PartyId> ids = new java.util.HashSet<>();
        for (Party p : parties) {
            if (!ids.add(p.id()) || p.version() < 1) {
                throw new IllegalArgumentException("each party at most once, with a version of at least 1: " + p);
            }
        }
        if (parties.isEmpty()) {
            return;
        }
        work.call("replace parties", em -> {
            Map<PartyId, PartyEntity> rows = new LinkedHashMap<>();
            for (Party party : parties) {
                List<PartyEntity> found = lockedParty(em, party.id());
                if (found.isEmpty()) {
                    throw new NotFoundException("party", party.id());
                }
                PartyEntity e = found.get(0);
                if (work.hosted()) {
                    em.detach(e); // as in replace: compare and replace the committed state
                    e = lockedParty(em, party.id()).get(0);
                }
                if (e.version != party.version() - 1) {
                    throw new ConcurrentUpdateException("party " + party.id(), party.version() - 1, e.version);
                }
                rows.put(party.id(), e);
            }
            // who holds each unique key now, and who will: a key may only move between parties of the list
            Map<String, String> willHold = new HashMap<>();
            for (Party p : parties) {
                for (Identifier id : IdentifierKeys.canonicalIdentifiers(p)) {
                    if (id.type().unique()) {
                        String other = willHold.putIfAbsent(IdentifierKeys.key(id), p.id().toString());
                        if (other != null && !other.equals(p.id().toString())) {
                            throw new DuplicateIdentifierException(id.type().name(), PersonalData.mask(id.value()),
                                    other);
                        }
                    }
                }
            }
            Map<String, String> holds = new HashMap<>();
            List<String> keys = new ArrayList<>(willHold.keySet());
            for (int i = 0; i < keys.size(); i += 1000) {
                for (Object[] held : em.createQuery("select i.uniqueKey, i.party.id from IdentifierRow i "
                                + "where i.uniqueKey in :keys", Object[].class)
                        .setParameter("keys", keys.subList(i, Math.min(keys.size(), i + 1000))).getResultList()) {
                    String key = (String) held[0];
                    String holder = (String) held[1];
                    if (!holder.equals(willHold.get(key)) && !ids.contains(PartyId.parse(holder))) {
                        Identifier taken = parties.stream().flatMap(p -> IdentifierKeys.canonicalIdentifiers(p)
                                .stream()).filter(x -> IdentifierKeys.key(x).equals(key)).findFirst().orElseThrow();
                        throw new DuplicateIdentifierException(taken.type().name(), PersonalData.mask(taken.value()),
                                holder);
                    }
                    holds.put(key, holder);
                }
            }
            List<Party> remaining = new ArrayList<>(parties);
            while (!remaining.isEmpty()) {
                Party next = remaining.stream().filter(p -> IdentifierKeys.canonicalIdentifiers(p).stream()
                        .filter(id -> id.type().unique()).map(id -> holds.get(IdentifierKeys.key(id)))
                        .allMatch(holder -> holder == null || holder.equals(p.id().toString())
                                || remaining.stream().noneMatch(r -> r.id().toString().equals(holder))))
                        .findFirst().orElse(remaining.get(0));
                PartyMapping.write(next, rows.get(next.id()));
                em.flush();
                remaining.remove(next);
            }
            return null;
        });
    }

    private static List<PartyEntity> lockedParty(EntityManager em, PartyId id) {
        return em.createQuery("select p from PartyEntity p where p.id = :id", PartyEntity.class)
                .setParameter("id", id.toString()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Runs a write; a unique-index race becomes a {@link DuplicateIdentifierException} naming the holder. */
    private void call(String operation, java.util.function.Function<EntityManager, Void> write, Party party) {
        try {
            work.call(operation, write);
        } catch (UnitOfWork.DuplicateKeyRace race) {
            work.call("find identifier holder", em -> {
                checkUnique(em, party);
                return null;
            });
            throw race;
        }
    }

    private static void checkUnique(EntityManager em, Party party) {
        refuseHeldKeys(em.unwrap(org.hibernate.Session.class), List.of(party));
    }

    /**
     * Refuses {@code parties} if one of their unique identifiers is held by another party: a stored one (one query per
     * thousand keys) or another of the list.
     */
    private static void refuseHeldKeys(org.hibernate.query.QueryProducer session, List<? extends Party> parties) {
        Map<String, Identifier> keys = new LinkedHashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (Party p : parties) {
            for (Identifier id : IdentifierKeys.canonicalIdentifiers(p)) {
                if (id.type().unique()) {
                    String key = IdentifierKeys.key(id);
                    String other = owners.putIfAbsent(key, p.id().toString());
                    if (other != null && !other.equals(p.id().toString())) {
                        throw new DuplicateIdentifierException(id.type().name(), PersonalData.mask(id.value()), other);
                    }
                    keys.put(key, id);
                }
            }
        }
        List<String> all = new ArrayList<>(keys.keySet());
        for (int i = 0; i < all.size(); i += 1000) {
            for (Object[] held : session.createQuery("select i.uniqueKey, i.party.id from IdentifierRow i "
                            + "where i.uniqueKey in :keys order by i.uniqueKey", Object[].class)
                    .setParameter("keys", all.subList(i, Math.min(all.size(), i + 1000))).getResultList()) {
                String key = (String) held[0];
                if (!held[1].equals(owners.get(key))) {
                    Identifier taken = keys.get(key);
                    throw new DuplicateIdentifierException(taken.type().name(), PersonalData.mask(taken.value()),
                            (String) held[1]);
                }
            }
        }
    }

    @Override
    public Optional<Party> findById(PartyId id) {
        Objects.requireNonNull(id, "id");
        return work.call("find party", em -> {
            List<Party> found = load(em, List.of(id.toString()), schema(em));
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    /** One query per thousand ids: the kind of each stored party, without loading it. */
    @Override
    public Map<PartyId, PartyKind> kindsOf(Collection<PartyId> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> keys = ids.stream().map(PartyId::toString).distinct().toList();
        return work.call("tell party kinds", em -> {
            Map<PartyId, PartyKind> out = new HashMap<>();
            for (int i = 0; i < keys.size(); i += 1000) {
                for (Object[] row : em.createQuery("select p.id, p.kind from PartyEntity p where p.id in :ids",
                        Object[].class).setParameter("ids", keys.subList(i, Math.min(keys.size(), i + 1000)))
                        .getResultList()) {
                    out.put(PartyId.parse((String) row[0]), PartyKind.valueOf((String) row[1]));
                }
            }
            return out;
        });
    }

    @Override
    public List<Party> findByIdentifier(Identifier identifier) {
        Objects.requireNonNull(identifier, "identifier");
        String key = IdentifierKeys.key(identifier);
        return work.call("find party by identifier", em -> {
            List<String> ids = em.createQuery("select distinct i.party.id from IdentifierRow i where i.key = :key",
                    String.class).setParameter("key", key).getResultList();
            return load(em, new ArrayList<>(new TreeSet<>(ids)), schema(em));
        });
    }

    @Override
    public Page<Party> search(PartyQuery query) {
        Objects.requireNonNull(query, "query");
        return work.call("search parties", em -> {
            CustomFieldSchema schema = schema(em);
            SearchQuery sql = new SearchQuery(query);
            if (query.customFields().isEmpty()) {
                long total = sql.count(em);
                long first = (long) query.pageNumber() * query.pageSize();
                List<String> ids = first >= total ? List.of() : sql.ids(em).setFirstResult((int) first)
                        .setMaxResults(query.pageSize()).getResultList();
                return new Page<>(load(em, ids, schema), total, query.pageNumber(), query.pageSize());
            }
            long from = (long) query.pageNumber() * query.pageSize();
            long[] total = {0};
            List<Party> items = new ArrayList<>();
            forEachCandidate(em, sql, schema, p -> {
                if (matchesCustomFields(query, p)) {
                    if (total[0] >= from && items.size() < query.pageSize()) {
                        items.add(p);
                    }
                    total[0]++;
                }
            });
            return new Page<>(items, total[0], query.pageNumber(), query.pageSize());
        });
    }

    @Override
    public void forEachMatch(PartyQuery query, Consumer<Party> action) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(action, "action");
        work.call("search parties", em -> {
            forEachCandidate(em, new SearchQuery(query), schema(em), p -> {
                if (matchesCustomFields(query, p)) {
                    action.accept(p);
                }
            });
            return null;
        });
    }

    private static boolean matchesCustomFields(PartyQuery query, Party p) {
        for (FieldCriterion c : query.customFields()) {
            if (!c.matches(p.customFields())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Streams the SQL matches in order, {@link #CHUNK} parties per query: each chunk's ids come from a keyset query
     * (the rows after the last sort key and id seen), so memory stays bounded however many parties match.
     */
    private void forEachCandidate(EntityManager em, SearchQuery sql, CustomFieldSchema schema,
                                  Consumer<Party> action) {
        Object[] last = null;
        while (true) {
            List<Object[]> rows = sql.keysetPage(em, last, CHUNK);
            if (rows.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>(rows.size());
            rows.forEach(r -> ids.add((String) r[0]));
            List<PartyEntity> entities = new ArrayList<>();
            List<Party> chunk = load(em, ids, schema, entities);
            work.release(em, entities);
            chunk.forEach(action);
            if (rows.size() < CHUNK) {
                return;
            }
            last = rows.get(rows.size() - 1);
        }
    }

    /** Loads parties by id, in the order of {@code ids}, with their child rows in batches. */
    static List<Party> load(EntityManager em, List<String> ids, CustomFieldSchema schema) {
        return load(em, ids, schema, new ArrayList<>());
    }

    /** As {@link #load(EntityManager, List, CustomFieldSchema)}, adding the entities read to {@code loaded}. */
    static List<Party> load(EntityManager em, List<String> ids, CustomFieldSchema schema, List<PartyEntity> loaded) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, PartyEntity> byId = new HashMap<>();
        for (PartyEntity e : em.createQuery("select p from PartyEntity p where p.id in :ids", PartyEntity.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(e.id, e);
            loaded.add(e);
        }
        List<Party> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            PartyEntity e = byId.get(id);
            if (e != null) {
                out.add(PartyMapping.read(e, schema));
            }
        }
        return out;
    }

    @Override
    public List<Company> companiesWithContactPerson(PartyId person) {
        Objects.requireNonNull(person, "person");
        return work.call("find companies of a contact person", em -> {
            List<String> ids = em.createQuery("select distinct r.party.id from ContactPersonRow r "
                    + "where r.personId = :person", String.class).setParameter("person", person.toString())
                    .getResultList();
            return load(em, new ArrayList<>(new TreeSet<>(ids)), schema(em)).stream().map(Company.class::cast)
                    .toList();
        });
    }

    @Override
    public List<Party> findByAnnualDate(Collection<MonthDay> days) {
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) {
            return List.of();
        }
        return work.call("find parties by yearly date", em -> {
            StringBuilder dates = new StringBuilder();
            StringBuilder births = new StringBuilder();
            int i = 0;
            for (MonthDay ignored : days) {
                String or = i == 0 ? "" : " or ";
                dates.append(or).append("(d.month = :m").append(i).append(" and d.day = :d").append(i).append(')');
                births.append(or).append("(month(p.birthDate) = :m").append(i)
                        .append(" and day(p.birthDate) = :d").append(i).append(')');
                i++;
            }
            TypedQuery<String> byDate = em.createQuery("select distinct d.party.id from ImportantDateRow d "
                    + "where d.party.status = 'ACTIVE' and (" + dates + ")", String.class);
            TypedQuery<String> byBirth = em.createQuery("select p.id from PartyEntity p where p.status = 'ACTIVE' "
                    + "and p.birthDate is not null and (" + births + ")", String.class);
            i = 0;
            for (MonthDay d : days) {
                byDate.setParameter("m" + i, d.getMonthValue()).setParameter("d" + i, d.getDayOfMonth());
                byBirth.setParameter("m" + i, d.getMonthValue()).setParameter("d" + i, d.getDayOfMonth());
                i++;
            }
            TreeSet<String> ids = new TreeSet<>(byDate.getResultList());
            ids.addAll(byBirth.getResultList());
            return load(em, new ArrayList<>(ids), schema(em));
        });
    }

    @Override
    public long count(boolean includeArchived) {
        return work.call("count parties", em -> em.createQuery("select count(p) from PartyEntity p"
                + (includeArchived ? " where p.status <> 'MERGED'" : " where p.status = 'ACTIVE'"), Long.class)
                .getSingleResult());
    }

    @Override
    public CustomFieldSchema schema() {
        return work.call("read custom-field schema", this::schema);
    }

    private CustomFieldSchema schema(EntityManager em) {
        String tenant = work.tenantOf(em);
        FieldSchemaRow row = em.find(FieldSchemaRow.class, tenant);
        if (row == null) {
            return CustomFieldSchema.empty();
        }
        // every read needs the schema (custom-field values are typed by it): parse its JSON only when it changed
        ParsedSchema cached = schemas.get(tenant);
        if (cached == null || !cached.json().equals(row.json)) {
            cached = new ParsedSchema(row.json, CustomFieldJson.schemaFromJson(row.json));
            schemas.put(tenant, cached);
        }
        return cached.schema();
    }

    /** The last schema read per tenant, with the JSON it was parsed from. */
    private final Map<String, ParsedSchema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

    private record ParsedSchema(String json, CustomFieldSchema schema) {
    }

    @Override
    public void forEachCustomFields(BiConsumer<CustomFieldLocation, CustomFieldValues> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        work.call("read custom-field values", em -> {
            CustomFieldSchema schema = schema(em);
            visitLocations(em, schema, (location, json) ->
                    visitor.accept(location, CustomFieldJson.valuesFromJson(json, schema)));
            return null;
        });
    }

    /** Visits every stored set of custom-field values as JSON, parties' and contact persons', ordered by party id. */
    private static void visitLocations(EntityManager em, CustomFieldSchema schema,
                                       BiConsumer<CustomFieldLocation, String> visitor) {
        Map<String, List<Object[]>> persons = new HashMap<>();
        for (Object[] row : em.createQuery("select r.party.id, r.position, r.customFields from ContactPersonRow r "
                + "order by r.party.id, r.position", Object[].class).getResultList()) {
            persons.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row);
        }
        for (Object[] row : em.createQuery("select p.id, p.kind, p.customFields from PartyEntity p order by p.id",
                Object[].class).getResultList()) {
            PartyId id = PartyId.parse((String) row[0]);
            FieldTarget target = PartyKind.valueOf((String) row[1]) == PartyKind.COMPANY ? FieldTarget.COMPANY
                    : FieldTarget.PERSON;
            visitor.accept(new CustomFieldLocation(id, target, OptionalInt.empty()), (String) row[2]);
            for (Object[] cp : persons.getOrDefault((String) row[0], List.of())) {
                visitor.accept(new CustomFieldLocation(id, FieldTarget.CONTACT_PERSON,
                        OptionalInt.of((Integer) cp[1])), (String) cp[2]);
            }
        }
    }

    @Override
    public void migrateSchema(CustomFieldSchema next, long expectedVersion,
                              BiFunction<CustomFieldLocation, CustomFieldValues, CustomFieldValues> rewrite) {
        Objects.requireNonNull(next, "schema");
        Objects.requireNonNull(rewrite, "rewrite");
        work.call("migrate custom-field schema", em -> {
            String tenant = work.tenantOf(em);
            FieldSchemaRow row = em.find(FieldSchemaRow.class, tenant, LockModeType.PESSIMISTIC_WRITE);
            long stored = row == null ? CustomFieldSchema.empty().version() : row.version;
            if (stored != expectedVersion) {
                throw new ConcurrentUpdateException("custom-field schema", expectedVersion, stored);
            }
            CustomFieldSchema current = row == null ? CustomFieldSchema.empty()
                    : CustomFieldJson.schemaFromJson(row.json);
            Map<CustomFieldLocation, String> changed = new LinkedHashMap<>();
            visitLocations(em, current, (location, json) -> {
                CustomFieldValues before = CustomFieldJson.valuesFromJson(json, current);
                CustomFieldValues after = rewrite.apply(location, before);
                if (!after.equals(before)) {
                    changed.put(location, CustomFieldJson.valuesToJson(after));
                }
            });
            // every rewrite computed without failure: now write them
            for (Map.Entry<CustomFieldLocation, String> c : changed.entrySet()) {
                CustomFieldLocation at = c.getKey();
                if (at.contactPersonIndex().isPresent()) {
                    em.createQuery("update ContactPersonRow r set r.customFields = :json "
                                    + "where r.party.id = :id and r.position = :position")
                            .setParameter("json", c.getValue()).setParameter("id", at.partyId().toString())
                            .setParameter("position", at.contactPersonIndex().getAsInt()).executeUpdate();
                } else {
                    em.createQuery("update PartyEntity p set p.customFields = :json where p.id = :id")
                            .setParameter("json", c.getValue()).setParameter("id", at.partyId().toString())
                            .executeUpdate();
                }
            }
            if (row == null) {
                row = new FieldSchemaRow(tenant);
                row.version = next.version();
                row.json = CustomFieldJson.schemaToJson(next);
                em.persist(row);
            } else {
                row.version = next.version();
                row.json = CustomFieldJson.schemaToJson(next);
            }
            return null;
        });
    }

    /** The SQL part of a {@link PartyQuery}: every criterion but the custom fields, with the sort. */
    private static final class SearchQuery {
        private final StringBuilder where = new StringBuilder(" from PartyEntity p where 1 = 1");
        private final Map<String, Object> parameters = new HashMap<>();
        private final String orderBy;
        private final String sortKey;
        private final boolean byId;
        private final boolean descending;

        SearchQuery(PartyQuery q) {
            LocalDate asOf = q.asOf().orElseThrow(() -> new IllegalArgumentException("query.asOf must be set"));
            if (!q.includeArchived()) {
                where.append(" and p.status = 'ACTIVE'");
            } else {
                where.append(" and p.status <> 'MERGED'"); // tombstones are never found by a search
            }
            q.kind().ifPresent(k -> add(" and p.kind = :kind", "kind", k.name()));
            q.owner().ifPresent(o -> add(" and p.owner = :owner", "owner", o.toString()));
            q.name().ifPresent(n -> add(" and exists (select 1 from NameRow n where n.party = p "
                    + "and n.folded like :name escape '!')", "name", "%" + escapeLike(n) + "%"));
            q.city().ifPresent(c -> add(" and exists (select 1 from ContactPointRow c where c.party = p "
                    + "and c.holderIndex = -1 and c.cityFolded = :city)", "city", c));
            q.district().ifPresent(d -> add(" and exists (select 1 from ContactPointRow c where c.party = p "
                    + "and c.holderIndex = -1 and c.districtFolded = :district)", "district", d));
            q.postalCodePrefix().ifPresent(pc -> add(" and exists (select 1 from ContactPointRow c where c.party = p "
                    + "and c.holderIndex = -1 and c.postalFolded like :postal escape '!')", "postal",
                    escapeLike(pc) + "%"));
            int t = 0;
            for (var tag : q.tags()) {
                add(" and exists (select 1 from TagRow t where t.party = p and t.tag = :tag" + t + ")", "tag" + t,
                        tag.value());
                t++;
            }
            if (q.role().isPresent() || q.leadWarmth().isPresent()) {
                parameters.put("asOf", asOf);
            }
            q.role().ifPresent(r -> add(" and exists (select 1 from RoleRow r where r.party = p and r.type = :role "
                    + "and r.since <= :asOf and (r.until is null or r.until >= :asOf))", "role", r.code()));
            q.leadWarmth().ifPresent(w -> add(" and exists (select 1 from RoleRow w where w.party = p "
                    + "and w.type = 'LEAD' and w.leadWarmth = :warmth and w.since <= :asOf "
                    + "and (w.until is null or w.until >= :asOf))", "warmth", w.name()));
            int f = 0;
            for (FieldCriterion c : q.customFields()) {
                f = pushDown(c, f);
            }
            // ids are canonical UUID text (lower-case hex, hyphens in fixed places) in a column compared byte by byte
            // (collate "C" on PostgreSQL, utf8mb4_bin on MariaDB, H2's default): the SQL order of p.id is PartyId's
            byId = q.sort() == PartySort.ID;
            sortKey = switch (q.sort()) {
                case NAME -> "p.sortName";
                case CREATED_AT -> "p.createdAt";
                case UPDATED_AT -> "p.updatedAt";
                case ID -> "p.id";
            };
            descending = q.direction() == SortDirection.DESCENDING;
            orderBy = " order by " + sortKey + (descending ? " desc" : " asc") + (byId ? "" : ", p.id asc");
        }

        /**
         * Adds the SQL pre-filter of a custom-field criterion, when it has one: containment of the value's JSON for
         * equality and options, presence of the key. Never narrower than the criterion; the exact check follows.
         */
        private int pushDown(FieldCriterion c, int n) {
            try {
                if (c instanceof FieldCriterion.Equals e) {
                    add(" and kt_json_contains(p.customFields, :cf" + n + ") = true", "cf" + n, fragment(e.key(),
                            e.value()));
                } else if (c instanceof FieldCriterion.HasOption o) {
                    where.append(" and (kt_json_contains(p.customFields, :cf").append(n)
                            .append(") = true or kt_json_contains(p.customFields, :cfm").append(n).append(") = true)");
                    parameters.put("cf" + n, fragment(o.key(), o.code()));
                    parameters.put("cfm" + n, fragment(o.key(), List.of(o.code())));
                } else if (c instanceof FieldCriterion.IsPresent p) {
                    add(" and kt_json_has_key(p.customFields, :cf" + n + ") = true", "cf" + n, p.key());
                }
            } catch (RuntimeException notAFieldValue) {
                // a value that is no custom-field value type cannot be pre-filtered; the exact check decides
            }
            return n + 1;
        }

        private static String fragment(String key, Object value) {
            return CustomFieldJson.valuesToJson(CustomFieldValues.of(Map.of(key, value)));
        }

        private void add(String clause, String name, Object value) {
            where.append(clause);
            parameters.put(name, value);
        }

        long count(EntityManager em) {
            return bind(em.createQuery("select count(p)" + where, Long.class)).getSingleResult();
        }

        TypedQuery<String> ids(EntityManager em) {
            return bind(em.createQuery("select p.id" + where + orderBy, String.class));
        }

        /** The next {@code size} rows (id, sort key) after {@code last} (null: from the start), in order. */
        List<Object[]> keysetPage(EntityManager em, Object[] last, int size) {
            String after;
            if (last == null) {
                after = "";
            } else if (byId) {
                after = " and p.id" + (descending ? " < " : " > ") + ":lastId";
            } else {
                after = " and (" + sortKey + (descending ? " < " : " > ") + ":lastKey or (" + sortKey
                        + " = :lastKey and p.id > :lastId))";
            }
            TypedQuery<Object[]> query = bind(em.createQuery("select p.id, " + sortKey + where + after + orderBy,
                    Object[].class));
            if (last != null) {
                query.setParameter("lastId", last[0]);
                if (!byId) {
                    query.setParameter("lastKey", last[1]);
                }
            }
            return query.setMaxResults(size).getResultList();
        }

        private <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
