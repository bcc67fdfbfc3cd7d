package dev.kartoteka.benchmarks;

import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.registry.ClientRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Creating a validated company (Jakarta Validation + registry rules + indexing) in the in-memory registry. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CreateBenchmarks {

    private static final int BATCH = 200_000;

    private List<Company> companies;
    private ClientRegistry registry;
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        companies = Population.companies(BATCH, 7);
    }

    @Setup(Level.Iteration)
    public void freshRegistry() {
        registry = ClientRegistry.inMemory();
        next = 0;
    }

    @Benchmark
    public Company create() {
        if (next == BATCH) {
            freshRegistry();
        }
        return registry.create(companies.get(next++));
    }
}
