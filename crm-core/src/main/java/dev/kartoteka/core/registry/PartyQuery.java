package dev.kartoteka.core.registry;

import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.spi.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What to search the registry for. Every criterion is optional; the criteria that are set must all hold.
 *
 * <ul>
 *   <li>{@code name}: the folded text is contained in one of the party's folded
 *       {@linkplain dev.kartoteka.core.party.Party#searchableNames() names} — case and diacritics do not matter
 *       ({@code "lodz"} finds {@code "Łódź"}), and for persons both "given family" and "family given" order match;</li>
 *   <li>{@code city}, {@code district}: the party has a postal address whose folded city (district) equals the folded
 *       text;</li>
 *   <li>{@code postalCodePrefix}: the party has a postal address whose postal code, letters and digits only, starts
 *       with the prefix's letters and digits ({@code "90-"} finds {@code "90-926"});</li>
 *   <li>{@code role}: the party holds a role of that type on the query's {@code asOf} day;</li>
 *   <li>{@code tags}: the party has every one of the tags;</li>
 *   <li>{@code owner}: the party's account owner is that user;</li>
 *   <li>{@code leadWarmth}: the party holds a lead role on {@code asOf} with that warmth;</li>
 *   <li>{@code kind}: companies or persons only;</li>
 *   <li>{@code customFields}: every {@link FieldCriterion} holds for the party's own custom-field values;</li>
 *   <li>archived parties are left out unless {@code includeArchived} is set.</li>
 * </ul>
 * Results are sorted by {@code sort} and {@code direction} (by default by name, ascending), ties broken by id, and cut
 * into pages of {@code pageSize} (default 50, at most 1000).
 *
 * <pre>{@code
 * PartyQuery query = PartyQuery.builder().name("kowalsk").city("Łódź").role(RoleType.CLIENT).page(0, 20).build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PartyQuery {

    /** The largest page size a query may ask for. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final Optional<String> name;
    private final Optional<String> city;
    private final Optional<String> district;
    private final Optional<String> postalCodePrefix;
    private final Optional<RoleType> role;
    private final Set<Tag> tags;
    private final Optional<UserId> owner;
    private final Optional<LeadWarmth> leadWarmth;
    private final Optional<PartyKind> kind;
    private final List<FieldCriterion> customFields;
    private final boolean includeArchived;
    private final Optional<LocalDate> asOf;
    private final PartySort sort;
    private final SortDirection direction;
    private final int pageNumber;
    private final int pageSize;

    private PartyQuery(Builder b) {
        name = Optional.ofNullable(b.name);
        city = Optional.ofNullable(b.city);
        district = Optional.ofNullable(b.district);
        postalCodePrefix = Optional.ofNullable(b.postalCodePrefix);
        role = Optional.ofNullable(b.role);
        tags = Collections.unmodifiableSet(new LinkedHashSet<>(b.tags));
        owner = Optional.ofNullable(b.owner);
        leadWarmth = Optional.ofNullable(b.leadWarmth);
        kind = Optional.ofNullable(b.kind);
        customFields = List.copyOf(b.customFields);
        includeArchived = b.includeArchived;
        asOf = Optional.ofNullable(b.asOf);
        sort = b.sort;
        direction = b.direction;
        pageNumber = b.pageNumber;
        pageSize = b.pageSize;
    }

    /**
     * @return a builder for a query that matches every active party
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the folded name text to look for
     */
    public Optional<String> name() {
        return name;
    }

    /**
     * @return the folded city
     */
    public Optional<String> city() {
        return city;
    }

    /**
     * @return the folded district
     */
    public Optional<String> district() {
        return district;
    }

    /**
     * @return the folded postal-code prefix (letters and digits only)
     */
    public Optional<String> postalCodePrefix() {
        return postalCodePrefix;
    }

    /**
     * @return the role the parties must hold on {@link #asOf()}
     */
    public Optional<RoleType> role() {
        return role;
    }

    /**
     * @return the tags the parties must all have
     */
    public Set<Tag> tags() {
        return tags;
    }

    /**
     * @return the required account owner
     */
    public Optional<UserId> owner() {
        return owner;
    }

    /**
     * @return the required warmth of an active lead role
     */
    public Optional<LeadWarmth> leadWarmth() {
        return leadWarmth;
    }

    /**
     * @return the required kind
     */
    public Optional<PartyKind> kind() {
        return kind;
    }

    /**
     * Returns the custom-field criteria.
     *
     * @return the criteria, all of which must hold
     */
    public List<FieldCriterion> customFields() {
        return customFields;
    }

    /**
     * @return whether archived parties are included
     */
    public boolean includeArchived() {
        return includeArchived;
    }

    /**
     * @return the day roles are evaluated on; empty means "today" by the registry's clock
     */
    public Optional<LocalDate> asOf() {
        return asOf;
    }

    /**
     * @return the sort key
     */
    public PartySort sort() {
        return sort;
    }

    /**
     * @return the sort direction
     */
    public SortDirection direction() {
        return direction;
    }

    /**
     * @return the requested page, from 0
     */
    public int pageNumber() {
        return pageNumber;
    }

    /**
     * @return the page size
     */
    public int pageSize() {
        return pageSize;
    }

    /**
     * @param day the day to evaluate roles on
     * @return this query with {@code asOf} set
     */
    public PartyQuery withAsOf(LocalDate day) {
        Builder b = toBuilder();
        b.asOf = Objects.requireNonNull(day, "day");
        return b.build();
    }

    /**
     * @param number the page number
     * @return this query asking for another page
     */
    public PartyQuery withPage(int number) {
        return toBuilder().page(number, pageSize).build();
    }

    /**
     * Returns a builder holding this query's criteria, to derive another query from it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name.orElse(null);
        b.city = city.orElse(null);
        b.district = district.orElse(null);
        b.postalCodePrefix = postalCodePrefix.orElse(null);
        b.role = role.orElse(null);
        b.tags.addAll(tags);
        b.owner = owner.orElse(null);
        b.leadWarmth = leadWarmth.orElse(null);
        b.kind = kind.orElse(null);
        b.customFields.addAll(customFields);
        b.includeArchived = includeArchived;
        b.asOf = asOf.orElse(null);
        b.sort = sort;
        b.direction = direction;
        b.pageNumber = pageNumber;
        b.pageSize = pageSize;
        return b;
    }

    @Override
    public String toString() {
        return "PartyQuery[name=" + name.map(n -> "<" + n.length() + " chars>").orElse("-") + ", kind=" + kind.orElse(null)
                + ", role=" + role.orElse(null) + ", tags=" + tags.size() + ", customFields=" + customFields.size() + ", page=" + pageNumber + "/" + pageSize + "]";
    }

    /**
     * Builds a {@link PartyQuery}. Each setter validates its argument at once.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public static final class Builder {
        private String name;
        private String city;
        private String district;
        private String postalCodePrefix;
        private RoleType role;
        private final Set<Tag> tags = new LinkedHashSet<>();
        private UserId owner;
        private LeadWarmth leadWarmth;
        private PartyKind kind;
        private final List<FieldCriterion> customFields = new ArrayList<>();
        private boolean includeArchived;
        private LocalDate asOf;
        private PartySort sort = PartySort.NAME;
        private SortDirection direction = SortDirection.ASCENDING;
        private int pageNumber;
        private int pageSize = 50;

        private Builder() {
        }

        /**
         * @param text part of a name; folded
         * @return this builder
         * @throws IllegalArgumentException if the text folds to nothing
         */
        public Builder name(String text) {
            this.name = folded(text, "name");
            return this;
        }

        /**
         * @param text the city; folded
         * @return this builder
         */
        public Builder city(String text) {
            this.city = folded(text, "city");
            return this;
        }

        /**
         * @param text the district; folded
         * @return this builder
         */
        public Builder district(String text) {
            this.district = folded(text, "district");
            return this;
        }

        /**
         * @param prefix the start of a postal code, e.g. {@code "02-"} for southern Warsaw
         * @return this builder
         * @throws IllegalArgumentException if the prefix has no letters or digits
         */
        public Builder postalCodePrefix(String prefix) {
            String f = SearchText.foldPostalCode(Objects.requireNonNull(prefix, "prefix"));
            if (f.isEmpty()) {
                throw new IllegalArgumentException("postalCodePrefix must contain letters or digits: '" + prefix + "'");
            }
            this.postalCodePrefix = f;
            return this;
        }

        /**
         * @param type the role the parties must hold
         * @return this builder
         */
        public Builder role(RoleType type) {
            this.role = Objects.requireNonNull(type, "role");
            return this;
        }

        /**
         * @param values tags the parties must all have; normalised
         * @return this builder
         */
        public Builder tag(String... values) {
            for (String v : values) {
                tags.add(Tag.of(v));
            }
            return this;
        }

        /**
         * @param value the required account owner
         * @return this builder
         */
        public Builder owner(UserId value) {
            this.owner = Objects.requireNonNull(value, "owner");
            return this;
        }

        /**
         * @param value the required warmth of an active lead role
         * @return this builder
         */
        public Builder leadWarmth(LeadWarmth value) {
            this.leadWarmth = Objects.requireNonNull(value, "leadWarmth");
            return this;
        }

        /**
         * @param value companies or persons only
         * @return this builder
         */
        public Builder kind(PartyKind value) {
            this.kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /**
         * Adds a custom-field criterion; all criteria must hold.
         *
         * @param criterion the criterion
         * @return this builder
         */
        public Builder customField(FieldCriterion criterion) {
            customFields.add(Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /**
         * Replaces the custom-field criteria (the registry uses it to resolve former keys).
         *
         * @param criteria the criteria
         * @return this builder
         */
        public Builder customFields(List<FieldCriterion> criteria) {
            Objects.requireNonNull(criteria, "criteria");
            customFields.clear();
            criteria.forEach(this::customField);
            return this;
        }

        /**
         * @param value whether archived parties are included (default {@code false})
         * @return this builder
         */
        public Builder includeArchived(boolean value) {
            this.includeArchived = value;
            return this;
        }

        /**
         * @param day the day roles are evaluated on (default: today by the registry's clock)
         * @return this builder
         */
        public Builder asOf(LocalDate day) {
            this.asOf = Objects.requireNonNull(day, "asOf");
            return this;
        }

        /**
         * @param key what to sort by
         * @param dir the direction
         * @return this builder
         */
        public Builder sortBy(PartySort key, SortDirection dir) {
            this.sort = Objects.requireNonNull(key, "sort");
            this.direction = Objects.requireNonNull(dir, "direction");
            return this;
        }

        /**
         * @param number the page, from 0
         * @param size items per page, 1 to {@value PartyQuery#MAX_PAGE_SIZE}
         * @return this builder
         * @throws IllegalArgumentException if a number is out of range
         */
        public Builder page(int number, int size) {
            if (number < 0) {
                throw new IllegalArgumentException("page number must be 0 or more, was " + number);
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("page size must be 1 to " + MAX_PAGE_SIZE + ", was " + size);
            }
            this.pageNumber = number;
            this.pageSize = size;
            return this;
        }

        /**
         * @return the query
         */
        public PartyQuery build() {
            return new PartyQuery(this);
        }

        private static String folded(String text, String field) {
            String f = SearchText.fold(Objects.requireNonNull(text, field));
            if (f.isEmpty()) {
                throw new IllegalArgumentException(field + " must not be blank");
            }
            return f;
        }
    }
}
