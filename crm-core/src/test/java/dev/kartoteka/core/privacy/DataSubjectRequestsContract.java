package dev.kartoteka.core.privacy;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.nip;
import static dev.kartoteka.core.registry.ExampleParties.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.access.AccessDeniedException;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.access.RoleBasedAccessPolicy;
import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.consent.ConsentAction;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionChannel;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.internal.json.Json;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPurpose;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.ImportantDateKind;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every registry must show for {@link DataSubjectRequests} (issue 4, "Data-subject requests"), whatever
 * its stores: what an export holds, what an erasure removes and keeps, and who may do either. A store implementation
 * runs it by extending this class and returning new, empty stores from the four factory methods.
 *
 * <p>Everything is done through the public API, as an administrator, except {@link #scan()}, which reads the four
 * stores through their SPI methods to prove that nothing the registry holds still shows an erased value.
 *
 * <p>The fixture: Anna Maria Wiśniewska (PESEL, private e-mail and mobile, home address, notes, a custom hobby) acts
 * for Acme as purchasing manager with a work e-mail and phone; Jan Kowalczyk acts for Acme too. Anna has a call, a
 * meeting as Acme's contact person, two orders, a consent grant and a withdrawal with evidence, and was updated once.
 * The registry's clock stands at 2026-11-22T10:00Z.
 */
public abstract class DataSubjectRequestsContract {

    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    protected static final Currency PLN = Currency.getInstance("PLN");
    protected static final String ERASED = "[erased]";

    protected static final UserId ADMIN = UserId.of("admin");
    /** May read and write, but neither export nor erase. */
    protected static final UserId SALES = UserId.of("sales.rep");

    protected static final String HOBBY = "hobby";
    protected static final String REMARK = "remark";
    protected static final String DECISION_MAKER = "decision_maker";

    protected static final String ANNA_GIVEN = "Anna Maria";
    protected static final String ANNA_FAMILY = "Wiśniewska";
    protected static final Pesel ANNA_PESEL = Pesel.of(LocalDate.of(1985, 3, 12), Sex.FEMALE, 123);
    protected static final String ANNA_EMAIL = "anna.wisniewska@poczta.example.pl";
    protected static final String ANNA_PHONE = "+48601234567";
    protected static final String ANNA_STREET = "Kwiatowa";
    protected static final String ANNA_BUILDING = "12";
    protected static final String ANNA_NOTE = "Woli rozmowy po szesnastej, najlepiej w czwartki";
    protected static final String ANNA_HOBBY = "Żeglarstwo na Mazurach";
    protected static final String ANNA_PROFESSION = "Architektka wnętrz";
    protected static final String ANNA_WORK_EMAIL = "a.wisniewska@acme.example.pl";
    protected static final String ANNA_WORK_PHONE = "+48221234567";
    protected static final String ANNA_POSITION = "Kierowniczka zakupów";
    protected static final String ANNA_DEPARTMENT = "Zaopatrzenie";
    protected static final String ANNA_REMARK = "Decyduje o budżecie magazynu";
    protected static final String ANNA_GRANT_EVIDENCE = "Formularz WWW nr 4711, podpisała Anna Maria Wiśniewska";
    protected static final String ANNA_WITHDRAWAL_EVIDENCE = "Rozmowa telefoniczna, dzwoniła z +48601234567";
    protected static final String ACME_NOTE_ABOUT_ANNA = "Anna Maria Wiśniewska zamawia kwartalnie, zawsze z rabatem";
    protected static final String ACME_OTHER_NOTE = "Płatności zawsze w terminie";

    protected static final String JAN_EMAIL = "jan.kowalczyk@poczta.example.pl";
    protected static final String JAN_WORK_EMAIL = "j.kowalczyk@acme.example.pl";
    protected static final String JAN_POSITION = "Prezes zarządu";

    protected MutableClock clock;
    protected RecordingListener recorder;
    protected PartyStore partyStore;
    protected HistoryStore historyStore;
    protected ConsentStore consentStore;
    protected AuditStore auditStore;
    protected ClientRegistry registry;
    /** The registry as the administrator, who may do everything. */
    protected ClientRegistry admin;
    /** The registry as a salesperson, who may read and write but neither export nor erase. */
    protected ClientRegistry sales;

    protected Person anna;
    protected Person jan;
    protected Company acme;
    protected Interaction annaCall;
    protected Interaction acmeMeetingWithAnna;
    protected Interaction acmeCallWithJan;
    protected Transaction annaFirstOrder;
    protected Transaction annaSecondOrder;
    protected ConsentEvent annaGrant;
    protected ConsentEvent annaWithdrawal;

    /** @return a new, empty party store */
    protected abstract PartyStore newPartyStore();

    /** @return a new, empty history store */
    protected abstract HistoryStore newHistoryStore();

    /** @return a new, empty consent store */
    protected abstract ConsentStore newConsentStore();

    /** @return a new, empty audit store */
    protected abstract AuditStore newAuditStore();

    @BeforeEach
    void setUpRegistryWithAnnaJanAndAcme() {
        clock = new MutableClock();
        recorder = new RecordingListener();
        partyStore = newPartyStore();
        historyStore = newHistoryStore();
        consentStore = newConsentStore();
        auditStore = newAuditStore();
        Map<UserId, Set<String>> roles = Map.of(ADMIN, Set.of("admin"), SALES, Set.of("sales"));
        registry = ClientRegistry.builder().store(partyStore).historyStore(historyStore).consentStore(consentStore)
                .auditStore(auditStore).clock(clock).listener(recorder)
                .accessPolicy(RoleBasedAccessPolicy.builder(u -> roles.getOrDefault(u, Set.of()))
                        .role("admin").permits(Action.values())
                        .role("sales").permits(Action.READ, Action.WRITE)
                        .build())
                .build();
        admin = registry.as(ADMIN, null);
        sales = registry.as(SALES, null);
        installSchema();
        clock.set(MutableClock.START.minus(Duration.ofDays(60)));

        anna = admin.create(person(ANNA_GIVEN, ANNA_FAMILY).fromPesel(ANNA_PESEL).profession("Architektka")
                .addContactPoint(new EmailContact(Email.of(ANNA_EMAIL), ContactUsage.main()))
                .addContactPoint(PhoneContact.of("601 234 567"))
                .addContactPoint(PostalAddress.polish(ANNA_STREET, ANNA_BUILDING, "90-001", "Łódź"))
                .addImportantDate(ImportantDate.of(ImportantDateKind.NAME_DAY, LocalDate.of(2000, 7, 26)))
                .addInterest("logistyka magazynowa").tag("vip")
                .addNote(Note.of(ANNA_NOTE, clock.instant(), ADMIN))
                .customField(HOBBY, ANNA_HOBBY)
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2026, 9, 1)))
                .build());
        jan = admin.create(person("Jan", "Kowalczyk")
                .addContactPoint(EmailContact.of(JAN_EMAIL)).addContactPoint(PhoneContact.of("602 345 678"))
                .customField(HOBBY, "Wędkarstwo spławikowe").build());
        acme = admin.create(company("Acme Logistyka sp. z o.o.").nip(nip(1))
                .addContactPerson(new ContactPerson(anna.id(), Optional.of(ANNA_POSITION), Optional.of(ANNA_DEPARTMENT),
                        LocalDate.of(2026, 9, 1), Optional.empty(), true,
                        List.of(new EmailContact(Email.of(ANNA_WORK_EMAIL), ContactUsage.of(ContactPurpose.WORK)),
                                new PhoneContact(PhoneNumber.parse("+48 22 123 45 67"),
                                        ContactUsage.of(ContactPurpose.WORK))))
                        .withCustomField(REMARK, ANNA_REMARK).withCustomField(DECISION_MAKER, true))
                .addContactPerson(new ContactPerson(jan.id(), Optional.of(JAN_POSITION), Optional.empty(),
                        LocalDate.of(2026, 9, 1), Optional.empty(), false,
                        List.of(new EmailContact(Email.of(JAN_WORK_EMAIL), ContactUsage.of(ContactPurpose.WORK))))
                        .withCustomField(DECISION_MAKER, true))
                .build());
        clock.advance(Duration.ofDays(10));
        anna = registry.as(ADMIN, "aktualizacja danych")
                .update(anna.toBuilder().profession(ANNA_PROFESSION).build());
        acme = registry.as(ADMIN, "notatka po spotkaniu z " + ANNA_GIVEN + " " + ANNA_FAMILY)
                .update(acme.toBuilder().addNote(Note.of(ACME_NOTE_ABOUT_ANNA, clock.instant(), ADMIN))
                        .addNote(Note.of(ACME_OTHER_NOTE, clock.instant(), ADMIN)).build());

        annaCall = admin.history().log(Interaction.builder(anna.id(), InteractionType.CALL, daysAgo(40))
                .channel(InteractionChannel.PHONE).author(ADMIN).subject("Pytanie o fakturę za wrzesień")
                .outcome("Wyślemy korektę faktury").build());
        acmeMeetingWithAnna = admin.history().log(Interaction.builder(acme.id(), InteractionType.MEETING,
                        daysAgo(30)).contactPerson(anna.id()).author(ADMIN).subject("Negocjacje umowy ramowej")
                .outcome("Prosi o rabat pięć procent").build());
        acmeCallWithJan = admin.history().log(Interaction.builder(acme.id(), InteractionType.CALL, daysAgo(20))
                .contactPerson(jan.id()).author(ADMIN).subject("Termin dostawy regałów")
                .outcome("Potwierdzony na piątek").build());
        annaFirstOrder = admin.history().record(Transaction.order(anna.id(), LocalDate.of(2026, 10, 1),
                Money.of("1200.00", "PLN")).withExternalReference("ZAM/2026/0042"));
        annaSecondOrder = admin.history().record(Transaction.order(anna.id(), LocalDate.of(2026, 11, 2),
                Money.of("300.00", "PLN")));
        annaGrant = admin.consents().grant(anna.id(), Email.of(ANNA_EMAIL), ConsentChannel.EMAIL,
                ConsentPurpose.NEWSLETTER, ConsentSource.WEB_FORM, daysAgo(15), Optional.of(ANNA_GRANT_EVIDENCE),
                Optional.empty(), false);
        annaWithdrawal = admin.consents().withdraw(anna.id(), PhoneNumber.parse(ANNA_PHONE), ConsentChannel.SMS,
                ConsentPurpose.MARKETING, ConsentSource.CALL, daysAgo(5), Optional.of(ANNA_WITHDRAWAL_EVIDENCE));
        clock.set(MutableClock.START);
        recorder.clear();
    }

    private void installSchema() {
        for (FieldDefinition f : List.of(
                FieldDefinition.builder(HOBBY, FieldType.TEXT).label("Hobby").appliesTo(FieldTarget.PERSON).build(),
                FieldDefinition.builder(REMARK, FieldType.TEXT).label("Uwagi")
                        .appliesTo(FieldTarget.CONTACT_PERSON).build(),
                FieldDefinition.builder(DECISION_MAKER, FieldType.BOOLEAN).label("Decydent")
                        .appliesTo(FieldTarget.CONTACT_PERSON).build())) {
            admin.evolveSchema(admin.schema().version(), new SchemaChange.AddField(f));
        }
    }

    /**
     * @param days how many days before the clock's current instant
     * @return that instant
     */
    protected Instant daysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    /** @return everything the four stores hold, read through their SPI */
    protected StoreScan scan() {
        return StoreScan.of(partyStore, historyStore, consentStore, auditStore, List.of(anna.id(), jan.id(), acme.id()),
                TODAY);
    }

    /**
     * @return every personal value of Anna's that the fixture stores, as text: names, PESEL, birth date, e-mails,
     *     phones, street and building, notes, custom-field texts, profession, and the consent evidence naming her
     */
    protected static List<String> annasPersonalValues() {
        return List.of(ANNA_GIVEN, ANNA_FAMILY, ANNA_PESEL.value(), ANNA_PESEL.birthDate().toString(), ANNA_EMAIL,
                ANNA_PHONE, ANNA_STREET + " " + ANNA_BUILDING, ANNA_NOTE, ANNA_HOBBY, ANNA_PROFESSION, ANNA_WORK_EMAIL,
                ANNA_WORK_PHONE, ANNA_REMARK, ANNA_GRANT_EVIDENCE, ANNA_WITHDRAWAL_EVIDENCE, ACME_NOTE_ABOUT_ANNA);
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> parseObject(String json) {
        Object parsed = Json.parse(json);
        assertThat(parsed).as("the export is a JSON object").isInstanceOf(Map.class);
        return (Map<String, Object>) parsed;
    }

    /** @return every string in a parsed JSON value, keys included */
    protected static List<String> strings(Object json) {
        List<String> out = new ArrayList<>();
        if (json instanceof String s) {
            out.add(s);
        } else if (json instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                out.add(String.valueOf(k));
                out.addAll(strings(v));
            });
        } else if (json instanceof Collection<?> c) {
            c.forEach(v -> out.addAll(strings(v)));
        } else if (json != null) {
            out.add(String.valueOf(json));
        }
        return out;
    }

    /** @return the strings of a parsed JSON value joined by line feeds, for "contains" checks */
    protected static String text(Object json) {
        return String.join("\n", strings(json));
    }

    private Map<String, Object> exportOfAnna() {
        return parseObject(admin.privacy().export(anna.id()));
    }

    private ErasureReport eraseAnna() {
        return registry.as(ADMIN, "wniosek RODO 2026/17").privacy().erase(anna.id(), "wniosek RODO 2026/17");
    }

    private static Map<UUID, AuditEntry> byId(List<AuditEntry> entries) {
        Map<UUID, AuditEntry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.id(), e));
        return m;
    }

    private List<AuditEntry> allAuditEntries() {
        return admin.audit().between(Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"));
    }

    private static List<String> values(AuditEntry e) {
        List<String> out = new ArrayList<>();
        for (FieldChange c : e.changes()) {
            c.oldValue().ifPresent(out::add);
            c.newValue().ifPresent(out::add);
        }
        return out;
    }

    /** @return every interaction of the fixture's parties, as their timelines show them */
    private List<Interaction> allInteractions() {
        return Stream.of(anna.id(), jan.id(), acme.id()).flatMap(id -> admin.history().timeline(id).stream())
                .filter(Interaction.class::isInstance).map(Interaction.class::cast).toList();
    }

    private Interaction interaction(UUID id) {
        return allInteractions().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private Person storedAnna() {
        return (Person) admin.get(anna.id());
    }

    private Company storedAcme() {
        return (Company) admin.get(acme.id());
    }

    // ------------------------------------------------------------------------------------------------------------
    // export

    @Test
    void exportIsOneJsonDocumentNamingItsFormatAndTheParty() {
        Map<String, Object> doc = exportOfAnna();

        assertThat(doc).containsEntry("format", "kartoteka-data-subject-export")
                .containsEntry("partyId", anna.id().toString())
                .containsEntry("kind", "PERSON")
                .containsKeys("party", "contactPersonOf", "interactions", "transactions", "consents", "audit");
    }

    @Test
    void exportHoldsThePersonsNamesPeselContactPointsAddressAndCustomFields() {
        String party = text(exportOfAnna().get("party"));

        assertThat(party).contains(ANNA_GIVEN, ANNA_FAMILY, ANNA_PESEL.value(), ANNA_EMAIL, ANNA_PHONE,
                ANNA_STREET + " " + ANNA_BUILDING, "90-001", "Łódź", ANNA_NOTE, ANNA_HOBBY, ANNA_PROFESSION);
    }

    @Test
    void exportHoldsTheCompaniesThePersonActsForWithPositionAndWorkContactPoints() {
        Object actsFor = exportOfAnna().get("contactPersonOf");

        assertThat(actsFor).asList().singleElement().satisfies(entry -> {
            Map<?, ?> m = (Map<?, ?>) entry;
            assertThat(m.get("companyId")).isEqualTo(acme.id().toString());
            assertThat(m.get("company")).isEqualTo(acme.displayName());
            assertThat(m.get("position")).isEqualTo(ANNA_POSITION);
            assertThat(m.get("department")).isEqualTo(ANNA_DEPARTMENT);
            assertThat(text(m.get("contactPoints"))).contains(ANNA_WORK_EMAIL, ANNA_WORK_PHONE);
        });
        assertThat(text(actsFor)).doesNotContain(JAN_WORK_EMAIL, JAN_POSITION);
    }

    @Test
    void exportHoldsThePersonsInteractionsAlsoThoseAsACompanysContactPersonButNotOthers() {
        String interactions = text(exportOfAnna().get("interactions"));

        assertThat(interactions).contains(annaCall.id().toString(), annaCall.subject(), annaCall.outcome().get(),
                acmeMeetingWithAnna.id().toString(), acmeMeetingWithAnna.subject(),
                acmeMeetingWithAnna.outcome().get());
        assertThat(interactions).doesNotContain(acmeCallWithJan.id().toString(), acmeCallWithJan.subject());
        assertThat(exportOfAnna().get("interactions")).asList().hasSize(2);
    }

    @Test
    void exportHoldsThePersonsTransactions() {
        String transactions = text(exportOfAnna().get("transactions"));

        assertThat(transactions).contains(annaFirstOrder.id().toString(), "1200.00 PLN", "2026-10-01",
                "ZAM/2026/0042", annaSecondOrder.id().toString(), "300.00 PLN", "2026-11-02");
        assertThat(exportOfAnna().get("transactions")).asList().hasSize(2);
    }

    @Test
    void exportHoldsTheConsentEventsWithTheirEvidenceAndContactPoints() {
        String consents = text(exportOfAnna().get("consents"));

        assertThat(consents).contains(annaGrant.id().toString(), "NEWSLETTER", "GRANTED", ANNA_GRANT_EVIDENCE,
                ANNA_EMAIL, annaWithdrawal.id().toString(), "MARKETING", "WITHDRAWN", ANNA_WITHDRAWAL_EVIDENCE,
                ANNA_PHONE);
        assertThat(exportOfAnna().get("consents")).asList().hasSize(2);
    }

    @Test
    void exportHoldsEveryAuditEntryAboutThePerson() {
        Object audit = exportOfAnna().get("audit");

        List<AuditEntry> entries = admin.audit().ofParty(anna.id());
        List<Object> actions = ((List<?>) audit).stream().map(e -> ((Map<?, ?>) e).get("action"))
                .map(Object.class::cast).toList();
        assertThat(actions).containsExactlyElementsOf(entries.stream().map(AuditEntry::action).toList())
                .contains("party created", "party updated", "interaction logged", "transaction recorded",
                        "consent recorded");
        assertThat(text(audit)).contains("aktualizacja danych", "Architektka", ANNA_PROFESSION, "profession");
    }

    @Test
    void exportWithoutTheExportRightIsDeniedAndTheRefusalIsAudited() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> sales.privacy().export(anna.id()));

        assertThat(admin.audit().ofParty(anna.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("access denied: EXPORT");
            assertThat(e.actor()).contains(SALES);
            assertThat(e.changes()).isEmpty();
        });
    }

    @Test
    void exportOfAnUnknownPartyThrowsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> admin.privacy().export(PartyId.random()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // erasure: the person

    @Test
    void erasureMarksThePersonErasedAndReplacesTheNames() {
        eraseAnna();

        Person erased = storedAnna();
        assertThat(erased.status()).isEqualTo(PartyStatus.ERASED);
        assertThat(erased.givenNames()).isEqualTo(ERASED);
        assertThat(erased.familyName()).isEqualTo(ERASED);
        assertThat(erased.version()).isEqualTo(anna.version() + 1);
    }

    @Test
    void erasureRemovesPeselBirthDateContactPointsNotesAndCustomFields() {
        eraseAnna();

        Person erased = storedAnna();
        assertThat(erased.pesel()).isEmpty();
        assertThat(erased.birthDate()).isEmpty();
        assertThat(erased.sex()).isEmpty();
        assertThat(erased.profession()).isEmpty();
        assertThat(erased.contactPoints()).isEmpty();
        assertThat(erased.importantDates()).isEmpty();
        assertThat(erased.interests()).isEmpty();
        assertThat(erased.tags()).isEmpty();
        assertThat(erased.notes()).isEmpty();
        assertThat(erased.customFields().isEmpty()).isTrue();
        assertThat(erased.roles()).extracting(PartyRole::type).containsExactly(RoleType.CLIENT);
    }

    @Test
    void erasedPersonIsNotFoundByPeselEmailOrPhone() {
        eraseAnna();

        for (Identifier id : List.<Identifier>of(ANNA_PESEL, Email.of(ANNA_EMAIL), PhoneNumber.parse(ANNA_PHONE),
                Email.of(ANNA_WORK_EMAIL), PhoneNumber.parse(ANNA_WORK_PHONE))) {
            assertThat(admin.findByIdentifier(id)).as("found by %s", id.type()).extracting(Party::id)
                    .doesNotContain(anna.id());
        }
    }

    @Test
    void erasedPersonIsNotFoundBySearchByNameAlsoAmongArchivedParties() {
        eraseAnna();

        for (String name : List.of("Wiśniewska", "wisniewska", "Anna Maria", "anna maria wisniewska",
                "Wiśniewska Anna", "Anna")) {
            for (boolean archived : List.of(false, true)) {
                PartyQuery query = PartyQuery.builder().name(name).includeArchived(archived).build();
                assertThat(admin.search(query).items()).as("search '%s', archived %s", name, archived)
                        .extracting(Party::id).doesNotContain(anna.id());
            }
        }
        assertThat(admin.search(PartyQuery.builder().name("Kowalczyk").build()).items()).extracting(Party::id)
                .containsExactly(jan.id());
    }

    // ------------------------------------------------------------------------------------------------------------
    // erasure: what is linked to the person

    @Test
    void erasureStripsThePersonsContactPersonEntriesButKeepsTheOthers() {
        eraseAnna();

        Company company = storedAcme();
        assertThat(company.contactPersons()).hasSize(2);
        ContactPerson annaEntry = company.contactPersons().get(0);
        assertThat(annaEntry.person()).isEqualTo(anna.id());
        assertThat(annaEntry.contactPoints()).isEmpty();
        assertThat(annaEntry.position()).isEmpty();
        assertThat(annaEntry.department()).isEmpty();
        assertThat(annaEntry.customFields().isEmpty()).isTrue();
        assertThat(annaEntry.since()).isEqualTo(LocalDate.of(2026, 9, 1));
        ContactPerson janEntry = company.contactPersons().get(1);
        assertThat(janEntry).isEqualTo(acme.contactPersons().get(1));
    }

    @Test
    void erasureRemovesSubjectAndOutcomeOfInteractionsWithThePerson() {
        eraseAnna();

        for (Interaction before : List.of(annaCall, acmeMeetingWithAnna)) {
            Interaction after = interaction(before.id());
            assertThat(after.subject()).as("subject").isEqualTo(ERASED);
            assertThat(after.outcome()).as("outcome").isEmpty();
            assertThat(after.type()).isEqualTo(before.type());
            assertThat(after.at()).isEqualTo(before.at());
            assertThat(after.partyId()).isEqualTo(before.partyId());
        }
        assertThat(interaction(acmeCallWithJan.id())).isEqualTo(acmeCallWithJan);
        assertThat(admin.history().contactPersonTimeline(anna.id())).extracting(Interaction::subject)
                .containsOnly(ERASED);
    }

    @Test
    void erasureScrubsACompanyNoteMentioningThePersonsNameAndKeepsTheOtherNotes() {
        eraseAnna();

        assertThat(storedAcme().notes()).extracting(Note::text).containsExactly(ERASED, ACME_OTHER_NOTE);
    }

    @Test
    void erasureKeepsConsentFactsButRemovesEvidenceAndContactPoint() {
        eraseAnna();

        List<ConsentEvent> events = admin.consents().history(anna.id());
        assertThat(events).hasSize(2);
        for (ConsentEvent before : List.of(annaGrant, annaWithdrawal)) {
            ConsentEvent after = events.stream().filter(e -> e.id().equals(before.id())).findFirst().orElseThrow();
            assertThat(after.channel()).isEqualTo(before.channel());
            assertThat(after.purpose()).isEqualTo(before.purpose());
            assertThat(after.action()).isEqualTo(before.action());
            assertThat(after.at()).isEqualTo(before.at());
            assertThat(after.recordedAt()).isEqualTo(before.recordedAt());
            assertThat(after.evidence()).isEmpty();
            assertThat(after.contactPoint()).isEmpty();
        }
    }

    @Test
    void erasureKeepsTheFieldNamesOfAuditEntriesAboutThePersonButErasesEveryValue() {
        Map<UUID, AuditEntry> before = byId(admin.audit().ofParty(anna.id()));

        eraseAnna();

        Map<UUID, AuditEntry> after = byId(admin.audit().ofParty(anna.id()));
        assertThat(after.keySet()).containsAll(before.keySet());
        for (AuditEntry old : before.values()) {
            AuditEntry now = after.get(old.id());
            assertThat(now.action()).isEqualTo(old.action());
            assertThat(now.at()).isEqualTo(old.at());
            assertThat(now.changes()).extracting(FieldChange::field)
                    .containsExactlyElementsOf(old.changes().stream().map(FieldChange::field).toList());
            for (int i = 0; i < old.changes().size(); i++) {
                FieldChange o = old.changes().get(i);
                FieldChange n = now.changes().get(i);
                assertThat(n.oldValue()).as("%s old", n.field()).isEqualTo(o.oldValue().map(v -> ERASED));
                assertThat(n.newValue()).as("%s new", n.field()).isEqualTo(o.newValue().map(v -> ERASED));
            }
            now.reason().ifPresent(r -> assertThat(r).doesNotContain(ANNA_GIVEN, ANNA_FAMILY));
        }
    }

    @Test
    void erasureScrubsOtherPartiesAuditValuesAndReasonsMentioningThePersonAndKeepsTheRest() {
        List<AuditEntry> acmeBefore = admin.audit().ofParty(acme.id());
        assertThat(acmeBefore.stream().flatMap(e -> values(e).stream()))
                .anyMatch(v -> v.contains(ANNA_WORK_EMAIL)).anyMatch(v -> v.contains(ANNA_FAMILY));
        List<AuditEntry> janBefore = admin.audit().ofParty(jan.id());

        eraseAnna();

        List<AuditEntry> acmeAfter = admin.audit().ofParty(acme.id());
        List<String> acmeValues = acmeAfter.stream().flatMap(e -> values(e).stream()).toList();
        for (String secret : List.of(ANNA_WORK_EMAIL, ANNA_WORK_PHONE, ANNA_GIVEN, ANNA_FAMILY, ANNA_REMARK)) {
            assertThat(acmeValues).as("Acme's audit values").noneMatch(v -> v.contains(secret));
        }
        assertThat(acmeAfter).flatExtracting(e -> e.reason().stream().toList()).noneMatch(r -> r.contains(ANNA_FAMILY));
        assertThat(acmeValues).contains(acme.legalName(), ACME_OTHER_NOTE).anyMatch(v -> v.contains(JAN_WORK_EMAIL));
        assertThat(admin.audit().ofParty(jan.id())).containsExactlyElementsOf(janBefore);
    }

    @Test
    void erasureKeepsTransactionsAndPurchaseSummariesCountThem() {
        eraseAnna();

        assertThat(admin.history().transactions(anna.id(), LocalDate.of(2026, 1, 1), TODAY, Set.of()))
                .containsExactlyInAnyOrder(annaFirstOrder, annaSecondOrder);
        PurchaseSummary summary;
        try (var summaries = admin.history().purchaseSummaries(PLN, TODAY)) { // a database store streams: close it
            summary = summaries.filter(s -> s.partyId().equals(anna.id())).findFirst().orElseThrow();
        }
        assertThat(summary.purchases()).isEqualTo(2);
        assertThat(summary.total()).isEqualByComparingTo(new BigDecimal("1500.00"));
        assertThat(summary.firstPurchase()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(summary.lastPurchase()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    // ------------------------------------------------------------------------------------------------------------
    // erasure: its own record, events, refusals

    @Test
    void erasureIsAuditedAsPartyErasedWithTheReasonAndNoChanges() {
        registry.as(ADMIN, null).privacy().erase(anna.id(), "wniosek RODO 2026/17");

        assertThat(admin.audit().ofParty(anna.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("party erased");
            assertThat(e.actor()).contains(ADMIN);
            assertThat(e.reason()).contains("wniosek RODO 2026/17");
            assertThat(e.changes()).isEmpty();
            assertThat(e.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void erasureRaisesPartyErased() {
        eraseAnna();

        assertThat(recorder.ofType(RegistryEvent.PartyErased.class)).singleElement().satisfies(e -> {
            assertThat(e.party().id()).isEqualTo(anna.id());
            assertThat(e.party().status()).isEqualTo(PartyStatus.ERASED);
            assertThat(e.party().displayName()).doesNotContain(ANNA_FAMILY);
            assertThat(e.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void erasingTwiceIsAStateConflict() {
        eraseAnna();
        long version = storedAnna().version();

        assertThatExceptionOfType(StateConflictException.class).isThrownBy(this::eraseAnna);

        assertThat(storedAnna().version()).isEqualTo(version);
    }

    @Test
    void erasingACompanyIsAStateConflictAndChangesNothing() {
        int auditEntries = admin.audit().ofParty(acme.id()).size();

        assertThatExceptionOfType(StateConflictException.class)
                .isThrownBy(() -> admin.privacy().erase(acme.id(), null));

        assertThat(storedAcme()).isEqualTo(acme);
        assertThat(admin.audit().ofParty(acme.id())).hasSize(auditEntries);
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void erasingAnUnknownPartyThrowsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> admin.privacy().erase(PartyId.random(), null));
    }

    @Test
    void anErasedPersonCannotBeUpdatedArchivedOrRestored() {
        eraseAnna();
        Person erased = storedAnna();

        assertThatExceptionOfType(StateConflictException.class)
                .isThrownBy(() -> admin.update(erased.toBuilder().givenNames("Anna").build()));
        assertThatExceptionOfType(StateConflictException.class)
                .isThrownBy(() -> admin.archive(erased.id(), erased.version()));
        assertThatExceptionOfType(StateConflictException.class)
                .isThrownBy(() -> admin.restore(erased.id(), erased.version()));

        assertThat(storedAnna()).isEqualTo(erased);
    }

    @Test
    void erasureWithoutTheEraseRightIsDeniedAuditedAndChangesNothing() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> sales.privacy().erase(anna.id(), null));

        assertThat(storedAnna()).isEqualTo(anna);
        assertThat(storedAcme()).isEqualTo(acme);
        assertThat(admin.audit().ofParty(anna.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("access denied: ERASE");
            assertThat(e.actor()).contains(SALES);
        });
        assertThat(scan().mentioning(ANNA_FAMILY)).isNotEmpty();
    }

    @Test
    void exportAfterErasureHoldsNoneOfThePersonsValues() {
        eraseAnna();

        String export = admin.privacy().export(anna.id());

        Map<String, Object> doc = parseObject(export);
        assertThat(doc).containsEntry("partyId", anna.id().toString());
        String all = text(doc);
        for (String secret : annasPersonalValues()) {
            assertThat(all).as("export after erasure").doesNotContainIgnoringCase(secret);
        }
        assertThat(all).doesNotContain(ANNA_POSITION, ANNA_DEPARTMENT);
        assertThat(all).contains("1200.00 PLN", "party erased", "wniosek RODO 2026/17");
    }

    @Test
    void erasureReportCountsWhatWasAnonymised() {
        Map<UUID, AuditEntry> auditBefore = byId(allAuditEntries());
        List<Interaction> interactionsBefore = allInteractions();
        List<ConsentEvent> consentsBefore = List.of(annaGrant, annaWithdrawal);

        ErasureReport report = eraseAnna();

        Map<UUID, AuditEntry> auditAfter = byId(allAuditEntries());
        long auditChanged = auditBefore.values().stream().filter(e -> !e.equals(auditAfter.get(e.id()))).count();
        long interactionsChanged = interactionsBefore.stream()
                .filter(i -> !interaction(i.id()).equals(i)).count();
        long consentsChanged = consentsBefore.stream()
                .filter(e -> !admin.consents().findEvent(e.id()).orElseThrow().equals(e)).count();
        assertThat(report.partyId()).isEqualTo(anna.id());
        assertThat(report.at()).isEqualTo(clock.instant());
        assertThat(report.companiesTouched()).isEqualTo(1);
        assertThat(report.interactionsAnonymised()).isEqualTo(2).isEqualTo((int) interactionsChanged);
        assertThat(report.consentEventsAnonymised()).isEqualTo(2).isEqualTo((int) consentsChanged);
        long annasEntriesWithValues = auditBefore.values().stream()
                .filter(e -> e.partyId().equals(anna.id()) && (!e.changes().isEmpty() || e.reason().isPresent()))
                .count();
        assertThat(report.auditEntriesAnonymised()).isEqualTo((int) auditChanged)
                .isGreaterThan((int) annasEntriesWithValues);
    }

    @Test
    void afterErasureNoStoreHoldsAnyOfThePersonsValues() {
        eraseAnna();

        assertThat(scan().mentioningAny(annasPersonalValues())).isEmpty();
        assertThat(scan().mentioning(JAN_EMAIL)).isNotEmpty();
        assertThat(scan().mentioning(JAN_WORK_EMAIL)).isNotEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // erasure: bugs pinned

    /**
     * Issue 4: a company may record consent for one of its contact person's work e-mail; the event's contact point and
     * evidence are the person's data, and the scan of everything the store holds must not find them after erasure.
     */
    @Test
    void erasureRemovesThePersonsWorkEmailAndNameFromConsentEventsOfTheCompaniesTheyActFor() {
        ConsentEvent acmeGrant = admin.consents().grant(acme.id(), Email.of(ANNA_WORK_EMAIL), ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, ConsentSource.IN_PERSON, daysAgo(1),
                Optional.of("Zgodę podpisała " + ANNA_GIVEN + " " + ANNA_FAMILY), Optional.empty(), false);

        eraseAnna();

        ConsentEvent after = admin.consents().findEvent(acmeGrant.id()).orElseThrow();
        assertThat(after.action()).isEqualTo(ConsentAction.GRANTED);
        assertThat(after.contactPoint().map(Identifier::value)).as("contact point").isNotEqualTo(
                Optional.of(ANNA_WORK_EMAIL));
        assertThat(after.evidence().filter(e -> e.contains(ANNA_FAMILY))).as("evidence").isEmpty();
        assertThat(scan().mentioningAny(annasPersonalValues())).isEmpty();
    }

    /**
     * Issue 4: the interaction with the person loses subject and outcome; the company's "interaction logged" audit
     * entry about the same interaction must not keep them in clear.
     */
    @Test
    void erasureRemovesTheSubjectAndOutcomeOfInteractionsWithThePersonFromTheCompanysAuditToo() {
        eraseAnna();

        String prefix = "interactions[" + acmeMeetingWithAnna.id() + "]";
        List<FieldChange> logged = admin.audit().ofParty(acme.id()).stream()
                .filter(e -> e.action().equals("interaction logged")).flatMap(e -> e.changes().stream())
                .filter(c -> c.field().startsWith(prefix)).toList();
        assertThat(logged).extracting(FieldChange::field).contains(prefix + ".subject", prefix + ".outcome");
        assertThat(logged).filteredOn(c -> c.field().endsWith(".subject") || c.field().endsWith(".outcome"))
                .allSatisfy(c -> assertThat(c.newValue()).as(c.field()).isIn(Optional.empty(), Optional.of(ERASED)));
        assertThat(scan().mentioningAny(List.of(acmeMeetingWithAnna.subject(), acmeMeetingWithAnna.outcome().get())))
                .isEmpty();
    }

    /**
     * Issue 4: the person's contact-person entry loses position and department; the company's audit value of that
     * entry, which starts with the person's id, must not keep them in clear.
     */
    @Test
    void erasureRemovesThePersonsPositionAndDepartmentFromTheCompanysAuditToo() {
        eraseAnna();

        assertThat(scan().mentioningAny(List.of(ANNA_POSITION, ANNA_DEPARTMENT))).isEmpty();
    }

    /**
     * Issue 4: the erasure looks for the person's values in other parties' audit entries; a work e-mail the person had
     * before is as much theirs as the current one, and the company's audit entries recording it must not keep it.
     */
    @Test
    void erasureAlsoScrubsAWorkEmailThePersonHadBeforeFromTheCompanysAudit() {
        String newWorkEmail = "anna.w@acme.example.pl";
        ContactPerson annaEntry = acme.contactPersons().get(0);
        ContactPerson changed = new ContactPerson(annaEntry.person(), annaEntry.position(), annaEntry.department(),
                annaEntry.since(), annaEntry.until(), annaEntry.primary(),
                List.of(new EmailContact(Email.of(newWorkEmail), ContactUsage.of(ContactPurpose.WORK))),
                annaEntry.customFields());
        acme = admin.update(acme.toBuilder().contactPersons(List.of(changed, acme.contactPersons().get(1))).build());

        eraseAnna();

        assertThat(scan().mentioningAny(List.of(ANNA_WORK_EMAIL, newWorkEmail))).isEmpty();
    }

    /**
     * Issue 4: only personal values may be scrubbed from other parties' audit entries: a custom-field value such as
     * {@code true} on the person's contact-person entry is no personal value, and Jan's equal value must stay.
     */
    @Test
    void erasureKeepsOtherPartiesAuditValuesThatOnlyEqualANonPersonalValueOfThePerson() {
        String janFlag = "contactPersons[1].customFields." + DECISION_MAKER;
        Function<List<AuditEntry>, List<FieldChange>> janFlagChanges = entries -> entries.stream()
                .flatMap(e -> e.changes().stream()).filter(c -> c.field().equals(janFlag)).toList();
        List<FieldChange> before = janFlagChanges.apply(admin.audit().ofParty(acme.id()));
        assertThat(before).extracting(FieldChange::newValue).containsExactly(Optional.of("true"));

        eraseAnna();

        assertThat(janFlagChanges.apply(admin.audit().ofParty(acme.id()))).containsExactlyElementsOf(before);
    }
}
