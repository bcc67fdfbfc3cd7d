package dev.kartoteka.benchmarks;

import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.DuplicateIndex;
import dev.kartoteka.core.duplicate.MatchResult;
import dev.kartoteka.core.duplicate.PairwiseQuality;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairwise quality of duplicate clusters against a truth, as the evaluations print it: a predicted pair is two records
 * in one cluster (the transitive closure of the pairs found), a true pair two records of one entity.
 */
final class PairwiseFigures {

    private PairwiseFigures() {
    }

    /**
     * Union-find over the pairs of the given lists.
     *
     * @param ids every record
     * @param pairLists the pairs that join records
     * @return the root of each record's component
     */
    @SafeVarargs
    static Map<PartyId, PartyId> closure(Collection<PartyId> ids, List<MatchResult>... pairLists) {
        Map<PartyId, PartyId> parent = new HashMap<>(ids.size() * 2);
        ids.forEach(id -> parent.put(id, id));
        for (List<MatchResult> list : pairLists) {
            for (MatchResult m : list) {
                PartyId x = find(parent, m.left());
                PartyId y = find(parent, m.right());
                if (!x.equals(y)) {
                    parent.put(x, y);
                }
            }
        }
        Map<PartyId, PartyId> roots = new HashMap<>(ids.size() * 2);
        ids.forEach(id -> roots.put(id, find(parent, id)));
        return roots;
    }

    private static PartyId find(Map<PartyId, PartyId> parent, PartyId id) {
        PartyId root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        PartyId cur = id;
        while (!cur.equals(root)) {
            PartyId next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    /**
     * @param entityOf the true entity of each record
     * @param roots the component of each record, from {@link #closure}
     * @return the pairwise counts of the components against the truth
     */
    static PairwiseQuality quality(Map<PartyId, ?> entityOf, Map<PartyId, PartyId> roots) {
        Map<PartyId, List<PartyId>> components = new HashMap<>();
        roots.forEach((id, root) -> components.computeIfAbsent(root, k -> new java.util.ArrayList<>()).add(id));
        return PairwiseQuality.of(entityOf, components.values());
    }

    /**
     * Prints the summary table of several files' lines made by {@link #summaryLine}.
     *
     * @param lines one line per file
     */
    static void printSummary(List<String> lines) {
        System.out.println();
        System.out.println("summary (MATCH only | MATCH + POSSIBLE_MATCH: precision, recall, F1; candidate pairs per "
                + "record; blocking recall)");
        System.out.printf(Locale.ROOT, "%-22s %8s %7s %7s %7s | %7s %7s %7s | %9s %8s%n", "file", "records", "P", "R",
                "F1", "P", "R", "F1", "cand/rec", "blocking");
        lines.forEach(System.out::println);
    }

    /**
     * @param file the file's name
     * @param records its records
     * @param matchOnly the figures of MATCH alone
     * @param withReview the figures of MATCH and POSSIBLE_MATCH
     * @param candidatesPerRecord candidate pairs per record
     * @param blockingRecall the share of true pairs that share a blocking key
     * @return the file's line of the summary table
     */
    static String summaryLine(String file, int records, PairwiseQuality matchOnly, PairwiseQuality withReview,
            double candidatesPerRecord, double blockingRecall) {
        return String.format(Locale.ROOT, "%-22s %8d %7.4f %7.4f %7.4f | %7.4f %7.4f %7.4f | %9.2f %8.4f", file,
                records, matchOnly.precision(), matchOnly.recall(), matchOnly.f1(), withReview.precision(),
                withReview.recall(), withReview.f1(), candidatesPerRecord, blockingRecall);
    }

    /**
     * @param r a comparison
     * @return its compared fields as {@code FIELD similarity->contribution}, for printing missed pairs
     */
    static String comparedFields(MatchResult r) {
        StringBuilder fields = new StringBuilder("    ");
        for (dev.kartoteka.core.duplicate.FieldComparison f : r.explanation()) {
            if (f.compared()) {
                fields.append(String.format(Locale.ROOT, "%s %.2f->%.2f  ", f.field(), f.similarity(),
                        f.contribution()));
            }
        }
        return fields.toString();
    }

    /**
     * Writes every candidate pair of the index once (the raw material for tuning rules), one tab-separated line each:
     * {@code P}/{@code C} (person, company), 1 if both records are one entity else 0, the entities' relation
     * ({@code -} for one entity), the outcome, the score, then {@code FIELD=similarity} for each compared field.
     */
    static <E> void dumpPairs(java.nio.file.Path file, List<? extends Party> parties, DuplicateIndex index,
            DuplicateDetector detector, Map<PartyId, E> entityOf, java.util.function.BiFunction<E, E, String> relation)
            throws java.io.IOException {
        Map<PartyId, Party> byId = new HashMap<>();
        parties.forEach(p -> byId.put(p.id(), p));
        try (var w = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            for (Party p : parties) {
                for (PartyId other : index.candidates(p)) {
                    if (p.id().toString().compareTo(other.toString()) >= 0) {
                        continue;
                    }
                    MatchResult r = detector.compare(p, byId.get(other));
                    E a = entityOf.get(p.id());
                    E b = entityOf.get(other);
                    boolean same = a.equals(b);
                    StringBuilder line = new StringBuilder();
                    line.append(p instanceof dev.kartoteka.core.party.Person ? "P" : "C").append('\t')
                            .append(same ? 1 : 0).append('\t').append(same ? "-" : relation.apply(a, b)).append('\t')
                            .append(r.outcome()).append('\t').append(String.format(Locale.ROOT, "%.4f", r.score()));
                    for (dev.kartoteka.core.duplicate.FieldComparison f : r.explanation()) {
                        if (f.compared()) {
                            line.append('\t').append(f.field())
                                    .append(String.format(Locale.ROOT, "=%.3f", f.similarity()));
                        }
                    }
                    w.write(line.append('\n').toString());
                }
            }
        }
    }

    /**
     * The file the pairs of {@code csv} are dumped to: {@code --dump=pairs.tsv} with {@code dataset3.csv} writes
     * {@code pairs-dataset3.tsv}, so that several input files do not overwrite one another's pairs.
     */
    static java.nio.file.Path dumpFile(java.nio.file.Path dump, java.nio.file.Path csv) {
        String name = dump.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String input = csv.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return dump.resolveSibling(stem + "-" + input + ext);
    }

    static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
