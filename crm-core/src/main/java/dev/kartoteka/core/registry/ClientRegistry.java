package dev.kartoteka.core.registry;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.access.AccessPolicy;
import dev.kartoteka.core.audit.AuditTrail;
import dev.kartoteka.core.privacy.DataSubjectRequests;
import dev.kartoteka.core.consent.Consents;
import dev.kartoteka.core.field.ConversionReport;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.history.History;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.internal.DefaultClientRegistry;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * The client registry: the one entry point an application uses to keep its companies, persons and their contact
 * persons.
 *
 * <pre>{@code
 * ClientRegistry registry = ClientRegistry.inMemory();
 * Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Kowalska").build());
 * Company acme = registry.create(Company.builder()
 *         .legalName("Acme Polska").nip(Nip.parse("526-104-08-28"))
 *         .addContactPerson(ContactPerson.of(anna.id(), LocalDate.now()).withPosition("CFO").withPrimary(true))
 *         .build());
 * List<Party> found = registry.findByIdentifier(Nip.parse("5261040828"));
 * }</pre>
 *
 * <p><b>Writes</b> validate the whole party first and report every problem at once ({@link ValidationException});
 * updates carry the version they were read at and fail with {@link ConcurrentUpdateException} — changing nothing —
 * when somebody else changed the party in between. Every successful write raises {@link RegistryEvent}s.
 *
 * <p><b>Thread safety</b>: implementations are thread-safe when their store is; the in-memory store is.
 *
 * <p><b>Nulls</b>: no method accepts {@code null} arguments (they throw {@link NullPointerException}) and none
 * returns {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ClientRegistry {

    /**
     * Returns a registry on a new in-memory store, with the system clock.
     *
     * @return the registry
     */
    static ClientRegistry inMemory() {
        return builder().build();
    }

    /**
     * @return a builder to choose the store, the clock and the listeners
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Validates and stores a new party. The registry sets its version to 0, its status to active, its creation and
     * change time to now, and starts its owner history if it has an owner. The id set on the party is kept.
     *
     * @param party the new party; its version must be 0
     * @param <P> the party type
     * @return the stored party
     * @throws ValidationException with every violation, if the party is not valid
     * @throws DuplicateIdentifierException if its NIP, REGON, KRS or PESEL is held by another party
     * @throws StateConflictException if a party with the same id is stored already
     * @throws IllegalArgumentException if the party's version is not 0 (it was read from a registry: use
     *     {@link #update(Party)})
     */
    <P extends Party> P create(P party);

    /**
     * Creates many parties: each is checked exactly as {@link #create(Party)} checks it (access, validation, unique
     * identifiers and custom fields, also among the given parties) and gets the same events and audit entries; the
     * valid ones are stored in batches of {@code batchSize} through {@link dev.kartoteka.core.spi.PartyStore#insertAll}
     * (one transaction with JDBC batching per batch on a database store). An invalid party is rejected with its
     * reason and the rest are stored; nothing is dropped silently. Parties are read from {@code parties} as they are
     * stored, so a stream of a million fits in a small heap.
     *
     * @param parties the new parties, each of version 0
     * @param batchSize how many parties are stored per batch, at least 1 (e.g. 500)
     * @param progress told after every batch
     * @return the counts and every rejected party with its reason
     * @throws IllegalArgumentException if {@code batchSize} is less than 1
     * @throws NullPointerException if an argument or a party is {@code null}
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    BulkResult createAll(Iterable<? extends Party> parties, int batchSize, Progress progress);

    /**
     * Validates and stores a changed party, if nobody changed it since it was read. The version of the given party is
     * the version it was read at; the stored party gets the next one.
     *
     * @param party the changed party, made with {@code toBuilder()} from the party as read
     * @param <P> the party type
     * @return the stored party
     * @throws NotFoundException if no party has its id
     * @throws ConcurrentUpdateException if the party was changed since it was read; nothing is stored
     * @throws ValidationException with every violation, if the party is not valid
     * @throws DuplicateIdentifierException if a unique identifier is held by another party
     */
    <P extends Party> P update(P party);

    /**
     * Lists every rule a party breaks, without storing anything: field constraints (with their property path), the
     * registry's own rules (PESEL consistent with birth date and sex, Polish postal codes, one primary contact person,
     * no overlapping periods of the same role, contact persons that exist and are persons), and the custom-field
     * schema (known keys, types, constraints, required fields, retired fields unchanged). Uniqueness of identifiers
     * and of unique custom fields is checked when storing. A registry with a
     * {@link Builder#standardizer standardizer} checks the party as it would store it: standardised first.
     *
     * @param party the party to check
     * @return the violations; empty if the party is valid
     */
    List<Violation> validate(Party party);

    /**
     * Finds a party by id. The id of a party merged into another ({@link #merge}) finds the survivor (following
     * later merges of the survivor too): the party returned then has another id than the one asked for.
     *
     * @param id the id
     * @return the party (archived or not), or its survivor; empty if no party ever had that id
     */
    Optional<Party> findById(PartyId id);

    /**
     * Returns a party by id; like {@link #findById}, the id of a merged party returns the survivor.
     *
     * @param id the id
     * @return the party, or its survivor
     * @throws NotFoundException if no party has that id
     */
    Party get(PartyId id);

    /**
     * Tells which party an id stands for now: the survivor for the id of a merged party (following later merges of
     * the survivor too), else the id itself. For applications that keep party ids elsewhere.
     *
     * @param id the id
     * @return the id of the party it stands for
     * @throws NotFoundException if no party has that id
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    PartyId resolve(PartyId id);

    /**
     * Computes a merge without writing anything: the survivor as it would be, the value each field would get with its
     * source and rule, every value that would not survive, how much history and how many consent events would move,
     * and the withdrawals the survivor would get. {@link #merge} of the same request on the same stored state does
     * exactly this.
     *
     * @param request what to merge and how
     * @return the preview, masked for the actor like {@link #get}
     * @throws NotFoundException if a party is not stored
     * @throws dev.kartoteka.core.access.AccessDeniedException if the actor lacks the MERGE right on one of the parties
     * @throws StateConflictException if a party was merged already (a tombstone) or erased
     * @throws ConcurrentUpdateException if a party's version is not the one in the request
     * @throws ValidationException if the parties are not of one kind, a rule names an unknown field or a manual value
     *     of the wrong type, or the survivor would break a rule (e.g. a PESEL and a birth date from different parties
     *     that disagree: set a rule for one of them)
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    dev.kartoteka.core.merge.MergePreview previewMerge(dev.kartoteka.core.merge.MergeRequest request);

    /**
     * Merges duplicate parties into one survivor (see {@link dev.kartoteka.core.merge.MergeRequest} for the rules
     * and defaults):
     * <ul>
     *   <li>the survivor gets each single-valued field's chosen value and the union of contact points (one per value;
     *       "do not contact" on any copy stays), roles (overlapping roles of one type become one), important dates,
     *       interests, tags, notes, contact persons and custom fields; its version goes up by one;</li>
     *   <li>each merged party becomes a tombstone ({@link dev.kartoteka.core.party.PartyStatus#MERGED},
     *       {@link Party#mergedInto()}): it keeps its names and the unique identifiers the survivor does not hold,
     *       is left out of searches, and its id ({@link #findById}, {@link #get}, {@link #resolve}) and identifiers
     *       ({@link #findByIdentifier}) lead to the survivor; it can no longer be changed or merged;</li>
     *   <li>interactions, transactions and consent events of the merged parties move to the survivor (reads of the
     *       history and consents by a merged id answer for the survivor), and companies that named a merged person as
     *       contact person name the survivor; a custom field of another party that refers to a merged party keeps the
     *       merged id, which {@link #get}, {@link #findById} and {@link #resolve} lead to the survivor;</li>
     *   <li>consents merge conservatively: where one party withdrew and another granted later on the same channel and
     *       purpose, the survivor gets a withdrawal (source OTHER) at the later grant's instant, so a withdrawal on
     *       either side wins;</li>
     *   <li>nothing is lost: the audit trail gets an entry {@code "parties merged"} on the survivor (every change,
     *       {@code mergedFrom}) and an entry {@code "party merged"} on each merged party holding every value it had
     *       as an old value (and {@code mergedInto}); events: {@link RegistryEvent.PartyUpdated} for the survivor and
     *       each merged party, then {@link RegistryEvent.PartiesMerged}, then those of re-pointed companies and
     *       added withdrawals.</li>
     * </ul>
     * Everything is checked before anything is written: a refused merge changes nothing.
     *
     * @param request what to merge and how
     * @return what was done, masked for the actor
     * @throws NotFoundException if a party is not stored
     * @throws dev.kartoteka.core.access.AccessDeniedException if the actor lacks the MERGE right on one of the parties
     *     (or WRITE on a company to re-point)
     * @throws StateConflictException if a party was merged already (a tombstone) or erased
     * @throws ConcurrentUpdateException if a party's version is not the one in the request; nothing is stored
     * @throws ValidationException as for {@link #previewMerge}; nothing is stored
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    dev.kartoteka.core.merge.MergeResult merge(dev.kartoteka.core.merge.MergeRequest request);

    /**
     * Finds the parties holding an identifier: NIP, REGON, KRS, PESEL, EU VAT number, or an e-mail address or phone
     * number among the party's own contact points (compared in canonical form, so {@code "PL 526-104-08-28"} finds
     * {@code 5261040828}, {@code "601 234 567"} finds {@code +48601234567}, and e-mail addresses ignore case). A Polish
     * EU VAT number is the NIP with a {@code PL} prefix: a NIP also finds a company that recorded only its EU VAT
     * number, the other way round too, and both count as one identifier for uniqueness.
     *
     * <p>An identifier held by a party merged into another (a tombstone) finds the survivor.
     *
     * @param identifier the identifier
     * @return the parties, archived included, ordered by id; at most one for NIP, REGON, KRS and PESEL
     */
    List<Party> findByIdentifier(Identifier identifier);

    /**
     * Searches the registry; see {@link PartyQuery} for the meaning of each criterion.
     *
     * @param query the query
     * @return one page of matching parties and the total count
     */
    Page<Party> search(PartyQuery query);

    /**
     * Hands every party a search finds to {@code action}, one at a time, without collecting them: the parties, the
     * order and the masking are exactly those of walking every page of {@link #search(PartyQuery)} with the same
     * query (the query's page is ignored) — only the parties the actor may read, as the actor may see them, and none
     * that matched on a field masked for the actor. Like {@code search}, it needs the READ right on each party handed
     * out, and nothing else.
     *
     * <p><b>Order</b>: the query's {@link PartyQuery#sort() sort} and {@link PartyQuery#direction() direction}, ties
     * broken by id ascending; with {@link PartySort#ID} the parties come in {@link PartyId} order (ascending: as
     * unsigned 128-bit numbers), on every store alike, for a merge-join with other data sorted by party id.
     *
     * <p><b>Memory</b>: the registry keeps no list of the matches, so a walk over a million parties needs no more
     * heap than its store's reading: the JPA store reads them in chunks of a few hundred; the in-memory store, which
     * holds every party anyway, sorts references to its matches.
     *
     * <p><b>Calls back</b>: {@code action} must not call this registry or any of its views and services (history,
     * consents, audit, privacy) — the store runs it while it reads ({@link PartyStore#forEachMatch}: "must not call
     * the store"), a database store inside its transaction, holding a connection. Collect what is needed and act
     * after this method returns, or page with {@link #search(PartyQuery)} instead.
     *
     * <p>The walk is one read of the store: a database store reads it in one transaction (what it sees of concurrent
     * writes follows the database's isolation level); the in-memory store reads one consistent state. An exception
     * thrown by {@code action} stops the walk and is thrown by this method.
     *
     * <pre>{@code
     * registry.forEachMatch(PartyQuery.builder().role(RoleType.CLIENT).sortBy(PartySort.ID, SortDirection.ASCENDING)
     *         .build(), party -> summaries.accept(party.id(), party));
     * }</pre>
     *
     * @param query what to find; its page number and size are ignored
     * @param action receives each party found, in order
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if a custom-field criterion names no field of the schema or has a value of the
     *     wrong type (as {@link #search(PartyQuery)})
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    void forEachMatch(PartyQuery query, Consumer<? super Party> action);

    /**
     * Exports every party a search finds (all pages; the query's page is ignored) as one JSON document: an array of
     * parties with their fields, contact points, roles and custom fields, as the actor may see them (masked fields
     * are left out). Exporting more than one party requires the {@code EXPORT} right on each of them; parties the
     * actor may not read are not exported.
     *
     * @param query what to export
     * @return the JSON document
     * @throws dev.kartoteka.core.access.AccessDeniedException if more than one party would be exported and the actor
     *     lacks the EXPORT right on one of them
     */
    String exportJson(PartyQuery query);

    /**
     * Returns every party a search finds (all pages; the query's page is ignored) as the actor may see them, for an
     * export in another format ({@link dev.kartoteka.core.csv.CsvExport}): the same rights as {@link #exportJson}.
     *
     * @param query what to export
     * @return the parties, in the query's order, masked for the actor
     * @throws dev.kartoteka.core.access.AccessDeniedException if more than one party would be exported and the actor
     *     lacks the EXPORT right on one of them
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    List<Party> exportParties(PartyQuery query);

    /**
     * Archives a party: it keeps all its data and identifiers but leaves searches.
     *
     * @param id the party
     * @param expectedVersion the version it was read at
     * @return the archived party
     * @throws NotFoundException if no party has that id
     * @throws ConcurrentUpdateException if the version is stale; nothing is stored
     * @throws StateConflictException if the party is already archived
     */
    Party archive(PartyId id, long expectedVersion);

    /**
     * Restores an archived party.
     *
     * @param id the party
     * @param expectedVersion the version it was read at
     * @return the restored party
     * @throws NotFoundException if no party has that id
     * @throws ConcurrentUpdateException if the version is stale; nothing is stored
     * @throws StateConflictException if the party is not archived
     */
    Party restore(PartyId id, long expectedVersion);

    /**
     * Gives a party one more role.
     *
     * @param id the party
     * @param expectedVersion the version it was read at
     * @param role the role
     * @return the changed party
     * @throws NotFoundException if no party has that id
     * @throws ConcurrentUpdateException if the version is stale; nothing is stored
     * @throws ValidationException if the role overlaps a role of the same type
     */
    Party addRole(PartyId id, long expectedVersion, PartyRole role);

    /**
     * Ends the active role of a type on a day (the day is the role's last).
     *
     * @param id the party
     * @param expectedVersion the version it was read at
     * @param type the role type
     * @param lastDay the last day of the role
     * @return the changed party
     * @throws NotFoundException if no party has that id
     * @throws ConcurrentUpdateException if the version is stale; nothing is stored
     * @throws StateConflictException if the party holds no open role of that type
     * @throws ValidationException if {@code lastDay} is before the role's first day
     */
    Party endRole(PartyId id, long expectedVersion, RoleType type, LocalDate lastDay);

    /**
     * Converts a lead into a client in one step: the open lead role ends the day before {@code clientSince} (or on it,
     * if the lead started that same day) and keeps its lead details; a client role starts on {@code clientSince}.
     * Everything else the party has stays as it was.
     *
     * @param id the party
     * @param expectedVersion the version it was read at
     * @param clientSince the first day as a client
     * @return the converted party
     * @throws NotFoundException if no party has that id
     * @throws ConcurrentUpdateException if the version is stale; nothing is stored
     * @throws StateConflictException if the party has no open lead role that started on or before
     *     {@code clientSince}, or already holds an open client role
     */
    Party convertLeadToClient(PartyId id, long expectedVersion, LocalDate clientSince);

    /**
     * Makes another user the account owner; the owner history keeps the previous owner with the period and reason.
     * Reassigning to the current owner changes nothing and returns the party as stored.
     *
     * @param id the party
     * @param expectedVersion the version it was read at
     * @param newOwner the new owner
     * @param reason why, or {@code null}
     * @return the changed party
     * @throws NotFoundException if no party has that id
     * @throws ConcurrentUpdateException if the version is stale; nothing is stored
     */
    Party reassignOwner(PartyId id, long expectedVersion, UserId newOwner, String reason);

    /**
     * Adds a contact person to a company.
     *
     * @param companyId the company
     * @param expectedVersion the version it was read at
     * @param contactPerson the relationship; its person must exist and be a person
     * @return the changed company
     * @throws NotFoundException if no party has that id
     * @throws ConcurrentUpdateException if the version is stale; nothing is stored
     * @throws ValidationException if {@code companyId} is a person's id, the person does not exist or is not a
     *     person, or a second primary contact person would overlap
     */
    Company addContactPerson(PartyId companyId, long expectedVersion, ContactPerson contactPerson);

    /**
     * Finds the companies a person acts for on a day.
     *
     * @param person the person's id
     * @param day the day
     * @return the companies where the person is an active contact person on {@code day}, ordered by id
     */
    List<Company> companiesOf(PartyId person, LocalDate day);

    /**
     * Lists the important dates (birthdays, name days, anniversaries, …) of active parties that fall within
     * {@code days} days from {@code from}, inclusive of both ends. Persons' birth dates count as birthdays unless a
     * birthday is recorded among their important dates. The year boundary is crossed as expected, and 29 February is
     * observed on 28 February in common years.
     *
     * @param from the first day of the window
     * @param days the window's length after {@code from}, 0 to 366
     * @return the occurrences, ordered by date, then party id
     * @throws IllegalArgumentException if {@code days} is out of range
     */
    List<UpcomingDate> upcomingDates(LocalDate from, int days);

    /**
     * Like {@link #upcomingDates(LocalDate, int)}, for the parties of one account owner.
     *
     * @param from the first day of the window
     * @param days the window's length after {@code from}, 0 to 366
     * @param owner the account owner
     * @return the occurrences, ordered by date, then party id
     */
    List<UpcomingDate> upcomingDates(LocalDate from, int days, UserId owner);

    /**
     * Returns the current custom-field schema.
     *
     * @return the schema; {@link CustomFieldSchema#empty()} until the first change
     */
    CustomFieldSchema schema();

    /**
     * Applies one change to the custom-field schema, migrating stored values where the change needs it: a
     * {@link SchemaChange.RenameKey} moves values to the new key; a {@link SchemaChange.ChangeType} converts every
     * stored value — and is refused, changing nothing, if any value does not convert (see
     * {@link #previewTypeChange(SchemaChange.ChangeType)}); an {@link SchemaChange.UpdateField} or an option change
     * is refused if a stored value would break the new rules. No change drops a stored value. Migrations keep party
     * versions: values mean the same under the new schema, and a party read before still writes (former keys
     * resolve).
     *
     * @param expectedVersion the schema version the change was made against
     * @param change the change
     * @return the new schema (version + 1)
     * @throws ConcurrentUpdateException if the schema has another version
     * @throws ValidationException if the change does not fit the schema, or (type changes) with every stored value
     *     that does not convert
     */
    CustomFieldSchema evolveSchema(long expectedVersion, SchemaChange change);

    /**
     * Dry run of a type change: what would convert and what would not, without changing anything.
     *
     * @param change the type change
     * @return how many stored values convert, and every one that does not, with its party and reason
     * @throws ValidationException if the field is unknown
     */
    ConversionReport previewTypeChange(SchemaChange.ChangeType change);

    /**
     * Replaces the custom-field schema with an imported one (e.g. from {@code CustomFieldJson.schemaFromJson}), as
     * the next version. Refused, changing nothing, if a stored value would have no field, a field of another type, or
     * would break the imported rules (bounds, options, scale, …), or if two stored keys would become one field; values
     * under keys that are former keys in the imported schema move to the current keys.
     *
     * @param expectedVersion the schema version the import replaces
     * @param imported the schema to install; its version number is ignored
     * @return the installed schema
     * @throws ConcurrentUpdateException if the schema has another version
     * @throws ValidationException listing every stored value the import would orphan or invalidate
     */
    CustomFieldSchema importSchema(long expectedVersion, CustomFieldSchema imported);

    /**
     * Returns the history of the relationships: interactions, transactions, follow-ups, purchase summaries.
     *
     * @return the history service of this registry
     */
    History history();

    /**
     * Returns the consent ledger: grants, withdrawals and double opt-in confirmations per party or contact point, and
     * the one-call answer to "may I contact X by SMS for marketing now?".
     *
     * @return the consent service of this registry
     */
    Consents consents();

    /**
     * Returns the data-subject requests: export of everything held about a person, and erasure.
     *
     * @return the privacy service of this registry
     */
    DataSubjectRequests privacy();

    /**
     * Returns the audit trail: every change, field by field, with who, when and why.
     *
     * @return the audit trail of this registry
     */
    AuditTrail audit();

    /**
     * Returns a view of this registry that acts for a user: every change made through it is audited with that user
     * as the actor and the reason, if given. The view shares everything else (stores, listeners, schema).
     *
     * <pre>{@code
     * registry.as(UserId.of("jan.nowak"), "telefon od klienta").update(changed);
     * }</pre>
     *
     * @param actor who acts
     * @param reason why, or {@code null}
     * @return the view
     * @throws ValidationException if the reason is blank or longer than 1000 characters
     */
    ClientRegistry as(UserId actor, String reason);

    /**
     * Registers a listener for every future event.
     *
     * @param listener the listener
     * @return the subscription; close it to stop delivery
     */
    Subscription subscribe(RegistryListener listener);

    /**
     * Configures a {@link ClientRegistry}. Each setting is validated when it is set; setting one twice is an error.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    final class Builder {
        private PartyStore store;
        private HistoryStore historyStore;
        private AuditStore auditStore;
        private ConsentStore consentStore;
        private AccessPolicy accessPolicy;
        private Clock clock;
        private dev.kartoteka.core.standardization.Standardizer standardizer;
        private final List<RegistryListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param value where parties are kept (default: a new in-memory store)
         * @return this builder
         * @throws IllegalStateException if the store was set already
         */
        public Builder store(PartyStore value) {
            Objects.requireNonNull(value, "store");
            if (store != null) {
                throw new IllegalStateException("store was already set");
            }
            store = value;
            return this;
        }

        /**
         * @param value where interactions and transactions are kept (default: a new in-memory store)
         * @return this builder
         * @throws IllegalStateException if the history store was set already
         */
        public Builder historyStore(HistoryStore value) {
            Objects.requireNonNull(value, "historyStore");
            if (historyStore != null) {
                throw new IllegalStateException("historyStore was already set");
            }
            historyStore = value;
            return this;
        }

        /**
         * @param value where audit entries are kept (default: a new in-memory store)
         * @return this builder
         * @throws IllegalStateException if the audit store was set already
         */
        public Builder auditStore(AuditStore value) {
            Objects.requireNonNull(value, "auditStore");
            if (auditStore != null) {
                throw new IllegalStateException("auditStore was already set");
            }
            auditStore = value;
            return this;
        }

        /**
         * @param value where consent events are kept (default: a new in-memory store)
         * @return this builder
         * @throws IllegalStateException if the consent store was set already
         */
        public Builder consentStore(ConsentStore value) {
            Objects.requireNonNull(value, "consentStore");
            if (consentStore != null) {
                throw new IllegalStateException("consentStore was already set");
            }
            consentStore = value;
            return this;
        }

        /**
         * @param value who may do what (default: {@link AccessPolicy#allowAll()}); consulted for every operation
         * @return this builder
         * @throws IllegalStateException if the policy was set already
         */
        public Builder accessPolicy(AccessPolicy value) {
            Objects.requireNonNull(value, "accessPolicy");
            if (accessPolicy != null) {
                throw new IllegalStateException("accessPolicy was already set");
            }
            accessPolicy = value;
            return this;
        }

        /**
         * The registry reads timestamps from this clock to the microsecond (the precision of PostgreSQL and MariaDB
         * timestamps), so a database store keeps exactly what the registry returns.
         *
         * @param value the clock for timestamps and "today" (default: the system clock in the default time zone)
         * @return this builder
         * @throws IllegalStateException if the clock was set already
         */
        public Builder clock(Clock value) {
            Objects.requireNonNull(value, "clock");
            if (clock != null) {
                throw new IllegalStateException("clock was already set");
            }
            clock = value;
            return this;
        }

        /**
         * Standardises every party written by {@code create}, {@code createAll} and {@code update} before it is
         * validated and stored (see {@link dev.kartoteka.core.standardization.Standardizer}): names, company names
         * and legal forms, addresses. The values as entered are kept in the audit trail (an entry
         * {@code "values standardized"} after the creation or update) and a
         * {@link RegistryEvent.PartyStandardized} carries the changes and what could not be normalised. Without it
         * (the default) parties are stored as given.
         *
         * @param value the standardizer, e.g. {@code Standardizer.defaults()}
         * @return this builder
         * @throws IllegalStateException if the standardizer was set already
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public Builder standardizer(dev.kartoteka.core.standardization.Standardizer value) {
            Objects.requireNonNull(value, "standardizer");
            if (standardizer != null) {
                throw new IllegalStateException("standardizer was already set");
            }
            standardizer = value;
            return this;
        }

        /**
         * @param value a listener subscribed from the start
         * @return this builder
         */
        public Builder listener(RegistryListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * @return the registry
         */
        public ClientRegistry build() {
            return new DefaultClientRegistry(store != null ? store : PartyStore.inMemory(),
                    historyStore != null ? historyStore : HistoryStore.inMemory(),
                    auditStore != null ? auditStore : AuditStore.inMemory(),
                    consentStore != null ? consentStore : ConsentStore.inMemory(),
                    accessPolicy != null ? accessPolicy : AccessPolicy.allowAll(),
                    clock != null ? clock : Clock.systemDefaultZone(), listeners, Optional.ofNullable(standardizer));
        }
    }
}
