package dev.kartoteka.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far the default rules are from what the compared fields can tell: a classifier <em>trained on the labels</em>
 * of one file's candidate pairs, tested on another's. If it does no better than the rules, the pairs the rules miss
 * are ones their fields cannot tell from different clients — more tuning of the rules would not find them.
 *
 * <p>Input: two files written by {@code --dump=pairs.tsv} of {@link LabelledCsvEvaluation} or {@link FebrlEvaluation}
 * (one line per candidate pair: kind, label, relation, outcome, score, {@code FIELD=similarity}…). The classifier is a
 * table of field patterns: each compared field's similarity put in one of seven bins (0, below 0.5, 0.8, 0.9, 0.95,
 * 0.999, and 1), the pattern being the set of {@code field=bin} of a pair. The share of true pairs of each pattern
 * seen three times or more in training is its probability; a pattern seen less often backs off to a coarser one (0,
 * below 0.9, below 0.999, 1), then to the rules' own outcome. The threshold is the one that gives the best F1 on the
 * training file; the best threshold on the test file is printed too, as the most any threshold could give.
 *
 * <p>Figures are of directly scored pairs (no transitive closure), for the rules ({@code MATCH}, and {@code MATCH} or
 * {@code POSSIBLE_MATCH}) and for the trained table, per kind ({@code P} persons, {@code C} companies).
 *
 * <p>Run: {@code java -cp ... dev.kartoteka.benchmarks.TrainedBaseline train-pairs.tsv test-pairs.tsv}
 */
public final class TrainedBaseline {

    private static final double[] FINE = {0, 0.5, 0.8, 0.9, 0.95, 0.999};
    private static final double[] COARSE = {0, 0.9, 0.999};
    private static final int SEEN = 3;

    private TrainedBaseline() {
    }

    /** One candidate pair as dumped: its kind, label, the rules' outcome and its field patterns. */
    record Pair(String kind, boolean same, String outcome, String fine, String coarse) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainedBaseline train-pairs.tsv test-pairs.tsv");
            System.exit(2);
        }
        List<Pair> train = read(Path.of(args[0]));
        List<Pair> test = read(Path.of(args[1]));
        System.out.printf(Locale.ROOT, "trained on %s (%d pairs), tested on %s (%d pairs); direct pairs, no closure%n",
                args[0], train.size(), args[1], test.size());
        for (String kind : List.of("P", "C")) {
            List<Pair> tr = train.stream().filter(p -> p.kind.equals(kind)).toList();
            List<Pair> te = test.stream().filter(p -> p.kind.equals(kind)).toList();
            if (tr.isEmpty() || te.isEmpty()) {
                continue;
            }
            Table table = Table.train(tr);
            double[] trainP = tr.stream().mapToDouble(table::probability).toArray();
            double[] testP = te.stream().mapToDouble(table::probability).toArray();
            double threshold = bestThreshold(tr, trainP);
            double[] rules = figures(te, i -> te.get(i).outcome.equals("MATCH"));
            double[] review = figures(te, i -> !te.get(i).outcome.equals("NO_MATCH"));
            double[] trained = figures(te, i -> testP[i] > threshold);
            double bestOnTest = f1(te, testP, bestThreshold(te, testP));
            System.out.printf(Locale.ROOT, "%s  rules MATCH            P %.4f R %.4f F1 %.4f%n", kind, rules[0], rules[1],
                    rules[2]);
            System.out.printf(Locale.ROOT, "%s  rules MATCH+POSSIBLE   P %.4f R %.4f F1 %.4f%n", kind, review[0],
                    review[1], review[2]);
            System.out.printf(Locale.ROOT, "%s  trained (threshold %.2f) P %.4f R %.4f F1 %.4f; best threshold on the "
                    + "test file F1 %.4f; patterns %d, test pairs decided by the rules (pattern unseen) %d%n", kind,
                    threshold, trained[0], trained[1], trained[2], bestOnTest, table.fine.size(),
                    te.stream().filter(table::unseen).count());
        }
    }

    static List<Pair> read(Path file) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 5) {
                throw new IllegalArgumentException(file + ": expected kind, label, relation, outcome, score and "
                        + "fields, got " + cols.length + " columns");
            }
            String[] fine = new String[cols.length - 5];
            String[] coarse = new String[cols.length - 5];
            for (int i = 5; i < cols.length; i++) {
                int eq = cols[i].lastIndexOf('=');
                String field = cols[i].substring(0, eq);
                double similarity = Double.parseDouble(cols[i].substring(eq + 1));
                fine[i - 5] = field + "=" + bin(similarity, FINE);
                coarse[i - 5] = field + "=" + bin(similarity, COARSE);
            }
            Arrays.sort(fine);
            Arrays.sort(coarse);
            pairs.add(new Pair(cols[0], cols[1].equals("1"), cols[3], String.join(" ", fine),
                    String.join(" ", coarse)));
        }
        return pairs;
    }

    /** @return how many of the bounds the similarity exceeds: 0 for 0, the number of bounds for 1 */
    static int bin(double similarity, double[] bounds) {
        int bin = 0;
        for (double bound : bounds) {
            if (similarity > bound) {
                bin++;
            }
        }
        return bin;
    }

    /** Counts of true and all pairs per pattern. */
    record Table(Map<String, int[]> fine, Map<String, int[]> coarse) {
        static Table train(List<Pair> pairs) {
            Map<String, int[]> fine = new HashMap<>();
            Map<String, int[]> coarse = new HashMap<>();
            for (Pair p : pairs) {
                int[] f = fine.computeIfAbsent(p.fine, k -> new int[2]);
                int[] c = coarse.computeIfAbsent(p.coarse, k -> new int[2]);
                f[0] += p.same ? 1 : 0;
                f[1]++;
                c[0] += p.same ? 1 : 0;
                c[1]++;
            }
            return new Table(fine, coarse);
        }

        double probability(Pair p) {
            int[] f = fine.get(p.fine);
            if (f != null && f[1] >= SEEN) {
                return (double) f[0] / f[1];
            }
            int[] c = coarse.get(p.coarse);
            if (c != null && c[1] >= SEEN) {
                return (double) c[0] / c[1];
            }
            return p.outcome.equals("MATCH") ? 1 : 0;
        }

        boolean unseen(Pair p) {
            int[] c = coarse.get(p.coarse);
            int[] f = fine.get(p.fine);
            return (f == null || f[1] < SEEN) && (c == null || c[1] < SEEN);
        }
    }

    private static double bestThreshold(List<Pair> pairs, double[] probability) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 5; t < 100; t++) {
            double f1 = f1(pairs, probability, t / 100.0);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }

    private static double f1(List<Pair> pairs, double[] probability, double threshold) {
        return figures(pairs, i -> probability[i] > threshold)[2];
    }

    /** @return precision, recall and F1 of the pairs {@code predicted} calls one client */
    private static double[] figures(List<Pair> pairs, java.util.function.IntPredicate predicted) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < pairs.size(); i++) {
            boolean yes = predicted.test(i);
            boolean same = pairs.get(i).same;
            tp += yes && same ? 1 : 0;
            fp += yes && !same ? 1 : 0;
            fn += !yes && same ? 1 : 0;
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}
