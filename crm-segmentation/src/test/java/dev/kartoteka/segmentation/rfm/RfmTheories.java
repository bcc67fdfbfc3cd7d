package dev.kartoteka.segmentation.rfm;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kartoteka.core.party.PartyId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * QuickTheories with the build's replayable seed (system property QT_SEED), generators of RFM populations and the
 * brute-force definition of the scores the tests compare against.
 */
final class RfmTheories {

    private RfmTheories() {
    }

    static QuickTheory qt() {
        String seed = System.getProperty("QT_SEED");
        long fixed = seed == null || seed.isBlank() ? 20261122L : Long.parseLong(seed.strip());
        return QuickTheory.qt().withFixedSeed(fixed);
    }

    /** Populations of 1..150 parties, mostly with few distinct values (many ties), sometimes with spread ones. */
    static Gen<List<RfmInput>> populations() {
        Gen<Long> recency = longs().between(0, 40).mix(longs().between(0, 5000), 30);
        Gen<Long> frequency = longs().between(1, 6).mix(longs().between(1, 100_000), 30);
        Gen<Double> monetary = integers().between(0, 30).map(i -> i * 2.5).mix(doubles().between(0, 1e7), 30);
        Gen<long[]> triple = recency.zip(frequency, monetary,
                (r, f, m) -> new long[] {r, f, Double.doubleToLongBits(m)});
        return lists().of(triple).ofSizeBetween(1, 150).map(RfmTheories::inputs);
    }

    static Gen<Integer> bins() {
        return integers().between(RfmScoring.MIN_BINS, RfmScoring.MAX_BINS);
    }

    static PartyId party(int i) {
        return new PartyId(new UUID(0x5EED, i));
    }

    private static List<RfmInput> inputs(List<long[]> triples) {
        List<RfmInput> out = new ArrayList<>(triples.size());
        for (int i = 0; i < triples.size(); i++) {
            long[] t = triples.get(i);
            out.add(new RfmInput(party(i), t[0], t[1], Double.longBitsToDouble(t[2])));
        }
        return out;
    }

    /** The definition: 1 + ⌊bins × (number of strictly worse values) / n⌋, by comparing every pair. */
    static int[] referenceScores(List<RfmInput> inputs, int bins, Metric metric) {
        int n = inputs.size();
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            long worse = 0;
            for (RfmInput other : inputs) {
                if (metric.worse(other, inputs.get(i))) {
                    worse++;
                }
            }
            scores[i] = (int) (1 + bins * worse / n);
        }
        return scores;
    }

    enum Metric {
        RECENCY, FREQUENCY, MONETARY;

        /** @return whether {@code a}'s value is strictly worse than {@code b}'s */
        boolean worse(RfmInput a, RfmInput b) {
            return switch (this) {
                case RECENCY -> a.recencyDays() > b.recencyDays();
                case FREQUENCY -> a.frequency() < b.frequency();
                case MONETARY -> a.monetary() < b.monetary();
            };
        }

        int score(RfmScore s) {
            return switch (this) {
                case RECENCY -> s.r();
                case FREQUENCY -> s.f();
                case MONETARY -> s.m();
            };
        }
    }
}
