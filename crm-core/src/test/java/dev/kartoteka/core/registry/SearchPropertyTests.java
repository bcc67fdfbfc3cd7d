package dev.kartoteka.core.registry;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.LeadDetails;
import dev.kartoteka.core.party.LeadSource;
import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.spi.PartyStore;
import dev.kartoteka.core.spi.ReferenceFold;
import dev.kartoteka.core.spi.SearchText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A search returns exactly the page that a brute-force filter over the same parties computes, and
 * {@link ClientRegistry#forEachMatch} exactly every match, in order. The reference here
 * folds, filters, sorts and pages on its own ({@link ReferenceFold}), following {@link PartyQuery}'s javadoc.
 */
class SearchPropertyTests {

    private static final LocalDate TODAY = MutableClock.START.atZone(java.time.ZoneOffset.UTC).toLocalDate();

    private static final List<String> COMPANY_NAMES = List.of("Łódź Trans", "Żółw", "ŻÓŁW Logistyka", "Acme Polska",
            "ACME", "Gęś i Syn", "Pszczółka", "Śnieżka", "Zdrój", "Kowalski i Wspólnicy", "Nowak", "Ćma Studio",
            "Ośrodek  Łąka", "Źródło", "Ślęża", "Bóbr", "Dąb", "Łoś", "Ærø Shipping", "Straße GmbH");
    private static final List<String> SHORT_NAMES = List.of("Żółw", "Acme", "Łoś", "Trans", "zolw", "Gęś", "Bóbr");
    private static final List<String> GIVEN_NAMES = List.of("Anna", "Łukasz", "Żaneta", "Ścibor", "Jan", "Anna Maria",
            "Zoë", "Małgorzata", "Piotr", "Ewa");
    private static final List<String> FAMILY_NAMES = List.of("Kowalska", "Nowak", "Wójcik", "Żak", "Łęcka", "Gołąb",
            "Kołodziej", "Kowalski", "Kowalska-Nowak", "Dąbrowska");
    private static final List<String> CITIES = List.of("Łódź", "ŁÓDŹ", "Warszawa", "Kraków", "Gdańsk", "Zielona Góra",
            "Bielsko-Biała", "lodz");
    private static final List<String> DISTRICTS = List.of("Bałuty", "Mokotów", "Śródmieście", "Wola", "Żoliborz",
            "Podgórze", "MOKOTOW");
    private static final List<String> POSTAL_PREFIXES = List.of("00", "02", "30", "80", "90", "91");
    private static final List<String> POSTAL_SUFFIXES = List.of("001", "012", "512", "926", "100");
    private static final List<String> TAGS = List.of("vip", "targi 2026", "łódzkie", "key account", "b2b");
    private static final List<UserId> OWNERS = List.of(UserId.of("alice"), UserId.of("bob"), UserId.of("carol"));
    private static final List<RoleType> ROLE_TYPES = List.of(RoleType.LEAD, RoleType.CLIENT, RoleType.PARTNER,
            RoleType.SUPPLIER);

    private static final List<String> NAME_QUERIES = List.of("lodz", "ŁÓDŹ", "zolw", "ŻÓŁW", "acme", "kowal",
            "kowalska anna", "anna kowalska", "nowak", "a", "ska", "trans", "łąka", "osrodek laka", "osrodek  łąka",
            "ges", "GĘŚ I", "bobr", "zoe", "aero", "strasse", "maria", "anna maria", "zak", "lecka", "dab", "x");
    private static final List<String> CITY_QUERIES = List.of("lodz", "ŁÓDŹ", "Łódź", "warszawa", "krakow", "GDANSK",
            "zielona gora", "bielsko-biala", "Gdynia");
    private static final List<String> DISTRICT_QUERIES = List.of("baluty", "mokotow", "Śródmieście", "WOLA",
            "zoliborz", "podgorze", "Ochota");
    private static final List<String> POSTAL_QUERIES = List.of("0", "02", "02-", "90-", "9", "90-9", "91 0", "80-1",
            "30-512", "1");
    private static final List<String> TAG_QUERIES = List.of("vip", "VIP", "targi   2026", "Łódzkie", "b2b", "none");

    // ---------------------------------------------------------------------------------------------------------------
    // the property

    private final AtomicInteger queriesRun = new AtomicInteger();
    private final AtomicInteger queriesWithMatches = new AtomicInteger();
    private final AtomicInteger queriesWithItems = new AtomicInteger();

    @Test
    void searchPagesAndForEachMatchReturnExactlyWhatABruteForceFilterComputes() {
        qt().withExamples(40).withShrinkCycles(50)
                .forAll(lists().of(parties()).ofSizeBetween(30, 150), lists().of(queries()).ofSizeBetween(15, 30))
                .checkAssert(this::searchAgreesWithBruteForce);
        System.out.printf("search property: %d queries, %d with matches, %d with a non-empty page%n",
                queriesRun.get(), queriesWithMatches.get(), queriesWithItems.get());

        // the generators must make the property bite: many queries match something, many pages are not empty
        assertThat(queriesWithMatches.get()).as("queries with matches").isGreaterThan(queriesRun.get() / 4);
        assertThat(queriesWithItems.get()).as("queries with a non-empty page").isGreaterThan(queriesRun.get() / 8);
    }

    @Test
    void foldingIsIdempotentAndAgreesWithTheDocumentedRules() {
        qt().forAll(text()).checkAssert(s -> {
            String folded = SearchText.fold(s);
            assertThat(SearchText.fold(folded)).as("fold(fold(%s))", s).isEqualTo(folded);
            assertThat(folded).as("fold(%s)", s).isEqualTo(ReferenceFold.fold(s));
        });
    }

    @Test
    void postalCodeFoldingAgreesWithTheDocumentedRules() {
        qt().forAll(postalText()).checkAssert(s -> assertThat(SearchText.foldPostalCode(s)).as("foldPostalCode(%s)", s)
                .isEqualTo(ReferenceFold.foldPostalCode(s)));
    }

    private void searchAgreesWithBruteForce(List<PartySpec> population, List<QuerySpec> queries) {
        MutableClock clock = new MutableClock();
        ClientRegistry registry = ClientRegistry.builder().store(PartyStore.inMemory()).clock(clock).build();
        List<Party> created = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            PartySpec spec = population.get(i);
            clock.advance(Duration.ofSeconds(spec.secondsBefore()));
            created.add(registry.create(spec.toParty(TODAY, i)));
        }
        List<Party> stored = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            Party p = created.get(i);
            PartySpec spec = population.get(i);
            if (spec.touched()) {
                clock.advance(Duration.ofSeconds(spec.secondsBefore()));
                p = registry.update(p.toBuilder().tag("touched").build());
            }
            if (spec.archived()) {
                p = registry.archive(p.id(), p.version());
            }
            stored.add(p);
        }
        clock.advance(Duration.ofDays(population.size() % 3));
        LocalDate today = clock.today();

        for (QuerySpec q : queries) {
            PartyQuery query = q.toQuery();
            Page<Party> actual = registry.search(query);
            Expected expected = bruteForce(stored, q, today);
            queriesRun.incrementAndGet();
            queriesWithMatches.addAndGet(expected.total() > 0 ? 1 : 0);
            queriesWithItems.addAndGet(expected.page().isEmpty() ? 0 : 1);
            assertThat(actual.totalItems()).as("total of %s", q).isEqualTo(expected.total());
            assertThat(actual.items()).as("items of %s", q).containsExactlyElementsOf(expected.page());
            assertThat(actual.pageNumber()).isEqualTo(q.pageNumber());
            assertThat(actual.pageSize()).isEqualTo(q.pageSize());
            assertThat(actual.hasNext()).as("hasNext of %s", q)
                    .isEqualTo((long) (q.pageNumber() + 1) * q.pageSize() < expected.total());
            List<Party> walked = new ArrayList<>();
            registry.forEachMatch(query, walked::add);
            assertThat(walked).as("every match of %s", q).containsExactlyElementsOf(expected.all());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the reference

    private record Expected(long total, List<Party> page, List<Party> all) {
    }

    private static Expected bruteForce(List<Party> parties, QuerySpec q, LocalDate today) {
        LocalDate asOf = q.asOfOffset().map(TODAY::plusDays).orElse(today);
        List<Party> matches = parties.stream().filter(p -> matches(p, q, asOf)).collect(Collectors.toList());
        Comparator<Party> key = switch (q.sort()) {
            case NAME -> Comparator.comparing(p -> ReferenceFold.fold(displayName(p)));
            case CREATED_AT -> Comparator.comparing(Party::createdAt);
            case UPDATED_AT -> Comparator.comparing(Party::updatedAt);
            case ID -> Comparator.comparing(p -> p.id().value().toString());
        };
        if (q.direction() == SortDirection.DESCENDING) {
            key = key.reversed();
        }
        // ties: party id ascending as unsigned 128-bit numbers, i.e. the order of the canonical UUID text
        matches.sort(key.thenComparing(p -> p.id().value().toString()));
        List<Party> page = matches.stream().skip((long) q.pageNumber() * q.pageSize()).limit(q.pageSize()).toList();
        return new Expected(matches.size(), page, matches);
    }

    private static boolean matches(Party p, QuerySpec q, LocalDate asOf) {
        if (!q.includeArchived() && p.status() == PartyStatus.ARCHIVED) {
            return false;
        }
        if (q.kind().isPresent() && (q.kind().get() == PartyKind.COMPANY) != (p instanceof Company)) {
            return false;
        }
        if (q.owner().isPresent() && !q.owner().equals(p.owner())) {
            return false;
        }
        if (q.name().isPresent()) {
            String wanted = ReferenceFold.fold(q.name().get());
            if (names(p).stream().map(ReferenceFold::fold).noneMatch(n -> n.contains(wanted))) {
                return false;
            }
        }
        List<PostalAddress> addresses = p.contactPoints().stream().filter(PostalAddress.class::isInstance)
                .map(PostalAddress.class::cast).toList();
        if (q.city().isPresent() && addresses.stream()
                .noneMatch(a -> ReferenceFold.fold(a.city()).equals(ReferenceFold.fold(q.city().get())))) {
            return false;
        }
        if (q.district().isPresent() && addresses.stream().noneMatch(a -> a.district()
                .map(d -> ReferenceFold.fold(d).equals(ReferenceFold.fold(q.district().get()))).orElse(false))) {
            return false;
        }
        if (q.postalCodePrefix().isPresent() && addresses.stream().noneMatch(a -> ReferenceFold
                .foldPostalCode(a.postalCode()).startsWith(ReferenceFold.foldPostalCode(q.postalCodePrefix().get())))) {
            return false;
        }
        List<String> tagValues = p.tags().stream().map(Tag::value).toList();
        if (!q.tags().stream().map(ReferenceFold::normaliseTag).allMatch(tagValues::contains)) {
            return false;
        }
        List<PartyRole> active = p.roles().stream().filter(r -> !r.since().isAfter(asOf)
                && (r.until().isEmpty() || !r.until().get().isBefore(asOf))).toList();
        if (q.role().isPresent() && active.stream().noneMatch(r -> r.type().equals(q.role().get()))) {
            return false;
        }
        return q.leadWarmth().isEmpty() || active.stream().anyMatch(r -> r.type().equals(RoleType.LEAD)
                && r.lead().map(LeadDetails::warmth).equals(q.leadWarmth()));
    }

    private static List<String> names(Party p) {
        if (p instanceof Company c) {
            return Stream.concat(Stream.of(c.legalName()), c.shortName().stream()).toList();
        }
        Person person = (Person) p;
        return List.of(person.givenNames() + " " + person.familyName(),
                person.familyName() + " " + person.givenNames());
    }

    private static String displayName(Party p) {
        if (p instanceof Company c) {
            return c.shortName().orElse(c.legalName());
        }
        Person person = (Person) p;
        return person.givenNames() + " " + person.familyName();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // generated data

    /** One address: city, optional district and postal code. */
    record AddressSpec(String city, Optional<String> district, String postalCode) {
        PostalAddress toAddress() {
            PostalAddress a = PostalAddress.polish("ul. Testowa", "1", postalCode, city);
            return district.map(a::withDistrict).orElse(a);
        }
    }

    /** One role: type, start and optional end as days from today, warmth for leads. */
    record RoleSpec(RoleType type, int sinceOffset, Optional<Integer> length, LeadWarmth warmth) {
        PartyRole toRole(LocalDate today) {
            LocalDate since = today.plusDays(sinceOffset);
            PartyRole role = type.equals(RoleType.LEAD)
                    ? PartyRole.lead(LeadDetails.of(LeadSource.WEB_FORM, warmth), since)
                    : PartyRole.of(type, since);
            return length.map(l -> role.endedOn(since.plusDays(l))).orElse(role);
        }
    }

    /** One party of the population and what happens to it after it is created. */
    record PartySpec(boolean company, String name, Optional<String> secondName, List<AddressSpec> addresses,
                     List<String> tags, Optional<UserId> owner, List<RoleSpec> roles, int secondsBefore,
                     boolean touched, boolean archived) {

        Party toParty(LocalDate today, int index) {
            Party.Builder<?, ?> b = company
                    ? Company.builder().legalName(name).shortName(secondName.orElse(null))
                    : Person.builder().givenNames(name).familyName(secondName.orElse("Nowak"));
            addresses.forEach(a -> b.addContactPoint(a.toAddress()));
            tags.forEach(b::tag);
            b.owner(owner.orElse(null));
            // ids derived from the position, so that a failure replays with the same ids and order
            b.id(new PartyId(UUID.nameUUIDFromBytes(("party " + index).getBytes(StandardCharsets.UTF_8))));
            // one role per type at most, so roles never overlap
            roles.stream().filter(distinctBy(RoleSpec::type)).forEach(r -> b.addRole(r.toRole(today)));
            return b.build();
        }
    }

    /** A query, with asOf as an offset from the generation day. */
    record QuerySpec(Optional<String> name, Optional<String> city, Optional<String> district,
                     Optional<String> postalCodePrefix, Optional<RoleType> role, List<String> tags,
                     Optional<UserId> owner, Optional<LeadWarmth> leadWarmth, Optional<PartyKind> kind,
                     boolean includeArchived, Optional<Integer> asOfOffset, PartySort sort, SortDirection direction,
                     int pageNumber, int pageSize) {

        PartyQuery toQuery() {
            PartyQuery.Builder b = PartyQuery.builder();
            name.ifPresent(b::name);
            city.ifPresent(b::city);
            district.ifPresent(b::district);
            postalCodePrefix.ifPresent(b::postalCodePrefix);
            role.ifPresent(b::role);
            tags.forEach(b::tag);
            owner.ifPresent(b::owner);
            leadWarmth.ifPresent(b::leadWarmth);
            kind.ifPresent(b::kind);
            asOfOffset.ifPresent(d -> b.asOf(TODAY.plusDays(d)));
            return b.includeArchived(includeArchived).sortBy(sort, direction).page(pageNumber, pageSize).build();
        }
    }

    private static <T, K> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, K> key) {
        java.util.Set<K> seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    private static Gen<AddressSpec> addresses() {
        Gen<String> postal = Generate.pick(POSTAL_PREFIXES).zip(Generate.pick(POSTAL_SUFFIXES), (a, b) -> a + "-" + b);
        return Generate.pick(CITIES).zip(Generate.pick(DISTRICTS).toOptionals(50), postal, AddressSpec::new);
    }

    private static Gen<RoleSpec> roles() {
        return Generate.pick(ROLE_TYPES).zip(Generate.range(-400, 60), Generate.range(0, 300).toOptionals(50),
                Generate.enumValues(LeadWarmth.class), RoleSpec::new);
    }

    private static Gen<PartySpec> parties() {
        Gen<Boolean> isCompany = Generate.booleans();
        Gen<String> companyName = Generate.pick(COMPANY_NAMES);
        Gen<Optional<String>> shortName = Generate.pick(SHORT_NAMES).toOptionals(60);
        Gen<String> given = Generate.pick(GIVEN_NAMES);
        Gen<String> family = Generate.pick(FAMILY_NAMES);
        Gen<List<AddressSpec>> addresses = lists().of(addresses()).ofSizeBetween(0, 2);
        Gen<List<String>> tags = lists().of(Generate.pick(TAGS)).ofSizeBetween(0, 3);
        Gen<Optional<UserId>> owner = Generate.pick(OWNERS).toOptionals(30);
        Gen<List<RoleSpec>> roles = lists().of(roles()).ofSizeBetween(0, 3);
        Gen<Integer> seconds = Generate.pick(List.of(0, 0, 1, 60));
        Gen<Integer> percent = Generate.range(0, 99);
        return in -> {
            boolean company = isCompany.generate(in);
            String name = company ? companyName.generate(in) : given.generate(in);
            Optional<String> second = company ? shortName.generate(in) : Optional.of(family.generate(in));
            return new PartySpec(company, name, second, addresses.generate(in), tags.generate(in), owner.generate(in),
                    roles.generate(in), seconds.generate(in), percent.generate(in) < 20, percent.generate(in) < 15);
        };
    }

    private static Gen<QuerySpec> queries() {
        Gen<Optional<String>> name = Generate.pick(NAME_QUERIES).toOptionals(65);
        Gen<Optional<String>> city = Generate.pick(CITY_QUERIES).toOptionals(80);
        Gen<Optional<String>> district = Generate.pick(DISTRICT_QUERIES).toOptionals(85);
        Gen<Optional<String>> postal = Generate.pick(POSTAL_QUERIES).toOptionals(80);
        Gen<Optional<RoleType>> role = Generate.pick(ROLE_TYPES).toOptionals(75);
        Gen<List<String>> tags = lists().of(Generate.pick(TAG_QUERIES))
                .ofSizes(Generate.pick(List.of(0, 0, 0, 1, 1, 2)));
        Gen<Optional<UserId>> owner = Generate.pick(OWNERS).toOptionals(75);
        Gen<Optional<LeadWarmth>> warmth = Generate.enumValues(LeadWarmth.class).toOptionals(85);
        Gen<Optional<PartyKind>> kind = Generate.enumValues(PartyKind.class).toOptionals(60);
        Gen<Boolean> includeArchived = Generate.booleans();
        Gen<Optional<Integer>> asOf = Generate.range(-400, 400).toOptionals(50);
        Gen<PartySort> sort = Generate.enumValues(PartySort.class);
        Gen<SortDirection> direction = Generate.enumValues(SortDirection.class);
        Gen<Integer> pageSize = Generate.pick(List.of(1, 2, 3, 5, 10, 20, 50, 200));
        Gen<Integer> pageNumber = Generate.frequency(Pair.of(6, Generate.constant(0)), Pair.of(3, Generate.range(1, 2)),
                Pair.of(1, Generate.range(3, 12)));
        return in -> new QuerySpec(name.generate(in), city.generate(in), district.generate(in), postal.generate(in),
                role.generate(in), tags.generate(in), owner.generate(in), warmth.generate(in), kind.generate(in),
                includeArchived.generate(in), asOf.generate(in), sort.generate(in), direction.generate(in),
                pageNumber.generate(in), pageSize.generate(in));
    }

    /** Strings of Polish and other Latin letters (precomposed and decomposed), digits, punctuation and spaces. */
    static Gen<String> text() {
        List<String> tokens = List.of("a", "Z", "k", "O", "l", "L", "s", "0", "9", "-", ".", "'", "ą", "ć", "ę", "ł",
                "ń", "ó", "ś", "ź", "ż", "Ą", "Ć", "Ę", "Ł", "Ń", "Ó", "Ś", "Ź", "Ż", "z\u0307", "Z\u0307", "o\u0301",
                "e\u0328", "é", "ü", "ß", "ẞ", "Ø", "ø", "Æ", "œ", "Å", "ı", "İ", "Þ", "đ", "ﬁ", "½", " ", "  ", "\t",
                "\n", "\u00A0", "\u2003", "\u3000");
        return lists().of(Generate.pick(tokens)).ofSizeBetween(0, 25).map(l -> String.join("", l));
    }

    /** Strings that look more or less like postal codes, with separators, spaces and letters. */
    static Gen<String> postalText() {
        List<String> tokens = List.of("0", "1", "2", "5", "9", "-", " ", "  ", "\t", "a", "B", "x", "Z", ".", "/");
        return lists().of(Generate.pick(tokens)).ofSizeBetween(0, 12).map(l -> String.join("", l));
    }
}
