package dev.kartoteka.core.duplicate;

import static dev.kartoteka.core.duplicate.MatchField.BIRTH_DATE;
import static dev.kartoteka.core.duplicate.MatchField.BUILDING;
import static dev.kartoteka.core.duplicate.MatchField.CITY;
import static dev.kartoteka.core.duplicate.MatchField.EMAIL;
import static dev.kartoteka.core.duplicate.MatchField.EMAIL_DOMAIN;
import static dev.kartoteka.core.duplicate.MatchField.FULL_NAME;
import static dev.kartoteka.core.duplicate.MatchField.KRS;
import static dev.kartoteka.core.duplicate.MatchField.LEGAL_NAME;
import static dev.kartoteka.core.duplicate.MatchField.NIP;
import static dev.kartoteka.core.duplicate.MatchField.PESEL;
import static dev.kartoteka.core.duplicate.MatchField.PHONE;
import static dev.kartoteka.core.duplicate.MatchField.POSTAL_CODE;
import static dev.kartoteka.core.duplicate.MatchField.REGON;
import static dev.kartoteka.core.duplicate.MatchField.STREET;
import static dev.kartoteka.core.duplicate.MatchMethod.DATE;
import static dev.kartoteka.core.duplicate.MatchMethod.EXACT;
import static dev.kartoteka.core.duplicate.MatchMethod.EXACT_OR_TYPO;
import static dev.kartoteka.core.duplicate.MatchMethod.JARO_WINKLER;
import static dev.kartoteka.core.duplicate.MatchMethod.PERSON_NAME;
import static dev.kartoteka.core.duplicate.MatchMethod.TOKEN_SET;

import dev.kartoteka.core.party.PartyKind;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The matching rules of one party kind, as data: field comparisons ({@link FieldRule}), two thresholds that turn a
 * score into one of three {@link MatchOutcome outcomes}, in the manner of Salesforce's matching and duplicate rules,
 * and the agreement each outcome needs.
 *
 * <p>How a pair is scored:
 * <ol>
 *   <li>Each rule whose field both parties hold is <em>compared</em>; a field missing on either side is skipped, and
 *       does not count against the pair.</li>
 *   <li>If a {@linkplain FieldRule#decisive() decisive} rule agrees and no decisive rule disagrees, the pair is a
 *       {@link MatchOutcome#MATCH} with score {@code 1}.</li>
 *   <li>Otherwise each compared rule has a similarity {@code sᵢ} ({@code 0} below its rule's threshold), and adds
 *       {@code wᵢ·sᵢ} for the pair and {@code dᵢ·(1 − sᵢ)} against it, {@code wᵢ} being its
 *       {@linkplain FieldRule#weight() weight} and {@code dᵢ} its {@linkplain FieldRule#disagreementWeight()
 *       disagreement weight}. The <em>agreement</em> is {@code A = Σ wᵢ·sᵢ}, the score
 *       {@code A / Σ (wᵢ·sᵢ + dᵢ·(1 − sᵢ))}, in {@code [0, 1]} (with {@code dᵢ = wᵢ} the weighted mean of the
 *       similarities); nothing compared scores {@code 0}.</li>
 *   <li>A score of at least {@link #matchThreshold()} with an agreement of at least {@link #minimumEvidence()} and no
 *       decisive rule disagreeing (a different PESEL keeps the pair for review at most) is a {@code MATCH}, unless the two
 *       are persons of different sex (as recorded, or as their PESELs state: a woman and a man are reviewed at
 *       most, however much else they share — twins, a couple; where a sex is not recorded, as the first given name
 *       tells, a common woman's or a common man's name, {@code "Elżbieta"} and {@code "Andrzej"} sharing a family
 *       mailbox, a phone and a home, never two persons of one first given name — though a decisive rule agreeing
 *       still decides there), or they are neighbours: flats of one building (postal code, else city and street, and
 *       building number agreeing), no flat in common ({@code "lok. 3"} and {@code "3"} are one), and no phone, e-mail or birth date shared — namesakes in a block of
 *       flats, a father and a son of one name who moved out, two offices of one group (reviewed at most; a record
 *       without its flat tells nothing); else a
 *       score of at least {@link #reviewThreshold()} with an agreement of at least {@link #reviewEvidence()} is a
 *       {@link MatchOutcome#POSSIBLE_MATCH}; else {@link MatchOutcome#NO_MATCH}. So two records that share only a name
 *       score {@code 1} but are not even a possible match: namesakes are common.</li>
 * </ol>
 *
 * <p>That scores a pair. A {@linkplain DuplicateIndex#scan scan} then clusters the matches, and keeps apart parties
 * that contradict each other by these rules — a decisive rule on PESEL, NIP or REGON finding two values, a
 * {@link MatchMethod#DATE} rule finding dates three typing errors apart or more, a woman and a man (also as their given
 * names tell), neighbours as above — holding for review
 * the match that would join them ({@link ScanResult#heldApart()}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MatchRules {

    private final PartyKind kind;
    private final List<FieldRule> rules;
    private final double matchThreshold;
    private final double reviewThreshold;
    private final double minimumEvidence;
    private final double reviewEvidence;

    private MatchRules(PartyKind kind, List<FieldRule> rules, double matchThreshold, double reviewThreshold,
            double minimumEvidence, double reviewEvidence) {
        this.kind = kind;
        this.rules = rules;
        this.matchThreshold = matchThreshold;
        this.reviewThreshold = reviewThreshold;
        this.minimumEvidence = minimumEvidence + 0.0; // -0.0 becomes 0.0, so that equals and hashCode agree
        this.reviewEvidence = reviewEvidence + 0.0;
    }

    /**
     * Creates a rule set.
     *
     * @param kind the kind of party the rules compare
     * @param rules the field comparisons, at least one, each field (each custom field) at most once
     * @param matchThreshold the score from which a pair is a {@link MatchOutcome#MATCH}, in {@code (0, 1]}
     * @param reviewThreshold the score from which a pair is a {@link MatchOutcome#POSSIBLE_MATCH}, in
     *     {@code (0, matchThreshold]}
     * @param minimumEvidence the agreement ({@code Σ weight × similarity}) a {@code MATCH} needs, at least 0
     * @return the rule set, needing no agreement for a possible match (see {@link #withReviewEvidence})
     * @throws NullPointerException if {@code kind}, {@code rules} or a rule is {@code null}
     * @throws IllegalArgumentException if {@code rules} is empty, names a field twice or a field that parties of
     *     {@code kind} do not hold, or a threshold or the evidence is out of range
     */
    public static MatchRules of(PartyKind kind, List<FieldRule> rules, double matchThreshold, double reviewThreshold,
            double minimumEvidence) {
        Objects.requireNonNull(kind, "kind");
        List<FieldRule> copy = List.copyOf(Objects.requireNonNull(rules, "rules"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("rules must not be empty");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (FieldRule rule : copy) {
            if (!rule.field().appliesTo(kind)) {
                throw new IllegalArgumentException(rule.field() + " does not apply to " + kind);
            }
            if (!seen.add(identity(rule))) {
                throw new IllegalArgumentException("field " + identity(rule) + " has two rules");
            }
        }
        if (!(matchThreshold > 0 && matchThreshold <= 1)) {
            throw new IllegalArgumentException("matchThreshold must be in (0, 1]: " + matchThreshold);
        }
        if (!(reviewThreshold > 0 && reviewThreshold <= matchThreshold)) {
            throw new IllegalArgumentException(
                    "reviewThreshold must be in (0, matchThreshold=" + matchThreshold + "]: " + reviewThreshold);
        }
        if (!(minimumEvidence >= 0) || Double.isInfinite(minimumEvidence)) {
            throw new IllegalArgumentException("minimumEvidence must be finite and at least 0: " + minimumEvidence);
        }
        return new MatchRules(kind, copy, matchThreshold, reviewThreshold, minimumEvidence, 0);
    }

    /**
     * The default rules for persons, tuned on generated Polish and international persons with realistic re-entry
     * errors (see the tests' {@code LabelledPersons}), on an independent generator written without these rules
     * ({@code benchmarks}' {@code BlindDuplicates}, with households, namesakes, twins and fathers and sons of one name
     * as hard negatives) and on the public FEBRL sets 1 and 2 (see the README for the figures, and for the sets held
     * out):
     *
     * <table>
     *   <caption>Default person rules</caption>
     *   <tr><th>field</th><th>method</th><th>weight</th><th>disagreement</th><th>threshold</th><th>why</th></tr>
     *   <tr><td>PESEL</td><td>EXACT, decisive</td><td>4</td><td>4</td><td>–</td><td>a PESEL names one person; a
     *       different one rules a match out (the pair goes to review at most); two PESELs of one sex that differ only
     *       by two neighbouring digits swapped, which the check digit can miss, are taken for a typo and neither
     *       decide nor rule out (the pair is scored on its other fields)</td></tr>
     *   <tr><td>FULL_NAME</td><td>PERSON_NAME</td><td>3</td><td>3</td><td>0.7</td><td>word order free, so swapped
     *       given and family names agree; everyday forms (Kasia, Bob) as the names they stand for; one typo in a name
     *       still scores about 0.9; a name one of whose parts is missing on one side ({@code "Nowak"} /
     *       {@code "Anna Nowak"}) scores 0.8; the same family name with another given name scores 0 (siblings; two
     *       common given names more than one keystroke apart are two names however alike, as {@code "Janina"} /
     *       {@code "Joanna"} or {@code "Anna"} / {@code "Joanna"}, unless they are spellings or languages' forms of
     *       one name, as {@code "Kathryn"} / {@code "Katherine"}; a given name that is no common name and no everyday
     *       form but a misspelling with the same first letter, a keystroke (two in long names) from the other or
     *       one from its everyday form, as {@code "Mgdolena"} / {@code "Magdalena"} or {@code "Kaasia"} /
     *       {@code "Katarzyna"}, keeps its letters' similarity, unless the two are a man's and a woman's form; a
     *       form of several names, as {@code "Aga"} or {@code "Bartek"}, agrees with each of them written in full,
     *       at 0.9 at least), the
     *       same given name with another family name 0.5, counted below the threshold too (a name changed by
     *       marriage); 0.7 rather than 0.8 since the public FEBRL set showed re-entered names with two edits falling
     *       just below 0.8</td></tr>
     *   <tr><td>BIRTH_DATE</td><td>DATE</td><td>3</td><td>3</td><td>–</td><td>stable and, with the name, nearly
     *       unique; a different date of two namesakes is the commonest sign of two people; a date one keystroke away
     *       (one digit, two neighbouring digits swapped, day and month swapped) counts half: with the name alone that is
     *       a possible match, with an agreeing address a match; beside a <em>rare</em> name it counts 0.75, so the
     *       name and such a date are a match (see below)</td></tr>
     *   <tr><td>EMAIL</td><td>EXACT_OR_TYPO</td><td>3</td><td>1</td><td>–</td><td>personal, but not decisive:
     *       households share an address; people have several and change them, so another address counts little
     *       against a pair; one mailbox name at a domain with a typo ({@code @gmial.com}, {@code @o2.p}) counts half,
     *       a mailbox name one keystroke off nothing (see {@link MatchMethod#EXACT_OR_TYPO}): on the independent
     *       sets' tuning seeds MATCH F1 rose by up to 0.0004 at the same precision</td></tr>
     *   <tr><td>PHONE</td><td>EXACT_OR_TYPO</td><td>2.5</td><td>1</td><td>–</td><td>as e-mail, and landlines are
     *       shared more often; a number one keystroke off counts half, 0.75 beside a rare name</td></tr>
     *   <tr><td>STREET</td><td>JARO_WINKLER</td><td>1</td><td>0.5</td><td>0.85</td><td>an address is shared by a
     *       household; together (weight 3) it counts as much as the name; people move, so another address counts half
     *       against a pair</td></tr>
     *   <tr><td>POSTAL_CODE</td><td>EXACT_OR_TYPO</td><td>1</td><td>0.5</td><td>–</td><td></td></tr>
     *   <tr><td>BUILDING</td><td>EXACT</td><td>0.5</td><td>0.25</td><td>–</td><td></td></tr>
     *   <tr><td>CITY</td><td>JARO_WINKLER</td><td>0.5</td><td>0.25</td><td>0.85</td><td>many people share a
     *       city</td></tr>
     * </table>
     *
     * <p>Match from 0.7 with an agreement of 4.75 (the name and one of birth date, e-mail, phone or most of an
     * address: street and postal code, or street, building and city), review from 0.6 with an agreement of 4 (the name
     * and at least a postal code, a street or a birth date one keystroke off). So a name with one typo plus the birth
     * date is a match ({@code (3·0.9 + 3)/(2.7 + 0.3 + 3) = 0.95}), also when their phones differ
     * ({@code 5.7/7 = 0.81}) and when phone and e-mail both differ ({@code 6/8 = 0.75}: people change both, a name
     * and a birth date stay); namesakes with different birth dates are not ({@code 3/6 = 0.5}); a name with a birth
     * date one keystroke off is a possible match ({@code (3 + 1.5)/6 = 0.75}, agreement 4.5) and a match with the
     * same street and postal code besides ({@code (3 + 1.5 + 1 + 1)/8 = 0.81}); a name and a postal code without
     * the street (agreement 4.5) is a possible match; a shared name alone, or a name and a city, is no match. A name
     * changed by marriage counts 1.5, so it needs the birth date and an address or contact besides. The match
     * threshold was 0.8 until the independent {@code heavy} sets (three to five changed fields per re-entry) showed
     * true pairs with a typo in name, birth date and address at once scoring 0.7 to 0.8; at 0.7 their recall rose
     * from 0.87 to 0.93 at a precision of 0.99 (pairs scored), with the agreement floor keeping namesakes out.
     *
     * <p><b>A rare name.</b> Where a pair is scored within an index — a {@link DuplicateIndex}'s scan and lookups, a
     * {@link LiveDuplicateIndex}, so the CSV import's duplicate check — and at most eight of its parties (a candidate
     * looked up included) bear the two persons' one full name (as compared: folded, everyday forms written in full),
     * and no compared field disagrees, a birth date or phone one keystroke off counts 0.75 instead of 0.5 (so it is
     * in the scan's explanation: similarity 0.5, contribution 0.75 × the weight): for a name few parties bear, a near
     * value is that client's mistyped rather than a namesake's, while a common name's namesakes are born a keystroke
     * apart often enough in a large registry. So {@code "Matthias Haas"} born {@code 1955-07-08} and
     * {@code 1955-08-08} is a match ({@code (3 + 2.25)/6 = 0.875}) where at most eight parties bear the name, and a
     * possible match where more do, or when the pair is compared alone ({@link DuplicateDetector#compare} sees no
     * other party). A full name one keystroke off on one side ({@code "Mathias Haas"}: one word of three letters or
     * more, not two common given names nor a man's and a woman's form) is rare where at most eight parties bear either
     * spelling together: a typo in the name and one in the birth date of one client's re-entry.
     * Of n bearers of a name, a namesake is born a keystroke from a given one about once in 1,000 (a date has some 30
     * neighbours one keystroke away among some 30,000 birth dates), so among eight rarely. On the public RLdata sets
     * (German names and birth dates only) MATCH F1 rose from 0.734 to 0.958 (RLdata500) and from 0.742 to 0.936
     * (RLdata10000) at a precision of 1.000 and 0.988; on the independent sets' tuning seeds F1 rose by up to 0.001
     * with four bearers and one spelling, and by up to 0.0012 more with eight and both spellings; among 1,000,000
     * generated persons precision went from 0.9935 to 0.9933. Without the condition that nothing
     * disagrees, namesakes born a year apart with other addresses and phones matched.
     *
     * @return the default person rules
     */
    public static MatchRules defaultsForPersons() {
        return of(PartyKind.PERSON, List.of(
                FieldRule.decisive(PESEL, 4),
                FieldRule.of(FULL_NAME, PERSON_NAME, 3).withThreshold(0.7),
                FieldRule.of(BIRTH_DATE, DATE, 3),
                FieldRule.of(EMAIL, EXACT_OR_TYPO, 3).withDisagreementWeight(1),
                FieldRule.of(PHONE, EXACT_OR_TYPO, 2.5).withDisagreementWeight(1),
                FieldRule.of(STREET, JARO_WINKLER, 1).withThreshold(0.85).withDisagreementWeight(0.5),
                FieldRule.of(POSTAL_CODE, EXACT_OR_TYPO, 1).withDisagreementWeight(0.5),
                FieldRule.of(BUILDING, EXACT, 0.5).withDisagreementWeight(0.25),
                FieldRule.of(CITY, JARO_WINKLER, 0.5).withThreshold(0.85).withDisagreementWeight(0.25)),
                0.7, 0.6, 4.75).withReviewEvidence(4);
    }

    /**
     * The default rules for companies:
     *
     * <table>
     *   <caption>Default company rules</caption>
     *   <tr><th>field</th><th>method</th><th>weight</th><th>disagreement</th><th>threshold</th><th>why</th></tr>
     *   <tr><td>NIP, REGON, KRS</td><td>EXACT, decisive</td><td>4 each</td><td>4 each</td><td>–</td><td>registry
     *       numbers name one company; a different one rules a match out. A branch that carries its company's NIP is
     *       that company (as in the registry, where a NIP names one party)</td></tr>
     *   <tr><td>LEGAL_NAME</td><td>TOKEN_SET</td><td>3</td><td>3</td><td>0.8</td><td>legal-form words dropped and word
     *       order free, so {@code "Budex Sp. z o.o."} equals {@code "BUDEX sp. z o. o."}; so are a sole trader's trade
     *       descriptors, written out or abbreviated ({@code "Firma Handlowo-Usługowa"}, {@code "F.H.U."},
     *       {@code "PPHU"}, also glued to the name: {@code "PHUAlfa"} agrees with {@code "PHU Alfa"} and with
     *       {@code "PHUALFA"}); a space typed into or left out of a word is a typo ({@code "Bu dex"}); a legal-form word
     *       with a typo in its place is a legal form ({@code "Spókła z o.o."}); names a wrong encoding broke are read
     *       back ({@code "SPÓ³KA"}); a sole trader's name with and without its owner's name scores 0.9
     *       ({@code "Zandom"} / {@code "Zandom Żaneta Jędrzejczak"}), two owners' names 0 (see
     *       {@link MatchMethod#TOKEN_SET}); connectives and articles do not count ({@code "Pano's & Paul's"} /
     *       {@code "Pano's and Paul's"}, {@code "The Palm"} / {@code "Palm"}); a name whose every word is in the other,
     *       longer one ({@code "Ciboulette"} / {@code "Ciboulette Restaurant"}) agrees in part: 0.6, counted below the
     *       threshold, but a match only with a phone or e-mail shared besides (with an address alone it may as well
     *       be a group's other company at one address: review), and never between two legal forms
     *       ({@code "Rolmix sp. z o.o."} / {@code "Rolmix Trade S.A."} are two companies)</td></tr>
     *   <tr><td>EMAIL</td><td>EXACT</td><td>2</td><td>1</td><td>–</td><td>a company address such as {@code biuro@…}
     *       is fairly specific, but groups share them; companies have many</td></tr>
     *   <tr><td>EMAIL_DOMAIN</td><td>EXACT</td><td>1.5</td><td>0.5</td><td>–</td><td>{@code biuro@budex.pl} and
     *       {@code sprzedaz@budex.pl} are one company's mailboxes; free mail domains are left out</td></tr>
     *   <tr><td>PHONE</td><td>EXACT_OR_TYPO</td><td>2</td><td>1</td><td>–</td><td>switchboards are shared by a
     *       group's companies</td></tr>
     *   <tr><td>STREET, POSTAL_CODE</td><td>JARO_WINKLER 0.85, EXACT_OR_TYPO</td><td>1 each</td><td>1 each</td>
     *       <td></td><td>office buildings hold many companies: the address supports the name, it does not replace
     *       it</td></tr>
     *   <tr><td>BUILDING, CITY</td><td>EXACT, JARO_WINKLER 0.85</td><td>0.5 each</td><td>0.5 each</td><td></td>
     *       <td></td></tr>
     * </table>
     *
     * <p>Match from 0.7 with an agreement of 4.5 (the name and a contact, the e-mail domain or most of an address,
     * when no registry number decides), review from 0.6 with an agreement of 4. The threshold was 0.8 until the
     * independent {@code heavy} sets showed re-entered companies with several fields changed at once scoring 0.7 to
     * 0.8; at 0.7 their recall rose from 0.966 to 0.976 (pairs scored) with no company of a group or another company
     * matched: without the name agreeing no company reaches 0.7 ({@code 5.5/8.5} for a shared e-mail, domain and
     * phone). A name held in a longer one with the phone and address shared is a match ({@code (1.8 + 2 + 3)/8 =
     * 0.85}); the public Fodors–Zagat restaurant pairs (the same restaurant in two guides: {@code "Le Chardonnay"} /
     * {@code "Le Chardonnay (Los Angeles)"}, {@code "Lulu"} / {@code "Lulu Restaurant-Bis-Cafe"}) went from a recall of 0.79
     * to 0.96 with it, at a precision of 1.000, and no company of a group in the independent sets matched.
     *
     * @return the default company rules
     */
    public static MatchRules defaultsForCompanies() {
        return of(PartyKind.COMPANY, List.of(
                FieldRule.decisive(NIP, 4),
                FieldRule.decisive(REGON, 4),
                FieldRule.decisive(KRS, 4),
                FieldRule.of(LEGAL_NAME, TOKEN_SET, 3).withThreshold(0.8),
                FieldRule.of(EMAIL, EXACT, 2).withDisagreementWeight(1),
                FieldRule.of(EMAIL_DOMAIN, EXACT, 1.5).withDisagreementWeight(0.5),
                FieldRule.of(PHONE, EXACT_OR_TYPO, 2).withDisagreementWeight(1),
                FieldRule.of(STREET, JARO_WINKLER, 1).withThreshold(0.85),
                FieldRule.of(POSTAL_CODE, EXACT_OR_TYPO, 1),
                FieldRule.of(BUILDING, EXACT, 0.5),
                FieldRule.of(CITY, JARO_WINKLER, 0.5).withThreshold(0.85)),
                0.7, 0.6, 4.5).withReviewEvidence(4);
    }

    /** A checked copy with these settings, of this kind and review evidence. */
    private MatchRules copy(List<FieldRule> newRules, double newMatchThreshold, double newReviewThreshold,
            double newMinimumEvidence) {
        return of(kind, newRules, newMatchThreshold, newReviewThreshold, newMinimumEvidence)
                .withReviewEvidence(reviewEvidence);
    }

    /** A rule's field, with its custom field's key for {@link MatchField#CUSTOM_FIELD}. */
    private static String identity(FieldRule rule) {
        return rule.field() + rule.customField().map(key -> "(" + key + ")").orElse("");
    }

    /**
     * @return the keys of the custom fields these rules compare
     */
    Set<String> customFields() {
        Set<String> keys = new java.util.LinkedHashSet<>();
        rules.forEach(r -> r.customField().ifPresent(keys::add));
        return keys;
    }

    /**
     * Returns a copy with other thresholds.
     *
     * @param newMatchThreshold the score from which a pair is a match, in {@code (0, 1]}
     * @param newReviewThreshold the score from which a pair is a possible match, in {@code (0, newMatchThreshold]}
     * @return the copy
     * @throws IllegalArgumentException if a threshold is out of range
     */
    public MatchRules withThresholds(double newMatchThreshold, double newReviewThreshold) {
        return copy(rules, newMatchThreshold, newReviewThreshold, minimumEvidence);
    }

    /**
     * Returns a copy with the rule of one field (of one custom field) replaced, or added if the set has none for it.
     *
     * @param rule the new rule
     * @return the copy
     * @throws NullPointerException if {@code rule} is {@code null}
     * @throws IllegalArgumentException if the rule's field does not apply to this kind
     */
    public MatchRules withRule(FieldRule rule) {
        Objects.requireNonNull(rule, "rule");
        java.util.ArrayList<FieldRule> changed = new java.util.ArrayList<>(rules);
        changed.removeIf(r -> identity(r).equals(identity(rule)));
        changed.add(rule);
        return copy(changed, matchThreshold, reviewThreshold, minimumEvidence);
    }

    /**
     * Returns a copy without the rule of one field ({@link MatchField#CUSTOM_FIELD}: without every custom-field rule).
     *
     * @param field the field whose rule to drop
     * @return the copy
     * @throws NullPointerException if {@code field} is {@code null}
     * @throws IllegalArgumentException if no rule would remain
     */
    public MatchRules without(MatchField field) {
        Objects.requireNonNull(field, "field");
        return copy(rules.stream().filter(r -> r.field() != field).toList(), matchThreshold, reviewThreshold,
                minimumEvidence);
    }

    /**
     * Returns a copy with another minimum evidence.
     *
     * @param newMinimumEvidence the agreement ({@code Σ weight × similarity}) a match needs, at least 0
     * @return the copy
     * @throws IllegalArgumentException if {@code newMinimumEvidence} is negative or not finite
     */
    public MatchRules withMinimumEvidence(double newMinimumEvidence) {
        return copy(rules, matchThreshold, reviewThreshold, newMinimumEvidence);
    }

    /**
     * Returns a copy with another review evidence: the weight of agreement ({@code Σ weight × similarity} over the
     * compared rules, the score's numerator) that a {@link MatchOutcome#POSSIBLE_MATCH} needs, so that two records
     * sharing only a common name do not fill the review queue.
     *
     * @param newReviewEvidence the agreeing weight a possible match needs, finite and at least 0 ({@code 0}: none)
     * @return the copy
     * @throws IllegalArgumentException if {@code newReviewEvidence} is negative or not finite
     * @since 0.1
     */
    public MatchRules withReviewEvidence(double newReviewEvidence) {
        if (!(newReviewEvidence >= 0) || Double.isInfinite(newReviewEvidence)) {
            throw new IllegalArgumentException("reviewEvidence must be finite and at least 0: " + newReviewEvidence);
        }
        return new MatchRules(kind, rules, matchThreshold, reviewThreshold, minimumEvidence, newReviewEvidence);
    }

    /**
     * @return the kind of party these rules compare
     */
    public PartyKind kind() {
        return kind;
    }

    /**
     * @return the field comparisons, in the order given
     */
    public List<FieldRule> rules() {
        return rules;
    }

    /**
     * @return the score from which a pair is a {@link MatchOutcome#MATCH}
     */
    public double matchThreshold() {
        return matchThreshold;
    }

    /**
     * @return the score from which a pair is a {@link MatchOutcome#POSSIBLE_MATCH}
     */
    public double reviewThreshold() {
        return reviewThreshold;
    }

    /**
     * @return the agreement ({@code Σ weight × similarity}) that a {@link MatchOutcome#MATCH} needs
     */
    public double minimumEvidence() {
        return minimumEvidence;
    }

    /**
     * @return the agreeing weight ({@code Σ weight × similarity}) that a {@link MatchOutcome#POSSIBLE_MATCH} needs
     * @since 0.1
     */
    public double reviewEvidence() {
        return reviewEvidence;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof MatchRules m && kind == m.kind && rules.equals(m.rules)
                && matchThreshold == m.matchThreshold && reviewThreshold == m.reviewThreshold
                && minimumEvidence == m.minimumEvidence && reviewEvidence == m.reviewEvidence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rules, matchThreshold, reviewThreshold, minimumEvidence, reviewEvidence);
    }

    @Override
    public String toString() {
        return "MatchRules[" + kind + ", " + rules + ", match>=" + matchThreshold + ", review>=" + reviewThreshold
                + ", evidence>=" + minimumEvidence + ", review evidence>=" + reviewEvidence + "]";
    }
}
