package dev.kartoteka.benchmarks;

import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.ClientRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Creating a company in the in-memory registry (Jakarta Validation, the registry's own rules, uniqueness checks,
 * identifier and search indexes, events) against the baseline a hand-written registry would do: one Hibernate
 * Validator call and a {@code HashMap.put}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CreateBenchmarks {

    private static final int BATCH = 200_000;

    private List<Company> companies;
    private ClientRegistry registry;
    private Validator validator;
    private Map<PartyId, Company> map;
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        companies = Population.companies(BATCH, 7);
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @Setup(Level.Iteration)
    public void freshRegistry() {
        registry = ClientRegistry.inMemory();
        map = new HashMap<>();
        next = 0;
    }

    @Benchmark
    public Company createInRegistry() {
        if (next == BATCH) {
            freshRegistry();
        }
        return registry.create(companies.get(next++));
    }

    @Benchmark
    public Company createBaselineValidateAndPut() {
        if (next == BATCH) {
            freshRegistry();
        }
        Company c = companies.get(next++);
        Set<ConstraintViolation<Company>> violations = validator.validate(c);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(violations.toString());
        }
        map.put(c.id(), c);
        return c;
    }
}
