package dev.kartoteka.core.audit;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.internal.json.Json;
import dev.kartoteka.core.internal.json.JsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * JSON for the field changes of an {@link AuditEntry}: the form crm-jpa stores them in (one JSON column per entry, so
 * an entry is one row however many fields it changed), usable by hosts that ship the audit trail elsewhere.
 *
 * <p>The changes are an array in their order; each change an object with {@code "field"} and, where the change has
 * them, {@code "old"} and {@code "new"} (a value that is absent is left out; {@code null} is read as absent too):
 * {@code [{"field":"legalName","old":"Acme","new":"Acme sp. z o.o."},{"field":"tags","new":"vip"}]}. Reading is
 * strict: anything else is an error, so nothing is dropped silently.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AuditJson {

    private AuditJson() {
    }

    /**
     * Writes field changes as a compact JSON array.
     *
     * @param changes the changes, in order
     * @return the JSON text ({@code []} for none)
     * @throws NullPointerException if {@code changes} or an element is {@code null}
     */
    public static String changesToJson(List<FieldChange> changes) {
        Objects.requireNonNull(changes, "changes");
        List<Map<String, Object>> array = new ArrayList<>(changes.size());
        for (FieldChange c : changes) {
            Objects.requireNonNull(c, "changes element");
            Map<String, Object> o = new LinkedHashMap<>(4);
            o.put("field", c.field());
            c.oldValue().ifPresent(v -> o.put("old", v));
            c.newValue().ifPresent(v -> o.put("new", v));
            array.add(o);
        }
        return Json.write(array);
    }

    /**
     * Reads field changes written by {@link #changesToJson(List)} (or by a database's JSON functions in the same shape).
     *
     * @param json the JSON text
     * @return the changes, in order
     * @throws ValidationException naming the JSON path ({@code $[2].field}) of the first problem: malformed JSON (with
     *     its line and column), a value that is not an array of objects, a missing or non-text {@code field}, a
     *     non-text value, or a member other than {@code field}, {@code old} and {@code new}; values are not shown
     *     (audit values are personal data)
     * @throws NullPointerException if {@code json} is {@code null}
     */
    public static List<FieldChange> changesFromJson(String json) {
        Objects.requireNonNull(json, "json");
        Object root;
        try {
            root = Json.parse(json);
        } catch (JsonException e) {
            throw invalid("$", "well-formed JSON (error at line " + e.line() + ", column " + e.column() + ")");
        }
        if (!(root instanceof List<?> array)) {
            throw invalid("$", "an array of field changes");
        }
        List<FieldChange> changes = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String path = "$[" + i + "]";
            if (!(array.get(i) instanceof Map<?, ?> o)) {
                throw invalid(path, "an object with \"field\", \"old\" and \"new\"");
            }
            for (Object key : o.keySet()) {
                if (!key.equals("field") && !key.equals("old") && !key.equals("new")) {
                    throw invalid(path + "." + key, "only the members \"field\", \"old\" and \"new\"");
                }
            }
            if (!(o.get("field") instanceof String field)) {
                throw invalid(path + ".field", "the changed field's path as text");
            }
            changes.add(new FieldChange(field, text(o.get("old"), path + ".old"), text(o.get("new"), path + ".new")));
        }
        return List.copyOf(changes);
    }

    private static Optional<String> text(Object value, String path) {
        if (value == null || value == Json.NULL) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        throw invalid(path, "a text value or null");
    }

    private static ValidationException invalid(String path, String expected) {
        return new ValidationException(List.of(new Violation(path, "(not shown)", expected)));
    }
}
