package dev.kartoteka.core.duplicate;

import java.util.Arrays;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The similarity functions of {@link MatchMethod}. Each is made symmetric by comparing the two values in a fixed
 * (lexicographic) order, whatever order the caller passes them in.
 */
final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Similarity() {
    }

    static double of(MatchMethod method, String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (method == MatchMethod.EXACT) {
            return 0;
        }
        String x = a.compareTo(b) <= 0 ? a : b;
        String y = x == a ? b : a;
        double s = switch (method) {
            case JARO_WINKLER -> JARO_WINKLER.apply(x, y);
            case LEVENSHTEIN -> levenshtein(x, y);
            case TOKEN_SET -> tokenSet(x, y);
            case EXACT -> 0;
        };
        return Math.max(0, Math.min(1, s));
    }

    private static double levenshtein(String x, String y) {
        int longest = Math.max(x.length(), y.length());
        return longest == 0 ? 1 : 1 - (double) LEVENSHTEIN.apply(x, y) / longest;
    }

    private static double tokenSet(String x, String y) {
        String[] xs = sortedTokens(x);
        String[] ys = sortedTokens(y);
        double sorted = levenshtein(String.join(" ", xs), String.join(" ", ys));
        return Math.max(sorted, jaccard(xs, ys));
    }

    private static String[] sortedTokens(String s) {
        String[] tokens = s.split(" ");
        for (int i = 1; i < tokens.length; i++) {
            if (tokens[i - 1].compareTo(tokens[i]) > 0) {
                Arrays.sort(tokens);
                break;
            }
        }
        return tokens;
    }

    /** Jaccard index of two sorted token arrays (duplicates within one side counted once). */
    private static double jaccard(String[] xs, String[] ys) {
        int i = 0;
        int j = 0;
        int common = 0;
        int union = 0;
        while (i < xs.length || j < ys.length) {
            int c = i == xs.length ? 1 : j == ys.length ? -1 : xs[i].compareTo(ys[j]);
            if (c == 0) {
                common++;
                i = skip(xs, i);
                j = skip(ys, j);
            } else if (c < 0) {
                i = skip(xs, i);
            } else {
                j = skip(ys, j);
            }
            union++;
        }
        return union == 0 ? 1 : (double) common / union;
    }

    private static int skip(String[] tokens, int i) {
        int k = i + 1;
        while (k < tokens.length && tokens[k].equals(tokens[i])) {
            k++;
        }
        return k;
    }
}
