package dev.kartoteka.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
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

    private static Person haas(LocalDate born) {
        return ExampleParties.person("Matthias", "Haas").birthDate(born).build();
    }

    /** Namesakes of Matthias Haas, born years and months apart from each other and from 1955-07-08. */
    private static List<Person> haasNamesakes(int count) {
        return IntStream.range(0, count).mapToObj(i -> haas(LocalDate.of(1961 + 5 * i, 1 + i, 3 + 2 * i))).toList();
    }

    @Test
    void besideARareNameABirthDateOrPhoneOneKeystrokeOffIsAMatchWithinAnIndex() {
        // the public RLdata500 pair: one name, the month mistyped, nothing else recorded
        Person a = haas(LocalDate.of(1955, 7, 8));
        Person b = haas(LocalDate.of(1955, 8, 8));
        List<Person> namesakes = haasNamesakes(7);

        // compared alone the pair knows no other party: a near date beside a name is for review
        assertThat(DETECTOR.compare(a, b).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        // eight bearers of the name at most: a match, in a scan, in a lookup and in the live index
        List<Person> eight = new ArrayList<>(List.of(a, b));
        eight.addAll(namesakes.subList(0, 6));
        ScanResult scan = DETECTOR.scan(eight, dev.kartoteka.core.registry.Progress.NONE);
        assertThat(scan.clusters()).singleElement()
                .satisfies(c -> assertThat(c).containsExactlyInAnyOrder(a.id(), b.id()));
        assertThat(scan.matches()).singleElement().satisfies(m -> {
            assertThat(m.score()).isEqualTo(0.875);
            assertThat(m.explanation()).filteredOn(c -> c.field() == MatchField.BIRTH_DATE).singleElement()
                    .satisfies(c -> assertThat(c.similarity()).isEqualTo(0.5))
                    .satisfies(c -> assertThat(c.contribution()).isEqualTo(3 * 0.75))
                    .satisfies(c -> assertThat(c.toString()).endsWith("= 0.500 × 3.0, counted 2.25"));
        });
        List<Person> stored = eight.stream().filter(p -> p != b).toList();
        assertThat(DETECTOR.index(stored).findDuplicates(b))
                .extracting(MatchResult::right, MatchResult::outcome)
                .containsExactly(tuple(a.id(), MatchOutcome.MATCH));
        LiveDuplicateIndex live = LiveDuplicateIndex.empty(DETECTOR);
        stored.forEach(live::put);
        assertThat(live.findDuplicates(b)).extracting(MatchResult::right, MatchResult::outcome)
                .containsExactly(tuple(a.id(), MatchOutcome.MATCH));
        // a stored party looked up again is not counted twice
        assertThat(DETECTOR.index(eight).findDuplicates(b)).extracting(MatchResult::outcome)
                .containsExactly(MatchOutcome.MATCH);

        // nine bearers: a common name, whose namesakes may be born a keystroke apart
        List<Person> nine = new ArrayList<>(eight);
        nine.add(namesakes.get(6));
        ScanResult common = DETECTOR.scan(nine, dev.kartoteka.core.registry.Progress.NONE);
        assertThat(common.clusters()).isEmpty();
        assertThat(common.possibleMatches()).extracting(MatchResult::outcome).containsExactly(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.index(nine.subList(1, 9)).findDuplicates(a)).extracting(MatchResult::outcome)
                .containsExactly(MatchOutcome.POSSIBLE_MATCH);
        live.put(namesakes.get(6));
        live.put(b);
        assertThat(live.findDuplicates(a)).extracting(MatchResult::outcome)
                .containsExactly(MatchOutcome.POSSIBLE_MATCH);

        // a phone one keystroke off, no birth dates
        Person withPhone = ExampleParties.person("Matthias", "Haas")
                .addContactPoint(dev.kartoteka.core.party.PhoneContact.of("601 234 567")).build();
        Person mistyped = ExampleParties.person("Matthias", "Haas")
                .addContactPoint(dev.kartoteka.core.party.PhoneContact.of("601 234 576")).build();
        assertThat(DETECTOR.compare(withPhone, mistyped).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.scan(List.of(withPhone, mistyped), dev.kartoteka.core.registry.Progress.NONE).clusters())
                .hasSize(1);
    }

    /** The outcome of a pair scored as an index scores it where {@code bearers} parties bear each spelling. */
    private static MatchOutcome withinIndex(Person a, Person b, int bearers) {
        return Scorer.score(MatchRules.defaultsForPersons(), DuplicateIndex.profileOf(DETECTOR, a),
                DuplicateIndex.profileOf(DETECTOR, b), p -> bearers).outcome();
    }

    private static Person nowak(String given, LocalDate born) {
        return ExampleParties.person(given, "Nowak").birthDate(born).build();
    }

    @Test
    void aRareNameMistypedIsOneWordOneKeystrokeOffAndNoOtherName() {
        LocalDate born = LocalDate.of(1990, 3, 12);
        LocalDate typo = LocalDate.of(1992, 3, 12);
        Person a = haas(LocalDate.of(1955, 7, 8));
        // one keystroke off: a match where few bear either spelling, a review where many do
        Person mistyped = ExampleParties.person("Mathias", "Haas").birthDate(LocalDate.of(1955, 8, 8)).build();
        assertThat(withinIndex(a, mistyped, 1)).isEqualTo(MatchOutcome.MATCH);
        assertThat(withinIndex(mistyped, a, 1)).isEqualTo(MatchOutcome.MATCH);
        assertThat(withinIndex(a, mistyped, 5)).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        // two keystrokes off: another name
        Person other = ExampleParties.person("Mathias", "Hass").birthDate(LocalDate.of(1955, 8, 8)).build();
        assertThat(withinIndex(a, other, 1)).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        // two common given names a keystroke apart, a man's and a woman's form, two initials: two people as likely
        assertThat(withinIndex(nowak("Maria", born), nowak("Marta", typo), 1)).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(withinIndex(nowak("Mario", born), nowak("Maria", typo), 1)).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(withinIndex(nowak("Jan A.", born), nowak("Jan B.", typo), 1))
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        // a garbled given name is a typo
        assertThat(withinIndex(nowak("Marai", born), nowak("Maria", typo), 1)).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aMistypedNameIsOneWordOfThreeLettersOrMoreOneKeystrokeOff() {
        assertThat(Similarity.mistypedName("haas matthias", "haas mathias")).isTrue();
        assertThat(Similarity.mistypedName("klein karl", "kleibn karl")).isTrue();
        assertThat(Similarity.mistypedName("haas matthias", "hass mathias")).as("two words").isFalse();
        assertThat(Similarity.mistypedName("ed nowak", "ex nowak")).as("two letters").isFalse();
        assertThat(Similarity.mistypedName("maria nowak", "marta nowak")).as("two common names").isFalse();
        assertThat(Similarity.mistypedName("ivan petrenko", "ivana petrenko")).as("a woman's form").isFalse();
        assertThat(Similarity.mistypedName("jan kowalski", "jan kowalska")).as("a woman's form").isFalse();
        assertThat(Similarity.mistypedName("anna nowak", "anna nowak")).as("one name").isFalse();
    }

    @Test
    void aRareNameMistypedCountsTheBearersOfBothSpellings() {
        // the public RLdata500 pair: a letter typed into the given name and the month mistyped, nothing else
        Person a = haas(LocalDate.of(1955, 7, 8));
        Person typo = ExampleParties.person("Mathias", "Haas").birthDate(LocalDate.of(1955, 8, 8)).build();
        List<Person> namesakes = haasNamesakes(7);

        assertThat(DETECTOR.compare(a, typo).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        // seven bearers of one spelling and one of the other: a match, in a scan, a lookup and the live index
        List<Person> stored = new ArrayList<>(List.of(a));
        stored.addAll(namesakes.subList(0, 6));
        List<Person> eight = new ArrayList<>(stored);
        eight.add(typo);
        ScanResult scan = DETECTOR.scan(eight, dev.kartoteka.core.registry.Progress.NONE);
        assertThat(scan.clusters()).singleElement()
                .satisfies(c -> assertThat(c).containsExactlyInAnyOrder(a.id(), typo.id()));
        assertThat(scan.matches()).singleElement().satisfies(m -> assertThat(m.explanation())
                .filteredOn(c -> c.field() == MatchField.BIRTH_DATE).singleElement()
                .satisfies(c -> assertThat(c.contribution()).isEqualTo(3 * 0.75)));
        assertThat(DETECTOR.index(stored).findDuplicates(typo)).extracting(MatchResult::right, MatchResult::outcome)
                .containsExactly(tuple(a.id(), MatchOutcome.MATCH));
        LiveDuplicateIndex live = LiveDuplicateIndex.empty(DETECTOR);
        stored.forEach(live::put);
        // the candidate is counted among its own spelling's bearers only, not also among the stored party's
        assertThat(live.findDuplicates(typo)).extracting(MatchResult::right, MatchResult::outcome)
                .containsExactly(tuple(a.id(), MatchOutcome.MATCH));

        // eight bearers of one spelling and one of the other: nine, a common name
        List<Person> nine = new ArrayList<>(eight);
        nine.add(namesakes.get(6));
        ScanResult common = DETECTOR.scan(nine, dev.kartoteka.core.registry.Progress.NONE);
        assertThat(common.clusters()).isEmpty();
        assertThat(common.possibleMatches()).extracting(MatchResult::outcome)
                .containsExactly(MatchOutcome.POSSIBLE_MATCH);
        live.put(namesakes.get(6));
        assertThat(live.findDuplicates(typo)).extracting(MatchResult::outcome)
                .containsExactly(MatchOutcome.POSSIBLE_MATCH);
    }

    @Test
    void aMistypedIdentifierThatNeitherDecidesNorRulesOutGetsNoRareNameCredit() {
        // a phone made a decisive identifier typed by hand: one keystroke off, it is skipped, not counted
        DuplicateDetector detector = DuplicateDetector.builder().personRules(MatchRules.defaultsForPersons()
                .withRule(FieldRule.of(MatchField.PHONE, MatchMethod.EXACT_OR_TYPO, 2.5).withDecisive(true))).build();
        Person a = ExampleParties.person("Matthias", "Haas").addContactPoint(
                dev.kartoteka.core.party.PhoneContact.of("601 234 567"))
                .addContactPoint(PostalAddress.polish("ul. Długa", "7", "06-400", "Ciechanów")).build();
        Person b = ExampleParties.person("Matthias", "Haas").addContactPoint(
                dev.kartoteka.core.party.PhoneContact.of("601 234 568"))
                .addContactPoint(PostalAddress.polish("ul. Długa", "7", "06-410", "Ciechanów")).build();

        MatchResult alone = detector.compare(a, b);
        ScanResult scan = detector.scan(List.of(a, b), dev.kartoteka.core.registry.Progress.NONE);
        List<MatchResult> found = new ArrayList<>(scan.matches());
        found.addAll(scan.possibleMatches());

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(alone.outcome());
            assertThat(r.score()).isEqualTo(alone.score());
            assertThat(r.explanation()).filteredOn(c -> c.field() == MatchField.PHONE).singleElement()
                    .satisfies(c -> assertThat(c.contribution()).isZero());
        });
    }

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
        // besides the generated persons, a pair for review: the same name, a birth date one keystroke off, and seven
        // namesakes, so that the name is no rare one
        List<Person> persons = new ArrayList<>(PERSONS);
        persons.add(ExampleParties.person("Bożydar", "Wrzosek").birthDate(LocalDate.of(1971, 4, 12)).build());
        persons.add(ExampleParties.person("Bozydar", "Wrzosek").birthDate(LocalDate.of(1971, 4, 13)).build());
        for (int year : new int[] {1932, 1940, 1948, 1955, 1962, 1980, 1995}) {
            persons.add(ExampleParties.person("Bożydar", "Wrzosek").birthDate(LocalDate.of(year, 9, 30)).build());
        }
        Map<PartyId, Person> byId = new HashMap<>();
        persons.forEach(p -> byId.put(p.id(), p));
        ScanResult scan = DETECTOR.scan(persons, dev.kartoteka.core.registry.Progress.NONE);

        int rare = 0;
        for (MatchResult m : scan.matches()) {
            MatchOutcome alone = DETECTOR.compare(byId.get(m.left()), byId.get(m.right())).outcome();
            assertThat(DETECTOR.compare(byId.get(m.right()), byId.get(m.left())).outcome()).isEqualTo(alone);
            if (alone != MatchOutcome.MATCH) {
                // compared alone a pair knows no namesakes: only the rare-name rule makes the scan's match
                assertThat(alone).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
                assertThat(m.explanation()).anySatisfy(c -> {
                    assertThat(c.similarity()).isEqualTo(0.5);
                    assertThat(c.contribution()).isEqualTo(c.rule().weight() * 0.75);
                });
                rare++;
            }
        }
        assertThat(rare).as("rare-name matches among the generated persons").isLessThan(scan.matches().size() / 50);
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
        List<Person> persons = withFathersAndSons();
        ScanResult parallel = DETECTOR.scan(persons, dev.kartoteka.core.registry.Progress.NONE);
        ScanResult sequential = DuplicateDetector.builder().parallel(false).build()
                .scan(persons, dev.kartoteka.core.registry.Progress.NONE);

        assertThat(parallel.heldApart()).isNotEmpty().isEqualTo(sequential.heldApart());

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
        // born a keystroke apart, another e-mail: a namesake, for review (nothing against the pair would make a rare
        // name's bearer a match)
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

    private static final PostalAddress HOME = PostalAddress.polish("al. Krawieca", "23", "26-760", "Radom");

    private static Person.Builder grzegorz() {
        return ExampleParties.person("Grzegorz", "Krysiak").addContactPoint(HOME);
    }

    @Test
    void aRecordMatchingAFatherAndHisSonJoinsTheOneItMatchesClearlyBetter() {
        Person father = grzegorz().birthDate(LocalDate.of(1944, 11, 19))
                .addContactPoint(EmailContact.of("g.krysiak@example.com")).build();
        Person son = grzegorz().birthDate(LocalDate.of(1974, 6, 15))
                .addContactPoint(EmailContact.of("krysiak.grzegorz@example.pl")).build();
        Person sonAgain = grzegorz().addContactPoint(EmailContact.of("krysiak.grzegorz@example.pl")).build();
        List<Person> persons = List.of(father, son, sonAgain);
        assertThat(DETECTOR.compare(father, sonAgain).outcome()).as("the rules alone").isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(son, sonAgain).score()).isGreaterThan(DETECTOR.compare(father, sonAgain).score());

        ScanResult scan = DETECTOR.scan(persons, dev.kartoteka.core.registry.Progress.NONE);

        assertThat(scan.clusters()).containsExactly(List.of(son.id(), sonAgain.id()));
        assertThat(scan.matches()).extracting(MatchResult::left, MatchResult::right)
                .containsExactly(tuple(son.id(), sonAgain.id()));
        assertThat(scan.heldApart()).singleElement().satisfies(held -> {
            assertThat(List.of(held.left(), held.right())).containsExactlyInAnyOrder(father.id(), sonAgain.id());
            assertThat(held.outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
            assertThat(held.score()).isEqualTo(DETECTOR.compare(father, sonAgain).score());
        });
        assertThat(scan.possibleMatches()).containsAll(scan.heldApart());
        assertThat(scan.statistics().matches()).isEqualTo(1);
        assertThat(scan.statistics().possibleMatches()).isEqualTo(scan.possibleMatches().size());
    }

    @Test
    void aRecordMatchingAFatherAndHisSonEquallyWellJoinsNeither() {
        Person father = grzegorz().birthDate(LocalDate.of(1944, 11, 19)).build();
        Person son = grzegorz().birthDate(LocalDate.of(1974, 6, 15)).build();
        Person either = grzegorz().build();

        ScanResult scan = DETECTOR.scan(List.of(father, son, either), dev.kartoteka.core.registry.Progress.NONE);

        assertThat(scan.clusters()).isEmpty();
        assertThat(scan.matches()).isEmpty();
        assertThat(scan.heldApart()).extracting(held -> Set.of(held.left(), held.right()))
                .containsExactlyInAnyOrder(Set.of(father.id(), either.id()), Set.of(son.id(), either.id()));
        assertThat(scan.heldApart()).allSatisfy(held -> assertThat(held.outcome())
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH));
    }

    @Test
    void recordsOfOnePersonWithDifferentTyposOfTheBirthDateStayOneCluster() {
        // each re-entry one keystroke from the truth, two from each other; the PESEL ties the first two
        Pesel pesel = Pesel.of(LocalDate.of(1995, 10, 10), Sex.FEMALE, 42);
        Person truth = ExampleParties.person("Helena", "Nowakowska").fromPesel(pesel).addContactPoint(HOME).build();
        Person dayTypo = ExampleParties.person("Helena", "Nowakowska").birthDate(LocalDate.of(1995, 10, 16))
                .addContactPoint(HOME).build();
        Person monthTypo = ExampleParties.person("Helena", "Nowakowska").birthDate(LocalDate.of(1995, 12, 10))
                .addContactPoint(HOME).build();

        ScanResult scan = DETECTOR.scan(List.of(truth, dayTypo, monthTypo), dev.kartoteka.core.registry.Progress.NONE);

        assertThat(scan.clusters()).containsExactly(List.of(truth.id(), dayTypo.id(), monthTypo.id()));
        assertThat(scan.heldApart()).isEmpty();
    }

    @Test
    void noClusterHoldsTwoPartiesThatContradictEachOther() {
        List<Person> persons = withFathersAndSons();
        Map<PartyId, Person> byId = new HashMap<>();
        persons.forEach(p -> byId.put(p.id(), p));
        DuplicateIndex index = DETECTOR.index(persons);
        ScanResult scan = index.scan(dev.kartoteka.core.registry.Progress.NONE);

        for (List<PartyId> cluster : scan.clusters()) {
            for (int i = 0; i < cluster.size(); i++) {
                for (int j = i + 1; j < cluster.size(); j++) {
                    Profile a = DuplicateIndex.profileOf(DETECTOR, byId.get(cluster.get(i)));
                    Profile b = DuplicateIndex.profileOf(DETECTOR, byId.get(cluster.get(j)));
                    assertThat(Scorer.contradicts(MatchRules.defaultsForPersons(), a, b)).as("%s", cluster).isFalse();
                    assertThat(Scorer.contradicts(MatchRules.defaultsForPersons(), b, a)).as("%s", cluster).isFalse();
                }
            }
        }
        assertThat(scan.heldApart()).hasSizeGreaterThanOrEqualTo(80).allSatisfy(held -> {
            assertThat(held.outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
            assertThat(DETECTOR.compare(byId.get(held.left()), byId.get(held.right())).outcome())
                    .isEqualTo(MatchOutcome.MATCH);
        });
    }

    /** The generated persons plus fathers and sons of one name at one address, each re-entered without a birth date. */
    private static List<Person> withFathersAndSons() {
        List<Person> persons = new ArrayList<>(PERSONS);
        for (int i = 0; i < 40; i++) {
            PostalAddress home = PostalAddress.polish("ul. Lipowa", String.valueOf(i + 1), "26-760", "Radom");
            String given = List.of("Jan", "Piotr", "Marek", "Tomasz").get(i % 4);
            persons.add(ExampleParties.person(given, "Wrzos").birthDate(LocalDate.of(1950 + i % 7, 3, 1 + i % 20))
                    .addContactPoint(home).build());
            persons.add(ExampleParties.person(given, "Wrzos").birthDate(LocalDate.of(1980 + i % 9, 7, 2 + i % 25))
                    .addContactPoint(home).build());
            persons.add(ExampleParties.person(given, "Wrzos").addContactPoint(home).build());
        }
        return persons;
    }
}
