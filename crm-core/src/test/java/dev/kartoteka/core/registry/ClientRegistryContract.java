package dev.kartoteka.core.registry;

import static dev.kartoteka.core.registry.ExampleParties.KNOWN_NIP;
import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.krs;
import static dev.kartoteka.core.registry.ExampleParties.nip;
import static dev.kartoteka.core.registry.ExampleParties.person;
import static dev.kartoteka.core.registry.ExampleParties.regon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.ForeignTaxNumber;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.standardization.Standardizer;
import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPurpose;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.ImportantDateKind;
import dev.kartoteka.core.party.LeadDetails;
import dev.kartoteka.core.party.LeadSource;
import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.OwnerAssignment;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.party.UtmParameters;
import dev.kartoteka.core.party.WorkingHours;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ClientRegistry} must show, whatever its {@link PartyStore}. A store implementation runs it
 * by extending this class and returning a new, empty store from {@link #newStore()}; everything is tested through the
 * public {@link ClientRegistry} API only.
 *
 * <p>The registry's clock is a {@link MutableClock} standing at 2026-11-22T10:00Z (UTC) until a test moves it.
 */
public abstract class ClientRegistryContract {

    /** The registry's "today" when the clock has not been moved. */
    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    protected static final UserId ALICE = UserId.of("alice");
    protected static final UserId BOB = UserId.of("bob");
    protected static final UserId CAROL = UserId.of("carol");

    protected MutableClock clock;
    protected RecordingListener recorder;
    protected ClientRegistry registry;

    /**
     * Returns a new, empty store for one test.
     *
     * @return the store
     */
    protected abstract PartyStore newStore();

    @BeforeEach
    void setUpRegistry() {
        clock = new MutableClock();
        recorder = new RecordingListener();
        registry = ClientRegistry.builder().store(newStore()).clock(clock).listener(recorder).build();
    }

    // ------------------------------------------------------------------------------------------------------------
    // create, get, findById

    @Test
    void createsCompanyWithVersionZeroTimestampsFromTheClockAndTheGivenId() {
        clock.advance(Duration.ofMinutes(5));
        PartyId id = PartyId.random();
        Company acme = company("Acme Polska").id(id).shortName("Acme").legalForm(LegalForm.LIMITED_LIABILITY_COMPANY)
                .nip(Nip.parse(KNOWN_NIP)).build();

        Company stored = registry.create(acme);

        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.version()).isZero();
        assertThat(stored.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(stored.createdAt()).isEqualTo(clock.instant()).isEqualTo(MutableClock.START.plusSeconds(300));
        assertThat(stored.updatedAt()).isEqualTo(clock.instant());
        assertThat(stored.legalName()).isEqualTo("Acme Polska");
        assertThat(stored.shortName()).contains("Acme");
        assertThat(stored.nip()).contains(Nip.parse(KNOWN_NIP));
        assertThat(registry.get(id)).isEqualTo(stored);
        assertThat(registry.findById(id)).contains(stored);
    }

    @Test
    void createsPersonKeepingEveryFieldItWasGiven() {
        Pesel pesel = Pesel.of(LocalDate.of(1985, 3, 14), Sex.FEMALE, 123);
        Person anna = person("Anna Maria", "Kowalska-Nowak").fromPesel(pesel).profession("lekarz")
                .preferredLanguage(Locale.forLanguageTag("pl"))
                .addContactPoint(EmailContact.of("anna@example.pl"))
                .addContactPoint(PhoneContact.of("601 234 567"))
                .addContactPoint(PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź")
                        .withDistrict("Śródmieście"))
                .addImportantDate(ImportantDate.yearly(ImportantDateKind.NAME_DAY, MonthDay.of(7, 26), "imieniny"))
                .addInterest("wędkarstwo").tag("VIP", "targi 2026")
                .addNote(Note.of("prefers calls after 15:00", Instant.parse("2026-11-01T09:00:00Z"), ALICE))
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2026, 1, 1)))
                .build();

        Person stored = registry.create(anna);

        Person expected = anna.toBuilder().createdAt(clock.instant()).updatedAt(clock.instant()).build();
        assertThat(stored).isEqualTo(expected);
        assertThat(registry.get(anna.id())).isEqualTo(expected);
        assertThat(stored.ownerHistory()).isEmpty();
    }

    @Test
    void aPersonKnownByOneNameIsStoredReadBackAndFoundByIt() {
        Person anna = Person.builder().givenNames("Anna").addContactPoint(EmailContact.of("anna@example.pl")).build();
        Person nowak = Person.builder().familyName("Nowak").addContactPoint(PhoneContact.of("601 234 567")).build();

        registry.create(anna);
        registry.create(nowak);

        assertThat(registry.get(anna.id())).isInstanceOfSatisfying(Person.class, p -> {
            assertThat(p.givenNames()).isEqualTo("Anna");
            assertThat(p.familyName()).isEmpty();
            assertThat(p.displayName()).isEqualTo("Anna");
        });
        assertThat(registry.get(nowak.id())).isInstanceOfSatisfying(Person.class, p -> {
            assertThat(p.givenNames()).isEmpty();
            assertThat(p.familyName()).isEqualTo("Nowak");
        });
        assertThat(registry.search(PartyQuery.builder().name("nowak").build()).items()).extracting(Party::id)
                .containsExactly(nowak.id());
        assertThat(registry.search(PartyQuery.builder().name("anna").build()).items()).extracting(Party::id)
                .containsExactly(anna.id());
        Person withFamily = registry.update(((Person) registry.get(anna.id())).toBuilder()
                .familyName("Kowalska").build());
        assertThat(registry.get(anna.id())).isEqualTo(withFamily);
        assertThat(withFamily.displayName()).isEqualTo("Anna Kowalska");
    }

    @Test
    void createStartsTheOwnerHistoryOfAPartyWithAnOwner() {
        Company stored = registry.create(company("Acme").owner(ALICE).build());

        assertThat(stored.owner()).contains(ALICE);
        assertThat(stored.ownerHistory())
                .containsExactly(new OwnerAssignment(ALICE, clock.instant(), Optional.empty(), Optional.empty()));
    }

    @Test
    void createIgnoresRegistryMaintainedFieldsSetByTheCaller() {
        Company given = company("Acme").status(PartyStatus.ARCHIVED).createdAt(Instant.parse("2001-01-01T00:00:00Z"))
                .updatedAt(Instant.parse("2002-01-01T00:00:00Z")).build();

        Company stored = registry.create(given);

        assertThat(stored.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
        assertThat(stored.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void createReplacesAnOwnerHistoryGivenByTheCaller() {
        OwnerAssignment forged = new OwnerAssignment(BOB, Instant.parse("2001-01-01T00:00:00Z"), Optional.empty(),
                Optional.of("forged"));

        Company withOwner = registry.create(company("With owner").owner(ALICE).ownerHistory(List.of(forged)).build());
        Company withoutOwner = registry.create(company("Without owner").ownerHistory(List.of(forged)).build());

        assertThat(withOwner.ownerHistory())
                .containsExactly(new OwnerAssignment(ALICE, clock.instant(), Optional.empty(), Optional.empty()));
        assertThat(withoutOwner.ownerHistory()).isEmpty();
    }

    @Test
    void rejectsCreatingAPartyWhoseVersionIsNotZero() {
        Company stored = company("Acme").version(3).build();

        assertThatThrownBy(() -> registry.create(stored)).isInstanceOf(RuntimeException.class);
        assertThat(registry.findById(stored.id())).isEmpty();
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void rejectsCreatingASecondPartyWithAnIdAlreadyStored() {
        Company first = registry.create(company("First").build());
        Company second = company("Second").id(first.id()).build();

        assertThatThrownBy(() -> registry.create(second)).isInstanceOf(KartotekaException.class);
        assertThat(registry.get(first.id())).isEqualTo(first);
    }

    @Test
    void findByIdIsEmptyAndGetThrowsNotFoundForAnUnknownId() {
        PartyId unknown = PartyId.random();

        assertThat(registry.findById(unknown)).isEmpty();
        assertThatThrownBy(() -> registry.get(unknown)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }

    @Test
    void rejectsNullArguments() {
        Company acme = registry.create(company("Acme").build());

        assertThatNullPointerException().isThrownBy(() -> registry.create(null));
        assertThatNullPointerException().isThrownBy(() -> registry.update(null));
        assertThatNullPointerException().isThrownBy(() -> registry.findById(null));
        assertThatNullPointerException().isThrownBy(() -> registry.get(null));
        assertThatNullPointerException().isThrownBy(() -> registry.findByIdentifier(null));
        assertThatNullPointerException().isThrownBy(() -> registry.search(null));
        assertThatNullPointerException().isThrownBy(() -> registry.forEachMatch(null, p -> { }));
        assertThatNullPointerException().isThrownBy(() -> registry.forEachMatch(PartyQuery.builder().build(), null));
        assertThatNullPointerException().isThrownBy(() -> registry.addRole(acme.id(), 0, null));
        assertThatNullPointerException().isThrownBy(() -> registry.companiesOf(null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> registry.upcomingDates(null, 5));
        assertThatNullPointerException().isThrownBy(() -> registry.subscribe(null));
        assertThat(registry.get(acme.id())).isEqualTo(acme);
    }

    // ------------------------------------------------------------------------------------------------------------
    // update and versions

    @Test
    void updateStoresTheChangeWithTheNextVersionAndANewChangeTime() {
        Company v0 = registry.create(company("Acme").build());
        Instant created = clock.instant();
        clock.advance(Duration.ofHours(1));

        Company v1 = registry.update(v0.toBuilder().industry("logistyka").build());
        clock.advance(Duration.ofHours(1));
        Company v2 = registry.update(v1.toBuilder().legalName("Acme Polska").build());

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.createdAt()).isEqualTo(created);
        assertThat(v1.updatedAt()).isEqualTo(created.plus(Duration.ofHours(1)));
        assertThat(v2.updatedAt()).isEqualTo(clock.instant());
        assertThat(v2.industry()).contains("logistyka");
        assertThat(v2.legalName()).isEqualTo("Acme Polska");
        assertThat(registry.get(v0.id())).isEqualTo(v2);
    }

    @Test
    void updateBasedOnAStaleVersionThrowsAndChangesNothing() {
        Company v0 = registry.create(company("Acme").build());
        Company v1 = registry.update(v0.toBuilder().industry("logistyka").build());
        recorder.clear();

        assertThatThrownBy(() -> registry.update(v0.toBuilder().industry("budownictwo").build()))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.expectedVersion()).isZero();
                    assertThat(e.actualVersion()).isEqualTo(1);
                });

        assertThat(registry.get(v0.id())).isEqualTo(v1);
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void updateOfAPartyThatWasNeverStoredThrowsNotFound() {
        Company never = company("Ghost").build();

        assertThatThrownBy(() -> registry.update(never)).isInstanceOf(NotFoundException.class);
        assertThat(registry.findById(never.id())).isEmpty();
    }

    @Test
    void updateKeepsTheRegistryMaintainedFields() {
        Company v0 = registry.create(company("Acme").owner(ALICE).build());
        Party archived = registry.archive(v0.id(), 0);
        clock.advance(Duration.ofMinutes(1));

        Company forged = ((Company) archived).toBuilder().industry("IT").status(PartyStatus.ACTIVE)
                .createdAt(Instant.EPOCH).ownerHistory(List.of()).build();
        Company v2 = registry.update(forged);

        assertThat(v2.status()).isEqualTo(PartyStatus.ARCHIVED);
        assertThat(v2.createdAt()).isEqualTo(v0.createdAt());
        assertThat(v2.ownerHistory()).isEqualTo(v0.ownerHistory());
        assertThat(v2.industry()).contains("IT");
    }

    @Test
    void updateRaisesPartyUpdatedWithTheStateBeforeAndAfter() {
        Company v0 = registry.create(company("Acme").build());
        recorder.clear();

        Company v1 = registry.update(v0.toBuilder().industry("IT").build());

        assertThat(recorder.events()).containsExactly(new RegistryEvent.PartyUpdated(v0, v1, clock.instant()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // validation

    @Test
    void anAddressWhosePostalCodeIsNotKnownIsStoredWithAnEmptyOneAndAWrongOneIsRefused() {
        Person anna = registry.create(person("Anna", "Nowak")
                .addContactPoint(PostalAddress.polish("ul. Krakowska", "9", "", "Jelenia Góra")).build());

        PostalAddress stored = registry.get(anna.id()).contactPoints(PostalAddress.class).get(0);
        assertThat(stored.postalCode()).isEmpty();
        assertThat(stored.city()).isEqualTo("Jelenia Góra");
        assertThat(registry.search(PartyQuery.builder().city("jelenia gora").build()).items())
                .extracting(Party::id).containsExactly(anna.id());
        assertThatThrownBy(() -> registry.create(person("Ewa", "Lis")
                .addContactPoint(PostalAddress.polish("ul. Krakowska", "9", " ", "Jelenia Góra")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("contactPoints[0].postalCode"));
        assertThatThrownBy(() -> registry.create(person("Ewa", "Lis")
                .addContactPoint(PostalAddress.of("DE", "Hauptstraße", "5", "   ", "Berlin")).build()))
                .as("blank is no postal code in any country").isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::expected)
                                .containsExactly("a postal code, or empty if not known"));
    }

    @Test
    void validationReportsEveryViolationOfACompanyAtOnceWithItsPath() {
        Company bad = company("   ")
                .addContactPoint(PostalAddress.polish("ul. Piotrkowska", "104", "90926", "Łódź"))
                .addContactPoint(EmailContact.of("biuro@acme.pl").asPreferred())
                .addContactPoint(EmailContact.of("faktury@acme.pl").asPreferred())
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2026, 1, 1)))
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2026, 6, 1)))
                .build();

        assertThatThrownBy(() -> registry.create(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                    "legalName", "contactPoints[0].postalCode", "contactPoints[2].usage.preferred", "roles[1]");
            assertThat(e.getMessage()).doesNotContain("biuro@acme.pl", "faktury@acme.pl", "90926");
        });
        assertThat(registry.validate(bad)).extracting(Violation::path).containsExactlyInAnyOrder(
                "legalName", "contactPoints[0].postalCode", "contactPoints[2].usage.preferred", "roles[1]");
    }

    @Test
    void validationReportsEveryViolationOfAPersonAtOnceWithoutPersonalDataInClear() {
        Pesel pesel = Pesel.of(LocalDate.of(1985, 3, 14), Sex.FEMALE, 123);
        Person bad = person("Anna", " ").pesel(pesel).birthDate(LocalDate.of(1986, 4, 15)).sex(Sex.FEMALE)
                .addContactPoint(PostalAddress.polish("ul. Długa", "5", "0-1234", "Gdańsk"))
                .addContactPoint(EmailContact.of("anna.kowalska@example.pl").asPreferred())
                .addContactPoint(EmailContact.of("a.kowalska@praca.pl").asPreferred())
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2026, 1, 1)).endedOn(LocalDate.of(2026, 6, 30)))
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2026, 6, 30)))
                .build();

        assertThatThrownBy(() -> registry.create(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                    "familyName", "birthDate", "contactPoints[0].postalCode", "contactPoints[2].usage.preferred",
                    "roles[1]");
            assertThat(e.getMessage()).doesNotContain(pesel.value(), "anna.kowalska@example.pl",
                    "a.kowalska@praca.pl", "1986-04-15", "0-1234");
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.value())
                    .doesNotContain(pesel.value(), "anna.kowalska", "1986-04-15", "0-1234"));
        });
    }

    @Test
    void validateListsViolationsWithoutStoringAnythingAndNothingForAValidParty() {
        Company bad = company("").build();
        Company good = company("Acme").nip(Nip.parse(KNOWN_NIP)).build();

        assertThat(registry.validate(bad)).extracting(Violation::path).containsExactly("legalName");
        assertThat(registry.validate(good)).isEmpty();
        assertThat(registry.findById(bad.id())).isEmpty();
        assertThat(registry.findById(good.id())).isEmpty();
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void anAddressOfAPlaceAloneIsStoredAndAStreetOrAFlatNeedsItsBuildingNumber() {
        PostalAddress place = new PostalAddress(Optional.empty(), "", Optional.empty(), "00-950", "Warszawa",
                Optional.empty(), Optional.empty(), "PL", ContactUsage.main());
        Person stored = registry.create(person("Anna", "Kowalska").addContactPoint(place).build());

        assertThat(registry.get(stored.id()).contactPoints(PostalAddress.class)).containsExactly(place);
        Person street = person("Jan", "Lis").addContactPoint(new PostalAddress(Optional.of("ul. Długa"), "",
                Optional.empty(), "00-950", "Warszawa", Optional.empty(), Optional.empty(), "PL",
                ContactUsage.main())).build();
        Person flat = person("Jan", "Lis").addContactPoint(place.withUnit("3")).build();
        Person blank = person("Jan", "Lis").addContactPoint(new PostalAddress(Optional.empty(), " ",
                Optional.empty(), "00-950", "Warszawa", Optional.empty(), Optional.empty(), "PL",
                ContactUsage.main())).build();
        for (Person bad : List.of(street, flat, blank)) {
            assertThat(registry.validate(bad)).extracting(Violation::path, Violation::expected)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("contactPoints[0].building",
                            "must not be blank"));
        }
    }

    @Test
    void aPeselContradictingTheStatedSexIsAViolation() {
        Pesel pesel = Pesel.of(LocalDate.of(1985, 3, 14), Sex.FEMALE, 7);
        Person bad = person("Anna", "Kowalska").fromPesel(pesel).sex(Sex.MALE).build();

        assertThat(registry.validate(bad)).extracting(Violation::path).containsExactly("sex");
    }

    // ------------------------------------------------------------------------------------------------------------
    // createAll (the bulk path)

    @Test
    void createAllStoresTheValidPartiesAndRejectsEachInvalidOneWithItsPositionAndReason() {
        registry.create(company("Holder").nip(Nip.parse(KNOWN_NIP)).build());
        recorder.clear();
        PartyId taken = registry.create(company("Taken id").build()).id();
        recorder.clear();
        List<Party> input = List.of(
                company("Alfa").regon(regon(1)).build(),
                company(" ").build(),                                      // invalid: blank legal name
                company("Beta").nip(Nip.parse(KNOWN_NIP)).build(),         // NIP held by a stored party
                person("Anna", "Nowak").addContactPoint(EmailContact.of("anna@example.pl")).build(),
                company("Gamma").regon(regon(1)).build(),                  // REGON repeated within the input
                company("Delta").id(taken).build(),                        // id taken
                company("Epsilon").build());
        List<long[]> progress = new ArrayList<>();

        BulkResult result = registry.createAll(input, 3, (done, ok, failed) -> progress.add(new long[] {done, ok, failed}));

        assertThat(result.processed()).isEqualTo(7);
        assertThat(result.created()).isEqualTo(3);
        assertThat(result.rejected()).extracting(BulkResult.Rejection::index).containsExactly(1L, 2L, 4L, 5L);
        assertThat(result.rejected()).<Class<?>>extracting(r -> r.reason().getClass()).containsExactly(
                ValidationException.class, DuplicateIdentifierException.class, DuplicateIdentifierException.class,
                StateConflictException.class);
        assertThat(names(PartyQuery.builder())).containsExactly("Alfa", "Anna Nowak", "Epsilon", "Holder",
                "Taken id");
        Party alfa = registry.get(input.get(0).id());
        assertThat(alfa.version()).isZero();
        assertThat(alfa.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(alfa.createdAt()).isEqualTo(clock.instant());
        assertThat(recorder.ofType(RegistryEvent.PartyCreated.class)).extracting(RegistryEvent::partyId)
                .containsExactly(input.get(0).id(), input.get(3).id(), input.get(6).id());
        assertThat(progress).extracting(p -> p[0]).containsExactly(3L, 6L, 7L);
        assertThat(progress.get(progress.size() - 1)).containsExactly(7, 3, 4);
    }

    @Test
    void createAllOfValidPartiesStoresThemAllAsCreateWould() {
        List<Party> input = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            input.add(company("Firma " + i).nip(nip(i + 1)).addContactPoint(EmailContact.of("biuro" + i + "@firma.pl"))
                    .owner(ALICE).build());
        }

        BulkResult result = registry.createAll(input, 10, Progress.NONE);

        assertThat(result.created()).isEqualTo(25);
        assertThat(result.rejected()).isEmpty();
        for (Party given : input) {
            Party stored = registry.get(given.id());
            assertThat(stored.displayName()).isEqualTo(given.displayName());
            assertThat(stored.ownerHistory()).containsExactly(new OwnerAssignment(ALICE, clock.instant(),
                    java.util.Optional.empty(), java.util.Optional.empty()));
            assertThat(registry.findByIdentifier(((Company) given).nip().orElseThrow())).containsExactly(stored);
        }
    }

    @Test
    void createAllAcceptsAContactPersonCreatedEarlierInTheSameBatchAndRejectsAnUnknownOne() {
        Person anna = person("Anna", "Nowak").build();
        Company acme = company("Acme").addContactPerson(ContactPerson.of(anna.id(), TODAY)).build();
        Company ghost = company("Ghost").addContactPerson(ContactPerson.of(PartyId.random(), TODAY)).build();
        Company notAPerson = company("Beta").addContactPerson(ContactPerson.of(acme.id(), TODAY)).build();

        BulkResult result = registry.createAll(List.of(anna, acme, ghost, notAPerson), 10, Progress.NONE);

        assertThat(result.rejected()).extracting(BulkResult.Rejection::index).containsExactly(2L, 3L);
        assertThat(result.rejected()).allSatisfy(r -> assertThat(r.reason()).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("contactPersons[0].person")));
        assertThat(registry.companiesOf(anna.id(), TODAY)).extracting(Company::id).containsExactly(acme.id());
    }

    @Test
    void createAllRejectsABatchSizeBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> registry.createAll(List.of(), 0, Progress.NONE))
                .withMessageContaining("batchSize");
    }

    @Test
    void createThatFailsValidationStoresNothingAndReservesNoIdentifier() {
        Company bad = company(" ").nip(Nip.parse(KNOWN_NIP)).addContactPoint(EmailContact.of("biuro@acme.pl")).build();

        assertThatThrownBy(() -> registry.create(bad)).isInstanceOf(ValidationException.class);

        assertThat(registry.findById(bad.id())).isEmpty();
        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).isEmpty();
        assertThat(registry.findByIdentifier(Email.of("biuro@acme.pl"))).isEmpty();
        assertThat(registry.search(PartyQuery.builder().includeArchived(true).build()).totalItems()).isZero();
        assertThat(recorder.events()).isEmpty();
        Company good = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).build());
        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).containsExactly(good);
    }

    @Test
    void updateThatFailsValidationChangesNothing() {
        Company v0 = registry.create(company("Acme").addContactPoint(EmailContact.of("biuro@acme.pl")).build());
        recorder.clear();

        Company bad = v0.toBuilder().legalName("").contactPoints(List.of(EmailContact.of("nowy@acme.pl"))).build();
        assertThatThrownBy(() -> registry.update(bad)).isInstanceOf(ValidationException.class);

        assertThat(registry.get(v0.id())).isEqualTo(v0);
        assertThat(registry.findByIdentifier(Email.of("biuro@acme.pl"))).containsExactly(v0);
        assertThat(registry.findByIdentifier(Email.of("nowy@acme.pl"))).isEmpty();
        assertThat(recorder.events()).isEmpty();
        assertThat(registry.update(v0.toBuilder().legalName("Acme 2").build()).version()).isEqualTo(1);
    }

    @Test
    void validationComesBeforeTheUniquenessCheck() {
        registry.create(company("Holder").nip(Nip.parse(KNOWN_NIP)).build());

        assertThatThrownBy(() -> registry.create(company(" ").nip(Nip.parse(KNOWN_NIP)).build()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void validatesBirthDatesAgainstTheRegistryClock() {
        clock.set(Instant.parse("2031-01-01T10:00:00Z"));
        Person bornIn2030 = person("Jan", "Nowak").birthDate(LocalDate.of(2030, 6, 1)).build();
        Person bornTomorrow = person("Jan", "Jutro").birthDate(LocalDate.of(2031, 1, 2)).build();

        assertThat(registry.validate(bornIn2030)).isEmpty();
        assertThat(registry.validate(bornTomorrow)).extracting(Violation::path).containsExactly("birthDate");
    }

    // ------------------------------------------------------------------------------------------------------------
    // unique identifiers

    @Test
    void rejectsASecondPartyWithTheSameNip() {
        Company first = registry.create(company("First").nip(Nip.parse(KNOWN_NIP)).build());
        recorder.clear();
        Company second = company("Second").nip(Nip.parse("PL 526-104-08-28")).build();

        assertThatThrownBy(() -> registry.create(second)).isInstanceOfSatisfying(DuplicateIdentifierException.class,
                e -> {
                    assertThat(e.identifierType()).isEqualTo("NIP");
                    assertThat(e.holderId()).isEqualTo(first.id().toString());
                });
        assertThat(registry.findById(second.id())).isEmpty();
        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).containsExactly(first);
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void rejectsASecondPersonWithTheSamePeselWithoutShowingThePesel() {
        Pesel pesel = Pesel.of(LocalDate.of(1990, 5, 17), Sex.MALE, 321);
        Person first = registry.create(person("Jan", "Kowalski").fromPesel(pesel).build());
        Person second = person("Janusz", "Kowalski").fromPesel(Pesel.parse(pesel.value())).build();

        assertThatThrownBy(() -> registry.create(second)).isInstanceOfSatisfying(DuplicateIdentifierException.class,
                e -> {
                    assertThat(e.identifierType()).isEqualTo("PESEL");
                    assertThat(e.holderId()).isEqualTo(first.id().toString());
                    assertThat(e.getMessage()).doesNotContain(pesel.value());
                });
        assertThat(registry.findById(second.id())).isEmpty();
    }

    @Test
    void rejectsASecondPartyWithTheSameRegonOrKrs() {
        registry.create(company("First").regon(regon(1234)).krs(krs(28859)).build());

        assertThatThrownBy(() -> registry.create(company("Second").regon(regon(1234)).build()))
                .isInstanceOf(DuplicateIdentifierException.class);
        assertThatThrownBy(() -> registry.create(company("Third").krs(Krs.parse("28860")).build()))
                .isInstanceOf(DuplicateIdentifierException.class);
        assertThat(registry.search(PartyQuery.builder().build()).totalItems()).isEqualTo(1);
    }

    @Test
    void anArchivedPartyStillHoldsItsUniqueIdentifiers() {
        Company first = registry.create(company("First").nip(Nip.parse(KNOWN_NIP)).build());
        registry.archive(first.id(), 0);

        assertThatThrownBy(() -> registry.create(company("Second").nip(Nip.parse(KNOWN_NIP)).build()))
                .isInstanceOf(DuplicateIdentifierException.class);
    }

    @Test
    void updateThatTakesAnotherPartysNipIsRejectedAndChangesNothing() {
        Company holder = registry.create(company("Holder").nip(Nip.parse(KNOWN_NIP)).build());
        Company other = registry.create(company("Other").nip(nip(1)).build());
        recorder.clear();

        assertThatThrownBy(() -> registry.update(other.toBuilder().nip(Nip.parse(KNOWN_NIP)).build()))
                .isInstanceOf(DuplicateIdentifierException.class);

        assertThat(registry.get(other.id())).isEqualTo(other);
        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).containsExactly(holder);
        assertThat(registry.findByIdentifier(nip(1))).containsExactly(other);
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void updateKeepingItsOwnNipIsAccepted() {
        Company v0 = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).build());

        Company v1 = registry.update(v0.toBuilder().industry("IT").build());

        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).containsExactly(v1);
    }

    @Test
    void aNipGivenUpByOnePartyCanBeTakenByAnother() {
        Company v0 = registry.create(company("Old").nip(Nip.parse(KNOWN_NIP)).build());
        Company v1 = registry.update(v0.toBuilder().nip(nip(7)).build());

        Company taker = registry.create(company("New").nip(Nip.parse(KNOWN_NIP)).build());

        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).containsExactly(taker);
        assertThat(registry.findByIdentifier(nip(7))).containsExactly(v1);
    }

    @Test
    void sharedEmailAddressesAndPhoneNumbersAreAllowed() {
        Person a = registry.create(person("Anna", "Nowak").addContactPoint(EmailContact.of("dom@nowakowie.pl"))
                .addContactPoint(PhoneContact.of("601 234 567")).build());
        Person b = registry.create(person("Piotr", "Nowak").addContactPoint(EmailContact.of("dom@nowakowie.pl"))
                .addContactPoint(PhoneContact.of("+48 601-234-567")).build());

        List<Party> expected = sortedById(a, b);
        assertThat(registry.findByIdentifier(Email.of("dom@nowakowie.pl"))).containsExactlyElementsOf(expected);
        assertThat(registry.findByIdentifier(PhoneNumber.parse("601234567"))).containsExactlyElementsOf(expected);
    }

    // ------------------------------------------------------------------------------------------------------------
    // findByIdentifier

    @Test
    void findsACompanyByNipWrittenInAnyAcceptedLayout() {
        Company acme = registry.create(company("Acme").nip(Nip.parse("PL 526-104-08-28")).build());

        assertThat(registry.findByIdentifier(Nip.parse("5261040828"))).containsExactly(acme);
        assertThat(registry.findByIdentifier(Nip.parse("526 104 08 28"))).containsExactly(acme);
        assertThat(registry.findByIdentifier(nip(99))).isEmpty();
    }

    @Test
    void findsACompanyByRegonAndByKrs() {
        Regon regon = regon(12345);
        Company acme = registry.create(company("Acme").regon(regon).krs(Krs.parse("0000028860")).build());
        registry.create(company("Other").regon(regon(54321)).krs(Krs.parse("12")).build());

        assertThat(registry.findByIdentifier(Regon.parse(regon.value()))).containsExactly(acme);
        assertThat(registry.findByIdentifier(Krs.parse("28860"))).containsExactly(acme);
        assertThat(registry.findByIdentifier(Krs.parse("28861"))).isEmpty();
    }

    @Test
    void findsAPersonByPesel() {
        Pesel pesel = Pesel.of(LocalDate.of(1970, 1, 31), Sex.MALE, 55);
        Person jan = registry.create(person("Jan", "Kowalski").fromPesel(pesel).build());
        registry.create(person("Jan", "Nowak").fromPesel(Pesel.of(LocalDate.of(1970, 1, 31), Sex.MALE, 56)).build());

        assertThat(registry.findByIdentifier(Pesel.parse(pesel.value()))).containsExactly(jan);
    }

    @Test
    void findsPartiesByEmailInCanonicalForm() {
        Person anna = registry.create(person("Anna", "Kowalska")
                .addContactPoint(EmailContact.of("Anna.Kowalska@Example.PL")).build());

        assertThat(registry.findByIdentifier(Email.of("Anna.Kowalska@example.pl"))).containsExactly(anna);
        assertThat(registry.findByIdentifier(Email.of("  Anna.Kowalska@EXAMPLE.pl "))).containsExactly(anna);
        assertThat(registry.findByIdentifier(Email.of("other@example.pl"))).isEmpty();
    }

    @Test
    void findsPartiesByPhoneWrittenNationallyOrInternationally() {
        Person anna = registry.create(person("Anna", "Kowalska").addContactPoint(PhoneContact.of("601 234 567"))
                .build());

        assertThat(registry.findByIdentifier(PhoneNumber.parse("+48601234567"))).containsExactly(anna);
        assertThat(registry.findByIdentifier(PhoneNumber.parse("601-234-567"))).containsExactly(anna);
        assertThat(registry.findByIdentifier(PhoneNumber.parse("601 234 568"))).isEmpty();
    }

    @Test
    void findsCompaniesByTheirSharedEuVatNumber() {
        Company a = registry.create(company("Grupa A").euVatNumber(EuVatNumber.parse("DE123456789")).build());
        Company b = registry.create(company("Grupa B").euVatNumber(EuVatNumber.parse("DE 123456789")).build());

        assertThat(registry.findByIdentifier(EuVatNumber.parse("DE123456789")))
                .containsExactlyElementsOf(sortedById(a, b));
    }

    @Test
    void keepsAndFindsACompanyAbroadByItsForeignTaxNumber() {
        Company uk = registry.create(company("Acme Ltd").foreignTaxNumber(ForeignTaxNumber.of("GB", "GB 123 4567 89"))
                .build());
        Company ua = registry.create(company("Ромашка ТОВ").foreignTaxNumber(ForeignTaxNumber.of("UA", "14360570"))
                .build());
        registry.create(company("Acme Inc.").foreignTaxNumber(ForeignTaxNumber.of("US", "123456789")).build());

        assertThat(registry.get(uk.id())).isEqualTo(uk);
        assertThat(((Company) registry.get(ua.id())).foreignTaxNumber()).contains(ForeignTaxNumber.parse("UA14360570"));
        assertThat(registry.findByIdentifier(ForeignTaxNumber.parse("GB123456789"))).containsExactly(uk);
        assertThat(registry.findByIdentifier(ForeignTaxNumber.of("UA", "14-36-05-70"))).containsExactly(ua);
        assertThat(registry.findByIdentifier(ForeignTaxNumber.of("NO", "123456789"))).isEmpty();
        Company changed = registry.update(((Company) registry.get(uk.id())).toBuilder()
                .foreignTaxNumber(ForeignTaxNumber.of("GB", "987654321")).build());
        assertThat(registry.findByIdentifier(ForeignTaxNumber.parse("GB123456789"))).isEmpty();
        assertThat(registry.findByIdentifier(ForeignTaxNumber.parse("GB987654321"))).containsExactly(changed);
    }

    @Test
    void doesNotFindACompanyByTheContactPointsOfItsContactPersons() {
        Person jan = registry.create(person("Jan", "Kowalski").build());
        Company acme = registry.create(company("Acme").addContactPerson(ContactPerson.of(jan.id(), TODAY)
                .withContactPoint(EmailContact.of("jan.kowalski@acme.pl"))).build());

        assertThat(registry.get(acme.id())).isEqualTo(acme);
        assertThat(registry.findByIdentifier(Email.of("jan.kowalski@acme.pl"))).isEmpty();
    }

    @Test
    void changingAnEmailOnUpdateReindexesIt() {
        Person v0 = registry.create(person("Anna", "Kowalska").addContactPoint(EmailContact.of("stary@example.pl"))
                .addContactPoint(PhoneContact.of("601 234 567")).build());

        Person v1 = registry.update(v0.toBuilder().contactPoints(List.of(EmailContact.of("nowy@example.pl"),
                PhoneContact.of("602 345 678"))).build());

        assertThat(registry.findByIdentifier(Email.of("stary@example.pl"))).isEmpty();
        assertThat(registry.findByIdentifier(Email.of("nowy@example.pl"))).containsExactly(v1);
        assertThat(registry.findByIdentifier(PhoneNumber.parse("601 234 567"))).isEmpty();
        assertThat(registry.findByIdentifier(PhoneNumber.parse("602 345 678"))).containsExactly(v1);
    }

    @Test
    void changingThePeselOnUpdateReindexesIt() {
        Pesel oldPesel = Pesel.of(LocalDate.of(1985, 3, 14), Sex.FEMALE, 1);
        Pesel newPesel = Pesel.of(LocalDate.of(1985, 3, 14), Sex.FEMALE, 2);
        Person v0 = registry.create(person("Anna", "Kowalska").fromPesel(oldPesel).build());

        Person v1 = registry.update(v0.toBuilder().fromPesel(newPesel).build());

        assertThat(registry.findByIdentifier(oldPesel)).isEmpty();
        assertThat(registry.findByIdentifier(newPesel)).containsExactly(v1);
    }

    // ------------------------------------------------------------------------------------------------------------
    // archive and restore

    @Test
    void archivedPartiesLeaveSearchesButAreStillFoundByIdAndIdentifier() {
        Company acme = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP))
                .addContactPoint(EmailContact.of("biuro@acme.pl")).build());
        Company other = registry.create(company("Acme Bis").build());
        clock.advance(Duration.ofMinutes(1));

        Party archived = registry.archive(acme.id(), 0);

        assertThat(archived.status()).isEqualTo(PartyStatus.ARCHIVED);
        assertThat(archived.version()).isEqualTo(1);
        assertThat(archived.updatedAt()).isEqualTo(clock.instant());
        assertThat(registry.findById(acme.id())).contains(archived);
        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).containsExactly(archived);
        assertThat(registry.findByIdentifier(Email.of("biuro@acme.pl"))).containsExactly(archived);
        assertThat(registry.search(PartyQuery.builder().name("acme").build()).items()).containsExactly(other);
        assertThat(registry.search(PartyQuery.builder().name("acme").includeArchived(true).build()).items())
                .containsExactly(archived, other);
    }

    @Test
    void archiveKeepsAllDataAndRaisesPartyUpdatedAndPartyArchived() {
        Company acme = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).tag("vip").owner(ALICE).build());
        recorder.clear();

        Party archived = registry.archive(acme.id(), 0);

        assertThat(archived).isEqualTo(acme.toBuilder().status(PartyStatus.ARCHIVED).version(1).build());
        assertThat(recorder.types())
                .containsExactly(RegistryEvent.PartyUpdated.class, RegistryEvent.PartyArchived.class);
        assertThat(recorder.ofType(RegistryEvent.PartyArchived.class).get(0).party()).isEqualTo(archived);
    }

    @Test
    void archivingTwiceIsAnIllegalState() {
        Company acme = registry.create(company("Acme").build());
        Party archived = registry.archive(acme.id(), 0);

        assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> registry.archive(acme.id(), archived.version()));
        assertThat(registry.get(acme.id())).isEqualTo(archived);
    }

    @Test
    void restoreBringsAnArchivedPartyBackIntoSearches() {
        Company acme = registry.create(company("Acme").build());
        Party archived = registry.archive(acme.id(), 0);
        recorder.clear();

        Party restored = registry.restore(acme.id(), archived.version());

        assertThat(restored.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(restored.version()).isEqualTo(2);
        assertThat(registry.search(PartyQuery.builder().build()).items()).containsExactly(restored);
        assertThat(recorder.types())
                .containsExactly(RegistryEvent.PartyUpdated.class, RegistryEvent.PartyRestored.class);
    }

    @Test
    void restoringAnActivePartyIsAnIllegalState() {
        Company acme = registry.create(company("Acme").build());

        assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> registry.restore(acme.id(), 0));
        assertThat(registry.get(acme.id())).isEqualTo(acme);
    }

    @Test
    void archiveChecksTheVersionAndTheId() {
        Company acme = registry.create(company("Acme").build());
        registry.update(acme.toBuilder().industry("IT").build());

        assertThatThrownBy(() -> registry.archive(acme.id(), 0)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> registry.archive(PartyId.random(), 0)).isInstanceOf(NotFoundException.class);
        assertThat(registry.get(acme.id()).status()).isEqualTo(PartyStatus.ACTIVE);
    }

    @Test
    void everyChangeOfAnUnknownPartyThrowsNotFound() {
        PartyId unknown = PartyId.random();

        assertThatThrownBy(() -> registry.restore(unknown, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.addRole(unknown, 0, PartyRole.of(RoleType.CLIENT, TODAY)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.endRole(unknown, 0, RoleType.CLIENT, TODAY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.convertLeadToClient(unknown, 0, TODAY)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.reassignOwner(unknown, 0, ALICE, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.addContactPerson(unknown, 0, ContactPerson.of(PartyId.random(), TODAY)))
                .isInstanceOf(NotFoundException.class);
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void everyChangeChecksTheVersionItWasReadAt() {
        Person anna = registry.create(person("Anna", "Kowalska").build());
        Company acme = registry.create(company("Acme")
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.CALL, LeadWarmth.HOT), TODAY.minusDays(5))).build());
        Company v1 = registry.update(acme.toBuilder().industry("IT").build());
        recorder.clear();

        assertThatThrownBy(() -> registry.restore(acme.id(), 0)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> registry.addRole(acme.id(), 0, PartyRole.of(RoleType.PARTNER, TODAY)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> registry.endRole(acme.id(), 0, RoleType.LEAD, TODAY))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> registry.reassignOwner(acme.id(), 0, ALICE, null))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> registry.addContactPerson(acme.id(), 0, ContactPerson.of(anna.id(), TODAY)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> registry.addContactPerson(acme.id(), 2, ContactPerson.of(anna.id(), TODAY)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(registry.get(acme.id())).isEqualTo(v1);
        assertThat(recorder.events()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // roles

    @Test
    void addRoleGivesThePartyTheRoleAndRaisesRoleAdded() {
        Company acme = registry.create(company("Acme").build());
        recorder.clear();
        PartyRole supplier = PartyRole.of(RoleType.SUPPLIER, LocalDate.of(2026, 12, 1));

        Party changed = registry.addRole(acme.id(), 0, supplier);

        assertThat(changed.roles()).containsExactly(supplier);
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.hasRole(RoleType.SUPPLIER, LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(changed.hasRole(RoleType.SUPPLIER, LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(recorder.events()).containsExactly(new RegistryEvent.PartyUpdated(acme, changed, clock.instant()),
                new RegistryEvent.RoleAdded(changed, supplier, clock.instant()));
    }

    @Test
    void addRoleRejectsARoleOverlappingOneOfTheSameType() {
        Company acme = registry.create(company("Acme")
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2025, 1, 1)).endedOn(LocalDate.of(2025, 12, 31)))
                .build());

        PartyRole overlapping = PartyRole.of(RoleType.CLIENT, LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> registry.addRole(acme.id(), 0, overlapping))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("roles[1]"));
        assertThat(registry.get(acme.id())).isEqualTo(acme);

        Party next = registry.addRole(acme.id(), 0, PartyRole.of(RoleType.CLIENT, LocalDate.of(2026, 1, 1)));
        Party partner = registry.addRole(acme.id(), 1, PartyRole.of(RoleType.PARTNER, LocalDate.of(2025, 6, 1)));
        assertThat(next.roles()).hasSize(2);
        assertThat(partner.rolesOn(LocalDate.of(2025, 7, 1))).extracting(PartyRole::type)
                .containsExactlyInAnyOrder(RoleType.CLIENT, RoleType.PARTNER);
        assertThat(partner.rolesOn(LocalDate.of(2026, 7, 1))).extracting(PartyRole::type)
                .containsExactlyInAnyOrder(RoleType.CLIENT, RoleType.PARTNER);
    }

    @Test
    void endRoleSetsTheLastDayOfTheOpenRoleAndRaisesRoleEnded() {
        Company acme = registry.create(company("Acme")
                .addRole(PartyRole.of(RoleType.PARTNER, LocalDate.of(2024, 1, 1))).build());
        recorder.clear();

        Party changed = registry.endRole(acme.id(), 0, RoleType.PARTNER, LocalDate.of(2026, 11, 30));

        PartyRole ended = PartyRole.of(RoleType.PARTNER, LocalDate.of(2024, 1, 1)).endedOn(LocalDate.of(2026, 11, 30));
        assertThat(changed.roles()).containsExactly(ended);
        assertThat(changed.hasRole(RoleType.PARTNER, LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(changed.hasRole(RoleType.PARTNER, LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(recorder.types()).containsExactly(RegistryEvent.PartyUpdated.class, RegistryEvent.RoleEnded.class);
        assertThat(recorder.ofType(RegistryEvent.RoleEnded.class).get(0).role()).isEqualTo(ended);
    }

    @Test
    void endRoleWithoutAnOpenRoleOfThatTypeIsAnIllegalState() {
        Company acme = registry.create(company("Acme")
                .addRole(PartyRole.of(RoleType.PARTNER, LocalDate.of(2024, 1, 1)).endedOn(LocalDate.of(2024, 12, 31)))
                .build());

        assertThatExceptionOfType(StateConflictException.class)
                .isThrownBy(() -> registry.endRole(acme.id(), 0, RoleType.PARTNER, LocalDate.of(2026, 1, 1)));
        assertThatExceptionOfType(StateConflictException.class)
                .isThrownBy(() -> registry.endRole(acme.id(), 0, RoleType.CLIENT, LocalDate.of(2026, 1, 1)));
        assertThat(registry.get(acme.id())).isEqualTo(acme);
    }

    @Test
    void endRoleBeforeTheRoleStartedIsRejectedAndChangesNothing() {
        Company acme = registry.create(company("Acme").addRole(PartyRole.of(RoleType.PARTNER, TODAY)).build());

        assertThatThrownBy(() -> registry.endRole(acme.id(), 0, RoleType.PARTNER, TODAY.minusDays(1)))
                .isInstanceOf(ValidationException.class);
        assertThat(registry.get(acme.id())).isEqualTo(acme);
    }

    @Test
    void rolesOfUserDefinedTypesWorkLikeBuiltInOnes() {
        RoleType distributor = RoleType.of("distributor");
        Company acme = registry.create(company("Acme").addRole(PartyRole.of(distributor, LocalDate.of(2026, 1, 1)))
                .build());

        assertThat(registry.search(PartyQuery.builder().role(RoleType.of("DISTRIBUTOR")).build()).items())
                .containsExactly(acme);
    }

    // ------------------------------------------------------------------------------------------------------------
    // lead conversion

    @Test
    void convertingALeadEndsTheLeadTheDayBeforeAndStartsTheClientRoleKeepingEverythingElse() {
        LeadDetails details = LeadDetails.of(LeadSource.CAMPAIGN, LeadWarmth.HOT)
                .withUtm(UtmParameters.of("newsletter", "email", "spring-2026")).withSourceDetail("formularz")
                .withQualificationNotes("budżet zatwierdzony");
        PartyRole lead = PartyRole.lead(details, LocalDate.of(2026, 10, 1));
        PartyRole partner = PartyRole.of(RoleType.PARTNER, LocalDate.of(2025, 1, 1));
        Company acme = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).owner(ALICE)
                .addContactPoint(EmailContact.of("biuro@acme.pl")).addContactPoint(PhoneContact.of("22 123 45 67"))
                .tag("targi 2026").addInterest("logistyka")
                .addNote(Note.of("poznani na targach", Instant.parse("2026-10-01T12:00:00Z"), ALICE))
                .addRole(partner).addRole(lead).build());
        recorder.clear();
        clock.advance(Duration.ofHours(2));

        Party converted = registry.convertLeadToClient(acme.id(), 0, TODAY);

        PartyRole endedLead = lead.endedOn(TODAY.minusDays(1));
        PartyRole client = PartyRole.of(RoleType.CLIENT, TODAY);
        assertThat(converted.roles()).containsExactly(partner, endedLead, client);
        assertThat(converted.roles().get(1).lead()).contains(details);
        assertThat(converted).isEqualTo(acme.toBuilder().roles(List.of(partner, endedLead, client)).version(1)
                .updatedAt(clock.instant()).build());
        assertThat(converted.hasRole(RoleType.LEAD, TODAY.minusDays(1))).isTrue();
        assertThat(converted.hasRole(RoleType.LEAD, TODAY)).isFalse();
        assertThat(converted.hasRole(RoleType.CLIENT, TODAY)).isTrue();
        assertThat(recorder.events()).containsExactly(
                new RegistryEvent.PartyUpdated(acme, converted, clock.instant()),
                new RegistryEvent.RoleEnded(converted, endedLead, clock.instant()),
                new RegistryEvent.RoleAdded(converted, client, clock.instant()),
                new RegistryEvent.LeadConverted(converted, endedLead, client, clock.instant()));
    }

    @Test
    void aLeadStartedOnTheConversionDayEndsThatSameDay() {
        PartyRole lead = PartyRole.lead(LeadDetails.of(LeadSource.CALL, LeadWarmth.WARM), TODAY);
        Person jan = registry.create(person("Jan", "Kowalski").addRole(lead).build());

        Party converted = registry.convertLeadToClient(jan.id(), 0, TODAY);

        assertThat(converted.roles()).containsExactly(lead.endedOn(TODAY), PartyRole.of(RoleType.CLIENT, TODAY));
    }

    @Test
    void convertingAPartyWithoutAnOpenLeadIsAnIllegalState() {
        Company client = registry.create(company("Client").addRole(PartyRole.of(RoleType.CLIENT, TODAY.minusYears(1)))
                .build());
        Company endedLead = registry.create(company("Ended lead").addRole(PartyRole.lead(
                LeadDetails.of(LeadSource.OTHER, LeadWarmth.COLD), TODAY.minusYears(1)).endedOn(TODAY.minusMonths(1)))
                .build());

        assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> registry.convertLeadToClient(client.id(), 0, TODAY));
        assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> registry.convertLeadToClient(endedLead.id(), 0, TODAY));
        assertThat(registry.get(client.id())).isEqualTo(client);
        assertThat(registry.get(endedLead.id())).isEqualTo(endedLead);
    }

    @Test
    void convertingALeadBeforeItStartedIsRejectedAndChangesNothing() {
        Company lead = registry.create(company("Lead")
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.EVENT, LeadWarmth.WARM), TODAY)).build());

        assertThatThrownBy(() -> registry.convertLeadToClient(lead.id(), 0, TODAY.minusDays(1)))
                .isInstanceOfAny(StateConflictException.class, ValidationException.class);
        assertThat(registry.get(lead.id())).isEqualTo(lead);
    }

    @Test
    void convertingALeadThatAlreadyIsAClientIsAnIllegalState() {
        Company both = registry.create(company("Both")
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.REFERRAL, LeadWarmth.WARM), TODAY.minusMonths(2)))
                .addRole(PartyRole.of(RoleType.CLIENT, TODAY.minusMonths(1))).build());

        assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> registry.convertLeadToClient(both.id(), 0, TODAY));
        assertThat(registry.get(both.id())).isEqualTo(both);
    }

    @Test
    void convertingALeadChecksTheVersion() {
        Company lead = registry.create(company("Lead")
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.WEB_FORM, LeadWarmth.HOT), TODAY.minusDays(3)))
                .build());
        Company v1 = registry.update(lead.toBuilder().industry("IT").build());

        assertThatThrownBy(() -> registry.convertLeadToClient(lead.id(), 0, TODAY))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(registry.get(lead.id())).isEqualTo(v1);
    }

    // ------------------------------------------------------------------------------------------------------------
    // owners

    @Test
    void reassignOwnerClosesThePreviousPeriodAtTheClockTimeAndKeepsTheReason() {
        Company acme = registry.create(company("Acme").owner(ALICE).build());
        Instant t0 = clock.instant();
        Instant t1 = clock.advance(Duration.ofDays(3));
        recorder.clear();

        Party changed = registry.reassignOwner(acme.id(), 0, BOB, "territory change");

        assertThat(changed.owner()).contains(BOB);
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.ownerHistory()).containsExactly(
                new OwnerAssignment(ALICE, t0, Optional.of(t1), Optional.empty()),
                new OwnerAssignment(BOB, t1, Optional.empty(), Optional.of("territory change")));
        assertThat(recorder.events()).contains(
                new RegistryEvent.OwnerReassigned(changed, Optional.of(ALICE), Optional.of(BOB), t1));
        assertThat(recorder.types().get(0)).isEqualTo(RegistryEvent.PartyUpdated.class);

        Instant t2 = clock.advance(Duration.ofDays(1));
        Party again = registry.reassignOwner(acme.id(), 1, CAROL, null);
        assertThat(again.ownerHistory()).containsExactly(
                new OwnerAssignment(ALICE, t0, Optional.of(t1), Optional.empty()),
                new OwnerAssignment(BOB, t1, Optional.of(t2), Optional.of("territory change")),
                new OwnerAssignment(CAROL, t2, Optional.empty(), Optional.empty()));
    }

    @Test
    void reassignOwnerOfAPartyWithoutOwnerStartsItsHistory() {
        Company acme = registry.create(company("Acme").build());
        Instant t1 = clock.advance(Duration.ofMinutes(10));

        Party changed = registry.reassignOwner(acme.id(), 0, BOB, "new territory");

        assertThat(changed.ownerHistory())
                .containsExactly(new OwnerAssignment(BOB, t1, Optional.empty(), Optional.of("new territory")));
        assertThat(recorder.ofType(RegistryEvent.OwnerReassigned.class)).containsExactly(
                new RegistryEvent.OwnerReassigned(changed, Optional.empty(), Optional.of(BOB), t1));
    }

    @Test
    void changingTheOwnerByAPlainUpdateAlsoAppendsToTheHistory() {
        Company acme = registry.create(company("Acme").owner(ALICE).build());
        Instant t0 = clock.instant();
        Instant t1 = clock.advance(Duration.ofHours(5));

        Company v1 = registry.update(acme.toBuilder().owner(BOB).build());
        Instant t2 = clock.advance(Duration.ofHours(5));
        Company v2 = registry.update(v1.toBuilder().owner(null).build());

        assertThat(v1.ownerHistory()).containsExactly(
                new OwnerAssignment(ALICE, t0, Optional.of(t1), Optional.empty()),
                new OwnerAssignment(BOB, t1, Optional.empty(), Optional.empty()));
        assertThat(v2.owner()).isEmpty();
        assertThat(v2.ownerHistory()).containsExactly(
                new OwnerAssignment(ALICE, t0, Optional.of(t1), Optional.empty()),
                new OwnerAssignment(BOB, t1, Optional.of(t2), Optional.empty()));
        assertThat(recorder.ofType(RegistryEvent.OwnerReassigned.class)).containsExactly(
                new RegistryEvent.OwnerReassigned(v1, Optional.of(ALICE), Optional.of(BOB), t1),
                new RegistryEvent.OwnerReassigned(v2, Optional.of(BOB), Optional.empty(), t2));
    }

    @Test
    void anUpdateThatKeepsTheOwnerLeavesTheHistoryAlone() {
        Company acme = registry.create(company("Acme").owner(ALICE).build());
        clock.advance(Duration.ofHours(1));

        Company v1 = registry.update(acme.toBuilder().industry("IT").build());

        assertThat(v1.ownerHistory()).isEqualTo(acme.ownerHistory());
        assertThat(recorder.ofType(RegistryEvent.OwnerReassigned.class)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // contact persons

    @Test
    void addContactPersonLinksAPersonToACompany() {
        Person anna = registry.create(person("Anna", "Kowalska").build());
        Company acme = registry.create(company("Acme").build());
        ContactPerson cfo = ContactPerson.of(anna.id(), LocalDate.of(2026, 1, 1)).withPosition("CFO")
                .withDepartment("Finanse").withPrimary(true).withContactPoint(EmailContact.of("anna@acme.pl"));

        Company changed = registry.addContactPerson(acme.id(), 0, cfo);

        assertThat(changed.contactPersons()).containsExactly(cfo);
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.primaryContactPerson(TODAY)).contains(cfo);
        assertThat(registry.get(acme.id())).isEqualTo(changed);
        assertThat(registry.companiesOf(anna.id(), TODAY)).containsExactly(changed);
    }

    @Test
    void addContactPersonRejectsAnUnknownPersonAndACompanyInThePersonsPlace() {
        Company acme = registry.create(company("Acme").build());
        Company other = registry.create(company("Other").build());

        assertThatThrownBy(() -> registry.addContactPerson(acme.id(), 0, ContactPerson.of(PartyId.random(), TODAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("contactPersons[0].person"));
        assertThatThrownBy(() -> registry.addContactPerson(acme.id(), 0, ContactPerson.of(other.id(), TODAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("contactPersons[0].person"));
        assertThat(registry.get(acme.id())).isEqualTo(acme);
    }

    @Test
    void createRejectsAContactPersonThatIsNotAStoredPerson() {
        Company acme = company("Acme").addContactPerson(ContactPerson.of(PartyId.random(), TODAY)).build();

        assertThatThrownBy(() -> registry.create(acme)).isInstanceOf(ValidationException.class);
        assertThat(registry.findById(acme.id())).isEmpty();
    }

    @Test
    void addContactPersonToAPersonIsRejected() {
        Person anna = registry.create(person("Anna", "Kowalska").build());
        Person jan = registry.create(person("Jan", "Kowalski").build());

        assertThatThrownBy(() -> registry.addContactPerson(anna.id(), 0, ContactPerson.of(jan.id(), TODAY)))
                .isInstanceOf(ValidationException.class);
        assertThat(registry.get(anna.id())).isEqualTo(anna);
    }

    @Test
    void aSecondPrimaryContactPersonMayNotOverlapTheFirst() {
        Person anna = registry.create(person("Anna", "Kowalska").build());
        Person jan = registry.create(person("Jan", "Kowalski").build());
        Company acme = registry.create(company("Acme").addContactPerson(
                ContactPerson.of(anna.id(), LocalDate.of(2025, 1, 1)).withPrimary(true)).build());

        assertThatThrownBy(() -> registry.addContactPerson(acme.id(), 0,
                ContactPerson.of(jan.id(), TODAY).withPrimary(true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("contactPersons[1].primary"));
        assertThat(registry.get(acme.id())).isEqualTo(acme);

        Company withSecond = registry.addContactPerson(acme.id(), 0, ContactPerson.of(jan.id(), TODAY));
        assertThat(withSecond.contactPersonsOn(TODAY)).extracting(ContactPerson::person)
                .containsExactly(anna.id(), jan.id());
    }

    @Test
    void aPrimaryContactPersonMayFollowOneWhoseRelationshipEnded() {
        Person anna = registry.create(person("Anna", "Kowalska").build());
        Person jan = registry.create(person("Jan", "Kowalski").build());
        Company acme = registry.create(company("Acme").addContactPerson(ContactPerson.of(anna.id(),
                LocalDate.of(2025, 1, 1)).withPrimary(true).endedOn(LocalDate.of(2026, 6, 30))).build());

        Company changed = registry.addContactPerson(acme.id(), 0,
                ContactPerson.of(jan.id(), LocalDate.of(2026, 7, 1)).withPrimary(true));

        assertThat(changed.primaryContactPerson(LocalDate.of(2026, 6, 30)).map(ContactPerson::person))
                .contains(anna.id());
        assertThat(changed.primaryContactPerson(LocalDate.of(2026, 7, 1)).map(ContactPerson::person))
                .contains(jan.id());
    }

    @Test
    void companiesOfAPersonHonourTheRelationshipsPeriods() {
        Person anna = registry.create(person("Anna", "Kowalska").build());
        Person jan = registry.create(person("Jan", "Kowalski").build());
        Company past = registry.create(company("Past").addContactPerson(ContactPerson.of(anna.id(),
                LocalDate.of(2020, 1, 1)).endedOn(LocalDate.of(2026, 6, 30))).build());
        Company current = registry.create(company("Current")
                .addContactPerson(ContactPerson.of(anna.id(), LocalDate.of(2026, 7, 1))).build());
        Company future = registry.create(company("Future")
                .addContactPerson(ContactPerson.of(anna.id(), LocalDate.of(2027, 1, 1))).build());
        registry.create(company("Jan's").addContactPerson(ContactPerson.of(jan.id(), LocalDate.of(2020, 1, 1)))
                .build());

        assertThat(registry.companiesOf(anna.id(), LocalDate.of(2026, 6, 30))).containsExactly(past);
        assertThat(registry.companiesOf(anna.id(), LocalDate.of(2026, 7, 1))).containsExactly(current);
        assertThat(registry.companiesOf(anna.id(), LocalDate.of(2027, 1, 1)))
                .containsExactlyElementsOf(sortedById(current, future));
        assertThat(registry.companiesOf(anna.id(), LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(registry.companiesOf(PartyId.random(), TODAY)).isEmpty();
    }

    @Test
    void companiesOfFollowsChangesToTheContactPersons() {
        Person anna = registry.create(person("Anna", "Kowalska").build());
        Company acme = registry.create(company("Acme").addContactPerson(ContactPerson.of(anna.id(),
                LocalDate.of(2025, 1, 1))).build());

        Company v1 = registry.update(acme.toBuilder().contactPersons(List.of()).build());

        assertThat(v1.contactPersons()).isEmpty();
        assertThat(registry.companiesOf(anna.id(), TODAY)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // search: criteria

    @Test
    void searchByNameIgnoresCaseAndDiacritics() {
        Company lodz = registry.create(company("Łódź Trans").build());
        Company zolw = registry.create(company("Żółw").legalForm(LegalForm.LIMITED_LIABILITY_COMPANY).build());
        Person anna = registry.create(person("Anna", "Kowalska").build());
        registry.create(company("Acme").build());

        assertThat(names(PartyQuery.builder().name("lodz"))).containsExactly("Łódź Trans");
        assertThat(names(PartyQuery.builder().name("ŁÓDŹ TRANS"))).containsExactly("Łódź Trans");
        assertThat(names(PartyQuery.builder().name("ZOLW"))).containsExactly("Żółw");
        assertThat(names(PartyQuery.builder().name("kowalska anna"))).containsExactly("Anna Kowalska");
        assertThat(names(PartyQuery.builder().name("anna  kowal"))).containsExactly("Anna Kowalska");
        assertThat(names(PartyQuery.builder().name("OWALS"))).containsExactly("Anna Kowalska");
        assertThat(names(PartyQuery.builder().name("nowak"))).isEmpty();
        assertThat(List.of(lodz, zolw, anna)).allSatisfy(p -> assertThat(p.version()).isZero());
    }

    @Test
    void searchByNameMatchesLegalAndShortNameOfCompanies() {
        registry.create(company("Przedsiębiorstwo Handlowo-Usługowe Kowalczyk").shortName("PHU Kowalczyk").build());

        assertThat(names(PartyQuery.builder().name("przedsiebiorstwo"))).containsExactly("PHU Kowalczyk");
        assertThat(names(PartyQuery.builder().name("phu kow"))).containsExactly("PHU Kowalczyk");
    }

    @Test
    void searchByCityAndDistrictComparesWholeFoldedValues() {
        registry.create(company("Lodzianka").addContactPoint(
                PostalAddress.polish("ul. Piotrkowska", "1", "90-926", "Łódź").withDistrict("Bałuty")).build());
        registry.create(company("Warszawianka").addContactPoint(
                PostalAddress.polish("ul. Puławska", "2", "02-512", "Warszawa").withDistrict("Mokotów")).build());
        registry.create(company("Bez adresu").build());

        assertThat(names(PartyQuery.builder().city("LODZ"))).containsExactly("Lodzianka");
        assertThat(names(PartyQuery.builder().city(" łódź "))).containsExactly("Lodzianka");
        assertThat(names(PartyQuery.builder().city("Łód"))).isEmpty();
        assertThat(names(PartyQuery.builder().district("mokotow"))).containsExactly("Warszawianka");
        assertThat(names(PartyQuery.builder().district("BAŁUTY"))).containsExactly("Lodzianka");
        assertThat(names(PartyQuery.builder().city("Warszawa").district("Bałuty"))).isEmpty();
    }

    @Test
    void searchByAnyPostalAddressOfTheParty() {
        registry.create(company("Two addresses")
                .addContactPoint(PostalAddress.polish("ul. A", "1", "02-512", "Warszawa"))
                .addContactPoint(PostalAddress.polish("ul. B", "2", "90-926", "Łódź")
                        .withUsage(ContactUsage.of(ContactPurpose.SHIPPING))).build());

        assertThat(names(PartyQuery.builder().city("lodz"))).containsExactly("Two addresses");
        assertThat(names(PartyQuery.builder().city("warszawa"))).containsExactly("Two addresses");
        assertThat(names(PartyQuery.builder().postalCodePrefix("90"))).containsExactly("Two addresses");
    }

    @Test
    void searchByPostalCodePrefix() {
        registry.create(company("Łódź 1").addContactPoint(PostalAddress.polish("ul. A", "1", "90-926", "Łódź"))
                .build());
        registry.create(company("Łódź 2").addContactPoint(PostalAddress.polish("ul. B", "2", "91-001", "Łódź"))
                .build());
        registry.create(company("Berlin").addContactPoint(PostalAddress.of("DE", "Hauptstr.", "3", "10115", "Berlin"))
                .build());

        assertThat(names(PartyQuery.builder().postalCodePrefix("90-"))).containsExactly("Łódź 1");
        assertThat(names(PartyQuery.builder().postalCodePrefix("9"))).containsExactly("Łódź 1", "Łódź 2");
        assertThat(names(PartyQuery.builder().postalCodePrefix("90926"))).containsExactly("Łódź 1");
        assertThat(names(PartyQuery.builder().postalCodePrefix("1011"))).containsExactly("Berlin");
        assertThat(names(PartyQuery.builder().postalCodePrefix("02-"))).isEmpty();
    }

    @Test
    void searchByRoleEvaluatesRolesOnTheRegistrysTodayOrOnAsOf() {
        registry.create(company("Client now").addRole(PartyRole.of(RoleType.CLIENT, TODAY)).build());
        registry.create(company("Client from tomorrow").addRole(PartyRole.of(RoleType.CLIENT, TODAY.plusDays(1)))
                .build());
        registry.create(company("Client until yesterday").addRole(PartyRole.of(RoleType.CLIENT, TODAY.minusYears(1))
                .endedOn(TODAY.minusDays(1))).build());
        registry.create(company("Supplier").addRole(PartyRole.of(RoleType.SUPPLIER, TODAY.minusYears(1))).build());

        assertThat(names(PartyQuery.builder().role(RoleType.CLIENT))).containsExactly("Client now");
        assertThat(names(PartyQuery.builder().role(RoleType.CLIENT).asOf(TODAY.minusDays(1))))
                .containsExactly("Client until yesterday");
        assertThat(names(PartyQuery.builder().role(RoleType.CLIENT).asOf(TODAY.plusDays(1))))
                .containsExactly("Client from tomorrow", "Client now");

        clock.advance(Duration.ofDays(1));
        assertThat(names(PartyQuery.builder().role(RoleType.CLIENT)))
                .containsExactly("Client from tomorrow", "Client now");
    }

    @Test
    void searchByTagsRequiresEveryTag() {
        registry.create(company("Both").tag("vip", "Targi 2026").build());
        registry.create(company("Only vip").tag("vip").build());
        registry.create(company("None").build());

        assertThat(names(PartyQuery.builder().tag("VIP"))).containsExactly("Both", "Only vip");
        assertThat(names(PartyQuery.builder().tag("vip", "  targi   2026 "))).containsExactly("Both");
        assertThat(names(PartyQuery.builder().tag("other"))).isEmpty();
    }

    @Test
    void searchByOwner() {
        registry.create(company("Alice's").owner(ALICE).build());
        registry.create(company("Bob's").owner(BOB).build());
        registry.create(company("Nobody's").build());

        assertThat(names(PartyQuery.builder().owner(ALICE))).containsExactly("Alice's");
        assertThat(names(PartyQuery.builder().owner(CAROL))).isEmpty();
    }

    @Test
    void searchByLeadWarmthConsidersOnlyLeadRolesActiveOnAsOf() {
        registry.create(company("Hot").addRole(PartyRole.lead(LeadDetails.of(LeadSource.CALL, LeadWarmth.HOT),
                TODAY.minusDays(10))).build());
        registry.create(company("Cold").addRole(PartyRole.lead(LeadDetails.of(LeadSource.CALL, LeadWarmth.COLD),
                TODAY.minusDays(10))).build());
        registry.create(company("Former hot lead").addRole(PartyRole.lead(LeadDetails.of(LeadSource.CALL,
                LeadWarmth.HOT), TODAY.minusYears(1)).endedOn(TODAY.minusMonths(1))).build());

        assertThat(names(PartyQuery.builder().leadWarmth(LeadWarmth.HOT))).containsExactly("Hot");
        assertThat(names(PartyQuery.builder().leadWarmth(LeadWarmth.HOT).asOf(TODAY.minusMonths(2))))
                .containsExactly("Former hot lead");
        assertThat(names(PartyQuery.builder().leadWarmth(LeadWarmth.WARM))).isEmpty();
    }

    @Test
    void searchByKind() {
        registry.create(company("Acme").build());
        registry.create(person("Anna", "Acme").build());

        assertThat(names(PartyQuery.builder().name("acme").kind(PartyKind.COMPANY))).containsExactly("Acme");
        assertThat(names(PartyQuery.builder().name("acme").kind(PartyKind.PERSON))).containsExactly("Anna Acme");
        assertThat(names(PartyQuery.builder().name("acme"))).containsExactly("Acme", "Anna Acme");
    }

    @Test
    void searchCriteriaMustAllHold() {
        registry.create(company("Match").owner(ALICE).tag("vip").addRole(PartyRole.of(RoleType.CLIENT, TODAY))
                .addContactPoint(PostalAddress.polish("ul. A", "1", "90-926", "Łódź")).build());
        registry.create(company("Match but Bob's").owner(BOB).tag("vip").addRole(PartyRole.of(RoleType.CLIENT, TODAY))
                .addContactPoint(PostalAddress.polish("ul. A", "1", "90-926", "Łódź")).build());
        registry.create(company("Match but no tag").owner(ALICE).addRole(PartyRole.of(RoleType.CLIENT, TODAY))
                .addContactPoint(PostalAddress.polish("ul. A", "1", "90-926", "Łódź")).build());

        assertThat(names(PartyQuery.builder().name("match").owner(ALICE).tag("vip").role(RoleType.CLIENT).city("lodz")
                .postalCodePrefix("90").kind(PartyKind.COMPANY))).containsExactly("Match");
    }

    @Test
    void anEmptyQueryFindsEveryActiveParty() {
        registry.create(company("B").build());
        registry.create(person("A", "Person").build());
        Company archived = registry.create(company("C").build());
        registry.archive(archived.id(), 0);

        assertThat(names(PartyQuery.builder())).containsExactly("A Person", "B");
        assertThat(names(PartyQuery.builder().includeArchived(true))).containsExactly("A Person", "B", "C");
    }

    // ------------------------------------------------------------------------------------------------------------
    // search: sorting and pages

    @Test
    void sortsByFoldedDisplayNameInBothDirectionsWithTiesBrokenById() {
        Company twin1 = registry.create(company("Zeta sp").shortName("Beta").build());
        Company twin2 = registry.create(company("Alfa sp").shortName("beta").build());
        Company alpha = registry.create(company("Ålpha").build());
        Company gamma = registry.create(company("gamma").build());
        Person zofia = registry.create(person("Żaneta", "Nowak").build());
        List<Party> twins = sortedById(twin1, twin2);

        List<Party> ascending = search(PartyQuery.builder().sortBy(PartySort.NAME, SortDirection.ASCENDING));
        List<Party> descending = search(PartyQuery.builder().sortBy(PartySort.NAME, SortDirection.DESCENDING));

        assertThat(ascending).containsExactly(alpha, twins.get(0), twins.get(1), gamma, zofia);
        assertThat(descending).containsExactly(zofia, gamma, twins.get(0), twins.get(1), alpha);
    }

    @Test
    void sortsByCreationTimeInBothDirectionsWithTiesBrokenById() {
        Company first = registry.create(company("C first").build());
        clock.advance(Duration.ofMinutes(1));
        Company second1 = registry.create(company("A second").build());
        Company second2 = registry.create(company("B second").build());
        clock.advance(Duration.ofMinutes(1));
        Company third = registry.create(company("D third").build());
        List<Party> seconds = sortedById(second1, second2);

        assertThat(search(PartyQuery.builder().sortBy(PartySort.CREATED_AT, SortDirection.ASCENDING)))
                .containsExactly(first, seconds.get(0), seconds.get(1), third);
        assertThat(search(PartyQuery.builder().sortBy(PartySort.CREATED_AT, SortDirection.DESCENDING)))
                .containsExactly(third, seconds.get(0), seconds.get(1), first);
    }

    @Test
    void sortsByChangeTimeInBothDirections() {
        Company a = registry.create(company("A").build());
        Company b = registry.create(company("B").build());
        Company c = registry.create(company("C").build());
        clock.advance(Duration.ofMinutes(1));
        Company a1 = registry.update(a.toBuilder().industry("IT").build());
        clock.advance(Duration.ofMinutes(1));
        Company c1 = registry.update(c.toBuilder().industry("IT").build());

        assertThat(search(PartyQuery.builder().sortBy(PartySort.UPDATED_AT, SortDirection.ASCENDING)))
                .containsExactly(b, a1, c1);
        assertThat(search(PartyQuery.builder().sortBy(PartySort.UPDATED_AT, SortDirection.DESCENDING)))
                .containsExactly(c1, a1, b);
    }

    @Test
    void cutsResultsIntoPages() {
        List<Party> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(registry.create(company("Firma " + i).build()));
        }
        PartyQuery.Builder query = PartyQuery.builder().name("firma");

        Page<Party> first = registry.search(query.page(0, 3).build());
        Page<Party> last = registry.search(query.page(2, 3).build());
        Page<Party> beyond = registry.search(query.page(3, 3).build());
        Page<Party> whole = registry.search(query.page(0, 7).build());

        assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(first.totalItems()).isEqualTo(7);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.pageNumber()).isZero();
        assertThat(first.pageSize()).isEqualTo(3);
        assertThat(registry.search(query.page(1, 3).build()).items()).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(last.items()).containsExactlyElementsOf(all.subList(6, 7));
        assertThat(last.hasNext()).isFalse();
        assertThat(last.totalItems()).isEqualTo(7);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(7);
        assertThat(beyond.hasNext()).isFalse();
        assertThat(whole.items()).containsExactlyElementsOf(all);
        assertThat(whole.hasNext()).isFalse();
    }

    @Test
    void anEmptyResultIsOneEmptyPage() {
        Page<Party> page = registry.search(PartyQuery.builder().name("nothing").build());

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isZero();
        assertThat(page.hasNext()).isFalse();
        assertThat(page.totalPages()).isZero();
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyAndHasNoNext() {
        registry.create(company("Acme").build());

        Page<Party> page = registry.search(PartyQuery.builder().page(Integer.MAX_VALUE, 10).build());

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(1);
        assertThat(page.hasNext()).isFalse();
    }

    // ------------------------------------------------------------------------------------------------------------
    // sorting by id; forEachMatch: every match, one at a time

    @Test
    void sortsByIdAsUnsignedNumbersInBothDirectionsPageByPage() {
        // first hex digits on both sides of 8, and ids equal in the high half differing in the low half's sign bit:
        // UUID.compareTo (signed halves) orders these differently from PartyId and from a database's UUID text order
        long salt = PartyId.random().value().getLeastSignificantBits() & 0xffff_ffffL; // ids are unique per database
        PartyId a = id(0x0000_0000_0000_0000L | salt, 0x0000_0000_0000_0001L);
        PartyId b = id(0x7fff_ffff_0000_0000L | salt, 0xffff_ffff_ffff_ffffL);
        PartyId c = id(0x8000_0000_0000_0000L | salt, 0x0000_0000_0000_0000L);
        PartyId d = id(0x8000_0000_0000_0000L | salt, 0x7fff_ffff_ffff_ffffL);
        PartyId e = id(0x8000_0000_0000_0000L | salt, 0x8000_0000_0000_0000L);
        PartyId f = id(0x8000_0000_0000_0000L | salt, 0xffff_ffff_ffff_ffffL);
        PartyId g = id(0xa000_0000_0000_0000L | salt, 0x0000_0000_0000_0005L);
        PartyId h = id(0xffff_ffff_0000_0000L | salt, 0x0000_0000_0000_0000L);
        PartyId i = id(0xffff_ffff_0000_0000L | salt, 0xffff_ffff_ffff_fffeL);
        List<PartyId> ascending = List.of(a, b, c, d, e, f, g, h, i);
        int n = 0;
        for (PartyId id : List.of(e, a, i, c, g, b, h, d, f)) { // neither in order nor in reverse order
            registry.create(company("Firma " + (n++ % 2)).id(id).build()); // names and times tie: only ids order
        }
        assertThat(ascending.stream().sorted().toList()).as("PartyId order").isEqualTo(ascending);
        assertThat(ascending.stream().map(PartyId::toString).sorted().toList()).as("text order")
                .isEqualTo(ascending.stream().map(PartyId::toString).toList());
        assertThat(ascending.stream().map(PartyId::value).sorted().map(PartyId::new).toList())
                .as("UUID.compareTo orders them otherwise, so this test tells the two apart").isNotEqualTo(ascending);
        List<PartyId> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);

        for (int size : List.of(1, 2, 4, 9)) {
            PartyQuery up = PartyQuery.builder().sortBy(PartySort.ID, SortDirection.ASCENDING).page(0, size).build();
            PartyQuery down = up.toBuilder().sortBy(PartySort.ID, SortDirection.DESCENDING).build();
            assertThat(allPages(registry, up)).as("ascending in pages of %d", size).extracting(Party::id)
                    .containsExactlyElementsOf(ascending);
            assertThat(allPages(registry, down)).as("descending in pages of %d", size).extracting(Party::id)
                    .containsExactlyElementsOf(descending);
        }
        assertThat(walk(registry, PartyQuery.builder().sortBy(PartySort.ID, SortDirection.ASCENDING).build()))
                .extracting(Party::id).containsExactlyElementsOf(ascending);
        assertThat(walk(registry, PartyQuery.builder().sortBy(PartySort.ID, SortDirection.DESCENDING).build()))
                .extracting(Party::id).containsExactlyElementsOf(descending);
    }

    @Test
    void forEachMatchHandsOutWhatEverySearchPageShowsInTheSameOrderForEverySortAndDirection() {
        List<Party> stored = walkPopulation(registry);
        List<PartyQuery.Builder> criteria = List.of(
                PartyQuery.builder(),
                PartyQuery.builder().includeArchived(true),
                PartyQuery.builder().city("LODZ"),
                PartyQuery.builder().city("łódź").includeArchived(true),
                PartyQuery.builder().tag("vip"),
                PartyQuery.builder().role(RoleType.CLIENT),
                PartyQuery.builder().customField(FieldCriterion.equalTo("tier", 1L)),
                PartyQuery.builder().customField(FieldCriterion.between("tier", 1L, 2L)).tag("vip")
                        .includeArchived(true),
                PartyQuery.builder().name("nothing like this"));
        int walks = 0;
        int nonEmpty = 0;
        for (PartyQuery.Builder c : criteria) {
            for (PartySort sort : PartySort.values()) {
                for (SortDirection direction : SortDirection.values()) {
                    PartyQuery query = c.sortBy(sort, direction).page(0, 2).build();
                    List<Party> pages = allPages(registry, query);
                    List<Party> walked = walk(registry, query.withPage(3)); // the page is ignored

                    assertThat(walked).as("%s by %s %s", query, sort, direction).containsExactlyElementsOf(pages);
                    walks++;
                    nonEmpty += walked.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(nonEmpty).as("walks that found something").isEqualTo(walks - 8);

        // and the order itself, independently of search
        Comparator<Party> byId = Comparator.comparing(Party::id);
        List<Party> active = stored.stream().filter(p -> p.status() == PartyStatus.ACTIVE).toList();
        assertThat(walk(registry, PartyQuery.builder().sortBy(PartySort.ID, SortDirection.ASCENDING).build()))
                .containsExactlyElementsOf(active.stream().sorted(byId).toList());
        assertThat(walk(registry, PartyQuery.builder().includeArchived(true)
                .sortBy(PartySort.ID, SortDirection.DESCENDING).build()))
                .containsExactlyElementsOf(stored.stream().sorted(byId.reversed()).toList());
        assertThat(walk(registry, PartyQuery.builder().sortBy(PartySort.CREATED_AT, SortDirection.DESCENDING)
                .build())).containsExactlyElementsOf(active.stream()
                .sorted(Comparator.comparing(Party::createdAt).reversed().thenComparing(byId)).toList());
    }

    @Test
    void aRestrictedActorWalksExactlyWhatItsSearchPagesShowMasked() {
        dev.kartoteka.core.access.AccessPolicy policy = dev.kartoteka.core.access.RoleBasedAccessPolicy.builder(
                        user -> java.util.Map.of(BOB, java.util.Set.of("admin"), ALICE, java.util.Set.of("sales"))
                                .getOrDefault(user, java.util.Set.of()))
                .role("admin").permits(dev.kartoteka.core.access.Action.values())
                .role("sales").permits(dev.kartoteka.core.access.Action.READ).onlyOwnParties()
                .masks("notes", "customFields")
                .build();
        ClientRegistry restricted = ClientRegistry.builder().store(newStore()).clock(clock).accessPolicy(policy)
                .build();
        ClientRegistry admin = restricted.as(BOB, null);
        ClientRegistry alice = restricted.as(ALICE, null);
        List<Party> stored = walkPopulation(admin);
        List<PartyId> alices = stored.stream().filter(p -> p.owner().equals(Optional.of(ALICE))).map(Party::id)
                .toList();
        assertThat(alices).as("Alice owns some parties, Bob the others").isNotEmpty().hasSizeLessThan(stored.size());

        for (PartyQuery.Builder c : List.of(PartyQuery.builder().includeArchived(true), PartyQuery.builder(),
                PartyQuery.builder().tag("vip"), PartyQuery.builder().city("lodz"),
                PartyQuery.builder().customField(FieldCriterion.isPresent("tier")))) {
            for (PartySort sort : PartySort.values()) {
                for (SortDirection direction : SortDirection.values()) {
                    PartyQuery query = c.sortBy(sort, direction).page(0, 2).build();
                    List<Party> walked = walk(alice, query);

                    assertThat(walked).as("%s by %s %s", query, sort, direction)
                            .containsExactlyElementsOf(allPages(alice, query));
                    assertThat(walked).allSatisfy(p -> {
                        assertThat(alices).contains(p.id());
                        assertThat(p.notes()).as("notes are masked for Alice").isEmpty();
                        assertThat(p.customFields().isEmpty()).as("custom fields are masked for Alice").isTrue();
                    });
                }
            }
        }
        assertThat(walk(alice, PartyQuery.builder().includeArchived(true).build())).extracting(Party::id)
                .containsExactlyInAnyOrderElementsOf(alices);
        PartyQuery onMaskedField = PartyQuery.builder().customField(FieldCriterion.isPresent("tier")).build();
        assertThat(walk(admin, onMaskedField)).as("the admin finds parties by tier, Alice's too")
                .extracting(Party::id).containsAnyElementsOf(alices);
        assertThat(walk(alice, onMaskedField)).as("Alice cannot confirm a tier she may not see").isEmpty();
        assertThat(walk(restricted, PartyQuery.builder().includeArchived(true).build())).as("unidentified").isEmpty();
        assertThat(walk(admin, PartyQuery.builder().build()).get(0).notes()).as("not masked for the admin")
                .isNotEmpty();
    }

    @Test
    void anExceptionThrownByTheActionStopsTheWalkAndReachesTheCaller() {
        for (int i = 0; i < 3; i++) {
            registry.create(company("Firma " + i).build());
        }
        class Stop extends RuntimeException {
            Stop() {
                super("stop");
            }
        }
        List<Party> seen = new ArrayList<>();

        assertThatThrownBy(() -> registry.forEachMatch(PartyQuery.builder().build(), p -> {
            seen.add(p);
            throw new Stop();
        })).isInstanceOf(Stop.class);
        assertThat(seen).hasSize(1);
        assertThat(walk(registry, PartyQuery.builder().build())).hasSize(3);
    }

    @Test
    void forEachMatchRejectsAnUnknownCustomFieldLikeSearch() {
        PartyQuery unknown = PartyQuery.builder().customField(FieldCriterion.isPresent("no_such_field")).build();

        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> registry.search(unknown));
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> registry.forEachMatch(unknown, p -> {
        }));
    }

    /**
     * Creates fifteen parties for the walks: names that fold alike, three parties per creation time, some updated
     * later, two archived, addresses in Łódź or Warszawa, tags, client roles and a custom field {@code tier}; Alice
     * owns every third, Bob the others; each has a note.
     *
     * @return the parties as stored at the end
     */
    private List<Party> walkPopulation(ClientRegistry target) {
        target.evolveSchema(target.schema().version(), new SchemaChange.AddField(
                FieldDefinition.builder("tier", FieldType.INTEGER).build()));
        String[] names = {"Zeta", "alfa", "Łoś", "Alfa", "Beta", "zeta", "Gamma", "Łódź Trans", "beta", "Delta",
                "ALFA", "Omega", "Łoś", "Epsilon", "alfa"};
        List<Party> created = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (i % 3 == 0) {
                clock.advance(Duration.ofSeconds(1));
            }
            Company.Builder b = company(names[i]).owner(i % 3 == 0 ? ALICE : BOB)
                    .addNote(Note.of("note " + i, Instant.parse("2026-11-01T09:00:00Z"), ALICE))
                    .addContactPoint(PostalAddress.polish("ul. Testowa", "1", "90-926", i % 2 == 0 ? "Łódź"
                            : "Warszawa"));
            if (i % 4 != 3) {
                b.customField("tier", (long) (i % 3));
            }
            if (i % 3 != 1) {
                b.tag("vip");
            }
            if (i % 5 < 3) {
                b.addRole(PartyRole.of(RoleType.CLIENT, TODAY.minusDays(i)));
            }
            created.add(target.create(b.build()));
        }
        List<Party> stored = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            Party p = created.get(i);
            if (i % 4 == 1) {
                clock.advance(Duration.ofSeconds(i % 8 == 1 ? 0 : 1)); // some updates tie in time, too
                p = target.update(p.toBuilder().tag("touched").build());
            }
            if (i == 4 || i == 9) {
                p = target.archive(p.id(), p.version());
            }
            stored.add(p);
        }
        return stored;
    }

    private static PartyId id(long high, long low) {
        return new PartyId(new java.util.UUID(high, low));
    }

    /** Every page of a search, concatenated, from page 0 until a page has no next. */
    private static List<Party> allPages(ClientRegistry r, PartyQuery query) {
        List<Party> out = new ArrayList<>();
        Page<Party> page;
        int number = 0;
        do {
            page = r.search(query.withPage(number++));
            out.addAll(page.items());
        } while (page.hasNext());
        return out;
    }

    /** Every party {@link ClientRegistry#forEachMatch} hands out, in order. */
    private static List<Party> walk(ClientRegistry r, PartyQuery query) {
        List<Party> out = new ArrayList<>();
        r.forEachMatch(query, out::add);
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------
    // upcoming dates

    @Test
    void upcomingDatesCrossTheNewYear() {
        Person anna = registry.create(person("Anna", "Kowalska").birthDate(LocalDate.of(1986, 12, 25)).build());
        Person jan = registry.create(person("Jan", "Kowalski").birthDate(LocalDate.of(1990, 1, 3)).build());
        registry.create(person("Piotr", "Nowak").birthDate(LocalDate.of(1990, 1, 10)).build());
        registry.create(person("Ewa", "Nowak").birthDate(LocalDate.of(1990, 12, 19)).build());

        List<UpcomingDate> dates = registry.upcomingDates(LocalDate.of(2026, 12, 20), 20);

        assertThat(dates).containsExactly(
                new UpcomingDate(anna.id(), ImportantDateKind.BIRTHDAY, Optional.empty(), LocalDate.of(2026, 12, 25),
                        OptionalInt.of(40)),
                new UpcomingDate(jan.id(), ImportantDateKind.BIRTHDAY, Optional.empty(), LocalDate.of(2027, 1, 3),
                        OptionalInt.of(37)));
    }

    @Test
    void upcomingDatesIncludeBothEndsOfTheWindow() {
        Person first = registry.create(person("Anna", "Pierwsza").birthDate(LocalDate.of(1980, 12, 1)).build());
        Person last = registry.create(person("Jan", "Ostatni").birthDate(LocalDate.of(1980, 12, 11)).build());
        registry.create(person("Piotr", "Poza").birthDate(LocalDate.of(1980, 12, 12)).build());

        assertThat(registry.upcomingDates(LocalDate.of(2026, 12, 1), 10)).extracting(UpcomingDate::partyId)
                .containsExactly(first.id(), last.id());
        assertThat(registry.upcomingDates(LocalDate.of(2026, 12, 1), 0)).extracting(UpcomingDate::partyId)
                .containsExactly(first.id());
    }

    @Test
    void anExplicitBirthdayOverridesTheBirthDate() {
        Person anna = registry.create(person("Anna", "Kowalska").birthDate(LocalDate.of(1986, 12, 5))
                .addImportantDate(ImportantDate.of(ImportantDateKind.BIRTHDAY, LocalDate.of(1986, 12, 7))).build());

        assertThat(registry.upcomingDates(LocalDate.of(2026, 12, 1), 30)).containsExactly(
                new UpcomingDate(anna.id(), ImportantDateKind.BIRTHDAY, Optional.empty(), LocalDate.of(2026, 12, 7),
                        OptionalInt.of(40)));
    }

    @Test
    void aTwentyNinthOfFebruaryIsObservedOnTheTwentyEighthInCommonYears() {
        Person leapling = registry.create(person("Anna", "Przestępna").birthDate(LocalDate.of(1988, 2, 29)).build());
        Company founded = registry.create(company("Luty").addImportantDate(
                ImportantDate.of(ImportantDateKind.COMPANY_ANNIVERSARY, LocalDate.of(2000, 2, 29))).build());

        List<UpcomingDate> common = registry.upcomingDates(LocalDate.of(2027, 2, 20), 20);
        List<UpcomingDate> leap = registry.upcomingDates(LocalDate.of(2028, 2, 20), 20);

        assertThat(common).extracting(UpcomingDate::date).containsOnly(LocalDate.of(2027, 2, 28));
        assertThat(common).extracting(UpcomingDate::partyId)
                .containsExactlyInAnyOrder(leapling.id(), founded.id());
        assertThat(common).filteredOn(d -> d.partyId().equals(leapling.id())).extracting(UpcomingDate::anniversary)
                .containsExactly(OptionalInt.of(39));
        assertThat(leap).extracting(UpcomingDate::date).containsOnly(LocalDate.of(2028, 2, 29));
        assertThat(leap).hasSize(2);
        assertThat(registry.upcomingDates(LocalDate.of(2027, 2, 28), 0)).hasSize(2);
        assertThat(registry.upcomingDates(LocalDate.of(2028, 2, 28), 0)).isEmpty();
        assertThat(registry.upcomingDates(LocalDate.of(2027, 3, 1), 300)).isEmpty();
    }

    @Test
    void upcomingDatesCarryKindLabelAndAnniversary() {
        Company acme = registry.create(company("Acme")
                .addImportantDate(ImportantDate.of(ImportantDateKind.COMPANY_ANNIVERSARY, LocalDate.of(2001, 12, 3)))
                .addImportantDate(ImportantDate.yearly(ImportantDateKind.INDUSTRY_HOLIDAY, MonthDay.of(12, 4),
                        "Barbórka"))
                .build());

        assertThat(registry.upcomingDates(LocalDate.of(2026, 12, 1), 7)).containsExactly(
                new UpcomingDate(acme.id(), ImportantDateKind.COMPANY_ANNIVERSARY, Optional.empty(),
                        LocalDate.of(2026, 12, 3), OptionalInt.of(25)),
                new UpcomingDate(acme.id(), ImportantDateKind.INDUSTRY_HOLIDAY, Optional.of("Barbórka"),
                        LocalDate.of(2026, 12, 4), OptionalInt.empty()));
    }

    @Test
    void upcomingDatesAreOrderedByDateThenPartyId() {
        List<Party> sameDay = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sameDay.add(registry.create(person("Osoba", "Numer " + i).birthDate(LocalDate.of(1980 + i, 12, 10))
                    .build()));
        }
        Person earlier = registry.create(person("Anna", "Wcześniej").birthDate(LocalDate.of(1999, 12, 9)).build());
        sameDay.sort(Comparator.comparing(Party::id));

        List<UpcomingDate> dates = registry.upcomingDates(LocalDate.of(2026, 12, 1), 30);

        List<PartyId> expected = new ArrayList<>();
        expected.add(earlier.id());
        sameDay.forEach(p -> expected.add(p.id()));
        assertThat(dates).extracting(UpcomingDate::partyId).containsExactlyElementsOf(expected);
    }

    @Test
    void upcomingDatesOfOneOwner() {
        Person alices = registry.create(person("Anna", "A").owner(ALICE).birthDate(LocalDate.of(1980, 12, 10)).build());
        registry.create(person("Bogdan", "B").owner(BOB).birthDate(LocalDate.of(1980, 12, 10)).build());
        registry.create(person("Nikt", "N").birthDate(LocalDate.of(1980, 12, 10)).build());

        assertThat(registry.upcomingDates(LocalDate.of(2026, 12, 1), 30, ALICE)).extracting(UpcomingDate::partyId)
                .containsExactly(alices.id());
        assertThat(registry.upcomingDates(LocalDate.of(2026, 12, 1), 30)).hasSize(3);
    }

    @Test
    void upcomingDatesLeaveOutArchivedParties() {
        Person archived = registry.create(person("Anna", "Archiwalna").birthDate(LocalDate.of(1980, 12, 10)).build());
        Person active = registry.create(person("Jan", "Aktywny").birthDate(LocalDate.of(1980, 12, 10)).build());
        registry.archive(archived.id(), 0);

        assertThat(registry.upcomingDates(LocalDate.of(2026, 12, 1), 30)).extracting(UpcomingDate::partyId)
                .containsExactly(active.id());
    }

    @Test
    void upcomingDatesFollowChangedDates() {
        Person anna = registry.create(person("Anna", "Kowalska").birthDate(LocalDate.of(1980, 12, 10)).build());

        registry.update(anna.toBuilder().birthDate(LocalDate.of(1980, 6, 10)).build());

        assertThat(registry.upcomingDates(LocalDate.of(2026, 12, 1), 30)).isEmpty();
        assertThat(registry.upcomingDates(LocalDate.of(2027, 6, 1), 30)).extracting(UpcomingDate::partyId)
                .containsExactly(anna.id());
    }

    @Test
    void aWindowOfAFullYearCanHoldTwoOccurrencesOfOneDate() {
        Person jan = registry.create(person("Jan", "Styczniowy").birthDate(LocalDate.of(1990, 1, 1)).build());
        Person leapling = registry.create(person("Anna", "Przestępna").birthDate(LocalDate.of(1988, 2, 29)).build());

        assertThat(registry.upcomingDates(LocalDate.of(2027, 1, 1), 366)).containsExactly(
                new UpcomingDate(jan.id(), ImportantDateKind.BIRTHDAY, Optional.empty(), LocalDate.of(2027, 1, 1),
                        OptionalInt.of(37)),
                new UpcomingDate(leapling.id(), ImportantDateKind.BIRTHDAY, Optional.empty(), LocalDate.of(2027, 2, 28),
                        OptionalInt.of(39)),
                new UpcomingDate(jan.id(), ImportantDateKind.BIRTHDAY, Optional.empty(), LocalDate.of(2028, 1, 1),
                        OptionalInt.of(38)));
        assertThat(registry.upcomingDates(LocalDate.of(2028, 2, 29), 366)).filteredOn(d -> d.partyId()
                .equals(leapling.id())).extracting(UpcomingDate::date)
                .containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28));
    }

    @Test
    void upcomingDatesRejectAWindowOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> registry.upcomingDates(TODAY, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> registry.upcomingDates(TODAY, 367));
        assertThat(registry.upcomingDates(TODAY, 366)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // events

    @Test
    void createRaisesPartyCreatedWithTheStoredPartyAndTheClockTime() {
        clock.advance(Duration.ofSeconds(42));

        Company acme = registry.create(company("Acme").build());

        assertThat(recorder.events()).containsExactly(new RegistryEvent.PartyCreated(acme, clock.instant()));
        assertThat(recorder.events().get(0).partyId()).isEqualTo(acme.id());
    }

    @Test
    void aFailingListenerBreaksNeitherTheCallNorTheOtherListeners() {
        AtomicInteger calls = new AtomicInteger();
        registry.subscribe(event -> {
            calls.incrementAndGet();
            throw new IllegalStateException("listener bug");
        });
        RecordingListener later = new RecordingListener();
        registry.subscribe(later);

        Company acme = registry.create(company("Acme").build());
        Company v1 = registry.update(acme.toBuilder().industry("IT").build());

        assertThat(registry.get(acme.id())).isEqualTo(v1);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(recorder.types())
                .containsExactly(RegistryEvent.PartyCreated.class, RegistryEvent.PartyUpdated.class);
        assertThat(later.events()).isEqualTo(recorder.events());
    }

    @Test
    void aListenerThrowingACheckedExceptionBreaksNeitherTheCallNorTheOtherListeners() {
        // Java listeners cannot throw checked exceptions, but listeners written in Kotlin, Scala or Groovy can
        registry.subscribe(event -> sneakyThrow(new java.io.IOException("listener bug")));
        RecordingListener later = new RecordingListener();
        registry.subscribe(later);

        Company acme = registry.create(company("Acme").build());

        assertThat(registry.get(acme.id())).isEqualTo(acme);
        assertThat(later.types()).containsExactly(RegistryEvent.PartyCreated.class);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void listenersReceiveEventsInTheOrderTheySubscribed() {
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        registry.subscribe(e -> order.add("first"));
        registry.subscribe(e -> order.add("second"));

        registry.create(company("Acme").build());

        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void closingASubscriptionStopsDelivery() {
        RecordingListener listener = new RecordingListener();
        Subscription subscription = registry.subscribe(listener);
        Company acme = registry.create(company("Acme").build());

        subscription.close();
        registry.update(acme.toBuilder().industry("IT").build());
        subscription.close();
        registry.create(company("Other").build());

        assertThat(listener.types()).containsExactly(RegistryEvent.PartyCreated.class);
        assertThat(recorder.events()).hasSize(3);
    }

    @Test
    void theSameListenerSubscribedTwiceIsClosedOneSubscriptionAtATime() {
        RecordingListener listener = new RecordingListener();
        Subscription first = registry.subscribe(listener);
        registry.subscribe(listener);

        registry.create(company("A").build());
        first.close();
        registry.create(company("B").build());

        assertThat(listener.events()).hasSize(3);
    }

    @Test
    void failedWritesRaiseNoEvents() {
        Company acme = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).build());
        recorder.clear();

        assertThatThrownBy(() -> registry.create(company("").build())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> registry.create(company("Dup").nip(Nip.parse(KNOWN_NIP)).build()))
                .isInstanceOf(DuplicateIdentifierException.class);
        assertThatThrownBy(() -> registry.archive(acme.id(), 5)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> registry.restore(acme.id(), 0)).isInstanceOf(StateConflictException.class);

        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void workingHoursAndWebsiteSurviveTheRoundTrip() {
        Company acme = registry.create(company("Acme").website("acme.pl")
                .workingHours(WorkingHours.weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0))).tag("x")
                .build());

        assertThat(registry.get(acme.id())).isEqualTo(acme);
        assertThat(((Company) registry.get(acme.id())).website()).hasValueSatisfying(
                uri -> assertThat(uri.toString()).isEqualTo("https://acme.pl"));
    }

    @Test
    void listenersSeeTheChangeAlreadyStored() {
        List<Party> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        registry.subscribe(event -> seen.add(registry.get(event.partyId())));

        Company acme = registry.create(company("Acme").build());
        Company v1 = registry.update(acme.toBuilder().industry("IT").build());

        assertThat(seen).containsExactly(acme, v1);
    }

    @Test
    void anUpdateThatAddsOrEndsRolesRaisesRoleEvents() {
        PartyRole partner = PartyRole.of(RoleType.PARTNER, LocalDate.of(2025, 1, 1));
        Company acme = registry.create(company("Acme").addRole(partner).build());
        recorder.clear();
        PartyRole supplier = PartyRole.of(RoleType.SUPPLIER, TODAY);
        PartyRole endedPartner = partner.endedOn(TODAY);

        Company v1 = registry.update(acme.toBuilder().roles(List.of(endedPartner, supplier)).build());

        assertThat(recorder.events()).containsExactly(new RegistryEvent.PartyUpdated(acme, v1, clock.instant()),
                new RegistryEvent.RoleEnded(v1, endedPartner, clock.instant()),
                new RegistryEvent.RoleAdded(v1, supplier, clock.instant()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers

    /** Runs the query and returns the display names of the page's parties, in order. */
    // ------------------------------------------------------------------------------------------------------------
    // standardisation on write (issue 6)

    private ClientRegistry standardizing() {
        return ClientRegistry.builder().store(newStore()).clock(clock).listener(recorder)
                .standardizer(Standardizer.defaults()).build();
    }

    private static PostalAddress messyAddress() {
        return new PostalAddress(Optional.of("ULICA DŁUGA"), "5 m 3", Optional.empty(), "00950", "WARSZAWA",
                Optional.empty(), Optional.empty(), "pl", ContactUsage.main());
    }

    @Test
    void aStandardizingRegistryStoresTheCanonicalFormAndAuditsTheValuesAsEntered() {
        ClientRegistry registry = standardizing();

        Company acme = registry.create(company("ACME Polska Spółka z ograniczoną odpowiedzialnością")
                .addContactPoint(messyAddress()).build());

        assertThat(acme.legalName()).isEqualTo("ACME Polska");
        assertThat(acme.legalForm()).contains(LegalForm.LIMITED_LIABILITY_COMPANY);
        assertThat(acme.contactPoints()).containsExactly(new PostalAddress(Optional.of("ul. Długa"), "5",
                Optional.of("3"), "00-950", "Warszawa", Optional.empty(), Optional.empty(), "PL", ContactUsage.main()));
        assertThat(registry.get(acme.id())).isEqualTo(acme);
        assertThat(registry.audit().ofParty(acme.id())).extracting(AuditEntry::action)
                .containsExactly("party created", "values standardized");
        assertThat(registry.audit().ofParty(acme.id()).get(1).changes()).contains(
                new FieldChange("legalName", Optional.of("ACME Polska Spółka z ograniczoną odpowiedzialnością"),
                        Optional.of("ACME Polska")),
                new FieldChange("legalForm", Optional.empty(), Optional.of("LIMITED_LIABILITY_COMPANY")));
        assertThat(recorder.types()).containsExactly(RegistryEvent.PartyCreated.class,
                RegistryEvent.PartyStandardized.class);
    }

    @Test
    void aStandardizingRegistryReportsWhatItKeptAsEnteredWithoutAnAuditEntry() {
        ClientRegistry registry = standardizing();
        PostalAddress odd = new PostalAddress(Optional.of("ul. Długa"), "5", Optional.empty(), "00-950", "Warszawa",
                Optional.empty(), Optional.of("Mazowsze"), "PL", ContactUsage.main());

        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Nowak").addContactPoint(odd)
                .build());

        assertThat(anna.contactPoints()).containsExactly(odd);
        RegistryEvent.PartyStandardized event = recorder.ofType(RegistryEvent.PartyStandardized.class).get(0);
        assertThat(event.changes()).isEmpty();
        assertThat(event.remarks()).extracting(r -> r.field()).containsExactly("contactPoints[0].region");
        assertThat(registry.audit().ofParty(anna.id())).extracting(AuditEntry::action).containsExactly("party created");
    }

    @Test
    void aStandardizingRegistryStandardisesUpdatesAndBulkCreations() {
        ClientRegistry registry = standardizing();
        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Nowak").build());

        Person renamed = registry.update(anna.toBuilder().familyName("NOWAK - KOWALSKA").build());
        BulkResult bulk = registry.createAll(List.of(Person.builder().givenNames("JAN").familyName("kowalski").build(),
                company("Orlen SA").build()), 10, Progress.NONE);

        assertThat(renamed.familyName()).isEqualTo("Nowak-Kowalska");
        assertThat(registry.audit().ofParty(anna.id())).extracting(AuditEntry::action)
                .containsExactly("party created", "party updated", "values standardized");
        assertThat(bulk.created()).isEqualTo(2);
        assertThat(registry.search(PartyQuery.builder().build()).items()).extracting(Party::displayName)
                .contains("Jan Kowalski", "Orlen");
    }

    @Test
    void aRegistryWithoutAStandardizerStoresWhatItIsGiven() {
        PostalAddress valid = new PostalAddress(Optional.of("ULICA DŁUGA"), "5", Optional.empty(), "00-950",
                "WARSZAWA", Optional.empty(), Optional.empty(), "PL", ContactUsage.main());

        Company acme = registry.create(company("ACME Polska Spółka z o.o.").addContactPoint(valid).build());

        assertThat(acme.legalName()).isEqualTo("ACME Polska Spółka z o.o.");
        assertThat(acme.contactPoints()).containsExactly(valid);
        assertThat(recorder.ofType(RegistryEvent.PartyStandardized.class)).isEmpty();
    }

    protected List<String> names(PartyQuery.Builder query) {
        return registry.search(query.build()).items().stream().map(Party::displayName).toList();
    }

    /** Runs the query and returns the page's parties, in order. */
    protected List<Party> search(PartyQuery.Builder query) {
        return registry.search(query.build()).items();
    }

    /** Returns the parties sorted by id, the order of every registry result ordered by id. */
    @SafeVarargs
    private static <P extends Party> List<P> sortedById(P... parties) {
        return java.util.Arrays.stream(parties).sorted(Comparator.comparing(Party::id)).toList();
    }

    // ------------------------------------------------------------------------------------------------------------
    // regressions from the first review of issue 2

    @Test
    void aPolishEuVatNumberIsTheNipForLookupsAndUniqueness() {
        Company withNip = registry.create(company("Acme").nip(Nip.parse(KNOWN_NIP)).build());

        assertThat(registry.findByIdentifier(EuVatNumber.parse("PL" + KNOWN_NIP))).containsExactly(withNip);
        assertThatThrownBy(() -> registry.create(company("Copycat").euVatNumber(EuVatNumber.parse("PL" + KNOWN_NIP))
                .build())).isInstanceOf(DuplicateIdentifierException.class);
        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).containsExactly(withNip);
    }

    @Test
    void aCompanyWithOnlyItsPolishEuVatNumberIsFoundByNip() {
        Company vatOnly = registry.create(company("Vat Only").euVatNumber(EuVatNumber.parse("PL " + KNOWN_NIP)).build());

        assertThat(registry.findByIdentifier(Nip.parse(KNOWN_NIP))).containsExactly(vatOnly);
    }

    @Test
    void aCompanyMayRecordBothItsNipAndTheSamePolishEuVatNumber() {
        Company both = registry.create(company("Both").nip(Nip.parse(KNOWN_NIP))
                .euVatNumber(EuVatNumber.parse("PL" + KNOWN_NIP)).build());

        assertThat(registry.findByIdentifier(EuVatNumber.parse("PL" + KNOWN_NIP))).containsExactly(both);
    }

    @Test
    void findsEmailAddressesWhateverTheirCase() {
        Person anna = registry.create(person("Anna", "Nowak").addContactPoint(EmailContact.of("Anna.Nowak@Example.pl"))
                .build());

        assertThat(registry.findByIdentifier(Email.of("anna.nowak@example.pl"))).containsExactly(anna);
        assertThat(registry.findByIdentifier(Email.of("ANNA.NOWAK@EXAMPLE.PL"))).containsExactly(anna);
        assertThat(anna.contactPoints(EmailContact.class).get(0).email().localPart()).isEqualTo("Anna.Nowak");
    }

    @Test
    void changingALeadsWarmthRaisesRoleChangedNotRoleAdded() {
        Person lead = registry.create(person("Jan", "Lis").addRole(PartyRole.lead(
                LeadDetails.of(LeadSource.CALL, LeadWarmth.COLD), TODAY.minusDays(3))).build());
        recorder.clear();
        PartyRole warmer = PartyRole.lead(LeadDetails.of(LeadSource.CALL, LeadWarmth.HOT), TODAY.minusDays(3));

        registry.update(lead.toBuilder().roles(List.of(warmer)).build());

        assertThat(recorder.types()).containsExactly(RegistryEvent.PartyUpdated.class, RegistryEvent.RoleChanged.class);
        RegistryEvent.RoleChanged changed = recorder.ofType(RegistryEvent.RoleChanged.class).get(0);
        assertThat(changed.previous().lead()).map(LeadDetails::warmth).contains(LeadWarmth.COLD);
        assertThat(changed.role().lead()).map(LeadDetails::warmth).contains(LeadWarmth.HOT);
    }

    @Test
    void removingARoleRaisesRoleRemoved() {
        Company acme = registry.create(company("Acme").addRole(PartyRole.of(RoleType.SUPPLIER, TODAY.minusYears(1)))
                .addRole(PartyRole.of(RoleType.CLIENT, TODAY.minusYears(2))).build());
        recorder.clear();

        registry.update(acme.toBuilder().roles(List.of(PartyRole.of(RoleType.CLIENT, TODAY.minusYears(2)))).build());

        assertThat(recorder.types()).containsExactly(RegistryEvent.PartyUpdated.class, RegistryEvent.RoleRemoved.class);
        assertThat(recorder.ofType(RegistryEvent.RoleRemoved.class).get(0).role().type()).isEqualTo(RoleType.SUPPLIER);
    }

    @Test
    void reassigningToTheCurrentOwnerChangesNothing() {
        Company acme = registry.create(company("Acme").owner(ALICE).build());
        recorder.clear();

        Party same = registry.reassignOwner(acme.id(), acme.version(), ALICE, "no-op");

        assertThat(same).isEqualTo(acme);
        assertThat(registry.get(acme.id()).version()).isZero();
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void buildingWithoutRequiredNamesReportsEveryMissingField() {
        assertThatThrownBy(() -> Person.builder().build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("givenNames", "familyName"));
    }

    @Test
    void operationsThatDoNotFitTheStateThrowKartotekaExceptions() {
        Company acme = registry.create(company("Acme").build());

        assertThatThrownBy(() -> registry.restore(acme.id(), acme.version()))
                .isInstanceOf(dev.kartoteka.core.KartotekaException.class);
        assertThatThrownBy(() -> registry.endRole(acme.id(), acme.version(), RoleType.CLIENT, TODAY))
                .isInstanceOf(dev.kartoteka.core.KartotekaException.class);
        assertThatThrownBy(() -> registry.create(company("Same id").id(acme.id()).build()))
                .isInstanceOf(StateConflictException.class);
    }
}
