package dev.kartoteka.core.audit;

import dev.kartoteka.core.internal.Mask;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One field's change in an {@link AuditEntry}: its path, the value before and the value after, as text.
 *
 * @param field the property path, e.g. {@code "legalName"}, {@code "contactPoints[1]"},
 *     {@code "customFields.warehouse_m2"}
 * @param oldValue the value before; empty if the field had none
 * @param newValue the value after; empty if the field has none now (values of an erased person read
 *     {@code "[erased]"}, and values masked for the reader {@code "***"})
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record FieldChange(String field, Optional<String> oldValue, Optional<String> newValue) {

    /**
     * Creates the change.
     *
     * @param field the path
     * @param oldValue the value before
     * @param newValue the value after
     * @throws NullPointerException if an argument is {@code null}
     */
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }

    /** Shows the field and masked values: audit values are personal data. */
    @Override
    public String toString() {
        return field + ": " + oldValue.map(Mask::mask).orElse("∅") + " → " + newValue.map(Mask::mask).orElse("∅");
    }
}
