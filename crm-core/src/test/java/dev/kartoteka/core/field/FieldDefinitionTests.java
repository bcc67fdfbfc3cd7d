package dev.kartoteka.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.RoleType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldDefinitionTests {

    private static FieldDefinition.Builder field(FieldType type) {
        return FieldDefinition.builder("some_field", type);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // what the builder gives

    @Test
    void buildsTheDefinitionOfTheJavadocExample() {
        FieldDefinition area = FieldDefinition.builder("warehouse_m2", FieldType.INTEGER)
                .label(LocalizedText.of("Powierzchnia magazynu").with(Locale.ENGLISH, "Warehouse area"))
                .section("warehouse").appliesTo(FieldTarget.COMPANY)
                .min(0L).max(1_000_000L).requiredForRoles(RoleType.CLIENT)
                .build();

        assertThat(area.key()).isEqualTo(FieldKey.of("warehouse_m2"));
        assertThat(area.type()).isEqualTo(FieldType.INTEGER);
        assertThat(area.label().text()).isEqualTo("Powierzchnia magazynu");
        assertThat(area.label().in(Locale.ENGLISH)).isEqualTo("Warehouse area");
        assertThat(area.section()).contains("warehouse");
        assertThat(area.targets()).containsExactly(FieldTarget.COMPANY);
        assertThat(area.roles()).isEmpty();
        assertThat(area.min()).contains(0L);
        assertThat(area.max()).contains(1_000_000L);
        assertThat(area.requiredForRoles()).containsExactly(RoleType.CLIENT);
        assertThat(area.required()).isFalse();
        assertThat(area.status()).isEqualTo(FieldStatus.ACTIVE);
        assertThat(area.unique()).isFalse();
        assertThat(area.formerKeys()).isEmpty();
        assertThat(area.defaultValue()).isEmpty();
    }

    @Test
    void labelDefaultsToTheKey() {
        assertThat(field(FieldType.TEXT).build().label()).isEqualTo(LocalizedText.of("some_field"));
    }

    @Test
    void appliesToEverythingAndAnyRoleWhenNotRestricted() {
        FieldDefinition f = field(FieldType.TEXT).build();

        assertThat(f.targets()).isEqualTo(EnumSet.allOf(FieldTarget.class));
        assertThat(f.appliesTo(FieldTarget.CONTACT_PERSON, Set.of())).isTrue();
        assertThat(f.appliesTo(FieldTarget.PERSON, Set.of(RoleType.SUPPLIER))).isTrue();
    }

    @Test
    void decimalScaleDefaultsToTwo() {
        assertThat(field(FieldType.DECIMAL).build().scale()).hasValue(2);
        assertThat(field(FieldType.DECIMAL).scale(0).build().scale()).hasValue(0);
        assertThat(field(FieldType.INTEGER).build().scale()).isEmpty();
    }

    @Test
    void rejectsAKeyNotOfTheKeyForm() {
        assertThatThrownBy(() -> FieldDefinition.builder("Warehouse m2", FieldType.INTEGER))
                .isInstanceOf(ValidationException.class);
        assertThatNullPointerException().isThrownBy(() -> FieldDefinition.builder("k", null));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // coherence: parameters that do not fit the type

    @Test
    void rejectsAScaleOnANonDecimalField() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.INTEGER).scale(2).build())
                .withMessageContaining("some_field").withMessageContaining("scale");
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.MONEY).scale(2).build());
    }

    @Test
    void rejectsAScaleOutOfRangeWhenItIsSet() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.DECIMAL).scale(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.DECIMAL).scale(19));
        assertThat(field(FieldType.DECIMAL).scale(18).build().scale()).hasValue(18);
    }

    @Test
    void rejectsACurrencyOnANonMoneyField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.DECIMAL).currency(Currency.getInstance("PLN")).build())
                .withMessageContaining("some_field");
    }

    @Test
    void rejectsOptionsOnANonChoiceField() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.TEXT).option("a", "A").build())
                .withMessageContaining("some_field").withMessageContaining("option");
    }

    @Test
    void rejectsAChoiceFieldWithoutOptions() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.SINGLE_CHOICE).build())
                .withMessageContaining("some_field");
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.MULTIPLE_CHOICE).build())
                .withMessageContaining("some_field");
    }

    @Test
    void rejectsTheSameOptionCodeTwiceWhenItIsAdded() {
        FieldDefinition.Builder b = field(FieldType.SINGLE_CHOICE).option("a", "A");

        assertThatIllegalArgumentException().isThrownBy(() -> b.option("a", "Another A")).withMessageContaining("a");
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.SINGLE_CHOICE)
                .options(List.of(ChoiceOption.of("x", "X"), ChoiceOption.of("x", "Y"))));
    }

    @Test
    void rejectsMinGreaterThanMax() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.INTEGER).min(10L).max(9L).build())
                .withMessageContaining("some_field");
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.DATE)
                .min(LocalDate.of(2026, 1, 2)).max(LocalDate.of(2026, 1, 1)).build());
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.MONEY)
                .min(Money.of("10.00", "PLN")).max(Money.of("9.99", "PLN")).build());
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.DECIMAL)
                .min(new BigDecimal("0.5")).max(new BigDecimal("0.49")).build());
    }

    @Test
    void acceptsMinEqualToMax() {
        FieldDefinition f = field(FieldType.INTEGER).min(7).max(7L).build();

        assertThat(f.min()).contains(7L);
        assertThat(f.max()).contains(7L);
    }

    @Test
    void rejectsBoundsOnATypeWithoutOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.TEXT).min("a").build());
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.BOOLEAN).max(true).build());
    }

    @Test
    void rejectsBoundsOfAnotherType() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.INTEGER).min("0").build())
                .withMessageContaining("some_field");
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.DATE).max(2026).build());
    }

    @Test
    void rejectsLengthsOrAPatternOnANonTextField() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.INTEGER).maxLength(3).build());
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.EMAIL).minLength(3).build());
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.SINGLE_CHOICE).option("a", "A")
                .pattern("[a-z]+").build());
    }

    @Test
    void rejectsANegativeMinLengthAndAMinLengthAboveTheMaxLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.TEXT).minLength(-1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.TEXT).minLength(5).maxLength(4).build());
        assertThat(field(FieldType.TEXT).minLength(4).maxLength(4).build().maxLength()).hasValue(4);
    }

    @Test
    void rejectsAMaxLengthNoTextCanSatisfy() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.TEXT).maxLength(-1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.TEXT).maxLength(0).build());
        assertThat(field(FieldType.TEXT).maxLength(1).build().maxLength()).hasValue(1);
    }

    @Test
    void rejectsADefaultOnAUniqueField() {
        // every new party would get the same value, and only the first could be stored
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.TEXT).unique(true).defaultValue("x")
                .build()).withMessageContaining("some_field");
    }

    @Test
    void rejectsAPatternThatDoesNotCompileWhenItIsSet() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.TEXT).pattern("[a-z"))
                .withMessageContaining("some_field");
    }

    @Test
    void rejectsUniqueOnBooleanMultipleChoiceAndLongText() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.BOOLEAN).unique(true).build())
                .withMessageContaining("some_field");
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.MULTIPLE_CHOICE).option("a", "A")
                .unique(true).build());
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.LONG_TEXT).unique(true).build());
    }

    @Test
    void acceptsUniqueOnTypesWhoseValuesIdentify() {
        for (FieldType type : List.of(FieldType.TEXT, FieldType.INTEGER, FieldType.EMAIL, FieldType.PHONE,
                FieldType.URL, FieldType.DATE)) {
            assertThat(field(type).unique(true).build().unique()).as("%s", type).isTrue();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the default value

    @Test
    void rejectsADefaultOfAnotherType() {
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.INTEGER).defaultValue("14").build())
                .withMessageContaining("some_field");
        assertThatIllegalArgumentException().isThrownBy(() -> field(FieldType.BOOLEAN).defaultValue("yes").build());
    }

    @Test
    void rejectsADefaultThatBreaksTheFieldsOwnRules() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.INTEGER).min(10L).defaultValue(9).build())
                .withMessageContaining("some_field");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.INTEGER).max(10L).defaultValue(11L).build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.TEXT).maxLength(3).defaultValue("four").build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.TEXT).minLength(5).defaultValue("four").build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.TEXT).pattern("[0-9]+").defaultValue("12a").build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.TEXT).defaultValue("  ").build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.SINGLE_CHOICE).option("a", "A").defaultValue("b").build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.SINGLE_CHOICE).option("a", "A")
                        .option(ChoiceOption.of("b", "B").asRetired()).defaultValue("b").build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.MULTIPLE_CHOICE).option("a", "A").defaultValue(Set.of()).build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.DECIMAL).scale(1).defaultValue(new BigDecimal("0.25")).build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.MONEY).currency(Currency.getInstance("PLN"))
                        .defaultValue(Money.of("5", "EUR")).build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> field(FieldType.URL).defaultValue(java.net.URI.create("ftp://example.com/")).build());
    }

    @Test
    void keepsADefaultThatObeysTheRulesInItsCanonicalForm() {
        assertThat(field(FieldType.INTEGER).min(0L).defaultValue(14).build().defaultValue()).contains(14L);
        FieldDefinition formats = field(FieldType.MULTIPLE_CHOICE).option("a4", "A4").option("a3", "A3")
                .defaultValue(List.of("a4", "a3")).build();
        assertThat(formats.defaultValue()).contains(Set.of("a3", "a4"));
        assertThat(new java.util.ArrayList<Object>((Set<?>) formats.defaultValue().orElseThrow())).containsExactly("a3", "a4");
        // a decimal is stored at its field's scale (FieldType.DECIMAL)
        assertThat(field(FieldType.DECIMAL).defaultValue(5).build().defaultValue()).contains(new BigDecimal("5.00"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // applicability and requirement

    @Test
    void appliesOnlyToItsTargetsAndToHoldersOfOneOfItsRoles() {
        FieldDefinition leadNote = field(FieldType.TEXT).appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON)
                .onlyForRoles(RoleType.LEAD, RoleType.PARTNER).build();

        assertThat(leadNote.appliesTo(FieldTarget.COMPANY, Set.of(RoleType.LEAD))).isTrue();
        assertThat(leadNote.appliesTo(FieldTarget.PERSON, Set.of(RoleType.CLIENT, RoleType.PARTNER))).isTrue();
        assertThat(leadNote.appliesTo(FieldTarget.COMPANY, Set.of(RoleType.CLIENT))).isFalse();
        assertThat(leadNote.appliesTo(FieldTarget.COMPANY, Set.of())).isFalse();
        assertThat(leadNote.appliesTo(FieldTarget.CONTACT_PERSON, Set.of(RoleType.LEAD))).isFalse();
    }

    @Test
    void isRequiredOnlyWhileActiveAndOnlyWhereItApplies() {
        FieldDefinition area = field(FieldType.INTEGER).appliesTo(FieldTarget.COMPANY)
                .requiredForRoles(RoleType.CLIENT).build();

        assertThat(area.requiredOf(FieldTarget.COMPANY, Set.of(RoleType.CLIENT))).isTrue();
        assertThat(area.requiredOf(FieldTarget.COMPANY, Set.of(RoleType.LEAD))).isFalse();
        assertThat(area.requiredOf(FieldTarget.PERSON, Set.of(RoleType.CLIENT))).isFalse();
        assertThat(area.toBuilder().status(FieldStatus.DEPRECATED).build()
                .requiredOf(FieldTarget.COMPANY, Set.of(RoleType.CLIENT))).isFalse();
        assertThat(area.toBuilder().status(FieldStatus.RETIRED).build()
                .requiredOf(FieldTarget.COMPANY, Set.of(RoleType.CLIENT))).isFalse();

        FieldDefinition always = field(FieldType.INTEGER).required(true).build();
        assertThat(always.requiredOf(FieldTarget.PERSON, Set.of())).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // canonical values

    @Test
    void canonicalValueWidensLosslesslyIntoTheJavaTypeOfTheField() {
        FieldDefinition integer = field(FieldType.INTEGER).build();
        assertThat(integer.canonicalValue(120)).contains(120L);
        assertThat(integer.canonicalValue((short) 7)).contains(7L);
        assertThat(integer.canonicalValue(BigInteger.valueOf(9))).contains(9L);
        assertThat(integer.canonicalValue(new BigDecimal("12.0"))).contains(12L);
        assertThat(integer.canonicalValue(new BigDecimal("12.5"))).isEmpty();
        assertThat(integer.canonicalValue(BigInteger.ONE.shiftLeft(70))).isEmpty();
        assertThat(integer.canonicalValue("120")).isEmpty();
        assertThat(integer.canonicalValue(1.0d)).isEmpty();

        FieldDefinition decimal = field(FieldType.DECIMAL).build();
        assertThat(decimal.canonicalValue(5)).contains(new BigDecimal("5.00"));
        assertThat(decimal.canonicalValue(new BigDecimal("5.5"))).contains(new BigDecimal("5.50"));
        assertThat(decimal.canonicalValue(new BigDecimal("1E+1"))).contains(new BigDecimal("10.00"));
        assertThat(decimal.canonicalValue(new BigDecimal("5.500"))).contains(new BigDecimal("5.50"));

        FieldDefinition multiple = field(FieldType.MULTIPLE_CHOICE).option("b", "B").option("a", "A").build();
        Optional<Object> codes = multiple.canonicalValue(List.of("b", "a", "b"));
        assertThat(codes).contains(Set.of("a", "b"));
        assertThat(new java.util.ArrayList<Object>((Set<?>) codes.orElseThrow())).containsExactly("a", "b");
        assertThat(multiple.canonicalValue(List.of("a", 1))).isEmpty();
        assertThat(multiple.canonicalValue("a")).isEmpty();

        assertThat(field(FieldType.BOOLEAN).build().canonicalValue("true")).isEmpty();
        assertThat(field(FieldType.DATE).build().canonicalValue("2026-01-01")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> integer.canonicalValue(null));
    }

    @Test
    void findsOptionsActiveOrRetiredByCode() {
        FieldDefinition f = field(FieldType.SINGLE_CHOICE).option("fifo", "FIFO")
                .option(ChoiceOption.of("lifo", "LIFO").asRetired()).build();

        assertThat(f.option("fifo")).map(ChoiceOption::retired).contains(false);
        assertThat(f.option("lifo")).map(ChoiceOption::retired).contains(true);
        assertThat(f.option("fefo")).isEmpty();
        assertThat(f.options()).extracting(ChoiceOption::code).containsExactly("fifo", "lifo");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // copies and equality

    @Test
    void toBuilderMakesAnEqualCopyAndChangedCopiesDiffer() {
        FieldDefinition f = ExampleSchema.fields().stream().filter(d -> d.key().value().equals(ExampleSchema.WAREHOUSE_M2))
                .findFirst().orElseThrow();

        assertThat(f.toBuilder().build()).isEqualTo(f).hasSameHashCodeAs(f);
        assertThat(f.toBuilder().label("Inna etykieta").build()).isNotEqualTo(f);
        assertThat(f.toBuilder().max(999L).build()).isNotEqualTo(f);
        assertThat(f.toBuilder().status(FieldStatus.DEPRECATED).build()).isNotEqualTo(f);
    }

    @Test
    void formerKeysNeverContainTheCurrentKey() {
        FieldDefinition f = field(FieldType.TEXT)
                .formerKeys(List.of(FieldKey.of("old_one"), FieldKey.of("some_field"))).build();

        assertThat(f.formerKeys()).containsExactly(FieldKey.of("old_one"));
    }

    @Test
    void listsAreUnmodifiable() {
        FieldDefinition f = field(FieldType.SINGLE_CHOICE).option("a", "A").build();

        assertThatThrownBy(() -> f.options().add(ChoiceOption.of("b", "B")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.targets().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
