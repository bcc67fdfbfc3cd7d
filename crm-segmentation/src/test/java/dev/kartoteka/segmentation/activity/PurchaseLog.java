package dev.kartoteka.segmentation.activity;

import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.TreeMap;

/** A party's purchases as plain (day, amount) pairs, and the reference computation of its metrics on any day. */
record PurchaseLog(PartyId party, List<LocalDate> days, List<Double> amounts, LocalDate registered) {

    static final Currency PLN = Currency.getInstance("PLN");

    PurchaseLog {
        days = List.copyOf(days);
        amounts = List.copyOf(amounts);
    }

    ActivityMetrics metricsOn(LocalDate asOf, int... windows) {
        ActivityMetrics.Builder b = ActivityMetrics.builder(party, asOf, PLN).registeredOn(registered);
        TreeMap<LocalDate, Double> perDay = new TreeMap<>();
        long count = 0;
        for (int i = 0; i < days.size(); i++) {
            if (!days.get(i).isAfter(asOf)) {
                perDay.merge(days.get(i), amounts.get(i), Double::sum);
                count++;
            }
        }
        if (!perDay.isEmpty()) {
            b.purchases(perDay.firstKey(), perDay.lastKey(), perDay.size(), count,
                    perDay.values().stream().mapToDouble(Double::doubleValue).sum());
        }
        for (int w : windows) {
            LocalDate start = asOf.minusDays(w - 1L);
            long inWindow = 0;
            double revenue = 0;
            List<LocalDate> distinct = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                LocalDate d = days.get(i);
                if (!d.isBefore(start) && !d.isAfter(asOf)) {
                    inWindow++;
                    revenue += amounts.get(i);
                    if (!distinct.contains(d)) {
                        distinct.add(d);
                    }
                }
            }
            b.window(new WindowFigures(w, inWindow, distinct.size(), revenue));
        }
        return b.build();
    }
}
