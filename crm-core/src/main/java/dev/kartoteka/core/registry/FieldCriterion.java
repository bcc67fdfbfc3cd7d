package dev.kartoteka.core.registry;

import dev.kartoteka.core.field.CustomFieldValues;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A search criterion on a custom field of the party itself (not of its contact persons). The key may be current or
 * former; values have the field type's Java type (the registry converts an {@code Integer} for an integer field).
 *
 * <pre>{@code
 * PartyQuery.builder()
 *         .customField(FieldCriterion.between("warehouse_m2", 500, 2000))
 *         .customField(FieldCriterion.hasOption("storage_strategy", "fifo"))
 *         .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface FieldCriterion {

    /** @return the field key */
    String key();

    /**
     * Tells whether values satisfy the criterion: the reference semantics every store implements.
     *
     * @param values a party's canonical custom-field values, keyed by current keys
     * @return {@code true} if they satisfy it
     */
    boolean matches(CustomFieldValues values);

    /**
     * The field has exactly this value.
     *
     * @param key the field key
     * @param value the value
     * @return the criterion
     */
    static FieldCriterion equalTo(String key, Object value) {
        return new Equals(key, value);
    }

    /**
     * The field's value lies between two bounds, both inclusive (ordered types: numbers, money, dates).
     *
     * @param key the field key
     * @param min the lower bound, or {@code null} for none
     * @param max the upper bound, or {@code null} for none
     * @return the criterion
     */
    static FieldCriterion between(String key, Object min, Object max) {
        return new Between(key, Optional.ofNullable(min), Optional.ofNullable(max));
    }

    /**
     * A choice field holds an option: a single choice is it, a multiple choice contains it.
     *
     * @param key the field key
     * @param code the option code
     * @return the criterion
     */
    static FieldCriterion hasOption(String key, String code) {
        return new HasOption(key, code);
    }

    /**
     * The field has no value.
     *
     * @param key the field key
     * @return the criterion
     */
    static FieldCriterion isEmpty(String key) {
        return new IsEmpty(key);
    }

    /**
     * The field has a value.
     *
     * @param key the field key
     * @return the criterion
     */
    static FieldCriterion isPresent(String key) {
        return new IsPresent(key);
    }

    /**
     * The field has exactly this value.
     *
     * @param key the field key
     * @param value the value
     */
    record Equals(String key, Object value) implements FieldCriterion {
        /**
         * Creates the criterion.
         *
         * @param key the field key
         * @param value the value
         */
        public Equals {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean matches(CustomFieldValues values) {
            return values.get(key).map(v -> v instanceof java.math.BigDecimal d && value instanceof java.math.BigDecimal e
                    ? d.compareTo(e) == 0 : v.equals(value)).orElse(false);
        }

        @Override
        public String toString() {
            return key + " = <value>";
        }
    }

    /**
     * The field's value lies between two inclusive bounds.
     *
     * @param key the field key
     * @param min the lower bound
     * @param max the upper bound
     */
    record Between(String key, Optional<Object> min, Optional<Object> max) implements FieldCriterion {
        /**
         * Creates the criterion.
         *
         * @param key the field key
         * @param min the lower bound
         * @param max the upper bound
         * @throws IllegalArgumentException if both bounds are empty
         */
        public Between {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isEmpty() && max.isEmpty()) {
                throw new IllegalArgumentException("a range on " + key + " needs at least one bound");
            }
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public boolean matches(CustomFieldValues values) {
            Optional<Object> v = values.get(key);
            if (v.isEmpty() || !(v.get() instanceof Comparable c)) {
                return false;
            }
            try {
                return min.map(m -> c.compareTo(m) >= 0).orElse(true) && max.map(m -> c.compareTo(m) <= 0).orElse(true);
            } catch (ClassCastException | IllegalArgumentException incomparable) {
                return false; // e.g. money in another currency
            }
        }
    }

    /**
     * A choice field holds an option.
     *
     * @param key the field key
     * @param code the option code
     */
    record HasOption(String key, String code) implements FieldCriterion {
        /**
         * Creates the criterion.
         *
         * @param key the field key
         * @param code the option code
         */
        public HasOption {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public boolean matches(CustomFieldValues values) {
            return values.get(key).map(v -> v.equals(code) || (v instanceof Collection<?> c && c.contains(code)))
                    .orElse(false);
        }
    }

    /**
     * The field has no value.
     *
     * @param key the field key
     */
    record IsEmpty(String key) implements FieldCriterion {
        /**
         * Creates the criterion.
         *
         * @param key the field key
         */
        public IsEmpty {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public boolean matches(CustomFieldValues values) {
            return values.get(key).isEmpty();
        }
    }

    /**
     * The field has a value.
     *
     * @param key the field key
     */
    record IsPresent(String key) implements FieldCriterion {
        /**
         * Creates the criterion.
         *
         * @param key the field key
         */
        public IsPresent {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public boolean matches(CustomFieldValues values) {
            return values.get(key).isPresent();
        }
    }
}
