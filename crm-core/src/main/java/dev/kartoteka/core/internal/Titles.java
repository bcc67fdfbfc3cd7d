package dev.kartoteka.core.internal;

import dev.kartoteka.core.spi.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Titles written before or after a person's name: Polish academic and professional ones ({@code dr}, {@code mgr}
 * without a dot; {@code prof.}, {@code hab.}, {@code inż.}, {@code lic.}, {@code lek.}, {@code mec.}, {@code ks.} …
 * only with it, since {@code Lić} or {@code Mec} may be a name; {@code n.} with its field inside a run of titles:
 * {@code dr n. med.}) and English ones ({@code Mr}, {@code Mrs}, {@code Ms}, {@code PhD}, {@code MBA}). Reading a
 * whole name keeps them apart from the name, before the given names, and the duplicate rules leave those out of the
 * comparison ({@code "dr Jan Kowalski"} is {@code "Jan Kowalski"}).
 *
 * <p>Internal: shared by the standardizer's reading of a full name and the duplicate rules; not part of the API.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Titles {

    /** Titles written without a dot, folded, with the form they are written in. */
    private static final Map<String, String> UNDOTTED = Map.of("dr", "dr", "mgr", "mgr", "mr", "Mr", "mrs", "Mrs",
            "ms", "Ms", "phd", "PhD", "mba", "MBA");
    /** Titles written with a dot, folded, without it. */
    private static final Set<String> DOTTED = Set.of("dr", "mgr", "prof", "hab", "inz", "lic", "lek", "med", "stom",
            "wet", "mec", "adw", "ks", "dypl", "mr", "mrs", "ms");

    /** The longest title as written, with its dot ({@code "prof."}, {@code "dypl."}, {@code "stom."}). */
    private static final int LONGEST = 5;

    private Titles() {
    }

    /**
     * The leading words of a name that are titles.
     *
     * @param words a name's words as written, split at spaces
     * @return how many of the first words are titles (a dotted abbreviation after {@code n.} counts with it)
     */
    public static int leading(List<String> words) {
        int n = 0;
        while (n < words.size()) {
            int run = run(words, n);
            if (run == 0) {
                break;
            }
            n += run;
        }
        return n;
    }

    /**
     * The trailing words of a name that are titles ({@code "Kowalski Jan, dr hab. n. med."}).
     *
     * @param words a name's words as written, split at spaces
     * @return how many of the last words are titles
     */
    public static int trailing(List<String> words) {
        int start = words.size();
        while (start > 0) {
            int from = start - 1;
            // "n. med.": the field after "n." belongs to it
            if (from > 0 && bare(words.get(from - 1)).equals("n") && words.get(from - 1).contains(".")
                    && run(words, from - 1) == 2) {
                from--;
            } else if (run(words, from) != 1) {
                break;
            }
            start = from;
        }
        return words.size() - start;
    }

    /**
     * @param words a name's words as written
     * @return the titles among them in the form they are written in: Polish small ({@code "dr hab."}), English as
     *     usual ({@code "PhD"}, {@code "MBA"}, {@code "Mr"}), commas left out
     */
    public static String written(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String word = w.replace(",", "");
            String key = bare(word);
            out.add(!word.endsWith(".") && UNDOTTED.containsKey(key) ? UNDOTTED.get(key)
                    : key.equals("mr") || key.equals("mrs") || key.equals("ms") ? UNDOTTED.get(key) + "."
                    : word.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", out);
    }

    /** How many words from {@code i} make one title: 1, 2 for {@code n.} and its field, 0 for none. */
    private static int run(List<String> words, int i) {
        String word = words.get(i).replace(",", "");
        if (word.length() > LONGEST) {
            return 0; // most names: nothing to fold
        }
        String key = bare(word);
        boolean dotted = word.endsWith(".");
        if (dotted ? DOTTED.contains(key) : UNDOTTED.containsKey(key)) {
            return 1;
        }
        if (key.equals("n") && dotted && i + 1 < words.size() && words.get(i + 1).replace(",", "").endsWith(".")
                && bare(words.get(i + 1)).length() >= 3) {
            return 2; // "n. med.", "n. hum.", "n. tech."
        }
        return 0;
    }

    private static String bare(String word) {
        return SearchText.fold(word).replaceAll("[^a-z]", "");
    }
}
