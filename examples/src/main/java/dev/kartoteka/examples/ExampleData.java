package dev.kartoteka.examples;

import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.consent.ConsentAction;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.Section;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.BulkResult;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.GammaGammaParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A deterministic, seeded client base for test suites, demos and benchmarks: Polish and international persons and
 * companies with valid identifiers, contact persons, roles, consents, custom-field values, interactions and purchase
 * histories drawn from a known process — and, on demand, duplicates with the truth about them.
 *
 * <pre>{@code
 * ExampleData data = ExampleData.builder().seed(42).asOf(LocalDate.of(2025, 12, 31))
 *         .persons(800).companies(200).duplicateShare(0.05).build();
 * List<Party> parties = data.population();            // or data.parties(), a lazy stream for millions
 * List<DuplicatePair> truth = data.duplicates();      // which party re-enters which, and how
 * ActivityType type = data.intendedType(parties.get(0).id()).orElseThrow();
 * PopulateReport report = data.populate(ClientRegistry.inMemory());
 * }</pre>
 *
 * <h2>Determinism</h2>
 * The same settings give the same data — ids included — on every machine and Java version: every draw comes from a
 * SplitMix64 generator written out in this module and keyed by (seed, client number, purpose); logarithms and powers
 * use {@link StrictMath}; word lists are embedded; nothing depends on the locale, the default time zone (times are in
 * UTC), hash-map order or the current date (everything is relative to {@link #asOf()}). Client {@code i} is generated
 * from the seed and {@code i} alone, so {@link #entries()} streams any number of parties in constant memory and
 * {@link #entriesOfClient(long)} and {@link #entry(PartyId)} reach any of them directly.
 *
 * <h2>What a client looks like</h2>
 * <ul>
 *   <li>Persons (90 % Polish by default): gender-consistent names (Kowalski/Kowalska, Nowak for both), birth date and
 *       sex from a unique PESEL slot, PESEL for 60 % of the Poles, e-mail, mobile, an address in a Polish city with its
 *       district and a postal code of that district (or abroad: Berlin, Hamburg, London, Kyiv), profession, interests,
 *       preferred contact time and language.</li>
 *   <li>Companies: legal form, name, NIP, REGON, KRS where the form is registered there, EU VAT numbers (PL + NIP, or
 *       German, Austrian, Dutch, French and Czech numbers abroad), landline, mailbox and website in the company's own
 *       domain, industry, head-count band, working hours, and one to three contact persons (separate persons, listed
 *       before their company) with position and department.</li>
 *   <li>Roles: potential clients are open leads (source, warmth, UTM or source detail); buyers are clients from their
 *       first purchase, half of them after a lead phase; some trusted companies are partners.</li>
 *   <li>Orders in PLN from the {@linkplain Builder#purchases purchase process}, interactions around them, consent
 *       events, and values of the sample {@linkplain #schema() custom-field schema}; VIPs carry the tag
 *       {@code "vip"}.</li>
 * </ul>
 * Every identifier, phone number and e-mail address is unique in a data set (up to 4,000,000 persons and 1,000,000
 * companies), so only re-entries look like duplicates. Identifiers have valid checksums but belong to nobody.
 *
 * <p>Immutable and thread-safe; the streams are sequential.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExampleData {

    /** The default "as of" day: a fixed day in the past, so a registry's clock accepts every consent event. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 12, 31);

    /** The default seed. */
    public static final long DEFAULT_SEED = 42;

    /** The default purchase frequency: BG/NBD r = 0.75, α = 8, a = 0.8, b = 4 (per week: about 5 purchases a year). */
    public static final BgNbdParameters DEFAULT_FREQUENCY = new BgNbdParameters(0.75, 8, 0.8, 4);

    /** The default spend: Gamma-Gamma p = 6, q = 4, γ = 150 (a mean order of about 300 PLN). */
    public static final GammaGammaParameters DEFAULT_SPEND = new GammaGammaParameters(6, 4, 150);

    /** {@link #population()} refuses data sets with more clients than this; stream them instead. */
    public static final int POPULATION_LIMIT = 100_000;

    private static final CustomFieldSchema SCHEMA = CustomFieldSchema.of(1,
            List.of(Section.of("profile", "Profil klienta", 1), Section.of("marketing", "Marketing", 2)),
            List.of(FieldDefinition.builder("industry", FieldType.SINGLE_CHOICE).label("Branża").section("profile")
                            .displayOrder(1).appliesTo(FieldTarget.COMPANY).options(industries()).build(),
                    FieldDefinition.builder("annual_budget", FieldType.DECIMAL).label("Roczny budżet (PLN)")
                            .section("profile").displayOrder(2).appliesTo(FieldTarget.COMPANY).scale(2)
                            .min(BigDecimal.ZERO).build(),
                    FieldDefinition.builder("customer_since", FieldType.DATE).label("Klient od").section("profile")
                            .displayOrder(3).appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON).build(),
                    FieldDefinition.builder("newsletter", FieldType.BOOLEAN).label("Newsletter").section("marketing")
                            .displayOrder(1).appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON).build(),
                    FieldDefinition.builder("preferred_channel", FieldType.SINGLE_CHOICE)
                            .label("Preferowany kanał kontaktu").section("marketing").displayOrder(2)
                            .appliesTo(FieldTarget.PERSON).option("email", "E-mail").option("phone", "Telefon")
                            .option("sms", "SMS").option("post", "Poczta").build()));

    private final long seed;
    private final LocalDate asOf;
    private final int persons;
    private final int companies;
    private final ActivityShares shares;
    private final double duplicateShare;
    private final double foreignShare;
    private final BgNbdParameters frequency;
    private final GammaGammaParameters spend;
    private final int historyYears;
    private final Generator generator;

    private ExampleData(Builder b) {
        this.seed = b.seed != null ? b.seed : DEFAULT_SEED;
        this.asOf = b.asOf != null ? b.asOf : DEFAULT_AS_OF;
        this.persons = b.persons != null ? b.persons : 800;
        this.companies = b.companies != null ? b.companies : 200;
        this.shares = b.shares != null ? b.shares : ActivityShares.defaults();
        this.duplicateShare = b.duplicateShare != null ? b.duplicateShare : 0;
        this.foreignShare = b.foreignShare != null ? b.foreignShare : 0.1;
        this.frequency = b.frequency != null ? b.frequency : DEFAULT_FREQUENCY;
        this.spend = b.spend != null ? b.spend : DEFAULT_SPEND;
        this.historyYears = b.historyYears != null ? b.historyYears : 6;
        this.generator = new Generator(this);
    }

    private static List<dev.kartoteka.core.field.ChoiceOption> industries() {
        List<dev.kartoteka.core.field.ChoiceOption> out = new ArrayList<>();
        for (String[] i : Vocabulary.INDUSTRIES) {
            out.add(dev.kartoteka.core.field.ChoiceOption.of(i[0], i[1]));
        }
        return out;
    }

    /**
     * @return a builder with the defaults: seed 42, as of {@link #DEFAULT_AS_OF}, 800 persons, 200 companies,
     *     {@link ActivityShares#defaults()}, no duplicates, 10 % foreign clients, the default purchase process over six
     *     years
     */
    public static Builder builder() {
        return new Builder();
    }

    // ----------------------------------------------------------------------------------------------------- settings

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the day the data describes: no event lies after it */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return how many persons are clients (contact persons of companies come on top) */
    public int persons() {
        return persons;
    }

    /** @return how many companies are clients */
    public int companies() {
        return companies;
    }

    /** @return persons + companies: the number of clients, numbered 0 to clients − 1 */
    public long clients() {
        return (long) persons + companies;
    }

    /** @return the activity shares aimed at */
    public ActivityShares shares() {
        return shares;
    }

    /** @return about which share of the clients is re-entered once */
    public double duplicateShare() {
        return duplicateShare;
    }

    /** @return about which share of the persons and companies are foreign (or, for persons, foreigners in Poland) */
    public double foreignShare() {
        return foreignShare;
    }

    /** @return the BG/NBD parameters of the purchase process, per week */
    public BgNbdParameters purchaseFrequency() {
        return frequency;
    }

    /** @return the Gamma-Gamma parameters of the spend per order, in PLN */
    public GammaGammaParameters spend() {
        return spend;
    }

    /** @return how many years before {@link #asOf()} the oldest relationships start */
    public int historyYears() {
        return historyYears;
    }

    /**
     * Returns the sample custom-field schema all generated values fit: section {@code profile} with {@code industry}
     * (single choice, companies), {@code annual_budget} (decimal, scale 2, at least 0, companies) and
     * {@code customer_since} (date: the first purchase), section {@code marketing} with {@code newsletter} (boolean:
     * the newsletter consent as of {@link #asOf()}) and {@code preferred_channel} (single choice, persons). Install it
     * before storing the parties: {@code registry.importSchema(registry.schema().version(), data.schema())}
     * ({@link #populate} does).
     *
     * @return the schema
     */
    public CustomFieldSchema schema() {
        return SCHEMA;
    }

    // ------------------------------------------------------------------------------------------------------ the data

    /**
     * Streams every generated party with its history, client by client: a company's contact persons, the client, its
     * re-entry. Lazy and constant in memory; each call generates the data again (identically).
     *
     * @return the entries, ordered
     */
    public Stream<ExampleParty> entries() {
        return LongStream.range(0, clients()).mapToObj(generator::group).flatMap(List::stream);
    }

    /**
     * Generates the entries of one client directly, without the clients before it.
     *
     * @param index the client's number, 0 to {@link #clients()} − 1
     * @return the client's contact persons (for a company), the client, its re-entry (if any), in stream order
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public List<ExampleParty> entriesOfClient(long index) {
        if (index < 0 || index >= clients()) {
            throw new IndexOutOfBoundsException("client " + index + " of " + clients());
        }
        return generator.group(index);
    }

    /**
     * Finds the entry of a generated party by its id, generating only its client.
     *
     * @param id a party id
     * @return the entry; empty if the id is not one of this data set's
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public Optional<ExampleParty> entry(PartyId id) {
        Objects.requireNonNull(id, "id");
        return generator.identities().decode(id).filter(d -> d[0] < clients())
                .flatMap(d -> generator.group(d[0]).stream().filter(e -> e.party().id().equals(id)).findFirst());
    }

    /**
     * Streams every party, as {@link #entries()} does.
     *
     * @return the parties, ordered; lazy
     */
    public Stream<Party> parties() {
        return entries().map(ExampleParty::party);
    }

    /**
     * Lists every party, for small data sets.
     *
     * @return the parties in stream order
     * @throws IllegalStateException if there are more than {@link #POPULATION_LIMIT} clients (use {@link #parties()})
     */
    public List<Party> population() {
        if (clients() > POPULATION_LIMIT) {
            throw new IllegalStateException(clients() + " clients are more than population() holds ("
                    + POPULATION_LIMIT + "); stream them with parties()");
        }
        return parties().toList();
    }

    /**
     * @return every transaction of every client, client by client; lazy
     */
    public Stream<Transaction> transactions() {
        return entries().flatMap(e -> e.transactions().stream());
    }

    /**
     * @return every interaction of every client, client by client; lazy
     */
    public Stream<Interaction> interactions() {
        return entries().flatMap(e -> e.interactions().stream());
    }

    /**
     * Returns a party's transactions, generating only its client.
     *
     * @param id a party id
     * @return its orders, oldest first; empty for contact persons, re-entries and ids of other data sets
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public List<Transaction> transactionsOf(PartyId id) {
        return entry(id).map(ExampleParty::transactions).orElse(List.of());
    }

    /**
     * Returns a party's interactions, generating only its client.
     *
     * @param id a party id
     * @return its interactions, oldest first; empty for contact persons, re-entries and ids of other data sets
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public List<Interaction> interactionsOf(PartyId id) {
        return entry(id).map(ExampleParty::interactions).orElse(List.of());
    }

    /**
     * Returns a party's consent events, generating only its client.
     *
     * @param id a party id
     * @return its consent events, oldest first; empty for contact persons, re-entries and ids of other data sets
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public List<ExampleConsent> consentsOf(PartyId id) {
        return entry(id).map(ExampleParty::consents).orElse(List.of());
    }

    /**
     * Tells the activity type the generator aimed a client at.
     *
     * @param id a party id
     * @return the type; empty for contact persons, re-entries and ids of other data sets
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public Optional<ActivityType> intendedType(PartyId id) {
        Objects.requireNonNull(id, "id");
        Optional<long[]> decoded = generator.identities().decode(id);
        if (decoded.isEmpty() || decoded.get()[1] != Identities.CLIENT || decoded.get()[0] >= clients()) {
            return Optional.empty();
        }
        return entry(id).flatMap(ExampleParty::intendedType);
    }

    /**
     * Lists the truth about the duplicates: every re-entry with the party it duplicates and how it differs. Generates
     * the whole data set once.
     *
     * @return the pairs in stream order; empty unless {@link Builder#duplicateShare} was set
     */
    public List<DuplicatePair> duplicates() {
        if (duplicateShare == 0) {
            return List.of();
        }
        return entries().flatMap(e -> e.duplicateOf().stream()).toList();
    }

    // ------------------------------------------------------------------------------------------------------- output

    /**
     * Stores the data in a registry: installs the {@linkplain #schema() sample schema} if the registry has no custom
     * fields yet, creates every party with {@code createAll} in batches of 500 (re-entries that repeat a unique
     * identifier of their original are refused, as the registry should), then records every transaction and
     * interaction through {@code registry.history()} and every consent event through {@code registry.consents()}.
     * Streams the data twice and keeps only the refused parties' ids, so it works for millions of parties.
     *
     * <p>Consent events must not lie after the registry's clock: the default {@link #asOf()} is in the past; with a
     * later one, give the registry a clock at or after it ({@code ClientRegistry.builder().clock(…)}), or the events
     * after its "now" are skipped and counted.
     *
     * @param registry the registry
     * @return the counts, and every refused party with its reason
     * @throws NullPointerException if {@code registry} is {@code null}
     * @throws IllegalStateException if the registry has a custom-field schema without the sample's fields
     */
    public PopulateReport populate(ClientRegistry registry) {
        return populate(registry, Progress.NONE);
    }

    /**
     * Stores the data in a registry as {@link #populate(ClientRegistry)} does, telling {@code progress} how far it
     * got: after every batch of parties (done = parties handled so far), then after every client's history (done =
     * parties + clients whose history is recorded; the whole job counts {@code parties + clients} steps).
     *
     * @param registry the registry
     * @param progress told as the work goes on (e.g. a progress bar)
     * @return the counts, and every refused party with its reason
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalStateException if the registry has a custom-field schema without the sample's fields
     * @since 0.1
     */
    public PopulateReport populate(ClientRegistry registry, Progress progress) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(progress, "progress");
        CustomFieldSchema current = registry.schema();
        if (current.fields().isEmpty()) {
            registry.importSchema(current.version(), SCHEMA);
        } else {
            for (FieldDefinition f : SCHEMA.fields()) {
                if (current.field(f.key().value()).map(d -> d.type() != f.type()).orElse(true)) {
                    throw new IllegalStateException("the registry's custom-field schema has no " + f.type()
                            + " field " + f.key().value() + "; populate a registry without custom fields or add it");
                }
            }
        }
        BulkResult created = registry.createAll(() -> parties().iterator(), 500, progress);
        long partiesHandled = created.created() + created.rejected().size();
        long clientsDone = 0;
        Set<PartyId> refused = new HashSet<>();
        created.rejected().forEach(r -> refused.add(r.partyId()));
        long transactions = 0;
        long interactions = 0;
        long consents = 0;
        long skipped = 0;
        java.util.Iterator<ExampleParty> it = entries().iterator();
        while (it.hasNext()) {
            ExampleParty e = it.next();
            if (e.isClient() && ++clientsDone % 100 == 0) {
                progress.update(partiesHandled + clientsDone, created.created(), created.rejected().size());
            }
            if (refused.contains(e.party().id())) {
                continue;
            }
            for (Transaction t : e.transactions()) {
                registry.history().record(t);
                transactions++;
            }
            for (Interaction i : e.interactions()) {
                registry.history().log(i);
                interactions++;
            }
            for (ExampleConsent c : e.consents()) {
                try {
                    if (c.action() == ConsentAction.GRANTED) {
                        registry.consents().grant(c.partyId(), c.channel(), c.purpose(), c.source(), c.at(),
                                c.evidence(), Optional.empty(), false);
                    } else {
                        registry.consents().withdraw(c.partyId(), c.channel(), c.purpose(), c.source(), c.at(),
                                c.evidence());
                    }
                    consents++;
                } catch (ValidationException ex) {
                    if (ex.violations().stream().noneMatch(v -> v.path().equals("at"))) {
                        throw ex;
                    }
                    skipped++;
                }
            }
        }
        return new PopulateReport(created, transactions, interactions, consents, skipped);
    }

    /**
     * Writes every party as one row of a spreadsheet in the columns and form of crm-core's {@code CsvExport.polish()}
     * (Polish headers, {@code ;}, CRLF): originals as an export writes them; re-entries as somebody typed them, with
     * the format variations of their {@link DuplicatePair#variations()} (phones with spaces, dashes or {@code 0048},
     * NIPs with dashes or {@code PL}, postal codes without the dash). {@code CsvImport} reads it back.
     *
     * @param out where to write; flushed, not closed
     * @return how many parties were written
     * @throws java.io.UncheckedIOException if writing fails
     * @throws NullPointerException if {@code out} is {@code null}
     */
    public long writeCsv(Appendable out) {
        Objects.requireNonNull(out, "out");
        return ExampleCsv.write(entries(), out);
    }

    @Override
    public String toString() {
        return "ExampleData[seed=" + seed + ", asOf=" + asOf + ", persons=" + persons + ", companies=" + companies
                + ", shares=" + shares + ", duplicateShare=" + duplicateShare + ", foreignShare=" + foreignShare
                + ", frequency=" + frequency + ", spend=" + spend + ", historyYears=" + historyYears + "]";
    }

    /**
     * Configures an {@link ExampleData} set. Each setting is checked when it is set ({@link IllegalArgumentException}
     * for a bad value) and may be set once ({@link IllegalStateException} the second time); unset settings take the
     * defaults listed at {@link ExampleData#builder()}. Not thread-safe.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private Long seed;
        private LocalDate asOf;
        private Integer persons;
        private Integer companies;
        private ActivityShares shares;
        private Double duplicateShare;
        private Double foreignShare;
        private BgNbdParameters frequency;
        private GammaGammaParameters spend;
        private Integer historyYears;

        private Builder() {
        }

        private static void once(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set");
            }
        }

        /**
         * @param value the seed; the same seed and settings give the same data
         * @return this builder
         * @throws IllegalStateException if the seed was set already
         */
        public Builder seed(long value) {
            once(seed, "seed");
            seed = value;
            return this;
        }

        /**
         * @param value the day the data describes: histories end on it, ages and activity types are as of it
         * @return this builder
         * @throws IllegalArgumentException if the day is before 1950 or after 2199
         * @throws IllegalStateException if it was set already
         */
        public Builder asOf(LocalDate value) {
            Objects.requireNonNull(value, "asOf");
            once(asOf, "asOf");
            if (value.getYear() < 1950 || value.getYear() > 2199) {
                throw new IllegalArgumentException("asOf must lie in the years 1950 to 2199, was " + value);
            }
            asOf = value;
            return this;
        }

        /**
         * @param value how many persons are clients, 0 to 4,000,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException if it was set already
         */
        public Builder persons(int value) {
            once(persons, "persons");
            if (value < 0 || value > Identities.MAX_PERSONS) {
                throw new IllegalArgumentException("persons must be 0 to " + Identities.MAX_PERSONS + ", was " + value);
            }
            persons = value;
            return this;
        }

        /**
         * @param value how many companies are clients, 0 to 1,000,000 (each brings one to three contact persons)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException if it was set already
         */
        public Builder companies(int value) {
            once(companies, "companies");
            if (value < 0 || value > Identities.MAX_COMPANIES) {
                throw new IllegalArgumentException("companies must be 0 to " + Identities.MAX_COMPANIES + ", was "
                        + value);
            }
            companies = value;
            return this;
        }

        /**
         * @param value the activity types to aim at: fixed shares, or {@link ActivityShares#asDrawn} for histories
         *     drawn from the purchase process without conditions (CLV tests)
         * @return this builder
         * @throws IllegalStateException if they were set already
         */
        public Builder shares(ActivityShares value) {
            Objects.requireNonNull(value, "shares");
            once(shares, "shares");
            shares = value;
            return this;
        }

        /**
         * @param value about which share of the clients is typed in a second time, 0 to 0.5 (each chosen client once;
         *     see {@link DuplicatePair})
         * @return this builder
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException if it was set already
         */
        public Builder duplicateShare(double value) {
            once(duplicateShare, "duplicateShare");
            if (!(value >= 0 && value <= 0.5)) {
                throw new IllegalArgumentException("duplicateShare must be 0 to 0.5, was " + value);
            }
            duplicateShare = value;
            return this;
        }

        /**
         * @param value about which share of the persons and companies are foreign, 0 to 1 (default 0.1)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException if it was set already
         */
        public Builder foreignShare(double value) {
            once(foreignShare, "foreignShare");
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("foreignShare must be 0 to 1, was " + value);
            }
            foreignShare = value;
            return this;
        }

        /**
         * Sets the purchase process: BG/NBD repeat buying per week and Gamma-Gamma spend per order in PLN. With
         * {@link ActivityShares#asDrawn} the buyers are a plain sample of it, so {@code BgNbdFit} and
         * {@code GammaGammaFit} on the generated orders recover these parameters.
         *
         * @param frequency r and α of the purchase rate (per week), a and b of the dropout probability
         * @param spend p, q and γ of the order values in PLN; q must exceed 1 (a finite mean)
         * @return this builder
         * @throws IllegalArgumentException if q is 1 or less
         * @throws IllegalStateException if it was set already
         */
        public Builder purchases(BgNbdParameters frequency, GammaGammaParameters spend) {
            Objects.requireNonNull(frequency, "frequency");
            Objects.requireNonNull(spend, "spend");
            once(this.frequency, "purchases");
            if (!(spend.q() > 1)) {
                throw new IllegalArgumentException("spend q must exceed 1 for a finite mean order, was " + spend.q());
            }
            this.frequency = frequency;
            this.spend = spend;
            return this;
        }

        /**
         * @param value how many years before "as of" the oldest relationships start, 4 to 30 (default 6; trusted
         *     partners need three)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException if it was set already
         */
        public Builder historyYears(int value) {
            once(historyYears, "historyYears");
            if (value < 4 || value > 30) {
                throw new IllegalArgumentException("historyYears must be 4 to 30, was " + value);
            }
            historyYears = value;
            return this;
        }

        /**
         * @return the data set (nothing is generated yet)
         */
        public ExampleData build() {
            return new ExampleData(this);
        }
    }
}
