package dev.kartoteka.core.privacy;

import static dev.kartoteka.core.identifier.Theories.qt;
import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.nip;
import static dev.kartoteka.core.registry.ExampleParties.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.ContactPurpose;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.MutableClock;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import dev.kartoteka.core.spi.SearchText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's erasure property: after the erasure of a random person, a scan of everything the stores hold (every party
 * with its contact persons, every interaction, transaction, consent event and audit entry) finds none of the person's
 * personal values — while every other person's data is left exactly as it was.
 *
 * <p>Each example builds a registry over four in-memory stores with 3 to 5 persons (Polish names, PESEL, private
 * e-mails and mobiles, a home address, notes, a custom {@code hobby}), 1 to 3 companies that have some of them as
 * contact persons (own work e-mails and phones, a custom {@code remark}), and 5 to 30 random actions: interactions
 * (some naming the person), orders, consent grants (some with evidence naming the person, some by a company for a
 * contact person's work e-mail), updates of persons and companies (new e-mails, notes, positions, work e-mails, notes
 * naming a contact person, reasons naming a person), archiving and restoring. Then one random person is erased.
 *
 * <p>Values come from pools in which no value contains another, ignoring case and diacritics
 * ({@link #poolValuesNeverContainOneAnother()}), and each person draws different ones; so whatever text still holds
 * one of the erased person's values after the erasure is a leak, and whatever text without one was changed was
 * over-erased.
 */
class ErasurePropertyTests {

    private static final UserId ADMIN = UserId.of("admin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String HOBBY = "hobby";
    private static final String REMARK = "remark";

    private static final List<String> GIVEN_NAMES = List.of("Żaneta", "Łucja", "Grzegorz", "Bożydar", "Wiesława",
            "Krzesimir", "Ścibor", "Małgorzata", "Bogumiła", "Zdzisław", "Jadwiga", "Przemysław", "Wojciech",
            "Dobrosława", "Kazimierz", "Urszula", "Halszka", "Jędrzej", "Eustachy", "Świętopełk");
    private static final List<String> FAMILY_NAMES = List.of("Brzęczyszczykiewicz", "Żółkiewska", "Gąsiorowski",
            "Chrząszcz", "Szczęsna", "Łukasiewicz", "Dąbrowski", "Kołłątaj", "Źrebiec", "Pietrzyk", "Ślusarczyk",
            "Ćwikliński", "Mazurkiewicz", "Zagłoba", "Wołodyjowski", "Skrzetuska", "Kmicic", "Billewicz", "Podbipięta",
            "Bohun");
    private static final List<String> STREETS = List.of("Piotrkowska", "Świętokrzyska", "Żeromskiego",
            "Marszałkowska", "Kościuszki", "Mickiewicza", "Słowackiego", "Narutowicza", "Traugutta", "Wólczańska",
            "Zgierska", "Łąkowa");
    private static final List<String> HOBBIES = List.of("żeglarstwo na Mazurach", "wędkarstwo muchowe",
            "szachy korespondencyjne", "taniec towarzyski", "filatelistyka", "gra na wiolonczeli", "kolarstwo górskie",
            "ogrodnictwo działkowe", "fotografia przyrodnicza", "wspinaczka skałkowa", "modelarstwo kolejowe",
            "pszczelarstwo");
    private static final List<String> NOTE_TEXTS = List.of("Woli kontakt po szesnastej",
            "Prosi o faktury w formie papierowej", "Nie dzwonić w poniedziałki", "Zainteresowana ofertą leasingu",
            "Preferuje spotkania w siedzibie", "Ma psa, lubi o nim rozmawiać", "Płaci przelewem natychmiastowym",
            "Wraca z urlopu w styczniu", "Ceni krótkie maile z konkretami", "Planuje przeprowadzkę do Gdańska",
            "Kupuje zwykle pod koniec kwartału", "Uczulenie na orzechy, pamiętać przy spotkaniach",
            "Syn studiuje w Krakowie", "Chce zaproszenie na targi", "Prosi o kontakt przez asystentkę",
            "Rozważa zmianę dostawcy", "Obchodzi imieniny w lipcu", "Nie odbiera numerów zastrzeżonych");
    private static final List<String> REMARKS = List.of("Decyduje o budżecie IT", "Podpisuje zamówienia do 50 tys.",
            "Zastępca kierownika zmiany", "Odpowiada za reklamacje", "Kontakt tylko w godzinach pracy",
            "Zna język niemiecki", "Nowa osoba w dziale", "Wymaga akceptacji prezesa", "Prowadzi przetargi",
            "Negocjuje twardo", "Zwykle odpowiada następnego dnia", "Ma pełnomocnictwo", "Współpracuje od lat",
            "Wolne piątki", "Preferuje wideokonferencje", "Często w delegacji");
    /** Pools of personal values: a value of one person never contains a value of another. */
    private static final List<List<String>> PERSONAL_POOLS = List.of(GIVEN_NAMES, FAMILY_NAMES, STREETS, HOBBIES,
            NOTE_TEXTS, REMARKS);

    private static final List<String> COMPANY_NAMES = List.of("Hurtownia Alfa sp. z o.o.", "Beta Logistyka S.A.",
            "Gamma Meble sp.j.", "Delta Druk s.c.");
    private static final List<String> COMPANY_DOMAINS = List.of("alfa.example.pl", "beta.example.pl",
            "gamma.example.pl", "delta.example.pl");
    private static final List<String> PRIVATE_DOMAINS = List.of("poczta.example.pl", "skrzynka.example.com",
            "mail.example.net");
    private static final List<String> COMPANY_STREETS = List.of("Przemysłowa", "Fabryczna", "Składowa",
            "Magazynowa");
    private static final List<String> CITIES = List.of("Łódź", "Warszawa", "Kraków", "Poznań", "Wrocław");
    private static final List<String> PROFESSIONS = List.of("Inżynier", "Księgowa", "Lekarz", "Nauczycielka",
            "Programista", "Architektka");
    private static final List<String> POSITIONS = List.of("Kierownik zakupów", "Prezes zarządu", "Specjalista",
            "Dyrektor operacyjny", "Asystentka");
    private static final List<String> DEPARTMENTS = List.of("Zakupy", "Zarząd", "Logistyka", "Finanse");
    private static final List<String> SUBJECTS = List.of("Pytanie o fakturę", "Oferta na regały",
            "Reklamacja dostawy", "Przedłużenie umowy", "Termin montażu");
    private static final List<String> OUTCOMES = List.of("Wyślemy korektę", "Czeka na ofertę", "Sprawa zamknięta",
            "Oddzwonić w przyszłym tygodniu");
    private static final List<String> COMPANY_NOTES = List.of("Płatności zawsze w terminie",
            "Sezon od marca do czerwca", "Magazyn w Strykowie", "Wymagają certyfikatu ISO");
    private static final List<String> MOBILE_PREFIXES = List.of("601", "602", "603", "604", "605", "691", "692",
            "693", "501", "502", "503", "504", "505", "509", "511", "512", "513", "515", "516", "518", "519", "660",
            "661", "662", "663", "664", "665", "666", "667", "668", "669", "790", "791", "792", "793", "880", "881",
            "882", "883", "884", "885", "886", "887", "888", "889");
    /** Texts every example may hold for anyone: they must not contain a personal value either. */
    private static final List<List<String>> SHARED_POOLS = List.of(COMPANY_NAMES, COMPANY_DOMAINS, PRIVATE_DOMAINS,
            COMPANY_STREETS, CITIES, PROFESSIONS, POSITIONS, DEPARTMENTS, SUBJECTS, OUTCOMES, COMPANY_NOTES,
            List.of("Rozmowa z ", "Spotkanie z ", " w sprawie umowy", "Formularz podpisany przez ",
                    "Zgodę w imieniu firmy podpisał(a) ", "Prośba klienta", "Zmiana danych kontaktowych",
                    "Dane od ", "Oddzwonić do ", "Hobby", "Uwagi", "biuro@", "[erased]", "party created",
                    "party updated", "party archived", "party restored",
                    "party erased", "interaction logged", "transaction recorded", "consent recorded",
                    "wniosek RODO nr ", "contactPersons", "customFields", "contactPoints", "givenNames",
                    "familyName", "WORK", "MAIN", "PRIVATE", "ACTIVE", "ARCHIVED", "ERASED", "PERSON", "COMPANY",
                    "FEMALE", "MALE", "GRANTED", "NOT_REQUIRED", "WEB_FORM", "IN_PERSON", "MARKETING",
                    "NEWSLETTER", "EMAIL", "SMS", "POST", "OUTBOUND", "MEETING", "CALL", "ORDER", "PLACED", "PLN",
                    "e-mail ", "phone ", "address ", "primary", "admin", "vip", "stały klient"));

    // ------------------------------------------------------------------------------------------------------------
    // the properties

    private final AtomicInteger examples = new AtomicInteger();
    private final AtomicInteger examplesWithValuesElsewhere = new AtomicInteger();
    private final AtomicInteger examplesWithValuesInOtherAudits = new AtomicInteger();

    @Test
    void afterErasingARandomPersonNoStoreHoldsAnyOfTheirPersonalValues() {
        qt().withExamples(100).withShrinkCycles(30)
                .forAll(integers().between(3, 5), integers().between(1, 3), integers().between(5, 30), dice())
                .checkAssert((persons, companies, actions, dice) -> {
                    World world = World.build(persons, companies, actions, new Dice(dice));
                    PersonData victim = world.victim();
                    Set<String> secrets = victim.personalValues();
                    examples.incrementAndGet();
                    List<String> elsewhere = world.scan().mentioningAny(secrets).stream()
                            .filter(hit -> !hit.contains(victim.id.toString())).toList();
                    examplesWithValuesElsewhere.addAndGet(elsewhere.isEmpty() ? 0 : 1);
                    examplesWithValuesInOtherAudits.addAndGet(elsewhere.stream()
                            .anyMatch(hit -> hit.contains(" in audit entry ")) ? 1 : 0);

                    world.erase();

                    StoreScan scan = world.scan();
                    assertThat(scan.mentioningAny(secrets)).as("the stores after erasing %s", victim.id).isEmpty();
                    String export = world.registry.privacy().export(victim.id);
                    assertThat(secrets).as("the export after erasure")
                            .allSatisfy(s -> assertThat(export).doesNotContainIgnoringCase(s));
                    for (Identifier id : victim.identifiers()) {
                        assertThat(world.registry.findByIdentifier(id)).as("found by %s", id.type())
                                .extracting(Party::id).doesNotContain(victim.id);
                    }
                    for (String name : List.of(victim.given, victim.family, victim.given + " " + victim.family)) {
                        PartyQuery query = PartyQuery.builder().name(name).includeArchived(true).build();
                        assertThat(world.registry.search(query).items()).as("search '%s'", name)
                                .extracting(Party::id).doesNotContain(victim.id);
                    }
                });
        System.out.printf("erasure property: %d examples, %d with the victim's values in others' records, %d in"
                + " others' audit entries%n", examples.get(), examplesWithValuesElsewhere.get(),
                examplesWithValuesInOtherAudits.get());

        // the generators must make the property bite: the erased person's values often sit in other records
        assertThat(examplesWithValuesElsewhere.get()).as("examples with values elsewhere")
                .isGreaterThan(examples.get() / 2);
        assertThat(examplesWithValuesInOtherAudits.get()).as("examples with values in other parties' audit")
                .isGreaterThan(examples.get() / 2);
    }

    @Test
    void erasingARandomPersonLeavesEveryOtherPersonsDataAsItWas() {
        qt().withExamples(100).withShrinkCycles(30)
                .forAll(integers().between(3, 5), integers().between(1, 3), integers().between(5, 30), dice())
                .checkAssert((persons, companies, actions, dice) -> {
                    World world = World.build(persons, companies, actions, new Dice(dice));
                    PersonData victim = world.victim();
                    Set<String> secrets = victim.personalValues();
                    Snapshot before = world.snapshot();

                    world.erase();

                    Snapshot after = world.snapshot();
                    for (PersonData other : world.persons) {
                        if (other == victim) {
                            continue;
                        }
                        assertThat(after.parties.get(other.id)).as("person %s", other.id)
                                .isEqualTo(before.parties.get(other.id));
                        assertThat(after.consents.get(other.id)).as("consents of %s", other.id)
                                .isEqualTo(before.consents.get(other.id));
                        StoreScan scan = world.scan();
                        for (String value : other.currentValues()) {
                            assertThat(scan.mentioning(value)).as("%s of another person", value).isNotEmpty();
                        }
                    }
                    for (CompanyData c : world.companies) {
                        Company was = (Company) before.parties.get(c.id);
                        Company is = (Company) after.parties.get(c.id);
                        assertThat(is.legalName()).isEqualTo(was.legalName());
                        assertThat(is.contactPoints()).isEqualTo(was.contactPoints());
                        assertThat(is.contactPersons()).filteredOn(cp -> !cp.person().equals(victim.id))
                                .containsExactlyElementsOf(was.contactPersons().stream()
                                        .filter(cp -> !cp.person().equals(victim.id)).toList());
                        for (int i = 0; i < was.notes().size(); i++) {
                            if (!mentions(was.notes().get(i).text(), secrets)) {
                                assertThat(is.notes().get(i)).as("note of %s", c.id).isEqualTo(was.notes().get(i));
                            }
                        }
                        // events about the victim's own work address move to the (erased) victim, so that they never
                        // widen to the company; events merely naming the victim stay, without evidence
                        List<ConsentEvent> eventsBefore = before.consents.get(c.id).stream()
                                .filter(e -> e.contactPoint().filter(v -> mentions(v.value(), secrets)).isEmpty())
                                .toList();
                        List<ConsentEvent> eventsAfter = after.consents.get(c.id);
                        assertThat(eventsAfter).hasSameSizeAs(eventsBefore);
                        for (int i = 0; i < eventsBefore.size(); i++) {
                            ConsentEvent e = eventsBefore.get(i);
                            boolean about = e.evidence().filter(v -> mentions(v, secrets)).isPresent();
                            if (!about) {
                                assertThat(eventsAfter.get(i)).as("consent event of %s", c.id).isEqualTo(e);
                            }
                        }
                    }
                    before.interactions.forEach((id, i) -> {
                        boolean about = i.partyId().equals(victim.id)
                                || i.contactPerson().equals(Optional.of(victim.id)) || mentions(i.subject(), secrets)
                                || i.outcome().filter(o -> mentions(o, secrets)).isPresent();
                        if (!about) {
                            assertThat(after.interactions.get(id)).as("interaction %s", id).isEqualTo(i);
                        }
                    });
                    assertThat(after.transactions).isEqualTo(before.transactions);
                    before.audit.forEach((id, e) -> {
                        if (e.partyId().equals(victim.id)) {
                            return;
                        }
                        AuditEntry now = after.audit.get(id);
                        assertThat(now).as("audit entry %s", id).isNotNull();
                        assertThat(now.changes()).extracting(FieldChange::field)
                                .containsExactlyElementsOf(e.changes().stream().map(FieldChange::field).toList());
                        // the victim's own entry in a company ("<id>, position, department, …") and everything under
                        // it, and the subject/outcome of interactions about the victim, are the victim's data too
                        java.util.Set<String> victimEntries = new java.util.HashSet<>();
                        for (FieldChange c : e.changes()) {
                            if (c.oldValue().filter(v -> v.startsWith(victim.id + ", ")).isPresent()
                                    || c.newValue().filter(v -> v.startsWith(victim.id + ", ")).isPresent()) {
                                victimEntries.add(c.field());
                            }
                        }
                        for (int i = 0; i < e.changes().size(); i++) {
                            FieldChange was = e.changes().get(i);
                            FieldChange is = now.changes().get(i);
                            boolean victims = victimEntries.stream().anyMatch(ix -> was.field().equals(ix)
                                    || was.field().startsWith(ix + ".")) || before.interactions.values().stream()
                                    .anyMatch(x -> (x.partyId().equals(victim.id)
                                            || x.contactPerson().equals(Optional.of(victim.id)))
                                            && (was.field().equals("interactions[" + x.id() + "].subject")
                                            || was.field().equals("interactions[" + x.id() + "].outcome")));
                            if (victims) {
                                continue;
                            }
                            if (was.oldValue().filter(v -> mentions(v, secrets)).isEmpty()) {
                                assertThat(is.oldValue()).as("%s (%s) old value of %s", e.action(), id, was.field())
                                        .isEqualTo(was.oldValue());
                            }
                            if (was.newValue().filter(v -> mentions(v, secrets)).isEmpty()) {
                                assertThat(is.newValue()).as("%s (%s) new value of %s", e.action(), id, was.field())
                                        .isEqualTo(was.newValue());
                            }
                        }
                        if (e.reason().filter(r -> mentions(r, secrets)).isEmpty()) {
                            assertThat(now.reason()).as("reason of %s", id).isEqualTo(e.reason());
                        }
                    });
                });
    }

    @Test
    void poolValuesNeverContainOneAnother() {
        List<String> personal = PERSONAL_POOLS.stream().flatMap(List::stream).toList();
        List<String> everything = Stream.concat(personal.stream(), SHARED_POOLS.stream().flatMap(List::stream))
                .toList();
        for (String value : personal) {
            String folded = SearchText.fold(value);
            assertThat(everything.stream().filter(other -> !other.equals(value))
                    .filter(other -> SearchText.fold(other).contains(folded)).toList())
                    .as("pool texts containing '%s'", value).isEmpty();
        }
        assertThat(personal).doesNotHaveDuplicates();
        assertThat(MOBILE_PREFIXES).allSatisfy(p -> assertThat(PhoneNumber.isValid(p + "000000", "PL"))
                .as("mobile prefix %s", p).isTrue());
    }

    // ------------------------------------------------------------------------------------------------------------
    // the world of one example

    private static org.quicktheories.core.Gen<List<Integer>> dice() {
        return lists().of(integers().between(0, 999_999)).ofSizeBetween(50, 300)
                .describedAs(d -> d.size() + " dice: " + d.subList(0, Math.min(6, d.size())) + "…");
    }

    private static boolean mentions(String text, Collection<String> values) {
        String lower = text.toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(v -> lower.contains(v.toLowerCase(Locale.ROOT)));
    }

    /** Reads the dice in turn, starting over when they run out (so a shrunk list still builds a world). */
    private static final class Dice {
        private final List<Integer> values;
        private int next;

        Dice(List<Integer> values) {
            this.values = values.isEmpty() ? List.of(0) : values;
        }

        int roll(int bound) {
            return values.get(next++ % values.size()) % bound;
        }

        boolean chance(int percent) {
            return roll(100) < percent;
        }

        <T> T pick(List<T> from) {
            return from.get(roll(from.size()));
        }
    }

    /** Hands out the values of a pool so that no two takers get the same one. */
    private static final class Pool {
        private final List<String> values;
        private final Set<Integer> taken = new LinkedHashSet<>();

        Pool(List<String> values) {
            this.values = values;
        }

        String take(Dice dice) {
            int i = dice.roll(values.size());
            while (taken.contains(i)) {
                i = (i + 1) % values.size();
            }
            taken.add(i);
            return values.get(i);
        }
    }

    /** What the test knows about one person, including every value the person ever held. */
    private static final class PersonData {
        final int index;
        final String given;
        final String family;
        final Pesel pesel;
        final String streetAndBuilding;
        final String hobby;
        final List<String> spareNotes = new ArrayList<>();
        final Set<String> emailsEver = new LinkedHashSet<>();
        final Set<String> phones = new LinkedHashSet<>();
        final Set<String> notesEver = new LinkedHashSet<>();
        final Set<String> workEmailsEver = new LinkedHashSet<>();
        final Set<String> workPhones = new LinkedHashSet<>();
        final Set<String> remarks = new LinkedHashSet<>();
        PartyId id;
        int emailChanges;

        PersonData(int index, String given, String family, Pesel pesel, String streetAndBuilding, String hobby) {
            this.index = index;
            this.given = given;
            this.family = family;
            this.pesel = pesel;
            this.streetAndBuilding = streetAndBuilding;
            this.hobby = hobby;
        }

        String asciiName() {
            return SearchText.fold(given) + "." + SearchText.fold(family);
        }

        String fullName() {
            return given + " " + family;
        }

        /** Every personal value the person ever held. */
        Set<String> personalValues() {
            Set<String> values = new LinkedHashSet<>(List.of(given, family, pesel.value(),
                    pesel.birthDate().toString(), streetAndBuilding));
            values.addAll(emailsEver);
            values.addAll(phones);
            values.addAll(notesEver);
            values.addAll(workEmailsEver);
            values.addAll(workPhones);
            values.addAll(remarks);
            if (hobby != null) {
                values.add(hobby);
            }
            return values;
        }

        /** Values the person holds in their own record now. */
        List<String> currentValues() {
            List<String> values = new ArrayList<>(List.of(given, family, pesel.value(), streetAndBuilding));
            values.addAll(phones);
            return values;
        }

        List<Identifier> identifiers() {
            List<Identifier> ids = new ArrayList<>();
            ids.add(pesel);
            emailsEver.forEach(e -> ids.add(Email.of(e)));
            phones.forEach(p -> ids.add(PhoneNumber.parse(p)));
            return ids;
        }
    }

    private static final class CompanyData {
        final int index;
        final String domain;
        PartyId id;

        CompanyData(int index, String domain) {
            this.index = index;
            this.domain = domain;
        }
    }

    /** Every record the stores hold, read through their SPI, keyed by id. */
    private record Snapshot(Map<PartyId, Party> parties, Map<PartyId, List<ConsentEvent>> consents,
                            Map<UUID, Interaction> interactions, Map<UUID, Transaction> transactions,
                            Map<UUID, AuditEntry> audit) {
    }

    private static final class World {
        final MutableClock clock = new MutableClock();
        final PartyStore partyStore = PartyStore.inMemory();
        final HistoryStore historyStore = HistoryStore.inMemory();
        final ConsentStore consentStore = ConsentStore.inMemory();
        final AuditStore auditStore = AuditStore.inMemory();
        final ClientRegistry registry = ClientRegistry.builder().store(partyStore).historyStore(historyStore)
                .consentStore(consentStore).auditStore(auditStore).clock(clock).build();
        final List<PersonData> persons = new ArrayList<>();
        final List<CompanyData> companies = new ArrayList<>();
        final Dice dice;
        PersonData victim;

        private World(Dice dice) {
            this.dice = dice;
        }

        static World build(int personCount, int companyCount, int actionCount, Dice dice) {
            World w = new World(dice);
            w.installSchema();
            w.clock.set(MutableClock.START.minus(Duration.ofDays(200)));
            Pool given = new Pool(GIVEN_NAMES);
            Pool family = new Pool(FAMILY_NAMES);
            Pool streets = new Pool(STREETS);
            Pool hobbies = new Pool(HOBBIES);
            Pool notes = new Pool(NOTE_TEXTS);
            Pool remarks = new Pool(REMARKS);
            for (int i = 0; i < personCount; i++) {
                w.createPerson(i, given.take(dice), family.take(dice), streets.take(dice),
                        dice.chance(75) ? hobbies.take(dice) : null, List.of(notes.take(dice), notes.take(dice),
                                notes.take(dice)));
            }
            for (int c = 0; c < companyCount; c++) {
                w.createCompany(c, remarks);
            }
            for (int a = 0; a < actionCount; a++) {
                w.clock.advance(Duration.ofHours(1 + dice.roll(48)));
                w.act();
            }
            w.clock.set(MutableClock.START);
            w.victim = w.persons.get(dice.roll(w.persons.size()));
            return w;
        }

        PersonData victim() {
            return victim;
        }

        void erase() {
            ErasureReport report = registry.as(ADMIN, "wniosek RODO nr " + (1 + victim.index)).privacy()
                    .erase(victim.id, "wniosek RODO nr " + (1 + victim.index));
            assertThat(report.partyId()).isEqualTo(victim.id);
            assertThat(registry.get(victim.id).status()).isEqualTo(PartyStatus.ERASED);
        }

        List<PartyId> ids() {
            List<PartyId> ids = new ArrayList<>();
            persons.forEach(p -> ids.add(p.id));
            companies.forEach(c -> ids.add(c.id));
            return ids;
        }

        StoreScan scan() {
            return StoreScan.of(partyStore, historyStore, consentStore, auditStore, ids(), TODAY);
        }

        Snapshot snapshot() {
            Map<PartyId, Party> parties = new LinkedHashMap<>();
            Map<PartyId, List<ConsentEvent>> consents = new LinkedHashMap<>();
            Map<UUID, Transaction> transactions = new LinkedHashMap<>();
            Map<UUID, AuditEntry> audit = new LinkedHashMap<>();
            for (PartyId id : ids()) {
                parties.put(id, partyStore.findById(id).orElseThrow());
                consents.put(id, consentStore.eventsOf(id));
                historyStore.transactionsOf(id).forEach(t -> transactions.put(t.id(), t));
                auditStore.ofParty(id).forEach(e -> audit.put(e.id(), e));
            }
            Map<UUID, Interaction> interactions = new LinkedHashMap<>();
            historyStore.allInteractions().forEach(i -> interactions.put(i.id(), i));
            return new Snapshot(parties, consents, interactions, transactions, audit);
        }

        private void installSchema() {
            registry.evolveSchema(registry.schema().version(), new SchemaChange.AddField(
                    FieldDefinition.builder(HOBBY, FieldType.TEXT).label("Hobby").appliesTo(FieldTarget.PERSON)
                            .build()));
            registry.evolveSchema(registry.schema().version(), new SchemaChange.AddField(
                    FieldDefinition.builder(REMARK, FieldType.TEXT).label("Uwagi")
                            .appliesTo(FieldTarget.CONTACT_PERSON).build()));
        }

        private void createPerson(int i, String given, String family, String street, String hobby,
                                  List<String> noteTexts) {
            LocalDate born = LocalDate.of(1950 + 8 * i + dice.roll(8), 1 + dice.roll(12), 1 + dice.roll(28));
            Pesel pesel = Pesel.of(born, dice.chance(50) ? Sex.FEMALE : Sex.MALE, 100 * i + dice.roll(100));
            String building = Integer.toString(1 + dice.roll(150));
            PersonData p = new PersonData(i, given, family, pesel, street + " " + building, hobby);
            Person.Builder b = person(given, family).fromPesel(pesel).profession(dice.pick(PROFESSIONS))
                    .addContactPoint(PostalAddress.polish(street, building, "90-" + (100 + dice.roll(900)),
                            dice.pick(CITIES)));
            int emails = 1 + dice.roll(2);
            for (int k = 0; k < emails; k++) {
                String email = p.asciiName() + (k == 0 ? "" : Integer.toString(k)) + "@" + PRIVATE_DOMAINS.get(
                        (k + dice.roll(PRIVATE_DOMAINS.size())) % PRIVATE_DOMAINS.size());
                p.emailsEver.add(email);
                b.addContactPoint(k == 0 ? new EmailContact(Email.of(email), ContactUsage.main())
                        : EmailContact.of(email));
            }
            int phones = 1 + dice.roll(2);
            for (int k = 0; k < phones; k++) {
                String phone = "+48" + dice.pick(MOBILE_PREFIXES) + i + k + String.format("%04d", dice.roll(10_000));
                p.phones.add(PhoneNumber.parse(phone).value());
                b.addContactPoint(PhoneContact.of(phone));
            }
            int notes = dice.roll(3);
            for (int k = 0; k < noteTexts.size(); k++) {
                if (k < notes) {
                    b.addNote(Note.of(noteTexts.get(k), clock.instant(), ADMIN));
                    p.notesEver.add(noteTexts.get(k));
                } else {
                    p.spareNotes.add(noteTexts.get(k));
                }
            }
            if (hobby != null) {
                b.customField(HOBBY, hobby);
            }
            p.id = registry.as(ADMIN, dice.chance(30) ? "Dane od " + p.fullName() : null).create(b.build()).id();
            persons.add(p);
        }

        private void createCompany(int c, Pool remarks) {
            CompanyData data = new CompanyData(c, COMPANY_DOMAINS.get(c));
            Company.Builder b = company(COMPANY_NAMES.get(c)).nip(nip(100 + c))
                    .addContactPoint(PostalAddress.polish(COMPANY_STREETS.get(c), Integer.toString(1 + c), "95-010",
                            dice.pick(CITIES)))
                    .addContactPoint(EmailContact.of("biuro@" + data.domain));
            boolean primary = true;
            for (PersonData p : persons) {
                if (!dice.chance(60)) {
                    continue;
                }
                String workEmail = p.asciiName() + "@" + data.domain;
                List<ContactPoint> points = new ArrayList<>();
                points.add(new EmailContact(Email.of(workEmail), ContactUsage.of(ContactPurpose.WORK)));
                p.workEmailsEver.add(workEmail);
                if (dice.chance(50)) {
                    String workPhone = "+4822" + c + p.index + String.format("%05d", dice.roll(100_000));
                    points.add(new PhoneContact(PhoneNumber.parse(workPhone), ContactUsage.of(ContactPurpose.WORK)));
                    p.workPhones.add(PhoneNumber.parse(workPhone).value());
                }
                ContactPerson cp = new ContactPerson(p.id, Optional.of(dice.pick(POSITIONS)),
                        dice.chance(50) ? Optional.of(dice.pick(DEPARTMENTS)) : Optional.empty(),
                        LocalDate.of(2026, 1, 1), Optional.empty(), primary, points);
                primary = false;
                if (dice.chance(60)) {
                    String remark = remarks.take(dice);
                    cp = cp.withCustomField(REMARK, remark);
                    p.remarks.add(remark);
                }
                b.addContactPerson(cp);
            }
            if (dice.chance(50)) {
                b.addNote(Note.of(dice.pick(COMPANY_NOTES), clock.instant(), ADMIN));
            }
            data.id = registry.create(b.build()).id();
            companies.add(data);
        }

        private PersonData personOf(PartyId id) {
            return persons.stream().filter(p -> p.id.equals(id)).findFirst().orElseThrow();
        }

        private void act() {
            PersonData p = dice.pick(persons);
            CompanyData c = dice.pick(companies);
            Company company = (Company) registry.get(c.id);
            Optional<PersonData> contact = company.contactPersons().isEmpty() ? Optional.empty()
                    : Optional.of(personOf(dice.pick(company.contactPersons()).person()));
            Instant at = clock.instant().minus(Duration.ofMinutes(dice.roll(600)));
            switch (dice.roll(9)) {
                case 0 -> registry.history().log(Interaction.builder(p.id, dice.pick(List.of(InteractionType.CALL,
                                InteractionType.EMAIL, InteractionType.MEETING)), at).author(ADMIN)
                        .subject(dice.chance(40) ? "Rozmowa z " + p.fullName() : dice.pick(SUBJECTS))
                        .outcome(dice.chance(30) ? "Oddzwonić do " + p.given : dice.pick(OUTCOMES)).build());
                case 1 -> {
                    Interaction.Builder i = Interaction.builder(c.id, InteractionType.MEETING, at).author(ADMIN)
                            .outcome(dice.pick(OUTCOMES));
                    if (contact.isPresent()) {
                        i.contactPerson(contact.get().id).subject(dice.chance(40)
                                ? "Spotkanie z " + contact.get().fullName() : dice.pick(SUBJECTS));
                    } else {
                        i.subject(dice.pick(SUBJECTS));
                    }
                    registry.history().log(i.build());
                }
                case 2 -> registry.history().record(Transaction.order(dice.chance(50) ? p.id : c.id,
                        TODAY.minusDays(1 + dice.roll(300)), Money.of(BigDecimal.valueOf(100 + dice.roll(500_000), 2),
                                "PLN")));
                case 3 -> grantByPerson(p, at);
                case 4 -> grantByCompany(c, contact, at);
                case 5 -> updatePerson(p);
                case 6 -> updateCompany(c, contact);
                case 7 -> {
                    Party party = registry.get(p.id);
                    if (party.status() == PartyStatus.ACTIVE) {
                        registry.archive(p.id, party.version());
                    } else {
                        registry.restore(p.id, party.version());
                    }
                }
                default -> registry.as(ADMIN, dice.chance(50) ? "Prośba klienta " + p.fullName() : null)
                        .update(registry.get(p.id).toBuilder().tag(dice.pick(List.of("vip", "stały klient")))
                                .build());
            }
        }

        private void grantByPerson(PersonData p, Instant at) {
            Person person = (Person) registry.get(p.id);
            Optional<String> evidence = dice.chance(60) ? Optional.of("Formularz podpisany przez " + p.fullName())
                    : Optional.empty();
            ConsentPurpose purpose = dice.pick(List.of(ConsentPurpose.MARKETING, ConsentPurpose.NEWSLETTER));
            switch (dice.roll(3)) {
                case 0 -> registry.consents().grant(p.id,
                        dice.pick(person.contactPoints(EmailContact.class)).email(), ConsentChannel.EMAIL, purpose,
                        ConsentSource.WEB_FORM, at, evidence, Optional.empty(), dice.chance(30));
                case 1 -> registry.consents().grant(p.id, dice.pick(person.contactPoints(PhoneContact.class)).phone(),
                        ConsentChannel.SMS, purpose, ConsentSource.CALL, at, evidence, Optional.empty(), false);
                default -> registry.consents().grant(p.id, ConsentChannel.POST, purpose, ConsentSource.IN_PERSON, at,
                        evidence, Optional.empty(), false);
            }
        }

        private void grantByCompany(CompanyData c, Optional<PersonData> contact, Instant at) {
            Company company = (Company) registry.get(c.id);
            Optional<EmailContact> workEmail = contact.flatMap(p -> company.contactPersons().stream()
                    .filter(cp -> cp.person().equals(p.id)).flatMap(cp -> cp.contactPoints().stream())
                    .filter(EmailContact.class::isInstance).map(EmailContact.class::cast).findFirst());
            if (workEmail.isPresent() && dice.chance(60)) {
                registry.consents().grant(c.id, workEmail.get().email(), ConsentChannel.EMAIL,
                        ConsentPurpose.MARKETING, ConsentSource.IN_PERSON, at,
                        Optional.of("Zgodę w imieniu firmy podpisał(a) " + contact.get().fullName()), Optional.empty(),
                        false);
            } else {
                registry.consents().grant(c.id, ConsentChannel.POST, ConsentPurpose.MARKETING,
                        ConsentSource.IN_PERSON, at, Optional.of(dice.pick(COMPANY_NOTES)), Optional.empty(), false);
            }
        }

        private void updatePerson(PersonData p) {
            Person person = (Person) registry.get(p.id);
            Person.Builder b = person.toBuilder();
            String reason = null;
            switch (dice.roll(3)) {
                case 0 -> b.profession(dice.pick(PROFESSIONS));
                case 1 -> {
                    if (!p.spareNotes.isEmpty()) {
                        String text = p.spareNotes.remove(0);
                        b.addNote(Note.of(text, clock.instant(), ADMIN));
                        p.notesEver.add(text);
                    }
                }
                default -> {
                    List<ContactPoint> points = new ArrayList<>(person.contactPoints());
                    int at = points.indexOf(person.contactPoints(EmailContact.class).get(0));
                    String email = p.asciiName() + ".n" + (++p.emailChanges) + "@" + dice.pick(PRIVATE_DOMAINS);
                    points.set(at, new EmailContact(Email.of(email), ContactUsage.main()));
                    p.emailsEver.add(email);
                    b.contactPoints(points);
                    reason = "Zmiana danych kontaktowych";
                }
            }
            registry.as(ADMIN, reason).update(b.build());
        }

        private void updateCompany(CompanyData c, Optional<PersonData> contact) {
            Company company = (Company) registry.get(c.id);
            Company.Builder b = company.toBuilder();
            String reason = null;
            if (contact.isEmpty() || dice.chance(25)) {
                b.addNote(Note.of(dice.pick(COMPANY_NOTES), clock.instant(), ADMIN));
            } else {
                PersonData p = contact.get();
                switch (dice.roll(3)) {
                    case 0 -> {
                        b.addNote(Note.of("Spotkanie z " + p.fullName() + " w sprawie umowy", clock.instant(), ADMIN));
                        reason = dice.chance(50) ? "Rozmowa z " + p.fullName() : null;
                    }
                    case 1 -> b.contactPersons(company.contactPersons().stream()
                            .map(cp -> cp.person().equals(p.id) ? cp.withPosition(dice.pick(POSITIONS)) : cp)
                            .toList());
                    default -> {
                        String workEmail = p.asciiName() + ".n" + (++p.emailChanges) + "@" + c.domain;
                        p.workEmailsEver.add(workEmail);
                        b.contactPersons(company.contactPersons().stream().map(cp -> cp.person().equals(p.id)
                                ? new ContactPerson(cp.person(), cp.position(), cp.department(), cp.since(),
                                cp.until(), cp.primary(), Stream.concat(
                                        Stream.of(new EmailContact(Email.of(workEmail),
                                                ContactUsage.of(ContactPurpose.WORK))),
                                        cp.contactPoints().stream().filter(x -> !(x instanceof EmailContact)))
                                .toList(), cp.customFields()) : cp).toList());
                    }
                }
            }
            registry.as(ADMIN, reason).update(b.build());
        }
    }
}
