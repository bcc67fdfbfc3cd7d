package dev.kartoteka.core.internal;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.consent.ConsentAction;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.consent.OptInState;
import dev.kartoteka.core.merge.MergePreview;
import dev.kartoteka.core.merge.MergeRequest;
import dev.kartoteka.core.merge.MergeResult;
import dev.kartoteka.core.merge.Survivorship;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.OwnerAssignment;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.IdentifierKeys;
import dev.kartoteka.core.spi.PartyStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges of duplicate parties over all of a registry's stores: the survivor gets the chosen values and the union of
 * the rest, the merged parties become tombstones, their history and consents move to the survivor (consents
 * conservatively), companies that named a merged person as contact person name the survivor. Made by
 * {@code DefaultClientRegistry} for one view (its actor).
 *
 * <p>Everything is read, checked and computed before the first write, under the registry's delivery lock; the parties
 * are then replaced in one {@link PartyStore#replaceAll} call, so a refused merge writes nothing.
 */
final class PartyMerges {

    private static final Logger LOG = LoggerFactory.getLogger(PartyMerges.class);

    /** What the registry view lends: access checks, validation, masking and event delivery. */
    interface Access {
        void require(Action action, Optional<Party> party);

        /** Validates a party about to replace {@code stored}; returns it with canonical custom-field values. */
        Party prepare(Party party, Party stored);

        /** Refuses unique custom-field values held by another party than those in {@code ignoring}. */
        void checkUniqueFields(Party party, Set<PartyId> ignoring);

        Party view(Party party);

        Set<String> maskedFields(Party party);

        /** Audits and delivers events; runs under the delivery lock. */
        void publish(List<RegistryEvent> events);
    }

    /** A merge computed and checked, ready to write. */
    private record Plan(Party survivorBefore, Party survivor, List<Party> mergedBefore, List<Party> tombstones,
                        List<Party> companiesBefore, List<Party> companies, MergePreview preview) {
    }

    private final PartyStore store;
    private final HistoryStore historyStore;
    private final ConsentStore consentStore;
    private final Clock clock;
    private final Optional<UserId> actor;
    private final java.util.concurrent.locks.ReentrantLock delivery;
    private final Access access;

    PartyMerges(PartyStore store, HistoryStore historyStore, ConsentStore consentStore, Clock clock,
                Optional<UserId> actor, java.util.concurrent.locks.ReentrantLock delivery, Access access) {
        this.store = store;
        this.historyStore = historyStore;
        this.consentStore = consentStore;
        this.clock = clock;
        this.actor = actor;
        this.delivery = delivery;
        this.access = access;
    }

    MergePreview preview(MergeRequest request) {
        Objects.requireNonNull(request, "request");
        delivery.lock();
        try {
            Plan plan = plan(request, clock.instant());
            return masked(plan.preview(), plan);
        } finally {
            delivery.unlock();
        }
    }

    MergeResult merge(MergeRequest request) {
        Objects.requireNonNull(request, "request");
        delivery.lock();
        try {
            Instant now = clock.instant();
            Plan plan = plan(request, now);
            List<Party> replaced = new ArrayList<>(plan.tombstones());
            replaced.add(plan.survivor());
            replaced.addAll(plan.companies());
            store.replaceAll(replaced);
            PartyId survivorId = plan.survivor().id();
            for (Party merged : plan.mergedBefore()) {
                historyStore.reassign(merged.id(), survivorId);
                consentStore.reassign(merged.id(), survivorId);
            }
            plan.preview().conservativeWithdrawals().forEach(consentStore::append);
            List<RegistryEvent> events = new ArrayList<>();
            events.add(new RegistryEvent.PartyUpdated(plan.survivorBefore(), plan.survivor(), now));
            for (int i = 0; i < plan.mergedBefore().size(); i++) {
                events.add(new RegistryEvent.PartyUpdated(plan.mergedBefore().get(i), plan.tombstones().get(i), now));
            }
            events.add(new RegistryEvent.PartiesMerged(plan.survivor(), plan.tombstones(), now));
            for (int i = 0; i < plan.companies().size(); i++) {
                events.add(new RegistryEvent.PartyUpdated(plan.companiesBefore().get(i), plan.companies().get(i), now));
            }
            for (ConsentEvent w : plan.preview().conservativeWithdrawals()) {
                events.add(new RegistryEvent.ConsentRecorded(plan.survivor(), w, now));
            }
            access.publish(events);
            LOG.info("Merged {} parties into {} ({} history entries, {} consent events moved, {} withdrawals added)",
                    plan.tombstones().size(), survivorId, plan.preview().historyEntries(),
                    plan.preview().consentEvents(), plan.preview().conservativeWithdrawals().size());
            MergePreview seen = masked(plan.preview(), plan);
            return new MergeResult(seen.survivor(), seen.merged(), seen.decisions(), seen.notSurviving(),
                    seen.historyEntries(), seen.consentEvents(), seen.conservativeWithdrawals());
        } finally {
            delivery.unlock();
        }
    }

    private Plan plan(MergeRequest request, Instant now) {
        List<Party> parties = new ArrayList<>();
        for (Map.Entry<PartyId, Long> e : request.parties().entrySet()) {
            Party p = store.findById(e.getKey()).orElseThrow(() -> new NotFoundException("party", e.getKey()));
            access.require(Action.MERGE, Optional.of(p));
            parties.add(p);
        }
        for (Party p : parties) {
            if (p.status() == PartyStatus.MERGED) {
                throw new StateConflictException("party " + p.id() + " was merged into "
                        + p.mergedInto().map(PartyId::toString).orElse("another party")
                        + " already; merge the survivor instead");
            }
            if (p.status() == PartyStatus.ERASED) {
                throw new StateConflictException("party " + p.id() + " was erased; it cannot be merged");
            }
            long expected = request.parties().get(p.id());
            if (p.version() != expected) {
                throw new ConcurrentUpdateException("party " + p.id(), expected, p.version());
            }
        }
        if (parties.stream().map(Party::kind).distinct().count() > 1) {
            throw ValidationException.ofPublicValue("parties", parties.stream().map(Party::kind).toList(),
                    "parties of one kind (companies with companies, persons with persons)");
        }
        Party survivorBefore = chooseSurvivor(parties, request.survivorChoice());
        List<Party> ordered = new ArrayList<>();
        ordered.add(survivorBefore);
        parties.stream().filter(p -> p != survivorBefore).forEach(ordered::add);
        List<Party> mergedBefore = ordered.subList(1, ordered.size());
        Set<PartyId> mergedIds = new HashSet<>();
        mergedBefore.forEach(p -> mergedIds.add(p.id()));

        MergePlanner.Combined combined = MergePlanner.combine(ordered, request);
        Party proposed = combined.party();
        boolean anyActive = ordered.stream().anyMatch(p -> p.status() == PartyStatus.ACTIVE);
        Party.Builder<?, ?> b = proposed.toBuilder().version(survivorBefore.version() + 1)
                .createdAt(survivorBefore.createdAt()).updatedAt(now)
                .status(anyActive ? PartyStatus.ACTIVE : survivorBefore.status())
                .ownerHistory(ownerHistory(survivorBefore, proposed.owner(), now));
        Party survivor = access.prepare(b.build(), survivorBefore);
        access.checkUniqueFields(survivor, mergedIds);

        List<Party> tombstones = mergedBefore.stream().map(m -> MergePlanner.tombstone(m, survivor, now)).toList();

        // companies that name a merged person as contact person name the survivor instead
        List<Party> companiesBefore = new ArrayList<>();
        List<Party> companies = new ArrayList<>();
        Map<PartyId, Company> referring = new LinkedHashMap<>();
        for (Party m : mergedBefore) {
            store.companiesWithContactPerson(m.id()).forEach(c -> referring.putIfAbsent(c.id(), c));
        }
        for (Company c : referring.values()) {
            List<ContactPerson> persons = new ArrayList<>();
            for (ContactPerson cp : c.contactPersons()) {
                ContactPerson moved = mergedIds.contains(cp.person())
                        ? new ContactPerson(survivor.id(), cp.position(), cp.department(), cp.since(), cp.until(),
                        cp.primary(), cp.contactPoints(), cp.customFields()) : cp;
                if (persons.stream().anyMatch(o -> o.person().equals(moved.person()) && o.since().equals(moved.since()))) {
                    continue;
                }
                persons.add(moved); // primaries cannot clash: the company's rules kept them apart already
            }
            Party next = c.toBuilder().contactPersons(persons).version(c.version() + 1).updatedAt(now).build();
            access.require(Action.WRITE, Optional.of(c));
            companiesBefore.add(c);
            companies.add(access.prepare(next, c));
        }

        int historyEntries = 0;
        int consentEvents = 0;
        Map<PartyId, List<ConsentEvent>> ledgers = new LinkedHashMap<>();
        for (Party p : ordered) {
            ledgers.put(p.id(), consentStore.eventsOf(p.id()));
        }
        for (Party m : mergedBefore) {
            Set<UUID> interactions = new HashSet<>();
            historyStore.interactionsOf(m.id()).forEach(i -> interactions.add(i.id()));
            historyStore.interactionsWithContactPerson(m.id()).forEach(i -> interactions.add(i.id()));
            historyEntries += interactions.size() + historyStore.transactionsOf(m.id()).size();
            consentEvents += ledgers.get(m.id()).size();
        }
        List<ConsentEvent> withdrawals = conservativeWithdrawals(survivor, ledgers, now);
        MergePreview preview = new MergePreview(survivor, mergedBefore.stream().map(Party::id).toList(),
                combined.decisions(), MergePlanner.notSurviving(ordered, survivor), historyEntries, consentEvents,
                withdrawals);
        return new Plan(survivorBefore, survivor, List.copyOf(mergedBefore), tombstones, companiesBefore, companies,
                preview);
    }

    private static Party chooseSurvivor(List<Party> parties, Survivorship choice) {
        if (choice instanceof Survivorship.Prefer p) {
            return parties.stream().filter(x -> x.id().equals(p.party())).findFirst().orElseThrow();
        }
        Comparator<Party> recent = Comparator.comparing(Party::updatedAt);
        if (choice instanceof Survivorship.MostComplete) {
            Comparator<Party> complete = Comparator.comparingInt(p -> AuditRecorder.flatten(p).size());
            return parties.stream().max(complete.thenComparing(recent)).orElseThrow();
        }
        // max returns the last of equals: prefer the first in the request's order at equal times
        Party best = parties.get(0);
        for (Party p : parties) {
            if (p.updatedAt().isAfter(best.updatedAt())) {
                best = p;
            }
        }
        return best;
    }

    private static List<OwnerAssignment> ownerHistory(Party stored, Optional<UserId> newOwner, Instant now) {
        if (stored.owner().equals(newOwner)) {
            return stored.ownerHistory();
        }
        List<OwnerAssignment> history = new ArrayList<>();
        for (OwnerAssignment a : stored.ownerHistory()) {
            history.add(a.until().isEmpty() ? a.endedAt(now) : a);
        }
        newOwner.ifPresent(o -> history.add(new OwnerAssignment(o, now, Optional.empty(), Optional.of("merge"))));
        return history;
    }

    /**
     * The withdrawals the survivor needs so that a withdrawal on either side wins: for every withdrawal that is the
     * latest event of its party on its scope (a channel and purpose, channel-wide or about one contact point), and a
     * grant of another party on that scope (or, for a withdrawal about one point, channel-wide) that is later, a
     * withdrawal on the same scope at the latest such grant's instant — unless a withdrawal of the merged ledger
     * already covers it. At equal instants a withdrawal decides before a grant, so the merged ledger says no.
     */
    private List<ConsentEvent> conservativeWithdrawals(Party survivor, Map<PartyId, List<ConsentEvent>> ledgers,
                                                       Instant now) {
        List<ConsentEvent> all = new ArrayList<>();
        ledgers.values().forEach(all::addAll);
        Map<String, ConsentEvent> needed = new LinkedHashMap<>();
        Map<String, Instant> until = new LinkedHashMap<>();
        for (Map.Entry<PartyId, List<ConsentEvent>> ledger : ledgers.entrySet()) {
            for (ConsentEvent w : ledger.getValue()) {
                if (w.action() != ConsentAction.WITHDRAWN || !isLatestOfScope(w, ledger.getValue())) {
                    continue;
                }
                Optional<Instant> lastGrant = all.stream()
                        .filter(g -> !g.partyId().equals(w.partyId()) && isGrant(g) && sameChannel(g, w)
                                && (w.contactPoint().isEmpty() || g.contactPoint().isEmpty()
                                || scope(g).equals(scope(w)))
                                && g.at().isAfter(w.at()))
                        .map(ConsentEvent::at).max(Comparator.naturalOrder());
                if (lastGrant.isEmpty()) {
                    continue;
                }
                boolean covered = all.stream().anyMatch(o -> o.action() == ConsentAction.WITHDRAWN && sameChannel(o, w)
                        && (o.contactPoint().isEmpty() || scope(o).equals(scope(w)))
                        && !o.at().isBefore(lastGrant.get()));
                if (covered) {
                    continue;
                }
                String key = w.channel() + "|" + w.purpose().code() + "|" + scope(w);
                if (until.containsKey(key) && !lastGrant.get().isAfter(until.get(key))) {
                    continue;
                }
                until.put(key, lastGrant.get());
                UUID id = UUID.nameUUIDFromBytes(("merge " + survivor.id() + " " + survivor.version() + " " + key)
                        .getBytes(StandardCharsets.UTF_8));
                needed.put(key, new ConsentEvent(id, survivor.id(), w.contactPoint(), w.channel(), w.purpose(),
                        ConsentAction.WITHDRAWN, lastGrant.get(), now, ConsentSource.OTHER,
                        Optional.of("merge into " + survivor.id() + ": withdrawal " + w.id() + " of party "
                                + w.partyId() + " wins over a later grant of a merged party"),
                        Optional.empty(), OptInState.NOT_REQUIRED, Optional.empty(), actor));
            }
        }
        return new ArrayList<>(needed.values());
    }

    private static boolean isGrant(ConsentEvent e) {
        return e.action() == ConsentAction.GRANTED && e.optIn() != OptInState.CONFIRMED;
    }

    private static boolean sameChannel(ConsentEvent a, ConsentEvent b) {
        return a.channel() == b.channel() && a.purpose().equals(b.purpose());
    }

    private static String scope(ConsentEvent e) {
        return e.contactPoint().map(IdentifierKeys::key).orElse("*");
    }

    /** Whether no grant or withdrawal of the same ledger on the same scope comes after {@code w}. */
    private static boolean isLatestOfScope(ConsentEvent w, List<ConsentEvent> ledger) {
        return ledger.stream().filter(e -> e != w && sameChannel(e, w) && scope(e).equals(scope(w))
                && (e.action() == ConsentAction.WITHDRAWN || isGrant(e))).noneMatch(e -> e.at().isAfter(w.at()));
    }

    /** The preview as the actor may see it: masked parties' fields are shown as {@code ***}. */
    private MergePreview masked(MergePreview preview, Plan plan) {
        List<Party> involved = new ArrayList<>(plan.mergedBefore());
        involved.add(plan.survivorBefore());
        Set<String> masks = new HashSet<>();
        involved.forEach(p -> masks.addAll(access.maskedFields(p)));
        if (masks.isEmpty()) {
            return preview;
        }
        boolean pointsMasked = FieldMasking.covers("contactPoints", masks);
        return new MergePreview(access.view(preview.survivor()), preview.merged(),
                preview.decisions().stream().map(d -> FieldMasking.covers(d.field(), masks)
                        ? new MergePreview.Decision(d.field(), d.value().map(v -> FieldMasking.MASK), d.source(),
                        d.rule()) : d).toList(),
                preview.notSurviving().stream().map(n -> FieldMasking.covers(n.field(), masks)
                        ? new MergePreview.NotSurviving(n.party(), n.field(), FieldMasking.MASK) : n).toList(),
                preview.historyEntries(), preview.consentEvents(),
                preview.conservativeWithdrawals().stream().map(e -> pointsMasked ? new ConsentEvent(e.id(),
                        e.partyId(), Optional.empty(), e.channel(), e.purpose(), e.action(), e.at(), e.recordedAt(),
                        e.source(), Optional.empty(), e.validUntil(), e.optIn(), e.confirms(), e.recordedBy()) : e)
                        .toList());
    }
}
