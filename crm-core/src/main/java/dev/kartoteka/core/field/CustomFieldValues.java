package dev.kartoteka.core.field;

import dev.kartoteka.core.KartotekaException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The custom-field values of one record: an immutable map from field key to value, with typed reads.
 *
 * <pre>{@code
 * Optional<Integer> area = company.customFields().get("warehouse_m2", Integer.class);
 * }</pre>
 *
 * <p>Values have the Java type of their {@link FieldType} ({@code Long}, {@code BigDecimal}, {@code Money},
 * {@code LocalDate}, a {@code Set} of option codes, …); the registry converts what it is given (an {@code Integer}
 * for an integer field, a {@code List} of codes for a multiple choice) and validates every write against the current
 * schema. Absent means "no value": there are no {@code null} values. Values are stored under the fields' current
 * keys; after a key was renamed, {@code registry.schema().field(oldKey)} tells the current one.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CustomFieldValues {

    private static final CustomFieldValues EMPTY = new CustomFieldValues(new TreeMap<>());

    private final Map<String, Object> values;

    private CustomFieldValues(TreeMap<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** @return no values */
    public static CustomFieldValues empty() {
        return EMPTY;
    }

    /**
     * Creates values from a map.
     *
     * @param values keys to values; neither may be {@code null}
     * @return the values
     */
    public static CustomFieldValues of(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        TreeMap<String, Object> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value of " + k)));
        return copy.isEmpty() ? EMPTY : new CustomFieldValues(copy);
    }

    /**
     * Returns these values with one set.
     *
     * @param key the field key
     * @param value the value
     * @return the new values
     */
    public CustomFieldValues with(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value of " + key);
        TreeMap<String, Object> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new CustomFieldValues(copy);
    }

    /**
     * Returns these values without one.
     *
     * @param key the field key
     * @return the new values
     */
    public CustomFieldValues without(String key) {
        Objects.requireNonNull(key, "key");
        if (!values.containsKey(key)) {
            return this;
        }
        TreeMap<String, Object> copy = new TreeMap<>(values);
        copy.remove(key);
        return copy.isEmpty() ? EMPTY : new CustomFieldValues(copy);
    }

    /**
     * Reads a value with its Java type. {@code Integer.class} reads an integer field's {@code Long} when it fits.
     *
     * @param key the field key
     * @param type the expected Java type
     * @param <T> the type
     * @return the value, or empty when the record has none
     * @throws KartotekaException if the value is of another type, naming the key and both types
     */
    public <T> Optional<T> get(String key, Class<T> type) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Object v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (type.isInstance(v)) {
            return Optional.of(type.cast(v));
        }
        if (type == Integer.class && v instanceof Long l && l == l.intValue()) {
            return Optional.of(type.cast(l.intValue()));
        }
        throw new KartotekaException("Custom field " + key + " holds a " + v.getClass().getSimpleName()
                + ", not a " + type.getSimpleName());
    }

    /**
     * Reads a value without a type.
     *
     * @param key the field key
     * @return the value, or empty
     */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(Objects.requireNonNull(key, "key")));
    }

    /** @return the keys that have a value, sorted */
    public Set<String> keys() {
        return values.keySet();
    }

    /** @return the values as an unmodifiable map sorted by key */
    public Map<String, Object> asMap() {
        return values;
    }

    /** @return whether there are no values */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** @return how many values there are */
    public int size() {
        return values.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomFieldValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Shows the keys only: values may be personal data. */
    @Override
    public String toString() {
        return "CustomFieldValues" + values.keySet();
    }
}
