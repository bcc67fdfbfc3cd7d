package dev.kartoteka.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.RoleType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomFieldJsonTests {

    private static final PartyId PARTNER = PartyId.parse("3f0c6d0e-8d7e-4c1c-9d36-0d3f4b8a2b11");

    /** A schema that uses every type and every part of a definition. */
    static CustomFieldSchema everyType() {
        CustomFieldSchema schema = ExampleSchema.schema()
                .apply(new SchemaChange.AddSection(new Section("misc",
                        LocalizedText.of("Różne").with(Locale.ENGLISH, "Miscellaneous"), 99)))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("bio", FieldType.LONG_TEXT).label("Notatka")
                        .help(LocalizedText.of("Kilka zdań").with(Locale.ENGLISH, "A few sentences"))
                        .section("misc").minLength(2).maxLength(5000).defaultValue("brak\nnotatki").build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("price", FieldType.DECIMAL).scale(4)
                        .min(new BigDecimal("-1.5")).max(new BigDecimal("99999.9999"))
                        .defaultValue(new BigDecimal("12.5000")).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("limit", FieldType.MONEY)
                        .min(Money.of("0.00", "EUR")).max(Money.of("1000000", "EUR"))
                        .defaultValue(Money.of("500.50", "EUR")).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("vip", FieldType.BOOLEAN).defaultValue(true)
                        .required(true).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("contract_start", FieldType.DATE)
                        .min(LocalDate.of(2000, 1, 1)).max(LocalDate.of(2099, 12, 31))
                        .defaultValue(LocalDate.of(2026, 1, 1)).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("last_seen", FieldType.DATE_TIME)
                        .min(Instant.parse("2000-01-01T00:00:00Z")).defaultValue(Instant.parse("2026-11-22T10:15:30.123456Z"))
                        .build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("invoice_email", FieldType.EMAIL)
                        .unique(true).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("desk_phone", FieldType.PHONE)
                        .defaultValue(PhoneNumber.parse("22 123 45 67 wew. 12")).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("homepage", FieldType.URL)
                        .defaultValue(URI.create("https://example.pl/o-nas?x=1")).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("partner", FieldType.PARTY_REFERENCE)
                        .defaultValue(PARTNER).onlyForRoles(RoleType.PARTNER, RoleType.of("RESELLER")).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("tier", FieldType.SINGLE_CHOICE)
                        .option(new ChoiceOption("gold", LocalizedText.of("Złoty").with(Locale.ENGLISH, "Gold"), false))
                        .option("silver", "Srebrny").defaultValue("silver")
                        .requiredForRoles(RoleType.CLIENT, RoleType.PARTNER).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("channels", FieldType.MULTIPLE_CHOICE)
                        .option("e-mail", "E-mail").option("phone", "Telefon").option("post", "Poczta")
                        .defaultValue(List.of("phone", "e-mail")).build()))
                .apply(new SchemaChange.AddField(FieldDefinition.builder("old_notes", FieldType.TEXT).build()));
        return schema
                .apply(new SchemaChange.RetireOption("tier", "gold"))
                .apply(new SchemaChange.RenameKey("old_notes", FieldKey.of("legacy_notes")))
                .apply(new SchemaChange.RetireField("legacy_notes"))
                .apply(new SchemaChange.DeprecateField(ExampleSchema.DISCOUNT))
                .apply(new SchemaChange.RetireOption(ExampleSchema.STORAGE_STRATEGY, "lifo"));
    }

    /** Values of every type, canonical. */
    static CustomFieldValues valuesOfEveryType() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(ExampleSchema.WAREHOUSE_M2, 1200L);
        m.put(ExampleSchema.STORAGE_STRATEGY, "fifo");
        m.put(ExampleSchema.PAPER_FORMATS, Set.of("a4", "sra3"));
        m.put(ExampleSchema.BUDGET, Money.of("1234.50", "PLN"));
        m.put(ExampleSchema.NEXT_VISIT, LocalDate.of(2026, 12, 1));
        m.put(ExampleSchema.DISCOUNT, new BigDecimal("7.0"));
        m.put(ExampleSchema.ERP_CODE, "ABC-1234");
        m.put("bio", "Pierwsza linia\nDruga \"cytat\" \\ linia\tz tabem");
        m.put("price", new BigDecimal("12.5000"));
        m.put("limit", Money.of("10", "EUR"));
        m.put("vip", false);
        m.put("contract_start", LocalDate.of(2026, 2, 28));
        m.put("last_seen", Instant.parse("2026-11-22T10:15:30.000001Z"));
        m.put("invoice_email", Email.of("Jan.Kowalski@Example.PL"));
        m.put("desk_phone", PhoneNumber.parse("+48 22 123 45 67 ext. 345"));
        m.put("homepage", URI.create("https://example.pl/a/b?q=%C5%BC&x=1#top"));
        m.put("partner", PartyId.parse(new UUID(0x1234_5678_9abc_def0L, -1L).toString()));
        m.put("tier", "silver");
        m.put("channels", Set.of("post"));
        m.put("legacy_notes", "stare");
        return CustomFieldValues.of(m);
    }

    private static ValidationException schemaError(String json) {
        try {
            CustomFieldJson.schemaFromJson(json);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException for " + json);
    }

    private static String minimalSchema(String fields) {
        return "{\"format\": \"kartoteka-custom-field-schema\", \"formatVersion\": 1, \"version\": 3, "
                + "\"sections\": [], \"fields\": [" + fields + "]}";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // schemas

    @Test
    void exampleSchemaSurvivesAJsonRoundTrip() {
        CustomFieldSchema schema = ExampleSchema.schema();

        assertThat(CustomFieldJson.schemaFromJson(CustomFieldJson.schemaToJson(schema))).isEqualTo(schema);
    }

    @Test
    void schemaOfEveryTypeSurvivesAJsonRoundTripWithItsVersion() {
        CustomFieldSchema schema = everyType();

        CustomFieldSchema read = CustomFieldJson.schemaFromJson(CustomFieldJson.schemaToJson(schema));

        assertThat(read).isEqualTo(schema);
        assertThat(read.version()).isEqualTo(schema.version());
        assertThat(read.field("old_notes").orElseThrow().key()).isEqualTo(FieldKey.of("legacy_notes"));
        assertThat(read.field("tier").orElseThrow().option("gold")).map(ChoiceOption::retired).contains(true);
        assertThat(read.field("last_seen").orElseThrow().defaultValue())
                .contains(Instant.parse("2026-11-22T10:15:30.123456Z"));
        assertThat(read.field("price").orElseThrow().defaultValue()).contains(new BigDecimal("12.5000"));
        assertThat(read.field("desk_phone").orElseThrow().defaultValue())
                .contains(PhoneNumber.parse("22 123 45 67 wew. 12"));
        assertThat(read.field("partner").orElseThrow().roles())
                .containsExactly(RoleType.PARTNER, RoleType.of("RESELLER"));
        assertThat(read.section("misc").orElseThrow().label().in(Locale.ENGLISH)).isEqualTo("Miscellaneous");
    }

    @Test
    void exportedSchemaIsIndentedReadableJson() {
        String json = CustomFieldJson.schemaToJson(ExampleSchema.schema());

        assertThat(json).startsWith("{").endsWith("}");
        assertThat(json.lines().count()).isGreaterThan(50);
        assertThat(json).contains("\n  \"");
        assertThat(json).containsPattern("\"format\"\\s*:\\s*\"kartoteka-custom-field-schema\"");
        assertThat(json).containsPattern("\"version\"\\s*:\\s*15");
        assertThat(json).containsPattern("\"key\"\\s*:\\s*\"warehouse_m2\"");
        assertThat(json).containsPattern("\"type\"\\s*:\\s*\"INTEGER\"");
        assertThat(json).as("labels in clear, not escaped").contains("Powierzchnia magazynu", "Budżet",
                "Strategia składowania", "Warehouse area");
        assertThat(json).containsPattern("\"requiredForRoles\"\\s*:\\s*\\[\\s*\"CLIENT\"\\s*]");
        assertThat(json.indexOf("warehouse_m2")).isLessThan(json.indexOf("storage_strategy"));
        assertThat(CustomFieldJson.SCHEMA_FORMAT).isEqualTo("kartoteka-custom-field-schema");
    }

    @Test
    void readsAHandWrittenSchemaWithDefaults() {
        CustomFieldSchema schema = CustomFieldJson.schemaFromJson("""
                {
                  "format": "kartoteka-custom-field-schema",
                  "version": 7,
                  "sections": [ {"key": "warehouse", "label": "Magazyn"} ],
                  "fields": [
                    {"key": "warehouse_m2", "type": "INTEGER", "section": "warehouse",
                     "label": {"text": "Powierzchnia magazynu", "translations": {"en": "Warehouse area"}},
                     "targets": ["COMPANY"], "requiredForRoles": ["CLIENT"], "min": 0, "max": 1000000},
                    {"key": "storage_strategy", "type": "SINGLE_CHOICE",
                     "options": [{"code": "fifo", "label": "FIFO"}, {"code": "lifo", "label": "LIFO", "retired": true}]}
                  ]
                }
                """);

        assertThat(schema.version()).isEqualTo(7);
        FieldDefinition area = schema.field("warehouse_m2").orElseThrow();
        assertThat(area.label().in(Locale.ENGLISH)).isEqualTo("Warehouse area");
        assertThat(area.targets()).containsExactly(FieldTarget.COMPANY);
        assertThat(area.requiredForRoles()).containsExactly(RoleType.CLIENT);
        assertThat(area.max()).contains(1_000_000L);
        assertThat(area.status()).isEqualTo(FieldStatus.ACTIVE);
        assertThat(area.displayOrder()).isZero();
        FieldDefinition strategy = schema.field("storage_strategy").orElseThrow();
        assertThat(strategy.label().text()).isEqualTo("storage_strategy");
        assertThat(strategy.targets()).containsExactlyInAnyOrder(FieldTarget.values());
        assertThat(strategy.option("lifo")).map(ChoiceOption::retired).contains(true);
        assertThat(schema.section("warehouse").orElseThrow().displayOrder()).isZero();
    }

    @Test
    void schemaErrorsNameTheirJsonPaths() {
        assertThat(schemaError("{\"format\": \"something-else\", \"version\": 1}").violations())
                .extracting(Violation::path).containsExactly("$.format");
        assertThat(schemaError("{\"format\": \"kartoteka-custom-field-schema\"}").violations())
                .extracting(Violation::path).containsExactly("$.version");
        assertThat(schemaError("[1, 2]").violations()).extracting(Violation::path).containsExactly("$");
        assertThat(schemaError("{\"format\": \"kartoteka-custom-field-schema\", \"version\": 1, \"fields\": {}}")
                .violations()).extracting(Violation::path).containsExactly("$.fields");
        assertThat(schemaError(minimalSchema("{\"key\": \"no_type\"}")).violations())
                .extracting(Violation::path).containsExactly("$.fields[0].type");
        assertThat(schemaError(minimalSchema("{\"key\": \"n\", \"type\": \"INTEGER\", \"min\": \"zero\"}"))
                .violations()).extracting(Violation::path).containsExactly("$.fields[0].min");
        assertThat(schemaError(minimalSchema("{\"key\": \"c\", \"type\": \"SINGLE_CHOICE\", \"options\": "
                + "[{\"code\": \"ok\", \"label\": \"OK\"}, {\"code\": \"Not OK\", \"label\": \"X\"}]}")).violations())
                .singleElement().satisfies(v -> assertThat(v.path()).startsWith("$.fields[0]"));
    }

    @Test
    void reportsEveryBrokenFieldOfASchemaAtOnce() {
        ValidationException e = schemaError(minimalSchema(
                "{\"key\": \"Bad Key\", \"type\": \"TEXT\"},"
                        + "{\"key\": \"fine\", \"type\": \"TEXT\"},"
                        + "{\"key\": \"n\", \"type\": \"INTEGER\", \"min\": 5, \"max\": 1},"
                        + "{\"key\": \"t\", \"type\": \"NO_SUCH_TYPE\"}"));

        assertThat(e.violations()).extracting(Violation::path).allSatisfy(p -> assertThat(p).startsWith("$.fields["))
                .anySatisfy(p -> assertThat(p).startsWith("$.fields[0]"))
                .anySatisfy(p -> assertThat(p).startsWith("$.fields[2]"))
                .anySatisfy(p -> assertThat(p).startsWith("$.fields[3]"))
                .noneSatisfy(p -> assertThat(p).startsWith("$.fields[1]"));
    }

    @Test
    void unknownSectionOfAFieldIsReportedAtItsJsonPath() {
        ValidationException e = schemaError(minimalSchema(
                "{\"key\": \"fine\", \"type\": \"TEXT\"}, {\"key\": \"lost\", \"type\": \"TEXT\", \"section\": \"nowhere\"}"));

        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.path()).startsWith("$.fields[1]"));
    }

    @Test
    void malformedJsonIsAValidationExceptionWithLineAndColumn() {
        assertThatThrownBy(() -> CustomFieldJson.schemaFromJson("{\n  \"format\": \"kartoteka-custom-field-schema\",\n  \"version\": }"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void fractionalSchemaVersionIsReportedAtItsJsonPath() {
        assertThat(schemaError("{\"format\": \"kartoteka-custom-field-schema\", \"version\": 1.5}").violations())
                .extracting(Violation::path).containsExactly("$.version");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // values

    @Test
    void valuesOfEveryTypeSurviveAJsonRoundTripWithTheirJavaTypes() {
        CustomFieldSchema schema = everyType();
        CustomFieldValues values = valuesOfEveryType();

        CustomFieldValues read = CustomFieldJson.valuesFromJson(CustomFieldJson.valuesToJson(values), schema);

        assertThat(read).isEqualTo(values);
        values.asMap().forEach((key, value) -> {
            Object back = read.get(key).orElseThrow();
            if (value instanceof Set) {
                assertThat(back).as(key).isInstanceOf(Set.class);
            } else {
                assertThat(back).as(key).isExactlyInstanceOf(value.getClass());
            }
        });
        assertThat(read.get("price", BigDecimal.class).orElseThrow().scale()).isEqualTo(4);
        assertThat(read.get(ExampleSchema.DISCOUNT, BigDecimal.class).orElseThrow().scale()).isEqualTo(1);
        assertThat(read.get(ExampleSchema.BUDGET, Money.class).orElseThrow().amount().scale()).isEqualTo(2);
        assertThat(read.get(ExampleSchema.WAREHOUSE_M2, Long.class)).contains(1200L);
        assertThat(read.get("desk_phone", PhoneNumber.class).orElseThrow().extension()).contains("345");
        assertThat(read.get(ExampleSchema.PAPER_FORMATS, Set.class).orElseThrow()).containsExactlyInAnyOrder("a4", "sra3");
    }

    @Test
    void valuesAreWrittenInTheDocumentedJsonForms() {
        String json = CustomFieldJson.valuesToJson(valuesOfEveryType());

        assertThat(json).contains("\"budget\":{\"amount\":1234.50,\"currency\":\"PLN\"}");
        assertThat(json).contains("\"price\":12.5000");
        assertThat(json).contains("\"warehouse_m2\":1200");
        assertThat(json).contains("\"next_visit\":\"2026-12-01\"");
        assertThat(json).contains("\"last_seen\":\"2026-11-22T10:15:30.000001Z\"");
        assertThat(json).contains("\"vip\":false");
        assertThat(json).contains("\"channels\":[\"post\"]");
        assertThat(json).contains("\"desk_phone\":\"+48221234567 ext. 345\"");
        assertThat(json).contains("\"invoice_email\":\"Jan.Kowalski@example.pl\"");
        assertThat(json).contains("\"partner\":\"12345678-9abc-def0-ffff-ffffffffffff\"");
        assertThat(json).doesNotContain("\n");
    }

    @Test
    void readsValuesUnderAFormerKeyUnderTheCurrentKey() {
        CustomFieldSchema renamed = ExampleSchema.schema()
                .apply(new SchemaChange.RenameKey(ExampleSchema.WAREHOUSE_M2, FieldKey.of("area")));

        CustomFieldValues read = CustomFieldJson.valuesFromJson("{\"warehouse_m2\": 1200}", renamed);

        assertThat(read.asMap()).containsOnly(Map.entry("area", 1200L));
    }

    @Test
    void refusesAValueUnderBothAFormerAndTheCurrentKeyInsteadOfDroppingOne() {
        CustomFieldSchema renamed = ExampleSchema.schema()
                .apply(new SchemaChange.RenameKey(ExampleSchema.WAREHOUSE_M2, FieldKey.of("area")));

        assertThatThrownBy(() -> CustomFieldJson.valuesFromJson("{\"warehouse_m2\": 1200, \"area\": 800}", renamed))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void refusesAnUnknownKeyInValuesNamingItsPath() {
        assertThatThrownBy(() -> CustomFieldJson.valuesFromJson(
                "{\"warehouse_m2\": 1200, \"shoe_size\": 44}", ExampleSchema.schema()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("$.shoe_size"));
    }

    @Test
    void refusesValuesNotInTheJsonFormOfTheirTypeNamingEachPathWithTheValueMasked() {
        String json = "{\"warehouse_m2\": \"1200 m2\", \"budget\": 1234.5, \"next_visit\": \"01.12.2026\","
                + " \"paper_formats\": \"a4\", \"discount\": 7.5, \"erp_code\": 12345}";

        assertThatThrownBy(() -> CustomFieldJson.valuesFromJson(json, ExampleSchema.schema()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                            "$.warehouse_m2", "$.budget", "$.next_visit", "$.paper_formats", "$.erp_code");
                    assertThat(e.getMessage()).doesNotContain("1200 m2").doesNotContain("01.12.2026");
                });
    }

    @Test
    void refusesToWriteAValueThatIsNotOfACustomFieldType() {
        assertThatIllegalArgumentException().isThrownBy(() -> CustomFieldJson.valuesToJson(
                CustomFieldValues.of(Map.of("n", 12))));
        assertThatIllegalArgumentException().isThrownBy(() -> CustomFieldJson.valuesToJson(
                CustomFieldValues.of(Map.of("c", Currency.getInstance("PLN")))));
    }

    @Test
    void decimalWithANegativeScaleSurvivesTheRoundTrip() {
        // what stripTrailingZeros() makes of a whole number (10 -> 1E+1) is a value the schema accepts
        CustomFieldSchema schema = ExampleSchema.schema();
        BigDecimal ten = new BigDecimal("10").stripTrailingZeros();
        CustomFieldSchema.Checked checked = schema.check(FieldTarget.COMPANY, Set.of(),
                CustomFieldValues.of(Map.of(ExampleSchema.DISCOUNT, ten)), CustomFieldValues.empty(),
                "customFields");
        assertThat(checked.violations()).isEmpty();
        assertThat(ten.scale()).isNegative();
        assertThat(checked.values().get(ExampleSchema.DISCOUNT, BigDecimal.class)).contains(new BigDecimal("10.0"));

        CustomFieldValues read = CustomFieldJson.valuesFromJson(CustomFieldJson.valuesToJson(checked.values()), schema);

        assertThat(read).isEqualTo(checked.values());
    }
}
