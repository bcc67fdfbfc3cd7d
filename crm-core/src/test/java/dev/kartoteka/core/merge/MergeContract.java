package dev.kartoteka.core.merge;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.nip;
import static dev.kartoteka.core.registry.ExampleParties.person;
import static dev.kartoteka.core.registry.ExampleParties.regon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.access.AccessDeniedException;
import dev.kartoteka.core.access.AccessPolicy;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.access.RoleBasedAccessPolicy;
import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.MutableClock;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.RecordingListener;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link ClientRegistry#previewMerge} and {@link ClientRegistry#merge} whatever the stores: a store
 * implementation runs it by extending this class and returning new, empty stores from {@link #newStores()}.
 *
 * <p>The registry's clock is a {@link MutableClock} standing at 2026-11-22T10:00Z until a test moves it.
 */
public abstract class MergeContract {

    /**
     * The four stores of one registry.
     *
     * @param parties the party store
     * @param history the history store
     * @param consents the consent store
     * @param audit the audit store
     */
    public record Stores(PartyStore parties, HistoryStore history, ConsentStore consents, AuditStore audit) {
    }

    /**
     * @return new, empty stores for one test
     */
    protected abstract Stores newStores();

    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UserId ALICE = UserId.of("alice");

    protected MutableClock clock;
    protected RecordingListener recorder;
    protected Stores stores;
    protected ClientRegistry registry;

    @BeforeEach
    void setUpRegistry() {
        clock = new MutableClock();
        recorder = new RecordingListener();
        stores = newStores();
        registry = registry(AccessPolicy.allowAll());
    }

    private ClientRegistry registry(AccessPolicy policy) {
        return ClientRegistry.builder().store(stores.parties()).historyStore(stores.history())
                .consentStore(stores.consents()).auditStore(stores.audit()).accessPolicy(policy).clock(clock)
                .listener(recorder).build();
    }

    private Party later(java.util.function.Supplier<Party> create) {
        clock.advance(Duration.ofMinutes(1));
        return create.get();
    }

    /** What a test can observe of the registry's state: both parties as stored, every audit entry, every event. */
    private record Snapshot(Optional<Party> a, Optional<Party> b, int auditEntries, int events,
                            int timelineA, int timelineB, int consentsA, int consentsB) {
    }

    private Snapshot snapshot(PartyId a, PartyId b) {
        return new Snapshot(stores.parties().findById(a), stores.parties().findById(b),
                stores.audit().query(Optional.empty(), Instant.MIN, Instant.MAX).size(), recorder.events().size(),
                stores.history().interactionsOf(a).size() + stores.history().transactionsOf(a).size(),
                stores.history().interactionsOf(b).size() + stores.history().transactionsOf(b).size(),
                stores.consents().eventsOf(a).size(), stores.consents().eventsOf(b).size());
    }

    // ------------------------------------------------------------------------------------------------------------
    // preview

    @Test
    void previewShowsExactlyWhatTheMergeThenDoesAndWritesNothing() {
        Company a = registry.create(company("Acme").nip(nip(1)).addContactPoint(EmailContact.of("biuro@acme.pl"))
                .tag("vip").build());
        Company b = (Company) later(() -> registry.create(company("Acme Polska Sp. z o.o.").regon(regon(7))
                .addContactPoint(EmailContact.of("BIURO@acme.pl")).addContactPoint(PhoneContact.of("601 234 567"))
                .industry("IT").tag("hurt").build()));
        registry.history().log(Interaction.builder(b.id(), InteractionType.CALL, clock.instant()).subject("Telefon")
                .build());
        recorder.clear();
        MergeRequest request = MergeRequest.builder().survivor(a.id(), a.version()).merged(b.id(), b.version())
                .rule("legalName", Survivorship.mostComplete()).build();
        Snapshot before = snapshot(a.id(), b.id());

        MergePreview preview = registry.previewMerge(request);

        assertThat(snapshot(a.id(), b.id())).as("a preview writes nothing").isEqualTo(before);
        assertThat(preview.survivor().id()).isEqualTo(a.id());
        assertThat(preview.merged()).containsExactly(b.id());
        assertThat(preview.historyEntries()).isEqualTo(1);

        MergeResult result = registry.merge(request);

        assertThat(result.survivor()).isEqualTo(preview.survivor()).isEqualTo(registry.get(a.id()));
        assertThat(result.merged()).isEqualTo(preview.merged());
        assertThat(result.decisions()).isEqualTo(preview.decisions());
        assertThat(result.notSurviving()).isEqualTo(preview.notSurviving());
        assertThat(result.historyEntries()).isEqualTo(preview.historyEntries());
        assertThat(result.consentEvents()).isEqualTo(preview.consentEvents());
        assertThat(result.conservativeWithdrawals()).isEqualTo(preview.conservativeWithdrawals());
    }

    @Test
    void survivorGetsChosenValuesAndTheUnionOfEverythingElse() {
        Company a = registry.create(company("Acme").nip(nip(1)).addContactPoint(EmailContact.of("biuro@acme.pl"))
                .tag("vip").addInterest("golf").addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2024, 1, 1)))
                .build());
        Company b = (Company) later(() -> registry.create(company("Acme Polska Sp. z o.o.").regon(regon(7))
                .addContactPoint(EmailContact.of("BIURO@acme.pl")).addContactPoint(PhoneContact.of("601 234 567"))
                .industry("IT").tag("hurt").addInterest("żeglarstwo")
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2023, 6, 1)).endedOn(LocalDate.of(2024, 3, 1)))
                .addNote(Note.of("Dzwonić rano", clock.instant(), ALICE)).build()));

        Company merged = (Company) registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()))
                .survivor();

        assertThat(merged.legalName()).as("most recent: b was changed last").isEqualTo("Acme Polska Sp. z o.o.");
        assertThat(merged.nip()).contains(nip(1));
        assertThat(merged.regon()).contains(regon(7));
        assertThat(merged.industry()).contains("IT");
        assertThat(merged.contactPoints()).as("one e-mail: addresses ignore case").hasSize(2);
        assertThat(merged.contactPoints(EmailContact.class)).hasSize(1);
        assertThat(merged.tags()).extracting(t -> t.value()).containsExactlyInAnyOrder("vip", "hurt");
        assertThat(merged.interests()).containsExactlyInAnyOrder("golf", "żeglarstwo");
        assertThat(merged.notes()).extracting(Note::text).containsExactly("Dzwonić rano");
        assertThat(merged.roles()).as("overlapping client roles become one")
                .containsExactly(PartyRole.of(RoleType.CLIENT, LocalDate.of(2023, 6, 1)));
        assertThat(merged.version()).isEqualTo(a.version() + 1);
        assertThat(merged.status()).isEqualTo(PartyStatus.ACTIVE);
    }

    // ------------------------------------------------------------------------------------------------------------
    // survivorship rules

    @Test
    void mostRecentTakesTheValueOfThePartyChangedLastAndNeverAnAbsence() {
        Person a = registry.create(person("Anna", "Kowalska").profession("lekarz").build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Kowalska-Nowak").build()));

        Person merged = (Person) registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()))
                .survivor();

        assertThat(merged.familyName()).isEqualTo("Kowalska-Nowak");
        assertThat(merged.profession()).as("b has none: a's value is kept").contains("lekarz");
    }

    @Test
    void aNameNotKnownIsNoValueToChooseAndTheOtherPartysNameSurvives() {
        Person a = registry.create(person("Anna", "Kowalska").build());
        Person b = (Person) later(() -> registry.create(Person.builder().givenNames("Ania").build()));

        MergeResult result = registry.merge(MergeRequest.of(b.id(), b.version(), a.id(), a.version()));

        Person merged = (Person) result.survivor();
        assertThat(merged.givenNames()).as("the survivor's own, changed last").isEqualTo("Ania");
        assertThat(merged.familyName()).as("only a has one").isEqualTo("Kowalska");
        assertThat(merged.displayName()).isEqualTo("Ania Kowalska");
        assertThat(registry.get(b.id())).isEqualTo(merged);
    }

    @Test
    void theDefaultSurvivorIsThePartyChangedLastWhoseValuesWin() {
        Person a = registry.create(person("Anna", "Kowalska").build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Nowak").build()));

        MergeResult result = registry.merge(MergeRequest.builder().party(a.id(), a.version())
                .party(b.id(), b.version()).build());

        assertThat(result.survivor().id()).isEqualTo(b.id());
        assertThat(result.merged()).containsExactly(a.id());
        assertThat(((Person) result.survivor()).familyName()).isEqualTo("Nowak");
    }

    @Test
    void mostCompleteTakesTheLongestValue() {
        Company a = (Company) later(() -> registry.create(company("Acme Polska Spółka z o.o.").build()));
        Company b = (Company) later(() -> registry.create(company("Acme").build()));

        MergeResult result = registry.merge(MergeRequest.builder().survivor(b.id(), b.version())
                .merged(a.id(), a.version()).rule("legalName", Survivorship.mostComplete()).build());

        assertThat(((Company) result.survivor()).legalName()).isEqualTo("Acme Polska Spółka z o.o.");
        assertThat(result.decisions()).contains(new MergePreview.Decision("legalName",
                Optional.of("Acme Polska Spółka z o.o."), Optional.of(a.id()), Survivorship.mostComplete()));
    }

    @Test
    void theVerifiedCopyOfAContactPointWins() {
        Instant verified = clock.instant().minus(Duration.ofDays(3));
        Person a = registry.create(person("Anna", "Kowalska").addContactPoint(EmailContact.of("anna@example.pl")
                .withUsage(ContactUsage.main().withVerifiedAt(verified))).build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Kowalska")
                .addContactPoint(EmailContact.of("Anna@Example.pl")).build()));

        Party merged = registry.merge(MergeRequest.of(b.id(), b.version(), a.id(), a.version())).survivor();

        assertThat(merged.contactPoints()).singleElement()
                .satisfies(cp -> assertThat(cp.usage().verifiedAt()).contains(verified));
    }

    @Test
    void preferTakesThatPartysValueWhenItHasOne() {
        Company a = registry.create(company("Acme").industry("IT").build());
        Company b = (Company) later(() -> registry.create(company("Acme").industry("Handel").build()));

        MergeResult result = registry.merge(MergeRequest.builder().survivor(a.id(), a.version())
                .merged(b.id(), b.version()).rule("industry", Survivorship.prefer(a.id()))
                .rule("shortName", Survivorship.prefer(a.id())).build());

        assertThat(((Company) result.survivor()).industry()).contains("IT");
        assertThat(result.notSurviving()).contains(new MergePreview.NotSurviving(b.id(), "industry", "Handel"));
    }

    @Test
    void manualSetsTheGivenValueAndRefusesAValueOfAnotherType() {
        Company a = registry.create(company("ACME SA").build());
        Company b = (Company) later(() -> registry.create(company("Acme S.A.").build()));

        assertThatThrownBy(() -> registry.previewMerge(MergeRequest.builder().survivor(a.id(), a.version())
                .merged(b.id(), b.version()).rule("legalName", Survivorship.manual(42)).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("legalName");
        assertThatThrownBy(() -> registry.previewMerge(MergeRequest.builder().survivor(a.id(), a.version())
                .merged(b.id(), b.version()).rule("nickname", Survivorship.mostRecent()).build()))
                .as("an unknown field").isInstanceOf(ValidationException.class).hasMessageContaining("nickname");

        MergeResult result = registry.merge(MergeRequest.builder().survivor(a.id(), a.version())
                .merged(b.id(), b.version()).rule("legalName", Survivorship.manual("Acme Spółka Akcyjna")).build());

        assertThat(((Company) result.survivor()).legalName()).isEqualTo("Acme Spółka Akcyjna");
        assertThat(result.notSurviving()).extracting(MergePreview.NotSurviving::value)
                .contains("ACME SA", "Acme S.A.");
    }

    @Test
    void aBirthDateOrSexThatContradictsTheSurvivingPeselDoesNotSurvive() {
        Pesel pesel = Pesel.of(LocalDate.of(1985, 3, 12), Sex.FEMALE, 123);
        Person a = registry.create(person("Anna", "Kowalska").pesel(pesel).build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Kowalska")
                .birthDate(LocalDate.of(1985, 3, 21)).sex(Sex.MALE).build()));

        for (Survivorship rule : List.of(Survivorship.mostRecent(), Survivorship.mostComplete(),
                Survivorship.prefer(b.id()))) {
            MergePreview preview = registry.previewMerge(MergeRequest.builder().survivor(b.id(), b.version())
                    .merged(a.id(), a.version()).defaultRule(rule).build());

            Person survivor = (Person) preview.survivor();
            assertThat(survivor.pesel()).as(rule.toString()).contains(pesel);
            assertThat(survivor.birthDate()).as("the PESEL's, not b's typo").contains(LocalDate.of(1985, 3, 12));
            assertThat(survivor.sex()).contains(Sex.FEMALE);
            assertThat(preview.decisions()).contains(new MergePreview.Decision("birthDate",
                    Optional.of("1985-03-12"), Optional.of(a.id()), rule));
            assertThat(preview.notSurviving()).extracting(MergePreview.NotSurviving::value)
                    .contains("1985-03-21", "MALE");
        }

        Person merged = (Person) registry.merge(MergeRequest.builder().survivor(b.id(), b.version())
                .merged(a.id(), a.version()).defaultRule(Survivorship.mostComplete()).build()).survivor();
        assertThat(merged.birthDate()).contains(LocalDate.of(1985, 3, 12));
        assertThat(registry.audit().ofParty(b.id())).flatExtracting(AuditEntry::changes)
                .anySatisfy(c -> assertThat(c.oldValue()).contains("1985-03-21"));
    }

    @Test
    void aBirthDateNoPartyRecordedIsNotAddedFromThePesel() {
        Pesel pesel = Pesel.of(LocalDate.of(1985, 3, 12), Sex.FEMALE, 123);
        Person a = registry.create(person("Anna", "Kowalska").pesel(pesel).build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Kowalska").build()));

        Person survivor = (Person) registry.previewMerge(MergeRequest.of(b.id(), b.version(), a.id(), a.version()))
                .survivor();

        assertThat(survivor.pesel()).contains(pesel);
        assertThat(survivor.birthDate()).isEmpty();
        assertThat(survivor.sex()).isEmpty();
    }

    @Test
    void anAddressWithoutItsPostalCodeIsACopyOfTheSameAddressWithIt() {
        Person a = registry.create(person("Anna", "Kowalska")
                .addContactPoint(PostalAddress.polish("ul. Długa", "7", "00-001", "Warszawa")).build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Kowalska")
                .addContactPoint(PostalAddress.polish("Długa", "7", "", "WARSZAWA"))
                .addContactPoint(PostalAddress.polish("ul. Krótka", "2", "", "Kraków")).build()));

        Person survivor = (Person) registry.merge(MergeRequest.of(b.id(), b.version(), a.id(), a.version()))
                .survivor();

        assertThat(survivor.contactPoints(PostalAddress.class)).as("b changed last, but only a's copy has the code")
                .extracting(PostalAddress::city, PostalAddress::postalCode).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Warszawa", "00-001"),
                        org.assertj.core.groups.Tuple.tuple("Kraków", ""));
    }

    @Test
    void anAddressOfAPlaceAloneIsACopyOfTheOneWholeAddressInThatPlace() {
        Person a = registry.create(person("Anna", "Kowalska")
                .addContactPoint(PostalAddress.polish("ul. Długa", "7", "00-001", "Warszawa")).build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Kowalska")
                .addContactPoint(new PostalAddress(Optional.empty(), "", Optional.empty(), "", "WARSZAWA",
                        Optional.empty(), Optional.empty(), "PL", ContactUsage.main()))
                .addContactPoint(new PostalAddress(Optional.empty(), "", Optional.empty(), "", "Kraków",
                        Optional.empty(), Optional.empty(), "PL", ContactUsage.main())).build()));

        Person survivor = (Person) registry.merge(MergeRequest.of(b.id(), b.version(), a.id(), a.version()))
                .survivor();

        assertThat(survivor.contactPoints(PostalAddress.class)).as("b changed last, but a's copy is the whole one")
                .extracting(PostalAddress::city, PostalAddress::building).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Warszawa", "7"),
                        org.assertj.core.groups.Tuple.tuple("Kraków", ""));
    }

    @Test
    void aBirthDateAgreeingWithThePeselIsPreferredAndAManualOneThatContradictsItIsRefused() {
        Pesel pesel = Pesel.of(LocalDate.of(1985, 3, 12), Sex.FEMALE, 123);
        Person a = registry.create(person("Anna", "Kowalska").pesel(pesel).birthDate(LocalDate.of(1985, 3, 12))
                .build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Kowalska")
                .birthDate(LocalDate.of(1958, 3, 12)).build()));

        MergeRequest.Builder request = MergeRequest.builder().survivor(b.id(), b.version())
                .merged(a.id(), a.version());
        assertThat(((Person) registry.previewMerge(request.build()).survivor()).birthDate())
                .as("a's date, the PESEL's, though b changed last").contains(LocalDate.of(1985, 3, 12));

        MergeRequest manual = request.rule("birthDate", Survivorship.manual(LocalDate.of(1958, 3, 12))).build();
        assertThatThrownBy(() -> registry.merge(manual)).as("an explicit choice is not corrected")
                .isInstanceOf(ValidationException.class).hasMessageContaining("birthDate");
        assertThat(registry.get(a.id()).id()).as("nothing merged").isEqualTo(a.id());
    }

    @Test
    void partiesOfDifferentKindsAreNotMerged() {
        Company a = registry.create(company("Acme").build());
        Person b = registry.create(person("Anna", "Kowalska").build());

        assertThatThrownBy(() -> registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version())))
                .isInstanceOf(ValidationException.class);
        assertThat(registry.get(b.id()).status()).isEqualTo(PartyStatus.ACTIVE);
    }

    // ------------------------------------------------------------------------------------------------------------
    // identifiers and the tombstone

    @Test
    void uniqueIdentifiersMoveToTheSurvivorAndLeaveTheTombstone() {
        Company a = registry.create(company("Acme").build());
        Company b = (Company) later(() -> registry.create(company("Acme").nip(nip(5)).regon(regon(5)).build()));

        registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()));

        assertThat(registry.findByIdentifier(nip(5))).extracting(Party::id).containsExactly(a.id());
        assertThat(((Company) registry.get(a.id())).nip()).contains(nip(5));
        Party tombstone = stores.parties().findById(b.id()).orElseThrow();
        assertThat(tombstone.status()).isEqualTo(PartyStatus.MERGED);
        assertThat(tombstone.mergedInto()).contains(a.id());
        assertThat(tombstone.identifiers()).isEmpty();
        assertThatThrownBy(() -> registry.create(company("Inna").nip(nip(5)).build()))
                .as("the NIP is the survivor's now").isInstanceOf(DuplicateIdentifierException.class);
    }

    @Test
    void anIdentifierThatDoesNotSurviveStaysOnTheTombstoneAndStillFindsTheSurvivor() {
        Company a = registry.create(company("Acme").regon(regon(1)).build());
        Company b = (Company) later(() -> registry.create(company("Acme").regon(regon(2)).build()));

        registry.merge(MergeRequest.builder().survivor(a.id(), a.version()).merged(b.id(), b.version())
                .rule("regon", Survivorship.prefer(a.id())).build());

        assertThat(((Company) registry.get(a.id())).regon()).contains(regon(1));
        assertThat(registry.findByIdentifier(regon(2))).extracting(Party::id).containsExactly(a.id());
        assertThat(registry.findByIdentifier(regon(1))).extracting(Party::id).containsExactly(a.id());
    }

    @Test
    void aForeignTaxNumberMovesToTheSurvivorAndStillFindsIt() {
        Company a = registry.create(company("Acme Ltd").build());
        Company b = (Company) later(() -> registry.create(company("ACME Limited")
                .foreignTaxNumber(dev.kartoteka.core.identifier.ForeignTaxNumber.of("GB", "123456789")).build()));

        registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()));

        Company survivor = (Company) registry.get(a.id());
        assertThat(survivor.foreignTaxNumber()).contains(dev.kartoteka.core.identifier.ForeignTaxNumber.parse(
                "GB123456789"));
        assertThat(registry.findByIdentifier(dev.kartoteka.core.identifier.ForeignTaxNumber.parse("GB123456789")))
                .containsExactly(survivor);
    }

    @Test
    void theMergedIdAndItsIdentifiersLeadToTheSurvivor() {
        Person a = registry.create(person("Anna", "Kowalska").addContactPoint(EmailContact.of("anna@example.pl"))
                .build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Kowalska")
                .addContactPoint(EmailContact.of("anna@example.pl")).addContactPoint(PhoneContact.of("601234567"))
                .build()));

        registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()));

        Party survivor = registry.get(a.id());
        assertThat(registry.findById(b.id())).contains(survivor);
        assertThat(registry.get(b.id())).isEqualTo(survivor);
        assertThat(registry.resolve(b.id())).isEqualTo(a.id());
        assertThat(registry.resolve(a.id())).isEqualTo(a.id());
        assertThat(registry.findByIdentifier(Email.of("anna@example.pl"))).containsExactly(survivor);
        assertThat(registry.findByIdentifier(PhoneNumber.parse("601234567", "PL"))).containsExactly(survivor);
    }

    @Test
    void aSurvivorMergedLaterIsFollowed() {
        Person a = registry.create(person("Anna", "Kowalska").build());
        Person b = registry.create(person("Anna", "Kowalska").build());
        Person c = registry.create(person("Anna", "Kowalska").build());
        registry.merge(MergeRequest.of(b.id(), b.version(), a.id(), a.version()));
        Party bNow = registry.get(b.id());

        registry.merge(MergeRequest.of(c.id(), c.version(), b.id(), bNow.version()));

        assertThat(registry.resolve(a.id())).isEqualTo(c.id());
        assertThat(registry.get(a.id()).id()).isEqualTo(c.id());
    }

    @Test
    void tombstonesAreLeftOutOfSearchesAndCounts() {
        Person a = registry.create(person("Anna", "Kowalska").build());
        Person b = (Person) later(() -> registry.create(person("Anna", "Kowalska").build()));

        registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()));

        assertThat(registry.search(PartyQuery.builder().name("Kowalska").includeArchived(true).build()).items())
                .extracting(Party::id).containsExactly(a.id());
        assertThat(stores.parties().count(true)).isEqualTo(1);
        assertThat(stores.parties().count(false)).isEqualTo(1);
    }

    @Test
    void mergingATombstoneOrIntoOneIsRefused() {
        Person a = registry.create(person("Anna", "Kowalska").build());
        Person b = registry.create(person("Anna", "Kowalska").build());
        Person c = registry.create(person("Anna", "Kowalska").build());
        registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()));
        Party tombstone = stores.parties().findById(b.id()).orElseThrow();

        assertThatThrownBy(() -> registry.merge(MergeRequest.of(c.id(), c.version(), b.id(), tombstone.version())))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("merged into " + a.id());
        assertThatThrownBy(() -> registry.merge(MergeRequest.of(b.id(), tombstone.version(), c.id(), c.version())))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> registry.update(((Person) tombstone).toBuilder().profession("x").build()))
                .as("a tombstone cannot be changed").isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> registry.history().log(Interaction.builder(b.id(), InteractionType.CALL,
                clock.instant()).subject("Telefon").build())).isInstanceOf(StateConflictException.class);
        assertThat(registry.get(c.id()).version()).isEqualTo(c.version());
    }

    // ------------------------------------------------------------------------------------------------------------
    // history, consents, contact persons

    @Test
    void historyAndConsentsMoveToTheSurvivor() {
        Person a = registry.create(person("Anna", "Kowalska").addContactPoint(EmailContact.of("anna@example.pl"))
                .build());
        Person b = registry.create(person("Anna", "Kowalska").addContactPoint(EmailContact.of("ak@example.pl"))
                .build());
        Company acme = registry.create(company("Acme").addContactPerson(ContactPerson.of(b.id(), TODAY)).build());
        registry.history().log(Interaction.builder(b.id(), InteractionType.CALL, clock.instant()).subject("Telefon")
                .build());
        registry.history().log(Interaction.builder(acme.id(), InteractionType.MEETING, clock.instant())
                .contactPerson(b.id()).subject("Spotkanie").build());
        registry.history().record(Transaction.order(b.id(), TODAY, Money.of("100.00", "PLN")));
        registry.consents().grant(b.id(), ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER, ConsentSource.WEB_FORM,
                clock.instant(), Optional.empty(), Optional.empty(), false);
        Party bNow = registry.get(b.id());
        Party acmeBefore = registry.get(acme.id());

        MergeResult result = registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), bNow.version()));

        assertThat(result.historyEntries()).isEqualTo(3);
        assertThat(result.consentEvents()).isEqualTo(1);
        assertThat(registry.history().timeline(a.id())).hasSize(2);
        assertThat(stores.history().interactionsOf(b.id())).as("nothing stays on the tombstone").isEmpty();
        assertThat(registry.history().timeline(b.id())).as("reads by the merged id answer for the survivor")
                .isEqualTo(registry.history().timeline(a.id()));
        assertThat(registry.history().transactions(b.id(), TODAY, TODAY, Set.of())).hasSize(1);
        assertThat(registry.history().averageOrderValue(b.id(), TODAY, TODAY, Currency.getInstance("PLN")))
                .contains(Money.of("100.00", "PLN"));
        assertThat(registry.history().contactPersonTimeline(b.id()))
                .isEqualTo(registry.history().contactPersonTimeline(a.id())).hasSize(1);
        assertThat(stores.history().interactionsWithContactPerson(a.id())).hasSize(1);
        assertThat(registry.consents().history(b.id())).isEqualTo(registry.consents().history(a.id())).hasSize(1);
        assertThat(registry.consents().mayContact(b.id(), ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER,
                clock.instant()).allowed()).as("the merged id's question is the survivor's").isTrue();
        assertThatThrownBy(() -> registry.history().record(Transaction.order(b.id(), TODAY, Money.of("5.00", "PLN"))))
                .isInstanceOf(StateConflictException.class).hasMessageContaining(a.id().toString());
        assertThat(registry.consents().history(a.id())).hasSize(1);
        assertThat(registry.consents().mayContact(a.id(), ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER,
                clock.instant()).allowed()).isTrue();
        Company acmeAfter = (Company) registry.get(acme.id());
        assertThat(acmeAfter.contactPersons()).extracting(ContactPerson::person).containsExactly(a.id());
        assertThat(acmeAfter.version()).isEqualTo(acmeBefore.version() + 1);
        assertThat(registry.companiesOf(a.id(), TODAY)).extracting(Party::id).containsExactly(acme.id());
    }

    @Test
    void aWithdrawalOnEitherSideWinsOverALaterGrantOfTheOther() {
        Person a = registry.create(person("Anna", "Kowalska").addContactPoint(EmailContact.of("anna@example.pl"))
                .build());
        Person b = registry.create(person("Anna", "Kowalska").addContactPoint(EmailContact.of("ak@example.pl"))
                .build());
        Instant t1 = clock.instant().minus(Duration.ofDays(10));
        Instant t2 = clock.instant().minus(Duration.ofDays(2));
        registry.consents().withdraw(b.id(), ConsentChannel.EMAIL, ConsentPurpose.MARKETING, ConsentSource.CALL, t1,
                Optional.empty());
        registry.consents().grant(a.id(), ConsentChannel.EMAIL, ConsentPurpose.MARKETING, ConsentSource.WEB_FORM, t2,
                Optional.empty(), Optional.empty(), false);
        assertThat(registry.consents().mayContact(a.id(), ConsentChannel.EMAIL, ConsentPurpose.MARKETING,
                clock.instant()).allowed()).as("before the merge a may be contacted").isTrue();
        recorder.clear();

        MergeResult result = registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()));

        assertThat(registry.consents().mayContact(a.id(), ConsentChannel.EMAIL, ConsentPurpose.MARKETING,
                clock.instant()).allowed()).as("b's withdrawal wins").isFalse();
        assertThat(result.conservativeWithdrawals()).singleElement().satisfies(w -> {
            assertThat(w.partyId()).isEqualTo(a.id());
            assertThat(w.at()).isEqualTo(t2);
        });
        assertThat(registry.consents().history(a.id())).hasSize(3);
        assertThat(recorder.ofType(RegistryEvent.ConsentRecorded.class)).hasSize(1);
    }

    @Test
    void theSurvivorsOwnWithdrawalWinsOverALaterGrantOfAMergedParty() {
        Person a = registry.create(person("Anna", "Kowalska").addContactPoint(PhoneContact.of("601234567"))
                .build());
        Person b = registry.create(person("Anna", "Kowalska").addContactPoint(PhoneContact.of("601234567"))
                .build());
        registry.consents().withdraw(a.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING, ConsentSource.CALL,
                clock.instant().minus(Duration.ofDays(5)), Optional.empty());
        registry.consents().grant(b.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING, ConsentSource.WEB_FORM,
                clock.instant().minus(Duration.ofDays(1)), Optional.empty(), Optional.empty(), false);

        registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()));

        assertThat(registry.consents().mayContact(a.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING,
                clock.instant()).allowed()).isFalse();
    }

    @Test
    void grantsOnBothSidesStayGrantsAndNeedNoWithdrawal() {
        Person a = registry.create(person("Anna", "Kowalska").addContactPoint(EmailContact.of("anna@example.pl"))
                .build());
        Person b = registry.create(person("Anna", "Kowalska").build());
        registry.consents().grant(b.id(), ConsentChannel.EMAIL, ConsentPurpose.MARKETING, ConsentSource.WEB_FORM,
                clock.instant().minus(Duration.ofDays(1)), Optional.empty(), Optional.empty(), false);
        registry.consents().withdraw(a.id(), ConsentChannel.EMAIL, ConsentPurpose.MARKETING, ConsentSource.CALL,
                clock.instant().minus(Duration.ofDays(9)), Optional.empty());
        registry.consents().grant(a.id(), ConsentChannel.EMAIL, ConsentPurpose.MARKETING, ConsentSource.WEB_FORM,
                clock.instant().minus(Duration.ofDays(3)), Optional.empty(), Optional.empty(), false);

        MergeResult result = registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()));

        assertThat(result.conservativeWithdrawals()).as("a's withdrawal was superseded by a's own grant").isEmpty();
        assertThat(registry.consents().mayContact(a.id(), ConsentChannel.EMAIL, ConsentPurpose.MARKETING,
                clock.instant()).allowed()).isTrue();
    }

    // ------------------------------------------------------------------------------------------------------------
    // concurrency and access

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        Company a = registry.create(company("Acme").build());
        Company b = registry.create(company("Acme").nip(nip(3)).build());
        registry.history().log(Interaction.builder(b.id(), InteractionType.CALL, clock.instant()).subject("Telefon")
                .build());
        Party bNow = registry.update(registry.get(b.id()).toBuilder().tag("zmiana").build());
        Snapshot before = snapshot(a.id(), b.id());

        assertThatThrownBy(() -> registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version())))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(snapshot(a.id(), b.id())).isEqualTo(before);
        assertThat(registry.findByIdentifier(nip(3))).extracting(Party::id).containsExactly(b.id());
        assertThat(registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), bNow.version())).merged())
                .containsExactly(b.id());
    }

    @Test
    void theMergeRightIsNeededOnEveryPartyInvolved() {
        UserId sam = UserId.of("sam");
        UserId ola = UserId.of("ola");
        AccessPolicy policy = RoleBasedAccessPolicy.builder(u -> u.equals(sam) ? Set.of("merger") : Set.of("sales"))
                .role("merger").permits(Action.READ, Action.WRITE, Action.MERGE).onlyOwnParties()
                .role("sales").permits(Action.READ, Action.WRITE).build();
        ClientRegistry guarded = registry(policy);
        Person mine = guarded.as(sam, null).create(person("Anna", "Kowalska").owner(sam).build());
        Person mineToo = guarded.as(sam, null).create(person("Anna", "Kowalska").owner(sam).build());
        Person olas = guarded.as(ola, null).create(person("Anna", "Kowalska").owner(ola).build());
        Snapshot before = snapshot(mine.id(), olas.id());

        assertThatThrownBy(() -> guarded.as(sam, null).merge(MergeRequest.of(mine.id(), 0, olas.id(), 0)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("MERGE");
        assertThatThrownBy(() -> guarded.as(ola, null).previewMerge(MergeRequest.of(olas.id(), 0, mine.id(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        Snapshot after = snapshot(mine.id(), olas.id());
        assertThat(after.a()).isEqualTo(before.a());
        assertThat(after.b()).isEqualTo(before.b());

        assertThat(guarded.as(sam, null).merge(MergeRequest.of(mine.id(), 0, mineToo.id(), 0)).merged())
                .containsExactly(mineToo.id());
    }

    // ------------------------------------------------------------------------------------------------------------
    // audit and events

    @Test
    void everyValueThatDoesNotSurviveStaysReadableInTheAuditTrail() {
        Company a = registry.create(company("Acme").industry("IT").regon(regon(1)).build());
        Company b = (Company) later(() -> registry.create(company("ACME sp. z o.o.").industry("Handel")
                .regon(regon(2)).addContactPoint(EmailContact.of("biuro@acme.pl")).build()));

        MergeResult result = registry.as(ALICE, "duplikat z importu").merge(MergeRequest.builder()
                .survivor(a.id(), a.version()).merged(b.id(), b.version())
                .defaultRule(Survivorship.prefer(a.id())).build());

        assertThat(result.notSurviving()).extracting(MergePreview.NotSurviving::value)
                .contains("ACME sp. z o.o.", "Handel", regon(2).value());
        for (MergePreview.NotSurviving lost : result.notSurviving()) {
            assertThat(registry.audit().ofParty(lost.party())).flatExtracting(AuditEntry::changes)
                    .as(lost.toString()).anySatisfy(c -> {
                        assertThat(c.field()).isEqualTo(lost.field());
                        assertThat(c.oldValue()).contains(lost.value());
                    });
        }
        AuditEntry onMerged = last(registry.audit().ofParty(b.id()));
        assertThat(onMerged.action()).isEqualTo("party merged");
        assertThat(onMerged.actor()).contains(ALICE);
        assertThat(onMerged.reason()).contains("duplikat z importu");
        assertThat(onMerged.changes()).contains(new FieldChange("mergedInto", Optional.empty(),
                Optional.of(a.id().toString())));
        AuditEntry onSurvivor = last(registry.audit().ofParty(a.id()));
        assertThat(onSurvivor.action()).isEqualTo("parties merged");
        assertThat(onSurvivor.changes()).contains(new FieldChange("mergedFrom", Optional.empty(),
                Optional.of(b.id().toString())));
        assertThat(onSurvivor.changes()).contains(new FieldChange("contactPoints[0]", Optional.empty(),
                Optional.of("e-mail biuro@acme.pl, MAIN")));
    }

    @Test
    void aMergeRaisesUpdatesOfEveryPartyThenPartiesMerged() {
        Person a = registry.create(person("Anna", "Kowalska").build());
        Person b = registry.create(person("Anna", "Kowalska").build());
        Person c = registry.create(person("Anna", "Kowalska").build());
        recorder.clear();

        registry.merge(MergeRequest.builder().survivor(a.id(), 0).merged(b.id(), 0).merged(c.id(), 0).build());

        assertThat(recorder.types()).containsExactly(RegistryEvent.PartyUpdated.class,
                RegistryEvent.PartyUpdated.class, RegistryEvent.PartyUpdated.class, RegistryEvent.PartiesMerged.class);
        RegistryEvent.PartiesMerged merged = recorder.ofType(RegistryEvent.PartiesMerged.class).get(0);
        assertThat(merged.partyId()).isEqualTo(a.id());
        assertThat(merged.mergedIds()).containsExactly(b.id(), c.id());
        assertThat(merged.merged()).allSatisfy(t -> assertThat(t.status()).isEqualTo(PartyStatus.MERGED));
    }

    @Test
    void erasingTheSurvivorAlsoErasesWhatTheMergedPartiesLeftInTheAuditTrail() {
        Person a = registry.create(person("Anna", "Kowalska").build());
        Person b = registry.create(person("Aneta", "Kowalska-Zielińska")
                .addContactPoint(EmailContact.of("aneta.kz@example.pl")).build());
        registry.merge(MergeRequest.builder().survivor(a.id(), a.version()).merged(b.id(), b.version())
                .defaultRule(Survivorship.prefer(a.id())).build());
        assertThat(registry.audit().ofParty(b.id())).flatExtracting(AuditEntry::changes)
                .flatExtracting(c -> c.oldValue().stream().toList()).contains("Aneta", "Kowalska-Zielińska");
        assertThatThrownBy(() -> registry.privacy().erase(b.id(), "RODO")).as("a tombstone is erased with its survivor")
                .isInstanceOf(StateConflictException.class);

        registry.privacy().erase(a.id(), "RODO");

        for (PartyId id : List.of(a.id(), b.id())) {
            assertThat(registry.audit().ofParty(id)).flatExtracting(AuditEntry::changes)
                    .flatExtracting(c -> java.util.stream.Stream.concat(c.oldValue().stream(), c.newValue().stream())
                            .toList())
                    .noneMatch(v -> v.contains("Aneta") || v.contains("Zielińska") || v.contains("aneta.kz"));
        }
        assertThat(((Person) stores.parties().findById(b.id()).orElseThrow()).givenNames()).isEqualTo("[erased]");
    }

    private static AuditEntry last(List<AuditEntry> entries) {
        return entries.get(entries.size() - 1);
    }
}
