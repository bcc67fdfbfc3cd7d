package dev.kartoteka.benchmarks;

import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory registry against what an application would write by hand over a {@code List} of the same parties
 * (the baseline): a diacritics-insensitive name + city + role search with sorting and a page, and a lookup by NIP.
 * Report the registry's figures as a ratio to the baseline measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RegistryBenchmarks {

    @Param({"100000"})
    public int parties;

    private ClientRegistry registry;
    private List<Company> list;
    private Nip probeNip;
    private final LocalDate today = LocalDate.of(2026, 11, 22);
    private PartyQuery query;

    @Setup(Level.Trial)
    public void fill() {
        list = Population.companies(parties, 42);
        registry = ClientRegistry.inMemory();
        list.forEach(registry::create);
        probeNip = list.get(parties / 2).nip().orElseThrow();
        query = PartyQuery.builder().name("lodzka").city("lodz").role(RoleType.CLIENT).asOf(today).page(0, 20).build();
    }

    @Benchmark
    public Page<Party> searchRegistry() {
        return registry.search(query);
    }

    @Benchmark
    public List<Company> searchBaselineListScan() {
        return list.stream()
                .filter(c -> fold(c.legalName()).contains("lodzka"))
                .filter(c -> c.contactPoints(PostalAddress.class).stream().anyMatch(a -> fold(a.city()).equals("lodz")))
                .filter(c -> c.hasRole(RoleType.CLIENT, today))
                .sorted(Comparator.comparing((Company c) -> fold(c.displayName())).thenComparing(Party::id))
                .limit(20)
                .toList();
    }

    @Benchmark
    public List<Party> findByNipRegistry() {
        return registry.findByIdentifier(probeNip);
    }

    @Benchmark
    public List<Company> findByNipBaselineListScan() {
        return list.stream().filter(c -> c.nip().filter(probeNip::equals).isPresent()).toList();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ł', 'l').replace('Ł', 'L').toLowerCase(Locale.ROOT);
    }
}
