package dev.kartoteka.core.field;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.MutableClock;
import dev.kartoteka.core.spi.PartyStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The invariants of issue 3, as QuickTheories properties with the build's fixed seed:
 * <ol>
 *   <li>every value the schema accepts survives the JSON round trip unchanged, with its Java type — and so does the
 *       schema;</li>
 *   <li>every value that breaks a rule is rejected with a violation at {@code customFields.<key>} that names the key
 *       and the label;</li>
 *   <li>schema evolution never loses a stored value: after every change, applied or refused, each value is still
 *       there — the same, under its possibly renamed key, or converted by an applied type change.</li>
 * </ol>
 */
class CustomFieldPropertyTests {

    // ---------------------------------------------------------------------------------------------------------------
    // (a) JSON round trip

    @Test
    void everyAcceptedValueSurvivesTheJsonRoundTripWithItsJavaType() {
        qt().withExamples(2000).forAll(FieldGenerators.accepted()).checkAssert(c -> {
            CustomFieldSchema schema = CustomFieldSchema.empty().apply(new SchemaChange.AddField(c.field()));
            String key = c.field().key().value();

            CustomFieldSchema.Checked checked = schema.check(FieldTarget.COMPANY, Set.of(),
                    CustomFieldValues.of(Map.of(key, c.value())), CustomFieldValues.empty(), "customFields");
            assertThat(checked.violations()).as("%s must be accepted", c).isEmpty();
            CustomFieldValues stored = checked.values();

            CustomFieldValues read = CustomFieldJson.valuesFromJson(CustomFieldJson.valuesToJson(stored), schema);

            assertThat(read).as("%s", c).isEqualTo(stored);
            assertSameRepresentation(stored.get(key).orElseThrow(), read.get(key).orElseThrow(), c.toString());
            assertThat(c.field().type().javaType()).isAssignableFrom(read.get(key).orElseThrow().getClass());
        });
    }

    @Test
    void schemasOfRandomFieldsSurviveTheJsonRoundTripAndSoDoTheirValues() {
        qt().withExamples(300).forAll(lists().of(FieldGenerators.accepted()).ofSizeBetween(1, 14)).checkAssert(cases -> {
            Map<String, FieldGenerators.Accepted> byKey = new LinkedHashMap<>();
            cases.forEach(c -> byKey.putIfAbsent(c.field().key().value(), c));
            CustomFieldSchema schema = CustomFieldSchema.empty();
            Map<String, Object> given = new TreeMap<>();
            for (FieldGenerators.Accepted c : byKey.values()) {
                schema = schema.apply(new SchemaChange.AddField(c.field()));
                given.put(c.field().key().value(), c.value());
            }

            CustomFieldSchema readSchema = CustomFieldJson.schemaFromJson(CustomFieldJson.schemaToJson(schema));
            assertThat(readSchema).isEqualTo(schema);

            CustomFieldSchema.Checked checked = schema.check(FieldTarget.PERSON, Set.of(), CustomFieldValues.of(given),
                    CustomFieldValues.empty(), "customFields");
            assertThat(checked.violations()).isEmpty();
            CustomFieldValues read = CustomFieldJson.valuesFromJson(CustomFieldJson.valuesToJson(checked.values()),
                    readSchema);
            assertThat(read).isEqualTo(checked.values());
            read.asMap().forEach((k, v) -> assertSameRepresentation(checked.values().get(k).orElseThrow(), v, k));
        });
    }

    /** Equal is not enough for decimals and money: the scale must survive too. */
    private static void assertSameRepresentation(Object stored, Object read, String what) {
        if (stored instanceof Set<?>) {
            assertThat(read).as(what).isInstanceOf(Set.class);
        } else {
            assertThat(read).as(what).isExactlyInstanceOf(stored.getClass());
        }
        if (stored instanceof BigDecimal d) {
            assertThat(((BigDecimal) read).scale()).as("scale of %s", what).isEqualTo(d.scale());
        }
        if (stored instanceof Money m) {
            assertThat(((Money) read).amount().scale()).as("amount scale of %s", what).isEqualTo(m.amount().scale());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // (b) rejection names the field

    @Test
    void everyValueBreakingARuleIsRejectedWithAViolationNamingKeyAndLabel() {
        qt().withExamples(2000).forAll(FieldGenerators.refused()).checkAssert(c -> {
            CustomFieldSchema schema = CustomFieldSchema.empty().apply(new SchemaChange.AddField(c.field()));
            String key = c.field().key().value();

            List<Violation> violations = schema.check(FieldTarget.COMPANY, Set.of(),
                    CustomFieldValues.of(Map.of(key, c.value())), CustomFieldValues.empty(), "customFields")
                    .violations();

            assertThat(violations).as("%s", c).anySatisfy(v -> {
                assertThat(v.path()).isEqualTo("customFields." + key);
                assertThat(v.expected()).contains(key).contains(c.field().label().text());
                if (!c.field().type().isChoice()) {
                    assertThat(v.value()).as("masked").doesNotContain(String.valueOf(c.value()));
                }
            });
            assertThat(violations).allSatisfy(v -> assertThat(v.path()).isEqualTo("customFields." + key));
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // (c) evolution never loses a stored value

    private static final List<FieldType> TYPES = List.of(FieldType.TEXT, FieldType.INTEGER, FieldType.DECIMAL,
            FieldType.DATE, FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE, FieldType.BOOLEAN, FieldType.MONEY);
    private static final List<String> OPTIONS = List.of("o1", "o2", "o3", "o4");
    private static final List<String> TEXTS = List.of("120", "-7", "3.50", "2026-01-15", "o1", "o2", "abc", "true",
            "12.50 PLN", "o1,o2", "o3");
    private static final Currency PLN = Currency.getInstance("PLN");

    /** One step of a random evolution: interpreted against the schema of the moment. */
    private record Step(int kind, int field, int param) {
    }

    /** Where a set of values lives: a party's own values, or its first contact person's. */
    private record Location(PartyId party, boolean contactPerson) {
    }

    private static Gen<Step> steps() {
        return integers().between(0, 10).zip(integers().between(0, 5), integers().between(0, 1000), Step::new);
    }

    private static ChangeStats stats;

    /** Counts what the property exercised, so that it cannot pass by refusing everything. */
    private static final class ChangeStats {
        final Map<String, int[]> appliedAndRefused = new TreeMap<>();

        void count(SchemaChange change, boolean applied) {
            appliedAndRefused.computeIfAbsent(change.getClass().getSimpleName(), k -> new int[2])[applied ? 0 : 1]++;
        }

        int applied(String kind) {
            return appliedAndRefused.getOrDefault(kind, new int[2])[0];
        }

        int refused(String kind) {
            return appliedAndRefused.getOrDefault(kind, new int[2])[1];
        }
    }

    @Test
    void schemaEvolutionNeverLosesAStoredValue() {
        stats = new ChangeStats();
        qt().withExamples(150).withShrinkCycles(40)
                .forAll(lists().of(integers().between(0, TYPES.size() - 1)).ofSizeBetween(3, 6),
                        lists().of(integers().between(0, 100_000)).ofSizeBetween(60, 60),
                        lists().of(steps()).ofSizeBetween(1, 25))
                .checkAssert(this::evolutionKeepsEveryValue);
        System.out.println("schema evolution property, changes applied/refused: " + stats.appliedAndRefused.entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                .collect(Collectors.joining(", ")));

        assertThat(stats.applied("ChangeType")).as("type changes applied").isGreaterThan(20);
        assertThat(stats.refused("ChangeType")).as("type changes refused").isGreaterThan(20);
        assertThat(stats.applied("RenameKey")).as("renames applied").isGreaterThan(20);
        assertThat(stats.refused("RenameKey")).as("renames refused").isGreaterThan(5);
        assertThat(stats.applied("RetireField") + stats.applied("ReactivateField")).isGreaterThan(20);
        assertThat(stats.applied("AddOption") + stats.applied("RetireOption")).isGreaterThan(20);
        assertThat(stats.applied("UpdateField")).as("rule updates applied").isGreaterThan(5);
        assertThat(stats.refused("UpdateField")).as("rule updates refused").isGreaterThan(5);
    }

    private static Object initialValue(FieldType type, int r) {
        return switch (type) {
            case TEXT -> TEXTS.get(r % TEXTS.size());
            case INTEGER -> (long) (r % 600 - 50);
            case DECIMAL -> BigDecimal.valueOf(r % 10_000 - 500, r % 3).setScale(2);
            case DATE -> LocalDate.of(2026, 1, 1).plusDays(r % 400);
            case SINGLE_CHOICE -> OPTIONS.get(r % OPTIONS.size());
            case MULTIPLE_CHOICE -> {
                Set<String> codes = new TreeSet<>();
                int mask = r % 15 + 1;
                for (int i = 0; i < OPTIONS.size(); i++) {
                    if ((mask & (1 << i)) != 0) {
                        codes.add(OPTIONS.get(i));
                    }
                }
                yield codes;
            }
            case BOOLEAN -> r % 2 == 0;
            case MONEY -> new Money(BigDecimal.valueOf(r % 100_000, r % 3), PLN);
            default -> throw new AssertionError(type);
        };
    }

    private static FieldDefinition definition(int index, FieldType type) {
        FieldDefinition.Builder b = FieldDefinition.builder("f" + index, type).label("Pole " + index);
        if (type.isChoice()) {
            OPTIONS.forEach(o -> b.option(o, o.toUpperCase()));
        }
        if (type == FieldType.MONEY) {
            b.currency(PLN);
        }
        return b.build();
    }

    private void evolutionKeepsEveryValue(List<Integer> typeIndices, List<Integer> randomness, List<Step> steps) {
        ClientRegistry registry = ClientRegistry.builder().store(PartyStore.inMemory()).clock(new MutableClock())
                .build();
        int n = typeIndices.size();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = "f" + i;
            registry.evolveSchema(registry.schema().version(),
                    new SchemaChange.AddField(definition(i, TYPES.get(typeIndices.get(i)))));
        }
        List<String> originalKeys = List.of(keys.clone());

        // one person and four companies, each company with the person as contact person; values by randomness
        int[] cursor = {0};
        java.util.function.Supplier<Integer> next = () -> randomness.get(cursor[0]++ % randomness.size());
        java.util.function.Supplier<Map<String, Object>> values = () -> {
            Map<String, Object> m = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                int r = next.get();
                if (r % 4 != 3) {
                    m.put(keys[i], initialValue(TYPES.get(typeIndices.get(i)), r / 4));
                }
            }
            return m;
        };
        Person.Builder pb = Person.builder().givenNames("Anna").familyName("Nowak");
        values.get().forEach(pb::customField);
        Person person = registry.create(pb.build());
        List<Location> locations = new ArrayList<>(List.of(new Location(person.id(), false)));
        for (int c = 0; c < 4; c++) {
            Company.Builder cb = Company.builder().legalName("Firma " + c);
            values.get().forEach(cb::customField);
            ContactPerson cp = ContactPerson.of(person.id(), LocalDate.of(2026, 1, 1));
            for (Map.Entry<String, Object> e : values.get().entrySet()) {
                cp = cp.withCustomField(e.getKey(), e.getValue());
            }
            Company company = registry.create(cb.addContactPerson(cp).build());
            locations.add(new Location(company.id(), false));
            locations.add(new Location(company.id(), true));
        }

        Map<Location, CustomFieldValues> model = read(registry, locations);
        assertThat(model.values().stream().mapToInt(CustomFieldValues::size).sum()).isPositive();

        int stepNumber = 0;
        for (Step step : steps) {
            stepNumber++;
            CustomFieldSchema before = registry.schema();
            int field = step.field() % n;
            FieldDefinition current = before.field(keys[field]).orElseThrow();
            SchemaChange change = change(step, stepNumber, field, keys, current);
            boolean applied;
            try {
                registry.evolveSchema(before.version(), change);
                applied = true;
            } catch (ValidationException refused) {
                applied = false;
            }
            stats.count(change, applied);
            Map<Location, CustomFieldValues> now = read(registry, locations);
            String what = "step " + stepNumber + " " + change + (applied ? " applied" : " refused");
            if (!applied) {
                assertThat(registry.schema()).as(what).isEqualTo(before);
                assertThat(now).as(what).isEqualTo(model);
                continue;
            }
            assertThat(registry.schema().version()).as(what).isEqualTo(before.version() + 1);
            String oldKey = keys[field];
            if (change instanceof SchemaChange.RenameKey rename) {
                keys[field] = rename.newKey().value();
            }
            FieldDefinition after = registry.schema().field(keys[field]).orElseThrow();
            for (Location at : locations) {
                CustomFieldValues was = model.get(at);
                CustomFieldValues is = now.get(at);
                Set<String> expectedKeys = was.keys().stream().map(k -> k.equals(oldKey) ? keys[field] : k)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(is.keys()).as("%s: keys at %s", what, at).isEqualTo(expectedKeys);
                for (String k : was.keys()) {
                    Object old = was.get(k).orElseThrow();
                    Object value = is.get(k.equals(oldKey) ? keys[field] : k).orElseThrow();
                    if (k.equals(oldKey) && change instanceof SchemaChange.ChangeType) {
                        assertThat(after.type().javaType()).as("%s: type of %s at %s", what, k, at)
                                .isAssignableFrom(value.getClass());
                        assertThat(equivalent(old, value)).as("%s: %s at %s was %s, is %s", what, k, at,
                                FieldGenerators.describe(old), FieldGenerators.describe(value)).isTrue();
                    } else {
                        assertThat(value).as("%s: %s at %s", what, k, at).isEqualTo(old);
                    }
                }
            }
            // every key the field ever had still resolves to it
            for (int i = 0; i < n; i++) {
                assertThat(registry.schema().field(originalKeys.get(i))).map(f -> f.key().value())
                        .as("%s: original key %s", what, originalKeys.get(i)).contains(keys[i]);
            }
            model = now;
        }
    }

    private static SchemaChange change(Step step, int stepNumber, int field, String[] keys, FieldDefinition current) {
        String key = keys[field];
        int p = step.param();
        return switch (step.kind()) {
            case 0 -> {
                FieldKey newKey;
                if (p % 4 == 0) {
                    newKey = FieldKey.of(keys[(field + 1 + p) % keys.length]); // another field's key, or its own
                } else if (p % 4 == 1 && !current.formerKeys().isEmpty()) {
                    newKey = current.formerKeys().iterator().next();
                } else {
                    newKey = FieldKey.of("k" + stepNumber + "_" + field);
                }
                yield new SchemaChange.RenameKey(p % 3 == 0 ? key : current.formerKeys().stream().findFirst()
                        .map(FieldKey::value).orElse(key), newKey);
            }
            case 1 -> new SchemaChange.DeprecateField(key);
            case 2 -> new SchemaChange.RetireField(key);
            case 3 -> new SchemaChange.ReactivateField(key);
            case 4 -> new SchemaChange.AddOption(key, ChoiceOption.of("n" + stepNumber, "Nowa " + stepNumber));
            case 5 -> new SchemaChange.RetireOption(key, "o" + p % 5);
            case 6, 7 -> {
                FieldType to = TYPES.get(p % TYPES.size());
                List<ChoiceOption> options = to.isChoice() && !current.type().isChoice()
                        ? OPTIONS.stream().map(o -> ChoiceOption.of(o, o)).toList() : List.of();
                yield new SchemaChange.ChangeType(key, to, to == FieldType.DECIMAL ? OptionalInt.of(p % 4)
                        : OptionalInt.empty(), to == FieldType.MONEY && p % 2 == 0 ? Optional.of(PLN) : Optional.empty(),
                        options);
            }
            case 8 -> new SchemaChange.UpdateField(stricter(current, p));
            case 9 -> new SchemaChange.ChangeLabel(key, LocalizedText.of("Etykieta " + stepNumber), Optional.empty());
            default -> new SchemaChange.MoveField(key, Optional.empty(), p);
        };
    }

    /** The field with a rule some stored values may break. */
    private static FieldDefinition stricter(FieldDefinition f, int p) {
        FieldDefinition.Builder b = f.toBuilder();
        switch (f.type()) {
            case TEXT -> b.maxLength(1 + p % 6);
            case INTEGER -> b.max((long) (p % 600 - 50));
            case DECIMAL -> b.max(BigDecimal.valueOf(p % 10_000 - 500, 2));
            case DATE -> b.max(LocalDate.of(2026, 1, 1).plusDays(p % 400));
            case MONEY -> b.max(new Money(BigDecimal.valueOf(p % 100_000, 2), f.currency().orElse(PLN)));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<ChoiceOption> kept = new ArrayList<>(f.options());
                kept.remove(p % kept.size());
                if (kept.stream().noneMatch(o -> !o.retired())) {
                    kept.add(ChoiceOption.of("fresh", "Fresh"));
                }
                b.options(kept);
            }
            default -> b.required(p % 2 == 0);
        }
        return b.build();
    }

    private static Map<Location, CustomFieldValues> read(ClientRegistry registry, List<Location> locations) {
        Map<Location, CustomFieldValues> out = new HashMap<>();
        for (Location at : locations) {
            Party p = registry.get(at.party());
            out.put(at, at.contactPerson() ? ((Company) p).contactPersons().get(0).customFields() : p.customFields());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // "the same value in its text form", written from the conversions SchemaChange.ChangeType documents

    /** Whether a converted value still says what the old one said: same text form, or the same number or amount. */
    static boolean equivalent(Object old, Object converted) {
        String a = text(old);
        String b = text(converted);
        if (a.equals(b)) {
            return true;
        }
        Optional<BigDecimal> x = number(a);
        Optional<BigDecimal> y = number(b);
        return x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) == 0;
    }

    /** The text form of a stored value. */
    static String text(Object v) {
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Money m) {
            return m.amount().toPlainString() + " " + m.currency().getCurrencyCode();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
        }
        return String.valueOf(v);
    }

    /** A number, or the amount of an amount of money in PLN, read from a text form. */
    private static Optional<BigDecimal> number(String s) {
        String t = s.endsWith(" PLN") ? s.substring(0, s.length() - 4) : s;
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Test
    void equivalenceUsedByTheEvolutionPropertyIsNotTrivial() {
        assertThat(equivalent("120", 120L)).isTrue();
        assertThat(equivalent(120L, new BigDecimal("120.00"))).isTrue();
        assertThat(equivalent(120L, Money.of("120", "PLN"))).isTrue();
        assertThat(equivalent("o1,o2", Set.of("o2", "o1"))).isTrue();
        assertThat(equivalent("o1", Set.of("o1"))).isTrue();
        assertThat(equivalent("120", 121L)).isFalse();
        assertThat(equivalent("o1,o2", Set.of("o1"))).isFalse();
        assertThat(equivalent(true, "false")).isFalse();
        assertThat(equivalent(LocalDate.of(2026, 1, 15), "2026-01-16")).isFalse();
    }
}
