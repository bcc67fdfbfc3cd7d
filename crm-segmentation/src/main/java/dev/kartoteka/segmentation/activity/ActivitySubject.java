package dev.kartoteka.segmentation.activity;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.segmentation.rule.Attribute;
import dev.kartoteka.segmentation.rule.Metric;
import dev.kartoteka.segmentation.rule.RuleSubject;
import dev.kartoteka.segmentation.rule.Window;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A party as rules see it: its {@link ActivityMetrics} (and a {@link CustomerValueModel}'s estimates) for the
 * metrics, and — when given — the party itself for tags, roles, interests, address, demographics, custom fields and
 * consents. Immutable.
 *
 * <p>Facts a subject does not hold are unknown to rules (a comparison on them is unknown, a tag test false). Text
 * attributes: {@code city}, {@code district}, {@code postalCode}, {@code country} of the main postal address (the
 * preferred one, else the first); {@code sex} ({@code "female"}/{@code "male"}) and {@code profession} of a person;
 * {@code warmth} ({@code "cold"}/{@code "warm"}/{@code "hot"}) of a lead role held on the day; {@code owner} (the
 * owner's user id); {@code kind} ({@code "person"}/{@code "company"}); {@code segment} (the activity type's label,
 * once assigned). Roles count when held on the metrics' day. A window a rule uses must be among the metrics'
 * windows (e.g. {@code revenue(365d)} needs a 365-day window) — otherwise evaluation fails with an
 * {@link IllegalStateException} naming it, never a silent "unknown".
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivitySubject implements RuleSubject {

    /** Answers "may we contact this party by this channel for this purpose" on the metrics' day. */
    @FunctionalInterface
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public interface ConsentCheck {

        /** Nobody may be contacted: for subjects without a consent ledger. */
        ConsentCheck NONE = (party, channel, purpose) -> false;

        /**
         * @param party the party
         * @param channel the channel
         * @param purpose the purpose
         * @return whether contact is allowed
         */
        boolean mayContact(PartyId party, ConsentChannel channel, ConsentPurpose purpose);
    }

    private final ActivityMetrics metrics;
    private final Optional<CustomerValueModel> model;
    private final Optional<Party> party;
    private final ConsentCheck consents;
    private final Optional<ActivityType> segment;

    private ActivitySubject(ActivityMetrics metrics, Optional<CustomerValueModel> model, Optional<Party> party,
                            ConsentCheck consents, Optional<ActivityType> segment) {
        this.metrics = metrics;
        this.model = model;
        this.party = party;
        this.consents = consents;
        this.segment = segment;
    }

    /**
     * A subject of metrics only.
     *
     * @param metrics the metrics
     * @param model the value model, if any
     * @return the subject
     */
    public static ActivitySubject of(ActivityMetrics metrics, Optional<CustomerValueModel> model) {
        return new ActivitySubject(Objects.requireNonNull(metrics, "metrics"), Objects.requireNonNull(model, "model"),
                Optional.empty(), ConsentCheck.NONE, Optional.empty());
    }

    /**
     * A subject of metrics and the party's facts.
     *
     * @param metrics the metrics
     * @param model the value model, if any
     * @param party the party (the metrics' party)
     * @param consents the consent ledger's answer on the metrics' day
     * @return the subject
     * @throws IllegalArgumentException if the party is not the metrics' party
     */
    public static ActivitySubject of(ActivityMetrics metrics, Optional<CustomerValueModel> model, Party party,
                                     ConsentCheck consents) {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(party, "party");
        if (!party.id().equals(metrics.partyId())) {
            throw new IllegalArgumentException("party " + party.id() + " given with the metrics of "
                    + metrics.partyId());
        }
        return new ActivitySubject(metrics, Objects.requireNonNull(model, "model"), Optional.of(party),
                Objects.requireNonNull(consents, "consents"), Optional.empty());
    }

    /**
     * @param type the party's activity type
     * @return this subject knowing its segment (for rules on {@code segment})
     */
    public ActivitySubject withSegment(ActivityType type) {
        return new ActivitySubject(metrics, model, party, consents, Optional.of(Objects.requireNonNull(type, "type")));
    }

    /** @return the metrics */
    public ActivityMetrics metrics() {
        return metrics;
    }

    /** @return the party, if the subject holds it */
    public Optional<Party> party() {
        return party;
    }

    @Override
    public PartyId partyId() {
        return metrics.partyId();
    }

    @Override
    public Currency currency() {
        return metrics.currency();
    }

    /**
     * The length in days of a window ending on {@code asOf}: {@code 365d} is 365 days, {@code 12m} as many days as
     * the twelve months before (and including) {@code asOf} have.
     *
     * @param window the window
     * @param asOf its last day
     * @return its days
     */
    public static int days(Window window, LocalDate asOf) {
        return Math.toIntExact(ChronoUnit.DAYS.between(window.firstDayEndingOn(asOf), asOf) + 1);
    }

    @Override
    public OptionalDouble metric(Metric metric, Optional<Window> window) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(window, "window");
        return switch (metric) {
            case REVENUE -> window.isEmpty() ? OptionalDouble.of(metrics.revenue())
                    : OptionalDouble.of(window(window.get()).revenue());
            case PURCHASES -> window.isEmpty() ? OptionalDouble.of(metrics.purchases())
                    : OptionalDouble.of(window(window.get()).purchases());
            case PURCHASE_DAYS -> window.isEmpty() ? OptionalDouble.of(metrics.purchaseDays())
                    : OptionalDouble.of(window(window.get()).purchaseDays());
            case AVERAGE_ORDER_VALUE -> {
                if (window.isEmpty()) {
                    yield metrics.averageOrderValue();
                }
                WindowFigures w = window(window.get());
                yield w.purchases() == 0 ? OptionalDouble.empty() : OptionalDouble.of(w.revenue() / w.purchases());
            }
            case RECENCY -> of(metrics.recencyDays());
            case TENURE -> of(metrics.tenureDays());
            case DAYS_SINCE_INTERACTION -> of(metrics.daysSinceInteraction());
            case CLV -> model.isEmpty() ? OptionalDouble.empty()
                    : model.get().value(metrics, horizonDays(metric, window));
            case EXPECTED_PURCHASES -> model.isEmpty() ? OptionalDouble.empty()
                    : model.get().expectedPurchases(metrics, horizonDays(metric, window));
            case P_ALIVE -> model.isEmpty() ? OptionalDouble.empty() : model.get().probabilityAlive(metrics);
            case AGE -> party.filter(Person.class::isInstance).flatMap(p -> ((Person) p).birthDate())
                    .filter(b -> !b.isAfter(metrics.asOf()))
                    .map(b -> OptionalDouble.of(Period.between(b, metrics.asOf()).getYears()))
                    .orElse(OptionalDouble.empty());
        };
    }

    /** A future horizon in whole days: months and years of average length (365.2425 days a year). */
    private static int horizonDays(Metric metric, Optional<Window> horizon) {
        Window h = horizon.orElseThrow(() -> new IllegalArgumentException(metric.text()
                + " needs a horizon, e.g. " + metric.text() + "(12m)"));
        return (int) Math.round(h.approximateDays());
    }

    private WindowFigures window(Window window) {
        int days = days(window, metrics.asOf());
        return metrics.window(days).orElseThrow(() -> new IllegalStateException("the metrics of " + partyId()
                + " hold no " + days + "-day window, which the rule's " + window + " needs (windows held: "
                + metrics.windows().stream().map(WindowFigures::days).toList() + ")"));
    }

    private static OptionalDouble of(OptionalLong value) {
        return value.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(value.getAsLong());
    }

    @Override
    public Optional<String> attribute(Attribute attribute) {
        Objects.requireNonNull(attribute, "attribute");
        if (attribute == Attribute.SEGMENT) {
            return segment.map(ActivityType::label);
        }
        if (party.isEmpty()) {
            return Optional.empty();
        }
        Party p = party.get();
        return switch (attribute) {
            case CITY -> mainAddress(p).map(PostalAddress::city);
            case DISTRICT -> mainAddress(p).flatMap(PostalAddress::district);
            case POSTAL_CODE -> mainAddress(p).map(PostalAddress::postalCode);
            case COUNTRY -> mainAddress(p).map(PostalAddress::country);
            case SEX -> p instanceof Person person ? person.sex().map(s -> lower(s.name())) : Optional.empty();
            case PROFESSION -> p instanceof Person person ? person.profession() : Optional.empty();
            case WARMTH -> p.rolesOn(metrics.asOf()).stream().map(PartyRole::lead).flatMap(Optional::stream)
                    .findFirst().map(l -> lower(l.warmth().name()));
            case OWNER -> p.owner().map(Object::toString);
            case KIND -> Optional.of(lower(p.kind().name()));
            case SEGMENT -> segment.map(ActivityType::label);
        };
    }

    private static Optional<PostalAddress> mainAddress(Party p) {
        java.util.List<PostalAddress> addresses = p.contactPoints(PostalAddress.class);
        return addresses.stream().filter(a -> a.usage().preferred()).findFirst()
                .or(() -> addresses.stream().findFirst());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Object> customField(String key) {
        Objects.requireNonNull(key, "key");
        return party.flatMap(p -> p.customFields().get(key));
    }

    @Override
    public boolean hasTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        return party.isPresent() && party.get().tags().contains(Tag.of(tag));
    }

    @Override
    public boolean hasRole(String roleCode) {
        Objects.requireNonNull(roleCode, "roleCode");
        return party.isPresent() && party.get().hasRole(RoleType.of(roleCode), metrics.asOf());
    }

    @Override
    public boolean hasInterest(String interest) {
        Objects.requireNonNull(interest, "interest");
        return party.isPresent() && party.get().interests().stream().anyMatch(i -> i.equalsIgnoreCase(interest.strip()));
    }

    @Override
    public boolean mayContact(ConsentChannel channel, ConsentPurpose purpose) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        return party.isPresent() && consents.mayContact(partyId(), channel, purpose);
    }

    @Override
    public String toString() {
        return "ActivitySubject[" + metrics.partyId() + (party.isPresent() ? ", with party facts" : "")
                + segment.map(s -> ", " + s.label()).orElse("") + "]";
    }
}
