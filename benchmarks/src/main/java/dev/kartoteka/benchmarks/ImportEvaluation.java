package dev.kartoteka.benchmarks;

import dev.kartoteka.core.csv.CsvImport;
import dev.kartoteka.core.csv.ImportReport;
import dev.kartoteka.core.csv.RowOutcome;
import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.LiveDuplicateIndex;
import dev.kartoteka.core.duplicate.PairwiseQuality;
import dev.kartoteka.core.duplicate.ScanResult;
import dev.kartoteka.core.merge.MergeRequest;
import dev.kartoteka.core.merge.Survivorship;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.core.standardization.Standardizer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures the whole road from a messy spreadsheet to a de-duplicated registry on a labelled CSV — what an application
 * does with Kartoteka, not the rules alone ({@link LabelledCsvEvaluation} measures those on parties built directly):
 * <ol>
 *   <li>{@link CsvImport} into an in-memory registry with {@link Standardizer#defaults()} and the fuzzy check of a
 *       {@link LiveDuplicateIndex} following the registry: every row is created, updated (an upsert on an
 *       identifier, e-mail or phone), held as a possible duplicate, or rejected;</li>
 *   <li>a {@link DuplicateDetector#scan scan} of the registry, and a merge of every cluster it finds (the most
 *       complete record survives), as {@code ClientBaseDemo} does; a merge the registry refuses is counted by its
 *       exception and the run goes on.</li>
 * </ol>
 *
 * <p>The truth is the file's {@code entity_id} column (also {@code cluster_id}, {@code client_id}, {@code true_id}),
 * which the import ignores as a header it does not know. Each row's party is the one the import created or updated,
 * followed through the merges ({@link ClientRegistry#resolve}). Printed per file:
 * <ul>
 *   <li>the import's outcomes, its rejections by column and reason, and of the rows held for review how many had a
 *       row of their own client among the candidates (a right hold) — a reviewer's work;</li>
 *   <li>pairwise precision, recall and F1 of "two rows are one party" against the truth, over the rows that reached
 *       the registry: after the import alone, and after the scan and merges;</li>
 *   <li>the same recall over every row of the file: a held or rejected row is joined to nothing (what a reviewer
 *       and the rejected-rows file still have to bring in);</li>
 *   <li>false joins by stage: rows the import wrote onto another client's party (a shared e-mail or phone), and
 *       parties the merges joined wrongly.</li>
 * </ul>
 *
 * <p>{@code --same-client=BRANCH} counts the entities of each group of the given relations of a
 * {@code <name>-hard-negatives.csv} beside the file as one client, as {@link LabelledCsvEvaluation} does (a branch
 * that carries its company's NIP is, in Kartoteka, that company). {@code --rejected=DIR} writes each file's rejected
 * rows, with their reasons, to a file of its name in DIR (use on tuning files only). {@code --no-check} imports
 * without the duplicate check, as {@link CsvImport} does by default: every row that names no stored party is
 * created, and the scan and merges alone join re-entered clients (no row is held for review). {@code --show=N} prints N wrongly joined rows of
 * each stage, N clients whose rows ended in several parties, and N held rows with no true candidate, masked values
 * only as the import reports them (use on tuning files only).
 *
 * <p>Run: {@code java -cp ... dev.kartoteka.benchmarks.ImportEvaluation [--same-client=BRANCH] [--show=N]
 * [--rejected=DIR] [--no-check] file.csv ...}
 */
public final class ImportEvaluation {

    private static final Set<String> TRUTH = Set.of("entity_id", "cluster_id", "client_id", "true_id");

    private ImportEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Set<String> sameClient = Set.of();
        int show = 0;
        Path rejectedDir = null;
        List<Path> files = new ArrayList<>();
        boolean check = true; // the import holds likely duplicates for review (--no-check: every row created)
        for (String arg : args) {
            if (arg.startsWith("--same-client=")) {
                sameClient = Set.of(arg.substring("--same-client=".length()).split(","));
            } else if (arg.startsWith("--rejected=")) {
                rejectedDir = Path.of(arg.substring("--rejected=".length()));
            } else if (arg.startsWith("--show=")) {
                show = Integer.parseInt(arg.substring("--show=".length()));
            } else if (arg.equals("--no-check")) {
                check = false;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: ImportEvaluation [--same-client=BRANCH] [--show=N] [--rejected=DIR] [--no-check] "
                    + "<labelled csv> ...");
            System.exit(2);
        }
        List<String> summary = new ArrayList<>();
        for (Path file : files) {
            summary.add(evaluate(file, sameClient, show, rejectedDir, check));
        }
        System.out.println();
        System.out.println("summary (rows that reached the registry, pairwise: after the import | after scan + merge;"
                + " recall over every row of the file)");
        System.out.printf(Locale.ROOT, "%-24s %7s %7s %7s %7s | %7s %7s %7s | %8s | %6s %6s %6s%n", "file", "rows",
                "P", "R", "F1", "P", "R", "F1", "R(file)", "held", "right", "rej");
        summary.forEach(System.out::println);
    }

    private static String evaluate(Path file, Set<String> sameClient, int show, Path rejectedDir,
                                   boolean check)
            throws IOException {
        Map<Long, String> entityOfLine = truth(file, sameClient);

        ClientRegistry registry = ClientRegistry.builder().standardizer(Standardizer.defaults()).build();
        DuplicateDetector detector = DuplicateDetector.defaults();
        LiveDuplicateIndex live = LiveDuplicateIndex.follow(registry, detector);
        Map<Long, PartyId> partyOfLine = new HashMap<>(entityOfLine.size() * 2);
        Map<Long, RowOutcome> outcomeOfLine = new HashMap<>(entityOfLine.size() * 2);
        long t0 = System.nanoTime();
        StringBuilder rejected = new StringBuilder();
        CsvImport run = CsvImport.into(registry);
        if (check) {
            run.duplicateCheck(CsvImport.DuplicateCheck.of(live));
        }
        if (rejectedDir != null) {
            run.rejectedRowsTo(rejected);
        }
        ImportReport report = run.onRow((line, outcome, party) -> {
                    outcomeOfLine.put(line, outcome);
                    party.ifPresent(p -> partyOfLine.put(line, p));
                }).run(file);
        long importNanos = System.nanoTime() - t0;
        if (rejectedDir != null) {
            java.nio.file.Files.createDirectories(rejectedDir);
            java.nio.file.Files.writeString(rejectedDir.resolve(file.getFileName()), rejected);
        }
        live.stop();
        if (!outcomeOfLine.keySet().equals(entityOfLine.keySet())) {
            throw new IllegalStateException(file + ": the import's rows (" + outcomeOfLine.size() + ") are not the "
                    + "file's rows (" + entityOfLine.size() + ")");
        }

        // which clients each party holds rows of, for judging the holds
        Map<PartyId, Set<String>> entitiesOfParty = new HashMap<>();
        partyOfLine.forEach((line, party) -> entitiesOfParty.computeIfAbsent(party, p -> new HashSet<>())
                .add(entityOfLine.get(line)));
        long rightHolds = 0;
        List<ImportReport.PossibleDuplicate> wrongHolds = new ArrayList<>();
        Map<String, long[]> holdsByReason = new TreeMap<>(); // reason (scores aside) -> {right, wrong}
        for (ImportReport.PossibleDuplicate held : report.possibleDuplicates()) {
            String entity = entityOfLine.get(held.line());
            boolean right = held.candidates().stream()
                    .anyMatch(c -> entitiesOfParty.getOrDefault(c, Set.of()).contains(entity));
            if (right) {
                rightHolds++;
            } else {
                wrongHolds.add(held);
            }
            holdsByReason.computeIfAbsent(held.reason().replaceAll(" ?\\([^)]*\\)|\\d+ parties", "…"),
                    r -> new long[2])[right ? 0 : 1]++;
        }
        Map<PartyId, PartyId> afterImport = rowRoots(partyOfLine, p -> p);
        PairwiseQuality imported = PairwiseFigures.quality(rowEntities(entityOfLine, partyOfLine.keySet()),
                afterImport);

        // scan and merge, as an application would after the import
        List<Party> all = new ArrayList<>();
        registry.forEachMatch(PartyQuery.builder().build(), all::add);
        long t1 = System.nanoTime();
        ScanResult scan = detector.scan(all, Progress.NONE);
        int merged = 0;
        Map<String, Integer> refused = new TreeMap<>(); // merges the registry refused, by the exception's kind
        for (List<PartyId> cluster : scan.clusters()) {
            MergeRequest.Builder request = MergeRequest.builder().chooseSurvivor(Survivorship.mostComplete());
            for (PartyId id : cluster) {
                request.party(id, registry.get(id).version());
            }
            try {
                merged += registry.merge(request.build()).merged().size();
            } catch (dev.kartoteka.core.KartotekaException e) { // an application logs it and goes on
                refused.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        long mergeNanos = System.nanoTime() - t1;
        Map<PartyId, PartyId> afterMerge = rowRoots(partyOfLine, registry::resolve);
        PairwiseQuality final1 = PairwiseFigures.quality(rowEntities(entityOfLine, partyOfLine.keySet()), afterMerge);
        // recall over the whole file: a held or rejected row is a party of its own
        Map<PartyId, PartyId> everyRow = new HashMap<>(afterMerge);
        Map<PartyId, String> everyEntity = rowEntities(entityOfLine, entityOfLine.keySet());
        everyEntity.keySet().forEach(row -> everyRow.putIfAbsent(row, row));
        PairwiseQuality wholeFile = PairwiseFigures.quality(everyEntity, everyRow);

        // false joins by stage: a party holding rows of several clients
        Map<PartyId, Set<String>> afterImportMixed = mixed(partyOfLine, p -> p, entityOfLine);
        Map<PartyId, Set<String>> afterMergeMixed = mixed(partyOfLine, registry::resolve, entityOfLine);

        Map<String, Long> reasons = new TreeMap<>();
        report.rejections().forEach(r -> reasons.merge(r.column() + ": " + r.reason(), 1L, Long::sum));
        long rejectedRows = report.count(RowOutcome.REJECTED);
        StringBuilder out = new StringBuilder();
        line(out, "");
        line(out, "import, scan and merge of %s (%s, '%s'%s)", file.getFileName(), report.charset(),
                report.delimiter(), sameClient.isEmpty() ? "" : "; one client per group of " + sameClient);
        line(out, "columns read: %s; headers ignored: %s", report.columns().values(), report.ignoredHeaders());
        line(out, "rows %d: created %d, updated %d, held %d (a row of its own client among the candidates: %d), "
                + "rejected %d; import %.1f s", report.rows(), report.count(RowOutcome.CREATED),
                report.count(RowOutcome.UPDATED), report.count(RowOutcome.POSSIBLE_DUPLICATE), rightHolds,
                rejectedRows, importNanos / 1e9);
        line(out, "rejections by column and reason: %s", reasons);
        holdsByReason.forEach((reason, n) -> line(out, "  held (right / wrong) %5d / %5d: %s", n[0], n[1], reason));
        line(out, "after the import (rows in the registry):   %s", imported);
        line(out, "scan: %d candidate pairs, %d clusters (%d parties became tombstones; merges refused: %s), %d pairs "
                + "for review; %.1f s", scan.statistics().candidatePairs(), scan.clusters().size(), merged, refused,
                scan.possibleMatches().size(), mergeNanos / 1e9);
        line(out, "after scan + merge (rows in the registry): %s", final1);
        line(out, "after scan + merge (every row of the file): %s", wholeFile);
        line(out, "parties holding rows of several clients: %d after the import, %d after the merges",
                afterImportMixed.size(), afterMergeMixed.size());
        if (show > 0) {
            line(out, "parties the import joined wrongly, first %d (their rows' lines and clients):", show);
            afterImportMixed.keySet().stream().limit(show).forEach(p -> line(out, "  %s", rowsOf(p, partyOfLine,
                    x -> x, entityOfLine)));
            line(out, "parties joined wrongly after the merges, first %d:", show);
            afterMergeMixed.keySet().stream().limit(show).forEach(p -> line(out, "  %s", rowsOf(p, partyOfLine,
                    registry::resolve, entityOfLine)));
            line(out, "rejections, first %d of each column and reason:", show);
            Map<String, Integer> shown = new HashMap<>();
            report.rejections().stream().filter(r -> shown.merge(r.column() + r.reason(), 1, Integer::sum) <= show)
                    .forEach(r -> line(out, "  %s", r));
            line(out, "clients whose rows in the registry ended in several parties after the merges, first %d (each "
                    + "row's line and its party's first line):", show);
            Map<String, Map<PartyId, Long>> partiesOfEntity = new TreeMap<>();
            new TreeMap<>(partyOfLine).forEach((l, p) -> partiesOfEntity.computeIfAbsent(entityOfLine.get(l),
                    k -> new LinkedHashMap<>()).putIfAbsent(registry.resolve(p), l));
            partiesOfEntity.entrySet().stream().filter(e -> e.getValue().size() > 1).limit(show).forEach(e -> {
                StringBuilder rows = new StringBuilder("  " + e.getKey() + ":");
                new TreeMap<>(partyOfLine).forEach((l, p) -> {
                    if (entityOfLine.get(l).equals(e.getKey())) {
                        rows.append(" line ").append(l).append(" (").append(e.getValue().get(registry.resolve(p)))
                                .append(')');
                    }
                });
                line(out, "%s", rows);
            });
            line(out, "rows held with no row of their own client among the candidates, first %d:", show);
            wrongHolds.stream().limit(show).forEach(h -> line(out, "  line %d: %s", h.line(), h.reason()));
        }
        System.out.print(out);
        return String.format(Locale.ROOT, "%-24s %7d %7.4f %7.4f %7.4f | %7.4f %7.4f %7.4f | %8.4f | %6d %6d %6d",
                file.getFileName(), report.rows(), imported.precision(), imported.recall(), imported.f1(),
                final1.precision(), final1.recall(), final1.f1(), wholeFile.recall(),
                report.count(RowOutcome.POSSIBLE_DUPLICATE), rightHolds, rejectedRows);
    }

    /** One id per row (its line), for pairwise counting; the root of each is the party it ended in. */
    private static Map<PartyId, PartyId> rowRoots(Map<Long, PartyId> partyOfLine,
            java.util.function.UnaryOperator<PartyId> follow) {
        Map<PartyId, PartyId> roots = new HashMap<>(partyOfLine.size() * 2);
        Map<PartyId, PartyId> resolved = new HashMap<>();
        partyOfLine.forEach((line, party) -> roots.put(rowId(line), resolved.computeIfAbsent(party, follow)));
        return roots;
    }

    private static Map<PartyId, String> rowEntities(Map<Long, String> entityOfLine, Set<Long> lines) {
        Map<PartyId, String> entities = new HashMap<>(lines.size() * 2);
        lines.forEach(line -> entities.put(rowId(line), entityOfLine.get(line)));
        return entities;
    }

    /** A row's id for counting: made from its line, so it never meets a party's id. */
    private static PartyId rowId(long line) {
        return PartyId.parse(new java.util.UUID(0x6b74L, line).toString());
    }

    private static Map<PartyId, Set<String>> mixed(Map<Long, PartyId> partyOfLine,
            java.util.function.UnaryOperator<PartyId> follow, Map<Long, String> entityOfLine) {
        Map<PartyId, Set<String>> clients = new LinkedHashMap<>();
        new TreeMap<>(partyOfLine).forEach((line, party) -> clients.computeIfAbsent(follow.apply(party),
                p -> new java.util.TreeSet<>()).add(entityOfLine.get(line)));
        clients.values().removeIf(s -> s.size() < 2);
        return clients;
    }

    private static String rowsOf(PartyId party, Map<Long, PartyId> partyOfLine,
            java.util.function.UnaryOperator<PartyId> follow, Map<Long, String> entityOfLine) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(partyOfLine).forEach((line, p) -> {
            if (follow.apply(p).equals(party)) {
                s.append("line ").append(line).append(" (").append(entityOfLine.get(line)).append(") ");
            }
        });
        return s.toString().trim();
    }

    /**
     * The truth of each row, by the line it starts on (as the import numbers rows: 1 is the header).
     *
     * @throws IllegalArgumentException if no header names the truth, or a row has none
     */
    private static Map<Long, String> truth(Path file, Set<String> sameClient) throws IOException {
        String text = LabelledCsvEvaluation.decode(file);
        Map<Long, String> entityOfLine = new LinkedHashMap<>();
        try (Reader in = new StringReader(text); CSVParser parser = CSVFormat.DEFAULT.builder()
                .setDelimiter(CsvImport.detectDelimiter(text)).build().parse(in)) {
            Iterator<CSVRecord> rows = parser.iterator();
            List<String> header = new ArrayList<>();
            rows.next().forEach(h -> header.add(h.trim().toLowerCase(Locale.ROOT)));
            int column = -1;
            for (int i = 0; i < header.size() && column < 0; i++) {
                column = TRUTH.contains(header.get(i)) ? i : -1;
            }
            if (column < 0) {
                throw new IllegalArgumentException(file + ": no column names the truth; expected one of " + TRUTH);
            }
            while (true) {
                long line = parser.getCurrentLineNumber() + 1; // before the next row is read ahead
                if (!rows.hasNext()) {
                    break;
                }
                CSVRecord row = rows.next();
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                String entity = column < row.size() ? row.get(column).trim() : "";
                if (entity.isEmpty()) {
                    throw new IllegalArgumentException(file + ", line " + line + ": the truth column is empty");
                }
                entityOfLine.put(line, entity);
            }
        }
        if (!sameClient.isEmpty()) {
            Map<String, String> client = LabelledCsvEvaluation.clientOf(LabelledCsvEvaluation.hardNegatives(file),
                    sameClient);
            entityOfLine.replaceAll((line, e) -> client.getOrDefault(e, e));
        }
        return entityOfLine;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
