package dev.kartoteka.core.internal;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.LeadDetails;
import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.registry.FieldCriterion;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.SortDirection;
import dev.kartoteka.core.spi.CustomFieldLocation;
import dev.kartoteka.core.spi.IdentifierKeys;
import dev.kartoteka.core.spi.PartyStore;
import dev.kartoteka.core.spi.SearchText;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory {@link PartyStore}: parties in a map, with indexes for identifiers, contact persons and yearly dates,
 * and precomputed folded search keys. A read-write lock makes every call atomic: writes are serialised, reads run in
 * parallel and always see a consistent state of all indexes.
 *
 * <p>This is an internal API of Kartoteka; use {@link PartyStore#inMemory()}.
 */
public final class InMemoryPartyStore implements PartyStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<PartyId, Entry> parties = new HashMap<>();
    /** Every entry in insertion order, for scans: an array walks faster than a hash map's nodes. */
    private final List<Entry> scan = new ArrayList<>();
    private final Map<String, PartyId> uniqueIdentifiers = new HashMap<>();
    private final Map<String, Set<PartyId>> otherIdentifiers = new HashMap<>();
    private final Map<PartyId, Set<PartyId>> companiesByPerson = new HashMap<>();
    private final Map<MonthDay, Set<PartyId>> byAnnualDate = new HashMap<>();
    private CustomFieldSchema schema = CustomFieldSchema.empty();

    /** Creates an empty store. */
    public InMemoryPartyStore() {
    }

    @Override
    public void insert(Party party) {
        Objects.requireNonNull(party, "party");
        Entry entry = new Entry(party);
        lock.writeLock().lock();
        try {
            if (parties.containsKey(party.id())) {
                throw new StateConflictException("A party with id " + party.id() + " already exists");
            }
            checkUnique(entry, null);
            entry.slot = scan.size();
            scan.add(entry);
            parties.put(party.id(), entry);
            index(entry);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void insertAll(List<? extends Party> batch) {
        Objects.requireNonNull(batch, "parties");
        List<Entry> entries = batch.stream().map(Entry::new).toList();
        lock.writeLock().lock();
        try {
            Set<PartyId> ids = new HashSet<>();
            Map<String, PartyId> keys = new HashMap<>();
            for (Entry entry : entries) {
                PartyId id = entry.party.id();
                if (parties.containsKey(id) || !ids.add(id)) {
                    throw new StateConflictException("A party with id " + id + " already exists");
                }
                checkUnique(entry, null);
                for (Identifier identifier : entry.identifiers) {
                    if (identifier.type().unique()) {
                        PartyId other = keys.putIfAbsent(IdentifierKeys.key(identifier), id);
                        if (other != null && !other.equals(id)) {
                            throw new DuplicateIdentifierException(identifier.type().name(),
                                    Mask.mask(identifier.value()), other.toString());
                        }
                    }
                }
            }
            for (Entry entry : entries) {
                entry.slot = scan.size();
                scan.add(entry);
                parties.put(entry.party.id(), entry);
                index(entry);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void replace(Party party, long expectedVersion) {
        Objects.requireNonNull(party, "party");
        Entry entry = new Entry(party);
        lock.writeLock().lock();
        try {
            Entry current = parties.get(party.id());
            if (current == null) {
                throw new NotFoundException("party", party.id());
            }
            if (current.party.version() != expectedVersion) {
                throw new ConcurrentUpdateException("party " + party.id(), expectedVersion, current.party.version());
            }
            checkUnique(entry, party.id());
            unindex(current);
            entry.slot = current.slot;
            scan.set(current.slot, entry);
            parties.put(party.id(), entry);
            index(entry);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void replaceAll(List<? extends Party> batch) {
        Objects.requireNonNull(batch, "parties");
        List<Entry> entries = batch.stream().map(Entry::new).toList();
        lock.writeLock().lock();
        try {
            Set<PartyId> ids = new HashSet<>();
            List<Entry> currents = new ArrayList<>();
            for (Entry entry : entries) {
                Party p = entry.party;
                if (!ids.add(p.id()) || p.version() < 1) {
                    throw new IllegalArgumentException("each party at most once, with a version of at least 1: " + p);
                }
                Entry current = parties.get(p.id());
                if (current == null) {
                    throw new NotFoundException("party", p.id());
                }
                if (current.party.version() != p.version() - 1) {
                    throw new ConcurrentUpdateException("party " + p.id(), p.version() - 1, current.party.version());
                }
                currents.add(current);
            }
            // uniqueness against the state after every replacement: take the old states out of the indexes, check
            // the new ones one after the other, and put everything back as it was if one is refused
            currents.forEach(this::unindex);
            List<Entry> indexed = new ArrayList<>();
            try {
                for (Entry entry : entries) {
                    checkUnique(entry, entry.party.id());
                    index(entry);
                    indexed.add(entry);
                }
            } catch (RuntimeException refused) {
                indexed.forEach(this::unindex);
                currents.forEach(this::index);
                throw refused;
            }
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                entry.slot = currents.get(i).slot;
                scan.set(entry.slot, entry);
                parties.put(entry.party.id(), entry);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Optional<Party> findById(PartyId id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(parties.get(id)).map(e -> e.party);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Map<PartyId, dev.kartoteka.core.party.PartyKind> kindsOf(Collection<PartyId> ids) {
        Objects.requireNonNull(ids, "ids");
        Map<PartyId, dev.kartoteka.core.party.PartyKind> out = new HashMap<>();
        lock.readLock().lock();
        try {
            for (PartyId id : ids) {
                Entry e = parties.get(id);
                if (e != null) {
                    out.put(id, e.party.kind());
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return out;
    }

    @Override
    public List<Party> findByIdentifier(Identifier identifier) {
        Objects.requireNonNull(identifier, "identifier");
        String key = IdentifierKeys.key(identifier);
        lock.readLock().lock();
        try {
            if (IdentifierKeys.canonical(identifier).type().unique()) {
                PartyId id = uniqueIdentifiers.get(key);
                return id == null ? List.of() : List.of(parties.get(id).party);
            }
            return otherIdentifiers.getOrDefault(key, Set.of()).stream().sorted()
                    .map(id -> parties.get(id).party).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Page<Party> search(PartyQuery query) {
        Objects.requireNonNull(query, "query");
        List<Entry> matches = matches(query);
        Comparator<Entry> order = order(query);
        long from = (long) query.pageNumber() * query.pageSize();
        if (from >= matches.size()) {
            return new Page<>(List.of(), matches.size(), query.pageNumber(), query.pageSize());
        }
        int needed = (int) Math.min(matches.size(), from + query.pageSize());
        List<Entry> firstN = smallest(matches, needed, order);
        List<Party> items = firstN.subList((int) from, needed).stream().map(e -> e.party).toList();
        return new Page<>(items, matches.size(), query.pageNumber(), query.pageSize());
    }

    @Override
    public void forEachMatch(PartyQuery query, Consumer<Party> action) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(action, "action");
        List<Entry> matches = matches(query);
        matches.sort(order(query));
        matches.forEach(e -> action.accept(e.party));
    }

    private List<Entry> matches(PartyQuery query) {
        LocalDate asOf = query.asOf().orElseThrow(() -> new IllegalArgumentException("query.asOf must be set"));
        List<Entry> matches = new ArrayList<>();
        lock.readLock().lock();
        try {
            for (Entry e : scan) {
                if (e.matches(query, asOf)) {
                    matches.add(e);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return matches;
    }

    private static Comparator<Entry> order(PartyQuery query) {
        Comparator<Entry> order = switch (query.sort()) {
            case NAME -> Comparator.comparing((Entry e) -> e.sortName);
            case CREATED_AT -> Comparator.comparing((Entry e) -> e.party.createdAt());
            case UPDATED_AT -> Comparator.comparing((Entry e) -> e.party.updatedAt());
            case ID -> Comparator.comparing((Entry e) -> e.party.id());
        };
        if (query.direction() == SortDirection.DESCENDING) {
            order = order.reversed();
        }
        return order.thenComparing(e -> e.party.id());
    }

    /** The {@code n} smallest entries in order: a bounded heap when n is small, a full sort otherwise. */
    private static List<Entry> smallest(List<Entry> entries, int n, Comparator<Entry> order) {
        if (n > entries.size() / 8) {
            entries.sort(order);
            return entries.subList(0, n);
        }
        PriorityQueue<Entry> heap = new PriorityQueue<>(n + 1, order.reversed());
        for (Entry e : entries) {
            if (heap.size() < n) {
                heap.add(e);
            } else if (order.compare(e, heap.peek()) < 0) {
                heap.poll();
                heap.add(e);
            }
        }
        List<Entry> out = new ArrayList<>(heap);
        out.sort(order);
        return out;
    }

    @Override
    public List<Company> companiesWithContactPerson(PartyId person) {
        Objects.requireNonNull(person, "person");
        lock.readLock().lock();
        try {
            return companiesByPerson.getOrDefault(person, Set.of()).stream().sorted()
                    .map(id -> (Company) parties.get(id).party).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Party> findByAnnualDate(Collection<MonthDay> days) {
        Objects.requireNonNull(days, "days");
        lock.readLock().lock();
        try {
            Set<PartyId> ids = new TreeSet<>();
            for (MonthDay d : days) {
                ids.addAll(byAnnualDate.getOrDefault(d, Set.of()));
            }
            return ids.stream().map(id -> parties.get(id).party)
                    .filter(p -> p.status() == PartyStatus.ACTIVE).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long count(boolean includeArchived) {
        lock.readLock().lock();
        try {
            return includeArchived
                    ? parties.values().stream().filter(e -> e.party.status() != PartyStatus.MERGED).count()
                    : parties.values().stream().filter(e -> e.party.status() == PartyStatus.ACTIVE).count();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public CustomFieldSchema schema() {
        lock.readLock().lock();
        try {
            return schema;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void forEachCustomFields(BiConsumer<CustomFieldLocation, CustomFieldValues> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        lock.readLock().lock();
        try {
            for (Entry e : scan) {
                visitor.accept(new CustomFieldLocation(e.party.id(), target(e.party), OptionalInt.empty()),
                        e.party.customFields());
                if (e.party instanceof Company c) {
                    List<ContactPerson> persons = c.contactPersons();
                    for (int i = 0; i < persons.size(); i++) {
                        visitor.accept(new CustomFieldLocation(c.id(), FieldTarget.CONTACT_PERSON, OptionalInt.of(i)),
                                persons.get(i).customFields());
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void migrateSchema(CustomFieldSchema next, long expectedVersion,
                              BiFunction<CustomFieldLocation, CustomFieldValues, CustomFieldValues> rewrite) {
        Objects.requireNonNull(next, "schema");
        Objects.requireNonNull(rewrite, "rewrite");
        lock.writeLock().lock();
        try {
            if (schema.version() != expectedVersion) {
                throw new ConcurrentUpdateException("custom-field schema", expectedVersion, schema.version());
            }
            List<Entry> rewritten = new ArrayList<>();
            for (Entry e : scan) {
                Party p = e.party;
                CustomFieldValues own = rewrite.apply(
                        new CustomFieldLocation(p.id(), target(p), OptionalInt.empty()), p.customFields());
                Party.Builder<?, ?> b = p.toBuilder().customFields(own);
                boolean changed = !own.equals(p.customFields());
                if (p instanceof Company c) {
                    List<ContactPerson> persons = new ArrayList<>(c.contactPersons());
                    for (int i = 0; i < persons.size(); i++) {
                        CustomFieldValues v = rewrite.apply(
                                new CustomFieldLocation(c.id(), FieldTarget.CONTACT_PERSON, OptionalInt.of(i)),
                                persons.get(i).customFields());
                        if (!v.equals(persons.get(i).customFields())) {
                            persons.set(i, persons.get(i).withCustomFields(v));
                            changed = true;
                        }
                    }
                    ((Company.Builder) b).contactPersons(persons);
                }
                rewritten.add(changed ? new Entry(b.build()) : e);
            }
            // every rewrite computed without failure: now swap them in
            for (int i = 0; i < rewritten.size(); i++) {
                Entry replacement = rewritten.get(i);
                if (replacement != scan.get(i)) {
                    unindex(scan.get(i));
                    replacement.slot = i;
                    scan.set(i, replacement);
                    parties.put(replacement.party.id(), replacement);
                    index(replacement);
                }
            }
            schema = next;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static FieldTarget target(Party p) {
        return p.kind() == dev.kartoteka.core.party.PartyKind.COMPANY ? FieldTarget.COMPANY : FieldTarget.PERSON;
    }

    private void checkUnique(Entry e, PartyId self) {
        for (Identifier id : e.identifiers) {
            if (id.type().unique()) {
                PartyId holder = uniqueIdentifiers.get(IdentifierKeys.key(id));
                if (holder != null && !holder.equals(self)) {
                    throw new DuplicateIdentifierException(id.type().name(), Mask.mask(id.value()), holder.toString());
                }
            }
        }
    }

    private void index(Entry e) {
        PartyId id = e.party.id();
        for (Identifier identifier : e.identifiers) {
            String key = IdentifierKeys.key(identifier);
            if (identifier.type().unique()) {
                uniqueIdentifiers.put(key, id);
            } else {
                otherIdentifiers.computeIfAbsent(key, k -> new HashSet<>()).add(id);
            }
        }
        if (e.party instanceof Company c) {
            for (ContactPerson cp : c.contactPersons()) {
                companiesByPerson.computeIfAbsent(cp.person(), k -> new HashSet<>()).add(id);
            }
        }
        for (MonthDay d : e.annualDates) {
            byAnnualDate.computeIfAbsent(d, k -> new HashSet<>()).add(id);
        }
    }

    private void unindex(Entry e) {
        PartyId id = e.party.id();
        for (Identifier identifier : e.identifiers) {
            String key = IdentifierKeys.key(identifier);
            if (identifier.type().unique()) {
                uniqueIdentifiers.remove(key, id);
            } else {
                removeFrom(otherIdentifiers, key, id);
            }
        }
        if (e.party instanceof Company c) {
            for (ContactPerson cp : c.contactPersons()) {
                removeFrom(companiesByPerson, cp.person(), id);
            }
        }
        for (MonthDay d : e.annualDates) {
            removeFrom(byAnnualDate, d, id);
        }
    }

    private static <K> void removeFrom(Map<K, Set<PartyId>> index, K key, PartyId id) {
        Set<PartyId> ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }

    /** A stored party with its precomputed search keys. */
    private static final class Entry {
        final Party party;
        final Set<Identifier> identifiers;
        final boolean active;
        int slot;
        final String sortName;
        final List<String> names;
        // compact immutable copies: a registry holds a million of these
        final Set<String> cities;
        final Set<String> districts;
        final List<String> postalCodes;
        final Set<MonthDay> annualDates;
        final RoleType[] roleTypes;
        final LocalDate[] roleSince;
        final LocalDate[] roleUntil;
        final LeadWarmth[] roleWarmth;

        Entry(Party party) {
            this.party = party;
            this.identifiers = IdentifierKeys.canonicalIdentifiers(party);
            this.active = party.status() == PartyStatus.ACTIVE;
            this.sortName = SearchText.fold(party.displayName());
            this.names = party.searchableNames().stream().map(SearchText::fold).toList();
            List<PartyRole> roles = party.roles();
            roleTypes = new RoleType[roles.size()];
            roleSince = new LocalDate[roles.size()];
            roleUntil = new LocalDate[roles.size()];
            roleWarmth = new LeadWarmth[roles.size()];
            for (int i = 0; i < roles.size(); i++) {
                PartyRole r = roles.get(i);
                roleTypes[i] = r.type();
                roleSince[i] = r.since();
                roleUntil[i] = r.until().orElse(null);
                roleWarmth[i] = r.lead().map(LeadDetails::warmth).orElse(null);
            }
            Set<String> cityKeys = new HashSet<>();
            Set<String> districtKeys = new HashSet<>();
            List<String> postalKeys = new ArrayList<>();
            for (PostalAddress a : party.contactPoints(PostalAddress.class)) {
                cityKeys.add(SearchText.fold(a.city()));
                a.district().ifPresent(d -> districtKeys.add(SearchText.fold(d)));
                if (!a.postalCode().isBlank()) {
                    postalKeys.add(SearchText.foldPostalCode(a.postalCode()));
                }
            }
            Set<MonthDay> dates = new HashSet<>();
            for (ImportantDate d : party.importantDates()) {
                dates.add(d.day());
            }
            if (party instanceof Person p) {
                p.birthDate().ifPresent(b -> dates.add(MonthDay.from(b)));
            }
            cities = Set.copyOf(cityKeys);
            districts = Set.copyOf(districtKeys);
            postalCodes = List.copyOf(postalKeys);
            annualDates = Set.copyOf(dates);
        }

        boolean matches(PartyQuery q, LocalDate asOf) {
            if ((!active && !q.includeArchived()) || party.status() == PartyStatus.MERGED) {
                return false;
            }
            if (q.kind().isPresent() && q.kind().get() != party.kind()) {
                return false;
            }
            if (q.owner().isPresent() && !q.owner().equals(party.owner())) {
                return false;
            }
            if (q.name().isPresent() && !anyContains(names, q.name().get())) {
                return false;
            }
            if (q.city().isPresent() && !cities.contains(q.city().get())) {
                return false;
            }
            if (q.district().isPresent() && !districts.contains(q.district().get())) {
                return false;
            }
            if (q.postalCodePrefix().isPresent() && !anyStartsWith(postalCodes, q.postalCodePrefix().get())) {
                return false;
            }
            if (!q.tags().isEmpty() && !party.tags().containsAll(q.tags())) {
                return false;
            }
            if (q.role().isPresent() && !holdsRole(q.role().get(), asOf, null)) {
                return false;
            }
            if (q.leadWarmth().isPresent() && !holdsRole(RoleType.LEAD, asOf, q.leadWarmth().get())) {
                return false;
            }
            for (FieldCriterion criterion : q.customFields()) {
                if (!criterion.matches(party.customFields())) {
                    return false;
                }
            }
            return true;
        }

        private boolean holdsRole(RoleType type, LocalDate day, LeadWarmth warmth) {
            for (int i = 0; i < roleTypes.length; i++) {
                if (roleTypes[i].equals(type) && !day.isBefore(roleSince[i])
                        && (roleUntil[i] == null || !day.isAfter(roleUntil[i]))
                        && (warmth == null || roleWarmth[i] == warmth)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean anyContains(List<String> values, String part) {
            for (String v : values) {
                if (v.contains(part)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean anyStartsWith(List<String> values, String prefix) {
            for (String v : values) {
                if (v.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
