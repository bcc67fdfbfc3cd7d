package dev.kartoteka.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldKey;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.party.Company;
import org.junit.jupiter.api.Test;

/**
 * Schema migrations keep party versions, so a party read before a migration must still be writable: former keys
 * resolve, and values of the old type convert to the stored ones.
 */
class StaleReadAfterMigrationTests {

    private final ClientRegistry registry = ClientRegistry.inMemory();

    @Test
    void aPartyReadBeforeARenameWritesItsValueUnderTheNewKey() {
        CustomFieldSchema schema = registry.evolveSchema(0, new SchemaChange.AddField(
                FieldDefinition.builder("area", FieldType.INTEGER).label("Powierzchnia").build()));
        Company before = registry.create(Company.builder().legalName("Acme").customField("area", 100).build());
        registry.evolveSchema(schema.version(), new SchemaChange.RenameKey("area", FieldKey.of("warehouse_m2")));

        Company written = registry.update(before.toBuilder().shortName("A").build());

        assertThat(written.customFields().asMap()).containsOnlyKeys("warehouse_m2").containsEntry("warehouse_m2", 100L);
        assertThat(written.version()).isEqualTo(1);
    }

    @Test
    void aPartyReadBeforeATypeChangeWritesItsOldTypedValueAsTheConvertedOne() {
        CustomFieldSchema schema = registry.evolveSchema(0, new SchemaChange.AddField(
                FieldDefinition.builder("area", FieldType.TEXT).label("Powierzchnia").build()));
        Company before = registry.create(Company.builder().legalName("Acme").customField("area", "120").build());
        registry.evolveSchema(schema.version(), SchemaChange.ChangeType.to("area", FieldType.INTEGER));

        Company written = registry.update(before.toBuilder().shortName("A").build());

        assertThat(written.customFields().get("area", Long.class)).contains(120L);
    }
}
