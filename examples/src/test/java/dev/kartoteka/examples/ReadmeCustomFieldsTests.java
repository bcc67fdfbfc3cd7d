package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.field.CustomFieldJson;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.field.Section;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.FieldCriterion;
import dev.kartoteka.core.registry.PartyQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps README's custom-field example honest: the same lines compile and run here, and the README shows them. */
class ReadmeCustomFieldsTests {

    @Test
    void customFieldExampleDefinesValidatesEvolvesExportsAndSearches() {
        ClientRegistry registry = ClientRegistry.inMemory();
        // --- custom fields (keep identical to README.md) ---
        CustomFieldSchema schema = registry.evolveSchema(0, new SchemaChange.AddSection(Section.of("warehouse", "Magazyn", 1)));
        schema = registry.evolveSchema(schema.version(), new SchemaChange.AddField(
                FieldDefinition.builder("warehouse_m2", FieldType.INTEGER).label("Powierzchnia magazynu")
                        .section("warehouse").appliesTo(FieldTarget.COMPANY).min(0L).requiredForRoles(RoleType.CLIENT).build()));
        schema = registry.evolveSchema(schema.version(), new SchemaChange.AddField(
                FieldDefinition.builder("storage_strategy", FieldType.SINGLE_CHOICE).label("Strategia składowania")
                        .section("warehouse").option("fifo", "FIFO").option("lifo", "LIFO").build()));
        Company client = registry.create(Company.builder().legalName("Magazyny Północ")
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2024, 1, 1)))
                .customField("warehouse_m2", 1200).customField("storage_strategy", "fifo").build());
        Optional<Integer> area = client.customFields().get("warehouse_m2", Integer.class);          // 1200
        List<Party> big = registry.search(PartyQuery.builder()
                .customField(FieldCriterion.between("warehouse_m2", 1000, null)).build()).items();     // [Magazyny Północ]
        schema = registry.evolveSchema(schema.version(), new SchemaChange.RetireOption("storage_strategy", "lifo"));
        String json = CustomFieldJson.schemaToJson(schema);                    // ship it with your code ...
        CustomFieldSchema shipped = CustomFieldJson.schemaFromJson(json);      // ... and registry.importSchema(shipped)
        // --- end of custom fields ---

        assertThat(area).contains(1200);
        assertThat(big).containsExactly(client);
        assertThat(shipped.fields()).isEqualTo(schema.fields());
        assertThatThrownBy(() -> registry.create(Company.builder().legalName("Bez metrażu")
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2024, 1, 1)))
                .customField("storage_strategy", "lifo").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactlyInAnyOrder("customFields.storage_strategy",
                                "customFields.warehouse_m2"));
    }

    @Test
    void readmeShowsExactlyTheCustomFieldExampleThatThisTestRuns() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("custom-fields:", "ReadmeCustomFieldsTests", "custom fields");
    }
}
