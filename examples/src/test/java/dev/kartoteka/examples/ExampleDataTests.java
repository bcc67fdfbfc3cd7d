package dev.kartoteka.examples;

import dev.kartoteka.segmentation.activity.ActivityType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.GammaGammaParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExampleDataTests {

    private static final ExampleData SMALL = ExampleData.builder().seed(7).persons(150).companies(50)
            .duplicateShare(0.1).build();

    @Test
    void theSameSeedGivesTheSameData() {
        ExampleData again = ExampleData.builder().seed(7).persons(150).companies(50).duplicateShare(0.1).build();

        assertThat(again.population()).isEqualTo(SMALL.population());
        assertThat(Render.sha256(again.entries())).isEqualTo(Render.sha256(SMALL.entries()));
    }

    /**
     * Pinned once: a change of this value means the data of a seed changed — on purpose (a new list, a new field:
     * pin the new value and say so in the commit) or by accident (a JDK whose arithmetic or library differs).
     */
    @Test
    void theFirstThousandPartiesOfTheDefaultSeedHaveThePinnedFingerprint() {
        ExampleData data = ExampleData.builder().persons(800).companies(200).duplicateShare(0.05).build();

        assertThat(Render.sha256(data.entries().limit(1_000)))
                .isEqualTo("af01e5c58ce84a9a086c48e6d98d98db29f38a6714d05e1d1ab02174af65a14e");
    }

    @Test
    void anotherSeedGivesOtherData() {
        ExampleData other = ExampleData.builder().seed(8).persons(150).companies(50).duplicateShare(0.1).build();

        assertThat(Render.sha256(other.entries())).isNotEqualTo(Render.sha256(SMALL.entries()));
        assertThat(other.population().get(0).id()).isNotEqualTo(SMALL.population().get(0).id());
    }

    @Test
    void anotherAsOfDayGivesOtherData() {
        ExampleData later = ExampleData.builder().seed(7).asOf(LocalDate.of(2026, 6, 30)).persons(150).companies(50)
                .duplicateShare(0.1).build();

        assertThat(Render.sha256(later.entries())).isNotEqualTo(Render.sha256(SMALL.entries()));
    }

    @Test
    void generatesThePersonsAndCompaniesAskedForWithContactPersonsBeforeTheirCompany() {
        List<ExampleParty> entries = SMALL.entries().toList();

        assertThat(entries.stream().filter(ExampleParty::isClient).map(ExampleParty::party)
                .filter(Person.class::isInstance)).hasSize(150);
        assertThat(entries.stream().filter(ExampleParty::isClient).map(ExampleParty::party)
                .filter(Company.class::isInstance)).hasSize(50);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).party() instanceof Company c && entries.get(i).isClient()) {
                int at = i;
                assertThat(c.contactPersons()).isNotEmpty().allSatisfy(cp -> assertThat(entries
                        .subList(Math.max(0, at - 3), at).stream().map(e -> e.party().id())).contains(cp.person()));
            }
        }
    }

    @Test
    void everyPartyHasItsOwnId() {
        assertThat(SMALL.parties().map(Party::id)).doesNotHaveDuplicates();
    }

    @Test
    void eachClientCanBeGeneratedAloneAndEqualsItsPlaceInTheStream() {
        List<ExampleParty> all = SMALL.entries().toList();
        List<ExampleParty> regenerated = new java.util.ArrayList<>();
        for (long i = 0; i < SMALL.clients(); i++) {
            regenerated.addAll(SMALL.entriesOfClient(i));
        }

        assertThat(regenerated).isEqualTo(all);
        assertThatThrownBy(() -> SMALL.entriesOfClient(SMALL.clients())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void findsAnEntryByIdAndAnswersEmptyForIdsOfOtherDataSets() {
        ExampleParty client = SMALL.entries().filter(ExampleParty::isClient).skip(17).findFirst().orElseThrow();

        assertThat(SMALL.entry(client.party().id())).contains(client);
        assertThat(SMALL.transactionsOf(client.party().id())).isEqualTo(client.transactions());
        assertThat(SMALL.interactionsOf(client.party().id())).isEqualTo(client.interactions());
        assertThat(SMALL.consentsOf(client.party().id())).isEqualTo(client.consents());
        assertThat(SMALL.intendedType(client.party().id())).isEqualTo(client.intendedType());
        PartyId foreign = PartyId.random();
        assertThat(SMALL.entry(foreign)).isEmpty();
        assertThat(SMALL.intendedType(foreign)).isEmpty();
        assertThat(SMALL.transactionsOf(foreign)).isEmpty();
        PartyId otherSeed = ExampleData.builder().seed(8).persons(150).build().population().get(0).id();
        assertThat(SMALL.entry(otherSeed)).isEmpty();
    }

    @Test
    void contactPersonsAndReentriesHaveNoIntendedType() {
        assertThat(SMALL.entries().filter(e -> !e.isClient())).isNotEmpty().allSatisfy(e -> {
            assertThat(SMALL.intendedType(e.party().id())).isEmpty();
            assertThat(e.transactions()).isEmpty();
            assertThat(e.interactions()).isEmpty();
        });
    }

    @Test
    void theBuilderChecksEachSettingAtOnceAndOnlyOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExampleData.builder().persons(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> ExampleData.builder().persons(4_000_001));
        assertThatIllegalArgumentException().isThrownBy(() -> ExampleData.builder().companies(1_000_001));
        assertThatIllegalArgumentException().isThrownBy(() -> ExampleData.builder().duplicateShare(0.6));
        assertThatIllegalArgumentException().isThrownBy(() -> ExampleData.builder().duplicateShare(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> ExampleData.builder().foreignShare(1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> ExampleData.builder().historyYears(3));
        assertThatIllegalArgumentException().isThrownBy(() -> ExampleData.builder().asOf(LocalDate.of(1900, 1, 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> ExampleData.builder()
                .purchases(new BgNbdParameters(1, 1, 1, 1), new GammaGammaParameters(1, 0.5, 1)));
        assertThatIllegalStateException().isThrownBy(() -> ExampleData.builder().seed(1).seed(2));
        assertThatIllegalStateException().isThrownBy(() -> ExampleData.builder().persons(1).persons(2));
        assertThatThrownBy(() -> ExampleData.builder().shares(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void activitySharesMustAddUpToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> ActivityShares.of(0.5, 0.5, 0.5, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> ActivityShares.of(-0.1, 0.5, 0.6, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> ActivityShares.asDrawn(0.7, 0.4));
        assertThat(ActivityShares.defaults().share(ActivityType.ACTIVE)).hasValue(0.25);
        assertThat(ActivityShares.asDrawn(0.1, 0.05).share(ActivityType.ACTIVE)).isEmpty();
        assertThat(ActivityShares.asDrawn(0.1, 0.05).share(ActivityType.VIP)).hasValue(0.05);
        assertThat(ActivityShares.only(ActivityType.VIP)).isEqualTo(ActivityShares.of(0, 0, 0, 0, 0, 1));
    }

    @Test
    void theDefaultsAreFixedAndInThePast() {
        ExampleData data = ExampleData.builder().build();

        assertThat(data.seed()).isEqualTo(42);
        assertThat(data.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(data.persons()).isEqualTo(800);
        assertThat(data.companies()).isEqualTo(200);
        assertThat(data.duplicates()).isEmpty();
        assertThat(data.toString()).contains("seed=42", "asOf=2025-12-31");
    }

    @Test
    void refusesToListHugeDataSetsButStreamsThem() {
        ExampleData huge = ExampleData.builder().persons(4_000_000).companies(1_000_000).build();

        assertThatIllegalStateException().isThrownBy(huge::population).withMessageContaining("parties()");
        assertThat(huge.parties().limit(10)).hasSize(10);
        assertThat(huge.entriesOfClient(4_999_999)).isNotEmpty();
    }

    @Test
    void idsAreVersionEightUuidsThatNameTheirClient() {
        UUID id = SMALL.population().get(0).id().value();

        assertThat(id.version()).isEqualTo(8);
        assertThat(id.variant()).isEqualTo(2);
    }
}
