package dev.kartoteka.core.field;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.internal.Mask;
import dev.kartoteka.core.party.RoleType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The custom-field schema of a registry: a version number, sections, and field definitions. Immutable; every
 * {@link SchemaChange} gives the next version through {@link #apply(SchemaChange)} (the registry does that with
 * {@code evolveSchema}, which also migrates stored values where a change needs it).
 *
 * <p>Keys resolve whether current or former: after {@code RenameKey("area", "warehouse_m2")}, {@code field("area")}
 * finds the renamed field, writes with {@code "area"} store under {@code "warehouse_m2"}, and searches by
 * {@code "area"} search {@code "warehouse_m2"}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CustomFieldSchema {

    private static final CustomFieldSchema EMPTY = new CustomFieldSchema(0, List.of(), List.of());

    private final long version;
    private final List<Section> sections;
    private final List<FieldDefinition> fields;
    private final Map<String, FieldDefinition> byKey = new HashMap<>();

    private CustomFieldSchema(long version, List<Section> sections, List<FieldDefinition> fields) {
        this.version = version;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(Section::displayOrder).thenComparing(Section::key)).toList();
        Map<String, Integer> sectionOrder = new HashMap<>();
        for (Section s : this.sections) {
            sectionOrder.put(s.key(), s.displayOrder());
        }
        this.fields = fields.stream().sorted(Comparator
                        .comparing((FieldDefinition f) -> f.section().map(sectionOrder::get).orElse(Integer.MAX_VALUE))
                        .thenComparing(f -> f.section().orElse(""))
                        .thenComparingInt(FieldDefinition::displayOrder)
                        .thenComparing(FieldDefinition::key))
                .toList();
        for (FieldDefinition f : this.fields) {
            byKey.put(f.key().value(), f);
            f.formerKeys().forEach(k -> byKey.put(k.value(), f));
        }
    }

    /** @return the schema with no sections and no fields, version 0 */
    public static CustomFieldSchema empty() {
        return EMPTY;
    }

    /**
     * Creates a schema from its parts, checking them (used by JSON import and by stores).
     *
     * @param version the version
     * @param sections the sections
     * @param fields the fields
     * @return the schema
     * @throws ValidationException if keys repeat or a field names an unknown section
     */
    public static CustomFieldSchema of(long version, List<Section> sections, List<FieldDefinition> fields) {
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        CustomFieldSchema schema = EMPTY;
        for (Section s : sections) {
            schema = schema.apply(new SchemaChange.AddSection(s));
        }
        for (FieldDefinition f : fields) {
            schema = schema.apply(new SchemaChange.AddField(f));
        }
        return new CustomFieldSchema(version, schema.sections, schema.fields);
    }

    /** @return the version: 0 for the empty schema, +1 for every change */
    public long version() {
        return version;
    }

    /** @return the sections in display order */
    public List<Section> sections() {
        return sections;
    }

    /** @return every field (all statuses), by section order, then display order, then key */
    public List<FieldDefinition> fields() {
        return fields;
    }

    /**
     * Finds a field by its current or a former key.
     *
     * @param key the key
     * @return the field
     */
    public Optional<FieldDefinition> field(String key) {
        return Optional.ofNullable(byKey.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Finds a section.
     *
     * @param key the section key
     * @return the section
     */
    public Optional<Section> section(String key) {
        Objects.requireNonNull(key, "key");
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /**
     * Lists the fields that can be written on a record (active or deprecated, applicable).
     *
     * @param target what the record is
     * @param activeRoles the roles the party holds
     * @return the fields in display order
     */
    public List<FieldDefinition> fieldsFor(FieldTarget target, Set<RoleType> activeRoles) {
        return fields.stream().filter(f -> f.status() != FieldStatus.RETIRED && f.appliesTo(target, activeRoles))
                .toList();
    }

    /**
     * Applies a change, giving the next version. Pure: stored values are the registry's business.
     *
     * @param change the change
     * @return the next schema
     * @throws ValidationException if the change does not fit this schema (unknown field, key taken, …)
     */
    public CustomFieldSchema apply(SchemaChange change) {
        Objects.requireNonNull(change, "change");
        List<Section> newSections = new ArrayList<>(sections);
        List<FieldDefinition> newFields = new ArrayList<>(fields);
        if (change instanceof SchemaChange.AddSection c) {
            if (section(c.section().key()).isPresent()) {
                throw invalid("sections." + c.section().key(), c.section().key(), "a section key not used yet");
            }
            newSections.add(c.section());
        } else if (change instanceof SchemaChange.AddField c) {
            FieldDefinition f = c.field();
            for (FieldKey k : keysOf(f)) {
                if (byKey.containsKey(k.value())) {
                    throw invalid("fields." + k, k, "a field key not used, now or formerly, by another field");
                }
            }
            if (f.section().isPresent() && section(f.section().get()).isEmpty()) {
                throw invalid("fields." + f.key() + ".section", f.section().get(), "a section of the schema");
            }
            newFields.add(f);
        } else if (change instanceof SchemaChange.UpdateField c) {
            FieldDefinition current = require(c.field().key().value());
            FieldDefinition updated = c.field();
            if (!current.key().equals(updated.key())) {
                throw invalid("fields." + updated.key(), updated.key(), "the field's current key " + current.key()
                        + " (use RenameKey to change keys)");
            }
            if (current.type() != updated.type()) {
                throw invalid("fields." + updated.key() + ".type", updated.type(), "the field's type " + current.type()
                        + " (use ChangeType to change types)");
            }
            for (FieldKey k : updated.formerKeys()) {
                FieldDefinition owner = byKey.get(k.value());
                if (owner != null && owner != current) {
                    throw invalid("fields." + updated.key() + ".formerKeys", k, "a key not used by another field");
                }
            }
            if (updated.section().isPresent() && section(updated.section().get()).isEmpty()) {
                throw invalid("fields." + updated.key() + ".section", updated.section().get(), "a section of the schema");
            }
            java.util.Set<FieldKey> former = new java.util.TreeSet<>(current.formerKeys());
            former.addAll(updated.formerKeys());
            FieldDefinition merged = updated.toBuilder().formerKeys(former).build();
            replace(newFields, current.key().value(), f -> merged);
        } else if (change instanceof SchemaChange.ChangeLabel c) {
            replace(newFields, c.key(),
                    f -> f.toBuilder().label(c.label()).help(c.help().orElse(null)).build());
        } else if (change instanceof SchemaChange.MoveField c) {
            if (c.section().isPresent() && section(c.section().get()).isEmpty()) {
                throw invalid("fields." + c.key() + ".section", c.section().get(), "a section of the schema");
            }
            replace(newFields, c.key(),
                    f -> f.toBuilder().section(c.section().orElse(null)).displayOrder(c.displayOrder()).build());
        } else if (change instanceof SchemaChange.DeprecateField c) {
            replace(newFields, c.key(),
                    f -> f.toBuilder().status(FieldStatus.DEPRECATED).build());
        } else if (change instanceof SchemaChange.RetireField c) {
            replace(newFields, c.key(),
                    f -> f.toBuilder().status(FieldStatus.RETIRED).build());
        } else if (change instanceof SchemaChange.ReactivateField c) {
            replace(newFields, c.key(),
                    f -> f.toBuilder().status(FieldStatus.ACTIVE).build());
        } else if (change instanceof SchemaChange.AddOption c) {
            replace(newFields, c.key(), f -> {
                if (!f.type().isChoice()) {
                    throw invalid("fields." + f.key(), f.type(), "a choice field");
                }
                if (f.option(c.option().code()).isPresent()) {
                    throw invalid("fields." + f.key() + ".options", c.option().code(), "an option code not used yet");
                }
                return f.toBuilder().option(c.option()).build();
            });
        } else if (change instanceof SchemaChange.RetireOption c) {
            replace(newFields, c.key(), f -> {
                if (f.option(c.code()).isEmpty()) {
                    throw invalid("fields." + f.key() + ".options", c.code(), "an option of the field");
                }
                List<ChoiceOption> options = f.options().stream()
                        .map(o -> o.code().equals(c.code()) ? o.asRetired() : o).toList();
                if (options.stream().allMatch(ChoiceOption::retired) && f.status() == FieldStatus.ACTIVE
                        && (f.required() || !f.requiredForRoles().isEmpty())) {
                    throw invalid("fields." + f.key() + ".options", c.code(),
                            "an option whose retirement leaves a required field something to choose");
                }
                return f.toBuilder().options(options).build();
            });
        } else if (change instanceof SchemaChange.RenameKey c) {
            FieldDefinition owner = byKey.get(c.newKey().value());
            FieldDefinition renamed = require(c.key());
            if (owner != null && owner != renamed) {
                throw invalid("fields." + c.newKey(), c.newKey(), "a field key not used by another field");
            }
            replace(newFields, c.key(), f -> f.toBuilder().key(c.newKey()).build());
        } else if (change instanceof SchemaChange.ChangeType c) {
            replace(newFields, c.key(), f -> retyped(f, c));
        }
        return new CustomFieldSchema(version + 1, newSections, newFields);
    }

    /**
     * Checks and canonicalises values for a record: former keys become current keys, values get their type's Java
     * type, and every rule is checked — the key must exist and apply to the record, retired fields cannot change
     * (their stored values are kept even when left out), the value must have the field's type and obey its
     * constraints, required fields must have a value (on a new record, and on writes that change custom fields).
     *
     * @param target what the record is
     * @param activeRoles the roles the party holds today
     * @param values the values to write
     * @param previous the values stored before (empty for a new record)
     * @param path the path prefix for violations, e.g. {@code "customFields"}
     * @return the canonical values and the violations (uniqueness is the registry's check)
     */
    public Checked check(FieldTarget target, Set<RoleType> activeRoles, CustomFieldValues values,
                         CustomFieldValues previous, String path) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(activeRoles, "activeRoles");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(previous, "previous");
        List<Violation> violations = new ArrayList<>();
        TreeMap<String, Object> canonical = new TreeMap<>();
        for (Map.Entry<String, Object> e : values.asMap().entrySet()) {
            String at = path + "." + e.getKey();
            FieldDefinition f = byKey.get(e.getKey());
            if (f == null) {
                violations.add(new Violation(at, Mask.mask(e.getValue()), "a field defined in the schema (version "
                        + version + ")"));
                continue;
            }
            String key = f.key().value();
            if (canonical.containsKey(key)) {
                violations.add(new Violation(at, Mask.mask(e.getValue()), f.describe()
                        + ": one value under one key (the field's current key " + key + " is given too)"));
                continue;
            }
            Optional<Object> before = previous.get(key).or(() -> formerValue(f, previous));
            Optional<Object> value = FieldValues.coerce(f, e.getValue());
            if (value.isEmpty()) {
                // a record read before a type change still writes: its old value converts to the stored one
                Optional<Object> converted = FieldConversions.convert(e.getValue(), f);
                if (converted.isPresent() && converted.equals(before)) {
                    canonical.put(key, converted.get());
                    continue;
                }
                violations.add(new Violation(at, Mask.mask(e.getValue()), f.describe() + ": " + f.type().description()));
                continue;
            }
            boolean unchanged = before.isPresent() && sameValue(before.get(), value.get());
            canonical.put(key, value.get());
            if (unchanged) {
                continue; // a stored value stays readable whatever happened to the schema since
            }
            if (f.status() == FieldStatus.RETIRED) {
                violations.add(new Violation(at, Mask.mask(value.get()), f.describe()
                        + ": no new value (the field is retired; stored values stay readable)"));
                continue;
            }
            if (!f.appliesTo(target, activeRoles)) {
                violations.add(new Violation(at, Mask.mask(value.get()), f.describe() + ": a field that applies to "
                        + target + (f.roles().isEmpty() ? "" : " holding one of the roles " + f.roles())));
                continue;
            }
            for (String problem : FieldValues.problems(f, value.get(), before)) {
                violations.add(new Violation(at, shown(f, value.get()), f.describe() + ": " + problem));
            }
        }
        for (Map.Entry<String, Object> e : previous.asMap().entrySet()) {
            FieldDefinition f = byKey.get(e.getKey());
            if (f != null && f.status() == FieldStatus.RETIRED && !canonical.containsKey(f.key().value())) {
                canonical.put(f.key().value(), e.getValue()); // retired values are kept: read-only, not removable
            }
        }
        boolean touched = previous.isEmpty() || !canonical.equals(previous.asMap());
        for (FieldDefinition f : fields) {
            if (touched && f.requiredOf(target, activeRoles) && !canonical.containsKey(f.key().value())) {
                violations.add(new Violation(path + "." + f.key(), "absent", f.describe() + ": a value (required"
                        + (f.required() ? "" : " for " + f.requiredForRoles()) + ")"));
            }
        }
        return new Checked(CustomFieldValues.of(canonical), violations);
    }

    /**
     * Adds the default values of the fields that apply to a new record and have none.
     *
     * @param target what the record is
     * @param activeRoles the roles the party holds
     * @param values the values given
     * @return the values with defaults
     */
    public CustomFieldValues withDefaults(FieldTarget target, Set<RoleType> activeRoles, CustomFieldValues values) {
        CustomFieldValues out = values;
        for (FieldDefinition f : fieldsFor(target, activeRoles)) {
            if (f.defaultValue().isPresent() && keysOf(f).stream().noneMatch(k -> values.get(k.value()).isPresent())) {
                out = out.with(f.key().value(), f.defaultValue().get());
            }
        }
        return out;
    }

    /**
     * Returns the field a type change leads to: the new type with its parameters; bounds, lengths, pattern and
     * uniqueness that do not fit the new type are dropped, the default value is converted or dropped.
     *
     * @param change the type change
     * @return the changed definition
     * @throws ValidationException if the field is unknown
     */
    public FieldDefinition retyped(SchemaChange.ChangeType change) {
        FieldDefinition current = require(change.key());
        try {
            return retyped(current, change);
        } catch (IllegalArgumentException e) {
            throw invalid("fields." + current.key() + ".type", change.newType(), e.getMessage());
        }
    }

    private static FieldDefinition retyped(FieldDefinition f, SchemaChange.ChangeType c) {
        FieldDefinition.Builder b = FieldDefinition.builder(f.key().value(), c.newType())
                .formerKeys(f.formerKeys()).label(f.label()).help(f.help().orElse(null))
                .section(f.section().orElse(null)).displayOrder(f.displayOrder())
                .appliesTo(f.targets().toArray(FieldTarget[]::new)).onlyForRoles(f.roles().toArray(RoleType[]::new))
                .status(f.status()).required(f.required())
                .requiredForRoles(f.requiredForRoles().toArray(RoleType[]::new));
        if (c.newType() == FieldType.DECIMAL) {
            b.scale(c.scale().orElse(2));
        }
        if (c.newType() == FieldType.MONEY) {
            b.currency(c.currency().orElse(null));
        }
        if (c.newType().isChoice()) {
            b.options(c.options().isEmpty() ? f.options() : c.options());
        }
        if (c.newType().isTextual() && f.type().isTextual()) {
            b.minLength(f.minLength().isPresent() ? f.minLength().getAsInt() : null)
                    .maxLength(f.maxLength().isPresent() ? f.maxLength().getAsInt() : null)
                    .pattern(f.pattern().map(java.util.regex.Pattern::pattern).orElse(null));
        }
        if (c.newType() == f.type()) {
            b.min(f.min().orElse(null)).max(f.max().orElse(null));
        }
        boolean canBeUnique = c.newType() != FieldType.BOOLEAN && c.newType() != FieldType.MULTIPLE_CHOICE
                && c.newType() != FieldType.LONG_TEXT;
        b.unique(f.unique() && canBeUnique);
        FieldDefinition withoutDefault = b.build();
        Optional<Object> converted = f.defaultValue().flatMap(v -> convert(v, f, withoutDefault).value())
                .filter(v -> FieldValues.problems(withoutDefault, v, Optional.empty()).isEmpty());
        return converted.map(v -> withoutDefault.toBuilder().defaultValue(v).build()).orElse(withoutDefault);
    }

    /**
     * The text form of a stored value, as a spreadsheet cell holds it, which {@link #convert} reads back into the same
     * value for its field: numbers written plainly ({@code 1234.5}), dates and instants in ISO-8601, money as
     * {@code "1234.50 PLN"}, the option codes of a multiple choice joined by commas, e-mails and phone numbers as
     * stored.
     *
     * @param value a stored value
     * @return its text form
     */
    public static String text(Object value) {
        return FieldConversions.asText(Objects.requireNonNull(value, "value"));
    }

    /**
     * Converts one stored value of a field for a type change. A value of a structured type (number, money, date, choice,
     * …) converts only if it converts back to the same value — no change may lose information silently (a date-time
     * does not become a date, money does not lose its currency); text is parsed, which is the point of such changes.
     *
     * @param value the stored value
     * @param from the field before the change
     * @param to the field after the change
     * @return the converted value, or the reason it does not convert
     */
    public static Conversion convert(Object value, FieldDefinition from, FieldDefinition to) {
        Optional<Object> converted = FieldConversions.convert(value, to);
        if (converted.isEmpty()) {
            return new Conversion(Optional.empty(), "not convertible to " + to.type().description());
        }
        // structured values must survive the way back; text is parsed on purpose (normalising is the point)
        if (!from.type().isTextual()) {
            Optional<Object> back = FieldConversions.convert(converted.get(), from);
            if (back.isEmpty() || !sameValue(back.get(), value)) {
                return new Conversion(Optional.empty(), "converting to " + to.type() + " would lose information ("
                        + "it would not convert back to the same value)");
            }
        }
        List<String> problems = FieldValues.problems(to, converted.get(), converted);
        return problems.isEmpty() ? new Conversion(converted, "")
                : new Conversion(Optional.empty(), String.join("; ", problems));
    }

    /**
     * Lists the rules a stored value breaks under this schema (type, constraints, known options; a retired option it
     * already holds is fine) — what a schema update or import must not create.
     *
     * @param key the field key (current or former)
     * @param value the stored value
     * @return the broken rules as "expected" texts; empty if the value fits; a single entry if the field is unknown
     */
    public List<String> problemsOfStoredValue(String key, Object value) {
        Optional<FieldDefinition> f = field(key);
        if (f.isEmpty()) {
            return List.of("a field for this stored value");
        }
        Optional<Object> canonical = FieldValues.coerce(f.get(), value);
        if (canonical.isEmpty() || !sameValue(canonical.get(), value)) {
            return List.of(f.get().describe() + ": a type that holds the stored value as it is ("
                    + f.get().type().description() + ")");
        }
        return FieldValues.problems(f.get(), canonical.get(), canonical).stream()
                .map(p -> f.get().describe() + ": " + p).toList();
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    /** Option codes are schema data and shown in clear; every other value is masked. */
    private static String shown(FieldDefinition f, Object value) {
        return f.type().isChoice() ? String.valueOf(value) : Mask.mask(value);
    }

    private Optional<Object> formerValue(FieldDefinition f, CustomFieldValues previous) {
        return f.formerKeys().stream().map(k -> previous.get(k.value())).flatMap(Optional::stream).findFirst();
    }

    private static List<FieldKey> keysOf(FieldDefinition f) {
        List<FieldKey> keys = new ArrayList<>(f.formerKeys());
        keys.add(0, f.key());
        return keys;
    }

    private FieldDefinition require(String key) {
        FieldDefinition f = byKey.get(key);
        if (f == null) {
            throw invalid("fields." + key, key, "a field of the schema (version " + version + ")");
        }
        return f;
    }

    private void replace(List<FieldDefinition> list, String key, java.util.function.UnaryOperator<FieldDefinition> op) {
        FieldDefinition current = require(key);
        FieldDefinition changed;
        try {
            changed = op.apply(current);
        } catch (IllegalArgumentException e) {
            throw invalid("fields." + current.key(), key, e.getMessage());
        }
        list.set(list.indexOf(current), changed);
    }

    private static ValidationException invalid(String path, Object value, String expected) {
        return ValidationException.ofPublicValue("schema." + path, value, expected);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomFieldSchema s && version == s.version && sections.equals(s.sections)
                && fields.equals(s.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, sections, fields);
    }

    @Override
    public String toString() {
        return "CustomFieldSchema[version " + version + ", " + sections.size() + " sections, " + fields.size()
                + " fields]";
    }

    /**
     * The outcome of {@link #check}.
     *
     * @param values the canonical values (current keys, Java types of the field types)
     * @param violations every rule broken; empty if the values may be stored
     */
    public record Checked(CustomFieldValues values, List<Violation> violations) {
        /**
         * Creates the outcome.
         *
         * @param values the values
         * @param violations the violations
         */
        public Checked {
            Objects.requireNonNull(values, "values");
            violations = List.copyOf(violations);
        }
    }

    /**
     * The outcome of converting one value.
     *
     * @param value the converted value, empty if it does not convert
     * @param reason why it does not convert; empty text if it does
     */
    public record Conversion(Optional<Object> value, String reason) {
        /**
         * Creates the outcome.
         *
         * @param value the value
         * @param reason the reason
         */
        public Conversion {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
