package dev.kartoteka.core.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Applies a {@link MatchRules} to two profiles: the scoring that {@link MatchRules} documents. */
final class Scorer {

    private Scorer() {
    }

    /** The outcome and score of a pair, without explanation (the scan's hot path). */
    record Score(MatchOutcome outcome, double score, @Nullable MatchField decidedBy) {
    }

    /**
     * How many parties of an index bear a person's full name ({@link MatchField#FULL_NAME}, as folded), the person
     * included; {@code 0} where nothing is known (a pair compared alone).
     */
    @FunctionalInterface
    interface Namesakes {
        /** Knows no namesakes: the rare-name rule never applies. */
        Namesakes UNKNOWN = p -> 0;

        int of(Profile person);
    }

    /**
     * The most parties of an index that may bear a person's full name for it to be rare. Beside a rare name, with no
     * compared field disagreeing, a birth date or phone one keystroke off is that client's mistyped rather than a
     * namesake's ({@link #RARE_NAME_TYPO}). A date has some 30 neighbours one keystroke away among some 30,000 birth
     * dates, so a namesake is born a keystroke from a given bearer about once in 1,000: among eight bearers (28
     * pairs) rarely. Chosen on the public RLdata10000 (4, 6, 8 and 12 tried: MATCH F1 0.907, 0.929, 0.936, 0.939 at a
     * precision of 0.991, 0.991, 0.988, 0.986) and the independent sets' tuning seeds (F1 up to +0.0005 from 4 to 8,
     * precision unchanged), at 14 namesakes' pairs more among 1,000,000 generated persons (precision 0.9934 →
     * 0.9933); 12 gained little more at a lower precision.
     */
    static final int RARE_NAME = 8;

    /**
     * What a birth date or phone one keystroke off counts beside a rare name (instead of {@link Similarity#TYPO}):
     * with the name alone a match ({@code (3 + 2.25)/6 = 0.875}); counted only when nothing disagrees.
     */
    static final double RARE_NAME_TYPO = 0.75;

    static Score score(MatchRules rules, Profile a, Profile b) {
        return evaluate(rules, a, b, null, Namesakes.UNKNOWN);
    }

    static Score score(MatchRules rules, Profile a, Profile b, Namesakes namesakes) {
        return evaluate(rules, a, b, null, namesakes);
    }

    static MatchResult explain(MatchRules rules, Profile a, Profile b) {
        return explain(rules, a, b, Namesakes.UNKNOWN);
    }

    static MatchResult explain(MatchRules rules, Profile a, Profile b, Namesakes namesakes) {
        List<FieldComparison> lines = new ArrayList<>(rules.rules().size());
        Score s = evaluate(rules, a, b, lines, namesakes);
        return new MatchResult(a.id, b.id, s.outcome(), s.score(), Optional.ofNullable(s.decidedBy()), lines);
    }

    /** Whether two persons bear one full name that few parties of the index bear. */
    private static boolean rareName(Profile a, Profile b, Namesakes namesakes) {
        if (a.kind != dev.kartoteka.core.party.PartyKind.PERSON) {
            return false;
        }
        String name = a.single(MatchField.FULL_NAME);
        String other = b.single(MatchField.FULL_NAME);
        if (name == null || other == null) {
            return false;
        }
        int bearers;
        if (name.equals(other)) {
            bearers = namesakes.of(a);
        } else if (Similarity.mistypedName(name, other)) {
            // one name mistyped: the parties bearing either spelling
            int left = namesakes.of(a);
            int right = namesakes.of(b);
            bearers = left == 0 || right == 0 ? 0 : left + right;
        } else {
            return false;
        }
        return bearers >= 2 && bearers <= RARE_NAME;
    }

    private static Score evaluate(MatchRules rules, Profile a, Profile b, @Nullable List<FieldComparison> lines,
            Namesakes namesakes) {
        if (a.kind != rules.kind() || b.kind != rules.kind()) {
            return new Score(MatchOutcome.NO_MATCH, 0, null);
        }
        List<FieldRule> nearRules = null; // a birth date or phone one keystroke off (allocated when one is)
        boolean against = false; // a compared field disagrees
        double weights = 0;
        double sum = 0;
        MatchField decidedBy = null;
        boolean decisiveConflict = false;
        boolean partName = false; // the legal name agrees only as part of the other (Similarity.namePartOf)
        boolean contactAgrees = false; // a phone or e-mail agrees
        boolean bornOneDay = false; // the birth dates agree
        for (FieldRule rule : rules.rules()) {
            MatchField field = rule.field();
            Object left = a.raw(rule);
            Object right = b.raw(rule);
            if (left == null || right == null) {
                if (lines != null) {
                    lines.add(new FieldComparison(rule, Optional.ofNullable(a.single(rule)),
                            Optional.ofNullable(b.single(rule)), 0, 0));
                }
                continue;
            }
            double best = -1;
            String bestLeft = null;
            String bestRight = null;
            double counted;
            if (rule.method() == MatchMethod.PERSON_NAME && field == MatchField.FULL_NAME) {
                Similarity.NameScore name = Similarity.personName(a, b);
                best = name.similarity();
                bestLeft = a.single(field);
                bestRight = b.single(field);
                counted = best >= rule.threshold() || name.countsBelowThreshold() ? best : 0;
            } else {
                for (String l : a.all(rule)) {
                    for (String r : b.all(rule)) {
                        double s = Similarity.of(field, rule.method(), l, r);
                        if (s > best) {
                            best = s;
                            bestLeft = l;
                            bestRight = r;
                        }
                    }
                }
                boolean partial = false;
                if (field == MatchField.LEGAL_NAME && rule.method() == MatchMethod.TOKEN_SET) {
                    // sole traders: one name with and without its owner's name is one business ...
                    String[] owners = best < Similarity.OWNERS_NAME && !a.companyForm && !b.companyForm
                            ? firstPair(a.all(rule), b.all(rule), Similarity::ownersNameApart) : null;
                    if (owners != null) {
                        best = Similarity.OWNERS_NAME;
                        bestLeft = owners[0];
                        bestRight = owners[1];
                    }
                    // ... and two owners' names are two businesses of one family
                    if (best >= rule.threshold() && best < 1 && Similarity.otherOwners(bestLeft, bestRight)) {
                        best = 0;
                    }
                    // a name and a longer one holding it: partial agreement, unless two legal forms make two companies
                    String[] part = best < rule.threshold() && oneForm(a, b)
                            ? firstPair(a.all(rule), b.all(rule), (l, r) -> Similarity.namePartOf(l, r)
                                    && !Similarity.otherOwners(l, r)
                                    // a company and a sole trader holding its owner's name are two businesses
                                    && !((a.companyForm || b.companyForm) && Similarity.ownersNameApart(l, r)))
                            : null;
                    if (part != null) {
                        partial = true;
                        partName = true;
                        best = Similarity.NAME_PART_OF;
                        bestLeft = part[0];
                        bestRight = part[1];
                    }
                }
                counted = best >= rule.threshold() || partial ? best : 0;
                if (best < 1 && mistyped(rule, a.all(rule), b.all(rule))) {
                    // a typo of one identifier, not another party: it neither decides nor rules out the pair
                    if (lines != null) {
                        lines.add(new FieldComparison(rule, Optional.of(bestLeft), Optional.of(bestRight), best, 0));
                    }
                    continue;
                }
            }
            // a phone or e-mail shared, not one keystroke off: a group's numbers in one building run in sequence
            contactAgrees |= best == 1 && (field == MatchField.PHONE || field == MatchField.EMAIL);
            bornOneDay |= best == 1 && field == MatchField.BIRTH_DATE;
            if (rule.method() == MatchMethod.DATE && field == MatchField.BIRTH_DATE && best == Similarity.DATE_TYPO
                    || rule.method() == MatchMethod.EXACT_OR_TYPO && field == MatchField.PHONE
                    && best == Similarity.TYPO) {
                if (nearRules == null) {
                    nearRules = new ArrayList<>(2);
                }
                nearRules.add(rule); // beside a rare name, with nothing against the pair, counted more below
            }
            against |= counted == 0;
            weights += rule.weight() * counted + rule.disagreementWeight() * (1 - counted);
            sum += rule.weight() * counted;
            if (rule.decisive()) {
                if (best == 1) {
                    if (decidedBy == null) {
                        decidedBy = field;
                    }
                } else {
                    decisiveConflict = true;
                }
            }
            if (lines != null) {
                lines.add(new FieldComparison(rule, Optional.of(bestLeft), Optional.of(bestRight), best,
                        rule.weight() * counted));
            }
        }
        if (nearRules != null && !against && rareName(a, b, namesakes)) {
            // a rare name and a value one keystroke off, nothing against: that client's typo, not a namesake's value
            for (FieldRule rule : nearRules) {
                double more = RARE_NAME_TYPO - Similarity.TYPO;
                sum += rule.weight() * more;
                weights += (rule.weight() - rule.disagreementWeight()) * more;
                if (lines != null) {
                    for (int i = 0; i < lines.size(); i++) {
                        FieldComparison line = lines.get(i);
                        if (line.rule().equals(rule)) {
                            lines.set(i, new FieldComparison(rule, line.left(), line.right(), line.similarity(),
                                    rule.weight() * RARE_NAME_TYPO));
                        }
                    }
                }
            }
        }
        if (a.sex != null && b.sex != null && a.sex != b.sex) {
            decisiveConflict = true; // a woman and a man: review at most
        }
        if (decidedBy != null && !decisiveConflict) {
            return new Score(MatchOutcome.MATCH, 1, decidedBy);
        }
        // a woman's and a man's given name (Elżbieta, Andrzej) with no sex recorded: a couple sharing a mailbox, a
        // phone and a home, reviewed at most (a decisive rule still decides: one PESEL is one person)
        boolean namedSexes = namedSexesDiffer(a, b);
        double score = weights == 0 ? 0 : Math.max(0, Math.min(1, sum / weights));
        MatchOutcome outcome;
        // a name part of the other and only an address besides: a group's companies at one address, or one business
        // neighbours: flats of one building, no flat in common, no phone, e-mail or birth date shared (namesakes in a
        // block of flats, a father and his son who moved out), reviewed at most
        boolean reviewOnly = decisiveConflict || namedSexes || partName && !contactAgrees
                || !contactAgrees && !bornOneDay && Profile.neighbours(a, b)
                || !oneNameSettled(a, b, contactAgrees, bornOneDay);
        if (score >= rules.matchThreshold() && sum >= rules.minimumEvidence() && !reviewOnly) {
            outcome = MatchOutcome.MATCH;
        } else if (score >= rules.reviewThreshold() && sum >= rules.reviewEvidence()) {
            outcome = MatchOutcome.POSSIBLE_MATCH;
        } else {
            outcome = MatchOutcome.NO_MATCH;
        }
        return new Score(outcome, score, null);
    }

    /** Whether two profiles hold one value of a field. */
    private static boolean shared(Profile a, Profile b, MatchField field) {
        return firstPair(a.all(field), b.all(field), String::equals) != null;
    }

    /**
     * The identifiers whose check digit catches nearly every typo (an unreadable value is left out of the profile), so
     * that two valid different values are two parties. Not KRS nor a custom field: a typo there is another valid value.
     */
    private static final java.util.Set<MatchField> CHECK_DIGITS =
            java.util.EnumSet.of(MatchField.PESEL, MatchField.NIP, MatchField.REGON);

    /**
     * Whether a person known by one name ({@code "Anna"}, {@code "Nowak"}) may match: that name and a shared home are
     * the household's as much as that person's, so a phone or e-mail address must be shared too, or the birth date (a
     * re-entry that lost a name, as FEBRL's records do). (A woman's and a man's family name, {@code
     * "Kowalska"} and {@code "Kowalski"}, are kept apart by {@link #namedSexesDiffer}.) Two persons with both names:
     * always.
     */
    private static boolean oneNameSettled(Profile a, Profile b, boolean contactAgrees, boolean bornOneDay) {
        if (a.kind != dev.kartoteka.core.party.PartyKind.PERSON || !oneName(a) && !oneName(b)) {
            return true;
        }
        return contactAgrees || bornOneDay;
    }

    private static boolean oneName(Profile p) {
        return p.single(MatchField.GIVEN_NAMES) == null || p.single(MatchField.FAMILY_NAME) == null;
    }

    /**
     * Whether two persons are a woman and a man as their recorded sex or, where none is recorded, their first given
     * names tell ({@code "Elżbieta"}, {@code "Andrzej"}); never for one first given name ({@code "Andrea"} recorded a
     * man and {@code "Andrea"} read as a woman's name are one name).
     */
    private static boolean namedSexesDiffer(Profile a, Profile b) {
        return a.namedSex != null && b.namedSex != null && a.namedSex != b.namedSex
                && !java.util.Objects.equals(a.firstGivenName, b.firstGivenName);
    }

    /**
     * Whether two profiles cannot be one party whatever else they share: their sexes differ; or, unless a decisive
     * rule finds one value on both sides (one PESEL, one NIP, one custom id: one party, whatever else its records say),
     * their given names are a woman's and a man's, or
     * a decisive rule on an identifier with a check digit finds two values (two PESELs, NIPs or REGONs, not one PESEL
     * with two neighbouring digits swapped), or the birth dates are three typing errors apart or more (a date rule on
     * {@link MatchField#BIRTH_DATE}), or their legal names (compared {@link MatchMethod#TOKEN_SET}) hold two owners'
     * given names ({@link Similarity#otherOwners}: two sole traders of one family). Symmetric. A scan does not join
     * such parties into one cluster through a third party that matches both.
     */
    static boolean contradicts(MatchRules rules, Profile a, Profile b) {
        if (a.kind != b.kind) {
            return true;
        }
        if (a.sex != null && b.sex != null && a.sex != b.sex) {
            return true;
        }
        for (FieldRule rule : rules.rules()) {
            if (rule.decisive() && a.raw(rule) != null && b.raw(rule) != null
                    && firstPair(a.all(rule), b.all(rule), (l, r) -> Similarity.of(rule.method(), l, r) == 1) != null) {
                return false; // one identifier: one party
            }
        }
        if (namedSexesDiffer(a, b)) {
            return true; // a woman's and a man's given name
        }
        if (Profile.neighbours(a, b) && !shared(a, b, MatchField.PHONE) && !shared(a, b, MatchField.EMAIL)
                && !shared(a, b, MatchField.BIRTH_DATE)) {
            return true; // flats of one building, nothing personal in common: neighbours
        }
        for (FieldRule rule : rules.rules()) {
            boolean checked = rule.decisive() && CHECK_DIGITS.contains(rule.field());
            boolean birthDate = rule.method() == MatchMethod.DATE && rule.field() == MatchField.BIRTH_DATE;
            boolean owners = rule.method() == MatchMethod.TOKEN_SET && rule.field() == MatchField.LEGAL_NAME;
            if (!checked && !birthDate && !owners) {
                continue;
            }
            Object left = a.raw(rule);
            Object right = b.raw(rule);
            if (left == null || right == null) {
                continue;
            }
            if (owners) {
                if (everyPair(a.all(rule), b.all(rule), Similarity::otherOwners)) {
                    return true;
                }
                continue;
            }
            // two identifiers, none equal nor mistyped; or birth dates all far apart
            if (checked ? everyPair(a.all(rule), b.all(rule),
                    (l, r) -> Similarity.of(rule.method(), l, r) < 1 && !mistyped(rule, l, r))
                    : everyPair(a.all(rule), b.all(rule), Similarity::datesApart)) {
                return true;
            }
        }
        return false;
    }



    /** Whether two companies' legal forms are not two: the same one, or one unknown on either side. */
    private static boolean oneForm(Profile a, Profile b) {
        return a.legalForm == null || b.legalForm == null || a.legalForm == b.legalForm;
    }





    /** The first value of one side and of the other (left, right) that {@code test} holds for; else null. */
    private static String @Nullable [] firstPair(String[] left, String[] right,
            java.util.function.BiPredicate<String, String> test) {
        for (String l : left) {
            for (String r : right) {
                if (test.test(l, r)) {
                    return new String[] {l, r};
                }
            }
        }
        return null;
    }

    /** Whether {@code test} holds for every value of one side with every value of the other. */
    private static boolean everyPair(String[] left, String[] right,
            java.util.function.BiPredicate<String, String> test) {
        return firstPair(left, right, test.negate()) == null;
    }

    /**
     * Whether a value of one side and one of the other are one identifier mistyped rather than two parties': a PESEL
     * with two neighbouring digits swapped and its sex kept ({@link #peselTypo}); the values of a rule compared by
     * {@link MatchMethod#EXACT_OR_TYPO} on an identifier without a check digit (KRS, a custom field), one character or
     * two neighbouring characters apart ({@code "4892623"} / {@code "4892613"}; four characters or more): the rule says
     * that its values are typed by hand and that no check digit catches a typo. Never for NIP and REGON, whose check
     * digits catch both. A PESEL rule need not be decisive for its swap to be a typo.
     */
    private static boolean mistyped(FieldRule rule, String[] left, String[] right) {
        for (String l : left) {
            for (String r : right) {
                if (mistyped(rule, l, r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The shortest identifier taken for mistyped when one keystroke off: among shorter ones nearly any two values are
     * a keystroke apart, so a difference rules the pair out.
     */
    private static final int MIN_MISTYPED_LENGTH = 4;

    /** Whether two values of a decisive rule are one identifier mistyped (see the array form). */
    private static boolean mistyped(FieldRule rule, String a, String b) {
        if (rule.field() == MatchField.PESEL) {
            return peselTypo(a, b);
        }
        return rule.decisive() && rule.method() == MatchMethod.EXACT_OR_TYPO && !CHECK_DIGITS.contains(rule.field())
                && Math.min(a.length(), b.length()) >= MIN_MISTYPED_LENGTH && Similarity.oneTypo(a, b);
    }

    /**
     * Whether two different PESELs are one mistyped: two neighbouring digits swapped, which the check digit can miss,
     * with the sex digit (the tenth) keeping its parity, so its sex.
     */
    private static boolean peselTypo(String a, String b) {
        return Similarity.swappedNeighbours(a, b) && (a.charAt(9) - b.charAt(9)) % 2 == 0;
    }
}
