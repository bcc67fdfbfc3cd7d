package dev.kartoteka.jpa.internal;

import dev.kartoteka.core.field.CustomFieldJson;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.ForeignTaxNumber;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.ContactPurpose;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.EmployeeCountBand;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.ImportantDateKind;
import dev.kartoteka.core.party.LeadDetails;
import dev.kartoteka.core.party.LeadSource;
import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.MessengerContact;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.OwnerAssignment;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PartyStatus;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.party.TimeWindow;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.party.UtmParameters;
import dev.kartoteka.core.party.WebsiteContact;
import dev.kartoteka.core.party.WorkingHours;
import dev.kartoteka.core.spi.IdentifierKeys;
import dev.kartoteka.core.spi.SearchText;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Copies a {@link Party} into its rows and back, field by field: every value of the model has a column, every list
 * a child table with its position, so that what is read back {@code equals} what was written.
 */
final class PartyMapping {

    private PartyMapping() {
    }

    // ------------------------------------------------------------------------------------------------ to rows

    /** Writes every field of {@code p} into {@code e}, replacing its child rows. */
    static void write(Party p, PartyEntity e) {
        e.kind = p.kind().name();
        e.version = p.version();
        e.status = p.status().name();
        e.mergedInto = p.mergedInto().map(PartyId::toString).orElse(null);
        e.createdAt = p.createdAt();
        e.updatedAt = p.updatedAt();
        e.owner = p.owner().map(UserId::toString).orElse(null);
        e.sortName = SearchText.fold(p.displayName());
        e.customFields = CustomFieldJson.valuesToJson(p.customFields());
        clearKindColumns(e);
        if (p instanceof Company c) {
            e.legalName = c.legalName();
            e.shortName = c.shortName().orElse(null);
            e.legalForm = c.legalForm().map(Enum::name).orElse(null);
            e.nip = c.nip().map(Nip::value).orElse(null);
            e.euVat = c.euVatNumber().map(EuVatNumber::value).orElse(null);
            e.foreignTax = c.foreignTaxNumber().map(ForeignTaxNumber::value).orElse(null);
            e.regon = c.regon().map(Regon::value).orElse(null);
            e.krs = c.krs().map(Krs::value).orElse(null);
            e.industry = c.industry().orElse(null);
            e.website = c.website().map(URI::toString).orElse(null);
            e.workingHours = c.workingHours().map(PartyMapping::hoursToText).orElse(null);
            e.employeeBand = c.employeeCountBand().map(Enum::name).orElse(null);
        } else if (p instanceof Person person) {
            e.givenNames = person.givenNames();
            e.familyName = person.familyName();
            e.birthDate = person.birthDate().orElse(null);
            e.sex = person.sex().map(Enum::name).orElse(null);
            e.pesel = person.pesel().map(Pesel::value).orElse(null);
            e.profession = person.profession().orElse(null);
            e.contactFrom = person.preferredContactTime().map(TimeWindow::from).orElse(null);
            e.contactTo = person.preferredContactTime().map(TimeWindow::to).orElse(null);
            e.languageTag = person.preferredLanguage().map(Locale::toLanguageTag).orElse(null);
        }
        writeChildren(p, e);
    }

    private static void clearKindColumns(PartyEntity e) {
        e.legalName = e.shortName = e.legalForm = e.nip = e.euVat = e.foreignTax = e.regon = e.krs = null;
        e.industry = e.website = e.workingHours = e.employeeBand = null;
        e.givenNames = e.familyName = e.sex = e.pesel = e.profession = e.languageTag = null;
        e.birthDate = null;
        e.contactFrom = e.contactTo = null;
    }

    private static void writeChildren(Party p, PartyEntity e) {
        // identifier rows are kept where the key stays: the database deletes orphans after inserting new rows, so
        // re-inserting a unique key the party keeps would collide with its own old row
        Map<String, IdentifierRow> kept = new HashMap<>();
        e.identifiers.forEach(r -> kept.put(r.key, r));
        e.identifiers.clear();
        for (Identifier id : IdentifierKeys.canonicalIdentifiers(p)) {
            String key = IdentifierKeys.key(id);
            IdentifierRow r = kept.containsKey(key) ? kept.get(key) : new IdentifierRow(e);
            r.type = id.type().name();
            r.key = key;
            r.uniqueKey = id.type().unique() ? key : null;
            e.identifiers.add(r);
        }
        e.names.clear();
        for (String name : p.searchableNames().stream().map(SearchText::fold).distinct().toList()) {
            NameRow r = new NameRow(e);
            r.folded = name;
            e.names.add(r);
        }
        e.roles.clear();
        List<PartyRole> roles = p.roles();
        for (int i = 0; i < roles.size(); i++) {
            e.roles.add(roleRow(e, i, roles.get(i)));
        }
        e.contactPoints.clear();
        addContactPoints(e, -1, p.contactPoints());
        e.contactPersons.clear();
        if (p instanceof Company c) {
            List<ContactPerson> persons = c.contactPersons();
            for (int i = 0; i < persons.size(); i++) {
                ContactPerson cp = persons.get(i);
                ContactPersonRow r = new ContactPersonRow(e);
                r.position = i;
                r.personId = cp.person().toString();
                r.jobPosition = cp.position().orElse(null);
                r.department = cp.department().orElse(null);
                r.since = cp.since();
                r.until = cp.until().orElse(null);
                r.primary = cp.primary();
                r.customFields = CustomFieldJson.valuesToJson(cp.customFields());
                e.contactPersons.add(r);
                addContactPoints(e, i, cp.contactPoints());
            }
        }
        e.importantDates.clear();
        List<ImportantDate> dates = p.importantDates();
        for (int i = 0; i < dates.size(); i++) {
            ImportantDate d = dates.get(i);
            ImportantDateRow r = new ImportantDateRow(e);
            r.position = i;
            r.kind = d.kind().name();
            r.month = d.day().getMonthValue();
            r.day = d.day().getDayOfMonth();
            r.sinceYear = d.since().map(Year::getValue).orElse(null);
            r.label = d.label().orElse(null);
            e.importantDates.add(r);
        }
        e.notes.clear();
        List<Note> notes = p.notes();
        for (int i = 0; i < notes.size(); i++) {
            NoteRow r = new NoteRow(e);
            r.position = i;
            r.text = notes.get(i).text();
            r.createdAt = notes.get(i).createdAt();
            r.author = notes.get(i).author().map(UserId::toString).orElse(null);
            e.notes.add(r);
        }
        e.ownerHistory.clear();
        List<OwnerAssignment> owners = p.ownerHistory();
        for (int i = 0; i < owners.size(); i++) {
            OwnerAssignmentRow r = new OwnerAssignmentRow(e);
            r.position = i;
            r.owner = owners.get(i).owner().toString();
            r.since = owners.get(i).since();
            r.until = owners.get(i).until().orElse(null);
            r.reason = owners.get(i).reason().orElse(null);
            e.ownerHistory.add(r);
        }
        e.tags.clear();
        for (Tag tag : p.tags()) {
            TagRow r = new TagRow(e);
            r.tag = tag.value();
            e.tags.add(r);
        }
        e.interests.clear();
        int i = 0;
        for (String interest : p.interests()) {
            InterestRow r = new InterestRow(e);
            r.position = i++;
            r.interest = interest;
            e.interests.add(r);
        }
    }

    private static RoleRow roleRow(PartyEntity e, int position, PartyRole role) {
        RoleRow r = new RoleRow(e);
        r.position = position;
        r.type = role.type().code();
        r.since = role.since();
        r.until = role.until().orElse(null);
        if (role.lead().isPresent()) {
            LeadDetails lead = role.lead().get();
            r.leadSource = lead.source().name();
            r.leadWarmth = lead.warmth().name();
            r.sourceDetail = lead.sourceDetail().orElse(null);
            r.qualificationNotes = lead.qualificationNotes().orElse(null);
            lead.utm().ifPresent(utm -> {
                r.utmSource = utm.source();
                r.utmMedium = utm.medium().orElse(null);
                r.utmCampaign = utm.campaign().orElse(null);
                r.utmTerm = utm.term().orElse(null);
                r.utmContent = utm.content().orElse(null);
            });
        }
        return r;
    }

    private static void addContactPoints(PartyEntity e, int holder, List<ContactPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            ContactPoint point = points.get(i);
            ContactPointRow r = new ContactPointRow(e);
            r.holderIndex = holder;
            r.position = i;
            r.kind = point.kind().name();
            ContactUsage usage;
            if (point instanceof EmailContact m) {
                r.email = m.email().value();
                usage = m.usage();
            } else if (point instanceof PhoneContact ph) {
                r.phone = ph.phone().value();
                r.phoneExtension = ph.phone().extension().orElse(null);
                usage = ph.usage();
            } else if (point instanceof PostalAddress a) {
                r.street = a.street().orElse(null);
                r.building = a.building();
                r.unit = a.unit().orElse(null);
                r.postalCode = a.postalCode();
                r.city = a.city();
                r.district = a.district().orElse(null);
                r.region = a.region().orElse(null);
                r.country = a.country();
                r.cityFolded = SearchText.fold(a.city());
                r.districtFolded = a.district().map(SearchText::fold).orElse(null);
                r.postalFolded = SearchText.foldPostalCode(a.postalCode());
                usage = a.usage();
            } else if (point instanceof WebsiteContact w) {
                r.url = w.url().toString();
                usage = w.usage();
            } else {
                MessengerContact m = (MessengerContact) point;
                r.service = m.service();
                r.handle = m.handle();
                usage = m.usage();
            }
            r.purpose = usage.purpose().name();
            r.preferred = usage.preferred();
            r.verifiedAt = usage.verifiedAt().orElse(null);
            r.note = usage.note().orElse(null);
            r.doNotContact = usage.doNotContact();
            e.contactPoints.add(r);
        }
    }

    static String hoursToText(WorkingHours hours) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<DayOfWeek, List<TimeWindow>> day : hours.asMap().entrySet()) {
            for (TimeWindow w : day.getValue()) {
                if (out.length() > 0) {
                    out.append(';');
                }
                out.append(day.getKey().name()).append(' ').append(w.from()).append('-').append(w.to());
            }
        }
        return out.toString();
    }

    static WorkingHours hoursFromText(String text) {
        WorkingHours hours = WorkingHours.closed();
        if (text.isEmpty()) {
            return hours;
        }
        for (String part : text.split(";")) {
            int space = part.indexOf(' ');
            int dash = part.indexOf('-', space);
            hours = hours.with(DayOfWeek.valueOf(part.substring(0, space)), TimeWindow.of(
                    LocalTime.parse(part.substring(space + 1, dash)), LocalTime.parse(part.substring(dash + 1))));
        }
        return hours;
    }

    // ------------------------------------------------------------------------------------------------ from rows

    /** Reads a party back from its rows; custom-field values are typed by {@code schema}. */
    static Party read(PartyEntity e, CustomFieldSchema schema) {
        Party.Builder<?, ?> b;
        List<List<ContactPoint>> holders = new ArrayList<>();
        for (int i = 0; i < e.contactPersons.size() + 1; i++) {
            holders.add(new ArrayList<>());
        }
        for (ContactPointRow r : e.contactPoints) {
            holders.get(r.holderIndex + 1).add(contactPoint(r));
        }
        if (PartyKind.valueOf(e.kind) == PartyKind.COMPANY) {
            Company.Builder c = Company.builder().legalName(e.legalName);
            if (e.shortName != null) {
                c.shortName(e.shortName);
            }
            if (e.legalForm != null) {
                c.legalForm(LegalForm.valueOf(e.legalForm));
            }
            if (e.nip != null) {
                c.nip(Nip.parse(e.nip));
            }
            if (e.euVat != null) {
                c.euVatNumber(EuVatNumber.parse(e.euVat));
            }
            if (e.foreignTax != null) { // "GB:123456789"
                int colon = e.foreignTax.indexOf(':');
                c.foreignTaxNumber(ForeignTaxNumber.of(e.foreignTax.substring(0, colon),
                        e.foreignTax.substring(colon + 1)));
            }
            if (e.regon != null) {
                c.regon(Regon.parse(e.regon));
            }
            if (e.krs != null) {
                c.krs(Krs.parse(e.krs));
            }
            if (e.industry != null) {
                c.industry(e.industry);
            }
            if (e.website != null) {
                c.website(URI.create(e.website));
            }
            if (e.workingHours != null) {
                c.workingHours(hoursFromText(e.workingHours));
            }
            if (e.employeeBand != null) {
                c.employeeCountBand(EmployeeCountBand.valueOf(e.employeeBand));
            }
            List<ContactPerson> persons = new ArrayList<>();
            for (ContactPersonRow r : e.contactPersons) {
                persons.add(new ContactPerson(PartyId.parse(r.personId), Optional.ofNullable(r.jobPosition),
                        Optional.ofNullable(r.department), r.since, Optional.ofNullable(r.until), r.primary,
                        holders.get(r.position + 1), CustomFieldJson.valuesFromJson(r.customFields, schema)));
            }
            c.contactPersons(persons);
            b = c;
        } else {
            Person.Builder p = Person.builder().givenNames(Objects.requireNonNullElse(e.givenNames, ""))
                    .familyName(Objects.requireNonNullElse(e.familyName, ""));
            if (e.birthDate != null) {
                p.birthDate(e.birthDate);
            }
            if (e.sex != null) {
                p.sex(Sex.valueOf(e.sex));
            }
            if (e.pesel != null) {
                p.pesel(Pesel.parse(e.pesel));
            }
            if (e.profession != null) {
                p.profession(e.profession);
            }
            if (e.contactFrom != null) {
                p.preferredContactTime(TimeWindow.of(e.contactFrom, e.contactTo));
            }
            if (e.languageTag != null) {
                p.preferredLanguage(Locale.forLanguageTag(e.languageTag));
            }
            b = p;
        }
        b.id(PartyId.parse(e.id)).version(e.version).status(PartyStatus.valueOf(e.status))
                .mergedInto(e.mergedInto == null ? null : PartyId.parse(e.mergedInto))
                .createdAt(e.createdAt).updatedAt(e.updatedAt);
        if (e.owner != null) {
            b.owner(UserId.of(e.owner));
        }
        b.ownerHistory(e.ownerHistory.stream().map(r -> new OwnerAssignment(UserId.of(r.owner), r.since,
                Optional.ofNullable(r.until), Optional.ofNullable(r.reason))).toList());
        b.roles(e.roles.stream().map(PartyMapping::role).toList());
        b.contactPoints(holders.get(0));
        b.importantDates(e.importantDates.stream().map(r -> new ImportantDate(ImportantDateKind.valueOf(r.kind),
                MonthDay.of(r.month, r.day), Optional.ofNullable(r.sinceYear).map(Year::of),
                Optional.ofNullable(r.label))).toList());
        b.interests(e.interests.stream().map(r -> r.interest).toList());
        b.tags(e.tags.stream().map(r -> Tag.of(r.tag)).toList());
        b.notes(e.notes.stream().map(r -> new Note(r.text, r.createdAt,
                Optional.ofNullable(r.author).map(UserId::of))).toList());
        b.customFields(CustomFieldJson.valuesFromJson(e.customFields, schema));
        return b.build();
    }

    private static PartyRole role(RoleRow r) {
        Optional<LeadDetails> lead = Optional.empty();
        if (r.leadSource != null) {
            Optional<UtmParameters> utm = r.utmSource == null ? Optional.empty()
                    : Optional.of(new UtmParameters(r.utmSource, Optional.ofNullable(r.utmMedium),
                    Optional.ofNullable(r.utmCampaign), Optional.ofNullable(r.utmTerm),
                    Optional.ofNullable(r.utmContent)));
            lead = Optional.of(new LeadDetails(LeadSource.valueOf(r.leadSource), LeadWarmth.valueOf(r.leadWarmth),
                    utm, Optional.ofNullable(r.sourceDetail), Optional.ofNullable(r.qualificationNotes)));
        }
        return new PartyRole(RoleType.of(r.type), r.since, Optional.ofNullable(r.until), lead);
    }

    private static ContactPoint contactPoint(ContactPointRow r) {
        ContactUsage usage = new ContactUsage(ContactPurpose.valueOf(r.purpose), r.preferred,
                Optional.ofNullable(r.verifiedAt), Optional.ofNullable(r.note), r.doNotContact);
        return switch (ContactPoint.Kind.valueOf(r.kind)) {
            case EMAIL -> new EmailContact(Email.of(r.email), usage);
            case PHONE -> new PhoneContact(PhoneNumber.parse(
                    r.phoneExtension == null ? r.phone : r.phone + " ext. " + r.phoneExtension), usage);
            case POSTAL_ADDRESS -> new PostalAddress(Optional.ofNullable(r.street), r.building,
                    Optional.ofNullable(r.unit), r.postalCode, r.city, Optional.ofNullable(r.district),
                    Optional.ofNullable(r.region), r.country, usage);
            case WEBSITE -> new WebsiteContact(URI.create(r.url), usage);
            case MESSENGER -> new MessengerContact(r.service, r.handle, usage);
        };
    }
}
