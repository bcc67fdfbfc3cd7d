package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.Progress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * A blocking index over a collection of parties (typically the whole registry), built by
 * {@link DuplicateDetector#index(Iterable)}: every party's folded values and its blocking keys, the keys sorted so
 * that the parties sharing a key are found by binary search.
 *
 * <p>It answers two questions without comparing every party with every other: {@link #findDuplicates(Party)} (which
 * stored parties may a new or changed party duplicate? — the check on entry) and {@link #scan(Progress)} (which
 * parties of the collection are duplicates of each other?). A key shared by more than the detector's
 * {@linkplain DuplicateDetector#maxBlockSize() maximum block size} parties (a common surname with its initial, a shared
 * switchboard) is skipped: it says too little to be worth the pairs, and the other keys still bring the real
 * duplicates together.
 *
 * <p>The index holds one compact copy of the compared values per party (personal data, kept in memory only) and does
 * not follow later changes of the registry: build a new one, or check new parties with {@link #findDuplicates(Party)}
 * before storing them. It is immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DuplicateIndex implements DuplicateLookup {

    private static final int RUNS_PER_CHUNK = 2_048;

    private final DuplicateDetector detector;
    private final Profile[] profiles;
    /** Sorted {@code (keyHash << 32) | profileIndex}. */
    private final long[] table;
    /** The hashes of the keys held by more than the maximum block size, sorted. */
    private final int[] oversized;
    private final long blocks;
    private final Duration indexTime;

    private DuplicateIndex(DuplicateDetector detector, Profile[] profiles, long[] table, int[] oversized, long blocks,
            Duration indexTime) {
        this.detector = detector;
        this.profiles = profiles;
        this.table = table;
        this.oversized = oversized;
        this.blocks = blocks;
        this.indexTime = indexTime;
    }

    static DuplicateIndex build(DuplicateDetector detector, Iterator<? extends Party> parties) {
        long start = System.nanoTime();
        Profile.Interner interner = Profile.Interner.sharing();
        List<Profile> list = new ArrayList<>();
        long keyCount = 0;
        while (parties.hasNext()) {
            Party party = Objects.requireNonNull(parties.next(), "party");
            Profile p = detector.profile(party, interner);
            p.keys = BlockingKeys.of(p);
            keyCount += p.keys.length;
            list.add(p);
        }
        Profile[] profiles = list.toArray(new Profile[0]);
        list = null;
        interner = null;
        long[] table = new long[Math.toIntExact(keyCount)];
        int n = 0;
        for (int i = 0; i < profiles.length; i++) {
            for (int key : profiles[i].keys) {
                table[n++] = ((long) key << 32) | i;
            }
        }
        Arrays.parallelSort(table);
        int max = detector.maxBlockSize();
        int[] oversized = new int[16];
        int oversizedCount = 0;
        long blocks = 0;
        for (int s = 0; s < table.length; ) {
            int e = runEnd(table, s);
            if (e - s >= 2) {
                blocks++;
                if (e - s > max) {
                    if (oversizedCount == oversized.length) {
                        oversized = Arrays.copyOf(oversized, oversizedCount * 2);
                    }
                    oversized[oversizedCount++] = (int) (table[s] >> 32);
                }
            }
            s = e;
        }
        return new DuplicateIndex(detector, profiles, table, Arrays.copyOf(oversized, oversizedCount), blocks,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static int runEnd(long[] table, int start) {
        int key = (int) (table[start] >> 32);
        int e = start + 1;
        while (e < table.length && (int) (table[e] >> 32) == key) {
            e++;
        }
        return e;
    }

    /** The parties of this index bearing a person's full name: the size of its full-name block. */
    private final Scorer.Namesakes namesakes = p -> {
        String full = p.single(MatchField.FULL_NAME);
        return full == null ? 0 : blockSize(BlockingKeys.hash('p', 'S', full));
    };

    /** Whether a party of this id is stored among the bearers of the person's full name. */
    private boolean bearsNameStored(Profile person) {
        int key = BlockingKeys.hash('p', 'S', person.single(MatchField.FULL_NAME));
        for (int x = firstAtOrAfter(key), end = endOf(key); x < end; x++) {
            if (profiles[(int) table[x]].id.equals(person.id)) {
                return true;
            }
        }
        return false;
    }

    /** How many entries of the table hold a key (a hash collision can only add to it). */
    private int blockSize(int key) {
        return endOf(key) - firstAtOrAfter(key);
    }

    /** The position after the last entry of a key. */
    private int endOf(int key) {
        return key == Integer.MAX_VALUE ? table.length : firstAtOrAfter(key + 1);
    }

    /** The id of the party at a reading-order index. */
    PartyId idAt(int i) {
        return profiles[i].id;
    }

    /**
     * @return how many parties the index holds
     */
    public int size() {
        return profiles.length;
    }

    /**
     * @return the detector whose rules and settings this index uses
     */
    public DuplicateDetector detector() {
        return detector;
    }

    /**
     * Finds the stored parties that a party may duplicate: the parties that share a blocking key with it are scored
     * with the rules of its kind, and those that score {@link MatchOutcome#MATCH} or
     * {@link MatchOutcome#POSSIBLE_MATCH} are returned. Only the index is read: no scan of all parties. A stored
     * party with the same id as {@code candidate} (the party itself, before a change) is left out.
     *
     * @param candidate a new or changed party
     * @return the matches and possible matches, {@link MatchResult#BEST_FIRST best first}; {@code left} is the
     *     candidate; empty if none
     * @throws NullPointerException if {@code candidate} is {@code null}
     */
    @Override
    public List<MatchResult> findDuplicates(Party candidate) {
        Objects.requireNonNull(candidate, "candidate");
        Profile c = profileOf(detector, candidate);
        MatchRules rules = detector.rulesFor(c.kind);
        List<MatchResult> found = new ArrayList<>();
        // the candidate bears its name besides the stored parties, unless it is one of them
        Scorer.Namesakes withCandidate = p -> {
            int stored = namesakes.of(p);
            return stored + (stored > 0 && stored <= Scorer.RARE_NAME && bearsNameStored(p) ? 0 : 1);
        };
        for (int i : candidateIndexes(c)) {
            MatchResult r = Scorer.explain(rules, c, profiles[i], withCandidate);
            if (r.outcome() != MatchOutcome.NO_MATCH) {
                found.add(r);
            }
        }
        found.sort(MatchResult.BEST_FIRST);
        return List.copyOf(found);
    }

    /**
     * Returns the stored parties that share a usable blocking key with a party: the parties
     * {@link #findDuplicates(Party)} scores. For diagnostics and for measuring the blocking's recall.
     *
     * @param candidate any party
     * @return the ids, in the order the index read the parties; without {@code candidate}'s own id
     * @throws NullPointerException if {@code candidate} is {@code null}
     */
    public List<PartyId> candidates(Party candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return Arrays.stream(candidateIndexes(profileOf(detector, candidate))).mapToObj(i -> profiles[i].id).toList();
    }

    /** A party's profile with its blocking keys, as the indexes look it up. */
    static Profile profileOf(DuplicateDetector detector, Party party) {
        Profile p = detector.profile(party, Profile.Interner.none());
        p.keys = BlockingKeys.of(p);
        return p;
    }

    private int[] candidateIndexes(Profile c) {
        int max = detector.maxBlockSize();
        int[] found = new int[16];
        int n = 0;
        for (int key : c.keys) {
            int s = firstAtOrAfter(key);
            int e = s < table.length && (int) (table[s] >> 32) == key ? runEnd(table, s) : s;
            if (e - s == 0 || e - s > max) {
                continue;
            }
            for (int k = s; k < e; k++) {
                int i = (int) table[k];
                if (profiles[i].kind == c.kind && !profiles[i].id.equals(c.id)) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                }
            }
        }
        return IntStream.of(Arrays.copyOf(found, n)).sorted().distinct().toArray();
    }

    private int firstAtOrAfter(int key) {
        long target = (long) key << 32;
        int lo = 0;
        int hi = table.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (table[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Finds the duplicates within the indexed parties: every pair that shares a usable blocking key is scored once
     * (blocks are scored in parallel when the detector allows it); the {@link MatchOutcome#MATCH} pairs are joined into
     * clusters (connected components: if a matches b and b matches c, all three are one cluster); the
     * {@link MatchOutcome#POSSIBLE_MATCH} pairs are listed for review. A cluster never holds two parties that
     * contradict each other — two PESELs, NIPs or REGONs, two birth dates (three typing errors apart or more), a
     * woman and a man: where matches would join them (a record without a birth date matching both a father and his
     * son of the same name at one address), the cluster is built from its matches strongest first and a match that
     * would join the two is listed for review instead ({@link ScanResult#heldApart()}). The result is the same, in
     * the same order, whether or not the scan runs in parallel.
     *
     * @param progress told after every chunk of blocks: {@code done} = pairs scored so far, {@code succeeded} = of
     *     them a match or possible match, {@code failed} = of them no match; called from the scanning threads, one
     *     call at a time
     * @return the clusters, the pairs and the figures
     * @throws NullPointerException if {@code progress} is {@code null}
     */
    public ScanResult scan(Progress progress) {
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        int max = detector.maxBlockSize();
        int[] runStarts = new int[1024];
        int runs = 0;
        for (int s = 0; s < table.length; ) {
            int e = runEnd(table, s);
            if (e - s >= 2 && e - s <= max) {
                if (runs == runStarts.length) {
                    runStarts = Arrays.copyOf(runStarts, runs * 2);
                }
                runStarts[runs++] = s;
            }
            s = e;
        }
        int[] starts = Arrays.copyOf(runStarts, runs);
        int runCount = runs;
        int chunks = (runs + RUNS_PER_CHUNK - 1) / RUNS_PER_CHUNK;
        AtomicLong done = new AtomicLong();
        AtomicLong positive = new AtomicLong();
        Object progressLock = new Object();
        IntStream chunkIds = IntStream.range(0, chunks);
        List<long[]> perChunk = (detector.parallel() ? chunkIds.parallel() : chunkIds)
                .mapToObj(chunk -> {
                    Found found = scoreChunk(starts, chunk * RUNS_PER_CHUNK,
                            Math.min(runCount, (chunk + 1) * RUNS_PER_CHUNK));
                    long d = done.addAndGet(found.pairs);
                    long p = positive.addAndGet(found.size);
                    synchronized (progressLock) {
                        progress.update(d, p, d - p);
                    }
                    return Arrays.copyOf(found.packed, found.size);
                })
                .toList();
        long[] pairs = perChunk.stream().flatMapToLong(Arrays::stream).toArray();
        // packed: left index (31 bits) | right index (31 bits) | match flag (1 bit); sorting orders by left, then right
        Arrays.parallelSort(pairs);
        BitSet heldAt = keepContradictionsApart(pairs);
        int matchCount = 0;
        for (long pair : pairs) {
            if ((pair & 1) == 1) {
                matchCount++;
            }
        }
        int[] matchLeft = new int[matchCount];
        int[] matchRight = new int[matchCount];
        int[] possibleLeft = new int[pairs.length - matchCount];
        int[] possibleRight = new int[pairs.length - matchCount];
        BitSet held = new BitSet(possibleLeft.length); // which possible matches are matches held apart
        int m = 0;
        int q = 0;
        for (int k = 0; k < pairs.length; k++) {
            if ((pairs[k] & 1) == 1) {
                matchLeft[m] = leftOf(pairs[k]);
                matchRight[m++] = rightOf(pairs[k]);
            } else {
                held.set(q, heldAt.get(k));
                possibleLeft[q] = leftOf(pairs[k]);
                possibleRight[q++] = rightOf(pairs[k]);
            }
        }
        List<List<PartyId>> clusters = Clusters.of(profiles.length, matchLeft, matchRight, i -> profiles[i].id);
        Duration scanTime = Duration.ofNanos(System.nanoTime() - start);
        ScanStatistics statistics = new ScanStatistics(profiles.length, blocks, oversized.length, done.get(),
                matchCount, pairs.length - matchCount, clusters.size(), indexTime, scanTime);
        return new ScanResult(this, clusters, matchLeft, matchRight, possibleLeft, possibleRight, held, statistics);
    }

    /**
     * Turns into possible matches the matched pairs that would put two parties that {@linkplain Scorer#contradicts
     * contradict} each other into one cluster (see {@link Clusters#leftOut}); {@code pairs} as packed by the scan.
     *
     * @return the positions in {@code pairs} of the pairs turned
     */
    private BitSet keepContradictionsApart(long[] pairs) {
        int[] position = IntStream.range(0, pairs.length).filter(k -> (pairs[k] & 1) == 1).toArray();
        int[] left = Arrays.stream(position).map(k -> leftOf(pairs[k])).toArray();
        int[] right = Arrays.stream(position).map(k -> rightOf(pairs[k])).toArray();
        boolean[] out = Clusters.leftOut(profiles.length, left, right,
                (i, j) -> Scorer.contradicts(detector.rulesFor(profiles[i].kind), profiles[i], profiles[j]),
                k -> Scorer.score(detector.rulesFor(profiles[left[k]].kind), profiles[left[k]], profiles[right[k]],
                        namesakes).score());
        BitSet turned = new BitSet(pairs.length);
        for (int k = 0; k < out.length; k++) {
            if (out[k]) {
                pairs[position[k]] &= ~1L;
                turned.set(position[k]);
            }
        }
        return turned;
    }

    /** The left party's index of a packed pair. */
    private static int leftOf(long pair) {
        return (int) (pair >>> 32);
    }

    /** The right party's index of a packed pair. */
    private static int rightOf(long pair) {
        return (int) ((pair >>> 1) & 0x7FFF_FFFFL);
    }

    MatchResult explain(int left, int right) {
        return Scorer.explain(detector.rulesFor(profiles[left].kind), profiles[left], profiles[right], namesakes);
    }

    /** The positive pairs of one chunk of blocks, and how many pairs it scored. */
    private static final class Found {
        long[] packed = new long[64];
        int size;
        long pairs;

        void add(long pair) {
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, size * 2);
            }
            packed[size++] = pair;
        }
    }

    private Found scoreChunk(int[] starts, int fromRun, int toRun) {
        Found found = new Found();
        for (int r = fromRun; r < toRun; r++) {
            int s = starts[r];
            int e = runEnd(table, s);
            int key = (int) (table[s] >> 32);
            for (int x = s; x < e; x++) {
                int i = (int) table[x];
                Profile a = profiles[i];
                for (int y = x + 1; y < e; y++) {
                    int j = (int) table[y];
                    Profile b = profiles[j];
                    if (a.kind != b.kind || firstUsableSharedKey(a.keys, b.keys) != key) {
                        continue;
                    }
                    found.pairs++;
                    Scorer.Score score = Scorer.score(detector.rulesFor(a.kind), a, b, namesakes);
                    if (score.outcome() != MatchOutcome.NO_MATCH) {
                        found.add(((long) i << 32) | ((long) j << 1)
                                | (score.outcome() == MatchOutcome.MATCH ? 1 : 0));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The smallest key two profiles share that is not oversized: a pair sharing several keys is scored only in the
     * block of this one.
     */
    private int firstUsableSharedKey(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                if (Arrays.binarySearch(oversized, a[i]) < 0) {
                    return a[i];
                }
                i++;
                j++;
            }
        }
        throw new IllegalStateException("two profiles of one block share no usable key");
    }

    /** Shows the size only. */
    @Override
    public String toString() {
        return "DuplicateIndex[" + profiles.length + " parties, " + blocks + " blocks, " + oversized.length
                + " oversized]";
    }
}
