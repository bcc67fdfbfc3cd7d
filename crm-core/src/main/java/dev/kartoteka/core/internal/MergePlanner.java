package dev.kartoteka.core.internal;

import static dev.kartoteka.core.standardization.Standardizer.placeAlone;
import static dev.kartoteka.core.standardization.Standardizer.samePlace;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.ForeignTaxNumber;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.merge.MergePreview;
import dev.kartoteka.core.merge.MergeRequest;
import dev.kartoteka.core.merge.Survivorship;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.EmployeeCountBand;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.MessengerContact;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.party.TimeWindow;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.party.WebsiteContact;
import dev.kartoteka.core.party.WorkingHours;
import dev.kartoteka.core.spi.IdentifierKeys;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The pure part of a merge: the survivor's content from the parties' values and the request's rules, and the values
 * that do not survive. No store, no clock, no access checks.
 */
final class MergePlanner {

    private MergePlanner() {
    }

    /** The survivor's content (version, timestamps and status still the survivor's) and the decisions made. */
    record Combined(Party party, List<MergePreview.Decision> decisions) {
    }

    /** A single-valued field: how to read it from a party and write it to a builder. */
    private record Single(String name, Class<?> type, Function<Party, Optional<?>> get,
                          BiConsumer<Party.Builder<?, ?>, Object> set) {
    }

    private record Candidate(Party party, Object value, String text) {
    }

    private static Single company(String name, Class<?> type, Function<Company, Optional<?>> get,
                                  BiConsumer<Company.Builder, Object> set) {
        return new Single(name, type, p -> get.apply((Company) p), (b, v) -> set.accept((Company.Builder) b, v));
    }

    private static Single person(String name, Class<?> type, Function<Person, Optional<?>> get,
                                 BiConsumer<Person.Builder, Object> set) {
        return new Single(name, type, p -> get.apply((Person) p), (b, v) -> set.accept((Person.Builder) b, v));
    }

    private static Optional<String> known(String name) {
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private static final List<Single> COMPANY_FIELDS = List.of(
            company("legalName", String.class, c -> Optional.of(c.legalName()), (b, v) -> b.legalName((String) v)),
            company("shortName", String.class, Company::shortName, (b, v) -> b.shortName((String) v)),
            company("legalForm", LegalForm.class, Company::legalForm, (b, v) -> b.legalForm((LegalForm) v)),
            company("nip", Nip.class, Company::nip, (b, v) -> b.nip((Nip) v)),
            company("euVatNumber", EuVatNumber.class, Company::euVatNumber, (b, v) -> b.euVatNumber((EuVatNumber) v)),
            company("foreignTaxNumber", ForeignTaxNumber.class, Company::foreignTaxNumber,
                    (b, v) -> b.foreignTaxNumber((ForeignTaxNumber) v)),
            company("regon", Regon.class, Company::regon, (b, v) -> b.regon((Regon) v)),
            company("krs", Krs.class, Company::krs, (b, v) -> b.krs((Krs) v)),
            company("industry", String.class, Company::industry, (b, v) -> b.industry((String) v)),
            company("website", URI.class, Company::website, (b, v) -> b.website((URI) v)),
            company("workingHours", WorkingHours.class, Company::workingHours,
                    (b, v) -> b.workingHours((WorkingHours) v)),
            company("employeeCountBand", EmployeeCountBand.class, Company::employeeCountBand,
                    (b, v) -> b.employeeCountBand((EmployeeCountBand) v)));

    private static final List<Single> PERSON_FIELDS = List.of(
            // a name not known ("" where a person is known by the other one alone) is no value to choose
            person("givenNames", String.class, p -> known(p.givenNames()), (b, v) -> b.givenNames((String) v)),
            person("familyName", String.class, p -> known(p.familyName()), (b, v) -> b.familyName((String) v)),
            person("birthDate", LocalDate.class, Person::birthDate, (b, v) -> b.birthDate((LocalDate) v)),
            person("sex", Sex.class, Person::sex, (b, v) -> b.sex((Sex) v)),
            person("pesel", Pesel.class, Person::pesel, (b, v) -> b.pesel((Pesel) v)),
            person("profession", String.class, Person::profession, (b, v) -> b.profession((String) v)),
            person("preferredContactTime", TimeWindow.class, Person::preferredContactTime,
                    (b, v) -> b.preferredContactTime((TimeWindow) v)),
            person("preferredLanguage", Locale.class, Person::preferredLanguage,
                    (b, v) -> b.preferredLanguage((Locale) v)));

    private static final Single OWNER = new Single("owner", UserId.class, Party::owner,
            (b, v) -> b.owner((UserId) v));

    /**
     * Combines the parties into the survivor's content.
     *
     * @param ordered the survivor first, then the merged parties in the request's order
     * @param request the rules
     * @return the survivor's content and the decisions
     * @throws ValidationException if a rule names an unknown field or a manual value of the wrong type
     */
    static Combined combine(List<Party> ordered, MergeRequest request) {
        Party survivor = ordered.get(0);
        List<Single> fields = new ArrayList<>(survivor instanceof Company ? COMPANY_FIELDS : PERSON_FIELDS);
        fields.add(OWNER);
        List<Violation> violations = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        fields.forEach(f -> known.add(f.name()));
        known.add(MergeRequest.CONTACT_POINTS);
        for (String field : request.rules().keySet()) {
            if (!known.contains(field) && !field.startsWith("customFields.")) {
                violations.add(new Violation("rules." + field, field, "a field of a " + survivor.kind()
                        .name().toLowerCase(Locale.ROOT) + ": one of " + known + " or customFields.<key>"));
            }
        }
        List<Map<String, String>> texts = ordered.stream().map(AuditRecorder::flatten).toList();
        List<Party> byRecency = new ArrayList<>(ordered);
        byRecency.sort(Comparator.comparing(Party::updatedAt).reversed()); // stable: survivor first at equal times
        Party.Builder<?, ?> b = survivor.toBuilder();
        List<MergePreview.Decision> decisions = new ArrayList<>();
        // the PESEL that survives states a birth date and sex: a birth date or sex that contradicts it does not survive
        Optional<Candidate> pesel = survivor instanceof Person ? peselChoice(ordered, texts, request, byRecency)
                : Optional.empty();
        for (Single f : fields) {
            List<Candidate> candidates = candidates(f, ordered, texts);
            Survivorship rule = request.rule(f.name());
            if (pesel.isPresent() && IMPLIED_BY_PESEL.contains(f.name()) && !(rule instanceof Survivorship.Manual)) {
                Pesel kept = (Pesel) pesel.get().value();
                Object implied = f.name().equals("birthDate") ? kept.birthDate() : kept.sex();
                boolean recorded = !candidates.isEmpty();
                candidates.removeIf(c -> !c.value().equals(implied));
                if (recorded && candidates.isEmpty()) { // only contradicting values: the one the PESEL states
                    candidates.add(new Candidate(pesel.get().party(), implied, implied.toString()));
                }
            }
            if (rule instanceof Survivorship.Manual m) {
                if (!f.type().isInstance(m.value())) {
                    violations.add(new Violation("rules." + f.name(), Mask.mask(m.value()),
                            "a manual value of type " + f.type().getSimpleName()));
                    continue;
                }
                f.set().accept(b, m.value());
                decisions.add(new MergePreview.Decision(f.name(), Optional.empty(), Optional.empty(), rule));
                continue;
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Candidate chosen = choose(rule, candidates, byRecency);
            f.set().accept(b, chosen.value());
            decisions.add(new MergePreview.Decision(f.name(), Optional.of(chosen.text()),
                    Optional.of(chosen.party().id()), rule));
        }
        // custom fields, key by key in order of appearance
        Set<String> keys = new LinkedHashSet<>();
        ordered.forEach(p -> keys.addAll(p.customFields().keys()));
        request.rules().keySet().stream().filter(k -> k.startsWith("customFields."))
                .forEach(k -> keys.add(k.substring("customFields.".length())));
        CustomFieldValues values = CustomFieldValues.empty();
        for (String key : keys) {
            String field = "customFields." + key;
            Survivorship rule = request.rule(field);
            if (rule instanceof Survivorship.Manual m) {
                values = values.with(key, m.value());
                decisions.add(new MergePreview.Decision(field, Optional.empty(), Optional.empty(), rule));
                continue;
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                Party p = ordered.get(i);
                Optional<Object> v = p.customFields().get(key);
                if (v.isPresent()) {
                    candidates.add(new Candidate(p, v.get(), texts.get(i).getOrDefault(field, v.get().toString())));
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Candidate chosen = choose(rule, candidates, byRecency);
            values = values.with(key, chosen.value());
            decisions.add(new MergePreview.Decision(field, Optional.of(chosen.text()),
                    Optional.of(chosen.party().id()), rule));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        b.customFields(values);
        b.contactPoints(contactPoints(ordered, request.rule(MergeRequest.CONTACT_POINTS), byRecency, decisions));
        b.roles(roles(ordered));
        b.importantDates(distinct(ordered, Party::importantDates));
        b.notes(distinct(ordered, Party::notes));
        Set<String> interests = new LinkedHashSet<>();
        Set<Tag> tags = new LinkedHashSet<>();
        ordered.forEach(p -> {
            interests.addAll(p.interests());
            tags.addAll(p.tags());
        });
        b.interests(interests).tags(tags);
        if (b instanceof Company.Builder cb) {
            cb.contactPersons(contactPersons(ordered));
        }
        Party combined = b.build();
        // manual values: their text as the audit trail writes it
        Map<String, String> after = AuditRecorder.flatten(combined);
        List<MergePreview.Decision> out = decisions.stream().map(d -> d.rule() instanceof Survivorship.Manual
                ? new MergePreview.Decision(d.field(), Optional.ofNullable(after.get(d.field())), d.source(), d.rule())
                : d).toList();
        return new Combined(combined, out);
    }

    /** The fields a PESEL states: a survivor's values of them must agree with its PESEL. */
    private static final Set<String> IMPLIED_BY_PESEL = Set.of("birthDate", "sex");

    /** The values of a field among the parties, in their order. */
    private static List<Candidate> candidates(Single f, List<Party> ordered, List<Map<String, String>> texts) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Party p = ordered.get(i);
            Optional<?> v = f.get().apply(p);
            if (v.isPresent()) {
                candidates.add(new Candidate(p, v.get(), texts.get(i).getOrDefault(f.name(), v.get().toString())));
            }
        }
        return candidates;
    }

    /** The PESEL the survivor will hold (a manual one without a party), if any. */
    private static Optional<Candidate> peselChoice(List<Party> ordered, List<Map<String, String>> texts,
                                                   MergeRequest request, List<Party> byRecency) {
        Single f = PERSON_FIELDS.stream().filter(x -> x.name().equals("pesel")).findFirst().orElseThrow();
        Survivorship rule = request.rule(f.name());
        if (rule instanceof Survivorship.Manual m) {
            return m.value() instanceof Pesel p ? Optional.of(new Candidate(ordered.get(0), p, p.toString()))
                    : Optional.empty();
        }
        List<Candidate> candidates = candidates(f, ordered, texts);
        return candidates.isEmpty() ? Optional.empty() : Optional.of(choose(rule, candidates, byRecency));
    }

    private static Candidate choose(Survivorship rule, List<Candidate> candidates, List<Party> byRecency) {
        Comparator<Candidate> recency = Comparator.comparingInt(c -> byRecency.indexOf(c.party()));
        if (rule instanceof Survivorship.Prefer p) {
            Optional<Candidate> preferred = candidates.stream().filter(c -> c.party().id().equals(p.party()))
                    .findFirst();
            if (preferred.isPresent()) {
                return preferred.get();
            }
        } else if (rule instanceof Survivorship.MostComplete) {
            return candidates.stream().min(Comparator.<Candidate>comparingInt(c -> -c.text().length())
                    .thenComparing(recency)).orElseThrow();
        }
        return candidates.stream().min(recency).orElseThrow();
    }

    /** What makes two contact points the same: the address itself, not its purpose, flags or notes. */
    static String identity(ContactPoint cp) {
        if (cp instanceof EmailContact e) {
            return "email:" + IdentifierKeys.key(e.email());
        } else if (cp instanceof PhoneContact ph) {
            return "phone:" + IdentifierKeys.key(ph.phone()) + ph.phone().extension().map(x -> " ext. " + x).orElse("");
        } else if (cp instanceof PostalAddress a) {
            // "ul. Długa" 5, 00-950 and "DLUGA" 5, 00950 are one address
            return "address:" + dev.kartoteka.core.standardization.Standardizer.addressKey(a);
        } else if (cp instanceof WebsiteContact w) {
            return "website:" + w.url().toString().toLowerCase(Locale.ROOT);
        }
        MessengerContact m = (MessengerContact) cp;
        return "messenger:" + m.service() + ":" + m.handle().toLowerCase(Locale.ROOT);
    }

    static String text(ContactPoint cp) {
        Map<String, String> m = new LinkedHashMap<>();
        AuditRecorder.contactPoints(List.of(cp), "cp", m);
        return m.values().iterator().next();
    }

    private static List<ContactPoint> contactPoints(List<Party> ordered, Survivorship rule, List<Party> byRecency,
                                                    List<MergePreview.Decision> decisions) {
        Map<String, List<Candidate>> copies = new LinkedHashMap<>();
        for (Party p : ordered) {
            for (ContactPoint cp : p.contactPoints()) {
                copies.computeIfAbsent(identity(cp), k -> new ArrayList<>()).add(new Candidate(p, cp, text(cp)));
            }
        }
        // an address whose postal code is not known is a copy of the same address with one (its only copy with one)
        for (java.util.Iterator<List<Candidate>> it = copies.values().iterator(); it.hasNext(); ) {
            List<Candidate> list = it.next();
            if (list.get(0).value() instanceof PostalAddress a && a.postalCode().isEmpty()) {
                List<List<Candidate>> withCode = copies.values().stream().filter(other -> other.get(0).value()
                        instanceof PostalAddress b && !b.postalCode().isEmpty()
                        && dev.kartoteka.core.standardization.Standardizer.sameAddress(a, b)).toList();
                if (withCode.size() == 1) {
                    withCode.get(0).addAll(list);
                    it.remove();
                }
            }
        }
        // an address of a place alone (a city, no street) is a copy of the one whole address in that place
        for (java.util.Iterator<List<Candidate>> it = copies.values().iterator(); it.hasNext(); ) {
            List<Candidate> list = it.next();
            if (list.get(0).value() instanceof PostalAddress a && placeAlone(a)) {
                List<List<Candidate>> whole = copies.values().stream().filter(other -> other.get(0).value()
                        instanceof PostalAddress b && !placeAlone(b) && samePlace(a, b)).toList();
                if (whole.size() == 1) {
                    whole.get(0).addAll(list);
                    it.remove();
                }
            }
        }
        List<ContactPoint> out = new ArrayList<>();
        EnumSet<ContactPoint.Kind> preferred = EnumSet.noneOf(ContactPoint.Kind.class);
        for (List<Candidate> copiesOfOne : copies.values()) {
            List<Candidate> same = copiesOfOne;
            if (same.stream().anyMatch(c -> c.value() instanceof PostalAddress a && placeAlone(a))
                    && same.stream().anyMatch(c -> c.value() instanceof PostalAddress a && !placeAlone(a))) {
                same = same.stream().filter(c -> !placeAlone((PostalAddress) c.value())).toList();
            }
            if (same.stream().anyMatch(c -> c.value() instanceof PostalAddress a && a.postalCode().isEmpty())
                    && same.stream().anyMatch(c -> c.value() instanceof PostalAddress a && !a.postalCode().isEmpty())) {
                same = same.stream().filter(c -> !((PostalAddress) c.value()).postalCode().isEmpty())
                        .toList(); // the copies with the postal code compete
            }
            List<Candidate> competing = same;
            Candidate chosen;
            if (rule instanceof Survivorship.Verified) {
                chosen = same.stream().filter(c -> ((ContactPoint) c.value()).usage().verifiedAt().isPresent())
                        .max(Comparator.comparing(c -> ((ContactPoint) c.value()).usage().verifiedAt().orElseThrow()))
                        .orElseGet(() -> choose(Survivorship.mostRecent(), competing, byRecency));
            } else {
                chosen = choose(rule, same, byRecency);
            }
            ContactPoint cp = (ContactPoint) chosen.value();
            // conservative: "do not contact" on any copy stays
            if (!cp.doNotContact() && copiesOfOne.stream().anyMatch(c -> ((ContactPoint) c.value()).doNotContact())) {
                cp = cp.withUsage(cp.usage().withDoNotContact(true));
            }
            if (cp.preferred() && !preferred.add(cp.kind())) {
                cp = cp.withUsage(cp.usage().withPreferred(false)); // one preferred point per kind
            }
            if (copiesOfOne.stream().map(Candidate::text).distinct().count() > 1) {
                decisions.add(new MergePreview.Decision(MergeRequest.CONTACT_POINTS, Optional.of(text(cp)),
                        Optional.of(chosen.party().id()), rule));
            }
            out.add(cp);
        }
        return out;
    }

    /** Every role once; overlapping roles of one type become one role spanning both. */
    private static List<PartyRole> roles(List<Party> ordered) {
        List<PartyRole> out = new ArrayList<>();
        for (Party p : ordered) {
            for (PartyRole r : p.roles()) {
                PartyRole current = r;
                boolean merged;
                do {
                    merged = false;
                    for (int i = 0; i < out.size(); i++) {
                        PartyRole o = out.get(i);
                        if (o.equals(current)) {
                            out.remove(i);
                            merged = true;
                            break;
                        }
                        if (o.type().equals(current.type()) && overlaps(o, current)) {
                            out.remove(i);
                            current = span(o, current);
                            merged = true;
                            break;
                        }
                    }
                } while (merged);
                out.add(current);
            }
        }
        return out;
    }

    private static boolean overlaps(PartyRole a, PartyRole b) {
        LocalDate aEnd = a.until().orElse(LocalDate.MAX);
        LocalDate bEnd = b.until().orElse(LocalDate.MAX);
        return !a.since().isAfter(bEnd) && !b.since().isAfter(aEnd);
    }

    private static PartyRole span(PartyRole kept, PartyRole other) {
        LocalDate since = kept.since().isBefore(other.since()) ? kept.since() : other.since();
        Optional<LocalDate> until = kept.until().isEmpty() || other.until().isEmpty() ? Optional.empty()
                : Optional.of(kept.until().get().isAfter(other.until().get()) ? kept.until().get() : other.until().get());
        return new PartyRole(kept.type(), since, until, kept.lead().or(other::lead));
    }

    private static <T> List<T> distinct(List<Party> ordered, Function<Party, List<T>> values) {
        Set<T> out = new LinkedHashSet<>();
        ordered.forEach(p -> out.addAll(values.apply(p)));
        return new ArrayList<>(out);
    }

    /** Every contact person once (by person and start day); one primary at a time, the survivor's first. */
    private static List<ContactPerson> contactPersons(List<Party> ordered) {
        List<ContactPerson> out = new ArrayList<>();
        for (Party p : ordered) {
            for (ContactPerson cp : ((Company) p).contactPersons()) {
                if (out.stream().anyMatch(o -> o.person().equals(cp.person()) && o.since().equals(cp.since()))) {
                    continue;
                }
                ContactPerson added = cp;
                if (cp.primary() && out.stream().anyMatch(o -> o.primary() && overlaps(o, cp))) {
                    added = cp.withPrimary(false);
                }
                out.add(added);
            }
        }
        return out;
    }

    private static boolean overlaps(ContactPerson a, ContactPerson b) {
        LocalDate aEnd = a.until().orElse(LocalDate.MAX);
        LocalDate bEnd = b.until().orElse(LocalDate.MAX);
        return !a.since().isAfter(bEnd) && !b.since().isAfter(aEnd);
    }

    /**
     * The tombstone of a merged party: its names, the unique identifiers the survivor does not hold (so that lookups
     * by them still lead to the survivor), status MERGED and the pointer; everything else now lives on the survivor
     * or in the audit trail.
     */
    static Party tombstone(Party merged, Party survivor, Instant now) {
        Set<String> held = new java.util.HashSet<>();
        IdentifierKeys.canonicalIdentifiers(survivor).forEach(id -> held.add(IdentifierKeys.key(id)));
        Party.Builder<?, ?> b;
        if (merged instanceof Company c) {
            Company.Builder cb = Company.builder().legalName(c.legalName());
            c.nip().filter(v -> !held.contains(IdentifierKeys.key(v))).ifPresent(cb::nip);
            c.euVatNumber().filter(v -> !held.contains(IdentifierKeys.key(v))).ifPresent(cb::euVatNumber);
            c.foreignTaxNumber().filter(v -> !held.contains(IdentifierKeys.key(v))).ifPresent(cb::foreignTaxNumber);
            c.regon().filter(v -> !held.contains(IdentifierKeys.key(v))).ifPresent(cb::regon);
            c.krs().filter(v -> !held.contains(IdentifierKeys.key(v))).ifPresent(cb::krs);
            b = cb;
        } else {
            Person p = (Person) merged;
            Person.Builder pb = Person.builder().givenNames(p.givenNames()).familyName(p.familyName());
            p.pesel().filter(v -> !held.contains(IdentifierKeys.key(v))).ifPresent(pb::pesel);
            b = pb;
        }
        return b.id(merged.id()).version(merged.version() + 1).createdAt(merged.createdAt()).updatedAt(now)
                .status(dev.kartoteka.core.party.PartyStatus.MERGED).mergedInto(survivor.id()).build();
    }

    /**
     * Every value of every party that the survivor does not hold, compared as the audit trail writes them.
     *
     * @param before the parties before the merge, survivor first
     * @param survivor the survivor after
     * @return the values, party by party in order, field by field
     */
    static List<MergePreview.NotSurviving> notSurviving(List<Party> before, Party survivor) {
        Set<String> kept = new java.util.HashSet<>(AuditRecorder.flatten(survivor).values());
        List<MergePreview.NotSurviving> out = new ArrayList<>();
        for (Party p : before) {
            AuditRecorder.flatten(p).forEach((field, value) -> {
                if (!kept.contains(value)) {
                    out.add(new MergePreview.NotSurviving(p.id(), field, value));
                }
            });
        }
        return out;
    }

    /** The ids of parties in order, for messages. */
    static String ids(List<PartyId> ids) {
        return String.join(", ", ids.stream().map(PartyId::toString).toList());
    }


}
