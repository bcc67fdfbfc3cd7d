package dev.kartoteka.benchmarks;

import dev.kartoteka.core.csv.CsvColumn;
import dev.kartoteka.core.csv.CsvImport;
import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.DuplicateIndex;
import dev.kartoteka.core.duplicate.MatchResult;
import dev.kartoteka.core.duplicate.PairwiseQuality;
import dev.kartoteka.core.duplicate.MatchOutcome;
import dev.kartoteka.core.duplicate.ScanResult;
import dev.kartoteka.core.duplicate.ScanStatistics;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.core.standardization.Standardizer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures the default duplicate rules on a labelled CSV of Polish persons and companies, such as the independent
 * sets of {@code blind.BlindDuplicates} — or your own. The parties are built the way an application would store them:
 * every value read by {@link Standardizer#defaults()} (phones, e-mails, PESEL, NIP, REGON; an unreadable value is left
 * out and counted), the party then standardised (names, legal forms, addresses).
 *
 * <p>Columns, by header name, any subset but {@code entity_id}, in any order, separated by {@code ;}, tab or
 * {@code ,} (the header line's most frequent outside quotes, {@code ;} on a tie), UTF-8 with or without a BOM, else
 * read as windows-1250: {@code entity_id} (the truth: records of one entity are one client; also {@code cluster_id},
 * {@code client_id}, {@code true_id}), {@code record_id}, {@code kind} (as the CSV import reads it: {@code PERSON}/
 * {@code osoba}/{@code B2C} …, {@code COMPANY}/{@code firma}/{@code spółka}/{@code B2B} …; another value stops the
 * run; without it a row with a legal name and no person's name is a company), {@code given_names},
 * {@code family_name}, {@code sex} ({@code F}/{@code K}/{@code M}; also {@code płeć}, {@code gender}),
 * {@code birth_date}, {@code pesel}, {@code email}, {@code phone}, {@code street}, {@code building}, {@code flat},
 * {@code postal_code}, {@code city}, {@code country} ({@code PL} if empty), {@code legal_name}, {@code nip},
 * {@code regon}, {@code krs}, {@code full_name} (a whole name in one cell, read as the CSV import reads
 * {@code "Imię i nazwisko"}, where a row has no given names nor family name; a whole address in the street's cell is
 * read apart too). Other headers are read as the CSV import recognises them ({@link CsvColumn#recognise}:
 * {@code Imię}, {@code Nazwisko}, {@code Data urodzenia}, {@code first name}, {@code surname}, {@code dob},
 * {@code postcode}, {@code suburb} …); the headers read as nothing are printed. Birth dates are ISO or
 * {@code 12.03.1985}, {@code 1.3.1985}, {@code 12-03-1985}, {@code 12/03/1985}. A row with more or fewer cells than
 * headers stops the run, naming its line.
 *
 * <p>If a file {@code <name>-hard-negatives.csv} lies beside {@code <name>.csv} (columns {@code relation, group_id,
 * entity_ids} with the ids separated by spaces: households, namesakes, twins, company groups, branches — different
 * clients that look alike), or the file names them in columns {@code hard_negative} and {@code hard_negative_of} (the
 * relation and the other entity, as {@code spreadsheet_duplicates.py} writes them), the false-positive pairs are
 * broken down by relation.
 *
 * <p>{@code --region=US} reads phone numbers written without a country code as numbers of that region (default
 * {@code PL}), as {@link Standardizer#forRegion} does for an application.
 *
 * <p>{@code --same-client=BRANCH} counts the entities of each group of the given relations as one client: under
 * Kartoteka's model a NIP names one party, so a branch that carries its company's NIP is that company.
 *
 * <p>Prints, per file: MATCH-only and MATCH + POSSIBLE_MATCH pairwise precision, recall and F1 of the transitive
 * closure, per kind too; candidate pairs per record; blocking recall; wall time. {@code --show=N} prints N missed
 * pairs, N false-positive MATCH pairs, N false POSSIBLE_MATCH pairs and N true pairs held apart with their field
 * comparisons;
 * {@code --dump=pairs.tsv} writes every candidate pair with its field similarities and the pair's hard-negative
 * relation to {@code pairs-<input>.tsv}
 * (see {@link PairwiseFigures#dumpPairs}); use both on tuning files only.
 *
 * <p>Run: {@code java -cp ... dev.kartoteka.benchmarks.LabelledCsvEvaluation [--show=N] [--dump=pairs.tsv]
 * file.csv ...}
 */
public final class LabelledCsvEvaluation {

    /** Reads the values; {@code --region=US} reads phones without a country code as that region's. */
    private static Standardizer STANDARDIZER = Standardizer.defaults();

    private LabelledCsvEvaluation() {
    }

    /** One record as read: its party, its entity and its row text (for {@code --show}). */
    private record Labelled(Party party, String entity, String row) {
    }

    /** Where {@code --dump=FILE} writes every candidate pair, or {@code null}. */
    private static Path dump;

    /** Relations whose groups count as one client ({@code --same-client=BRANCH,...}). */
    private static Set<String> sameClient = Set.of();

    public static void main(String[] args) throws IOException {
        int show = 0;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--show=")) {
                show = Integer.parseInt(arg.substring("--show=".length()));
            } else if (arg.startsWith("--dump=")) {
                dump = Path.of(arg.substring("--dump=".length()));
            } else if (arg.startsWith("--region=")) {
                STANDARDIZER = Standardizer.forRegion(arg.substring("--region=".length()));
            } else if (arg.startsWith("--same-client=")) {
                sameClient = Set.of(arg.substring("--same-client=".length()).split(","));
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: LabelledCsvEvaluation [--show=N] [--dump=pairs.tsv] [--region=PL]"
                    + " [--same-client=BRANCH] <labelled csv>"
                    + " [<labelled csv> ...]");
            System.exit(2);
        }
        List<String> summary = new ArrayList<>();
        for (Path csv : files) {
            summary.add(evaluate(csv, show));
        }
        PairwiseFigures.printSummary(summary);
    }

    private static String evaluate(Path csv, int show) throws IOException {
        Map<String, Integer> unreadable = new TreeMap<>();
        List<Labelled> records = read(csv, unreadable);
        List<Party> parties = records.stream().map(Labelled::party).toList();
        Map<PartyId, Labelled> byId = new HashMap<>(records.size() * 2);
        Map<PartyId, String> entityOf = new HashMap<>(records.size() * 2);
        for (Labelled r : records) {
            byId.put(r.party().id(), r);
            entityOf.put(r.party().id(), r.entity());
        }
        Map<String, String> relationOf = hardNegatives(csv);
        if (!sameClient.isEmpty()) {
            Map<String, String> client = clientOf(relationOf, sameClient);
            entityOf.replaceAll((id, e) -> client.getOrDefault(e, e));
            records.replaceAll(r -> new Labelled(r.party(), entityOf.get(r.party().id()), r.row()));
            byId.replaceAll((id, r) -> new Labelled(r.party(), entityOf.get(id), r.row()));
        }

        DuplicateDetector detector = DuplicateDetector.defaults();
        long t0 = System.nanoTime();
        ScanResult scan = detector.scan(parties, Progress.NONE);
        long wallNanos = System.nanoTime() - t0;
        ScanStatistics stats = scan.statistics();
        List<PartyId> ids = parties.stream().map(Party::id).toList();
        PairwiseQuality q1 = PairwiseQuality.of(entityOf, scan, MatchOutcome.MATCH);
        PairwiseQuality q2 = PairwiseQuality.of(entityOf, scan, MatchOutcome.POSSIBLE_MATCH);

        StringBuilder out = new StringBuilder();
        line(out, "");
        line(out, "labelled evaluation of DuplicateDetector.defaults()  (file: %s%s)", csv.getFileName(),
                sameClient.isEmpty() ? "" : "; one client per group of " + sameClient);
        line(out, "records %d, entities %d, values unreadable and left out: %s", records.size(),
                new HashSet<>(entityOf.values()).size(), unreadable);
        line(out, "(a) MATCH only:                 %s", q1);
        line(out, "(b) MATCH + POSSIBLE_MATCH:     %s", q2);
        for (Class<? extends Party> kind : List.of(Person.class, Company.class)) {
            Map<PartyId, String> entities = new HashMap<>();
            entityOf.forEach((id, e) -> {
                if (kind.isInstance(byId.get(id).party())) {
                    entities.put(id, e);
                }
            });
            // a cluster holds parties of one kind
            List<List<PartyId>> clusters = scan.clusters().stream().filter(c -> entities.containsKey(c.get(0))).toList();
            line(out, "    %-8s MATCH only:        %s", kind.getSimpleName(), PairwiseQuality.of(entities, clusters));
        }
        line(out, "candidate pairs %d (%.2f per record; oversized blocks skipped %d); MATCH pairs %d, POSSIBLE_MATCH "
                + "pairs %d", stats.candidatePairs(), (double) stats.candidatePairs() / records.size(),
                stats.oversizedBlocks(), scan.matches().size(), scan.possibleMatches().size());

        // false-positive MATCH pairs, directly scored, by hard-negative relation
        Map<String, Integer> falseByRelation = new TreeMap<>();
        List<MatchResult> falsePositives = new ArrayList<>();
        for (MatchResult m : scan.matches()) {
            String left = entityOf.get(m.left());
            String right = entityOf.get(m.right());
            if (!left.equals(right)) {
                falsePositives.add(m);
                String relation = relationOf.getOrDefault(left + " " + right, "unrelated");
                falseByRelation.merge(relation, 1, Integer::sum);
            }
        }
        line(out, "false-positive MATCH pairs (scored directly) %d, by relation: %s", falsePositives.size(),
                falseByRelation);
        List<MatchResult> held = scan.heldApart();
        line(out, "matches held apart for review %d (true pairs among them %d)", held.size(),
                held.stream().filter(m -> entityOf.get(m.left()).equals(entityOf.get(m.right()))).count());

        // blocking recall over the true pairs
        DuplicateIndex index = detector.index(parties);
        Map<String, List<Party>> byEntity = new LinkedHashMap<>();
        records.forEach(r -> byEntity.computeIfAbsent(r.entity(), e -> new ArrayList<>()).add(r.party()));
        long truePairs = 0;
        long reachable = 0;
        Set<String> unreachable = new HashSet<>(); // "left right" ids of the true pairs sharing no key, for --show
        List<MatchResult> oraclePairs = new ArrayList<>(); // every true candidate pair, as a perfect scorer would
        for (List<Party> group : byEntity.values()) {
            for (int i = 0; i < group.size(); i++) {
                Set<PartyId> candidates = new HashSet<>(index.candidates(group.get(i)));
                for (int j = i + 1; j < group.size(); j++) {
                    truePairs++;
                    if (candidates.contains(group.get(j).id())) {
                        reachable++;
                        oraclePairs.add(new MatchResult(group.get(i).id(), group.get(j).id(), MatchOutcome.MATCH, 1,
                                Optional.empty(), List.of()));
                    } else {
                        unreachable.add(group.get(i).id() + " " + group.get(j).id());
                    }
                }
            }
        }
        double blocking = truePairs == 0 ? 1 : (double) reachable / truePairs;
        line(out, "blocking recall %.4f (%d of %d true pairs); scan wall time %.0f ms", blocking, reachable, truePairs,
                wallNanos / 1e6);
        line(out, "ceiling, every candidate pair scored right (a perfect scorer on these blocks): %s",
                PairwiseFigures.quality(entityOf, PairwiseFigures.closure(ids, oraclePairs)));

        if (dump != null) {
            PairwiseFigures.dumpPairs(PairwiseFigures.dumpFile(dump, csv), parties, index, detector, entityOf,
                    (x, y) -> relationOf.getOrDefault(x + " " + y, "unrelated"));
        }
        if (show > 0) {
            int shown = 0;
            Map<PartyId, Integer> clusterOf = new HashMap<>();
            for (int c = 0; c < scan.clusters().size(); c++) {
                for (PartyId id : scan.clusters().get(c)) {
                    clusterOf.put(id, c);
                }
            }
            line(out, "missed true pairs (MATCH only), first %d:", show);
            for (List<Party> group : byEntity.values()) {
                for (int i = 0; i < group.size() && shown < show; i++) {
                    for (int j = i + 1; j < group.size() && shown < show; j++) {
                        Integer cluster = clusterOf.get(group.get(i).id());
                        if (cluster == null || !cluster.equals(clusterOf.get(group.get(j).id()))) {
                            if (unreachable.contains(group.get(i).id() + " " + group.get(j).id())) {
                                line(out, "  (not a blocking candidate)");
                            }
                            showPair(out, detector.compare(group.get(i), group.get(j)), byId);
                            shown++;
                        }
                    }
                }
            }
            line(out, "false-positive MATCH pairs, first %d:", show);
            falsePositives.stream().limit(show).forEach(m -> showPair(out, m, byId));
            line(out, "false POSSIBLE_MATCH pairs, first %d:", show);
            scan.possibleMatches().stream().filter(m -> !entityOf.get(m.left()).equals(entityOf.get(m.right())))
                    .limit(show).forEach(m -> showPair(out, m, byId));
            line(out, "true pairs held apart, first %d:", show);
            scan.heldApart().stream().filter(m -> entityOf.get(m.left()).equals(entityOf.get(m.right())))
                    .limit(show).forEach(m -> showPair(out, m, byId));
        }
        System.out.print(out);
        return PairwiseFigures.summaryLine(csv.getFileName().toString(), records.size(), q1, q2,
                (double) stats.candidatePairs() / records.size(), blocking);
    }

    private static void showPair(StringBuilder out, MatchResult r, Map<PartyId, Labelled> byId) {
        line(out, "  %s %.3f", r.outcome(), r.score());
        line(out, "    %s", byId.get(r.left()).row());
        line(out, "    %s", byId.get(r.right()).row());
        line(out, "%s", PairwiseFigures.comparedFields(r));
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /**
     * The client of each entity of a group of the given relations: the entities of such a group are one client, and
     * the truth takes the smallest id for all.
     *
     * @param relationOf from {@link #hardNegatives}
     * @param sameClient the relations whose groups are one client
     * @return the client of each entity in such a group
     */
    static Map<String, String> clientOf(Map<String, String> relationOf, Set<String> sameClient) {
        Map<String, String> client = new HashMap<>();
        relationOf.forEach((pair, relation) -> {
            if (sameClient.contains(relation)) {
                String[] ab = pair.split(" ");
                String low = ab[0].compareTo(ab[1]) < 0 ? ab[0] : ab[1];
                client.merge(ab[0], low, (x, y) -> x.compareTo(y) < 0 ? x : y);
                client.merge(ab[1], low, (x, y) -> x.compareTo(y) < 0 ? x : y);
            }
        });
        return client;
    }

    /**
     * The relations a file names in its own columns {@code hard_negative} (the relation) and {@code hard_negative_of}
     * (the other entity), as {@code spreadsheet_duplicates.py} writes them; empty without those columns.
     */
    private static Map<String, String> inlineHardNegatives(Path csv) throws IOException {
        Map<String, String> relations = new HashMap<>();
        String text = decode(csv);
        try (Reader in = new java.io.StringReader(text)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(CsvImport.detectDelimiter(text)).setHeader()
                    .setSkipHeaderRecord(true).build().parse(in)) {
                if (!r.isMapped("hard_negative") || !r.isMapped("hard_negative_of") || !r.isMapped("entity_id")) {
                    return relations;
                }
                String relation = r.get("hard_negative").trim();
                String other = r.get("hard_negative_of").trim();
                if (!relation.isEmpty() && !other.isEmpty()) {
                    relations.put(r.get("entity_id").trim() + " " + other, relation);
                    relations.put(other + " " + r.get("entity_id").trim(), relation);
                }
            }
        }
        return relations;
    }

    /** The relation of each pair of entities in one hard-negative group, keyed {@code "a b"} both ways. */
    static Map<String, String> hardNegatives(Path csv) throws IOException {
        String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        Path file = csv.resolveSibling(name + "-hard-negatives.csv");
        Map<String, String> relations = new HashMap<>();
        if (!Files.exists(file)) {
            return inlineHardNegatives(csv);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String[] entities = r.get("entity_ids").trim().split(" +");
                for (String a : entities) {
                    for (String b : entities) {
                        if (!a.equals(b)) {
                            relations.put(a + " " + b, r.get("relation"));
                        }
                    }
                }
            }
        }
        return relations;
    }

    private static List<Labelled> read(Path csv, Map<String, Integer> unreadable) throws IOException {
        List<Labelled> records = new ArrayList<>();
        String text = decode(csv);
        try (Reader in = new java.io.StringReader(text)) {
            List<String> columns = null;
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(CsvImport.detectDelimiter(text)).build().parse(in)) {
                if (columns == null) {
                    columns = columns(csv, r.toList());
                    continue;
                }
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException(csv + " line " + r.getRecordNumber() + ": " + r.size()
                            + " cells; expected " + columns.size() + ", one per header");
                }
                Map<String, String> v = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i) != null) {
                        v.put(columns.get(i), r.get(i) == null ? "" : r.get(i).strip());
                    }
                }
                splitFullName(v);
                splitAddressLine(v);
                if (get(v, "entity_id").isEmpty()) {
                    throw new IllegalArgumentException(csv + " line " + r.getRecordNumber()
                            + ": entity_id is empty; every record needs its entity (the truth)");
                }
                PartyId id = new PartyId(new UUID(0x4c41_4245_4c00_0000L, records.size() + 1L));
                Party party;
                try {
                    party = toParty(csv, r.getRecordNumber(), id, v, unreadable);
                } catch (dev.kartoteka.core.ValidationException e) {
                    // a person with no name at all (a person is known by one at least): left out, and counted
                    unreadable.merge("record without any name", 1, Integer::sum);
                    continue;
                }
                records.add(new Labelled(STANDARDIZER.standardize(party).value().orElse(party), v.get("entity_id"),
                        String.join(" | ", r.toList())));
            }
            if (columns == null) {
                throw new IllegalArgumentException(csv + ": empty; expected a header line and labelled records");
            }
        }
        return records;
    }

    /** The file's text: UTF-8 (a BOM dropped), else windows-1250, as Polish spreadsheets save CSV. */
    static String decode(Path csv) throws IOException {
        byte[] bytes = Files.readAllBytes(csv);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1250"));
        }
    }

    /**
     * The column each header names, by position ({@code null} for a header read as nothing): this tool's own names,
     * else the truth's and sex's other names, else the headers {@link CsvColumn#recognise} knows (Polish and English).
     * Headers read as nothing are printed, so that no column is left out unnoticed.
     */
    private static List<String> columns(Path csv, List<String> headers) {
        List<String> columns = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<String> ignored = new ArrayList<>();
        for (String h : headers) {
            String header = h == null ? "" : h.strip();
            String key = Standardizer.matchingKey(header).replace(" ", "").replace("_", "");
            String column = OWN_COLUMNS.getOrDefault(key, OTHER_NAMES.get(key));
            if (column == null) {
                column = CsvColumn.recognise(header).map(COLUMN_OF::get).orElse(null);
            }
            if ("full_name".equals(column)
                    && CsvColumn.nameOrder(header) == dev.kartoteka.core.standardization.PersonName.Order.FAMILY_FIRST) {
                column = "full_name_family_first";
            }
            if (column == null) {
                ignored.add(header);
            } else if (!taken.add(column)) {
                throw new IllegalArgumentException(csv + ": header " + (columns.size() + 1) + " names " + column
                        + " again; expected each column once");
            }
            columns.add(column);
        }
        if (!taken.contains("entity_id")) {
            throw new IllegalArgumentException(csv + ": the first line has " + headers.size() + " cells and none "
                    + "names the truth (recognised: " + taken + "); expected a header line with entity_id (or "
                    + "cluster_id, client_id, true_id)");
        }
        if (!ignored.isEmpty()) {
            System.out.println(csv.getFileName() + ": headers not read " + ignored);
        }
        return columns;
    }

    /**
     * A whole Polish address in the street's cell ({@code "Adres"}: {@code "ul. Długa 7/3, 00-001 Warszawa"}) read apart
     * as the CSV import reads it, where the row has no building, postal code nor city; left as it is if unreadable.
     */
    private static void splitAddressLine(Map<String, String> v) {
        String country = get(v, "country");
        if (get(v, "street").isEmpty() || !get(v, "building").isEmpty() || !get(v, "postal_code").isEmpty()
                || !get(v, "city").isEmpty() || !(country.isEmpty() || country.equalsIgnoreCase("PL"))) {
            return;
        }
        STANDARDIZER.addressLine(get(v, "street")).value().ifPresent(a -> {
            a.street().ifPresent(st -> v.put("street", st));
            v.put("building", a.building());
            a.unit().ifPresent(u -> v.put("flat", u));
            v.put("postal_code", a.postalCode());
            v.put("city", a.city());
        });
    }

    /**
     * A whole name in one cell ({@code full_name}, {@code "Imię i nazwisko"}; family name first under
     * {@code "Nazwisko i imię"}) read as the CSV import reads it, where the row has no given names nor family name.
     */
    private static void splitFullName(Map<String, String> v) {
        boolean familyFirst = !get(v, "full_name_family_first").isEmpty();
        String full = familyFirst ? get(v, "full_name_family_first") : get(v, "full_name");
        if (full.isEmpty() || !get(v, "given_names").isEmpty() || !get(v, "family_name").isEmpty()) {
            return;
        }
        STANDARDIZER.fullName(full, familyFirst ? dev.kartoteka.core.standardization.PersonName.Order.FAMILY_FIRST
                : dev.kartoteka.core.standardization.PersonName.Order.GIVEN_FIRST).value().ifPresent(n -> {
                    v.put("given_names", n.givenNames());
                    v.put("family_name", n.familyName());
                });
    }

    /** The columns this tool reads, by their own names (as header keys: no spaces or underscores). */
    private static final Map<String, String> OWN_COLUMNS = java.util.stream.Stream.of("entity_id", "record_id",
            "kind", "given_names", "family_name", "sex", "birth_date", "pesel", "email", "phone", "street",
            "building", "flat", "postal_code", "city", "country", "legal_name", "nip", "regon", "krs", "full_name")
            .collect(java.util.stream.Collectors.toMap(c -> c.replace("_", ""), c -> c));

    /** Other names of the truth and of sex (as header keys). */
    private static final Map<String, String> OTHER_NAMES = Map.of("entity", "entity_id", "clusterid", "entity_id",
            "clientid", "entity_id", "trueid", "entity_id", "plec", "sex", "gender", "sex");

    /** The library's recognised CSV columns this tool reads. */
    private static final Map<CsvColumn, String> COLUMN_OF = Map.ofEntries(Map.entry(CsvColumn.KIND, "kind"),
            Map.entry(CsvColumn.COMPANY_NAME, "legal_name"), Map.entry(CsvColumn.GIVEN_NAMES, "given_names"),
            Map.entry(CsvColumn.FAMILY_NAME, "family_name"), Map.entry(CsvColumn.FULL_NAME, "full_name"),
            Map.entry(CsvColumn.NIP, "nip"),
            Map.entry(CsvColumn.REGON, "regon"), Map.entry(CsvColumn.KRS, "krs"),
            Map.entry(CsvColumn.PESEL, "pesel"), Map.entry(CsvColumn.BIRTH_DATE, "birth_date"),
            Map.entry(CsvColumn.EMAIL, "email"), Map.entry(CsvColumn.PHONE, "phone"),
            Map.entry(CsvColumn.STREET, "street"), Map.entry(CsvColumn.BUILDING, "building"),
            Map.entry(CsvColumn.UNIT, "flat"), Map.entry(CsvColumn.POSTAL_CODE, "postal_code"),
            Map.entry(CsvColumn.CITY, "city"), Map.entry(CsvColumn.COUNTRY, "country"));

    /** The kinds' names, as the CSV import reads them (as matching keys). */
    private static final Set<String> COMPANY_KINDS = Set.of("firma", "company", "spolka", "organizacja",
            "organization", "przedsiebiorstwo", "b2b");
    private static final Set<String> PERSON_KINDS = Set.of("osoba", "person", "osoba fizyczna",
            "klient indywidualny", "individual", "b2c");

    private static Party toParty(Path csv, long line, PartyId id, Map<String, String> v,
            Map<String, Integer> unreadable) {
        String kind = Standardizer.matchingKey(get(v, "kind"));
        if (!kind.isEmpty() && !COMPANY_KINDS.contains(kind) && !PERSON_KINDS.contains(kind)) {
            throw new IllegalArgumentException(csv + " line " + line + ": kind is not a kind the import reads; "
                    + "expected PERSON/osoba or COMPANY/firma (or spółka, B2B, B2C …)");
        }
        boolean company = COMPANY_KINDS.contains(kind) || (kind.isEmpty() && !get(v, "legal_name").isEmpty()
                && get(v, "given_names").isEmpty() && get(v, "family_name").isEmpty());
        Party.Builder<?, ?> b;
        if (company) {
            Company.Builder c = Company.builder().legalName(get(v, "legal_name"));
            read(v, "nip", unreadable, t -> STANDARDIZER.nip(t).value()).ifPresent(c::nip);
            read(v, "regon", unreadable, t -> STANDARDIZER.regon(t).value()).ifPresent(c::regon);
            read(v, "krs", unreadable, LabelledCsvEvaluation::krs).ifPresent(c::krs);
            b = c;
        } else {
            Person.Builder p = Person.builder().givenNames(get(v, "given_names")).familyName(get(v, "family_name"));
            Optional<LocalDate> born = read(v, "birth_date", unreadable, LabelledCsvEvaluation::date);
            Optional<Sex> sex = switch (get(v, "sex").toUpperCase(Locale.ROOT)) {
                case "F", "K" -> Optional.of(Sex.FEMALE);
                case "M" -> Optional.of(Sex.MALE);
                default -> Optional.empty();
            };
            born.ifPresent(p::birthDate);
            sex.ifPresent(p::sex);
            read(v, "pesel", unreadable, t -> STANDARDIZER.pesel(t, born, sex).value()).ifPresent(p::pesel);
            b = p;
        }
        b.id(id);
        read(v, "email", unreadable, t -> STANDARDIZER.email(t).value())
                .ifPresent(e -> b.addContactPoint(EmailContact.of(e.value())));
        read(v, "phone", unreadable, t -> STANDARDIZER.phone(t).value())
                .ifPresent(p -> b.addContactPoint(PhoneContact.of(p.value())));
        String street = get(v, "street");
        String building = get(v, "building");
        String postal = get(v, "postal_code");
        String city = get(v, "city");
        if (!(street + building + postal + city).isEmpty()) {
            String flat = get(v, "flat");
            b.addContactPoint(new PostalAddress(street.isEmpty() ? Optional.empty() : Optional.of(street), building,
                    flat.isEmpty() ? Optional.empty() : Optional.of(flat), postal, city, Optional.empty(),
                    Optional.empty(), get(v, "country").isEmpty() ? "PL" : get(v, "country"), ContactUsage.main()));
        }
        return b.build();
    }

    private static String get(Map<String, String> v, String column) {
        return v.getOrDefault(column, "");
    }

    private static <T> Optional<T> read(Map<String, String> v, String column, Map<String, Integer> unreadable,
            java.util.function.Function<String, Optional<T>> parse) {
        String text = get(v, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            unreadable.merge(column, 1, Integer::sum);
        }
        return value;
    }

    private static Optional<dev.kartoteka.core.identifier.Krs> krs(String text) {
        try {
            return Optional.of(dev.kartoteka.core.identifier.Krs.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A date as ISO ({@code 1985-03-12}) or as spreadsheets write it ({@code 12.03.1985}, {@code 12/03/1985}). */
    private static Optional<LocalDate> date(String text) {
        for (String pattern : List.of("uuuu-MM-dd", "dd.MM.uuuu", "dd-MM-uuuu", "dd/MM/uuuu", "d.M.uuuu")) {
            try {
                return Optional.of(LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern(pattern)
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // the next pattern
            }
        }
        return Optional.empty();
    }
}
