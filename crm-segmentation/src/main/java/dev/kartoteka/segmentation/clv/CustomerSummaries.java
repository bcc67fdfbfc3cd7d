package dev.kartoteka.segmentation.clv;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The input of the non-contractual CLV models: customers' repeat patterns in an explicit time unit (never implicit).
 *
 * @param patterns the customers' patterns (weighted or not)
 * @param unit the time unit of recency and age, e.g. {@link ChronoUnit#WEEKS}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CustomerSummaries(List<RepeatPattern> patterns, ChronoUnit unit) {

    /**
     * Creates the summaries.
     *
     * @param patterns the patterns, not empty
     * @param unit the time unit
     * @throws IllegalArgumentException if there are no patterns
     */
    public CustomerSummaries {
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(unit, "unit");
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("no customers to fit");
        }
    }

    /**
     * The patterns of customer summaries.
     *
     * @param summaries per-customer summaries (e.g. from {@link TransactionLog})
     * @param unit their time unit
     * @return the patterns the purchase models take
     */
    public static CustomerSummaries of(List<CustomerSummary> summaries, ChronoUnit unit) {
        Objects.requireNonNull(summaries, "summaries");
        return new CustomerSummaries(summaries.stream().map(CustomerSummary::pattern).toList(), unit);
    }

    /**
     * Merges identical (x, t<sub>x</sub>, T) patterns into one weighted pattern each. A fit on the compressed
     * summaries is exactly the fit on the original ones, and faster when many customers share a history.
     *
     * @return the compressed summaries
     */
    public CustomerSummaries compressed() {
        Map<List<Double>, double[]> merged = new LinkedHashMap<>();
        for (RepeatPattern p : patterns) {
            merged.computeIfAbsent(List.of((double) p.frequency(), p.recency(), p.age()), k -> new double[1])[0]
                    += p.weight();
        }
        List<RepeatPattern> out = new ArrayList<>(merged.size());
        merged.forEach((k, w) -> out.add(new RepeatPattern(k.get(0).intValue(), k.get(1), k.get(2), w[0])));
        return new CustomerSummaries(out, unit);
    }

    /** @return the number of customers (the sum of the weights) */
    public double customers() {
        return patterns.stream().mapToDouble(RepeatPattern::weight).sum();
    }
}
