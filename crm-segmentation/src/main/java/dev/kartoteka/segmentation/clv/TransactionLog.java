package dev.kartoteka.segmentation.clv;

import dev.kartoteka.core.history.PurchaseSummary;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Transactions of many customers, turned into the per-customer summaries the CLV models take: frequency (repeat
 * purchase days), recency, age and mean repeat value, in an explicit time unit, with same-day purchases merged — for
 * the whole history or split into a calibration and a holdout period. Built for millions of transactions: primitive
 * arrays and a counting sort by customer.
 *
 * <pre>{@code
 * TransactionLog log = new TransactionLog();
 * log.add("c-17", LocalDate.of(2026, 3, 2), 120.0);
 * List<CustomerSummary> summaries = log.summaries(LocalDate.of(2026, 11, 22), ChronoUnit.WEEKS);
 * }</pre>
 *
 * <p>Not thread-safe while transactions are added.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TransactionLog {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int[] customer = new int[1024];
    private int[] day = new int[1024];
    private double[] amount = new double[1024];
    private int size;

    /** Creates an empty log. */
    public TransactionLog() {
    }

    /**
     * Adds a transaction.
     *
     * @param customerId the customer
     * @param date the day
     * @param value the amount (use 0 where there is no value)
     * @return this log
     */
    public TransactionLog add(String customerId, LocalDate date, double value) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("transaction value must be finite, was " + value);
        }
        Integer i = index.get(customerId);
        if (i == null) {
            i = ids.size();
            index.put(customerId, i);
            ids.add(customerId);
        }
        if (size == customer.length) {
            int n = size * 2;
            customer = Arrays.copyOf(customer, n);
            day = Arrays.copyOf(day, n);
            amount = Arrays.copyOf(amount, n);
        }
        customer[size] = i;
        day[size] = (int) date.toEpochDay();
        amount[size] = value;
        size++;
        return this;
    }

    /** @return how many transactions were added */
    public int size() {
        return size;
    }

    /**
     * Summarises every customer's purchases up to {@code observationEnd} (later ones are ignored).
     *
     * @param observationEnd the last day observed
     * @param unit the time unit of recency and age
     * @return one summary per customer with a purchase on or before the end, in order of first appearance
     */
    public List<CustomerSummary> summaries(LocalDate observationEnd, ChronoUnit unit) {
        return split(observationEnd, observationEnd, unit).calibration();
    }

    /**
     * Splits the history at {@code calibrationEnd}: summaries of the calibration period (customers whose first
     * purchase falls in it), and each of them's repeat purchase days in the holdout period up to
     * {@code observationEnd}.
     *
     * @param calibrationEnd the last day of the calibration period
     * @param observationEnd the last day of the holdout period
     * @param unit the time unit
     * @return the calibration summaries and holdout counts, index by index
     */
    public CalibrationHoldout split(LocalDate calibrationEnd, LocalDate observationEnd, ChronoUnit unit) {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(observationEnd, "observationEnd");
        Objects.requireNonNull(unit, "unit");
        if (observationEnd.isBefore(calibrationEnd)) {
            throw new IllegalArgumentException("the holdout must not end before the calibration period");
        }
        double daysPerUnit = unit.getDuration().toSeconds() / 86_400.0;
        int calEnd = (int) calibrationEnd.toEpochDay();
        int obsEnd = (int) observationEnd.toEpochDay();
        int customers = ids.size();
        // counting sort of the transactions by customer
        int[] start = new int[customers + 1];
        for (int i = 0; i < size; i++) {
            start[customer[i] + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, customers);
        int[] days = new int[size];
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            int slot = fill[customer[i]]++;
            days[slot] = day[i];
            values[slot] = amount[i];
        }
        List<CustomerSummary> calibration = new ArrayList<>();
        List<Integer> holdoutDays = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            int from = start[c];
            int to = start[c + 1];
            sortByDay(days, values, from, to);
            if (from == to || days[from] > calEnd) {
                continue;
            }
            int first = days[from];
            int last = first;
            int distinct = 0;
            double repeatTotal = 0;
            int holdout = 0;
            int previous = Integer.MIN_VALUE;
            for (int k = from; k < to; k++) {
                int d = days[k];
                if (d > obsEnd) {
                    break;
                }
                if (d > calEnd) {
                    if (d != previous) {
                        holdout++;
                    }
                } else {
                    if (d != previous) {
                        distinct++;
                        last = d;
                    }
                    if (d != first) {
                        repeatTotal += values[k];
                    }
                }
                previous = d;
            }
            int x = distinct - 1;
            calibration.add(new CustomerSummary(ids.get(c), x, x == 0 ? 0 : (last - first) / daysPerUnit,
                    (calEnd - first) / daysPerUnit, x == 0 ? 0 : repeatTotal / x));
            holdoutDays.add(holdout);
        }
        return new CalibrationHoldout(calibration, holdoutDays.stream().mapToInt(Integer::intValue).toArray(),
                (obsEnd - calEnd) / daysPerUnit, unit);
    }

    private static void sortByDay(int[] days, double[] values, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int d = days[i];
            double v = values[i];
            int j = i - 1;
            while (j >= from && days[j] > d) {
                days[j + 1] = days[j];
                values[j + 1] = values[j];
                j--;
            }
            days[j + 1] = d;
            values[j + 1] = v;
        }
    }

    /**
     * Turns the registry's purchase summaries (crm-core's {@code History.purchaseSummaries}) into CLV summaries.
     *
     * @param summaries the registry's summaries in one currency, up to {@code asOf}
     * @param asOf the last day they count
     * @param unit the time unit
     * @return one summary per party; the monetary value is the mean of the repeat purchase days' totals
     */
    public static List<CustomerSummary> fromPurchaseSummaries(Stream<PurchaseSummary> summaries, LocalDate asOf,
                                                              ChronoUnit unit) {
        Objects.requireNonNull(summaries, "summaries");
        Objects.requireNonNull(asOf, "asOf");
        double daysPerUnit = unit.getDuration().toSeconds() / 86_400.0;
        return summaries.map(s -> {
            int x = s.repeatPurchaseDays();
            double recency = ChronoUnit.DAYS.between(s.firstPurchase(), s.lastPurchase()) / daysPerUnit;
            double age = ChronoUnit.DAYS.between(s.firstPurchase(), asOf) / daysPerUnit;
            double monetary = x == 0 ? 0 : s.total().subtract(s.firstDayTotal()).doubleValue() / x;
            return new CustomerSummary(s.partyId().toString(), x, x == 0 ? 0 : recency, age, monetary);
        }).toList();
    }

    /**
     * Summaries of a calibration period and each customer's repeat purchase days in the holdout that follows.
     *
     * @param calibration the calibration summaries
     * @param holdoutPurchaseDays the purchase days of each customer in the holdout, index by index
     * @param holdoutLength the holdout's length in {@code unit}
     * @param unit the time unit
     */
    public record CalibrationHoldout(List<CustomerSummary> calibration, int[] holdoutPurchaseDays,
                                     double holdoutLength, ChronoUnit unit) {
        /**
         * Creates the split.
         *
         * @param calibration the calibration summaries
         * @param holdoutPurchaseDays the holdout counts
         * @param holdoutLength the holdout's length
         * @param unit the time unit
         */
        public CalibrationHoldout {
            calibration = List.copyOf(calibration);
            Objects.requireNonNull(holdoutPurchaseDays, "holdoutPurchaseDays");
            Objects.requireNonNull(unit, "unit");
            if (holdoutPurchaseDays.length != calibration.size()) {
                throw new IllegalArgumentException("one holdout count per customer expected");
            }
        }

        /** @return the calibration patterns for fitting */
        public CustomerSummaries patterns() {
            return new CustomerSummaries(calibration.stream().map(CustomerSummary::pattern).toList(), unit);
        }
    }
}
