package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.field.FieldKey;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.Tag;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a rule is evaluated against: the facts about one party. A host implements it over its own data (typically a
 * view over a party, its purchase summary and its consents, computed once per party and evaluated against many
 * rules); {@link #builder(PartyId, Currency)} makes an immutable in-memory subject for tests and small hosts.
 *
 * <p>Implementations should answer quickly and without allocating where they can: a rule calls these methods once
 * per clause for every party it is evaluated for.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RuleSubject {

    /**
     * Returns the party.
     *
     * @return the party's id
     */
    PartyId partyId();

    /**
     * Returns the currency the money metrics ({@link Metric#isMoney()}) are in.
     *
     * @return e.g. PLN
     */
    Currency currency();

    /**
     * Returns a metric.
     *
     * @param metric the metric
     * @param window the window or horizon (empty for none: all time for past facts); the rule passes only windows
     *        the metric {@linkplain Metric#accepts accepts}
     * @return the value, money in {@link #currency()}; empty when unknown (no purchases for {@link Metric#RECENCY},
     *         no CLV model fitted, no birth date, …)
     */
    OptionalDouble metric(Metric metric, Optional<Window> window);

    /**
     * Returns a text attribute.
     *
     * @param attribute the attribute
     * @return the value, or empty when the party has none
     */
    Optional<String> attribute(Attribute attribute);

    /**
     * Returns a custom field's value, with the Java type {@link CustomFieldValues} holds it in: {@code String},
     * {@code Long}/{@code Integer}, {@code BigDecimal}, {@code Money}, {@code Boolean}, {@code LocalDate}, a
     * {@code Set} or {@code List} of {@code String} option codes, …
     *
     * @param key the field key
     * @return the value, or empty when the party has none
     */
    Optional<Object> customField(String key);

    /**
     * Tells whether the party has a tag; rules pass tags in {@link Tag}'s normal form.
     *
     * @param tag the tag
     * @return {@code true} if the party has it
     */
    boolean hasTag(String tag);

    /**
     * Tells whether the party plays a role, comparing role codes ignoring case; rules pass upper-case
     * {@link RoleType} codes such as {@code CLIENT}.
     *
     * @param roleCode the role code
     * @return {@code true} if the party plays it
     */
    boolean hasRole(String roleCode);

    /**
     * Tells whether the party has an interest, comparing interests ignoring case.
     *
     * @param interest the interest
     * @return {@code true} if the party has it
     */
    boolean hasInterest(String interest);

    /**
     * Tells whether the party may be contacted on a channel for a purpose (it has given consent, not withdrawn).
     *
     * @param channel the channel
     * @param purpose the purpose
     * @return {@code true} if it may
     */
    boolean mayContact(ConsentChannel channel, ConsentPurpose purpose);

    /**
     * Starts an immutable in-memory subject.
     *
     * <pre>{@code
     * RuleSubject subject = RuleSubject.builder(partyId, Currency.getInstance("PLN"))
     *         .metric(Metric.REVENUE, Window.days(365), 62_000)
     *         .metric(Metric.PURCHASES, Window.days(365), 14)
     *         .attribute(Attribute.DISTRICT, "Mokotów")
     *         .tag("key-account")
     *         .consent(ConsentChannel.SMS, ConsentPurpose.MARKETING)
     *         .build();
     * }</pre>
     *
     * @param partyId the party
     * @param currency the currency of the money metrics
     * @return a builder
     * @throws NullPointerException if an argument is {@code null}
     */
    static Builder builder(PartyId partyId, Currency currency) {
        return new Builder(partyId, currency);
    }

    /**
     * Builds an immutable in-memory {@link RuleSubject}. Each setter checks its value at once and throws
     * {@link IllegalArgumentException} for a bad one and {@link IllegalStateException} for a value set twice.
     * Not thread-safe; the subjects it builds are.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    final class Builder {

        final PartyId partyId;
        final Currency currency;
        final Map<Metric, Map<Optional<Window>, OptionalDouble>> metrics = new EnumMap<>(Metric.class);
        final Map<Attribute, Optional<String>> attributes = new EnumMap<>(Attribute.class);
        final Map<String, Optional<Object>> customFields = new HashMap<>();
        final Set<String> tags = new HashSet<>();
        final Set<String> roles = new HashSet<>();
        final Set<String> interests = new HashSet<>();
        final Map<ConsentChannel, Set<ConsentPurpose>> consents = new EnumMap<>(ConsentChannel.class);

        private Builder(PartyId partyId, Currency currency) {
            this.partyId = Objects.requireNonNull(partyId, "partyId");
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        /**
         * Sets a metric that is used without a window: all time for past facts, or a metric that takes none.
         *
         * @param metric the metric
         * @param value the value, money in the subject's currency
         * @return this builder
         * @throws NullPointerException if {@code metric} is {@code null}
         * @throws IllegalArgumentException if the value is not finite or the metric needs a horizon
         * @throws IllegalStateException if the metric was already set without a window
         */
        public Builder metric(Metric metric, double value) {
            return putMetric(metric, Optional.empty(), value);
        }

        /**
         * Sets a metric over a window or horizon.
         *
         * @param metric the metric
         * @param window the window or horizon
         * @param value the value, money in the subject's currency
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the value is not finite or the metric takes no window
         * @throws IllegalStateException if the metric was already set for that window
         */
        public Builder metric(Metric metric, Window window, double value) {
            return putMetric(metric, Optional.of(Objects.requireNonNull(window, "window")), value);
        }

        private Builder putMetric(Metric metric, Optional<Window> window, double value) {
            Objects.requireNonNull(metric, "metric");
            if (!metric.accepts(window)) {
                throw new IllegalArgumentException(window.isPresent() ? metric.text() + " takes no window"
                        : metric.text() + " needs a horizon");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(metric.text() + " must be finite, was " + value);
            }
            Map<Optional<Window>, OptionalDouble> byWindow = metrics.computeIfAbsent(metric, m -> new HashMap<>());
            if (byWindow.putIfAbsent(window, OptionalDouble.of(value)) != null) {
                throw new IllegalStateException(metric.text() + "(" + window.map(Window::toString).orElse("")
                        + ") was already set");
            }
            return this;
        }

        /**
         * Sets a text attribute.
         *
         * @param attribute the attribute
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalStateException if the attribute was already set
         */
        public Builder attribute(Attribute attribute, String value) {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(value, "value");
            if (attributes.putIfAbsent(attribute, Optional.of(value)) != null) {
                throw new IllegalStateException(attribute.text() + " was already set");
            }
            return this;
        }

        /**
         * Sets a custom field's value.
         *
         * @param key the field key
         * @param value the value, of the Java type {@link CustomFieldValues} holds
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the key is not a valid {@link FieldKey}
         * @throws IllegalStateException if the field was already set
         */
        public Builder customField(String key, Object value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (!key.matches("[a-z][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("not a custom-field key: " + key);
            }
            if (customFields.putIfAbsent(key, Optional.of(value)) != null) {
                throw new IllegalStateException("custom field " + key + " was already set");
            }
            return this;
        }

        /**
         * Sets every custom field of a record.
         *
         * @param values the values
         * @return this builder
         * @throws NullPointerException if {@code values} is {@code null}
         * @throws IllegalStateException if a field was already set
         */
        public Builder customFields(CustomFieldValues values) {
            Objects.requireNonNull(values, "values");
            values.asMap().forEach(this::customField);
            return this;
        }

        /**
         * Adds a tag; it is normalised as {@link Tag#of(String)} does.
         *
         * @param tag the tag
         * @return this builder
         * @throws NullPointerException if {@code tag} is {@code null}
         * @throws IllegalArgumentException if the tag is blank or too long
         */
        public Builder tag(String tag) {
            Objects.requireNonNull(tag, "tag");
            try {
                tags.add(Tag.of(tag).value());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a tag: " + tag, e);
            }
            return this;
        }

        /**
         * Adds a role, e.g. {@code "client"}.
         *
         * @param roleCode the role code, any case
         * @return this builder
         * @throws NullPointerException if {@code roleCode} is {@code null}
         * @throws IllegalArgumentException if the code is not a valid {@link RoleType} code
         */
        public Builder role(String roleCode) {
            Objects.requireNonNull(roleCode, "roleCode");
            try {
                roles.add(RoleType.of(roleCode).code());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a role code: " + roleCode, e);
            }
            return this;
        }

        /**
         * Adds an interest.
         *
         * @param interest the interest
         * @return this builder
         * @throws NullPointerException if {@code interest} is {@code null}
         * @throws IllegalArgumentException if the interest is blank
         */
        public Builder interest(String interest) {
            Objects.requireNonNull(interest, "interest");
            if (interest.isBlank()) {
                throw new IllegalArgumentException("interest must not be blank");
            }
            interests.add(interest.strip());
            return this;
        }

        /**
         * Records that the party may be contacted on a channel for a purpose.
         *
         * @param channel the channel
         * @param purpose the purpose
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder consent(ConsentChannel channel, ConsentPurpose purpose) {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(purpose, "purpose");
            consents.computeIfAbsent(channel, c -> new HashSet<>()).add(purpose);
            return this;
        }

        /**
         * Builds the subject.
         *
         * @return an immutable subject with the values set so far
         */
        public RuleSubject build() {
            return new SimpleRuleSubject(this);
        }
    }
}
