package dev.kartoteka.segmentation.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Is the model any good on this data? Compares, per calibration-frequency bucket, the purchases a fitted BG/NBD model
 * predicts for the holdout period with the purchases the customers actually made there.
 *
 * @param rows one row per bucket x = 0 … {@code maxFrequency}, the last one holding every x at or above it
 * @param predictedTotal predicted holdout purchases over all customers
 * @param actualTotal actual holdout purchase days over all customers
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HoldoutCheck(List<Row> rows, double predictedTotal, long actualTotal) {

    /**
     * Creates the check.
     *
     * @param rows the rows
     * @param predictedTotal the predicted total
     * @param actualTotal the actual total
     */
    public HoldoutCheck {
        rows = List.copyOf(rows);
    }

    /**
     * One calibration-frequency bucket.
     *
     * @param frequency the calibration repeat purchases (the last bucket: this many or more)
     * @param customers how many customers fall in the bucket
     * @param actualMean their mean holdout purchase days
     * @param predictedMean the model's mean conditional expectation for them
     */
    public record Row(int frequency, int customers, double actualMean, double predictedMean) {
    }

    /**
     * Compares a BG/NBD fit's holdout predictions with what happened.
     *
     * @param model the parameters fitted on the calibration period
     * @param split the calibration summaries and the actual holdout purchase days
     * @param maxFrequency the last bucket (e.g. 7 for "7+")
     * @return the comparison
     */
    public static HoldoutCheck bgNbd(BgNbdParameters model, TransactionLog.CalibrationHoldout split,
                                     int maxFrequency) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(split, "split");
        if (maxFrequency < 0) {
            throw new IllegalArgumentException("maxFrequency must be 0 or more");
        }
        int buckets = maxFrequency + 1;
        int[] count = new int[buckets];
        double[] actual = new double[buckets];
        double[] predicted = new double[buckets];
        double predictedTotal = 0;
        long actualTotal = 0;
        for (int i = 0; i < split.calibration().size(); i++) {
            CustomerSummary c = split.calibration().get(i);
            int bucket = Math.min(c.frequency(), maxFrequency);
            double expected = model.conditionalExpectedPurchases(split.holdoutLength(), c.frequency(), c.recency(),
                    c.age());
            count[bucket]++;
            actual[bucket] += split.holdoutPurchaseDays()[i];
            predicted[bucket] += expected;
            predictedTotal += expected;
            actualTotal += split.holdoutPurchaseDays()[i];
        }
        List<Row> rows = new ArrayList<>(buckets);
        for (int k = 0; k < buckets; k++) {
            rows.add(new Row(k, count[k], count[k] == 0 ? 0 : actual[k] / count[k],
                    count[k] == 0 ? 0 : predicted[k] / count[k]));
        }
        return new HoldoutCheck(rows, predictedTotal, actualTotal);
    }
}
