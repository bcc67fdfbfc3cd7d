package dev.kartoteka.core.field;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One explicit, versioned change of a {@link CustomFieldSchema}. Applying a change gives the next schema version;
 * none of them drops a stored value:
 * <ul>
 *   <li>{@link AddSection}, {@link AddField}, {@link ChangeLabel}, {@link MoveField} only add or describe;</li>
 *   <li>{@link UpdateField} changes rules — refused if a stored value would break them;</li>
 *   <li>{@link DeprecateField}, {@link RetireField}, {@link ReactivateField} change the status — values stay readable;</li>
 *   <li>{@link AddOption}, {@link RetireOption} — a retired option stays known, held values keep reading;</li>
 *   <li>{@link RenameKey} — stored values move to the new key, the old key keeps resolving;</li>
 *   <li>{@link ChangeType} — every stored value is converted; the registry refuses the change, changing nothing, if any
 *       value does not convert, and can preview the conversion first.</li>
 * </ul>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface SchemaChange {

    /**
     * Adds a section.
     *
     * @param section the new section; its key must be new
     */
    record AddSection(Section section) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param section the new section
         */
        public AddSection {
            Objects.requireNonNull(section, "section");
        }
    }

    /**
     * Adds a field.
     *
     * @param field the new field; its key must not be used, now or formerly, by another field
     */
    record AddField(FieldDefinition field) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param field the new field
         */
        public AddField {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * Changes the label and help text of a field.
     *
     * @param key the field (a former key resolves)
     * @param label the new label
     * @param help the new help text, empty to remove it
     */
    record ChangeLabel(String key, LocalizedText label, Optional<LocalizedText> help) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param key the field
         * @param label the new label
         * @param help the new help text
         */
        public ChangeLabel {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(help, "help");
        }
    }

    /**
     * Replaces a field's definition — its constraints (required, bounds, lengths, pattern, unique), applicability,
     * options, default, label, section — keeping its key and type (use {@link RenameKey} and {@link ChangeType} for
     * those). The registry refuses the change, changing nothing, if a stored value would break the new rules.
     *
     * @param field the new definition; its key must be the field's current key and its type the field's type
     */
    record UpdateField(FieldDefinition field) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param field the new definition
         */
        public UpdateField {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * Moves a field to another section or position.
     *
     * @param key the field
     * @param section the section key, empty for none
     * @param displayOrder the new order within the section
     */
    record MoveField(String key, Optional<String> section, int displayOrder) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param key the field
         * @param section the section
         * @param displayOrder the order
         */
        public MoveField {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(section, "section");
        }
    }

    /**
     * Marks a field deprecated: still writable, no longer required.
     *
     * @param key the field
     */
    record DeprecateField(String key) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param key the field
         */
        public DeprecateField {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Retires a field: stored values are kept and readable, but cannot be written or changed.
     *
     * @param key the field
     */
    record RetireField(String key) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param key the field
         */
        public RetireField {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Makes a deprecated or retired field active again.
     *
     * @param key the field
     */
    record ReactivateField(String key) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param key the field
         */
        public ReactivateField {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Adds an option to a choice field.
     *
     * @param key the field
     * @param option the new option; its code must be new for the field
     */
    record AddOption(String key, ChoiceOption option) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param key the field
         * @param option the option
         */
        public AddOption {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(option, "option");
        }
    }

    /**
     * Retires an option of a choice field: values holding it keep it, nobody can choose it anew.
     *
     * @param key the field
     * @param code the option's code
     */
    record RetireOption(String key, String code) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param key the field
         * @param code the option
         */
        public RetireOption {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * Gives a field a new key; the old one becomes a former key that still resolves.
     *
     * @param key the field's current key
     * @param newKey the new key; not used, now or formerly, by another field
     */
    record RenameKey(String key, FieldKey newKey) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param key the field
         * @param newKey the new key
         */
        public RenameKey {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(newKey, "newKey");
        }
    }

    /**
     * Changes the type of a field, converting every stored value (text in between where no direct conversion exists:
     * {@code "120"} becomes {@code 120L}, {@code 120L} becomes {@code "120"}). Constraints that do not fit the new type
     * (bounds, lengths, pattern) are dropped; constraints never drop values.
     *
     * @param key the field
     * @param newType the new type
     * @param scale decimal places, for a new {@link FieldType#DECIMAL} type (default 2)
     * @param currency the currency, for a new {@link FieldType#MONEY} type: numbers convert to amounts in it
     * @param options the options, for a new choice type (text values must be one of their codes)
     */
    record ChangeType(String key, FieldType newType, OptionalInt scale, Optional<Currency> currency,
                      List<ChoiceOption> options) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param key the field
         * @param newType the new type
         * @param scale decimal places
         * @param currency the currency
         * @param options the options
         */
        public ChangeType {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(newType, "newType");
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(currency, "currency");
            options = List.copyOf(options);
        }

        /**
         * A type change without parameters.
         *
         * @param key the field
         * @param newType the new type
         * @return the change
         */
        public static ChangeType to(String key, FieldType newType) {
            return new ChangeType(key, newType, OptionalInt.empty(), Optional.empty(), List.of());
        }
    }
}
