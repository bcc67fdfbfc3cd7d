package dev.kartoteka.core.internal;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * Titles written before or after a person's name, folded and without their dots: Polish academic and professional
 * ones ({@code dr}, {@code dr hab.}, {@code prof.}, {@code mgr}, {@code inż.}, {@code lic.}, {@code lek.},
 * {@code mec.}, {@code ks.} …) and English ones ({@code Mr}, {@code Mrs}, {@code Ms}, {@code PhD}, {@code MBA}). None
 * of them is a name, so reading a full name leaves them out of the split and the duplicate rules leave them out of the
 * comparison ({@code "dr Jan Kowalski"} is {@code "Jan Kowalski"}).
 *
 * <p>Internal: shared by the standardizer's reading of a full name and the duplicate rules; not part of the API.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Titles {

    private static final Set<String> TITLES = Set.of("dr", "hab", "prof", "mgr", "inz", "lic", "lek", "med", "stom",
            "wet", "mec", "adw", "ks", "dypl", "phd", "mba", "mr", "mrs", "ms");

    private Titles() {
    }

    /**
     * @param word a word folded (small letters, no diacritics), without dots or commas
     * @return whether it is a title
     */
    public static boolean is(String word) {
        return TITLES.contains(word);
    }
}
