package dev.kartoteka.core.field;

import static dev.kartoteka.core.field.ExampleSchema.BUDGET;
import static dev.kartoteka.core.field.ExampleSchema.CONTACT_RANK;
import static dev.kartoteka.core.field.ExampleSchema.ERP_CODE;
import static dev.kartoteka.core.field.ExampleSchema.LEAD_NOTE;
import static dev.kartoteka.core.field.ExampleSchema.LEAD_NOTE_LABEL;
import static dev.kartoteka.core.field.ExampleSchema.PAPER_FORMATS;
import static dev.kartoteka.core.field.ExampleSchema.PAYMENT_DAYS;
import static dev.kartoteka.core.field.ExampleSchema.SALES;
import static dev.kartoteka.core.field.ExampleSchema.STORAGE_STRATEGY;
import static dev.kartoteka.core.field.ExampleSchema.STORAGE_STRATEGY_LABEL;
import static dev.kartoteka.core.field.ExampleSchema.WAREHOUSE;
import static dev.kartoteka.core.field.ExampleSchema.WAREHOUSE_M2;
import static dev.kartoteka.core.field.ExampleSchema.WAREHOUSE_M2_LABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.RoleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CustomFieldSchemaTests {

    private static final Set<RoleType> CLIENT = Set.of(RoleType.CLIENT);
    private static final Set<RoleType> LEAD = Set.of(RoleType.LEAD);

    private final CustomFieldSchema schema = ExampleSchema.schema();

    private static FieldDefinition text(String key) {
        return FieldDefinition.builder(key, FieldType.TEXT).build();
    }

    private static void assertRefused(ThrowingCallable change, String pathPart) {
        assertThatThrownBy(change).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).contains(pathPart)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // versions

    @Test
    void emptySchemaHasVersionZeroAndNeitherSectionsNorFields() {
        CustomFieldSchema empty = CustomFieldSchema.empty();

        assertThat(empty.version()).isZero();
        assertThat(empty.sections()).isEmpty();
        assertThat(empty.fields()).isEmpty();
        assertThat(empty.field("anything")).isEmpty();
    }

    @Test
    void everyKindOfChangeGivesTheNextVersion() {
        List<SchemaChange> changes = List.of(
                new SchemaChange.AddSection(Section.of("extra", "Dodatkowe", 50)),
                new SchemaChange.AddField(text("notes_x")),
                new SchemaChange.ChangeLabel("notes_x", LocalizedText.of("Uwagi"), Optional.empty()),
                new SchemaChange.MoveField("notes_x", Optional.of("extra"), 3),
                new SchemaChange.DeprecateField("notes_x"),
                new SchemaChange.RetireField("notes_x"),
                new SchemaChange.ReactivateField("notes_x"),
                new SchemaChange.AddOption(STORAGE_STRATEGY, ChoiceOption.of("jit", "Just in time")),
                new SchemaChange.RetireOption(STORAGE_STRATEGY, "lifo"),
                new SchemaChange.RenameKey("notes_x", FieldKey.of("notes_y")),
                SchemaChange.ChangeType.to("notes_y", FieldType.LONG_TEXT),
                new SchemaChange.UpdateField(FieldDefinition.builder("notes_y", FieldType.LONG_TEXT).maxLength(500)
                        .build()));
        CustomFieldSchema s = schema;
        long version = s.version();
        for (SchemaChange change : changes) {
            s = s.apply(change);
            version++;
            assertThat(s.version()).as("after %s", change).isEqualTo(version);
        }
    }

    @Test
    void exampleSchemaHasOneVersionPerChangeThatBuiltIt() {
        assertThat(schema.version()).isEqualTo(ExampleSchema.changes().size()).isEqualTo(15);
    }

    @Test
    void applyLeavesTheSchemaItWasAppliedToUnchanged() {
        CustomFieldSchema before = ExampleSchema.schema();

        schema.apply(new SchemaChange.RetireField(WAREHOUSE_M2));
        schema.apply(new SchemaChange.AddField(text("another")));

        assertThat(schema).isEqualTo(before);
        assertThat(schema.field(WAREHOUSE_M2).orElseThrow().status()).isEqualTo(FieldStatus.ACTIVE);
        assertThat(schema.field("another")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // sections and fields

    @Test
    void sectionsAreInDisplayOrderThenKey() {
        CustomFieldSchema s = schema.apply(new SchemaChange.AddSection(Section.of("aaa", "Tie", 20)));

        assertThat(s.sections()).extracting(Section::key)
                .containsExactly(WAREHOUSE, "aaa", ExampleSchema.PRINTING, SALES, ExampleSchema.CONTACT);
        assertThat(s.section(WAREHOUSE)).map(Section::label).contains(LocalizedText.of("Magazyn"));
        assertThat(s.section("nope")).isEmpty();
    }

    @Test
    void fieldsAreInSectionOrderThenDisplayOrderThenKeyWithFieldsWithoutSectionLast() {
        assertThat(schema.fields()).extracting(f -> f.key().value())
                .containsExactlyElementsOf(ExampleSchema.KEYS_IN_DISPLAY_ORDER);
    }

    @Test
    void refusesASectionKeyTwice() {
        assertRefused(() -> schema.apply(new SchemaChange.AddSection(Section.of(WAREHOUSE, "Znowu", 1))),
                WAREHOUSE);
    }

    @Test
    void addsAFieldThatResolvesByItsKey() {
        CustomFieldSchema s = schema.apply(new SchemaChange.AddField(FieldDefinition.builder("shelves", FieldType.INTEGER)
                .section(WAREHOUSE).displayOrder(3).build()));

        assertThat(s.field("shelves")).map(FieldDefinition::type).contains(FieldType.INTEGER);
        assertThat(s.fields()).extracting(f -> f.key().value()).startsWith(WAREHOUSE_M2, STORAGE_STRATEGY, "shelves");
    }

    @Test
    void refusesAFieldKeyThatIsTaken() {
        assertRefused(() -> schema.apply(new SchemaChange.AddField(text(WAREHOUSE_M2))), WAREHOUSE_M2);
    }

    @Test
    void refusesAFieldKeyThatIsAFormerKeyOfAnotherField() {
        CustomFieldSchema renamed = schema.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of("area")));

        assertRefused(() -> renamed.apply(new SchemaChange.AddField(text(WAREHOUSE_M2))), WAREHOUSE_M2);
    }

    @Test
    void refusesAFieldWhoseFormerKeyIsTaken() {
        FieldDefinition withFormer = FieldDefinition.builder("fresh", FieldType.TEXT)
                .formerKeys(List.of(FieldKey.of(BUDGET))).build();

        assertRefused(() -> schema.apply(new SchemaChange.AddField(withFormer)), BUDGET);
    }

    @Test
    void refusesAFieldInAnUnknownSection() {
        FieldDefinition lost = FieldDefinition.builder("lost", FieldType.TEXT).section("nowhere").build();

        assertRefused(() -> schema.apply(new SchemaChange.AddField(lost)), "lost");
    }

    @Test
    void changesTheLabelAndHelpOfAField() {
        LocalizedText label = LocalizedText.of("Powierzchnia").with(Locale.GERMAN, "Lagerfläche");

        CustomFieldSchema s = schema.apply(new SchemaChange.ChangeLabel(WAREHOUSE_M2, label,
                Optional.of(LocalizedText.of("m²"))));
        CustomFieldSchema withoutHelp = s.apply(new SchemaChange.ChangeLabel(WAREHOUSE_M2, label, Optional.empty()));

        FieldDefinition f = s.field(WAREHOUSE_M2).orElseThrow();
        assertThat(f.label()).isEqualTo(label);
        assertThat(f.help()).contains(LocalizedText.of("m²"));
        assertThat(f.type()).isEqualTo(FieldType.INTEGER);
        assertThat(f.max()).contains(1_000_000L);
        assertThat(withoutHelp.field(WAREHOUSE_M2).orElseThrow().help()).isEmpty();
    }

    @Test
    void movesAFieldToAnotherSectionOrOutOfAny() {
        CustomFieldSchema moved = schema.apply(new SchemaChange.MoveField(ERP_CODE, Optional.of(WAREHOUSE), 0));
        CustomFieldSchema out = schema.apply(new SchemaChange.MoveField(WAREHOUSE_M2, Optional.empty(), 0));

        assertThat(moved.field(ERP_CODE).orElseThrow().section()).contains(WAREHOUSE);
        assertThat(moved.fields().get(0).key().value()).isEqualTo(ERP_CODE);
        assertThat(out.field(WAREHOUSE_M2).orElseThrow().section()).isEmpty();
        assertRefused(() -> schema.apply(new SchemaChange.MoveField(ERP_CODE, Optional.of("nowhere"), 0)), ERP_CODE);
    }

    @Test
    void deprecatesRetiresAndReactivatesAField() {
        CustomFieldSchema deprecated = schema.apply(new SchemaChange.DeprecateField(WAREHOUSE_M2));
        CustomFieldSchema retired = deprecated.apply(new SchemaChange.RetireField(WAREHOUSE_M2));
        CustomFieldSchema reactivated = retired.apply(new SchemaChange.ReactivateField(WAREHOUSE_M2));

        assertThat(deprecated.field(WAREHOUSE_M2).orElseThrow().status()).isEqualTo(FieldStatus.DEPRECATED);
        assertThat(retired.field(WAREHOUSE_M2).orElseThrow().status()).isEqualTo(FieldStatus.RETIRED);
        assertThat(reactivated.field(WAREHOUSE_M2).orElseThrow().status()).isEqualTo(FieldStatus.ACTIVE);
        assertThat(reactivated.field(WAREHOUSE_M2).orElseThrow().toBuilder().build())
                .isEqualTo(schema.field(WAREHOUSE_M2).orElseThrow());
    }

    @Test
    void writableFieldsOfARecordLeaveOutRetiredAndInapplicableFields() {
        CustomFieldSchema s = schema.apply(new SchemaChange.RetireField(BUDGET))
                .apply(new SchemaChange.DeprecateField(PAYMENT_DAYS));

        assertThat(s.fieldsFor(FieldTarget.COMPANY, CLIENT)).extracting(f -> f.key().value())
                .containsExactly(WAREHOUSE_M2, STORAGE_STRATEGY, PAPER_FORMATS, ExampleSchema.NEXT_VISIT,
                        PAYMENT_DAYS, ExampleSchema.DISCOUNT, ERP_CODE);
        assertThat(s.fieldsFor(FieldTarget.PERSON, LEAD)).extracting(f -> f.key().value())
                .containsExactly(PAPER_FORMATS, LEAD_NOTE, ExampleSchema.NEXT_VISIT, PAYMENT_DAYS,
                        ExampleSchema.DISCOUNT, ERP_CODE);
        assertThat(s.fieldsFor(FieldTarget.CONTACT_PERSON, Set.of())).extracting(f -> f.key().value())
                .containsExactly(CONTACT_RANK, ExampleSchema.DECISION_MAKER);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // options

    @Test
    void addsAnOptionToAChoiceField() {
        CustomFieldSchema s = schema.apply(new SchemaChange.AddOption(STORAGE_STRATEGY, ChoiceOption.of("jit", "JIT")));

        assertThat(s.field(STORAGE_STRATEGY).orElseThrow().options()).extracting(ChoiceOption::code)
                .containsExactly("fifo", "lifo", "fefo", "jit");
    }

    @Test
    void refusesAnOptionOnANonChoiceFieldAndAnOptionCodeTwice() {
        assertRefused(() -> schema.apply(new SchemaChange.AddOption(WAREHOUSE_M2, ChoiceOption.of("x", "X"))),
                WAREHOUSE_M2);
        assertRefused(() -> schema.apply(new SchemaChange.AddOption(STORAGE_STRATEGY, ChoiceOption.of("fifo", "F"))),
                STORAGE_STRATEGY);
    }

    @Test
    void retiresAnOptionWhichStaysKnown() {
        CustomFieldSchema s = schema.apply(new SchemaChange.RetireOption(STORAGE_STRATEGY, "lifo"));

        FieldDefinition f = s.field(STORAGE_STRATEGY).orElseThrow();
        assertThat(f.option("lifo")).map(ChoiceOption::retired).contains(true);
        assertThat(f.option("fifo")).map(ChoiceOption::retired).contains(false);
        assertThat(f.options()).hasSize(3);
    }

    @Test
    void refusesToRetireAnUnknownOption() {
        assertRefused(() -> schema.apply(new SchemaChange.RetireOption(STORAGE_STRATEGY, "lilo")), STORAGE_STRATEGY);
    }

    @Test
    void refusesToRetireTheLastActiveOptionOfARequiredChoiceButNotOfAnOptionalOne() {
        FieldDefinition required = FieldDefinition.builder("tier", FieldType.SINGLE_CHOICE).option("gold", "Gold")
                .required(true).build();
        FieldDefinition optional = FieldDefinition.builder("tone", FieldType.SINGLE_CHOICE).option("warm", "Warm")
                .build();
        CustomFieldSchema s = schema.apply(new SchemaChange.AddField(required)).apply(new SchemaChange.AddField(optional));

        assertRefused(() -> s.apply(new SchemaChange.RetireOption("tier", "gold")), "tier");
        assertThat(s.apply(new SchemaChange.RetireOption("tone", "warm")).field("tone").orElseThrow().options())
                .allMatch(ChoiceOption::retired);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // keys

    @Test
    void renamesAKeyAndTheOldKeyKeepsResolving() {
        CustomFieldSchema s = schema.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of("area")));

        FieldDefinition f = s.field("area").orElseThrow();
        assertThat(f.key()).isEqualTo(FieldKey.of("area"));
        assertThat(f.formerKeys()).containsExactly(FieldKey.of(WAREHOUSE_M2));
        assertThat(s.field(WAREHOUSE_M2)).containsSame(f);
        assertThat(f.label().text()).isEqualTo(WAREHOUSE_M2_LABEL);
        assertThat(f.type()).isEqualTo(FieldType.INTEGER);
    }

    @Test
    void everyFormerKeyOfARenameChainResolvesAndChangesAcceptIt() {
        CustomFieldSchema s = schema.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of("area")))
                .apply(new SchemaChange.RenameKey("area", FieldKey.of("floor_space")));

        assertThat(s.field(WAREHOUSE_M2).orElseThrow().key()).isEqualTo(FieldKey.of("floor_space"));
        assertThat(s.field("area").orElseThrow().key()).isEqualTo(FieldKey.of("floor_space"));
        assertThat(s.field("floor_space").orElseThrow().formerKeys())
                .containsExactlyInAnyOrder(FieldKey.of(WAREHOUSE_M2), FieldKey.of("area"));

        CustomFieldSchema deprecated = s.apply(new SchemaChange.DeprecateField(WAREHOUSE_M2));
        assertThat(deprecated.field("floor_space").orElseThrow().status()).isEqualTo(FieldStatus.DEPRECATED);
    }

    @Test
    void renamesBackToAFormerKeyOfTheSameField() {
        CustomFieldSchema s = schema.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of("area")))
                .apply(new SchemaChange.RenameKey("area", FieldKey.of(WAREHOUSE_M2)));

        FieldDefinition f = s.field(WAREHOUSE_M2).orElseThrow();
        assertThat(f.key()).isEqualTo(FieldKey.of(WAREHOUSE_M2));
        assertThat(f.formerKeys()).containsExactly(FieldKey.of("area"));
        assertThat(s.field("area")).containsSame(f);
    }

    @Test
    void refusesToRenameToTheKeyOrAFormerKeyOfAnotherField() {
        CustomFieldSchema s = schema.apply(new SchemaChange.RenameKey(BUDGET, FieldKey.of("budget_pln")));

        assertRefused(() -> s.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of(ERP_CODE))), ERP_CODE);
        assertRefused(() -> s.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of(BUDGET))), BUDGET);
    }

    @Test
    void refusesEveryChangeOfAnUnknownFieldNamingTheKey() {
        List<SchemaChange> changes = List.of(
                new SchemaChange.ChangeLabel("ghost", LocalizedText.of("Duch"), Optional.empty()),
                new SchemaChange.MoveField("ghost", Optional.empty(), 1),
                new SchemaChange.DeprecateField("ghost"),
                new SchemaChange.RetireField("ghost"),
                new SchemaChange.ReactivateField("ghost"),
                new SchemaChange.AddOption("ghost", ChoiceOption.of("a", "A")),
                new SchemaChange.RetireOption("ghost", "a"),
                new SchemaChange.RenameKey("ghost", FieldKey.of("spirit")),
                SchemaChange.ChangeType.to("ghost", FieldType.TEXT),
                new SchemaChange.UpdateField(text("ghost")));
        for (SchemaChange change : changes) {
            assertRefused(() -> schema.apply(change), "ghost");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // rule updates

    @Test
    void updatesTheRulesOfAFieldKeepingItsKeyTypeAndFormerKeys() {
        CustomFieldSchema renamed = schema.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of("area")));
        FieldDefinition stricter = FieldDefinition.builder("area", FieldType.INTEGER).label("Powierzchnia")
                .min(10L).max(500_000L).required(true).section(SALES).build();

        CustomFieldSchema s = renamed.apply(new SchemaChange.UpdateField(stricter));

        FieldDefinition f = s.field(WAREHOUSE_M2).orElseThrow();
        assertThat(f.key()).isEqualTo(FieldKey.of("area"));
        assertThat(f.formerKeys()).containsExactly(FieldKey.of(WAREHOUSE_M2));
        assertThat(f.max()).contains(500_000L);
        assertThat(f.required()).isTrue();
        assertThat(f.section()).contains(SALES);
        assertThat(s.version()).isEqualTo(renamed.version() + 1);
    }

    @Test
    void refusesARuleUpdateThatChangesTheKeyOrTheTypeOrNamesAnUnknownSection() {
        assertRefused(() -> schema.apply(new SchemaChange.UpdateField(
                FieldDefinition.builder(WAREHOUSE_M2, FieldType.DECIMAL).build())), WAREHOUSE_M2);
        assertRefused(() -> schema.apply(new SchemaChange.UpdateField(
                FieldDefinition.builder(WAREHOUSE_M2, FieldType.INTEGER).section("nowhere").build())), WAREHOUSE_M2);
        assertRefused(() -> schema.apply(new SchemaChange.UpdateField(FieldDefinition.builder(WAREHOUSE_M2,
                FieldType.INTEGER).formerKeys(List.of(FieldKey.of(BUDGET))).build())), WAREHOUSE_M2);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // type changes

    @Test
    void changingTheTypeDropsConstraintsThatDoNotFitAndConvertsTheDefault() {
        CustomFieldSchema s = schema.apply(SchemaChange.ChangeType.to(PAYMENT_DAYS, FieldType.TEXT));

        FieldDefinition f = s.field(PAYMENT_DAYS).orElseThrow();
        assertThat(f.type()).isEqualTo(FieldType.TEXT);
        assertThat(f.min()).isEmpty();
        assertThat(f.max()).isEmpty();
        assertThat(f.defaultValue()).contains("14");
        assertThat(f.label().text()).isEqualTo(ExampleSchema.PAYMENT_DAYS_LABEL);
        assertThat(f.section()).contains(SALES);
        assertThat(f.targets()).containsExactlyInAnyOrder(FieldTarget.COMPANY, FieldTarget.PERSON);
        assertThat(schema.retyped(SchemaChange.ChangeType.to(PAYMENT_DAYS, FieldType.TEXT))).isEqualTo(f);
    }

    @Test
    void changingTheTypeKeepsKeysStatusAndRequirement() {
        CustomFieldSchema s = schema.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of("area")))
                .apply(new SchemaChange.DeprecateField("area"))
                .apply(new SchemaChange.ChangeType(WAREHOUSE_M2, FieldType.DECIMAL, OptionalInt.of(1),
                        Optional.empty(), List.of()));

        FieldDefinition f = s.field("area").orElseThrow();
        assertThat(f.type()).isEqualTo(FieldType.DECIMAL);
        assertThat(f.scale()).hasValue(1);
        assertThat(f.formerKeys()).containsExactly(FieldKey.of(WAREHOUSE_M2));
        assertThat(f.status()).isEqualTo(FieldStatus.DEPRECATED);
        assertThat(f.requiredForRoles()).containsExactly(RoleType.CLIENT);
    }

    @Test
    void changingTheTypeToAChoiceNeedsOptions() {
        assertRefused(() -> schema.apply(SchemaChange.ChangeType.to(LEAD_NOTE, FieldType.SINGLE_CHOICE)), LEAD_NOTE);

        CustomFieldSchema s = schema.apply(new SchemaChange.ChangeType(LEAD_NOTE, FieldType.SINGLE_CHOICE,
                OptionalInt.empty(), Optional.empty(), List.of(ChoiceOption.of("hot", "Gorący"))));
        assertThat(s.field(LEAD_NOTE).orElseThrow().options()).extracting(ChoiceOption::code).containsExactly("hot");
        assertThat(s.field(LEAD_NOTE).orElseThrow().maxLength()).isEmpty();
    }

    @Test
    void convertsSingleValuesForATypeChangeOrSaysWhyNot() {
        FieldDefinition text = text("n");
        FieldDefinition integer = FieldDefinition.builder("n", FieldType.INTEGER).build();
        FieldDefinition upTo100 = FieldDefinition.builder("n", FieldType.INTEGER).max(100L).build();

        assertThat(CustomFieldSchema.convert("120", text, integer).value()).contains(120L);
        assertThat(CustomFieldSchema.convert("42", text, upTo100).value()).contains(42L);
        assertThat(CustomFieldSchema.convert("42", text, upTo100).reason()).isEmpty();
        CustomFieldSchema.Conversion tooBig = CustomFieldSchema.convert("120", text, upTo100);
        assertThat(tooBig.value()).isEmpty();
        assertThat(tooBig.reason()).contains("100");
        CustomFieldSchema.Conversion word = CustomFieldSchema.convert("dużo", text, upTo100);
        assertThat(word.value()).isEmpty();
        assertThat(word.reason()).isNotBlank();
        assertThat(CustomFieldSchema.convert(120L, integer, text).value()).contains("120");
    }

    @Test
    void refusesConversionsThatWouldLoseInformation() {
        FieldDefinition dateTime = FieldDefinition.builder("t", FieldType.DATE_TIME).build();
        FieldDefinition date = FieldDefinition.builder("t", FieldType.DATE).build();
        FieldDefinition money = FieldDefinition.builder("t", FieldType.MONEY).build();
        FieldDefinition decimal = FieldDefinition.builder("t", FieldType.DECIMAL).build();

        assertThat(CustomFieldSchema.convert(java.time.Instant.parse("2026-11-22T10:15:00Z"), dateTime, date).value())
                .isEmpty();
        assertThat(CustomFieldSchema.convert(Money.of("12.50", "PLN"), money, decimal).value()).isEmpty();
        assertThat(CustomFieldSchema.convert(java.time.LocalDate.of(2026, 11, 22), date, dateTime).value())
                .contains(java.time.Instant.parse("2026-11-22T00:00:00Z"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // of, equality

    @Test
    void ofChecksItsPartsAndKeepsTheVersionItIsGiven() {
        CustomFieldSchema copy = CustomFieldSchema.of(schema.version(), schema.sections(), schema.fields());

        assertThat(copy).isEqualTo(schema).hasSameHashCodeAs(schema);
        assertThat(CustomFieldSchema.of(99, schema.sections(), schema.fields()).version()).isEqualTo(99);
        assertThatThrownBy(() -> CustomFieldSchema.of(1, List.of(), List.of(text("a"), text("a"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CustomFieldSchema.of(1, List.of(),
                List.of(FieldDefinition.builder("a", FieldType.TEXT).section("nowhere").build())))
                .isInstanceOf(ValidationException.class);
        assertThatIllegalArgumentException().isThrownBy(() -> CustomFieldSchema.of(-1, List.of(), List.of()));
    }

    @Test
    void schemasDifferingInVersionOrFieldAreNotEqual() {
        assertThat(CustomFieldSchema.of(1, schema.sections(), schema.fields())).isNotEqualTo(schema);
        assertThat(schema.apply(new SchemaChange.DeprecateField(BUDGET)))
                .isNotEqualTo(CustomFieldSchema.of(schema.version() + 1, schema.sections(), schema.fields()));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // check

    private List<Violation> violations(FieldTarget target, Set<RoleType> roles, Map<String, ?> values) {
        return schema.check(target, roles, CustomFieldValues.of(values), CustomFieldValues.empty(), "customFields")
                .violations();
    }

    @Test
    void checkCanonicalisesJavaTypesAndFormerKeys() {
        CustomFieldSchema renamed = schema.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of("area")));

        CustomFieldSchema.Checked checked = renamed.check(FieldTarget.COMPANY, CLIENT,
                CustomFieldValues.of(Map.of(WAREHOUSE_M2, 1200, PAPER_FORMATS, List.of("a4", "a3"))),
                CustomFieldValues.empty(), "customFields");

        assertThat(checked.violations()).isEmpty();
        assertThat(checked.values().asMap()).containsOnly(Map.entry("area", 1200L),
                Map.entry(PAPER_FORMATS, Set.of("a3", "a4")));
    }

    @Test
    void checkReportsUnknownKeysWrongTypesAndBrokenRulesEachAtItsPath() {
        List<Violation> violations = violations(FieldTarget.COMPANY, LEAD, Map.of(
                "unknown_key", "x",
                WAREHOUSE_M2, "1200",
                STORAGE_STRATEGY, "lilo",
                BUDGET, Money.of("-1", "PLN")));

        assertThat(violations).extracting(Violation::path).containsExactlyInAnyOrder("customFields.unknown_key",
                "customFields." + WAREHOUSE_M2, "customFields." + STORAGE_STRATEGY, "customFields." + BUDGET);
        assertThat(violations).filteredOn(v -> v.path().endsWith(STORAGE_STRATEGY)).singleElement()
                .satisfies(v -> assertThat(v.expected()).contains(STORAGE_STRATEGY, STORAGE_STRATEGY_LABEL, "fifo"));
    }

    @Test
    void checkRequiresFieldsOnlyOfTheRolesTheyAreRequiredFor() {
        assertThat(violations(FieldTarget.COMPANY, CLIENT, Map.of())).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("customFields." + WAREHOUSE_M2);
            assertThat(v.expected()).contains(WAREHOUSE_M2, WAREHOUSE_M2_LABEL);
        });
        assertThat(violations(FieldTarget.COMPANY, LEAD, Map.of())).isEmpty();
        assertThat(violations(FieldTarget.PERSON, CLIENT, Map.of())).isEmpty();
    }

    @Test
    void checkRefusesFieldsThatDoNotApplyToTheRecord() {
        assertThat(violations(FieldTarget.COMPANY, CLIENT, Map.of(WAREHOUSE_M2, 10, LEAD_NOTE, "z targów")))
                .singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("customFields." + LEAD_NOTE);
                    assertThat(v.expected()).contains(LEAD_NOTE, LEAD_NOTE_LABEL);
                    assertThat(v.value()).doesNotContain("targów");
                });
        assertThat(violations(FieldTarget.PERSON, Set.of(), Map.of(WAREHOUSE_M2, 10))).singleElement()
                .satisfies(v -> assertThat(v.expected()).contains(WAREHOUSE_M2, WAREHOUSE_M2_LABEL));
        assertThat(violations(FieldTarget.COMPANY, Set.of(), Map.of(CONTACT_RANK, 1))).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("customFields." + CONTACT_RANK));
    }

    @Test
    void checkRefusesAValueUnderBothItsFormerAndItsCurrentKey() {
        CustomFieldSchema renamed = schema.apply(new SchemaChange.RenameKey(WAREHOUSE_M2, FieldKey.of("area")));

        List<Violation> violations = renamed.check(FieldTarget.COMPANY, LEAD,
                CustomFieldValues.of(Map.of(WAREHOUSE_M2, 1, "area", 2)), CustomFieldValues.empty(), "customFields")
                .violations();

        assertThat(violations).isNotEmpty();
    }

    @Test
    void checkLetsARetiredFieldKeepItsValueButNotChangeOrGainOne() {
        CustomFieldSchema retired = schema.apply(new SchemaChange.RetireField(BUDGET));
        CustomFieldValues stored = CustomFieldValues.of(Map.of(BUDGET, Money.of("100.00", "PLN")));

        assertThat(retired.check(FieldTarget.COMPANY, LEAD, stored, stored, "customFields").violations()).isEmpty();
        assertThat(retired.check(FieldTarget.COMPANY, LEAD, CustomFieldValues.of(Map.of(BUDGET, Money.of("100", "PLN"))),
                stored, "customFields").violations()).as("the same amount written with another scale").isEmpty();
        CustomFieldSchema.Checked leftOut = retired.check(FieldTarget.COMPANY, LEAD, CustomFieldValues.empty(), stored,
                "customFields");
        assertThat(leftOut.violations()).as("leaving the value out").isEmpty();
        assertThat(leftOut.values()).as("a retired field's stored value is kept when left out").isEqualTo(stored);
        assertThat(retired.check(FieldTarget.COMPANY, LEAD, CustomFieldValues.of(Map.of(BUDGET, Money.of("1", "PLN"))),
                stored, "customFields").violations()).singleElement()
                .satisfies(v -> assertThat(v.expected()).contains(BUDGET, ExampleSchema.BUDGET_LABEL));
        assertThat(retired.check(FieldTarget.COMPANY, LEAD, stored, CustomFieldValues.empty(), "customFields")
                .violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("customFields." + BUDGET));
    }

    @Test
    void checkLetsAHeldRetiredOptionStayButRefusesItAnew() {
        CustomFieldSchema s = schema.apply(new SchemaChange.RetireOption(PAPER_FORMATS, "b2"));
        CustomFieldValues held = CustomFieldValues.of(Map.of(PAPER_FORMATS, Set.of("b2", "a4")));

        assertThat(s.check(FieldTarget.COMPANY, LEAD, CustomFieldValues.of(Map.of(PAPER_FORMATS, List.of("b2", "a3"))),
                held, "customFields").violations()).isEmpty();
        assertThat(s.check(FieldTarget.COMPANY, LEAD, held, CustomFieldValues.empty(), "customFields").violations())
                .singleElement().satisfies(v -> assertThat(v.expected()).contains(PAPER_FORMATS, "b2"));
    }

    @Test
    void withDefaultsAddsOnlyMissingDefaultsOfApplicableWritableFields() {
        CustomFieldValues none = CustomFieldValues.empty();

        assertThat(schema.withDefaults(FieldTarget.COMPANY, Set.of(), none).asMap())
                .containsOnly(Map.entry(PAYMENT_DAYS, 14L));
        assertThat(schema.withDefaults(FieldTarget.CONTACT_PERSON, Set.of(), none).asMap()).isEmpty();
        assertThat(schema.withDefaults(FieldTarget.COMPANY, Set.of(), CustomFieldValues.of(Map.of(PAYMENT_DAYS, 30L)))
                .asMap()).containsOnly(Map.entry(PAYMENT_DAYS, 30L));
        assertThat(schema.apply(new SchemaChange.RetireField(PAYMENT_DAYS))
                .withDefaults(FieldTarget.COMPANY, Set.of(), none).asMap()).isEmpty();

        CustomFieldSchema renamed = schema.apply(new SchemaChange.RenameKey(PAYMENT_DAYS, FieldKey.of("terms")));
        assertThat(renamed.withDefaults(FieldTarget.PERSON, Set.of(), CustomFieldValues.of(Map.of(PAYMENT_DAYS, 7)))
                .asMap()).as("a value given under the former key").containsOnly(Map.entry(PAYMENT_DAYS, 7));
    }

    @Test
    void allKeysOfTheExampleAreDistinct() {
        List<String> keys = new ArrayList<>();
        schema.fields().forEach(f -> keys.add(f.key().value()));
        assertThat(keys).doesNotHaveDuplicates().hasSize(11);
    }
}
