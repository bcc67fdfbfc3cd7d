package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.registry.RegistryListener;
import dev.kartoteka.core.registry.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apiguardian.api.API;

/**
 * The duplicate check on entry for a registry that keeps changing: a blocking index of the registry's parties that
 * follows its writes (it listens to the registry's events), so {@link #findDuplicates(Party)} before a
 * {@code create} finds the parties stored a moment ago too. Answered from the index: the parties sharing a blocking
 * key with the candidate are scored, never all parties. {@link DuplicateIndex} is the faster, compact snapshot for a
 * one-off batch scan.
 *
 * <pre>{@code
 * LiveDuplicateIndex duplicates = LiveDuplicateIndex.follow(registry, DuplicateDetector.defaults());
 * List<MatchResult> found = duplicates.findDuplicates(newClient);   // before registry.create(newClient)
 * }</pre>
 *
 * <p>Created, updated, restored and archived parties are (re)indexed from the event's party as stored; erased parties
 * and merged ones (tombstones) leave the index. Thread-safe: look-ups run concurrently, writes one at a time.
 * Memory: one profile (the folded values the rules compare) and its blocking keys per party.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LiveDuplicateIndex implements RegistryListener, DuplicateLookup {

    private final DuplicateDetector detector;
    private final Map<Integer, Set<PartyId>> blocks = new HashMap<>();
    private final Map<PartyId, Profile> profiles = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private Subscription subscription = () -> { };

    private LiveDuplicateIndex(DuplicateDetector detector) {
        this.detector = detector;
    }

    /**
     * Indexes every party of a registry the registry's actor may read (archived ones included), page by page, and
     * subscribes to its events to follow later writes. Subscribe before other writers start, or writes made while
     * the index is being read may be missed.
     *
     * @param registry the registry
     * @param detector the rules and block size
     * @return the index
     */
    public static LiveDuplicateIndex follow(ClientRegistry registry, DuplicateDetector detector) {
        Objects.requireNonNull(registry, "registry");
        LiveDuplicateIndex index = new LiveDuplicateIndex(Objects.requireNonNull(detector, "detector"));
        index.subscription = registry.subscribe(index);
        for (int page = 0; ; page++) {
            Page<Party> p = registry.search(PartyQuery.builder().includeArchived(true)
                    .page(page, PartyQuery.MAX_PAGE_SIZE).build());
            p.items().forEach(index::put);
            if (page + 1 >= p.totalPages()) {
                break;
            }
        }
        return index;
    }

    /**
     * An empty index fed by the caller ({@link #put}, {@link #remove}), e.g. from another source of parties.
     *
     * @param detector the rules and block size
     * @return the index
     */
    public static LiveDuplicateIndex empty(DuplicateDetector detector) {
        return new LiveDuplicateIndex(Objects.requireNonNull(detector, "detector"));
    }

    /**
     * Adds a party or replaces its earlier state.
     *
     * @param party the party as stored
     */
    public void put(Party party) {
        Objects.requireNonNull(party, "party");
        if (party.status() == PartyStatus.ERASED || party.status() == PartyStatus.MERGED) {
            remove(party.id());
            return;
        }
        Profile p = DuplicateIndex.profileOf(detector, party);
        lock.writeLock().lock();
        try {
            unindex(party.id());
            profiles.put(party.id(), p);
            for (int key : p.keys) {
                blocks.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(party.id());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Removes a party.
     *
     * @param id the party
     */
    public void remove(PartyId id) {
        Objects.requireNonNull(id, "id");
        lock.writeLock().lock();
        try {
            unindex(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void unindex(PartyId id) {
        Profile old = profiles.remove(id);
        if (old != null) {
            for (int key : old.keys) {
                Set<PartyId> block = blocks.get(key);
                if (block != null) {
                    block.remove(id);
                    if (block.isEmpty()) {
                        blocks.remove(key);
                    }
                }
            }
        }
    }

    /** Indexes the event's party as stored ({@link #put} leaves erased and merged parties out). */
    @Override
    public void onEvent(RegistryEvent event) {
        put(event.party());
    }

    /**
     * Finds the indexed parties a party may duplicate, as {@link DuplicateIndex#findDuplicates(Party)} does: the
     * parties sharing a blocking key (blocks above the detector's maximum size are skipped) are scored with the rules
     * of its kind; the party itself (same id) is left out.
     *
     * @param candidate a new or changed party
     * @return the matches and possible matches, best first; {@code left} is the candidate
     */
    @Override
    public List<MatchResult> findDuplicates(Party candidate) {
        Objects.requireNonNull(candidate, "candidate");
        Profile c = DuplicateIndex.profileOf(detector, candidate);
        MatchRules rules = detector.rulesFor(c.kind);
        List<MatchResult> found = new ArrayList<>();
        lock.readLock().lock();
        try {
            // the parties bearing a person's full name, the person among them (the candidate may not be stored)
            Scorer.Namesakes namesakes = p -> {
                String full = p.single(MatchField.FULL_NAME);
                Set<PartyId> bearers = full == null ? null : blocks.get(BlockingKeys.hash('p', 'S', full));
                return bearers == null ? 1 : bearers.size() + (bearers.contains(p.id) ? 0 : 1);
            };
            Set<PartyId> seen = new TreeSet<>();
            for (int key : c.keys) {
                Set<PartyId> block = blocks.get(key);
                if (block == null || block.size() > detector.maxBlockSize()) {
                    continue;
                }
                for (PartyId id : block) {
                    Profile other = profiles.get(id);
                    if (other.kind == c.kind && !id.equals(c.id) && seen.add(id)) {
                        MatchResult r = Scorer.explain(rules, c, other, namesakes);
                        if (r.outcome() != MatchOutcome.NO_MATCH) {
                            found.add(r);
                        }
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        found.sort(MatchResult.BEST_FIRST);
        return List.copyOf(found);
    }

    /** @return how many parties are indexed */
    public int size() {
        lock.readLock().lock();
        try {
            return profiles.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Stops following the registry (the index keeps what it holds). */
    public void stop() {
        subscription.close();
    }
}
