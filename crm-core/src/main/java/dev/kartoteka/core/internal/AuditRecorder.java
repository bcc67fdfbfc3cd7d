package dev.kartoteka.core.internal;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.MessengerContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.party.WebsiteContact;
import dev.kartoteka.core.registry.RegistryEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns the events of one registry operation into audit entries: the party's state is flattened into
 * {@code path → text} pairs and compared field by field.
 *
 * <p>This is an internal API of Kartoteka; do not use it from outside.
 */
public final class AuditRecorder {

    private AuditRecorder() {
    }

    /**
     * Builds the audit entries of the events one operation raised.
     *
     * @param events the events, in order
     * @param at when
     * @param actor who
     * @param reason why
     * @return the entries (one per party change and per history entry)
     */
    public static List<AuditEntry> entriesFor(List<RegistryEvent> events, Instant at, Optional<UserId> actor,
                                              Optional<String> reason) {
        List<AuditEntry> out = new ArrayList<>();
        String partyAction = "party updated";
        for (RegistryEvent e : events) {
            if (e instanceof RegistryEvent.LeadConverted) {
                partyAction = "lead converted";
            } else if (e instanceof RegistryEvent.PartyArchived) {
                partyAction = "party archived";
            } else if (e instanceof RegistryEvent.PartyRestored) {
                partyAction = "party restored";
            } else if (e instanceof RegistryEvent.OwnerReassigned && partyAction.equals("party updated")) {
                partyAction = "owner reassigned";
            }
        }
        Optional<RegistryEvent.PartiesMerged> merge = events.stream()
                .filter(RegistryEvent.PartiesMerged.class::isInstance).map(RegistryEvent.PartiesMerged.class::cast)
                .findFirst();
        for (RegistryEvent e : events) {
            if (e instanceof RegistryEvent.PartyUpdated u && u.party().status() == PartyStatus.MERGED
                    && u.before().status() != PartyStatus.MERGED) {
                // a merged party: every value it held, so that nothing the survivor does not keep is lost
                Map<String, String> after = flatten(u.party());
                List<FieldChange> changes = new ArrayList<>();
                flatten(u.before()).forEach((path, value) -> changes.add(new FieldChange(path, Optional.of(value),
                        Optional.ofNullable(after.get(path)))));
                changes.add(new FieldChange("mergedInto", Optional.empty(),
                        u.party().mergedInto().map(Object::toString)));
                out.add(entry(at, actor, u.party(), "party merged", changes, reason));
            } else if (e instanceof RegistryEvent.PartyUpdated u && merge.isPresent()
                    && u.party().id().equals(merge.get().partyId())) {
                List<FieldChange> changes = new ArrayList<>(diff(flatten(u.before()), flatten(u.party())));
                changes.add(new FieldChange("mergedFrom", Optional.empty(), Optional.of(String.join(", ",
                        merge.get().mergedIds().stream().map(Object::toString).toList()))));
                out.add(entry(at, actor, u.party(), "parties merged", changes, reason));
            } else if (e instanceof RegistryEvent.PartyCreated c) {
                out.add(entry(at, actor, c.party(), "party created", diff(Map.of(), flatten(c.party())), reason));
            } else if (e instanceof RegistryEvent.PartyUpdated u) {
                out.add(entry(at, actor, u.party(), partyAction, diff(flatten(u.before()), flatten(u.party())), reason));
            } else if (e instanceof RegistryEvent.InteractionLogged i) {
                out.add(entry(at, actor, i.party(), "interaction logged",
                        diff(Map.of(), flatten(i.interaction())), reason));
            } else if (e instanceof RegistryEvent.FollowUpCompleted f) {
                String key = "interactions[" + f.interaction().id() + "].followUpDoneAt";
                out.add(entry(at, actor, f.party(), "follow-up completed", List.of(new FieldChange(key,
                        Optional.empty(), f.interaction().followUpDoneAt().map(Instant::toString))), reason));
            } else if (e instanceof RegistryEvent.TransactionRecorded t) {
                out.add(entry(at, actor, t.party(), "transaction recorded",
                        diff(Map.of(), flatten(t.transaction())), reason));
            } else if (e instanceof RegistryEvent.TransactionStatusChanged s) {
                String key = "transactions[" + s.transaction().id() + "].status";
                out.add(entry(at, actor, s.party(), "transaction status changed", List.of(new FieldChange(key,
                        Optional.of(s.previousStatus().name()), Optional.of(s.transaction().status().name()))),
                        reason));
            } else if (e instanceof RegistryEvent.PartyStandardized s && !s.changes().isEmpty()) {
                // the values as entered (old) and as stored (new): nothing the standardizer rewrote is lost
                out.add(entry(at, actor, s.party(), "values standardized", s.changes(), reason));
            } else if (e instanceof RegistryEvent.ConsentRecorded c) {
                out.add(entry(at, actor, c.party(), "consent recorded", diff(Map.of(), flatten(c.event())), reason));
            }
        }
        return out;
    }

    private static AuditEntry entry(Instant at, Optional<UserId> actor, Party party, String action,
                                    List<FieldChange> changes, Optional<String> reason) {
        return new AuditEntry(UUID.randomUUID(), at, actor, party.id(), action, changes, reason);
    }

    /**
     * Compares two flattened states.
     *
     * @param before the state before
     * @param after the state after
     * @return a change for every path whose text differs, in path order of {@code before} then new paths
     */
    static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            Optional<String> old = Optional.ofNullable(before.get(path));
            Optional<String> now = Optional.ofNullable(after.get(path));
            if (!old.equals(now)) {
                changes.add(new FieldChange(path, old, now));
            }
        }
        return changes;
    }

    /**
     * Flattens a party into {@code path → text}: every field a user can change (not the version or timestamps).
     *
     * @param p the party
     * @return the flattened state
     */
    static Map<String, String> flatten(Party p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", p.status().name());
        p.owner().ifPresent(o -> m.put("owner", o.value()));
        if (p instanceof Company c) {
            m.put("legalName", c.legalName());
            c.shortName().ifPresent(v -> m.put("shortName", v));
            c.legalForm().ifPresent(v -> m.put("legalForm", v.name()));
            c.nip().ifPresent(v -> m.put("nip", v.value()));
            c.euVatNumber().ifPresent(v -> m.put("euVatNumber", v.value()));
            c.foreignTaxNumber().ifPresent(v -> m.put("foreignTaxNumber", v.value()));
            c.regon().ifPresent(v -> m.put("regon", v.value()));
            c.krs().ifPresent(v -> m.put("krs", v.value()));
            c.industry().ifPresent(v -> m.put("industry", v));
            c.website().ifPresent(v -> m.put("website", v.toString()));
            c.workingHours().ifPresent(v -> m.put("workingHours", v.asMap().toString()));
            c.employeeCountBand().ifPresent(v -> m.put("employeeCountBand", v.name()));
            List<ContactPerson> persons = c.contactPersons();
            for (int i = 0; i < persons.size(); i++) {
                ContactPerson cp = persons.get(i);
                String at = "contactPersons[" + i + "]";
                m.put(at, cp.person() + ", " + cp.position().orElse("") + ", " + cp.department().orElse("") + ", "
                        + cp.since() + ".." + cp.until().map(Object::toString).orElse("") + (cp.primary() ? ", primary" : ""));
                contactPoints(cp.contactPoints(), at + ".contactPoints", m);
                customFields(cp.customFields(), at + ".customFields", m);
            }
        } else if (p instanceof Person person) {
            if (!person.givenNames().isEmpty()) { // "" where the person is known by the family name alone
                m.put("givenNames", person.givenNames());
            }
            if (!person.familyName().isEmpty()) {
                m.put("familyName", person.familyName());
            }
            person.birthDate().ifPresent(v -> m.put("birthDate", v.toString()));
            person.sex().ifPresent(v -> m.put("sex", v.name()));
            person.pesel().ifPresent(v -> m.put("pesel", v.value()));
            person.profession().ifPresent(v -> m.put("profession", v));
            person.preferredContactTime().ifPresent(v -> m.put("preferredContactTime", v.toString()));
            person.preferredLanguage().ifPresent(v -> m.put("preferredLanguage", v.toLanguageTag()));
        }
        List<PartyRole> roles = p.roles();
        for (int i = 0; i < roles.size(); i++) {
            PartyRole r = roles.get(i);
            m.put("roles[" + i + "]", r.type() + " " + r.since() + ".." + r.until().map(Object::toString).orElse("")
                    + r.lead().map(l -> ", " + l.source() + ", " + l.warmth() + l.utm().map(u -> ", utm " + u.source()
                    + "/" + u.medium().orElse("") + "/" + u.campaign().orElse("")).orElse("")
                    + l.sourceDetail().map(d -> ", " + d).orElse("")
                    + l.qualificationNotes().map(n -> ", notes: " + n).orElse("")).orElse(""));
        }
        contactPoints(p.contactPoints(), "contactPoints", m);
        List<ImportantDate> dates = p.importantDates();
        for (int i = 0; i < dates.size(); i++) {
            ImportantDate d = dates.get(i);
            m.put("importantDates[" + i + "]", d.kind() + " " + d.day() + d.since().map(y -> " since " + y).orElse("")
                    + d.label().map(l -> ", " + l).orElse(""));
        }
        if (!p.interests().isEmpty()) {
            m.put("interests", String.join(", ", p.interests()));
        }
        if (!p.tags().isEmpty()) {
            m.put("tags", p.tags().stream().map(t -> t.value()).collect(Collectors.joining(", ")));
        }
        for (int i = 0; i < p.notes().size(); i++) {
            m.put("notes[" + i + "]", p.notes().get(i).text());
        }
        customFields(p.customFields(), "customFields", m);
        return m;
    }

    static void contactPoints(List<ContactPoint> points, String path, Map<String, String> m) {
        for (int i = 0; i < points.size(); i++) {
            ContactPoint cp = points.get(i);
            String value;
            if (cp instanceof EmailContact e) {
                value = "e-mail " + e.email().value();
            } else if (cp instanceof PhoneContact ph) {
                value = "phone " + ph.phone().value() + ph.phone().extension().map(x -> " ext. " + x).orElse("");
            } else if (cp instanceof PostalAddress a) {
                value = "address " + a.street().orElse("") + " " + a.building() + a.unit().map(u -> "/" + u).orElse("")
                        + ", " + (a.postalCode().isEmpty() ? "" : a.postalCode() + " ") + a.city() + a.district().map(d -> " (" + d + ")").orElse("")
                        + a.region().map(r -> ", " + r).orElse("") + ", " + a.country();
            } else if (cp instanceof WebsiteContact w) {
                value = "website " + w.url();
            } else {
                MessengerContact ms = (MessengerContact) cp;
                value = "messenger " + ms.service() + " " + ms.handle();
            }
            value += ", " + cp.purpose() + (cp.preferred() ? ", preferred" : "")
                    + cp.usage().verifiedAt().map(v -> ", verified " + v).orElse("")
                    + (cp.doNotContact() ? ", do not contact" : "")
                    + cp.usage().note().map(n -> ", note: " + n).orElse("");
            m.put(path + "[" + i + "]", value);
        }
    }

    private static void customFields(CustomFieldValues values, String path, Map<String, String> m) {
        values.asMap().forEach((k, v) -> m.put(path + "." + k, v instanceof BigDecimal d ? d.toPlainString()
                : String.valueOf(v)));
    }

    static Map<String, String> flatten(Interaction i) {
        Map<String, String> m = new LinkedHashMap<>();
        String at = "interactions[" + i.id() + "]";
        m.put(at + ".type", i.type().name());
        m.put(at + ".direction", i.direction().name());
        i.channel().ifPresent(c -> m.put(at + ".channel", c.name()));
        m.put(at + ".at", i.at().toString());
        i.contactPerson().ifPresent(c -> m.put(at + ".contactPerson", c.toString()));
        i.author().ifPresent(a -> m.put(at + ".author", a.value()));
        m.put(at + ".subject", i.subject());
        i.outcome().ifPresent(o -> m.put(at + ".outcome", o));
        i.followUp().ifPresent(f -> m.put(at + ".followUp", f.toString()));
        return m;
    }

    static Map<String, String> flatten(ConsentEvent c) {
        Map<String, String> m = new LinkedHashMap<>();
        String at = "consents[" + c.id() + "]";
        m.put(at + ".action", c.action().name());
        m.put(at + ".channel", c.channel().name());
        m.put(at + ".purpose", c.purpose().code());
        c.contactPoint().ifPresent(p -> m.put(at + ".contactPoint", p.value()));
        m.put(at + ".at", c.at().toString());
        m.put(at + ".source", c.source().name());
        c.evidence().ifPresent(v -> m.put(at + ".evidence", v));
        c.validUntil().ifPresent(v -> m.put(at + ".validUntil", v.toString()));
        m.put(at + ".optIn", c.optIn().name());
        c.confirms().ifPresent(v -> m.put(at + ".confirms", v.toString()));
        return m;
    }

    static Map<String, String> flatten(Transaction t) {
        Map<String, String> m = new LinkedHashMap<>();
        String at = "transactions[" + t.id() + "]";
        m.put(at + ".type", t.type().name());
        m.put(at + ".date", t.date().toString());
        m.put(at + ".amount", t.amount().toString());
        t.margin().ifPresent(v -> m.put(at + ".margin", v.toString()));
        m.put(at + ".status", t.status().name());
        t.externalReference().ifPresent(v -> m.put(at + ".externalReference", v));
        return m;
    }
}
