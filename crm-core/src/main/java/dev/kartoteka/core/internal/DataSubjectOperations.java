package dev.kartoteka.core.internal;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.access.AccessPolicy;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.privacy.DataSubjectRequests;
import dev.kartoteka.core.privacy.ErasureReport;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.OwnerAssignment;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data-subject requests over all of a registry's stores: the export of everything held about a person, and the
 * erasure that anonymises them everywhere. Made by {@code DefaultClientRegistry.privacy()} for one view (its actor).
 *
 * <p>This is an internal API of Kartoteka; use {@code ClientRegistry.privacy()}.
 */
final class DataSubjectOperations implements DataSubjectRequests {

    private static final Logger LOG = LoggerFactory.getLogger(DataSubjectOperations.class);

    /** What the registry view lends: its access checks and its event delivery. */
    interface Access {
        /**
         * @param action the action
         * @param party the party concerned
         */
        void require(Action action, Optional<Party> party);

        /**
         * @param party a party
         * @return whether the actor may read it
         */
        boolean readable(Party party);

        /**
         * @param party a party
         * @return the party as the actor may see it
         */
        Party view(Party party);

        /**
         * @param events events to audit and deliver (under the delivery lock)
         */
        void publish(List<RegistryEvent> events);
    }

    private final PartyStore store;
    private final HistoryStore historyStore;
    private final ConsentStore consentStore;
    private final AuditStore auditStore;
    private final Clock clock;
    private final Optional<UserId> actor;
    private final AccessPolicy policy;
    private final java.util.concurrent.locks.ReentrantLock delivery;
    private final Access access;

    DataSubjectOperations(PartyStore store, HistoryStore historyStore, ConsentStore consentStore, AuditStore auditStore,
                          Clock clock, Optional<UserId> actor, AccessPolicy policy,
                          java.util.concurrent.locks.ReentrantLock delivery, Access access) {
        this.store = store;
        this.historyStore = historyStore;
        this.consentStore = consentStore;
        this.auditStore = auditStore;
        this.clock = clock;
        this.actor = actor;
        this.policy = policy;
        this.delivery = delivery;
        this.access = access;
    }

    @Override
    public String export(PartyId id) {
        Objects.requireNonNull(id, "person");
        Party party = store.findById(id).orElseThrow(() -> new NotFoundException("party", id));
        access.require(Action.READ, Optional.of(party));
        access.require(Action.EXPORT, Optional.of(party));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "kartoteka-data-subject-export");
        doc.put("formatVersion", 1);
        doc.put("exportedAt", clock.instant().toString());
        doc.put("partyId", id.toString());
        doc.put("kind", party.kind().name());
        doc.put("party", new LinkedHashMap<>(AuditRecorder.flatten(access.view(party))));
        Set<String> masks = policy.maskedFields(actor, party);
        boolean pointsMasked = FieldMasking.covers("contactPoints", masks);
        List<Object> actsFor = new ArrayList<>();
        for (Company c : store.companiesWithContactPerson(id)) {
            if (!access.readable(c)) {
                continue;
            }
            for (ContactPerson cp : c.contactPersons()) {
                if (cp.person().equals(id)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("companyId", c.id().toString());
                    m.put("company", c.displayName());
                    cp.position().ifPresent(v -> m.put("position", v));
                    cp.department().ifPresent(v -> m.put("department", v));
                    m.put("since", cp.since().toString());
                    cp.until().ifPresent(v -> m.put("until", v.toString()));
                    Map<String, String> points = new LinkedHashMap<>();
                    AuditRecorder.contactPoints(pointsMasked ? List.of() : cp.contactPoints(), "contactPoints", points);
                    m.put("contactPoints", new LinkedHashMap<String, Object>(points));
                    actsFor.add(m);
                }
            }
        }
        doc.put("contactPersonOf", actsFor);
        List<Object> interactions = new ArrayList<>();
        java.util.Set<java.util.UUID> seen = new java.util.HashSet<>();
        for (dev.kartoteka.core.history.Interaction i : historyStore.allInteractions()) {
            if ((i.partyId().equals(id) || i.contactPerson().equals(Optional.of(id))) && seen.add(i.id())) {
                interactions.add(new LinkedHashMap<String, Object>(AuditRecorder.flatten(i)));
            }
        }
        doc.put("interactions", interactions);
        doc.put("transactions", historyStore.transactionsOf(id).stream()
                .map(t -> (Object) new LinkedHashMap<String, Object>(AuditRecorder.flatten(t))).toList());
        doc.put("consents", consentStore.eventsOf(id).stream()
                .map(e -> pointsMasked ? new ConsentEvent(e.id(), e.partyId(), Optional.empty(), e.channel(),
                        e.purpose(), e.action(), e.at(), e.recordedAt(), e.source(), Optional.empty(), e.validUntil(),
                        e.optIn(), e.confirms(), e.recordedBy()) : e)
                .map(e -> (Object) new LinkedHashMap<String, Object>(AuditRecorder.flatten(e))).toList());
        List<Object> auditEntries = new ArrayList<>();
        for (AuditEntry raw : auditStore.ofParty(id)) {
            AuditEntry e = masks.isEmpty() ? raw : GuardedAuditTrail.masked(raw, masks);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.at().toString());
            e.actor().ifPresent(a -> m.put("actor", a.value()));
            m.put("action", e.action());
            e.reason().ifPresent(r -> m.put("reason", r));
            List<Object> changes = new ArrayList<>();
            for (dev.kartoteka.core.audit.FieldChange c : e.changes()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("field", c.field());
                c.oldValue().ifPresent(v -> cm.put("old", v));
                c.newValue().ifPresent(v -> cm.put("new", v));
                changes.add(cm);
            }
            m.put("changes", changes);
            auditEntries.add(m);
        }
        doc.put("audit", auditEntries);
        return dev.kartoteka.core.internal.json.Json.writePretty(doc);
    }

    private static final String ERASED = "[erased]";

    @Override
    public ErasureReport erase(PartyId id, String erasureReason) {
        Objects.requireNonNull(id, "person");
        delivery.lock();
        try {
            Party stored = store.findById(id).orElseThrow(() -> new NotFoundException("party", id));
            access.require(Action.ERASE, Optional.of(stored));
            if (!(stored instanceof Person person)) {
                throw new StateConflictException("party " + id + " is not a person; only persons can be erased");
            }
            if (stored.status() == PartyStatus.ERASED) {
                throw new StateConflictException("party " + id + " was erased already");
            }
            if (stored.status() == PartyStatus.MERGED) {
                throw new StateConflictException("party " + id + " was merged into "
                        + stored.mergedInto().map(PartyId::toString).orElse("another party") + "; erase that party");
            }
            Instant now = clock.instant();
            List<Company> companies = store.companiesWithContactPerson(id);
            java.util.Set<PartyId> employers = new java.util.LinkedHashSet<>();
            companies.forEach(c -> employers.add(c.id()));
            java.util.Set<String> secrets = personalValues(person, companies);
            // the parties merged into the person are the person too: their tombstones and audit entries hold values
            java.util.Set<PartyId> selves = new java.util.HashSet<>(mergedInto(id));
            selves.add(id);
            rememberedByTheAudit(selves, employers, secrets); // also former employers and former values
            // 1. the person
            Person.Builder b = person.toBuilder().givenNames(ERASED).familyName(ERASED).pesel(null).birthDate(null)
                    .sex(null).profession(null).preferredContactTime(null).preferredLanguage(null);
            b.contactPoints(List.of()).importantDates(List.of()).interests(List.of()).tags(List.of()).notes(List.of())
                    .customFields(CustomFieldValues.empty()).status(PartyStatus.ERASED)
                    .roles(person.roles().stream().map(r -> new PartyRole(r.type(), r.since(), r.until(),
                            r.lead().map(l -> dev.kartoteka.core.party.LeadDetails.of(l.source(), l.warmth()))))
                            .toList())
                    .ownerHistory(person.ownerHistory().stream().map(a -> new OwnerAssignment(a.owner(), a.since(),
                            a.until(), Optional.empty())).toList())
                    .version(person.version() + 1).updatedAt(now);
            Person erased = b.build();
            store.replace(erased, person.version());
            for (PartyId merged : selves) {
                store.findById(merged).filter(t -> t.status() == PartyStatus.MERGED && t instanceof Person)
                        .map(Person.class::cast).ifPresent(t -> store.replace(t.toBuilder().givenNames(ERASED)
                                .familyName(ERASED).pesel(null).version(t.version() + 1).updatedAt(now).build(),
                                t.version()));
            }
            // 2. companies the person acts for
            for (Company c : companies) {
                List<ContactPerson> persons = c.contactPersons().stream().map(cp -> cp.person().equals(id)
                        ? new ContactPerson(cp.person(), Optional.empty(), Optional.empty(), cp.since(), cp.until(),
                        cp.primary(), List.of(), CustomFieldValues.empty()) : cp).toList();
                List<dev.kartoteka.core.party.Note> notes = c.notes().stream().map(n -> mentions(n.text(), secrets)
                        ? new dev.kartoteka.core.party.Note(ERASED, n.createdAt(), n.author()) : n).toList();
                Company scrubbed = c.toBuilder().contactPersons(persons).notes(notes).version(c.version() + 1)
                        .updatedAt(now).build();
                store.replace(scrubbed, c.version());
            }
            // notes of every other party that mention the person
            List<Party> mentioning = new ArrayList<>();
            store.forEachMatch(PartyQuery.builder().includeArchived(true).asOf(LocalDate.now(clock)).build(), other -> {
                if (!other.id().equals(id) && other.notes().stream().anyMatch(n -> mentions(n.text(), secrets))) {
                    mentioning.add(other);
                }
            });
            for (Party other : mentioning) {
                Party current = store.findById(other.id()).orElseThrow();
                List<dev.kartoteka.core.party.Note> notes = current.notes().stream().map(n -> mentions(n.text(), secrets)
                        ? new dev.kartoteka.core.party.Note(ERASED, n.createdAt(), n.author()) : n).toList();
                store.replace(current.toBuilder().notes(notes).version(current.version() + 1).updatedAt(now).build(),
                        current.version());
            }
            // 3. interactions with the person or mentioning them
            int interactions = 0;
            java.util.Set<String> scrubbedInteractions = new java.util.HashSet<>();
            for (dev.kartoteka.core.history.Interaction i : historyStore.allInteractions()) {
                boolean about = i.partyId().equals(id) || i.contactPerson().equals(Optional.of(id));
                if (about || mentions(i.subject(), secrets) || i.outcome().map(o -> mentions(o, secrets)).orElse(false)) {
                    historyStore.replace(new dev.kartoteka.core.history.Interaction(i.id(), i.partyId(),
                            i.contactPerson(), i.type(), i.direction(), i.channel(), i.at(), i.author(), ERASED,
                            Optional.empty(), i.followUp(), i.followUpDoneAt()));
                    scrubbedInteractions.add("interactions[" + i.id() + "].");
                    interactions++;
                }
            }
            // 4. consents
            int[] consents = {0};
            consentStore.anonymise(id, e -> {
                consents[0]++;
                return new ConsentEvent(e.id(), e.partyId(), Optional.empty(), e.channel(), e.purpose(), e.action(),
                        e.at(), e.recordedAt(), e.source(), Optional.empty(), e.validUntil(), e.optIn(), e.confirms(),
                        e.recordedBy());
            });
            // employers' consent events about the person's work contact points, or whose evidence names them
            for (PartyId employer : employers) {
                consentStore.anonymise(employer, e -> {
                    boolean theirs = e.contactPoint().map(cp -> mentions(cp.value(), secrets)).orElse(false);
                    boolean named = e.evidence().map(ev -> mentions(ev, secrets)).orElse(false);
                    if (!theirs && !named) {
                        return e;
                    }
                    consents[0]++;
                    // about the person's own work address: it moves to the (erased) person — it must never become
                    // a channel-wide consent of the company; merely naming them: only the evidence goes
                    return new ConsentEvent(e.id(), theirs ? id : e.partyId(), theirs ? Optional.empty()
                            : e.contactPoint(), e.channel(), e.purpose(), e.action(), e.at(), e.recordedAt(), e.source(),
                            named || theirs ? Optional.empty() : e.evidence(), e.validUntil(), e.optIn(), e.confirms(),
                            e.recordedBy());
                });
            }
            // 5. audit: the person's entries lose every value; anyone's values mentioning the person too
            int[] audits = {0};
            auditStore.rewrite(e -> {
                boolean own = selves.contains(e.partyId());
                boolean changed = false;
                List<dev.kartoteka.core.audit.FieldChange> changes = new ArrayList<>();
                java.util.Set<String> myIndexes = new java.util.HashSet<>();
                selves.forEach(self -> myIndexes.addAll(contactPersonEntriesOf(self, e)));
                for (dev.kartoteka.core.audit.FieldChange c : e.changes()) {
                    boolean all = own || myIndexes.stream().anyMatch(ix -> c.field().equals(ix)
                            || c.field().startsWith(ix + ".")) || scrubbedInteractions.stream().anyMatch(
                            prefix -> c.field().startsWith(prefix) && (c.field().endsWith(".subject")
                                    || c.field().endsWith(".outcome")));
                    Optional<String> oldValue = c.oldValue().map(v -> all || mentions(v, secrets) ? ERASED : v);
                    Optional<String> newValue = c.newValue().map(v -> all || mentions(v, secrets) ? ERASED : v);
                    changed |= !oldValue.equals(c.oldValue()) || !newValue.equals(c.newValue());
                    changes.add(new dev.kartoteka.core.audit.FieldChange(c.field(), oldValue, newValue));
                }
                Optional<String> why = e.reason().filter(r -> !own && !mentions(r, secrets));
                changed |= !why.equals(e.reason());
                if (!changed) {
                    return e;
                }
                audits[0]++;
                return new AuditEntry(e.id(), e.at(), e.actor(), e.partyId(), e.action(), changes, why);
            });
            // 6. the erasure itself, without personal data
            auditStore.append(new AuditEntry(java.util.UUID.randomUUID(), now, actor, id, "party erased", List.of(),
                    Optional.ofNullable(erasureReason)));
            LOG.info("Erased party {} ({} companies, {} interactions, {} consent events, {} audit entries)", id,
                    companies.size(), interactions, consents[0], audits[0]);
            access.publish(List.of(new RegistryEvent.PartyErased(erased, now)));
            return new ErasureReport(id, now, companies.size(), interactions, consents[0], audits[0]);
        } finally {
            delivery.unlock();
        }
    }

    /** The texts that identify a person: what erasure looks for in other records (3 characters or more). */
    private static java.util.Set<String> personalValues(Person person, List<Company> companies) {
        java.util.Set<String> values = new java.util.HashSet<>();
        values.add(person.givenNames());
        values.add(person.familyName());
        values.addAll(person.searchableNames()); // both orders where both names are known
        person.pesel().ifPresent(p -> values.add(p.value()));
        person.notes().forEach(n -> values.add(n.text()));
        Map<String, String> points = new LinkedHashMap<>();
        AuditRecorder.contactPoints(person.contactPoints(), "cp", points);
        for (Company c : companies) {
            for (ContactPerson cp : c.contactPersons()) {
                if (cp.person().equals(person.id())) {
                    AuditRecorder.contactPoints(cp.contactPoints(), "cp", points);
                    textValues(cp.customFields(), values);
                }
            }
        }
        values.addAll(points.values());
        for (dev.kartoteka.core.party.ContactPoint cp : person.contactPoints()) {
            if (cp instanceof dev.kartoteka.core.party.EmailContact e) {
                values.add(e.email().value());
            } else if (cp instanceof dev.kartoteka.core.party.PhoneContact ph) {
                values.add(ph.phone().value());
                values.add(ph.phone().value().replace("+", ""));
            } else if (cp instanceof dev.kartoteka.core.party.PostalAddress a) {
                a.street().ifPresent(st -> values.add(st + " " + a.building()));
            }
        }
        for (Company c : companies) {
            for (ContactPerson cp : c.contactPersons()) {
                if (cp.person().equals(person.id())) {
                    for (dev.kartoteka.core.party.ContactPoint point : cp.contactPoints()) {
                        if (point instanceof dev.kartoteka.core.party.EmailContact e) {
                            values.add(e.email().value());
                        } else if (point instanceof dev.kartoteka.core.party.PhoneContact ph) {
                            values.add(ph.phone().value());
                        }
                    }
                }
            }
        }
        textValues(person.customFields(), values);
        values.removeIf(v -> v.strip().length() < 3);
        return values;
    }

    /** Only texts can identify a person; numbers, dates and flags equal to someone else's are not theirs. */
    private static void textValues(CustomFieldValues fields, java.util.Set<String> values) {
        fields.asMap().values().forEach(v -> {
            if (v instanceof String text) {
                values.add(text);
            } else if (v instanceof dev.kartoteka.core.identifier.Email e) {
                values.add(e.value());
            } else if (v instanceof dev.kartoteka.core.identifier.PhoneNumber ph) {
                values.add(ph.value());
            }
        });
    }

    /**
     * Walks the audit trail once for what it remembers about the person: the companies they acted for (also former
     * employers), and values they had before — names, PESEL, notes, e-mails and phones of their own record, and
     * e-mails and phones of their contact-person entries in companies.
     */
    private void rememberedByTheAudit(java.util.Set<PartyId> selves, java.util.Set<PartyId> employers,
                                      java.util.Set<String> values) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (AuditEntry e : auditStore.query(Optional.empty(), Instant.MIN, Instant.MAX)) {
            java.util.Set<String> myIndexes = new java.util.HashSet<>();
            selves.forEach(self -> myIndexes.addAll(contactPersonEntriesOf(self, e)));
            if (!myIndexes.isEmpty()) {
                employers.add(e.partyId());
            }
            boolean own = selves.contains(e.partyId());
            for (dev.kartoteka.core.audit.FieldChange c : e.changes()) {
                String f = c.field();
                int dot = f.indexOf(".contactPoints[");
                if (own && (f.equals("givenNames") || f.equals("familyName") || f.equals("pesel")
                        || f.startsWith("notes["))) {
                    c.oldValue().ifPresent(found::add);
                    c.newValue().ifPresent(found::add);
                } else if ((own && f.startsWith("contactPoints["))
                        || (dot > 0 && myIndexes.contains(f.substring(0, dot)))) {
                    c.oldValue().ifPresent(v -> addContactToken(v, found));
                    c.newValue().ifPresent(v -> addContactToken(v, found));
                }
            }
        }
        found.removeIf(v -> v.strip().length() < 3);
        values.addAll(found);
    }

    /**
     * The parties merged into a party, directly or through parties merged into those, as the audit trail tells them
     * ({@code "party merged"} entries with {@code mergedInto}).
     */
    private java.util.Set<PartyId> mergedInto(PartyId survivor) {
        Map<String, java.util.Set<PartyId>> bySurvivor = new java.util.HashMap<>();
        for (AuditEntry e : auditStore.query(Optional.empty(), Instant.MIN, Instant.MAX)) {
            if (e.action().equals("party merged")) {
                e.changes().stream().filter(c -> c.field().equals("mergedInto")).flatMap(c -> c.newValue().stream())
                        .forEach(s -> bySurvivor.computeIfAbsent(s, k -> new java.util.HashSet<>()).add(e.partyId()));
            }
        }
        java.util.Set<PartyId> out = new java.util.LinkedHashSet<>();
        java.util.Deque<PartyId> todo = new java.util.ArrayDeque<>(List.of(survivor));
        while (!todo.isEmpty()) {
            for (PartyId m : bySurvivor.getOrDefault(todo.pop().toString(), java.util.Set.of())) {
                if (out.add(m)) {
                    todo.push(m);
                }
            }
        }
        return out;
    }

    /** The fields of an audit entry that are the person's contact-person entry in a company ("<id>, position, …"). */
    private static java.util.Set<String> contactPersonEntriesOf(PartyId id, AuditEntry e) {
        String mine = id + ", ";
        java.util.Set<String> fields = new java.util.HashSet<>();
        for (dev.kartoteka.core.audit.FieldChange c : e.changes()) {
            if (c.oldValue().filter(v -> v.startsWith(mine)).isPresent()
                    || c.newValue().filter(v -> v.startsWith(mine)).isPresent()) {
                fields.add(c.field());
            }
        }
        return fields;
    }

    /** The address part of an audited contact point ("e-mail a@b.pl, MAIN" gives "a@b.pl"). */
    private static void addContactToken(String auditValue, java.util.Set<String> values) {
        for (String prefix : List.of("e-mail ", "phone ")) {
            if (auditValue.startsWith(prefix)) {
                int end = auditValue.indexOf(',');
                String token = (end < 0 ? auditValue.substring(prefix.length()) : auditValue.substring(prefix.length(), end))
                        .strip();
                int ext = token.indexOf(" ext. ");
                values.add(ext < 0 ? token : token.substring(0, ext));
            }
        }
    }

    private static boolean mentions(String text, java.util.Set<String> secrets) {
        String folded = text.toLowerCase(java.util.Locale.ROOT);
        for (String s : secrets) {
            if (folded.contains(s.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
