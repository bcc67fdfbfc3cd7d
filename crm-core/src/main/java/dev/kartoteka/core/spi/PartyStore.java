package dev.kartoteka.core.spi;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.internal.InMemoryPartyStore;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.CustomFieldValues;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import org.apiguardian.api.API;

/**
 * The storage port of the registry: where parties live. The registry does validation, versioning, timestamps and
 * events; a store keeps parties durable and answers queries, atomically per call.
 *
 * <p>Kartoteka ships two implementations: {@link #inMemory()} (thread-safe, the embedded default) and the JPA store of
 * {@code crm-jpa}. Both pass the same contract tests ({@code ClientRegistryContract} in crm-core's test-jar); a custom
 * store should run them too.
 *
 * <p>Uniqueness: a store keeps at most one party per value of each {@linkplain
 * dev.kartoteka.core.identifier.IdentifierType#unique() unique identifier type} (NIP, REGON, KRS, PESEL), archived
 * parties included, and rejects a write that would break this with {@link DuplicateIdentifierException}. Identifiers are
 * indexed and compared by their {@link IdentifierKeys#key(dev.kartoteka.core.identifier.Identifier) key}: a Polish EU
 * VAT number counts as the NIP, e-mail addresses ignore case.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PartyStore {

    /**
     * Returns a new, empty, thread-safe in-memory store.
     *
     * @return the store
     */
    static PartyStore inMemory() {
        return new InMemoryPartyStore();
    }

    /**
     * Stores a new party.
     *
     * @param party the party, with its final id, version 0 and timestamps
     * @throws DuplicateIdentifierException if a unique identifier is held by another party
     * @throws dev.kartoteka.core.StateConflictException if a party with the same id exists
     */
    void insert(Party party);

    /**
     * Stores new parties, all or none: if any of them has an id that is taken (or repeated in the list) or a unique
     * identifier held by another party (or by another party of the list), nothing is stored. A database store does it
     * in one transaction with batched statements.
     *
     * <p>The default checks every party first and then inserts them one by one; it is all-or-none unless another
     * writer races it. Stores should override it.
     *
     * @param parties the parties, each as for {@link #insert(Party)}
     * @throws DuplicateIdentifierException if a unique identifier is held by another party or repeated in the list
     * @throws dev.kartoteka.core.StateConflictException if an id is taken or repeated in the list
     * @since 0.1
     */
    default void insertAll(List<? extends Party> parties) {
        Objects.requireNonNull(parties, "parties");
        java.util.Set<PartyId> ids = new java.util.HashSet<>();
        java.util.Map<String, PartyId> keys = new java.util.HashMap<>();
        for (Party p : parties) {
            if (!ids.add(p.id()) || findById(p.id()).isPresent()) {
                throw new dev.kartoteka.core.StateConflictException("A party with id " + p.id() + " already exists");
            }
            for (Identifier id : IdentifierKeys.canonicalIdentifiers(p)) {
                if (!id.type().unique()) {
                    continue;
                }
                PartyId holder = keys.putIfAbsent(IdentifierKeys.key(id), p.id());
                if (holder == null) {
                    holder = findByIdentifier(id).stream().map(Party::id).findFirst().orElse(null);
                }
                if (holder != null && !holder.equals(p.id())) {
                    throw new DuplicateIdentifierException(id.type().name(), PersonalData.mask(id.value()),
                            holder.toString());
                }
            }
        }
        parties.forEach(this::insert);
    }

    /**
     * Replaces a stored party with a new version of it, if the stored version is still {@code expectedVersion}.
     * Either everything is replaced or nothing.
     *
     * @param party the new state, whose version is {@code expectedVersion + 1}
     * @param expectedVersion the version the change was based on
     * @throws NotFoundException if no party has that id
     * @throws ConcurrentUpdateException if the stored version differs from {@code expectedVersion}
     * @throws DuplicateIdentifierException if a unique identifier is held by another party
     */
    void replace(Party party, long expectedVersion);

    /**
     * Replaces several stored parties at once, all or none: each party's stored version must be its
     * {@code version() - 1}, and unique identifiers are checked against the state after all the replacements (so one
     * party may take over an identifier another one of the list gives up, as a merge does). A database store does it
     * in one transaction.
     *
     * <p>The default checks every version and identifier first and then replaces the parties one by one, those giving
     * up identifiers first; it is all-or-none unless another writer races it. Stores should override it.
     *
     * @param parties the new states, each of version at least 1, each id at most once
     * @throws NotFoundException if a party is not stored
     * @throws ConcurrentUpdateException if a stored version is not the party's {@code version() - 1}; nothing is
     *     replaced
     * @throws DuplicateIdentifierException if a unique identifier would be held by two parties; nothing is replaced
     * @throws IllegalArgumentException if an id is repeated or a version is 0
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    default void replaceAll(List<? extends Party> parties) {
        Objects.requireNonNull(parties, "parties");
        java.util.Set<PartyId> ids = new java.util.HashSet<>();
        java.util.Map<String, PartyId> keys = new java.util.HashMap<>();
        for (Party p : parties) {
            if (!ids.add(p.id()) || p.version() < 1) {
                throw new IllegalArgumentException("each party at most once, with a version of at least 1: " + p);
            }
            Party stored = findById(p.id()).orElseThrow(() -> new NotFoundException("party", p.id()));
            if (stored.version() != p.version() - 1) {
                throw new ConcurrentUpdateException("party " + p.id(), p.version() - 1, stored.version());
            }
            for (Identifier id : IdentifierKeys.canonicalIdentifiers(p)) {
                if (id.type().unique()) {
                    PartyId other = keys.putIfAbsent(IdentifierKeys.key(id), p.id());
                    if (other != null && !other.equals(p.id())) {
                        throw new DuplicateIdentifierException(id.type().name(), PersonalData.mask(id.value()),
                                other.toString());
                    }
                }
            }
        }
        for (Party p : parties) {
            for (Identifier id : IdentifierKeys.canonicalIdentifiers(p)) {
                if (id.type().unique()) {
                    findByIdentifier(id).stream().map(Party::id).filter(h -> !ids.contains(h)).findFirst()
                            .ifPresent(h -> {
                                throw new DuplicateIdentifierException(id.type().name(),
                                        PersonalData.mask(id.value()), h.toString());
                            });
                }
            }
        }
        // a party taking over an identifier waits until the party giving it up was replaced
        List<Party> remaining = new java.util.ArrayList<>(parties);
        while (!remaining.isEmpty()) {
            Party next = remaining.stream().filter(p -> IdentifierKeys.canonicalIdentifiers(p).stream()
                    .filter(id -> id.type().unique()).flatMap(id -> findByIdentifier(id).stream())
                    .allMatch(holder -> holder.id().equals(p.id())
                            || remaining.stream().noneMatch(r -> r.id().equals(holder.id()))))
                    .findFirst().orElse(remaining.get(0));
            replace(next, next.version() - 1);
            remaining.remove(next);
        }
    }

    /**
     * Finds a party by id.
     *
     * @param id the id
     * @return the party, archived or not; empty if unknown
     */
    Optional<Party> findById(PartyId id);

    /**
     * Tells the kind of each stored party among {@code ids}, for the checks that only need to know that a party
     * exists and what it is (a contact person must be a stored person). The default reads each party; a database
     * store answers with one query.
     *
     * @param ids party ids
     * @return the kind of every id that is stored (archived included); ids not stored are absent
     * @since 0.1
     */
    default java.util.Map<PartyId, dev.kartoteka.core.party.PartyKind> kindsOf(Collection<PartyId> ids) {
        Objects.requireNonNull(ids, "ids");
        java.util.Map<PartyId, dev.kartoteka.core.party.PartyKind> out = new java.util.HashMap<>();
        for (PartyId id : ids) {
            findById(id).ifPresent(p -> out.put(id, p.kind()));
        }
        return out;
    }

    /**
     * Finds the parties holding an identifier: as a company's or person's own identifier, or as an e-mail or phone
     * contact point of the party itself.
     *
     * @param identifier the identifier, compared by {@link IdentifierKeys#key(Identifier)}
     * @return the parties, archived included, ordered by id; at most one for unique identifier types
     */
    List<Party> findByIdentifier(Identifier identifier);

    /**
     * Runs a search. {@link PartyQuery#asOf()} is always present when the registry calls this. Merged parties
     * ({@link dev.kartoteka.core.party.PartyStatus#MERGED}, tombstones) are never matched, archived included or not.
     *
     * @param query the query
     * @return the requested page and the total count
     */
    Page<Party> search(PartyQuery query);

    /**
     * Hands every party a search matches to {@code action}, in the query's order, ignoring its page. The default
     * pages through {@link #search(PartyQuery)}; a store that can do it in one pass (one scan, one cursor) should.
     *
     * @param query the query; {@link PartyQuery#asOf()} is present; its page is ignored
     * @param action receives each matching party; must not call the store
     */
    default void forEachMatch(PartyQuery query, Consumer<Party> action) {
        Objects.requireNonNull(action, "action");
        Page<Party> page;
        int number = 0;
        do {
            page = search(query.toBuilder().page(number++, PartyQuery.MAX_PAGE_SIZE).build());
            page.items().forEach(action);
        } while (page.hasNext());
    }

    /**
     * Finds the companies that have a person among their contact persons (current or ended relationships).
     *
     * @param person the person's id
     * @return the companies, ordered by id
     */
    List<Company> companiesWithContactPerson(PartyId person);

    /**
     * Finds active parties with a yearly date on one of the given days: an important date, or a person's birth date.
     *
     * @param days month-days to look for
     * @return the parties, in any order
     */
    List<Party> findByAnnualDate(Collection<MonthDay> days);

    /**
     * Counts the stored parties; merged parties (tombstones) never count.
     *
     * @param includeArchived whether archived parties count
     * @return the count
     */
    long count(boolean includeArchived);

    /**
     * Returns the stored custom-field schema.
     *
     * @return the schema; {@link CustomFieldSchema#empty()} before the first save
     */
    CustomFieldSchema schema();

    /**
     * Visits every stored set of custom-field values (parties' and contact persons'), archived parties included, as
     * one consistent snapshot. The visitor must not call the store.
     *
     * @param visitor receives each location with its values
     */
    void forEachCustomFields(BiConsumer<CustomFieldLocation, CustomFieldValues> visitor);

    /**
     * Stores the next schema version and, in the same atomic step, rewrites every stored set of custom-field values
     * (a migration: renamed keys, converted types) — all of it or nothing, and only if the stored schema is still
     * {@code expectedVersion}. Party versions do not change: the values mean the same under the new schema. The
     * rewrite function is pure and must not call the store; if it throws, nothing is changed.
     *
     * @param schema the new schema
     * @param expectedVersion the schema version the change was derived from
     * @param rewrite returns the new values of a location (the same instance when nothing changes)
     * @throws ConcurrentUpdateException if the stored schema has another version
     */
    void migrateSchema(CustomFieldSchema schema, long expectedVersion,
                       BiFunction<CustomFieldLocation, CustomFieldValues, CustomFieldValues> rewrite);
}
