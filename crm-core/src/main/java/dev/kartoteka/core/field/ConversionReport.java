package dev.kartoteka.core.field;

import dev.kartoteka.core.party.PartyId;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a {@link SchemaChange.ChangeType} does to stored values: how many convert, and every one that does not, with
 * where it is and why. A change is only applied when {@link #failures()} is empty.
 *
 * @param key the field
 * @param from the old type
 * @param to the new type
 * @param converted how many stored values convert
 * @param failures every value that does not convert
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConversionReport(FieldKey key, FieldType from, FieldType to, int converted, List<Failure> failures) {

    /**
     * Creates the report.
     *
     * @param key the field
     * @param from the old type
     * @param to the new type
     * @param converted how many convert
     * @param failures the values that do not
     */
    public ConversionReport {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        failures = List.copyOf(failures);
    }

    /** @return {@code true} if every stored value converts */
    public boolean convertsEverything() {
        return failures.isEmpty();
    }

    /**
     * One stored value that does not convert.
     *
     * @param partyId the party holding it
     * @param path where it is, e.g. {@code "customFields.warehouse_m2"} or
     *     {@code "contactPersons[1].customFields.shoe_size"}
     * @param value the value, masked
     * @param reason why it does not convert
     */
    public record Failure(PartyId partyId, String path, String value, String reason) {
        /**
         * Creates the failure.
         *
         * @param partyId the party
         * @param path where
         * @param value the masked value
         * @param reason why
         */
        public Failure {
            Objects.requireNonNull(partyId, "partyId");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
