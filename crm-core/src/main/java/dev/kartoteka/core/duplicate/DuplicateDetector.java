package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.registry.Progress;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of duplicate detection: the {@link MatchRules} of persons and of companies plus the blocking
 * settings. It compares two parties ({@link #compare(Party, Party)}), builds a {@link DuplicateIndex} over a collection
 * of parties for checks on entry, and scans a collection for duplicates ({@link #scan(Iterable, Progress)}).
 *
 * <pre>{@code
 * DuplicateDetector detector = DuplicateDetector.defaults();
 * DuplicateIndex index = detector.index(allParties);          // e.g. the registry's parties, streamed
 * List<MatchResult> found = index.findDuplicates(newPerson);  // on entry: best first, MATCH and POSSIBLE_MATCH
 * ScanResult scan = index.scan(Progress.NONE);                 // the whole collection
 * scan.clusters();                                             // groups of the same party
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DuplicateDetector {

    /**
     * The default {@linkplain #maxBlockSize() maximum block size}: 100 parties, so at most 4,950 pairs per blocking
     * key. Large enough for every key that identifies (PESEL, e-mail, name with birth date), small enough that the
     * key of a very common surname with its initial (thousands of "Nowak, A." in a million persons) is skipped instead
     * of making millions of pairs.
     */
    public static final int DEFAULT_MAX_BLOCK_SIZE = 100;

    private final MatchRules personRules;
    private final MatchRules companyRules;
    private final int maxBlockSize;
    private final boolean parallel;

    /** The keys of the custom fields the person rules and the company rules compare. */
    private final java.util.Set<String> personCustomFields;
    private final java.util.Set<String> companyCustomFields;

    private DuplicateDetector(MatchRules personRules, MatchRules companyRules, int maxBlockSize, boolean parallel) {
        this.personRules = personRules;
        this.companyRules = companyRules;
        this.maxBlockSize = maxBlockSize;
        this.parallel = parallel;
        this.personCustomFields = java.util.Set.copyOf(personRules.customFields());
        this.companyCustomFields = java.util.Set.copyOf(companyRules.customFields());
    }

    /** The profile of a party for these rules (with the custom fields its kind's rules compare). */
    Profile profile(Party party, Profile.Interner interner) {
        return Profile.of(party, interner,
                party.kind() == PartyKind.PERSON ? personCustomFields : companyCustomFields);
    }

    /**
     * Returns a detector with {@link MatchRules#defaultsForPersons()}, {@link MatchRules#defaultsForCompanies()},
     * blocks of at most {@value #DEFAULT_MAX_BLOCK_SIZE} parties and parallel scans.
     *
     * @return the default detector
     */
    public static DuplicateDetector defaults() {
        return builder().build();
    }

    /**
     * @return a builder starting from the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compares two parties with the rules of their kind. Parties of different kinds never match. Compared alone, a
     * pair knows nothing of other parties: a name's rarity, which an index's scan and lookups weigh (see
     * {@link MatchRules#defaultsForPersons()}), does not count here.
     *
     * @param left one party
     * @param right another party
     * @return the outcome, score and explanation; symmetric: swapping the parties swaps the ids and values of the
     *     result but not its outcome or score
     * @throws NullPointerException if an argument is {@code null}
     */
    public MatchResult compare(Party left, Party right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Profile a = profile(left, Profile.Interner.none());
        Profile b = profile(right, Profile.Interner.none());
        return Scorer.explain(rulesFor(left.kind()), a, b);
    }

    /**
     * Builds the blocking index of a collection of parties, reading it once.
     *
     * @param parties the parties, e.g. every party of the registry; ids should be distinct
     * @return the index
     * @throws NullPointerException if {@code parties} or one of them is {@code null}
     */
    public DuplicateIndex index(Iterable<? extends Party> parties) {
        Objects.requireNonNull(parties, "parties");
        return DuplicateIndex.build(this, parties.iterator());
    }

    /**
     * Builds the blocking index of a stream of parties, consuming it; the parties themselves are not kept, so a
     * stream of a million needs memory for the index only.
     *
     * @param parties the parties; ids should be distinct
     * @return the index
     * @throws NullPointerException if {@code parties} or one of them is {@code null}
     */
    public DuplicateIndex index(Stream<? extends Party> parties) {
        Objects.requireNonNull(parties, "parties");
        return DuplicateIndex.build(this, parties.iterator());
    }

    /**
     * Finds the duplicates within a collection: {@code index(parties).scan(progress)}.
     *
     * @param parties the parties
     * @param progress told as pairs are scored (see {@link DuplicateIndex#scan(Progress)})
     * @return the clusters, pairs and figures
     * @throws NullPointerException if an argument or a party is {@code null}
     */
    public ScanResult scan(Iterable<? extends Party> parties, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        return index(parties).scan(progress);
    }

    /**
     * Finds the duplicates within a stream of parties: {@code index(parties).scan(progress)}.
     *
     * @param parties the parties, consumed
     * @param progress told as pairs are scored (see {@link DuplicateIndex#scan(Progress)})
     * @return the clusters, pairs and figures
     * @throws NullPointerException if an argument or a party is {@code null}
     */
    public ScanResult scan(Stream<? extends Party> parties, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        return index(parties).scan(progress);
    }

    /**
     * Returns the rules used for one kind of party.
     *
     * @param kind the kind
     * @return the rules
     * @throws NullPointerException if {@code kind} is {@code null}
     */
    public MatchRules rulesFor(PartyKind kind) {
        return Objects.requireNonNull(kind, "kind") == PartyKind.PERSON ? personRules : companyRules;
    }

    /**
     * @return the largest number of parties a blocking key may gather and still be used
     */
    public int maxBlockSize() {
        return maxBlockSize;
    }

    /**
     * @return whether scans score blocks on several threads (the common fork-join pool)
     */
    public boolean parallel() {
        return parallel;
    }

    @Override
    public String toString() {
        return "DuplicateDetector[maxBlockSize=" + maxBlockSize + ", parallel=" + parallel + ", " + personRules + ", "
                + companyRules + "]";
    }

    /**
     * Builds a {@link DuplicateDetector}; every setting is optional and may be set once. Not thread-safe.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private @Nullable MatchRules personRules;
        private @Nullable MatchRules companyRules;
        private int maxBlockSize;
        private @Nullable Boolean parallel;

        private Builder() {
        }

        /**
         * @param value the rules for persons (default {@link MatchRules#defaultsForPersons()})
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if the rules are not for persons
         * @throws IllegalStateException if already set
         */
        public Builder personRules(MatchRules value) {
            Objects.requireNonNull(value, "personRules");
            if (value.kind() != PartyKind.PERSON) {
                throw new IllegalArgumentException("personRules must be rules for PERSON, not " + value.kind());
            }
            if (personRules != null) {
                throw new IllegalStateException("personRules was already set");
            }
            personRules = value;
            return this;
        }

        /**
         * @param value the rules for companies (default {@link MatchRules#defaultsForCompanies()})
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if the rules are not for companies
         * @throws IllegalStateException if already set
         */
        public Builder companyRules(MatchRules value) {
            Objects.requireNonNull(value, "companyRules");
            if (value.kind() != PartyKind.COMPANY) {
                throw new IllegalArgumentException("companyRules must be rules for COMPANY, not " + value.kind());
            }
            if (companyRules != null) {
                throw new IllegalStateException("companyRules was already set");
            }
            companyRules = value;
            return this;
        }

        /**
         * @param value the largest number of parties a blocking key may gather and still be used, at least 2
         *     (default {@value DuplicateDetector#DEFAULT_MAX_BLOCK_SIZE})
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is less than 2
         * @throws IllegalStateException if already set
         */
        public Builder maxBlockSize(int value) {
            if (value < 2) {
                throw new IllegalArgumentException("maxBlockSize must be at least 2: " + value);
            }
            if (maxBlockSize != 0) {
                throw new IllegalStateException("maxBlockSize was already set");
            }
            maxBlockSize = value;
            return this;
        }

        /**
         * @param value whether scans score blocks on several threads (default {@code true}); the result is the same
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder parallel(boolean value) {
            if (parallel != null) {
                throw new IllegalStateException("parallel was already set");
            }
            parallel = value;
            return this;
        }

        /**
         * @return the detector
         */
        public DuplicateDetector build() {
            return new DuplicateDetector(personRules != null ? personRules : MatchRules.defaultsForPersons(),
                    companyRules != null ? companyRules : MatchRules.defaultsForCompanies(),
                    maxBlockSize != 0 ? maxBlockSize : DEFAULT_MAX_BLOCK_SIZE, parallel == null || parallel);
        }
    }
}
