package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.access.AccessPolicy;
import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.DuplicateIndex;
import dev.kartoteka.core.duplicate.MatchOutcome;
import dev.kartoteka.core.duplicate.MatchResult;
import dev.kartoteka.core.duplicate.PairwiseQuality;
import dev.kartoteka.core.duplicate.ScanResult;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.merge.MergePreview;
import dev.kartoteka.core.merge.MergeRequest;
import dev.kartoteka.core.merge.MergeResult;
import dev.kartoteka.core.merge.Survivorship;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.LeadDetails;
import dev.kartoteka.core.party.LeadSource;
import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.registry.RegistryListener;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps README's smaller registry snippets honest: the same lines compile and run here. */
class ReadmeRegistryTests {

    private final ClientRegistry registry = ClientRegistry.inMemory();

    @Test
    void createAndUpdateWithOptimisticConcurrency() {
        assertThatThrownBy(() -> {
            // --- create-update (keep identical to README.md) ---
            Company stored = registry.create(Company.builder().legalName("Żółw Meble").build());
            Company renamed = registry.update(stored.toBuilder().shortName("Żółw").build()); // version 0 -> 1
            registry.update(stored.toBuilder().shortName("Stary").build());                 // ConcurrentUpdateException
            // --- end of create-update ---
        }).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void rolesLeadsAndOwners() {
        // --- roles-owners (keep identical to README.md) ---
        Party lead = registry.create(Person.builder().givenNames("Łukasz").familyName("Żak")
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.WEB_FORM, LeadWarmth.HOT), LocalDate.of(2026, 10, 1)))
                .build());
        Party client = registry.convertLeadToClient(lead.id(), lead.version(), LocalDate.now());
        // the lead role ends yesterday and keeps its source and warmth; a CLIENT role starts today
        registry.reassignOwner(client.id(), client.version(), UserId.of("ewa"), "territory change"); // history kept
        // --- end of roles-owners ---

        Party now = registry.get(lead.id());
        assertThat(now.hasRole(RoleType.CLIENT, LocalDate.now())).isTrue();
        assertThat(now.hasRole(RoleType.LEAD, LocalDate.now())).isFalse();
        assertThat(now.owner()).contains(UserId.of("ewa"));
    }

    @Test
    void duplicatesFromAnIndexAndAScan() {
        List<Party> allParties = List.of(
                registry.create(Person.builder().givenNames("Anna").familyName("Kowalska")
                        .addContactPoint(PhoneContact.of("601 234 567")).build()),
                registry.create(Person.builder().givenNames("Ewa").familyName("Nowak").build()));
        Person newClient = Person.builder().givenNames("Anna").familyName("Kowalska")
                .addContactPoint(PhoneContact.of("+48 601-234-567")).build();
        Progress progress = Progress.NONE;

        // --- duplicates (keep identical to README.md) ---
        DuplicateIndex index = DuplicateDetector.defaults().index(allParties);   // Iterable or Stream<Party>, read once
        List<MatchResult> found = index.findDuplicates(newClient);              // on entry: from the index, best first
        ScanResult scan = index.scan(progress);                                  // the whole registry
        scan.clusters();          // groups of records of one client
        scan.possibleMatches();   // pairs to review
        scan.heldApart();         // of them, matches that would join parties that cannot be one (father and son)
        // --- end of duplicates ---

        assertThat(found).first().satisfies(m -> assertThat(m.outcome()).isEqualTo(MatchOutcome.MATCH));
        assertThat(scan.clusters()).isEmpty();
    }

    @Test
    void qualityOfTheRulesOnLabelledRecords() {
        Person anna = Person.builder().givenNames("Anna").familyName("Kowalska").birthDate(LocalDate.of(1985, 5, 17))
                .addContactPoint(PhoneContact.of("601 234 567")).build();
        Person annaAgain = Person.builder().givenNames("Anna").familyName("Kowalska")
                .birthDate(LocalDate.of(1985, 5, 17)).addContactPoint(PhoneContact.of("+48 601-234-567")).build();
        Person annaThird = Person.builder().givenNames("Anna").familyName("Kowalska")
                .birthDate(LocalDate.of(1985, 5, 18)).addContactPoint(PhoneContact.of("512 998 031")).build();
        Person ewa = Person.builder().givenNames("Ewa").familyName("Nowak").build();
        List<Person> labelledParties = List.of(anna, annaAgain, annaThird, ewa);
        Map<PartyId, String> labelled = Map.of(anna.id(), "client 1", annaAgain.id(), "client 1",
                annaThird.id(), "client 1", ewa.id(), "client 2");
        Progress progress = Progress.NONE;

        // --- duplicate-quality (keep identical to README.md) ---
        Map<PartyId, String> truth = labelled;                                   // record id -> its client, from your labels
        ScanResult labelledScan = DuplicateDetector.defaults().scan(labelledParties, progress);
        PairwiseQuality merged = PairwiseQuality.of(truth, labelledScan, MatchOutcome.MATCH);
        PairwiseQuality reviewed = PairwiseQuality.of(truth, labelledScan, MatchOutcome.POSSIBLE_MATCH);
        merged.precision(); merged.recall(); merged.f1();                        // of pairs of records in one cluster
        // --- end of duplicate-quality ---

        // Anna's two records with one phone and birth date match; the third, a birth date one keystroke off and
        // another phone, is left for review
        assertThat(merged).isEqualTo(new PairwiseQuality(3, 1, 1));
        assertThat(merged.precision()).isEqualTo(1.0);
        assertThat(merged.recall()).isEqualTo(1.0 / 3);
        assertThat(reviewed).isEqualTo(new PairwiseQuality(3, 3, 3));
    }

    @Test
    void mergeWithAPreviewAndSurvivorshipRules() {
        Company kept = registry.create(Company.builder().legalName("Żółw Meble sp. z o.o.").build());
        Company duplicate = registry.create(Company.builder().legalName("Zolw Meble").nip(Nip.parse("5261040828"))
                .build());
        UserId user = UserId.of("ewa");

        // --- merge (keep identical to README.md) ---
        MergeRequest request = MergeRequest.builder()
                .survivor(kept.id(), kept.version())
                .merged(duplicate.id(), duplicate.version())
                .rule("legalName", Survivorship.mostComplete())
                .rule("nip", Survivorship.prefer(duplicate.id()))
                .build();
        MergePreview preview = registry.previewMerge(request);   // writes nothing
        MergeResult result = registry.as(user, "duplicate from import").merge(request);
        // --- end of merge ---

        assertThat(((Company) preview.survivor()).legalName()).isEqualTo(((Company) result.survivor()).legalName())
                .isEqualTo("Żółw Meble sp. z o.o.");
        assertThat(((Company) result.survivor()).nip()).contains(Nip.parse("5261040828"));
        assertThat(registry.get(duplicate.id()).id()).isEqualTo(kept.id());
        assertThat(registry.findById(duplicate.id())).map(Party::status).contains(PartyStatus.ACTIVE);
    }

    @Test
    void aRegistryOverChosenStores() {
        PartyStore partyStore = PartyStore.inMemory();
        HistoryStore historyStore = HistoryStore.inMemory();
        ConsentStore consentStore = ConsentStore.inMemory();
        AuditStore auditStore = AuditStore.inMemory();
        AccessPolicy policy = AccessPolicy.allowAll();
        Clock clock = Clock.systemUTC();
        List<RegistryEvent> events = new ArrayList<>();
        RegistryListener listener = events::add;

        // --- storage (keep identical to README.md) ---
        ClientRegistry registry = ClientRegistry.builder()
                .store(partyStore).historyStore(historyStore).consentStore(consentStore).auditStore(auditStore)
                .accessPolicy(policy).clock(clock).listener(listener)
                .build();
        // --- end of storage ---

        registry.create(Person.builder().givenNames("Jan").familyName("Nowak").build());
        assertThat(events).hasSize(1);
        assertThat(partyStore.count(false)).isEqualTo(1);
    }

    @Test
    void readmeShowsExactlyTheseLines() throws IOException {
        for (String block : List.of("create-update", "roles-owners", "duplicates", "duplicate-quality", "merge", "storage")) {
            ReadmeBlocks.assertReadmeShowsTheLinesOf(block + ":", "ReadmeRegistryTests", block);
        }
    }
}
