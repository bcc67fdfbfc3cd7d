package dev.kartoteka.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.registry.ExampleParties;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DuplicateScanTests {

    private static final DuplicateDetector DETECTOR = DuplicateDetector.defaults();
    private static final List<Person> PERSONS =
            LabelledPersons.generate(3_000, 5L).stream().map(Labelled::party).toList();

    @Test
    void theClustersAreTheConnectedComponentsOfTheMatchingPairs() {
        ScanResult scan = DETECTOR.scan(PERSONS, dev.kartoteka.core.registry.Progress.NONE);

        Map<PartyId, Set<PartyId>> graph = new HashMap<>();
        for (MatchResult m : scan.matches()) {
            graph.computeIfAbsent(m.left(), k -> new HashSet<>()).add(m.right());
            graph.computeIfAbsent(m.right(), k -> new HashSet<>()).add(m.left());
        }
        Set<Set<PartyId>> components = new HashSet<>();
        Set<PartyId> visited = new HashSet<>();
        for (PartyId start : graph.keySet()) {
            if (visited.add(start)) {
                Set<PartyId> component = new HashSet<>(List.of(start));
                ArrayDeque<PartyId> todo = new ArrayDeque<>(List.of(start));
                while (!todo.isEmpty()) {
                    for (PartyId next : graph.get(todo.poll())) {
                        if (visited.add(next)) {
                            component.add(next);
                            todo.add(next);
                        }
                    }
                }
                components.add(component);
            }
        }

        assertThat(scan.matches()).isNotEmpty();
        assertThat(scan.clusters().stream().<Set<PartyId>>map(HashSet::new).toList())
                .containsExactlyInAnyOrderElementsOf(components);
        assertThat(scan.statistics().clusters()).isEqualTo(components.size());
    }

    @Test
    void everyReportedPairScoresAsTheDetectorComparesIt() {
        // besides the generated persons, a pair for review: the same name, a birth date one keystroke off
        List<Person> persons = new ArrayList<>(PERSONS);
        persons.add(ExampleParties.person("Bożydar", "Wrzosek").birthDate(LocalDate.of(1971, 4, 12)).build());
        persons.add(ExampleParties.person("Bozydar", "Wrzosek").birthDate(LocalDate.of(1971, 4, 13)).build());
        Map<PartyId, Person> byId = new HashMap<>();
        persons.forEach(p -> byId.put(p.id(), p));
        ScanResult scan = DETECTOR.scan(persons, dev.kartoteka.core.registry.Progress.NONE);

        for (MatchResult m : scan.matches()) {
            assertThat(DETECTOR.compare(byId.get(m.left()), byId.get(m.right())).outcome()).isEqualTo(MatchOutcome.MATCH);
            assertThat(DETECTOR.compare(byId.get(m.right()), byId.get(m.left())).outcome()).isEqualTo(MatchOutcome.MATCH);
        }
        assertThat(scan.possibleMatches()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
            assertThat(DETECTOR.compare(byId.get(m.left()), byId.get(m.right())).outcome())
                    .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        });
        assertThat(scan.statistics().matches()).isEqualTo(scan.matches().size());
    }

    @Test
    void theScanFindsEveryMatchThatComparingAllPairsFindsAmongBlockedPairs() {
        List<Person> sample = PERSONS.subList(0, 600);
        DuplicateIndex index = DETECTOR.index(sample);
        ScanResult scan = index.scan(dev.kartoteka.core.registry.Progress.NONE);
        Set<List<PartyId>> scanned = new HashSet<>();
        scan.matches().forEach(m -> scanned.add(List.of(m.left(), m.right())));

        Set<List<PartyId>> bruteForce = new HashSet<>();
        for (int i = 0; i < sample.size(); i++) {
            List<PartyId> candidates = index.candidates(sample.get(i));
            for (int j = i + 1; j < sample.size(); j++) {
                if (candidates.contains(sample.get(j).id())
                        && DETECTOR.compare(sample.get(i), sample.get(j)).isMatch()) {
                    bruteForce.add(List.of(sample.get(i).id(), sample.get(j).id()));
                }
            }
        }
        long allMatches = IntStream.range(0, sample.size()).boxed().flatMap(i -> IntStream.range(i + 1, sample.size())
                .filter(j -> DETECTOR.compare(sample.get(i), sample.get(j)).isMatch()).boxed()).count();

        assertThat(scanned).isEqualTo(bruteForce);
        assertThat((long) bruteForce.size()).as("blocking lost no match of this sample").isEqualTo(allMatches);
    }

    @Test
    void parallelAndSequentialScansGiveTheSameResultInTheSameOrder() {
        ScanResult parallel = DETECTOR.scan(PERSONS, dev.kartoteka.core.registry.Progress.NONE);
        ScanResult sequential = DuplicateDetector.builder().parallel(false).build()
                .scan(PERSONS, dev.kartoteka.core.registry.Progress.NONE);

        assertThat(parallel.clusters()).isEqualTo(sequential.clusters());
        assertThat(parallel.matches()).isEqualTo(sequential.matches());
        assertThat(parallel.possibleMatches()).isEqualTo(sequential.possibleMatches());
        assertThat(parallel.statistics().candidatePairs()).isEqualTo(sequential.statistics().candidatePairs());
    }

    @Test
    void progressEndsWithEveryScoredPair() {
        AtomicLong lastDone = new AtomicLong(-1);
        AtomicLong calls = new AtomicLong();
        List<long[]> reports = new ArrayList<>();
        ScanResult scan = DETECTOR.scan(PERSONS, (done, positive, negative) -> {
            calls.incrementAndGet();
            assertThat(done).isGreaterThanOrEqualTo(lastDone.get());
            assertThat(positive + negative).isEqualTo(done);
            lastDone.set(done);
            reports.add(new long[] {done, positive});
        });

        assertThat(calls.get()).isPositive();
        assertThat(lastDone.get()).isEqualTo(scan.statistics().candidatePairs());
        assertThat(reports.get(reports.size() - 1)[1])
                .isEqualTo(scan.statistics().matches() + scan.statistics().possibleMatches());
    }

    @Test
    void findDuplicatesAnswersFromTheIndexBestFirst() {
        Pesel pesel = Pesel.of(LocalDate.of(1990, 5, 17), Sex.MALE, 77);
        Person stored = ExampleParties.person("Michał", "Żółkiewski").fromPesel(pesel)
                .addContactPoint(EmailContact.of("michal.z@example.pl")).build();
        Person namesake = ExampleParties.person("Michał", "Żółkiewski").birthDate(LocalDate.of(1990, 5, 18))
                .addContactPoint(EmailContact.of("mz.poczta@example.com")).build();
        List<Party> registry = new ArrayList<>(PERSONS);
        registry.add(stored);
        registry.add(namesake);
        DuplicateIndex index = DETECTOR.index(registry);
        Person entered = ExampleParties.person("Michal", "Zolkiewski").birthDate(LocalDate.of(1990, 5, 17))
                .addContactPoint(EmailContact.of("Michal.Z@example.pl")).build();

        List<MatchResult> found = index.findDuplicates(entered);

        assertThat(found).extracting(MatchResult::right).containsExactly(stored.id(), namesake.id());
        assertThat(found).allSatisfy(r -> assertThat(r.left()).isEqualTo(entered.id()));
        assertThat(found).isSortedAccordingTo(MatchResult.BEST_FIRST);
        assertThat(found).extracting(MatchResult::outcome)
                .containsExactly(MatchOutcome.MATCH, MatchOutcome.POSSIBLE_MATCH);
        assertThat(index.candidates(entered)).hasSizeLessThan(20).contains(stored.id(), namesake.id());
        assertThat(index.findDuplicates(stored)).extracting(MatchResult::right).doesNotContain(stored.id());
    }

    @Test
    void anOversizedBlockIsSkippedInsteadOfComparingAllItsPairs() {
        List<Person> nowaks = IntStream.range(0, 150).mapToObj(i -> ExampleParties.person("Anna", "Nowak")
                .birthDate(LocalDate.of(1950, 1, 1).plusDays(i * 40L)).build()).toList();
        DuplicateDetector small = DuplicateDetector.builder().maxBlockSize(50).build();

        ScanResult scan = small.scan(nowaks, dev.kartoteka.core.registry.Progress.NONE);

        assertThat(scan.statistics().oversizedBlocks()).isEqualTo(2); // family + initial, and the full name
        assertThat(scan.statistics().candidatePairs()).isLessThan(150L * 149 / 2 / 10);
        assertThat(scan.clusters()).isEmpty();
    }

    @Test
    void clustersAreOrderedByTheirFirstPartyInReadingOrder() {
        ScanResult scan = DETECTOR.scan(PERSONS, dev.kartoteka.core.registry.Progress.NONE);
        Map<PartyId, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < PERSONS.size(); i++) {
            position.put(PERSONS.get(i).id(), i);
        }

        assertThat(scan.clusters()).allSatisfy(c -> assertThat(c).hasSizeGreaterThanOrEqualTo(2)
                .isSortedAccordingTo(Comparator.comparing(position::get)));
        assertThat(scan.clusters()).isSortedAccordingTo(Comparator.comparing(c -> position.get(c.get(0))));
        assertThat(scan.toString()).startsWith("ScanResult[ScanStatistics[parties=3000");
    }
}
