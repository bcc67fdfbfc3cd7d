package dev.kartoteka.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quality of the default rules and blocking, measured on labelled generated data: pairwise precision, recall and F1
 * of the scan's clusters, and the recall of the blocking step (the share of true pairs that share a usable key).
 */
class DuplicateQualityTests {

    private static final DuplicateDetector DETECTOR = DuplicateDetector.defaults();

    @Test
    void scanOfFiveThousandPersonsFindsTheReentriesWithF1OfAtLeast099() {
        List<Labelled<dev.kartoteka.core.party.Person>> data = LabelledPersons.generate(5_000, 7L);
        Measured m = measure(data);

        assertThat(m.quality.truePairs()).as("the data holds re-entries").isGreaterThan(300);
        assertThat(m.blockingRecall).as("blocking recall").isGreaterThanOrEqualTo(0.995);
        assertThat(m.quality.precision()).as(m.quality.toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(m.quality.recall()).as(m.quality.toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(m.quality.f1()).as(m.quality.toString()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void scanOfThreeThousandCompaniesFindsTheReentriesWithF1OfAtLeast099() {
        List<Labelled<dev.kartoteka.core.party.Company>> data = LabelledCompanies.generate(3_000, 11L);
        Measured m = measure(data);

        assertThat(m.quality.truePairs()).as("the data holds re-entries").isGreaterThan(200);
        assertThat(m.blockingRecall).as("blocking recall").isGreaterThanOrEqualTo(0.995);
        assertThat(m.quality.f1()).as(m.quality.toString()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void aDifferentSeedGivesAsGoodAResult() {
        Measured m = measure(LabelledPersons.generate(4_000, 2026L));

        assertThat(m.quality.f1()).as(m.quality.toString()).isGreaterThanOrEqualTo(0.99);
    }

    private record Measured(PairwiseQuality quality, double blockingRecall) {
    }

    private static <P extends Party> Measured measure(List<Labelled<P>> data) {
        Map<PartyId, Integer> entityOf = new HashMap<>();
        data.forEach(l -> entityOf.put(l.party().id(), l.entity()));
        DuplicateIndex index = DETECTOR.index(data.stream().map(Labelled::party));
        ScanResult scan = index.scan(dev.kartoteka.core.registry.Progress.NONE);
        PairwiseQuality quality = PairwiseQuality.of(entityOf, scan.clusters());

        long truePairs = 0;
        long blocked = 0;
        for (int i = 0; i < data.size(); i++) {
            List<PartyId> candidates = index.candidates(data.get(i).party());
            for (int j = 0; j < i; j++) {
                if (data.get(j).entity() == data.get(i).entity()) {
                    truePairs++;
                    if (candidates.contains(data.get(j).party().id())) {
                        blocked++;
                    }
                }
            }
        }
        System.out.println(data.get(0).party().kind() + ": " + quality + ", blocking recall " + blocked + "/"
                + truePairs + ", " + scan.statistics());
        return new Measured(quality, truePairs == 0 ? 1 : (double) blocked / truePairs);
    }
}
