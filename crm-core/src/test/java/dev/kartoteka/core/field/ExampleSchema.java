package dev.kartoteka.core.field;

import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.RoleType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The custom-field schema of issue 3's "done when" scenario, for tests: a warehouse-software seller and a printing
 * house keep their own fields in sections for leads and clients, and on contact persons.
 *
 * <ul>
 *   <li>{@value #WAREHOUSE_M2}: INTEGER 0 to 1,000,000, companies only, required of clients;</li>
 *   <li>{@value #STORAGE_STRATEGY}: SINGLE_CHOICE fifo/lifo/fefo, companies only;</li>
 *   <li>{@value #PAPER_FORMATS}: MULTIPLE_CHOICE a4/a3/b2/sra3, companies and persons;</li>
 *   <li>{@value #BUDGET}: MONEY in PLN, at least 0 PLN;</li>
 *   <li>{@value #LEAD_NOTE}: TEXT of at most 40 characters, only for parties holding the LEAD role;</li>
 *   <li>{@value #NEXT_VISIT}: DATE from 2020-01-01;</li>
 *   <li>{@value #PAYMENT_DAYS}: INTEGER 0 to 120 with the default 14, companies and persons;</li>
 *   <li>{@value #DISCOUNT}: DECIMAL with one decimal place, 0 to 100, companies and persons;</li>
 *   <li>{@value #ERP_CODE}: TEXT matching {@code [A-Z]{3}-[0-9]{4}}, unique, companies and persons, no section;</li>
 *   <li>{@value #CONTACT_RANK}: INTEGER 1 to 5, contact persons only;</li>
 *   <li>{@value #DECISION_MAKER}: BOOLEAN, contact persons only.</li>
 * </ul>
 */
public final class ExampleSchema {

    public static final Currency PLN = Currency.getInstance("PLN");
    public static final Currency EUR = Currency.getInstance("EUR");

    public static final String WAREHOUSE = "warehouse";
    public static final String PRINTING = "printing";
    public static final String SALES = "sales";
    public static final String CONTACT = "contact";

    public static final String WAREHOUSE_M2 = "warehouse_m2";
    public static final String WAREHOUSE_M2_LABEL = "Powierzchnia magazynu";
    public static final String STORAGE_STRATEGY = "storage_strategy";
    public static final String STORAGE_STRATEGY_LABEL = "Strategia składowania";
    public static final String PAPER_FORMATS = "paper_formats";
    public static final String PAPER_FORMATS_LABEL = "Formaty papieru";
    public static final String BUDGET = "budget";
    public static final String BUDGET_LABEL = "Budżet";
    public static final String LEAD_NOTE = "lead_note";
    public static final String LEAD_NOTE_LABEL = "Notatka o leadzie";
    public static final String NEXT_VISIT = "next_visit";
    public static final String NEXT_VISIT_LABEL = "Następna wizyta";
    public static final String PAYMENT_DAYS = "payment_days";
    public static final String PAYMENT_DAYS_LABEL = "Termin płatności";
    public static final String DISCOUNT = "discount";
    public static final String DISCOUNT_LABEL = "Rabat";
    public static final String ERP_CODE = "erp_code";
    public static final String ERP_CODE_LABEL = "Kod ERP";
    public static final String CONTACT_RANK = "contact_rank";
    public static final String CONTACT_RANK_LABEL = "Ranga kontaktu";
    public static final String DECISION_MAKER = "decision_maker";
    public static final String DECISION_MAKER_LABEL = "Decydent";

    /** The keys in the order {@link CustomFieldSchema#fields()} must list them: by section, display order, key. */
    public static final List<String> KEYS_IN_DISPLAY_ORDER = List.of(WAREHOUSE_M2, STORAGE_STRATEGY, PAPER_FORMATS,
            BUDGET, LEAD_NOTE, NEXT_VISIT, PAYMENT_DAYS, DISCOUNT, CONTACT_RANK, DECISION_MAKER, ERP_CODE);

    private ExampleSchema() {
    }

    /** @return the four sections, deliberately not in display order */
    public static List<Section> sections() {
        return List.of(
                Section.of(SALES, "Sprzedaż: leady i klienci", 30),
                Section.of(WAREHOUSE, "Magazyn", 10),
                Section.of(CONTACT, "Osoby kontaktowe", 40),
                Section.of(PRINTING, "Drukarnia", 20));
    }

    /** @return the eleven fields, deliberately not in display order */
    public static List<FieldDefinition> fields() {
        return List.of(
                FieldDefinition.builder(ERP_CODE, FieldType.TEXT).label(ERP_CODE_LABEL)
                        .appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON)
                        .pattern("[A-Z]{3}-[0-9]{4}").unique(true).build(),
                FieldDefinition.builder(PAYMENT_DAYS, FieldType.INTEGER).label(PAYMENT_DAYS_LABEL)
                        .section(SALES).displayOrder(4).appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON)
                        .min(0L).max(120L).defaultValue(14).build(),
                FieldDefinition.builder(STORAGE_STRATEGY, FieldType.SINGLE_CHOICE).label(STORAGE_STRATEGY_LABEL)
                        .section(WAREHOUSE).displayOrder(2).appliesTo(FieldTarget.COMPANY)
                        .option("fifo", "FIFO").option("lifo", "LIFO").option("fefo", "FEFO").build(),
                FieldDefinition.builder(WAREHOUSE_M2, FieldType.INTEGER)
                        .label(LocalizedText.of(WAREHOUSE_M2_LABEL).with(Locale.ENGLISH, "Warehouse area"))
                        .help(LocalizedText.of("Powierzchnia w metrach kwadratowych"))
                        .section(WAREHOUSE).displayOrder(1).appliesTo(FieldTarget.COMPANY)
                        .min(0L).max(1_000_000L).requiredForRoles(RoleType.CLIENT).build(),
                FieldDefinition.builder(PAPER_FORMATS, FieldType.MULTIPLE_CHOICE).label(PAPER_FORMATS_LABEL)
                        .section(PRINTING).displayOrder(1).appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON)
                        .option("a4", "A4").option("a3", "A3").option("b2", "B2").option("sra3", "SRA3").build(),
                FieldDefinition.builder(DISCOUNT, FieldType.DECIMAL).label(DISCOUNT_LABEL).scale(1)
                        .section(SALES).displayOrder(5).appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON)
                        .min(java.math.BigDecimal.ZERO).max(new java.math.BigDecimal("100")).build(),
                FieldDefinition.builder(BUDGET, FieldType.MONEY).label(BUDGET_LABEL).currency(PLN)
                        .section(SALES).displayOrder(1).appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON)
                        .min(Money.of("0", "PLN")).build(),
                FieldDefinition.builder(LEAD_NOTE, FieldType.TEXT).label(LEAD_NOTE_LABEL)
                        .section(SALES).displayOrder(2).appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON)
                        .onlyForRoles(RoleType.LEAD).maxLength(40).build(),
                FieldDefinition.builder(NEXT_VISIT, FieldType.DATE).label(NEXT_VISIT_LABEL)
                        .section(SALES).displayOrder(3).appliesTo(FieldTarget.COMPANY, FieldTarget.PERSON)
                        .min(java.time.LocalDate.of(2020, 1, 1)).build(),
                FieldDefinition.builder(DECISION_MAKER, FieldType.BOOLEAN).label(DECISION_MAKER_LABEL)
                        .section(CONTACT).displayOrder(2).appliesTo(FieldTarget.CONTACT_PERSON).build(),
                FieldDefinition.builder(CONTACT_RANK, FieldType.INTEGER).label(CONTACT_RANK_LABEL)
                        .section(CONTACT).displayOrder(1).appliesTo(FieldTarget.CONTACT_PERSON)
                        .min(1L).max(5L).build());
    }

    /** @return the changes that build the schema from the empty one: every section, then every field */
    public static List<SchemaChange> changes() {
        List<SchemaChange> changes = new ArrayList<>();
        sections().forEach(s -> changes.add(new SchemaChange.AddSection(s)));
        fields().forEach(f -> changes.add(new SchemaChange.AddField(f)));
        return changes;
    }

    /** @return the schema, version {@code changes().size()} */
    public static CustomFieldSchema schema() {
        CustomFieldSchema schema = CustomFieldSchema.empty();
        for (SchemaChange change : changes()) {
            schema = schema.apply(change);
        }
        return schema;
    }
}
