package dev.kartoteka.core.field;

import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.internal.Mask;
import dev.kartoteka.core.internal.json.Json;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.RoleType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * JSON for custom fields: the schema (so applications can ship it with their code and install it with
 * {@code ClientRegistry.importSchema}) and values (the form crm-jpa stores them in), both with full type fidelity.
 *
 * <p>Values are a flat object keyed by field key; each value is written in its type's JSON form: text and option
 * codes as strings, integers and decimals as numbers (a decimal keeps its scale: {@code 12.50}), money as
 * {@code {"amount": 1234.50, "currency": "PLN"}}, booleans as {@code true}/{@code false}, dates as
 * {@code "2026-11-22"}, instants as {@code "2026-11-22T10:15:30Z"}, multiple choices as arrays of codes, e-mails, URLs
 * and party ids as strings, phones in E.164 with {@code " ext. 12"} where they have an extension. Reading needs the
 * schema, which says each key's type; nothing is dropped — a key the schema does not know is an error.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CustomFieldJson {

    /** The value of the {@code "format"} member of exported schemas. */
    public static final String SCHEMA_FORMAT = "kartoteka-custom-field-schema";

    private CustomFieldJson() {
    }

    /**
     * Writes a schema as indented JSON.
     *
     * @param schema the schema
     * @return the JSON document
     */
    public static String schemaToJson(CustomFieldSchema schema) {
        Objects.requireNonNull(schema, "schema");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", SCHEMA_FORMAT);
        root.put("formatVersion", 1);
        root.put("version", schema.version());
        List<Object> sections = new ArrayList<>();
        for (Section s : schema.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", s.key());
            m.put("label", text(s.label()));
            m.put("displayOrder", s.displayOrder());
            sections.add(m);
        }
        root.put("sections", sections);
        List<Object> fields = new ArrayList<>();
        for (FieldDefinition f : schema.fields()) {
            fields.add(field(f));
        }
        root.put("fields", fields);
        return Json.writePretty(root);
    }

    /**
     * Reads a schema written by {@link #schemaToJson(CustomFieldSchema)} (or by hand in the same form).
     *
     * @param json the JSON document
     * @return the schema, with the version the document states
     * @throws ValidationException naming the JSON path of every problem (malformed JSON is reported with its line
     *     and column)
     */
    public static CustomFieldSchema schemaFromJson(String json) {
        Objects.requireNonNull(json, "json");
        Reader r = new Reader();
        Map<String, Object> root = r.object(parse(json), "$");
        if (!SCHEMA_FORMAT.equals(root.get("format"))) {
            throw ValidationException.ofPublicValue("$.format", root.get("format"), "\"" + SCHEMA_FORMAT + "\"");
        }
        BigDecimal rawVersion = r.number(root.get("version"), "$.version");
        if (rawVersion.signum() < 0 || rawVersion.stripTrailingZeros().scale() > 0 || rawVersion.precision() > 18) {
            throw ValidationException.ofPublicValue("$.version", rawVersion, "a whole number 0 or more");
        }
        long version = rawVersion.longValueExact();
        List<Section> sections = new ArrayList<>();
        List<Object> rawSections = r.list(root.getOrDefault("sections", List.of()), "$.sections");
        for (int i = 0; i < rawSections.size(); i++) {
            String at = "$.sections[" + i + "]";
            Map<String, Object> m = r.object(rawSections.get(i), at);
            r.attempt(at, () -> sections.add(new Section(r.string(m.get("key"), at + ".key"),
                    r.text(m.get("label"), at + ".label"), r.intOr(m.get("displayOrder"), 0, at + ".displayOrder"))));
        }
        List<Object> rawFields = r.list(root.getOrDefault("fields", List.of()), "$.fields");
        r.throwIfAny();
        CustomFieldSchema[] schema = {CustomFieldSchema.empty()};
        for (Section s : sections) {
            schema[0] = schema[0].apply(new SchemaChange.AddSection(s));
        }
        for (int i = 0; i < rawFields.size(); i++) {
            String at = "$.fields[" + i + "]";
            Map<String, Object> m = r.object(rawFields.get(i), at);
            r.attempt(at, () -> {
                FieldDefinition f = r.field(m, at);
                try {
                    schema[0] = schema[0].apply(new SchemaChange.AddField(f));
                } catch (ValidationException e) {
                    // the schema names fields by key; name them by JSON path instead
                    throw new ValidationException(e.violations().stream().map(v -> new Violation(
                            at + jsonSuffix(v.path(), f.key().value()), v.value(), v.expected())).toList());
                }
            });
        }
        r.throwIfAny();
        return CustomFieldSchema.of(version, schema[0].sections(), schema[0].fields());
    }

    private static String jsonSuffix(String schemaPath, String key) {
        String prefix = "schema.fields." + key;
        return schemaPath.startsWith(prefix) ? schemaPath.substring(prefix.length()) : "";
    }

    private static Object parse(String json) {
        try {
            return Json.parse(json);
        } catch (dev.kartoteka.core.internal.json.JsonException e) {
            throw new ValidationException(List.of(new Violation("$", "line " + e.line() + ", column " + e.column(),
                    "well-formed JSON: " + e.getMessage())));
        }
    }

    /**
     * Writes values as a compact JSON object.
     *
     * @param values the values (canonical: as the registry stores them)
     * @return the JSON object
     * @throws IllegalArgumentException if a value is not of a custom-field Java type
     */
    public static String valuesToJson(CustomFieldValues values) {
        Objects.requireNonNull(values, "values");
        Map<String, Object> out = new LinkedHashMap<>();
        values.asMap().forEach((k, v) -> out.put(k, value(v)));
        return Json.write(out);
    }

    /**
     * Reads values written by {@link #valuesToJson(CustomFieldValues)}, using the schema for the type of each key
     * (former keys resolve to current ones).
     *
     * @param json the JSON object
     * @param schema the schema the values belong to
     * @return the values with their Java types
     * @throws ValidationException naming every key that is unknown or whose value does not have its field's type
     */
    public static CustomFieldValues valuesFromJson(String json, CustomFieldSchema schema) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(schema, "schema");
        Reader r = new Reader();
        Map<String, Object> raw = r.object(parse(json), "$");
        TreeMap<String, Object> out = new TreeMap<>();
        raw.forEach((key, v) -> {
            Optional<FieldDefinition> f = schema.field(key);
            if (f.isEmpty()) {
                r.problem("$." + key, v, "a field of the schema (version " + schema.version() + ")");
                return;
            }
            if (out.containsKey(f.get().key().value())) {
                r.problem("$." + key, v, "one value per field, but " + f.get().key() + " has a value under another"
                        + " of its keys too");
                return;
            }
            r.attempt("$." + key, () -> {
                Object value = valueOf(v, f.get().type(), "$." + key);
                out.put(f.get().key().value(), f.get().canonicalValue(value).orElseThrow(() -> new ValidationException(
                        List.of(new Violation("$." + key, Mask.mask(v), f.get().type().description())))));
            });
        });
        r.throwIfAny();
        return CustomFieldValues.of(out);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Map<String, Object> field(FieldDefinition f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", f.key().value());
        if (!f.formerKeys().isEmpty()) {
            m.put("formerKeys", f.formerKeys().stream().map(FieldKey::value).toList());
        }
        m.put("type", f.type().name());
        m.put("label", text(f.label()));
        f.help().ifPresent(h -> m.put("help", text(h)));
        f.section().ifPresent(s -> m.put("section", s));
        m.put("displayOrder", f.displayOrder());
        m.put("status", f.status().name());
        m.put("targets", f.targets().stream().map(Enum::name).toList());
        if (!f.roles().isEmpty()) {
            m.put("roles", f.roles().stream().map(RoleType::code).toList());
        }
        if (f.required()) {
            m.put("required", true);
        }
        if (!f.requiredForRoles().isEmpty()) {
            m.put("requiredForRoles", f.requiredForRoles().stream().map(RoleType::code).toList());
        }
        if (f.scale().isPresent()) {
            m.put("scale", f.scale().getAsInt());
        }
        f.currency().ifPresent(c -> m.put("currency", c.getCurrencyCode()));
        if (!f.options().isEmpty()) {
            List<Object> options = new ArrayList<>();
            for (ChoiceOption o : f.options()) {
                Map<String, Object> om = new LinkedHashMap<>();
                om.put("code", o.code());
                om.put("label", text(o.label()));
                if (o.retired()) {
                    om.put("retired", true);
                }
                options.add(om);
            }
            m.put("options", options);
        }
        f.min().ifPresent(v -> m.put("min", value(v)));
        f.max().ifPresent(v -> m.put("max", value(v)));
        if (f.minLength().isPresent()) {
            m.put("minLength", f.minLength().getAsInt());
        }
        if (f.maxLength().isPresent()) {
            m.put("maxLength", f.maxLength().getAsInt());
        }
        f.pattern().ifPresent(p -> m.put("pattern", p.pattern()));
        if (f.unique()) {
            m.put("unique", true);
        }
        f.defaultValue().ifPresent(v -> m.put("default", value(v)));
        return m;
    }

    private static Object text(LocalizedText t) {
        if (t.translations().isEmpty()) {
            return t.text();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", t.text());
        m.put("translations", new LinkedHashMap<>(t.translations()));
        return m;
    }

    /** The JSON form of a canonical value. */
    static Object value(Object v) {
        if (v instanceof String || v instanceof Boolean || v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof Money m) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("amount", m.amount());
            out.put("currency", m.currency().getCurrencyCode());
            return out;
        }
        if (v instanceof LocalDate || v instanceof Instant || v instanceof URI || v instanceof PartyId) {
            return v.toString();
        }
        if (v instanceof Email e) {
            return e.value();
        }
        if (v instanceof PhoneNumber p) {
            return p.value() + p.extension().map(x -> " ext. " + x).orElse("");
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        throw new IllegalArgumentException("not a custom-field value type: " + v.getClass().getName());
    }

    /** Reads a JSON value as a value of a field type. */
    static Object valueOf(Object json, FieldType type, String at) {
        String expected = type.description() + " in its JSON form";
        try {
            return switch (type) {
                case TEXT, LONG_TEXT, SINGLE_CHOICE -> (String) json;
                case INTEGER -> ((BigDecimal) json).longValueExact();
                case DECIMAL -> (BigDecimal) json;
                case MONEY -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) json;
                    yield new Money((BigDecimal) m.get("amount"), Currency.getInstance((String) m.get("currency")));
                }
                case BOOLEAN -> (Boolean) json;
                case DATE -> LocalDate.parse((String) json);
                case DATE_TIME -> Instant.parse((String) json);
                case MULTIPLE_CHOICE -> {
                    TreeSet<String> codes = new TreeSet<>();
                    for (Object o : (List<?>) json) {
                        codes.add((String) o);
                    }
                    yield java.util.Collections.unmodifiableSortedSet(codes);
                }
                case EMAIL -> Email.of((String) json);
                case PHONE -> PhoneNumber.parse((String) json);
                case URL -> new URI((String) json);
                case PARTY_REFERENCE -> PartyId.parse((String) json);
            };
        } catch (ClassCastException | NullPointerException | ArithmeticException | DateTimeParseException
                 | IllegalArgumentException | URISyntaxException | KartotekaException e) {
            throw new ValidationException(List.of(new Violation(at, Mask.mask(json == Json.NULL ? "null" : json),
                    expected)));
        }
    }

    /** Collects problems with JSON paths while reading. */
    private static final class Reader {
        private final List<Violation> problems = new ArrayList<>();

        void problem(String at, Object value, String expected) {
            problems.add(new Violation(at, Mask.mask(value == Json.NULL ? "null" : value), expected));
        }

        void attempt(String at, Runnable action) {
            try {
                action.run();
            } catch (ValidationException e) {
                e.violations().forEach(v -> problems.add(v.path().startsWith("$") ? v : v.under(at)));
            } catch (IllegalArgumentException | ClassCastException | NullPointerException | ArithmeticException e) {
                problems.add(new Violation(at, "…", String.valueOf(e.getMessage())));
            }
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(Object v, String at) {
            if (v instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
            throw ValidationException.ofPublicValue(at, v, "a JSON object");
        }

        @SuppressWarnings("unchecked")
        List<Object> list(Object v, String at) {
            if (v instanceof List<?> l) {
                return (List<Object>) l;
            }
            throw ValidationException.ofPublicValue(at, v, "a JSON array");
        }

        String string(Object v, String at) {
            if (v instanceof String s) {
                return s;
            }
            throw ValidationException.ofPublicValue(at, v, "a JSON string");
        }

        BigDecimal number(Object v, String at) {
            if (v instanceof BigDecimal d) {
                return d;
            }
            throw ValidationException.ofPublicValue(at, v, "a JSON number");
        }

        int intOr(Object v, int fallback, String at) {
            return v == null ? fallback : number(v, at).intValueExact();
        }

        boolean boolOr(Object v, String at) {
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            throw ValidationException.ofPublicValue(at, v, "true or false");
        }

        LocalizedText text(Object v, String at) {
            if (v instanceof String s) {
                return LocalizedText.of(s);
            }
            Map<String, Object> m = object(v, at);
            Map<String, String> translations = new LinkedHashMap<>();
            object(m.getOrDefault("translations", Map.of()), at + ".translations")
                    .forEach((k, t) -> translations.put(k, string(t, at + ".translations." + k)));
            return new LocalizedText(string(m.get("text"), at + ".text"), translations);
        }

        FieldDefinition field(Map<String, Object> m, String at) {
            FieldType type = FieldType.valueOf(string(m.get("type"), at + ".type"));
            FieldDefinition.Builder b = FieldDefinition.builder(string(m.get("key"), at + ".key"), type);
            if (m.containsKey("formerKeys")) {
                b.formerKeys(list(m.get("formerKeys"), at + ".formerKeys").stream()
                        .map(k -> FieldKey.of(string(k, at + ".formerKeys"))).toList());
            }
            if (m.containsKey("label")) {
                b.label(text(m.get("label"), at + ".label"));
            }
            if (m.containsKey("help")) {
                b.help(text(m.get("help"), at + ".help"));
            }
            if (m.containsKey("section")) {
                b.section(string(m.get("section"), at + ".section"));
            }
            b.displayOrder(intOr(m.get("displayOrder"), 0, at + ".displayOrder"));
            if (m.containsKey("status")) {
                b.status(FieldStatus.valueOf(string(m.get("status"), at + ".status")));
            }
            if (m.containsKey("targets")) {
                b.appliesTo(list(m.get("targets"), at + ".targets").stream()
                        .map(t -> FieldTarget.valueOf(string(t, at + ".targets"))).toArray(FieldTarget[]::new));
            }
            if (m.containsKey("roles")) {
                b.onlyForRoles(roles(m.get("roles"), at + ".roles"));
            }
            b.required(boolOr(m.get("required"), at + ".required"));
            if (m.containsKey("requiredForRoles")) {
                b.requiredForRoles(roles(m.get("requiredForRoles"), at + ".requiredForRoles"));
            }
            if (m.containsKey("scale")) {
                b.scale(intOr(m.get("scale"), 2, at + ".scale"));
            }
            if (m.containsKey("currency")) {
                b.currency(Currency.getInstance(string(m.get("currency"), at + ".currency")));
            }
            if (m.containsKey("options")) {
                List<Object> options = list(m.get("options"), at + ".options");
                for (int i = 0; i < options.size(); i++) {
                    String oat = at + ".options[" + i + "]";
                    Map<String, Object> om = object(options.get(i), oat);
                    b.option(new ChoiceOption(string(om.get("code"), oat + ".code"), text(om.get("label"), oat + ".label"),
                            boolOr(om.get("retired"), oat + ".retired")));
                }
            }
            if (m.containsKey("min")) {
                b.min(valueOf(m.get("min"), type, at + ".min"));
            }
            if (m.containsKey("max")) {
                b.max(valueOf(m.get("max"), type, at + ".max"));
            }
            if (m.containsKey("minLength")) {
                b.minLength(intOr(m.get("minLength"), 0, at + ".minLength"));
            }
            if (m.containsKey("maxLength")) {
                b.maxLength(intOr(m.get("maxLength"), 0, at + ".maxLength"));
            }
            if (m.containsKey("pattern")) {
                b.pattern(string(m.get("pattern"), at + ".pattern"));
            }
            b.unique(boolOr(m.get("unique"), at + ".unique"));
            if (m.containsKey("default")) {
                b.defaultValue(valueOf(m.get("default"), type, at + ".default"));
            }
            return b.build();
        }

        private RoleType[] roles(Object v, String at) {
            return list(v, at).stream().map(r -> RoleType.of(string(r, at))).toArray(RoleType[]::new);
        }
    }
}
