package dev.kartoteka.benchmarks;

import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.DuplicateIndex;
import dev.kartoteka.core.duplicate.Labelled;
import dev.kartoteka.core.duplicate.LabelledPersons;
import dev.kartoteka.core.duplicate.PairwiseQuality;
import dev.kartoteka.core.duplicate.ScanResult;
import dev.kartoteka.core.duplicate.ScanStatistics;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.Progress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The batch duplicate scan of crm-core on a million generated persons ({@code LabelledPersons} of crm-core's test-jar:
 * Polish and international persons, about 10 % of the records re-entries with typos, lost diacritics, swapped names,
 * missing fields and format variants; the truth is known).
 *
 * <p>Prints: the generation time alone (a first pass over the same seed, so the scan's figures can be read without
 * it), the scan's wall time split into index (reading and folding the parties, blocking keys, sort) and scan (scoring
 * the candidate pairs on all cores, clustering), candidate pairs, blocks, matches, possible matches, the blocking
 * recall (share of true pairs that share a usable blocking key, asked of the index with {@code candidates}), pairwise
 * precision, recall and F1 of the clusters, and the heap ({@link HeapWatch}).
 *
 * <p>Run: {@code java -Xmx4g -cp <runtime class path> dev.kartoteka.benchmarks.DuplicateScanBenchmark}. Settings:
 * {@code kt.records} (1000000), {@code kt.seed} (42), {@code kt.maxBlockSize} (the detector's default).
 */
public final class DuplicateScanBenchmark {

    private DuplicateScanBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args ignored
     * @throws Exception if the heap watch fails
     */
    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("kt.records", 1_000_000);
        long seed = Long.getLong("kt.seed", 42L);
        DuplicateDetector.Builder builder = DuplicateDetector.builder();
        Integer maxBlock = Integer.getInteger("kt.maxBlockSize");
        if (maxBlock != null) {
            builder.maxBlockSize(maxBlock);
        }
        DuplicateDetector detector = builder.build();
        System.out.printf(Locale.ROOT, "DuplicateScanBenchmark: %,d persons, seed %d, %d cores, max heap %,d MB, %s%n",
                records, seed, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, detector.toString().replaceAll(", MatchRules.*", "]"));

        long t0 = System.nanoTime();
        int[] entityOfRecord = new int[records];
        int[] n = {0};
        LabelledPersons.stream(seed).limit(records).forEach(l -> entityOfRecord[n[0]++] = l.entity());
        double generation = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "generation alone:   %.1f s%n", generation);

        ScanResult scan;
        DuplicateIndex index;
        long wallStart;
        double wall;
        try (HeapWatch heap = new HeapWatch()) {
            wallStart = System.nanoTime();
            index = detector.index(LabelledPersons.stream(seed).limit(records).map(Labelled::party));
            long[] last = new long[1];
            scan = index.scan((done, positive, negative) -> {
                if (done - last[0] >= 5_000_000) {
                    last[0] = done;
                    System.out.printf(Locale.ROOT, "  … %,d pairs scored%n", done);
                }
            });
            wall = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf(Locale.ROOT, "heap: live before %,d MB, peak sampled %,d MB, peak after GC (live) %,d MB,"
                            + " %d collections%n", heap.liveBefore() >> 20, heap.sampledPeak() >> 20,
                    heap.afterGcPeak() >> 20, heap.collections());
        }
        ScanStatistics s = scan.statistics();
        System.out.printf(Locale.ROOT, "wall time:          %.1f s including generation (index %.1f s, scan %.1f s);"
                        + " without generation about %.1f s%n", wall, s.indexTime().toMillis() / 1e3,
                s.scanTime().toMillis() / 1e3, wall - generation);
        System.out.printf(Locale.ROOT, "parties %,d, blocks %,d (oversized, skipped: %,d), candidate pairs %,d"
                        + " (%.1f per party), matches %,d, possible matches %,d, clusters %,d%n", s.parties(),
                s.blocks(), s.oversizedBlocks(), s.candidatePairs(), (double) s.candidatePairs() / s.parties(),
                s.matches(), s.possibleMatches(), s.clusters());

        Map<PartyId, Integer> entityOf = new HashMap<>(records * 2);
        for (int i = 0; i < records; i++) {
            entityOf.put(new PartyId(new UUID(seed, i)), entityOfRecord[i]);
        }
        PairwiseQuality quality = PairwiseQuality.of(entityOf, scan.clusters());
        System.out.println("pairwise quality:   " + quality);

        // blocking recall: for every re-entry, are the earlier records of its entity among its candidates?
        long truePairs = 0;
        long blocked = 0;
        Map<Integer, List<PartyId>> seen = new HashMap<>();
        long t1 = System.nanoTime();
        for (Labelled<Person> l : (Iterable<Labelled<Person>>) LabelledPersons.stream(seed).limit(records)::iterator) {
            List<PartyId> earlier = seen.get(l.entity());
            if (earlier != null) {
                List<PartyId> candidates = index.candidates(l.party());
                for (PartyId id : earlier) {
                    truePairs++;
                    blocked += candidates.contains(id) ? 1 : 0;
                }
                earlier.add(l.party().id());
            } else {
                seen.put(l.entity(), new java.util.ArrayList<>(List.of(l.party().id())));
            }
            seen.keySet().removeIf(e -> e < l.entity() - 1);
        }
        System.out.printf(Locale.ROOT, "blocking recall:    %.4f (%,d of %,d true pairs share a usable key; %.1f s)%n",
                truePairs == 0 ? 1.0 : (double) blocked / truePairs, blocked, truePairs,
                (System.nanoTime() - t1) / 1e9);
    }
}
