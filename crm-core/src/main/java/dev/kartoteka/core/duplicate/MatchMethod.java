package dev.kartoteka.core.duplicate;

import org.apiguardian.api.API;

/**
 * How a {@link FieldRule} compares the two folded values of its field; every method gives a similarity in
 * {@code [0, 1]}, is symmetric and gives {@code 1} for equal values.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MatchMethod {
    /** {@code 1} if the folded values are equal, else {@code 0}. The method for identifiers and codes. */
    EXACT,
    /**
     * Jaro-Winkler similarity (Apache Commons Text): forgiving of typos, and rewards a common beginning; for single
     * names and street names.
     */
    JARO_WINKLER,
    /**
     * Normalised Levenshtein similarity: {@code 1 - editDistance / max(length)} (Apache Commons Text), so one edit in
     * a ten-letter name gives {@code 0.9}.
     */
    LEVENSHTEIN,
    /**
     * For multi-word values such as full names and legal names, robust to word order ({@code "Kowalski Jan"} equals
     * {@code "Jan Kowalski"}): the larger of the Jaccard index of the two sets of words and an aligned similarity, in
     * which each word is paired with its closest word on the other side and the similarity is
     * {@code 1 - edits / max(letters)}; edits are counted as optimal string alignment (Levenshtein with a swap of two
     * neighbouring letters as one edit, the commonest typing error, and two letters a scanner reads for one —
     * {@code rn} for {@code m}, {@code cl} for {@code d} — as one edit too) plus the letters
     * of unpaired words; or, if higher,
     * the same pairing by Jaro-Winkler per word (pairs below 0.85 count as different words), which forgives a typo in a
     * short name ({@code "slape"} / {@code "slpee"}) more than edits over its length do. A space typed into or left
     * out of a word is a typo ({@code "bu dex"} / {@code "budex"}).
     *
     * <p>On {@link MatchField#LEGAL_NAME} also: a sole trader's name without a company's legal form, with and without
     * an owner's name of two words, one a common given name ({@code "Zandom"} / {@code "Zandom Żaneta
     * Jędrzejczak"}), scores {@code 0.9}; two names each holding a different owner's given name ({@code "Zandom Anna
     * Jędrzejczak"} / {@code "Zandom Żaneta Jędrzejczak"}) score {@code 0}, as siblings' names do under
     * {@link #PERSON_NAME}. A name whose every word (or a word one keystroke from it, in words of four letters or
     * more) is in the other, longer name, with four letters or more and the same legal form or none on either side,
     * agrees in part: {@code 0.6}, counted although below the rule's threshold, and a match only with a phone or
     * e-mail that agrees besides ({@code "Ciboulette"} / {@code "Ciboulette Restaurant"}); two legal forms
     * ({@code "Rolmix sp. z o.o."} / {@code "Rolmix Trade S.A."}) are two companies of a group and get no part.
     * The legal name compared is the one the profile builds (see {@link MatchField#LEGAL_NAME}).
     */
    TOKEN_SET,
    /**
     * For birth dates (ISO {@code yyyy-MM-dd}): {@code 1} for the same date, {@code 0.5} for a date re-keyed with
     * one typing error — one digit wrong, two neighbouring digits swapped, or day and month swapped (for
     * {@code 1985-03-12}: {@code 1985-03-13}, {@code 1958-03-12}, {@code 1985-12-03}) — and {@code 0} otherwise. A date
     * one keystroke away is strong evidence for the same person (different people's birth dates rarely differ in
     * exactly one keystroke), but weaker than the same date: namesakes born days apart exist.
     *
     * @since 0.1
     */
    DATE,
    /**
     * For codes and numbers re-keyed by hand, such as phone numbers and postal codes: {@code 1} for equal values,
     * {@code 0.5} for values of one length that differ in one character or by two neighbouring characters swapped
     * ({@code +48601234567} / {@code +48601234576}, {@code 93-428} / {@code 13-428}), and {@code 0} otherwise. Two
     * different people's numbers rarely lie one keystroke apart. A {@linkplain FieldRule#decisive() decisive} rule may
     * use it for an identifier typed by hand without a check digit (a custom field's customer number or national id):
     * equal values decide, values of four characters or more one keystroke apart are one identifier mistyped and
     * neither decide nor rule out the pair, other values rule a match out. On NIP and REGON, whose check digits catch a typo, two different values
     * always rule a match out. On {@link MatchField#EMAIL} a typo counts only in the domain, the mailbox name the same
     * ({@code anna.nowak@gmial.com} / {@code anna.nowak@gmail.com}, {@code @o2.p} / {@code @o2.pl}: a letter
     * mistyped, added, left out or two swapped), and not between two free mail providers' domains ({@code wp.pl} /
     * {@code vp.pl}); a mailbox name one keystroke off ({@code g.kowalska} / {@code j.kowalska}) is as often a
     * namesake's or a relative's address, and scores {@code 0}.
     *
     * @since 0.1
     */
    EXACT_OR_TYPO,
    /**
     * For a person's full name ({@link MatchField#FULL_NAME}): {@link #TOKEN_SET}, and besides partial credit for a
     * name one of whose parts is missing on one side: when every word of the shorter name is the same word, or the same
     * word with a typo (Jaro-Winkler at least 0.85), as a word of the longer name, the similarity is at least
     * {@code 0.8} × the words' similarity ({@code "knowling"} / {@code "jasmine knowling"}:
     * {@code 0.8}). Two full names whose family names agree and whose given names differ get no such credit:
     * {@code "jan kowalski"} / {@code "piotr kowalski"} are as likely siblings as one person. Two whose given names
     * agree and whose family names differ ({@code "anna kowalska"} / {@code "anna nowak"}: a name changed by marriage,
     * or re-entered wrong) score {@code 0.5}, counted even below the rule's threshold: with the same birth date and
     * address that is a match, with the birth date or the address alone a possible match (a batch scan finds such a
     * pair through a shared address or contact, not through the birth date alone: see the blocking keys). Everyday forms of given names
     * count as the names they stand for ({@link MatchField#GIVEN_NAMES}). In a {@link FieldRule} on
     * {@link MatchField#FULL_NAME} only (on other fields it is {@link #TOKEN_SET} with the partial credit).
     *
     * @since 0.1
     */
    PERSON_NAME
}
