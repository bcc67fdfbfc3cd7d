package dev.kartoteka.examples;

import dev.kartoteka.core.csv.ImportReport;
import dev.kartoteka.core.duplicate.ScanResult;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.segmentation.activity.ActivityTransitions;
import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.clv.BgNbdParameters;
import dev.kartoteka.segmentation.clv.GammaGammaParameters;
import dev.kartoteka.segmentation.clv.HoldoutCheck;
import dev.kartoteka.segmentation.rfm.RfmResult;
import dev.kartoteka.segmentation.segment.SegmentMembership;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the demo found, step by step: the terminal summary and the HTML report are made from it. */
record DemoResult(LocalDate asOf, ImportReport imported, ScanResult scan, int merged, List<List<String>> clusters,
                  Map<ActivityType, Long> segmentSizes, ActivityTransitions transitions, BgNbdParameters purchases,
                  GammaGammaParameters spend, HoldoutCheck holdout, List<ClientValue> values, List<TopClient> top,
                  RfmResult rfm, SegmentMembership mokotow, Map<String, Double> completeness, Duration elapsed) {

    /** One client's predicted value. */
    record ClientValue(PartyId party, double clv, double probabilityAlive, int purchaseDays, double recencyWeeks,
                       double ageWeeks) {
    }

    /** One of the top clients, as the report shows it. */
    record TopClient(String name, double clv, double probabilityAlive, int purchaseDays) {
    }

    /** Collects the steps' results. */
    static final class Builder {
        private final LocalDate asOf;
        private ImportReport imported;
        private ScanResult scan;
        private int merged;
        private List<List<String>> clusters;
        private Map<ActivityType, Long> sizes;
        private ActivityTransitions transitions;
        private BgNbdParameters purchases;
        private GammaGammaParameters spend;
        private HoldoutCheck holdout;
        private List<ClientValue> values;
        private List<TopClient> top;
        private RfmResult rfm;
        private SegmentMembership mokotow;
        private Map<String, Double> completeness;
        private Duration elapsed;

        Builder(LocalDate asOf) {
            this.asOf = asOf;
        }

        void imported(ImportReport value) {
            imported = value;
        }

        void duplicates(ScanResult value, int mergedParties, List<List<String>> exampleClusters) {
            scan = value;
            merged = mergedParties;
            clusters = exampleClusters;
        }

        void segments(Map<ActivityType, Long> value, ActivityTransitions moves) {
            sizes = value;
            transitions = moves;
        }

        void clv(BgNbdParameters model, GammaGammaParameters gammaGamma, HoldoutCheck check,
                 List<ClientValue> clientValues, List<TopClient> topClients, RfmResult rfmResult) {
            purchases = model;
            spend = gammaGamma;
            holdout = check;
            values = clientValues;
            top = topClients;
            rfm = rfmResult;
        }

        void mokotow(SegmentMembership value) {
            mokotow = value;
        }

        void completeness(Map<String, Double> value) {
            completeness = value;
        }

        void elapsed(Duration value) {
            elapsed = value;
        }

        DemoResult build() {
            return new DemoResult(asOf, imported, scan, merged, List.copyOf(clusters), java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(sizes)), transitions,
                    purchases, spend, holdout, List.copyOf(values), List.copyOf(top), rfm, mokotow,
                    java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(completeness)), elapsed);
        }
    }
}
