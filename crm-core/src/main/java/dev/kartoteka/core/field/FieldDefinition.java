package dev.kartoteka.core.field;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.party.RoleType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apiguardian.api.API;

/**
 * The definition of one custom field: its key, label, type, where it applies, its constraints and its status.
 *
 * <pre>{@code
 * FieldDefinition area = FieldDefinition.builder("warehouse_m2", FieldType.INTEGER)
 *         .label(LocalizedText.of("Powierzchnia magazynu").with(Locale.ENGLISH, "Warehouse area"))
 *         .section("warehouse").appliesTo(FieldTarget.COMPANY)
 *         .min(0L).max(1_000_000L).requiredForRoles(RoleType.CLIENT)
 *         .build();
 * }</pre>
 *
 * <p>Definitions are immutable; {@link #toBuilder()} makes a changed copy, and schema changes go through
 * {@link SchemaChange}s so that the schema's history is explicit. {@link Builder#build()} checks that the definition is
 * coherent: parameters fit the type (a scale only for decimals, options only for choices, bounds of the value type),
 * and the default value obeys the field's own rules.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FieldDefinition {

    /** The longest {@link FieldType#TEXT} value when no max length is set. */
    public static final int DEFAULT_TEXT_MAX_LENGTH = 1_000;
    /** The longest {@link FieldType#LONG_TEXT} value when no max length is set. */
    public static final int DEFAULT_LONG_TEXT_MAX_LENGTH = 100_000;

    private final FieldKey key;
    private final Set<FieldKey> formerKeys;
    private final LocalizedText label;
    private final Optional<LocalizedText> help;
    private final FieldType type;
    private final OptionalInt scale;
    private final Optional<Currency> currency;
    private final List<ChoiceOption> options;
    private final Optional<String> section;
    private final int displayOrder;
    private final Optional<Object> defaultValue;
    private final Set<FieldTarget> targets;
    private final Set<RoleType> roles;
    private final FieldStatus status;
    private final boolean required;
    private final Set<RoleType> requiredForRoles;
    private final Optional<Object> min;
    private final Optional<Object> max;
    private final OptionalInt minLength;
    private final OptionalInt maxLength;
    private final Optional<Pattern> pattern;
    private final boolean unique;

    private FieldDefinition(Builder b) {
        key = b.key;
        formerKeys = Collections.unmodifiableSet(new TreeSet<>(b.formerKeys));
        label = b.label != null ? b.label : LocalizedText.of(b.key.value());
        help = Optional.ofNullable(b.help);
        type = b.type;
        scale = b.scale == null ? OptionalInt.empty() : OptionalInt.of(b.scale);
        currency = Optional.ofNullable(b.currency);
        options = List.copyOf(b.options);
        section = Optional.ofNullable(b.section);
        displayOrder = b.displayOrder;
        targets = Collections.unmodifiableSet(b.targets.isEmpty() ? EnumSet.allOf(FieldTarget.class)
                : EnumSet.copyOf(b.targets));
        roles = Collections.unmodifiableSet(new LinkedHashSet<>(b.roles));
        status = b.status;
        required = b.required;
        requiredForRoles = Collections.unmodifiableSet(new LinkedHashSet<>(b.requiredForRoles));
        minLength = b.minLength == null ? OptionalInt.empty() : OptionalInt.of(b.minLength);
        maxLength = b.maxLength == null ? OptionalInt.empty() : OptionalInt.of(b.maxLength);
        pattern = Optional.ofNullable(b.pattern);
        unique = b.unique;
        min = Optional.ofNullable(b.min).map(v -> FieldValues.coerce(this, v).orElseThrow(
                () -> new IllegalArgumentException("min of " + b.key + " must be " + b.type.description())));
        max = Optional.ofNullable(b.max).map(v -> FieldValues.coerce(this, v).orElseThrow(
                () -> new IllegalArgumentException("max of " + b.key + " must be " + b.type.description())));
        defaultValue = Optional.ofNullable(b.defaultValue).map(v -> FieldValues.coerce(this, v).orElseThrow(
                () -> new IllegalArgumentException("default of " + b.key + " must be " + b.type.description())));
    }

    /**
     * Starts a definition.
     *
     * @param key the field key, e.g. {@code "warehouse_m2"}
     * @param type the type
     * @return a builder; everything but key and type is optional (the label defaults to the key)
     * @throws ValidationException if the key is not of the form of a {@link FieldKey}
     */
    public static Builder builder(String key, FieldType type) {
        return new Builder(FieldKey.of(key), type);
    }

    /** @return a builder holding this definition, for a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the key values are stored under */
    public FieldKey key() {
        return key;
    }

    /** @return keys the field had before it was renamed; they still resolve to it */
    public Set<FieldKey> formerKeys() {
        return formerKeys;
    }

    /** @return the label */
    public LocalizedText label() {
        return label;
    }

    /** @return the help text */
    public Optional<LocalizedText> help() {
        return help;
    }

    /** @return the type */
    public FieldType type() {
        return type;
    }

    /** @return the number of decimal places of a {@link FieldType#DECIMAL} field */
    public OptionalInt scale() {
        return scale;
    }

    /** @return the only currency a {@link FieldType#MONEY} field accepts, if it is restricted to one */
    public Optional<Currency> currency() {
        return currency;
    }

    /** @return the options of a choice field, active and retired, in display order */
    public List<ChoiceOption> options() {
        return options;
    }

    /**
     * Finds an option by code.
     *
     * @param code the option code
     * @return the option, active or retired
     */
    public Optional<ChoiceOption> option(String code) {
        Objects.requireNonNull(code, "code");
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** @return the key of the section the field is shown in */
    public Optional<String> section() {
        return section;
    }

    /** @return the order within its section, ascending */
    public int displayOrder() {
        return displayOrder;
    }

    /** @return the value a new party gets when none is given */
    public Optional<Object> defaultValue() {
        return defaultValue;
    }

    /** @return what the field can be recorded on */
    public Set<FieldTarget> targets() {
        return targets;
    }

    /** @return the roles a party must hold (one of them) for the field to apply; empty means any party */
    public Set<RoleType> roles() {
        return roles;
    }

    /** @return the status */
    public FieldStatus status() {
        return status;
    }

    /** @return whether a value is required from every party the field applies to (while the field is active) */
    public boolean required() {
        return required;
    }

    /** @return roles whose holders must have a value (while the field is active); empty when not role-specific */
    public Set<RoleType> requiredForRoles() {
        return requiredForRoles;
    }

    /** @return the smallest allowed value of an ordered type, inclusive */
    public Optional<Object> min() {
        return min;
    }

    /** @return the largest allowed value of an ordered type, inclusive */
    public Optional<Object> max() {
        return max;
    }

    /** @return the shortest allowed text */
    public OptionalInt minLength() {
        return minLength;
    }

    /** @return the longest allowed text (the type's default applies when empty) */
    public OptionalInt maxLength() {
        return maxLength;
    }

    /** @return a regular expression a text value must match as a whole */
    public Optional<Pattern> pattern() {
        return pattern;
    }

    /** @return whether no two parties of the registry may hold the same value */
    public boolean unique() {
        return unique;
    }

    /**
     * Tells whether the field applies to a record.
     *
     * @param target what the record is
     * @param activeRoles the roles the party holds
     * @return {@code true} if the target fits and, for role-specific fields, the party holds one of the roles
     */
    public boolean appliesTo(FieldTarget target, Set<RoleType> activeRoles) {
        return targets.contains(target) && (roles.isEmpty() || roles.stream().anyMatch(activeRoles::contains));
    }

    /**
     * Tells whether a value is required of a record.
     *
     * @param target what the record is
     * @param activeRoles the roles the party holds
     * @return {@code true} if the field is active, applies, and is required (generally or for a held role)
     */
    public boolean requiredOf(FieldTarget target, Set<RoleType> activeRoles) {
        return status == FieldStatus.ACTIVE && appliesTo(target, activeRoles)
                && (required || requiredForRoles.stream().anyMatch(activeRoles::contains));
    }

    /**
     * Converts a value into this field's Java type, the way the registry does on write: the type itself or a lossless
     * widening ({@code Integer} to {@code Long}, whole numbers to {@code BigDecimal}, a collection of codes to a
     * sorted set). Constraints are not checked.
     *
     * @param value a value
     * @return the canonical value, or empty if the value is not of the field's type
     */
    public Optional<Object> canonicalValue(Object value) {
        return FieldValues.coerce(this, Objects.requireNonNull(value, "value"));
    }

    /** @return how this field is named in messages: {@code key (label)} */
    String describe() {
        return key + " (" + label.text() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldDefinition d && key.equals(d.key) && formerKeys.equals(d.formerKeys)
                && label.equals(d.label) && help.equals(d.help) && type == d.type && scale.equals(d.scale)
                && currency.equals(d.currency) && options.equals(d.options) && section.equals(d.section)
                && displayOrder == d.displayOrder && defaultValue.equals(d.defaultValue) && targets.equals(d.targets)
                && roles.equals(d.roles) && status == d.status && required == d.required
                && requiredForRoles.equals(d.requiredForRoles) && min.equals(d.min) && max.equals(d.max)
                && minLength.equals(d.minLength) && maxLength.equals(d.maxLength)
                && pattern.map(Pattern::pattern).equals(d.pattern.map(Pattern::pattern)) && unique == d.unique;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, type, label, status, targets);
    }

    @Override
    public String toString() {
        return "FieldDefinition[" + key + ", " + type + ", " + status + "]";
    }

    /**
     * Builds a {@link FieldDefinition}. Setters check their argument at once; {@link #build()} checks the whole.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public static final class Builder {
        private FieldKey key;
        private final Set<FieldKey> formerKeys = new TreeSet<>();
        private LocalizedText label;
        private LocalizedText help;
        private FieldType type;
        private Integer scale;
        private Currency currency;
        private final List<ChoiceOption> options = new ArrayList<>();
        private String section;
        private int displayOrder;
        private Object defaultValue;
        private final Set<FieldTarget> targets = EnumSet.noneOf(FieldTarget.class);
        private final Set<RoleType> roles = new LinkedHashSet<>();
        private FieldStatus status = FieldStatus.ACTIVE;
        private boolean required;
        private final Set<RoleType> requiredForRoles = new LinkedHashSet<>();
        private Object min;
        private Object max;
        private Integer minLength;
        private Integer maxLength;
        private Pattern pattern;
        private boolean unique;

        private Builder(FieldKey key, FieldType type) {
            this.key = Objects.requireNonNull(key, "key");
            this.type = Objects.requireNonNull(type, "type");
        }

        private Builder(FieldDefinition d) {
            key = d.key;
            formerKeys.addAll(d.formerKeys);
            label = d.label;
            help = d.help.orElse(null);
            type = d.type;
            scale = d.scale.isPresent() ? d.scale.getAsInt() : null;
            currency = d.currency.orElse(null);
            options.addAll(d.options);
            section = d.section.orElse(null);
            displayOrder = d.displayOrder;
            defaultValue = d.defaultValue.orElse(null);
            targets.addAll(d.targets);
            roles.addAll(d.roles);
            status = d.status;
            required = d.required;
            requiredForRoles.addAll(d.requiredForRoles);
            min = d.min.orElse(null);
            max = d.max.orElse(null);
            minLength = d.minLength.isPresent() ? d.minLength.getAsInt() : null;
            maxLength = d.maxLength.isPresent() ? d.maxLength.getAsInt() : null;
            pattern = d.pattern.orElse(null);
            unique = d.unique;
        }

        /**
         * Sets the key (used by {@link SchemaChange.RenameKey}; the old key becomes a former key).
         *
         * @param value the new key
         * @return this builder
         */
        Builder key(FieldKey value) {
            formerKeys.add(key);
            formerKeys.remove(value);
            key = Objects.requireNonNull(value, "key");
            return this;
        }

        /**
         * Sets the type (used by {@link SchemaChange.ChangeType}).
         *
         * @param value the new type
         * @return this builder
         */
        Builder type(FieldType value) {
            type = Objects.requireNonNull(value, "type");
            return this;
        }

        /**
         * @param value the label
         * @return this builder
         */
        public Builder label(LocalizedText value) {
            label = Objects.requireNonNull(value, "label");
            return this;
        }

        /**
         * @param value the label, without translations
         * @return this builder
         */
        public Builder label(String value) {
            return label(LocalizedText.of(value));
        }

        /**
         * @param value the help text, or {@code null} for none
         * @return this builder
         */
        public Builder help(LocalizedText value) {
            help = value;
            return this;
        }

        /**
         * @param value decimal places of a {@link FieldType#DECIMAL} field, 0 to 18 (default 2)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder scale(int value) {
            if (value < 0 || value > 18) {
                throw new IllegalArgumentException("scale must be 0 to 18, was " + value);
            }
            scale = value;
            return this;
        }

        /**
         * @param value the only currency a {@link FieldType#MONEY} field accepts, or {@code null} for any
         * @return this builder
         */
        public Builder currency(Currency value) {
            currency = value;
            return this;
        }

        /**
         * @param value an option of a choice field, appended
         * @return this builder
         * @throws IllegalArgumentException if an option with the same code was added already
         */
        public Builder option(ChoiceOption value) {
            Objects.requireNonNull(value, "option");
            if (options.stream().anyMatch(o -> o.code().equals(value.code()))) {
                throw new IllegalArgumentException("option " + value.code() + " of " + key + " was already added");
            }
            options.add(value);
            return this;
        }

        /**
         * @param code the option's code
         * @param optionLabel the option's label
         * @return this builder
         */
        public Builder option(String code, String optionLabel) {
            return option(ChoiceOption.of(code, optionLabel));
        }

        /**
         * @param values all options, replacing those added so far
         * @return this builder
         */
        public Builder options(Collection<ChoiceOption> values) {
            Objects.requireNonNull(values, "options");
            options.clear();
            values.forEach(this::option);
            return this;
        }

        /**
         * @param sectionKey the section the field belongs to, or {@code null} for none
         * @return this builder
         */
        public Builder section(String sectionKey) {
            section = sectionKey;
            return this;
        }

        /**
         * @param value order within the section
         * @return this builder
         */
        public Builder displayOrder(int value) {
            displayOrder = value;
            return this;
        }

        /**
         * @param value the default for new parties, or {@code null} for none
         * @return this builder
         */
        public Builder defaultValue(Object value) {
            defaultValue = value;
            return this;
        }

        /**
         * @param values what the field can be recorded on (default: everything)
         * @return this builder
         */
        public Builder appliesTo(FieldTarget... values) {
            targets.clear();
            targets.addAll(List.of(values));
            return this;
        }

        /**
         * @param values roles a party must hold (one of) for the field to apply, e.g. only leads
         * @return this builder
         */
        public Builder onlyForRoles(RoleType... values) {
            roles.clear();
            roles.addAll(List.of(values));
            return this;
        }

        /**
         * @param value the status
         * @return this builder
         */
        public Builder status(FieldStatus value) {
            status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * @param value whether every party the field applies to must have a value
         * @return this builder
         */
        public Builder required(boolean value) {
            required = value;
            return this;
        }

        /**
         * @param values roles whose holders must have a value
         * @return this builder
         */
        public Builder requiredForRoles(RoleType... values) {
            requiredForRoles.clear();
            requiredForRoles.addAll(List.of(values));
            return this;
        }

        /**
         * @param value smallest allowed value (ordered types), inclusive, or {@code null}
         * @return this builder
         */
        public Builder min(Object value) {
            min = value;
            return this;
        }

        /**
         * @param value largest allowed value (ordered types), inclusive, or {@code null}
         * @return this builder
         */
        public Builder max(Object value) {
            max = value;
            return this;
        }

        /**
         * @param value shortest text, or {@code null}
         * @return this builder
         */
        public Builder minLength(Integer value) {
            minLength = value;
            return this;
        }

        /**
         * @param value longest text, or {@code null} for the type's default
         * @return this builder
         */
        public Builder maxLength(Integer value) {
            maxLength = value;
            return this;
        }

        /**
         * @param regex a regular expression text values must match as a whole, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the expression does not compile
         */
        public Builder pattern(String regex) {
            try {
                pattern = regex == null ? null : Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("pattern of " + key + " does not compile: " + e.getDescription());
            }
            return this;
        }

        /**
         * @param value whether values must be unique within the registry
         * @return this builder
         */
        public Builder unique(boolean value) {
            unique = value;
            return this;
        }

        /**
         * @param values keys the field had before (kept by renames; set by schema import)
         * @return this builder
         */
        public Builder formerKeys(Collection<FieldKey> values) {
            formerKeys.clear();
            formerKeys.addAll(values);
            formerKeys.remove(key);
            return this;
        }

        /**
         * Builds the definition, checking that it is coherent.
         *
         * @return the definition
         * @throws IllegalArgumentException naming the field and the problem, if parameters do not fit the type, bounds
         *     are inverted, or the default value breaks the field's rules
         */
        public FieldDefinition build() {
            if (scale != null && type != FieldType.DECIMAL) {
                throw new IllegalArgumentException("scale applies to DECIMAL fields only; " + key + " is " + type);
            }
            if (type == FieldType.DECIMAL && scale == null) {
                scale = 2;
            }
            if (currency != null && type != FieldType.MONEY) {
                throw new IllegalArgumentException("currency applies to MONEY fields only; " + key + " is " + type);
            }
            if (!options.isEmpty() && !type.isChoice()) {
                throw new IllegalArgumentException("options apply to choice fields only; " + key + " is " + type);
            }
            if (type.isChoice() && options.isEmpty()) {
                throw new IllegalArgumentException("choice field " + key + " needs at least one option");
            }
            if ((min != null || max != null) && !type.isOrdered()) {
                throw new IllegalArgumentException("min/max apply to ordered types only; " + key + " is " + type);
            }
            if ((minLength != null || maxLength != null || pattern != null) && !type.isTextual()) {
                throw new IllegalArgumentException("lengths and pattern apply to text fields only; " + key + " is "
                        + type);
            }
            if ((minLength != null && minLength < 0) || (maxLength != null && maxLength < 1)
                    || (minLength != null && maxLength != null && maxLength < minLength)) {
                throw new IllegalArgumentException("lengths of " + key + " must satisfy 0 <= min <= max and max >= 1");
            }
            if (unique && defaultValue != null) {
                throw new IllegalArgumentException("a unique field cannot have a default value (" + key + ")");
            }
            if (unique && (type == FieldType.BOOLEAN || type == FieldType.MULTIPLE_CHOICE
                    || type == FieldType.LONG_TEXT)) {
                throw new IllegalArgumentException("unique does not apply to " + type + " fields (" + key + ")");
            }
            FieldDefinition d = new FieldDefinition(this);
            if (d.min.isPresent() && d.max.isPresent() && FieldValues.compare(d.min.get(), d.max.get()) > 0) {
                throw new IllegalArgumentException("min of " + key + " is greater than its max");
            }
            if (d.defaultValue.isPresent()) {
                List<String> problems = FieldValues.problems(d, d.defaultValue.get(), Optional.empty());
                if (!problems.isEmpty()) {
                    throw new IllegalArgumentException("default of " + key + " breaks its rules: " + problems);
                }
            }
            return d;
        }
    }
}
