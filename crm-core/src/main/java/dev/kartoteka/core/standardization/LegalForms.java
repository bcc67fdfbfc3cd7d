package dev.kartoteka.core.standardization;

import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.spi.SearchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a legal form at the end of a company name in the ways people write it: abbreviated or in full, with or
 * without dots, spaces and Polish letters ({@code "Sp. z o. o."}, {@code "sp.z o.o."}, {@code "spolka z ograniczona
 * odpowiedzialnoscia"}). The trailing words are folded (case, diacritics) and stripped of everything but letters and
 * digits, then looked up.
 */
final class LegalForms {

    /** The most words a written legal form has ("Gesellschaft mit beschränkter Haftung" has four). */
    private static final int MAX_WORDS = 5;

    private static final Map<String, LegalForm> KEYS = new HashMap<>();

    static {
        key(LegalForm.LIMITED_LIABILITY_COMPANY, "sp. z o.o.", "spółka z o.o.", "spółka z ograniczoną odpowiedzialnością",
                "sp. z ograniczoną odpowiedzialnością");
        key(LegalForm.JOINT_STOCK_COMPANY, "S.A.", "spółka akcyjna");
        key(LegalForm.SIMPLE_JOINT_STOCK_COMPANY, "P.S.A.", "prosta spółka akcyjna");
        key(LegalForm.GENERAL_PARTNERSHIP, "sp.j.", "spółka jawna");
        key(LegalForm.LIMITED_PARTNERSHIP, "sp.k.", "spółka komandytowa");
        key(LegalForm.PROFESSIONAL_PARTNERSHIP, "sp.p.", "spółka partnerska");
        key(LegalForm.LIMITED_JOINT_STOCK_PARTNERSHIP, "S.K.A.", "spółka komandytowo-akcyjna");
        key(LegalForm.CIVIL_PARTNERSHIP, "s.c.", "spółka cywilna");
        key(LegalForm.GMBH, "GmbH", "Gesellschaft mit beschränkter Haftung");
        key(LegalForm.AG, "AG", "Aktiengesellschaft");
        key(LegalForm.LTD, "Ltd", "Limited");
        key(LegalForm.PLC, "PLC", "public limited company");
        key(LegalForm.LLC, "LLC", "limited liability company");
        key(LegalForm.INC, "Inc", "Incorporated");
        key(LegalForm.SARL, "S.A.R.L.", "S.à r.l.", "société à responsabilité limitée");
        key(LegalForm.BV, "B.V.", "besloten vennootschap");
        key(LegalForm.NV, "N.V.", "naamloze vennootschap");
        key(LegalForm.SRO, "s.r.o.", "společnost s ručením omezeným");
    }

    private LegalForms() {
    }

    private static void key(LegalForm form, String... writings) {
        for (String w : writings) {
            KEYS.put(compact(w), form);
        }
    }

    /** Folds and keeps only letters and digits: {@code "Sp. z o. o."} → {@code "spzoo"}. */
    static String compact(String text) {
        String folded = SearchText.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "S-ka", "S–ka", "S.ka": "spółka" abbreviated, as in "Kowalski i S-ka" ("and company"), not S.K.A. */
    private static final java.util.regex.Pattern AND_COMPANY =
            java.util.regex.Pattern.compile("[sS]\\s*[-\u2013\u2014]\\s*[kK][aA]\\.?|[sS]\\.\\s*ka\\.?");

    /** A name split at its trailing legal form: the words before it, and the form. */
    record Split(String name, LegalForm form) {
    }

    /**
     * Finds the legal form that {@code name} ends with, keeping at least one word of name before it.
     *
     * @param name the name, spaces collapsed
     * @return the name before the form (without trailing commas and dashes) and the form
     */
    static Optional<Split> split(String name) {
        List<String> words = new ArrayList<>(List.of(name.replace(",", " , ").trim().split(" +")));
        for (int k = Math.min(MAX_WORDS, words.size() - 1); k >= 1; k--) {
            String tail = String.join("", words.subList(words.size() - k, words.size()));
            LegalForm form = KEYS.get(compact(tail));
            if (form == LegalForm.LIMITED_JOINT_STOCK_PARTNERSHIP && AND_COMPANY.matcher(tail).matches()) {
                continue; // "Kowalski i S-ka": "and company", no S.K.A.
            }
            if (form != null && !compact(tail).isEmpty()) {
                String before = String.join(" ", words.subList(0, words.size() - k)).replace(" , ", ", ")
                        .replace(" ,", ",").replaceAll("[\\s,;\\-–]+$", "").strip();
                if (!compact(before).isEmpty()) {
                    return Optional.of(new Split(before, form));
                }
            }
        }
        return Optional.empty();
    }
}
