package dev.kartoteka.benchmarks;

import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.party.RoleType;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating 1,000,000 custom-field values: 20,000 records of a 50-field schema (integers with bounds, texts with
 * length and pattern, decimals with bounds, dates, single choices). The baseline validates the same 50 fields compiled
 * into a class and annotated, with Hibernate Validator — what an application without custom fields would do.
 * Scores are per record (50 values); values per second = 50 × ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SchemaValidationBenchmarks {

    static final int RECORDS = 20_000;
    static final int FIELDS = 50;

    private CustomFieldSchema schema;
    private CustomFieldValues[] records;
    private StaticFieldsBean[] beans;
    private Validator validator;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        CustomFieldSchema s = CustomFieldSchema.empty();
        for (int i = 0; i < FIELDS; i++) {
            FieldDefinition.Builder f = switch (i % 5) {
                case 0 -> FieldDefinition.builder("f" + i, FieldType.INTEGER).min(0L).max(1_000_000L);
                case 1 -> FieldDefinition.builder("f" + i, FieldType.TEXT).minLength(1).maxLength(200)
                        .pattern("[A-Za-z0-9 ]+");
                case 2 -> FieldDefinition.builder("f" + i, FieldType.DECIMAL).scale(2)
                        .min(new BigDecimal("0.00")).max(new BigDecimal("100000.00"));
                case 3 -> FieldDefinition.builder("f" + i, FieldType.DATE).max(LocalDate.of(2026, 11, 22));
                default -> FieldDefinition.builder("f" + i, FieldType.SINGLE_CHOICE)
                        .option("a", "A").option("b", "B").option("c", "C").option("d", "D");
            };
            s = s.apply(new SchemaChange.AddField(f.label("Field " + i).required(true).build()));
        }
        schema = s;
        records = new CustomFieldValues[RECORDS];
        beans = new StaticFieldsBean[RECORDS];
        for (int r = 0; r < RECORDS; r++) {
            StaticFieldsBean bean = StaticFieldsBean.valid(r);
            beans[r] = bean;
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < FIELDS; i++) {
                try {
                    values.put("f" + i, StaticFieldsBean.class.getDeclaredField("f" + i).get(bean));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            records[r] = CustomFieldValues.of(values);
        }
        validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        if (!schema.check(FieldTarget.COMPANY, Set.of(), records[0], CustomFieldValues.empty(), "customFields")
                .violations().isEmpty() || !validator.validate(beans[0]).isEmpty()) {
            throw new IllegalStateException("benchmark data must be valid");
        }
    }

    @Benchmark
    public int customFieldSchema() {
        CustomFieldValues v = records[next++ % RECORDS];
        return schema.check(FieldTarget.COMPANY, Set.<RoleType>of(), v, CustomFieldValues.empty(), "customFields")
                .violations().size();
    }

    @Benchmark
    public int baselineHibernateValidatorOnStaticFields() {
        return validator.validate(beans[next++ % RECORDS]).size();
    }

    /** One pass over all 1,000,000 values, for a wall-clock figure. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(1)
    public int customFieldSchemaMillionValues() {
        int violations = 0;
        for (CustomFieldValues v : records) {
            violations += schema.check(FieldTarget.COMPANY, Set.<RoleType>of(), v, CustomFieldValues.empty(),
                    "customFields").violations().size();
        }
        return violations;
    }
}
