package dev.kartoteka.core.internal;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.access.AccessDeniedException;
import dev.kartoteka.core.access.AccessPolicy;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.privacy.DataSubjectRequests;
import dev.kartoteka.core.audit.AuditTrail;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.consent.Consents;
import dev.kartoteka.core.field.ConversionReport;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.history.History;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.ImportantDateKind;
import dev.kartoteka.core.party.OwnerAssignment;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.registry.BulkResult;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.core.registry.FieldCriterion;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.registry.RegistryListener;
import dev.kartoteka.core.registry.Subscription;
import dev.kartoteka.core.registry.UpcomingDate;
import dev.kartoteka.core.spi.CustomFieldLocation;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.IdentifierKeys;
import dev.kartoteka.core.spi.PartyStore;
import dev.kartoteka.core.standardization.Remark;
import dev.kartoteka.core.standardization.Standardized;
import dev.kartoteka.core.standardization.Standardizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry over any {@link PartyStore}: validation, versions, timestamps, owner history and events.
 *
 * <p>This is an internal API of Kartoteka; use {@link ClientRegistry#builder()}.
 */
public final class DefaultClientRegistry implements ClientRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultClientRegistry.class);

    // shared by every view made with as(actor, reason)
    private final PartyStore store;
    private final HistoryStore historyStore;
    private final AuditStore auditStore;
    private final ConsentStore consentStore;
    private final AccessPolicy policy;
    private final Clock clock;
    private final PartyRules rules;
    private final List<RegistryListener> listeners;
    /** Held from storing a change until its events are delivered, so listeners see changes in stored order. */
    private final java.util.concurrent.locks.ReentrantLock delivery;
    // this view's
    private final Optional<UserId> actor;
    private final Optional<String> reason;
    private final DefaultHistory history;
    private final Consents consents;
    private final AuditTrail audit;
    private final Optional<Standardizer> standardizer;

    /**
     * @param store where parties are kept
     * @param historyStore where interactions and transactions are kept
     * @param auditStore where audit entries are kept
     * @param consentStore where consent events are kept
     * @param policy who may do what
     * @param clock the clock for timestamps and "today"
     * @param initialListeners listeners subscribed from the start
     */
    public DefaultClientRegistry(PartyStore store, HistoryStore historyStore, AuditStore auditStore,
                                 ConsentStore consentStore, AccessPolicy policy, Clock clock,
                                 List<RegistryListener> initialListeners) {
        this(store, historyStore, auditStore, consentStore, policy, clock, initialListeners, Optional.empty());
    }

    /**
     * @param store where parties are kept
     * @param historyStore where interactions and transactions are kept
     * @param auditStore where audit entries are kept
     * @param consentStore where consent events are kept
     * @param policy who may do what
     * @param clock the clock for timestamps and "today"
     * @param initialListeners listeners subscribed from the start
     * @param standardizer applied to every party created or updated, if present
     */
    public DefaultClientRegistry(PartyStore store, HistoryStore historyStore, AuditStore auditStore,
                                 ConsentStore consentStore, AccessPolicy policy, Clock clock,
                                 List<RegistryListener> initialListeners, Optional<Standardizer> standardizer) {
        this.standardizer = Objects.requireNonNull(standardizer, "standardizer");
        this.store = Objects.requireNonNull(store, "store");
        this.historyStore = Objects.requireNonNull(historyStore, "historyStore");
        this.auditStore = Objects.requireNonNull(auditStore, "auditStore");
        this.consentStore = Objects.requireNonNull(consentStore, "consentStore");
        this.policy = Objects.requireNonNull(policy, "policy");
        // timestamps to the microsecond: the precision of PostgreSQL and MariaDB, so what a database store keeps is
        // exactly what the registry returned
        this.clock = Clock.tick(Objects.requireNonNull(clock, "clock"), java.time.Duration.ofNanos(1_000));
        this.rules = new PartyRules(this.clock);
        this.listeners = new CopyOnWriteArrayList<>(initialListeners);
        this.delivery = new java.util.concurrent.locks.ReentrantLock();
        this.actor = Optional.empty();
        this.reason = Optional.empty();
        this.history = new DefaultHistory(store, historyStore, this.clock, this::publishOne, this::upcomingDates);
        this.consents = new DefaultConsents(store, consentStore, this.clock, this::consentRecorded);
        this.audit = new DefaultAuditTrail(auditStore);
    }

    private DefaultClientRegistry(DefaultClientRegistry base, UserId actor, Optional<String> reason) {
        this.standardizer = base.standardizer;
        this.store = base.store;
        this.historyStore = base.historyStore;
        this.auditStore = base.auditStore;
        this.consentStore = base.consentStore;
        this.policy = base.policy;
        this.clock = base.clock;
        this.rules = base.rules;
        this.listeners = base.listeners;
        this.delivery = base.delivery;
        this.actor = Optional.of(actor);
        this.reason = reason;
        this.history = new DefaultHistory(store, historyStore, clock, this::publishOne, this::upcomingDates);
        this.consents = new DefaultConsents(store, consentStore, clock, this::consentRecorded);
        this.audit = base.audit;
    }

    @Override
    public ClientRegistry as(UserId actor, String reason) {
        Objects.requireNonNull(actor, "actor");
        if (this.actor.isPresent() && !this.actor.get().equals(actor) && policy != AccessPolicy.allowAll()) {
            throw new AccessDeniedException("a view acting for " + this.actor.get().value()
                    + " cannot act for somebody else; make views from the registry itself");
        }
        if (reason != null && (reason.isBlank() || reason.length() > 1000)) {
            throw ValidationException.of("reason", reason, "1 to 1000 characters, not blank");
        }
        return new DefaultClientRegistry(this, actor, Optional.ofNullable(reason));
    }

    /** Whether the reader may not see a party's contact points (then consent events lose contact point and evidence). */
    private boolean consentMasks(PartyId party) {
        return store.findById(party).map(p -> FieldMasking.covers("contactPoints", policy.maskedFields(actor, p)))
                .orElse(false);
    }

    @Override
    public Consents consents() {
        return new GuardedConsents(consents, this::guard, this::locked, this::consentMasks, this::currentId);
    }

    /**
     * Checks the policy for an action on a party (by id), for the history, consent and audit services. An unknown
     * party has nothing to protect: the service itself answers (empty, or NotFoundException for writes).
     */
    private void guard(Action action, PartyId party) {
        store.findById(party).ifPresent(p -> {
            require(action, Optional.of(p));
            if (action == Action.WRITE && p.status() == PartyStatus.ERASED) {
                throw new StateConflictException("party " + party + " was erased; nothing can be recorded for it");
            }
            if (action == Action.WRITE && p.status() == PartyStatus.MERGED) {
                throw new StateConflictException("party " + party + " was merged into "
                        + p.mergedInto().map(PartyId::toString).orElse("another party") + "; record it there");
            }
        });
    }

    /** Runs a history or consent write as one critical section with its events, like party writes. */
    private <T> T locked(java.util.function.Supplier<T> write) {
        delivery.lock();
        try {
            return write.get();
        } finally {
            delivery.unlock();
        }
    }

    private void consentRecorded(ConsentEvent event) {
        store.findById(event.partyId()).ifPresent(party ->
                publishOne(new RegistryEvent.ConsentRecorded(party, event, clock.instant())));
    }

    @Override
    public DataSubjectRequests privacy() {
        return new DataSubjectOperations(store, historyStore, consentStore, auditStore, clock, actor, policy, delivery,
                new DataSubjectOperations.Access() {
                    @Override
                    public void require(Action action, Optional<Party> party) {
                        DefaultClientRegistry.this.require(action, party);
                    }

                    @Override
                    public boolean readable(Party party) {
                        return DefaultClientRegistry.this.readable(party);
                    }

                    @Override
                    public Party view(Party party) {
                        return DefaultClientRegistry.this.view(party);
                    }

                    @Override
                    public void publish(List<RegistryEvent> events) {
                        DefaultClientRegistry.this.publish(events, Optional.empty());
                    }
                });
    }

    @Override
    public AuditTrail audit() {
        return new GuardedAuditTrail(audit, this::guard, this::auditMasksIfReadable);
    }

    /**
     * For the audit trail: the fields to mask in a party's entries, or empty if the reader may not see them. Entries
     * about a party that is not stored (a refused creation) hold no values; whoever may read in general sees them.
     */
    private Optional<Set<String>> auditMasksIfReadable(PartyId id) {
        Optional<Party> party = store.findById(id);
        if (party.isEmpty()) {
            return policy.permits(actor, Action.READ, Optional.empty()) ? Optional.of(Set.of()) : Optional.empty();
        }
        return readable(party.get()) ? Optional.of(policy.maskedFields(actor, party.get())) : Optional.empty();
    }

    @Override
    public <P extends Party> P create(P party) {
        Objects.requireNonNull(party, "party");
        require(Action.WRITE, Optional.of(party));
        if (party.version() != 0) {
            throw new IllegalArgumentException("a new party must have version 0, was " + party.version()
                    + "; use update() for stored parties");
        }
        Instant now = clock.instant();
        Standardization standardized = standardize(party);
        Party entered = standardized.party();
        CustomFieldSchema schema = store.schema();
        Party prepared = prepareNew(entered, now, schema);
        delivery.lock();
        try {
            if (store.schema().version() != schema.version()) {
                schema = store.schema(); // the schema evolved meanwhile: validate again against the one we store under
                prepared = prepareNew(entered, now, schema);
            }
            @SuppressWarnings("unchecked")
            P stored = (P) prepared;
            checkUniqueFields(stored);
            withHiddenHolder(() -> store.insert(stored));
            LOG.debug("Created {} {}", stored.kind(), stored.id());
            publish(standardized.after(new RegistryEvent.PartyCreated(stored, now)), reason);
            @SuppressWarnings("unchecked")
            P seen = (P) view(stored);
            return seen;
        } finally {
            delivery.unlock();
        }
    }

    @Override
    public BulkResult createAll(Iterable<? extends Party> parties, int batchSize, Progress progress) {
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(progress, "progress");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        List<BulkResult.Rejection> rejected = new ArrayList<>();
        List<Party> batch = new ArrayList<>(Math.min(batchSize, 10_000));
        List<Long> positions = new ArrayList<>(Math.min(batchSize, 10_000));
        long index = 0;
        long created = 0;
        for (Party party : parties) {
            Objects.requireNonNull(party, "parties[" + index + "]");
            batch.add(party);
            positions.add(index++);
            if (batch.size() == batchSize) {
                created += storeBatch(batch, positions, rejected);
                progress.update(index, created, rejected.size());
                batch.clear();
                positions.clear();
            }
        }
        if (!batch.isEmpty()) {
            created += storeBatch(batch, positions, rejected);
            progress.update(index, created, rejected.size());
        }
        return new BulkResult(index, created, rejected);
    }

    /**
     * Checks a batch as {@link #create} checks one party, stores the valid ones with one {@code insertAll} and
     * publishes their events; if the store refuses the batch (a conflict {@code create} could not see beforehand), it
     * stores them one by one to find the culprits. Returns how many were stored.
     */
    private long storeBatch(List<Party> batch, List<Long> positions, List<BulkResult.Rejection> rejected) {
        Instant now = clock.instant();
        delivery.lock();
        try {
            CustomFieldSchema schema = store.schema();
            List<Party> valid = new ArrayList<>(batch.size());
            List<Long> validPositions = new ArrayList<>(batch.size());
            java.util.Map<PartyId, Standardization> standardizations = new java.util.HashMap<>();
            java.util.Map<String, PartyId> uniqueValues = new java.util.HashMap<>();
            // the kinds of every contact person of the batch in one store call; parties found valid earlier in the
            // batch count as stored, as they would be had they been created one by one
            java.util.Map<PartyId, PartyKind> known = new java.util.HashMap<>(store.kindsOf(batch.stream()
                    .filter(Company.class::isInstance).flatMap(c -> ((Company) c).contactPersons().stream())
                    .map(ContactPerson::person).collect(java.util.stream.Collectors.toSet())));
            KindLookup kinds = ids -> {
                java.util.Map<PartyId, PartyKind> out = new java.util.HashMap<>();
                ids.forEach(id -> {
                    if (known.containsKey(id)) {
                        out.put(id, known.get(id));
                    }
                });
                return out;
            };
            for (int i = 0; i < batch.size(); i++) {
                Party party = batch.get(i);
                try {
                    require(Action.WRITE, Optional.of(party));
                    if (party.version() != 0) {
                        throw ValidationException.ofPublicValue("version", party.version(),
                                "0 for a new party (a stored party is changed with update())");
                    }
                    Standardization standardized = standardize(party);
                    Party prepared = prepareNew(standardized.party(), now, schema, kinds);
                    if (standardized.found()) {
                        standardizations.put(prepared.id(), standardized);
                    }
                    checkUniqueFields(prepared, schema);
                    checkUniqueFieldsWithin(prepared, schema, uniqueValues);
                    known.putIfAbsent(prepared.id(), prepared.kind());
                    valid.add(prepared);
                    validPositions.add(positions.get(i));
                } catch (KartotekaException e) {
                    rejected.add(new BulkResult.Rejection(positions.get(i), party.id(), e));
                }
            }
            List<Party> stored = new ArrayList<>(valid.size());
            try {
                withHiddenHolder(() -> store.insertAll(valid));
                stored.addAll(valid);
            } catch (KartotekaException batchRefused) {
                // a conflict the checks could not see (a concurrent writer) or a database failure: store one by one,
                // so each party ends stored or rejected with its own reason
                for (int i = 0; i < valid.size(); i++) {
                    Party party = valid.get(i);
                    try {
                        withHiddenHolder(() -> store.insert(party));
                        stored.add(party);
                    } catch (KartotekaException e) {
                        rejected.add(new BulkResult.Rejection(validPositions.get(i), party.id(), e));
                    }
                }
                rejected.sort(java.util.Comparator.comparingLong(BulkResult.Rejection::index));
            }
            LOG.debug("Created {} parties in one batch", stored.size());
            publish(stored.stream().<RegistryEvent>mapMulti((p, sink) -> {
                RegistryEvent created = new RegistryEvent.PartyCreated(p, now);
                Standardization standardized = standardizations.get(p.id());
                (standardized == null ? List.of(created) : standardized.after(created)).forEach(sink);
            }).toList(), reason);
            return stored.size();
        } finally {
            delivery.unlock();
        }
    }

    /** A new party as {@link #create} stores it: active, timestamps, owner history, defaults, validated. */
    private Party prepareNew(Party party, Instant now, CustomFieldSchema schema) {
        return prepareNew(party, now, schema, store::kindsOf);
    }

    private Party prepareNew(Party party, Instant now, CustomFieldSchema schema, KindLookup kinds) {
        Party.Builder<?, ?> b = party.toBuilder().status(PartyStatus.ACTIVE).createdAt(now).updatedAt(now);
        b.ownerHistory(party.owner().map(o -> List.of(new OwnerAssignment(o, now, Optional.empty(), Optional.empty())))
                .orElse(List.of()));
        return prepare(applyDefaults(b.build(), schema), Optional.empty(), schema, kinds);
    }

    /**
     * A party as the standardizer wrote it, with what changed (entered → standardised) and what it could not
     * normalise; the party itself when there is no standardizer.
     */
    private record Standardization(Party party, List<dev.kartoteka.core.audit.FieldChange> changes,
                                   List<Remark> remarks) {

        boolean found() {
            return !changes.isEmpty() || !remarks.isEmpty();
        }

        RegistryEvent event(Party stored, Instant at) {
            return new RegistryEvent.PartyStandardized(stored, changes, remarks, at);
        }

        /** The write's event, followed by the standardisation's if it found anything. */
        List<RegistryEvent> after(RegistryEvent written) {
            return found() ? List.of(written, event(written.party(), written.at())) : List.of(written);
        }
    }

    private Standardization standardize(Party entered) {
        if (standardizer.isEmpty()) {
            return new Standardization(entered, List.of(), List.of());
        }
        Standardized<Party> s = standardizer.get().standardize(entered);
        Party party = s.get();
        List<dev.kartoteka.core.audit.FieldChange> changes = party == entered ? List.of()
                : AuditRecorder.diff(AuditRecorder.flatten(entered), AuditRecorder.flatten(party));
        if (!s.remarks().isEmpty()) {
            LOG.debug("Standardising {} {}: {} value(s) kept as entered ({})", entered.kind(), entered.id(),
                    s.remarks().size(), s.remarks().stream().map(Remark::field).toList());
        }
        return new Standardization(party, changes, s.remarks());
    }

    /** Unique custom-field values must also differ among the parties of one batch. */
    private static void checkUniqueFieldsWithin(Party party, CustomFieldSchema schema,
                                                java.util.Map<String, PartyId> seen) {
        // every field is checked before any value is recorded, so a rejected party reserves none of its values
        List<String> keys = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (FieldDefinition f : schema.fields()) {
            if (f.unique()) {
                party.customFields().get(f.key().value()).ifPresent(v -> {
                    Object canonical = v instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : v;
                    String key = f.key().value() + '\u0000' + canonical;
                    if (seen.containsKey(key)) {
                        violations.add(new Violation("customFields." + f.key(), Mask.mask(v),
                                f.key() + " (" + f.label().text() + "): a value no other party holds"));
                    }
                    keys.add(key);
                });
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        keys.forEach(k -> seen.put(k, party.id()));
    }

    @Override
    public <P extends Party> P update(P party) {
        Objects.requireNonNull(party, "party");
        Party stored = storedParty(party.id());
        require(Action.WRITE, Optional.of(stored));
        if (stored.kind() != party.kind()) {
            throw ValidationException.ofPublicValue("kind", party.kind(), "the stored kind " + stored.kind());
        }
        checkVersion(stored, party.version());
        // what the actor could not see keeps its stored value before anything is standardised
        Standardization standardized = standardize(FieldMasking.unmask(party, stored, policy.maskedFields(actor,
                stored)));
        List<java.util.function.Function<Party, RegistryEvent>> extra = standardized.found()
                ? List.of(next -> standardized.event(next, next.updatedAt())) : List.of();
        @SuppressWarnings("unchecked")
        P result = (P) commit(stored, standardized.party().toBuilder().status(stored.status()).build(), null, extra);
        return result;
    }

    @Override
    public List<Violation> validate(Party party) {
        Objects.requireNonNull(party, "party");
        List<Violation> violations = new ArrayList<>();
        // what create or update would store: standardised first, if this registry standardises
        checked(standardize(party).party(), store.findById(party.id()), violations, store.schema());
        return violations;
    }

    @Override
    public CustomFieldSchema schema() {
        return store.schema();
    }

    @Override
    public CustomFieldSchema evolveSchema(long expectedVersion, SchemaChange change) {
        Objects.requireNonNull(change, "change");
        require(Action.MANAGE_SCHEMA, Optional.empty());
        delivery.lock();
        try {
            CustomFieldSchema current = schemaAt(expectedVersion);
            CustomFieldSchema next = current.apply(change);
            BiFunction<CustomFieldLocation, CustomFieldValues, CustomFieldValues> rewrite = (at, values) -> values;
            if (change instanceof SchemaChange.RenameKey rename) {
                String from = current.field(rename.key()).orElseThrow().key().value();
                String to = rename.newKey().value();
                rewrite = (at, values) -> values.get(from).map(v -> values.without(from).with(to, v)).orElse(values);
            } else if (change instanceof SchemaChange.ChangeType retype) {
                ConversionReport report = conversionReport(current, retype);
                if (!report.convertsEverything()) {
                    throw new ValidationException(report.failures().stream().map(f -> new Violation(
                            f.partyId() + "." + f.path(), f.value(), report.key() + " as " + report.to() + ": "
                            + f.reason())).toList());
                }
                FieldDefinition from = current.field(retype.key()).orElseThrow();
                FieldDefinition to = next.field(retype.key()).orElseThrow();
                String key = to.key().value();
                rewrite = (at, values) -> values.get(key).map(v -> values.with(key,
                        CustomFieldSchema.convert(v, from, to).value().orElseThrow())).orElse(values);
            } else if (change instanceof SchemaChange.UpdateField update) {
                String key = update.field().key().value();
                requireStoredValuesFit(next, Set.of(key));
                FieldDefinition updated = next.field(key).orElseThrow();
                rewrite = (at, values) -> values.get(key).map(v -> values.with(key,
                        updated.canonicalValue(v).orElse(v))).orElse(values);
            }
            store.migrateSchema(next, expectedVersion, rewrite);
            LOG.debug("Custom-field schema evolved to version {} by {}", next.version(), change.getClass().getSimpleName());
            return next;
        } finally {
            delivery.unlock();
        }
    }

    /** The stored schema, if it is still the version a change was made against. Runs under the delivery lock. */
    private CustomFieldSchema schemaAt(long expectedVersion) {
        CustomFieldSchema current = store.schema();
        if (current.version() != expectedVersion) {
            throw new ConcurrentUpdateException("custom-field schema", expectedVersion, current.version());
        }
        return current;
    }

    @Override
    public ConversionReport previewTypeChange(SchemaChange.ChangeType change) {
        Objects.requireNonNull(change, "change");
        require(Action.MANAGE_SCHEMA, Optional.empty());
        return conversionReport(store.schema(), change);
    }

    @Override
    public CustomFieldSchema importSchema(long expectedVersion, CustomFieldSchema imported) {
        Objects.requireNonNull(imported, "imported");
        require(Action.MANAGE_SCHEMA, Optional.empty());
        delivery.lock();
        try {
            CustomFieldSchema current = schemaAt(expectedVersion);
            CustomFieldSchema next = CustomFieldSchema.of(current.version() + 1, imported.sections(), imported.fields());
            List<Violation> lost = new ArrayList<>();
            store.forEachCustomFields((at, values) -> {
                java.util.Map<String, String> seen = new java.util.HashMap<>();
                values.asMap().forEach((key, value) -> {
                    String path = at.partyId() + "." + at.path() + "." + key;
                    for (String problem : next.problemsOfStoredValue(key, value)) {
                        lost.add(new Violation(path, Mask.mask(value), problem + " in the imported schema"));
                    }
                    next.field(key).ifPresent(f -> {
                        String other = seen.putIfAbsent(f.key().value(), key);
                        if (other != null) {
                            lost.add(new Violation(path, Mask.mask(value), "one stored value per field, but " + other
                                    + " and " + key + " both become " + f.key() + " in the imported schema"));
                        }
                    });
                });
            });
            if (!lost.isEmpty()) {
                throw new ValidationException(lost);
            }
            lost.addAll(duplicatesOfUniqueFields(next, next.fields().stream().map(f -> f.key().value())
                    .collect(java.util.stream.Collectors.toSet())));
            if (!lost.isEmpty()) {
                throw new ValidationException(lost);
            }
            store.migrateSchema(next, current.version(), (at, values) -> {
                CustomFieldValues out = values;
                for (String key : values.keys()) {
                    FieldDefinition f = next.field(key).orElseThrow();
                    Object value = values.get(key).orElseThrow();
                    Object canonical = f.canonicalValue(value).orElse(value); // e.g. a decimal at the new scale
                    if (!f.key().value().equals(key) || !canonical.equals(value)) {
                        out = out.without(key).with(f.key().value(), canonical);
                    }
                }
                return out;
            });
            return next;
        } finally {
            delivery.unlock();
        }
    }

    /** Refuses a schema under which a stored value of the given fields would break a rule. */
    private void requireStoredValuesFit(CustomFieldSchema next, Set<String> keys) {
        List<Violation> broken = new ArrayList<>();
        store.forEachCustomFields((at, values) -> values.asMap().forEach((key, value) -> {
            if (keys.contains(key)) {
                for (String problem : next.problemsOfStoredValue(key, value)) {
                    broken.add(new Violation(at.partyId() + "." + at.path() + "." + key, Mask.mask(value), problem));
                }
            }
        }));
        broken.addAll(duplicatesOfUniqueFields(next, keys));
        if (!broken.isEmpty()) {
            throw new ValidationException(broken);
        }
    }

    /** Parties' own values that the schema's unique fields would make duplicates (as canonical values). */
    private List<Violation> duplicatesOfUniqueFields(CustomFieldSchema schema, Set<String> keys) {
        List<Violation> duplicates = new ArrayList<>();
        java.util.Map<String, java.util.Map<Object, PartyId>> seen = new java.util.HashMap<>();
        store.forEachCustomFields((at, values) -> {
            if (at.contactPersonIndex().isPresent()) {
                return;
            }
            values.asMap().forEach((key, value) -> schema.field(key)
                    .filter(f -> f.unique() && keys.contains(f.key().value())).ifPresent(f -> {
                        Object canonical = f.canonicalValue(value).orElse(value);
                        PartyId other = seen.computeIfAbsent(f.key().value(), k -> new java.util.HashMap<>())
                                .putIfAbsent(canonical, at.partyId());
                        if (other != null) {
                            duplicates.add(new Violation(at.partyId() + "." + at.path() + "." + key, Mask.mask(value),
                                    f.key() + ": a value no other party holds (the field would be unique)"));
                        }
                    }));
        });
        return duplicates;
    }

    @Override
    public Optional<Party> findById(PartyId id) {
        Optional<Party> found = store.findById(Objects.requireNonNull(id, "id")).map(this::survivorOf);
        found.ifPresent(p -> require(Action.READ, found));
        return found.map(this::view);
    }

    /** A tombstone's survivor (following merges of survivors), or the party itself. */
    private Party survivorOf(Party party) {
        Party p = party;
        for (int hops = 0; p.status() == PartyStatus.MERGED && p.mergedInto().isPresent(); hops++) {
            if (hops > 1000) {
                throw new StateConflictException("party " + party.id() + ": a cycle of merges");
            }
            PartyId next = p.mergedInto().get();
            p = store.findById(next).orElseThrow(() -> new NotFoundException("party", next));
        }
        return p;
    }

    /**
     * For history and consent reads by id: the survivor of a merged party (following merges), whose history and
     * consents the merge moved; the id itself for any other party and for an unknown id. No access check here: the
     * caller checks the id returned.
     */
    private PartyId currentId(PartyId id) {
        return store.findById(id).map(this::survivorOf).map(Party::id).orElse(id);
    }

    @Override
    public PartyId resolve(PartyId id) {
        Party stored = storedParty(id);
        Party survivor = survivorOf(stored);
        require(Action.READ, Optional.of(survivor));
        return survivor.id();
    }

    @Override
    public dev.kartoteka.core.merge.MergePreview previewMerge(dev.kartoteka.core.merge.MergeRequest request) {
        return merges().preview(request);
    }

    @Override
    public dev.kartoteka.core.merge.MergeResult merge(dev.kartoteka.core.merge.MergeRequest request) {
        return merges().merge(request);
    }

    private PartyMerges merges() {
        return new PartyMerges(store, historyStore, consentStore, clock, actor, delivery, new PartyMerges.Access() {
            @Override
            public void require(Action action, Optional<Party> party) {
                DefaultClientRegistry.this.require(action, party);
            }

            @Override
            public Party prepare(Party party, Party stored) {
                return DefaultClientRegistry.this.prepare(party, Optional.of(stored), store.schema());
            }

            @Override
            public void checkUniqueFields(Party party, Set<PartyId> ignoring) {
                DefaultClientRegistry.this.checkUniqueFields(party, store.schema(), ignoring);
            }

            @Override
            public Party view(Party party) {
                return DefaultClientRegistry.this.view(party);
            }

            @Override
            public Set<String> maskedFields(Party party) {
                return policy.maskedFields(actor, party);
            }

            @Override
            public void publish(List<RegistryEvent> events) {
                DefaultClientRegistry.this.publish(events, reason);
            }
        });
    }

    @Override
    public Party get(PartyId id) {
        return findById(id).orElseThrow(() -> new NotFoundException("party", id));
    }

    private Party storedParty(PartyId id) {
        return store.findById(Objects.requireNonNull(id, "id")).orElseThrow(() -> new NotFoundException("party", id));
    }

    @Override
    public List<Party> findByIdentifier(Identifier identifier) {
        Objects.requireNonNull(identifier, "identifier");
        String field = switch (IdentifierKeys.canonical(identifier).type()) {
            case NIP -> "nip";
            case REGON -> "regon";
            case KRS -> "krs";
            case PESEL -> "pesel";
            case EU_VAT -> "euVatNumber";
            case FOREIGN_TAX -> "foreignTaxNumber";
            case EMAIL, PHONE -> "contactPoints";
        };
        // a reader who may not see the identifier must not be able to confirm a guess of it either; a tombstone's
        // identifier leads to its survivor
        java.util.Map<PartyId, Party> found = new java.util.TreeMap<>();
        for (Party p : store.findByIdentifier(identifier)) {
            if (!FieldMasking.covers(field, policy.maskedFields(actor, p))) {
                Party survivor = survivorOf(p);
                found.putIfAbsent(survivor.id(), survivor);
            }
        }
        return visible(new ArrayList<>(found.values()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // access policy

    /** Throws, and audits the refusal, unless the policy permits the action. */
    private void require(Action action, Optional<Party> party) {
        if (!policy.permits(actor, action, party)) {
            // a refused creation is audited under its own id, unless that id is somebody else's (no planted entries)
            party.ifPresent(p -> auditStore.append(new AuditEntry(java.util.UUID.randomUUID(), clock.instant(), actor,
                    p.version() == 0 && p.createdAt().equals(Instant.EPOCH) && store.findById(p.id()).isPresent()
                            ? PartyId.random() : p.id(), "access denied: " + action, List.of(), reason)));
            LOG.info("Access denied: {} by {} on {}", action, actor.map(UserId::value).orElse("an unidentified actor"),
                    party.map(p -> "party " + p.id()).orElse("the registry"));
            throw new AccessDeniedException(action + (party.map(p -> " on party " + p.id()).orElse(""))
                    + " is not permitted for " + actor.map(UserId::value).orElse("an unidentified actor"));
        }
    }

    /** A duplicate identifier names its holder only to a reader who may see that party. */
    private void withHiddenHolder(Runnable write) {
        try {
            write.run();
        } catch (dev.kartoteka.core.DuplicateIdentifierException e) {
            boolean canSee = store.findById(PartyId.parse(e.holderId())).map(this::readable).orElse(false);
            if (canSee) {
                throw e;
            }
            throw new dev.kartoteka.core.DuplicateIdentifierException(e.identifierType(), "***", "(another party)");
        }
    }

    /** The stored parties among {@code ids} that this view's actor may read, with one store call when all may. */
    private java.util.Set<PartyId> readableAmong(java.util.Set<PartyId> ids) {
        java.util.Set<PartyId> stored = store.kindsOf(ids).keySet();
        if (policy == AccessPolicy.allowAll()) {
            return stored;
        }
        java.util.Set<PartyId> out = new java.util.HashSet<>();
        for (PartyId id : stored) {
            store.findById(id).filter(this::readable).ifPresent(p -> out.add(id));
        }
        return out;
    }

    private boolean readable(Party party) {
        return policy.permits(actor, Action.READ, Optional.of(party));
    }

    /** The party as this view's actor may see it. */
    private Party view(Party party) {
        return FieldMasking.mask(party, policy.maskedFields(actor, party));
    }

    @SuppressWarnings("unchecked")
    private <P extends Party> List<P> visible(List<P> parties) {
        return parties.stream().filter(this::readable).map(p -> (P) view(p)).toList();
    }

    @Override
    public Page<Party> search(PartyQuery query) {
        PartyQuery canonical = canonicalQuery(query);
        if (policy == AccessPolicy.allowAll()) {
            return store.search(canonical);
        }
        // record-level rules are the policy's code: filter every match, then cut the page (in store order), keeping
        // only the page's parties
        long from = (long) query.pageNumber() * query.pageSize();
        long[] total = {0};
        List<Party> items = new ArrayList<>();
        store.forEachMatch(canonical, p -> {
            if (visibleMatch(canonical, p)) {
                if (total[0] >= from && items.size() < query.pageSize()) {
                    items.add(view(p));
                }
                total[0]++;
            }
        });
        return new Page<>(items, total[0], query.pageNumber(), query.pageSize());
    }

    @Override
    public void forEachMatch(PartyQuery query, Consumer<? super Party> action) {
        Objects.requireNonNull(action, "action");
        PartyQuery canonical = canonicalQuery(query);
        if (policy == AccessPolicy.allowAll()) {
            store.forEachMatch(canonical, action::accept); // what search returns for this policy: the stored parties
            return;
        }
        store.forEachMatch(canonical, p -> {
            if (visibleMatch(canonical, p)) {
                action.accept(view(p));
            }
        });
    }

    @Override
    public List<Party> exportParties(PartyQuery query) {
        List<Party> all = visibleMatches(canonicalQuery(query));
        if (all.size() > 1) {
            all.forEach(p -> require(Action.EXPORT, Optional.of(p)));
        }
        LOG.debug("Exported {} parties", all.size());
        return all.stream().map(this::view).toList();
    }

    @Override
    public String exportJson(PartyQuery query) {
        List<Party> all = visibleMatches(canonicalQuery(query));
        if (all.size() > 1) {
            all.forEach(p -> require(Action.EXPORT, Optional.of(p)));
        }
        List<Object> out = new ArrayList<>();
        for (Party p : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("partyId", p.id().toString());
            m.put("kind", p.kind().name());
            m.putAll(AuditRecorder.flatten(view(p)));
            out.add(m);
        }
        LOG.debug("Exported {} parties", all.size());
        return dev.kartoteka.core.internal.json.Json.writePretty(out);
    }

    /** The query as the store takes it: a day to evaluate roles on, canonical custom-field criteria. */
    private PartyQuery canonicalQuery(PartyQuery query) {
        Objects.requireNonNull(query, "query");
        PartyQuery.Builder b = query.toBuilder();
        if (query.asOf().isEmpty()) {
            b.asOf(LocalDate.now(clock));
        }
        if (!query.customFields().isEmpty()) {
            b.customFields(canonicalCriteria(query.customFields()));
        }
        return b.build();
    }

    /** Every party the query matches that this view's actor may read and did not match on a masked field. */
    private List<Party> visibleMatches(PartyQuery canonical) {
        List<Party> visible = new ArrayList<>();
        store.forEachMatch(canonical, p -> {
            if (visibleMatch(canonical, p)) {
                visible.add(p);
            }
        });
        return visible;
    }

    /** Whether this view's actor may read a party the query matched, and it did not match on a masked field. */
    private boolean visibleMatch(PartyQuery canonical, Party party) {
        return readable(party) && !criteriaTouchMaskedFields(canonical, policy.maskedFields(actor, party));
    }

    /**
     * Whether a query matched a party on something the reader may not see — then the party is left out, so that a
     * masked name, tag, address or custom field cannot be confirmed by searching for a guess.
     */
    private static boolean criteriaTouchMaskedFields(PartyQuery q, Set<String> masked) {
        if (masked.isEmpty()) {
            return false;
        }
        return (q.name().isPresent() && (FieldMasking.covers("givenNames", masked)
                        || FieldMasking.covers("familyName", masked)))
                || (!q.tags().isEmpty() && FieldMasking.covers("tags", masked))
                || ((q.city().isPresent() || q.district().isPresent() || q.postalCodePrefix().isPresent())
                        && FieldMasking.covers("contactPoints", masked))
                || q.customFields().stream().anyMatch(c -> FieldMasking.covers("customFields." + c.key(), masked));
    }

    /** Resolves former keys and converts criterion values into the fields' Java types. */
    private List<FieldCriterion> canonicalCriteria(List<FieldCriterion> criteria) {
        CustomFieldSchema schema = store.schema();
        List<FieldCriterion> out = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (FieldCriterion c : criteria) {
            Optional<FieldDefinition> field = schema.field(c.key());
            if (field.isEmpty()) {
                violations.add(new Violation("customFields." + c.key(), c.key(), "a field of the schema (version "
                        + schema.version() + ")"));
                continue;
            }
            FieldDefinition f = field.get();
            String key = f.key().value();
            if (!f.targets().contains(FieldTarget.COMPANY) && !f.targets().contains(FieldTarget.PERSON)) {
                violations.add(new Violation("customFields." + key, key,
                        "a field of companies or persons (search does not look into contact persons)"));
            }
            java.util.function.Function<Object, Object> canonical = v -> f.canonicalValue(v).orElseGet(() -> {
                violations.add(new Violation("customFields." + key, Mask.mask(v), f.key() + " (" + f.label().text()
                        + "): " + f.type().description()));
                return v;
            });
            if (c instanceof FieldCriterion.Equals e) {
                out.add(FieldCriterion.equalTo(key, canonical.apply(e.value())));
            } else if (c instanceof FieldCriterion.Between r) {
                if (!f.type().isOrdered()) {
                    violations.add(new Violation("customFields." + key, f.type().name(),
                            "a field of an ordered type for a range (numbers, money, dates)"));
                }
                java.util.stream.Stream.of(r.min(), r.max()).flatMap(Optional::stream)
                        .filter(b -> b instanceof dev.kartoteka.core.money.Money m && f.currency().isPresent()
                                && !f.currency().get().equals(m.currency()))
                        .forEach(b -> violations.add(new Violation("customFields." + key, b.toString(),
                                "an amount in " + f.currency().get().getCurrencyCode())));
                out.add(FieldCriterion.between(key, r.min().map(canonical).orElse(null),
                        r.max().map(canonical).orElse(null)));
            } else if (c instanceof FieldCriterion.HasOption o) {
                if (!f.type().isChoice()) {
                    violations.add(new Violation("customFields." + key, f.type().name(), "a choice field"));
                } else if (f.option(o.code()).isEmpty()) {
                    violations.add(new Violation("customFields." + key, o.code(), "one of the options "
                            + f.options().stream().map(dev.kartoteka.core.field.ChoiceOption::code).toList()));
                }
                out.add(FieldCriterion.hasOption(key, o.code()));
            } else if (c instanceof FieldCriterion.IsEmpty) {
                out.add(FieldCriterion.isEmpty(key));
            } else {
                out.add(FieldCriterion.isPresent(key));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return out;
    }

    @Override
    public Party archive(PartyId id, long expectedVersion) {
        return mutate(id, expectedVersion, p -> {
            if (p.status() != PartyStatus.ACTIVE) {
                throw new StateConflictException("party " + id + " is already " + p.status().name().toLowerCase(java.util.Locale.ROOT));
            }
            return p.toBuilder().status(PartyStatus.ARCHIVED).build();
        });
    }

    @Override
    public Party restore(PartyId id, long expectedVersion) {
        return mutate(id, expectedVersion, p -> {
            if (p.status() != PartyStatus.ARCHIVED) {
                throw new StateConflictException("party " + id + " is not archived");
            }
            return p.toBuilder().status(PartyStatus.ACTIVE).build();
        });
    }

    @Override
    public Party addRole(PartyId id, long expectedVersion, PartyRole role) {
        Objects.requireNonNull(role, "role");
        return mutate(id, expectedVersion, p -> p.toBuilder().addRole(role).build());
    }

    @Override
    public Party endRole(PartyId id, long expectedVersion, RoleType type, LocalDate lastDay) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lastDay, "lastDay");
        return mutate(id, expectedVersion, p -> {
            List<PartyRole> roles = new ArrayList<>(p.roles());
            int open = indexOfOpenRole(roles, type);
            if (open < 0) {
                throw new StateConflictException("party " + id + " holds no open role " + type);
            }
            roles.set(open, roles.get(open).endedOn(lastDay));
            return p.toBuilder().roles(roles).build();
        });
    }

    @Override
    public Party convertLeadToClient(PartyId id, long expectedVersion, LocalDate clientSince) {
        Objects.requireNonNull(clientSince, "clientSince");
        Party stored = storedParty(id);
        require(Action.WRITE, Optional.of(stored));
        checkVersion(stored, expectedVersion);
        List<PartyRole> roles = new ArrayList<>(stored.roles());
        int open = indexOfOpenRole(roles, RoleType.LEAD);
        if (open < 0 || roles.get(open).since().isAfter(clientSince)) {
            throw new StateConflictException("party " + id + " has no open lead role started on or before " + clientSince);
        }
        if (stored.hasRole(RoleType.CLIENT, clientSince)
                || roles.stream().anyMatch(r -> r.type().equals(RoleType.CLIENT) && r.until().isEmpty())) {
            throw new StateConflictException("party " + id + " already is a client");
        }
        PartyRole lead = roles.get(open);
        LocalDate lastLeadDay = lead.since().isBefore(clientSince) ? clientSince.minusDays(1) : clientSince;
        PartyRole endedLead = lead.endedOn(lastLeadDay);
        PartyRole client = PartyRole.of(RoleType.CLIENT, clientSince);
        roles.set(open, endedLead);
        roles.add(client);
        Party proposed = stored.toBuilder().roles(roles).build();
        Instant now = clock.instant();
        return commit(stored, proposed, null, List.of(party -> new RegistryEvent.LeadConverted(party, endedLead, client, now)));
    }

    @Override
    public Party reassignOwner(PartyId id, long expectedVersion, UserId newOwner, String reason) {
        Objects.requireNonNull(newOwner, "newOwner");
        Party stored = storedParty(id);
        require(Action.WRITE, Optional.of(stored));
        checkVersion(stored, expectedVersion);
        if (stored.owner().equals(Optional.of(newOwner))) {
            return view(stored); // already the owner: nothing changes, no version, no event
        }
        return commit(stored, stored.toBuilder().owner(newOwner).build(), reason, List.of());
    }

    @Override
    public Company addContactPerson(PartyId companyId, long expectedVersion, ContactPerson contactPerson) {
        Objects.requireNonNull(contactPerson, "contactPerson");
        Party stored = storedParty(companyId);
        require(Action.WRITE, Optional.of(stored));
        if (!(stored instanceof Company company)) {
            throw ValidationException.ofPublicValue("companyId", companyId, "the id of a company, not of a person");
        }
        checkVersion(stored, expectedVersion);
        return (Company) commit(stored, company.toBuilder().addContactPerson(contactPerson).build(), null, List.of());
    }

    @Override
    public List<Company> companiesOf(PartyId person, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        return visible(store.companiesWithContactPerson(person).stream()
                .filter(c -> c.contactPersons().stream().anyMatch(cp -> cp.person().equals(person) && cp.isActiveOn(day)))
                .toList());
    }

    @Override
    public List<UpcomingDate> upcomingDates(LocalDate from, int days) {
        return upcoming(from, days, null);
    }

    @Override
    public List<UpcomingDate> upcomingDates(LocalDate from, int days, UserId owner) {
        return upcoming(from, days, Objects.requireNonNull(owner, "owner"));
    }

    @Override
    public History history() {
        return new GuardedHistory(history, this::guard, p -> store.findById(p).map(this::readable).orElse(false),
                this::readableAmong,
                this::locked, this::currentId);
    }

    private void publishOne(RegistryEvent event) {
        delivery.lock();
        try {
            publish(List.of(event), reason);
        } finally {
            delivery.unlock();
        }
    }

    @Override
    public Subscription subscribe(RegistryListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (actor.isPresent() && policy != AccessPolicy.allowAll()) {
            // listeners receive every event unmasked: they belong to the host application, not to a user
            throw new AccessDeniedException("listeners receive every event unmasked; subscribe on the registry itself, "
                    + "not on a view acting for " + actor.get().value());
        }
        RegistryListener wrapper = listener::onEvent; // distinct identity, so the same listener can subscribe twice
        listeners.add(wrapper);
        return () -> listeners.remove(wrapper);
    }

    private List<UpcomingDate> upcoming(LocalDate from, int days, UserId owner) {
        Objects.requireNonNull(from, "from");
        if (days < 0 || days > 366) {
            throw new IllegalArgumentException("days must be 0 to 366, was " + days);
        }
        LocalDate end = from.plusDays(days);
        Set<MonthDay> monthDays = new HashSet<>();
        for (LocalDate d = from; !d.isAfter(end); d = d.plusDays(1)) {
            monthDays.add(MonthDay.from(d));
            if (d.getMonthValue() == 2 && d.getDayOfMonth() == 28 && !d.isLeapYear()) {
                monthDays.add(MonthDay.of(2, 29));
            }
        }
        List<UpcomingDate> out = new ArrayList<>();
        for (Party stored : store.findByAnnualDate(monthDays)) {
            if (stored.status() != PartyStatus.ACTIVE || (owner != null && !stored.owner().equals(Optional.of(owner)))
                    || !readable(stored)) {
                continue;
            }
            Party p = view(stored); // dates come from what the reader may see: a masked birth date stays hidden
            List<ImportantDate> dates = new ArrayList<>(p.importantDates());
            if (p instanceof Person person && person.birthDate().isPresent()
                    && dates.stream().noneMatch(d -> d.kind() == ImportantDateKind.BIRTHDAY)) {
                dates.add(ImportantDate.of(ImportantDateKind.BIRTHDAY, person.birthDate().get()));
            }
            for (ImportantDate date : dates) {
                for (LocalDate occ = date.nextOn(from); !occ.isAfter(end); occ = date.nextOn(occ.plusDays(1))) {
                    int year = occ.getYear();
                    OptionalInt anniversary = date.since().map(s -> year - s.getValue()).filter(n -> n >= 0)
                            .map(OptionalInt::of).orElse(OptionalInt.empty());
                    out.add(new UpcomingDate(p.id(), date.kind(), date.label(), occ, anniversary));
                }
            }
        }
        out.sort(Comparator.comparing(UpcomingDate::date).thenComparing(UpcomingDate::partyId)
                .thenComparing(u -> u.kind().ordinal()));
        return out;
    }

    private Party mutate(PartyId id, long expectedVersion, UnaryOperator<Party> change) {
        Objects.requireNonNull(id, "id");
        Party stored = storedParty(id);
        require(Action.WRITE, Optional.of(stored));
        checkVersion(stored, expectedVersion);
        return commit(stored, change.apply(stored), null, List.of());
    }

    /**
     * Turns a proposed state into the next stored version (version, timestamps and owner history are the registry's),
     * validates, stores and publishes the events.
     */
    private Party commit(Party stored, Party proposed, String ownerReason,
                         List<java.util.function.Function<Party, RegistryEvent>> extraEvents) {
        require(Action.WRITE, Optional.of(stored));
        if (stored.status() == PartyStatus.ERASED) {
            throw new StateConflictException("party " + stored.id() + " was erased; it cannot be changed");
        }
        if (stored.status() == PartyStatus.MERGED) {
            throw new StateConflictException("party " + stored.id() + " was merged into "
                    + stored.mergedInto().map(PartyId::toString).orElse("another party") + "; change the survivor");
        }
        // what the actor could not see, the actor cannot change: masked fields keep their stored values
        proposed = FieldMasking.unmask(proposed, stored, policy.maskedFields(actor, stored));
        Instant now = clock.instant();
        Party.Builder<?, ?> b = proposed.toBuilder()
                .version(stored.version() + 1)
                .createdAt(stored.createdAt())
                .updatedAt(now)
                .ownerHistory(ownerHistory(stored, proposed.owner(), now, ownerReason));
        Party proposedNext = b.build();
        require(Action.WRITE, Optional.of(proposedNext)); // e.g. handing an own client to somebody else
        CustomFieldSchema schema = store.schema();
        Party next = prepare(proposedNext, Optional.of(stored), schema);
        delivery.lock();
        try {
            if (store.schema().version() != schema.version()) {
                next = prepare(proposedNext, Optional.of(stored), store.schema()); // the schema evolved meanwhile
            }
            checkUniqueFields(next);
            Party toStore = next;
            withHiddenHolder(() -> store.replace(toStore, stored.version()));
            LOG.debug("Updated {} {} to version {}", next.kind(), next.id(), next.version());
            publish(events(stored, next, now, extraEvents), Optional.ofNullable(ownerReason).or(() -> reason));
        } finally {
            delivery.unlock();
        }
        return view(next);
    }

    private static List<OwnerAssignment> ownerHistory(Party stored, Optional<UserId> newOwner, Instant now,
                                                      String reason) {
        if (stored.owner().equals(newOwner)) {
            return stored.ownerHistory();
        }
        List<OwnerAssignment> history = new ArrayList<>();
        for (OwnerAssignment a : stored.ownerHistory()) {
            history.add(a.until().isEmpty() ? a.endedAt(now) : a);
        }
        newOwner.ifPresent(o -> history.add(new OwnerAssignment(o, now, Optional.empty(), Optional.ofNullable(reason))));
        return history;
    }

    private static List<RegistryEvent> events(Party before, Party after, Instant now,
                                              List<java.util.function.Function<Party, RegistryEvent>> extra) {
        List<RegistryEvent> events = new ArrayList<>();
        events.add(new RegistryEvent.PartyUpdated(before, after, now));
        if (before.status() != after.status()) {
            events.add(after.status() == PartyStatus.ARCHIVED
                    ? new RegistryEvent.PartyArchived(after, now) : new RegistryEvent.PartyRestored(after, now));
        }
        List<PartyRole> previous = new ArrayList<>(before.roles());
        List<PartyRole> added = new ArrayList<>();
        for (PartyRole role : after.roles()) {
            if (!previous.remove(role)) {
                added.add(role);
            }
        }
        for (PartyRole role : added) {
            PartyRole same = previous.stream()
                    .filter(r -> r.type().equals(role.type()) && r.since().equals(role.since())).findFirst().orElse(null);
            if (same == null) {
                events.add(new RegistryEvent.RoleAdded(after, role, now));
                continue;
            }
            previous.remove(same);
            boolean ended = same.until().isEmpty() && role.until().isPresent() && same.lead().equals(role.lead());
            events.add(ended ? new RegistryEvent.RoleEnded(after, role, now)
                    : new RegistryEvent.RoleChanged(after, same, role, now));
        }
        for (PartyRole removed : previous) {
            events.add(new RegistryEvent.RoleRemoved(after, removed, now));
        }
        if (!before.owner().equals(after.owner())) {
            events.add(new RegistryEvent.OwnerReassigned(after, before.owner(), after.owner(), now));
        }
        extra.forEach(f -> events.add(f.apply(after)));
        return events;
    }

    /** Validates a party about to be stored and returns it with canonical custom-field values. */
    private Party prepare(Party party, Optional<Party> previous, CustomFieldSchema schema) {
        return prepare(party, previous, schema, store::kindsOf);
    }

    /** As {@link #prepare(Party, Optional, CustomFieldSchema)}, telling stored parties' kinds by {@code kinds}. */
    private Party prepare(Party party, Optional<Party> previous, CustomFieldSchema schema, KindLookup kinds) {
        List<Violation> violations = new ArrayList<>();
        Party canonical = checked(party, previous, violations, schema, kinds);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return canonical;
    }

    /** Collects every violation of a party; returns the party with canonical custom-field values. */
    private Party checked(Party party, Optional<Party> previous, List<Violation> violations, CustomFieldSchema schema) {
        return checked(party, previous, violations, schema, store::kindsOf);
    }

    /** Tells the kinds of stored parties among some ids (absent: not stored). */
    @FunctionalInterface
    private interface KindLookup {
        java.util.Map<PartyId, PartyKind> kindsOf(java.util.Collection<PartyId> ids);
    }

    private Party checked(Party party, Optional<Party> previous, List<Violation> violations, CustomFieldSchema schema,
                          KindLookup kinds) {
        violations.addAll(rules.check(party));
        if (party instanceof Company company) {
            checkContactPersonsExist(company, violations, kinds);
        }
        Set<RoleType> roles = activeRoles(party);
        CustomFieldValues before = previous.map(Party::customFields).orElse(CustomFieldValues.empty());
        CustomFieldSchema.Checked own = schema.check(target(party), roles, party.customFields(), before, "customFields");
        violations.addAll(own.violations());
        checkPartyReferences(party, own.values(), before, schema, "customFields", violations, kinds);
        Party.Builder<?, ?> b = party.toBuilder().customFields(own.values());
        if (party instanceof Company company && !company.contactPersons().isEmpty()) {
            List<ContactPerson> storedPersons = previous.filter(Company.class::isInstance).map(Company.class::cast)
                    .map(Company::contactPersons).orElse(List.of());
            List<ContactPerson> persons = new ArrayList<>();
            for (int i = 0; i < company.contactPersons().size(); i++) {
                ContactPerson cp = company.contactPersons().get(i);
                List<ContactPerson> samePerson = storedPersons.stream().filter(o -> o.person().equals(cp.person()))
                        .toList();
                CustomFieldValues old = samePerson.stream().filter(o -> o.since().equals(cp.since()))
                        .map(ContactPerson::customFields).findFirst()
                        .orElse(samePerson.size() == 1 ? samePerson.get(0).customFields() : CustomFieldValues.empty());
                CustomFieldSchema.Checked c = schema.check(FieldTarget.CONTACT_PERSON, roles, cp.customFields(), old,
                        "contactPersons[" + i + "].customFields");
                violations.addAll(c.violations());
                checkPartyReferences(party, c.values(), old, schema, "contactPersons[" + i + "].customFields",
                        violations, kinds);
                persons.add(cp.withCustomFields(c.values()));
            }
            ((Company.Builder) b).contactPersons(persons);
        }
        return b.build();
    }

    /** A party reference must name another party of this registry (checked when it is written anew). */
    private void checkPartyReferences(Party party, CustomFieldValues values, CustomFieldValues before,
                                      CustomFieldSchema schema, String path, List<Violation> violations,
                                      KindLookup kinds) {
        values.asMap().forEach((key, value) -> {
            if (value instanceof PartyId ref && !before.get(key).equals(Optional.of(ref))
                    && schema.field(key).map(f -> f.type() == dev.kartoteka.core.field.FieldType.PARTY_REFERENCE)
                    .orElse(false)) {
                if (ref.equals(party.id()) || !kinds.kindsOf(java.util.Set.of(ref)).containsKey(ref)) {
                    violations.add(new Violation(path + "." + key, ref.toString(),
                            key + ": the id of another party stored in this registry"));
                }
            }
        });
    }

    private Party applyDefaults(Party party, CustomFieldSchema schema) {
        Set<RoleType> roles = activeRoles(party);
        Party.Builder<?, ?> b = party.toBuilder()
                .customFields(schema.withDefaults(target(party), roles, party.customFields()));
        if (party instanceof Company company && !company.contactPersons().isEmpty()) {
            ((Company.Builder) b).contactPersons(company.contactPersons().stream()
                    .map(cp -> cp.withCustomFields(schema.withDefaults(FieldTarget.CONTACT_PERSON, roles,
                            cp.customFields()))).toList());
        }
        return b.build();
    }

    /** Unique custom fields: no other party (archived included) may hold the same value. Runs under the lock. */
    private void checkUniqueFields(Party party) {
        checkUniqueFields(party, store.schema());
    }

    private void checkUniqueFields(Party party, CustomFieldSchema schema) {
        checkUniqueFields(party, schema, Set.of());
    }

    /** As {@link #checkUniqueFields(Party, CustomFieldSchema)}, values held by {@code ignoring} not counting. */
    private void checkUniqueFields(Party party, CustomFieldSchema schema, Set<PartyId> ignoring) {
        List<Violation> violations = new ArrayList<>();
        for (FieldDefinition f : schema.fields()) {
            if (!f.unique()) {
                continue;
            }
            Optional<Object> value = party.customFields().get(f.key().value());
            if (value.isEmpty()) {
                continue;
            }
            PartyQuery same = PartyQuery.builder().customField(FieldCriterion.equalTo(f.key().value(), value.get()))
                    .includeArchived(true).asOf(LocalDate.now(clock)).page(0, 2).build();
            store.search(same).items().stream().filter(p -> !p.id().equals(party.id()) && !ignoring.contains(p.id()))
                    .findFirst()
                    .ifPresent(holder -> violations.add(new Violation("customFields." + f.key(),
                            Mask.mask(value.get()), f.key() + " (" + f.label().text()
                            + "): a value no other party holds")));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private ConversionReport conversionReport(CustomFieldSchema schema, SchemaChange.ChangeType change) {
        FieldDefinition from = schema.field(change.key()).orElseThrow(() -> ValidationException.ofPublicValue(
                "schema.fields." + change.key(), change.key(), "a field of the schema"));
        FieldDefinition to = schema.retyped(change);
        String key = from.key().value();
        List<ConversionReport.Failure> failures = new ArrayList<>();
        java.util.Map<Object, PartyId> seen = new java.util.HashMap<>();
        int[] converted = {0};
        store.forEachCustomFields((at, values) -> values.get(key).ifPresent(v -> {
            CustomFieldSchema.Conversion c = CustomFieldSchema.convert(v, from, to);
            String path = at.path() + "." + key;
            if (c.value().isEmpty()) {
                failures.add(new ConversionReport.Failure(at.partyId(), path, Mask.mask(v), c.reason()));
            } else if (to.unique() && at.contactPersonIndex().isEmpty()
                    && seen.putIfAbsent(c.value().get(), at.partyId()) != null) {
                failures.add(new ConversionReport.Failure(at.partyId(), path, Mask.mask(v),
                        "converts to the same value as another party's (the field is unique)"));
            } else {
                converted[0]++;
            }
        }));
        return new ConversionReport(from.key(), from.type(), to.type(), converted[0], failures);
    }

    private Set<RoleType> activeRoles(Party party) {
        LocalDate today = LocalDate.now(clock);
        return party.rolesOn(today).stream().map(PartyRole::type).collect(java.util.stream.Collectors.toSet());
    }

    private static FieldTarget target(Party party) {
        return party.kind() == PartyKind.COMPANY ? FieldTarget.COMPANY : FieldTarget.PERSON;
    }

    private static void checkContactPersonsExist(Company company, List<Violation> out, KindLookup kinds) {
        List<ContactPerson> persons = company.contactPersons();
        if (persons.isEmpty()) {
            return;
        }
        java.util.Map<PartyId, PartyKind> stored = kinds.kindsOf(persons.stream().map(ContactPerson::person)
                .collect(java.util.stream.Collectors.toSet()));
        for (int i = 0; i < persons.size(); i++) {
            PartyId personId = persons.get(i).person();
            if (stored.get(personId) != PartyKind.PERSON) {
                out.add(new Violation("contactPersons[" + i + "].person", personId.toString(),
                        "the id of a person stored in this registry"));
            }
        }
    }

    private static void checkVersion(Party stored, long expectedVersion) {
        if (stored.version() != expectedVersion) {
            throw new ConcurrentUpdateException("party " + stored.id(), expectedVersion, stored.version());
        }
    }

    private static int indexOfOpenRole(List<PartyRole> roles, RoleType type) {
        for (int i = roles.size() - 1; i >= 0; i--) {
            if (roles.get(i).type().equals(type) && roles.get(i).until().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Records the audit entries of one operation's events, then delivers them. Runs under the delivery lock. */
    private void publish(List<RegistryEvent> events, Optional<String> auditReason) {
        List<AuditEntry> entries = AuditRecorder.entriesFor(events, clock.instant(), actor, auditReason);
        if (entries.size() == 1) {
            auditStore.append(entries.get(0));
        } else if (!entries.isEmpty()) {
            auditStore.appendAll(entries);
        }
        for (RegistryEvent event : events) {
            for (RegistryListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (Exception e) { // also checked exceptions thrown sneakily, e.g. by Kotlin listeners
                    LOG.warn("Registry listener failed on {} for party {}: {}", event.getClass().getSimpleName(),
                            event.partyId(), e.getClass().getName());
                }
            }
        }
    }
}
