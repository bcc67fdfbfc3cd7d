package dev.kartoteka.examples;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.csv.CsvImport;
import dev.kartoteka.core.csv.ImportReport;
import dev.kartoteka.core.csv.RowOutcome;
import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.LiveDuplicateIndex;
import dev.kartoteka.core.duplicate.ScanResult;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.history.TransactionType;
import dev.kartoteka.core.merge.MergeRequest;
import dev.kartoteka.core.merge.Survivorship;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.standardization.Standardizer;
import dev.kartoteka.segmentation.activity.ActivityAssignment;
import dev.kartoteka.segmentation.activity.ActivitySegmentation;
import dev.kartoteka.segmentation.activity.ActivityTransitions;
import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.clv.BgNbdFit;
import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.ClvCalculator;
import dev.kartoteka.segmentation.clv.CustomerSummaries;
import dev.kartoteka.segmentation.clv.CustomerSummary;
import dev.kartoteka.segmentation.clv.GammaGammaFit;
import dev.kartoteka.segmentation.clv.GammaGammaParameters;
import dev.kartoteka.segmentation.clv.HoldoutCheck;
import dev.kartoteka.segmentation.clv.TransactionLog;
import dev.kartoteka.segmentation.rfm.RfmInput;
import dev.kartoteka.segmentation.rfm.RfmResult;
import dev.kartoteka.segmentation.rfm.RfmScoring;
import dev.kartoteka.segmentation.rule.Rule;
import dev.kartoteka.segmentation.segment.RegistrySegmentation;
import dev.kartoteka.segmentation.segment.Segment;
import dev.kartoteka.segmentation.segment.SegmentMembership;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole story in one run, on the embedded default (the in-memory store): a company's client base is generated
 * ({@link ExampleData}), a messy spreadsheet export from an old shop system is imported (rejected rows reported),
 * values are standardised and duplicates found and merged, history and consents recorded, every client gets one of
 * the six activity types with an explanation, a CLV model is fitted (BG/NBD + Gamma-Gamma, checked on a holdout) and
 * the top clients ranked, and the question "whom may we text about the new shop in Mokotów?" is answered with a
 * segment rule — then a summary is printed and an HTML report written.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -DskipTests verify}; {@code -Ddemo.persons=…}, {@code -Ddemo.companies=…}
 * and {@code -Ddemo.report=…} change the size and where the report goes. All data is invented.
 */
public final class ClientBaseDemo {

    static final Currency PLN = Currency.getInstance("PLN");
    static final String VIP_RULE = "revenue(365d) >= 15000 PLN and purchases(365d) >= 6 or tag(\"key-account\")";
    static final String MOKOTOW_SMS = "district = \"Mokotów\" and consent(\"sms\", \"marketing\")"
            + " and segment in [\"active\", \"vip\", \"trusted-partner\", \"one-time\"]";

    private final PrintStream out;
    private final int persons;
    private final int companies;

    ClientBaseDemo(PrintStream out, int persons, int companies) {
        this.out = out;
        this.persons = persons;
        this.companies = companies;
    }

    /**
     * Runs the demo.
     *
     * @param args ignored; see the class comment for the system properties
     */
    public static void main(String[] args) {
        int persons = Integer.getInteger("demo.persons", 3_000);
        int companies = Integer.getInteger("demo.companies", 600);
        java.nio.file.Path report = java.nio.file.Path.of(System.getProperty("demo.report",
                "target/kartoteka-report.html"));
        DemoResult result = new ClientBaseDemo(System.out, persons, companies).run();
        DemoReport.write(result, report);
        System.out.println();
        System.out.println("HTML report: " + report.toAbsolutePath().normalize());
    }

    DemoResult run() {
        long started = System.nanoTime();
        ExampleData data = ExampleData.builder().seed(42).persons(persons).companies(companies)
                .duplicateShare(0.04).build();
        LocalDate today = data.asOf();
        // the registry works on the evaluation day itself: the parties exist on it
        Clock clock = Clock.fixed(today.atTime(23, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ClientRegistry registry = ClientRegistry.builder().clock(clock).standardizer(Standardizer.defaults()).build();
        DemoResult.Builder result = new DemoResult.Builder(today);

        // 1. the client base
        heading("1/8 Generating the client base (ExampleData, seed 42)");
        long parties = data.entries().count();
        ProgressBar bar = new ProgressBar(out, "steps (parties, then the clients' histories)", parties + data.clients());
        var populated = data.populate(registry, (done, ok, failed) -> bar.update(done));
        bar.done(parties + data.clients());
        out.printf("   %,d parties (persons, companies, contact persons), %,d transactions, %,d interactions,"
                + " %,d consent events; %,d re-entries refused for a repeated PESEL/NIP%n",
                populated.parties().created(), populated.transactions(), populated.interactions(),
                populated.consentEvents(), populated.parties().rejected().size());

        // 2. a messy spreadsheet from the old shop system
        heading("2/8 Importing the old shop's spreadsheet (windows-1250, ';', re-typed rows, a few broken ones)");
        byte[] csv = oldShopExport();
        DuplicateDetector detector = DuplicateDetector.defaults();
        LiveDuplicateIndex live = LiveDuplicateIndex.follow(registry, detector);
        ImportReport imported = CsvImport.into(registry).duplicateCheck(CsvImport.DuplicateCheck.of(live))
                .run(new ByteArrayInputStream(csv));
        live.stop();
        out.printf("   %s, %s: %,d rows: %,d created, %,d updated, %,d held as possible duplicates, %,d rejected%n",
                imported.charset(), "'" + imported.delimiter() + "'", imported.rows(),
                imported.count(RowOutcome.CREATED), imported.count(RowOutcome.UPDATED),
                imported.count(RowOutcome.POSSIBLE_DUPLICATE), imported.count(RowOutcome.REJECTED));
        imported.rejections().stream().limit(4).forEach(r -> out.println("   rejected " + r));
        result.imported(imported);

        // 3. duplicates
        heading("3/8 Finding duplicates and merging them");
        List<Party> all = new ArrayList<>();
        registry.forEachMatch(PartyQuery.builder().build(), all::add);
        ProgressBar scanBar = new ProgressBar(out, "parties scanned", all.size());
        ScanResult scan = detector.scan(all, (done, ok, failed) -> scanBar.update(done));
        scanBar.done(all.size());
        int merged = 0;
        for (List<PartyId> cluster : scan.clusters()) {
            MergeRequest.Builder request = MergeRequest.builder().chooseSurvivor(Survivorship.mostComplete());
            for (PartyId id : cluster) {
                request.party(id, registry.get(id).version());
            }
            merged += registry.merge(request.build()).merged().size();
        }
        out.printf("   %,d candidate pairs compared, %,d clusters merged (%,d parties became tombstones), %,d pairs"
                + " held for review%n", scan.statistics().candidatePairs(), scan.clusters().size(), merged,
                scan.possibleMatches().size());
        result.duplicates(scan, merged, exampleClusters(registry, scan));

        // 4. history and consents
        heading("4/8 Recording history and consents");
        List<Party> live2 = new ArrayList<>();
        registry.forEachMatch(PartyQuery.builder().build(), live2::add);
        int calls = 0;
        int withdrawals = 0;
        for (Party p : live2.subList(0, Math.min(200, live2.size()))) {
            registry.history().log(Interaction.builder(p.id(), InteractionType.CALL,
                    today.atTime(11, 0).toInstant(ZoneOffset.UTC)).build());
            calls++;
            if (calls % 25 == 0 && !p.contactPoints(PhoneContact.class).isEmpty()) {
                registry.consents().withdraw(p.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING,
                        ConsentSource.CALL, today.atTime(11, 5).toInstant(ZoneOffset.UTC), Optional.empty());
                withdrawals++;
            }
        }
        out.printf("   %,d follow-up calls logged on %s, %,d SMS-marketing consents withdrawn during them%n", calls,
                today, withdrawals);

        // 5. the six activity types
        heading("5/8 Segmenting into the six activity types");
        RegistrySegmentation segmentation = RegistrySegmentation.builder(registry, PLN).zone(ZoneOffset.UTC)
                .segmentation(ActivitySegmentation.builder().vipRule(Rule.parse(VIP_RULE)).build()).build();
        List<ActivityAssignment> types = segmentation.assignAll(today);
        Map<ActivityType, Long> sizes = new EnumMap<>(ActivityType.class);
        types.forEach(a -> sizes.merge(a.type(), 1L, Long::sum));
        sizes.forEach((type, n) -> out.printf("   %-16s %,7d%n", type.label(), n));
        out.println("   (every party counts: potential includes leads and contact persons who have not bought)");
        for (ActivityType type : ActivityType.values()) {
            types.stream().filter(a -> a.type() == type).findFirst()
                    .ifPresent(a -> out.println("   e.g. " + type.label() + ": " + a.explanation()));
        }
        ActivityTransitions moves = segmentation.transitions(today.minusDays(90), today, t -> { });
        out.printf("   since %s: %,d moves, %,d active -> inactive (last-chance offers), %,d one-time -> active%n",
                today.minusDays(90), moves.transitions().size(),
                moves.count(ActivityType.ACTIVE, ActivityType.INACTIVE),
                moves.count(ActivityType.ONE_TIME, ActivityType.ACTIVE));
        result.segments(sizes, moves);

        // 6. CLV
        heading("6/8 Fitting CLV (BG/NBD + Gamma-Gamma, weeks) and ranking the top clients");
        TransactionLog log = new TransactionLog();
        for (Party p : live2) {
            for (Transaction t : registry.history().transactions(p.id(), LocalDate.of(1900, 1, 1), today,
                    Set.of(TransactionType.ORDER))) {
                if (t.isPurchase() && t.amount().currency().equals(PLN)) {
                    log.add(p.id().toString(), t.date(), t.amount().amount().doubleValue());
                }
            }
        }
        LocalDate calibrationEnd = today.minusWeeks(39);
        TransactionLog.CalibrationHoldout split = log.split(calibrationEnd, today, ChronoUnit.WEEKS);
        BgNbdParameters calibrated = BgNbdFit.fit(split.patterns()).parameters();
        HoldoutCheck holdout = HoldoutCheck.bgNbd(calibrated, split, 7);
        List<CustomerSummary> customers = log.summaries(today, ChronoUnit.WEEKS);
        BgNbdParameters model = BgNbdFit.fit(CustomerSummaries.of(customers, ChronoUnit.WEEKS)).parameters();
        GammaGammaParameters spend = GammaGammaFit.fit(customers.stream().filter(c -> c.frequency() > 0)
                .map(c -> new GammaGammaFit.Spend(c.frequency(), c.monetaryValue())).toList()).parameters();
        List<DemoResult.ClientValue> values = new ArrayList<>();
        for (CustomerSummary c : customers) {
            double perPurchase = spend.conditionalExpectedSpend(c.frequency(), c.monetaryValue());
            double clv = ClvCalculator.bgNbd(model, c.frequency(), c.recency(), c.age(), perPurchase, 1.0, 12,
                    52.0 / 12, 0.01);
            values.add(new DemoResult.ClientValue(PartyId.parse(c.customerId()), clv,
                    model.probabilityAlive(c.frequency(), c.recency(), c.age()), c.frequency() + 1, c.recency(),
                    c.age()));
        }
        values.sort(Comparator.comparingDouble(DemoResult.ClientValue::clv).reversed());
        out.printf("   BG/NBD r %.3f, alpha %.3f, a %.3f, b %.3f; Gamma-Gamma p %.2f, q %.2f, gamma %.2f%n", model.r(),
                model.alpha(), model.a(), model.b(), spend.p(), spend.q(), spend.gamma());
        out.printf("   holdout (%s to %s): predicted %.0f repeat purchase days, actual %d%n", calibrationEnd, today,
                holdout.predictedTotal(), holdout.actualTotal());
        out.println("   top clients by expected revenue in the next 12 months:");
        List<DemoResult.TopClient> top = new ArrayList<>();
        for (DemoResult.ClientValue v : values.subList(0, Math.min(10, values.size()))) {
            String name = shortName(registry.get(v.party()));
            top.add(new DemoResult.TopClient(name, v.clv(), v.probabilityAlive(), v.purchaseDays()));
            out.printf(Locale.ROOT, "   %-32s %,12.2f PLN  P(alive) %.2f  %d purchase days%n", name, v.clv(),
                    v.probabilityAlive(), v.purchaseDays());
        }
        RfmResult rfm = RfmScoring.defaults().score(registry.history().purchaseSummaries(PLN, today)
                .map(s -> RfmInput.of(s, today)));
        out.println("   RFM segments: " + rfm.segmentSizes());
        result.clv(model, spend, holdout, values, top, rfm);

        // 7. the question
        heading("7/8 Whom may we text about the new shop in Mokotów?");
        SegmentMembership mokotow = segmentation.members(Segment.parse("Mokotów SMS", MOKOTOW_SMS), today);
        out.println("   rule: " + mokotow.segment().rule());
        out.printf("   %,d clients (the registry query narrowed it to the %,d parties in Mokotów; consent and segment"
                + " checked on each)%n", mokotow.size(), mokotow.candidates());
        mokotow.members().stream().limit(5).forEach(id -> out.println("   - " + shortName(registry.get(id))));
        result.mokotow(mokotow);

        // 8. data quality
        heading("8/8 Data quality");
        Map<String, Double> completeness = completeness(registry, live2);
        completeness.forEach((field, share) -> out.printf(Locale.ROOT, "   %-28s %5.1f %%%n", field, 100 * share));
        result.completeness(completeness);
        result.elapsed(java.time.Duration.ofNanos(System.nanoTime() - started));
        return result.build();
    }

    /** The old shop's export: other clients (some also ours, re-typed), in windows-1250, plus three broken rows. */
    private byte[] oldShopExport() {
        ExampleData shop = ExampleData.builder().seed(7).persons(Math.max(50, persons / 10)).companies(0)
                .duplicateShare(0.1).build();
        StringBuilder text = new StringBuilder();
        shop.writeCsv(text);
        String header = text.substring(0, text.indexOf("\r\n"));
        int columns = header.split(";", -1).length;
        text.append(row(columns, header, Map.of("rodzaj", "osoba", "imiona", "Jan", "nazwisko", "Kowalczyk",
                "pesel", "90010112345")));
        text.append(row(columns, header, Map.of("rodzaj", "osoba", "imiona", "Ewa", "nazwisko", "Zielińska",
                "data urodzenia", "31.02.1990")));
        text.append(row(columns, header, Map.of("rodzaj", "firma", "nazwa firmy", "Hurtownia Bałtyk",
                "nip", "123-456-78-90")));
        return text.toString().getBytes(Charset.forName("windows-1250"));
    }

    private static String row(int columns, String header, Map<String, String> values) {
        String[] headers = header.split(";", -1);
        String[] cells = new String[columns];
        for (int i = 0; i < columns; i++) {
            String h = headers[i].replace("\"", "");
            cells[i] = values.getOrDefault(h, "");
        }
        if (!values.keySet().stream().allMatch(k -> java.util.Arrays.stream(headers)
                .anyMatch(h -> h.replace("\"", "").equals(k)))) {
            throw new IllegalStateException("not all of " + values.keySet() + " in the export's header " + header);
        }
        return String.join(";", cells) + "\r\n";
    }

    private static List<List<String>> exampleClusters(ClientRegistry registry, ScanResult scan) {
        List<List<String>> out = new ArrayList<>();
        for (List<PartyId> cluster : scan.clusters().subList(0, Math.min(3, scan.clusters().size()))) {
            out.add(cluster.stream().map(id -> shortName(registry.get(id))).toList());
        }
        return out;
    }

    /** A person as "Anna K.", a company by its name: enough to recognise, not a full personal record. */
    static String shortName(Party p) {
        if (p instanceof Person person) {
            String family = person.familyName();
            String given = person.givenNames().isEmpty() ? "" : person.givenNames().split(" ")[0];
            String initial = family.isEmpty() ? "" : family.charAt(0) + ".";
            return (given + " " + initial).strip(); // "Anna K.", or "Anna", "K." for one known by one name
        }
        return ((Company) p).legalName();
    }

    private static Map<String, Double> completeness(ClientRegistry registry, List<Party> parties) {
        Map<String, Double> out = new LinkedHashMap<>();
        long personsCount = parties.stream().filter(Person.class::isInstance).count();
        long companiesCount = parties.stream().filter(Company.class::isInstance).count();
        out.put("e-mail", share(parties.stream().filter(p -> !p.contactPoints(EmailContact.class).isEmpty()).count(),
                parties.size()));
        out.put("phone", share(parties.stream().filter(p -> !p.contactPoints(PhoneContact.class).isEmpty()).count(),
                parties.size()));
        out.put("postal address", share(parties.stream()
                .filter(p -> !p.contactPoints(PostalAddress.class).isEmpty()).count(), parties.size()));
        out.put("district (of addresses)", share(parties.stream().flatMap(p -> p.contactPoints(PostalAddress.class)
                .stream()).filter(a -> a.district().isPresent()).count(), parties.stream()
                .mapToLong(p -> p.contactPoints(PostalAddress.class).size()).sum()));
        out.put("birth date (persons)", share(parties.stream().filter(p -> p instanceof Person person
                && person.birthDate().isPresent()).count(), personsCount));
        out.put("PESEL (persons)", share(parties.stream().filter(p -> p instanceof Person person
                && person.pesel().isPresent()).count(), personsCount));
        out.put("NIP (companies)", share(parties.stream().filter(p -> p instanceof Company company
                && company.nip().isPresent()).count(), companiesCount));
        out.put("custom fields", share(parties.stream().filter(p -> !p.customFields().isEmpty()).count(),
                parties.size()));
        return out;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private void heading(String text) {
        out.println();
        out.println(text);
    }

    /** A one-line progress bar for long steps (redrawn in place on a terminal). */
    static final class ProgressBar {
        private final PrintStream out;
        private final String unit;
        private final long total;
        private int shown = -1;

        ProgressBar(PrintStream out, String unit, long total) {
            this.out = out;
            this.unit = unit;
            this.total = Math.max(1, total);
        }

        void update(long done) {
            int percent = (int) Math.min(100, done * 100 / total);
            if (percent / 5 != shown / 5) {
                shown = percent;
                int filled = percent / 5;
                out.print("\r   [" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + percent + "% "
                        + String.format("%,d", done) + " " + unit);
                out.flush();
            }
        }

        void done(long done) {
            shown = -1;
            update(total);
            out.println();
        }
    }
}
