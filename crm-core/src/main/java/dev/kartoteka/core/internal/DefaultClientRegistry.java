package dev.kartoteka.core.internal;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
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
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.registry.RegistryListener;
import dev.kartoteka.core.registry.Subscription;
import dev.kartoteka.core.registry.UpcomingDate;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private final PartyStore store;
    private final Clock clock;
    private final PartyRules rules;
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();
    /** Held from storing a change until its events are delivered, so listeners see changes in stored order. */
    private final java.util.concurrent.locks.ReentrantLock delivery = new java.util.concurrent.locks.ReentrantLock();

    /**
     * @param store where parties are kept
     * @param clock the clock for timestamps and "today"
     * @param initialListeners listeners subscribed from the start
     */
    public DefaultClientRegistry(PartyStore store, Clock clock, List<RegistryListener> initialListeners) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = new PartyRules(clock);
        this.listeners.addAll(initialListeners);
    }

    @Override
    public <P extends Party> P create(P party) {
        Objects.requireNonNull(party, "party");
        if (party.version() != 0) {
            throw new IllegalArgumentException("a new party must have version 0, was " + party.version()
                    + "; use update() for stored parties");
        }
        Instant now = clock.instant();
        Party.Builder<?, ?> b = party.toBuilder().status(PartyStatus.ACTIVE).createdAt(now).updatedAt(now);
        b.ownerHistory(party.owner().map(o -> List.of(new OwnerAssignment(o, now, Optional.empty(), Optional.empty())))
                .orElse(List.of()));
        @SuppressWarnings("unchecked")
        P stored = (P) b.build();
        requireValid(stored);
        delivery.lock();
        try {
            store.insert(stored);
            LOG.debug("Created {} {}", stored.kind(), stored.id());
            publish(List.of(new RegistryEvent.PartyCreated(stored, now)));
        } finally {
            delivery.unlock();
        }
        return stored;
    }

    @Override
    public <P extends Party> P update(P party) {
        Objects.requireNonNull(party, "party");
        Party stored = get(party.id());
        if (stored.kind() != party.kind()) {
            throw ValidationException.ofPublicValue("kind", party.kind(), "the stored kind " + stored.kind());
        }
        checkVersion(stored, party.version());
        @SuppressWarnings("unchecked")
        P result = (P) commit(stored, party.toBuilder().status(stored.status()).build(), null, List.of());
        return result;
    }

    @Override
    public List<Violation> validate(Party party) {
        Objects.requireNonNull(party, "party");
        List<Violation> violations = new ArrayList<>(rules.check(party));
        if (party instanceof Company company) {
            checkContactPersonsExist(company, violations);
        }
        return violations;
    }

    @Override
    public Optional<Party> findById(PartyId id) {
        return store.findById(Objects.requireNonNull(id, "id"));
    }

    @Override
    public Party get(PartyId id) {
        return findById(id).orElseThrow(() -> new NotFoundException("party", id));
    }

    @Override
    public List<Party> findByIdentifier(Identifier identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return store.findByIdentifier(identifier);
    }

    @Override
    public Page<Party> search(PartyQuery query) {
        Objects.requireNonNull(query, "query");
        return store.search(query.asOf().isPresent() ? query : query.withAsOf(LocalDate.now(clock)));
    }

    @Override
    public Party archive(PartyId id, long expectedVersion) {
        return mutate(id, expectedVersion, p -> {
            if (p.status() == PartyStatus.ARCHIVED) {
                throw new StateConflictException("party " + id + " is already archived");
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
        Party stored = get(id);
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
        Party stored = get(id);
        checkVersion(stored, expectedVersion);
        if (stored.owner().equals(Optional.of(newOwner))) {
            return stored; // already the owner: nothing changes, no version, no event
        }
        return commit(stored, stored.toBuilder().owner(newOwner).build(), reason, List.of());
    }

    @Override
    public Company addContactPerson(PartyId companyId, long expectedVersion, ContactPerson contactPerson) {
        Objects.requireNonNull(contactPerson, "contactPerson");
        Party stored = get(companyId);
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
        return store.companiesWithContactPerson(person).stream()
                .filter(c -> c.contactPersons().stream().anyMatch(cp -> cp.person().equals(person) && cp.isActiveOn(day)))
                .toList();
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
    public Subscription subscribe(RegistryListener listener) {
        Objects.requireNonNull(listener, "listener");
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
        for (Party p : store.findByAnnualDate(monthDays)) {
            if (p.status() != PartyStatus.ACTIVE || (owner != null && !p.owner().equals(Optional.of(owner)))) {
                continue;
            }
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
        Party stored = get(id);
        checkVersion(stored, expectedVersion);
        return commit(stored, change.apply(stored), null, List.of());
    }

    /**
     * Turns a proposed state into the next stored version (version, timestamps and owner history are the registry's),
     * validates, stores and publishes the events.
     */
    private Party commit(Party stored, Party proposed, String ownerReason,
                         List<java.util.function.Function<Party, RegistryEvent>> extraEvents) {
        Instant now = clock.instant();
        Party.Builder<?, ?> b = proposed.toBuilder()
                .version(stored.version() + 1)
                .createdAt(stored.createdAt())
                .updatedAt(now)
                .ownerHistory(ownerHistory(stored, proposed.owner(), now, ownerReason));
        Party next = b.build();
        requireValid(next);
        delivery.lock();
        try {
            store.replace(next, stored.version());
            LOG.debug("Updated {} {} to version {}", next.kind(), next.id(), next.version());
            publish(events(stored, next, now, extraEvents));
        } finally {
            delivery.unlock();
        }
        return next;
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

    private void requireValid(Party party) {
        List<Violation> violations = validate(party);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private void checkContactPersonsExist(Company company, List<Violation> out) {
        List<ContactPerson> persons = company.contactPersons();
        for (int i = 0; i < persons.size(); i++) {
            PartyId personId = persons.get(i).person();
            Optional<Party> person = store.findById(personId);
            if (person.isEmpty() || person.get().kind() != PartyKind.PERSON) {
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

    private void publish(List<RegistryEvent> events) {
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
