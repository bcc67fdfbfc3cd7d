package dev.kartoteka.core.internal;

import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.Person;
import java.util.List;
import java.util.Set;

/**
 * Removes the fields an access policy masks from a party handed out, and puts their stored values back into a party
 * written by an actor who could not see them.
 *
 * <p>Field names: {@code pesel}, {@code birthDate}, {@code sex}, {@code profession}, {@code givenNames},
 * {@code familyName} (persons); {@code nip}, {@code regon}, {@code krs}, {@code euVatNumber}, {@code foreignTaxNumber},
 * {@code industry}
 * (companies); {@code contactPoints}, {@code importantDates}, {@code interests}, {@code notes}, {@code tags},
 * {@code customFields} or {@code customFields.<key>} (all). Required names are replaced by {@value #MASK}; everything
 * else is left out.
 *
 * <p>This is an internal API of Kartoteka; do not use it from outside.
 */
public final class FieldMasking {

    /** What a masked required text shows. */
    public static final String MASK = "***";

    private FieldMasking() {
    }

    /**
     * @param party the party as stored
     * @param masked the masked field names
     * @return the party without the masked fields
     */
    public static Party mask(Party party, Set<String> masked) {
        if (masked.isEmpty()) {
            return party;
        }
        Party.Builder<?, ?> b = party.toBuilder();
        if (masked.contains("contactPoints")) {
            b.contactPoints(List.of());
        }
        if (masked.contains("importantDates")) {
            b.importantDates(List.of());
        }
        if (masked.contains("interests")) {
            b.interests(List.of());
        }
        if (masked.contains("notes")) {
            b.notes(List.of());
        }
        if (masked.contains("tags")) {
            b.tags(List.of());
        }
        b.customFields(maskCustomFields(party.customFields(), masked));
        if (party instanceof Person p) {
            Person.Builder pb = (Person.Builder) b;
            if (masked.contains("pesel")) {
                pb.pesel(null);
            }
            if (masked.contains("birthDate")) {
                pb.birthDate(null);
            }
            if (masked.contains("sex")) {
                pb.sex(null);
            }
            if (masked.contains("profession")) {
                pb.profession(null);
            }
            if (masked.contains("givenNames")) {
                pb.givenNames(MASK);
            }
            if (masked.contains("familyName")) {
                pb.familyName(MASK);
            }
        } else if (party instanceof Company c) {
            Company.Builder cb = (Company.Builder) b;
            if (masked.contains("customFields") || masked.contains("contactPoints")) {
                cb.contactPersons(c.contactPersons().stream().map(cp -> {
                    dev.kartoteka.core.party.ContactPerson out = cp;
                    if (masked.contains("customFields")) {
                        out = out.withCustomFields(CustomFieldValues.empty());
                    }
                    if (masked.contains("contactPoints")) {
                        out = new dev.kartoteka.core.party.ContactPerson(out.person(), out.position(), out.department(),
                                out.since(), out.until(), out.primary(), List.of(), out.customFields());
                    }
                    return out;
                }).toList());
            }
            if (masked.contains("nip")) {
                cb.nip(null);
            }
            if (masked.contains("regon")) {
                cb.regon(null);
            }
            if (masked.contains("krs")) {
                cb.krs(null);
            }
            if (masked.contains("euVatNumber")) {
                cb.euVatNumber(null);
            }
            if (masked.contains("foreignTaxNumber")) {
                cb.foreignTaxNumber(null);
            }
            if (masked.contains("industry")) {
                cb.industry(null);
            }
        }
        return b.build();
    }

    /**
     * Puts the stored values of masked fields back into a party written by an actor who saw it masked, so that a
     * masked field can neither be read nor changed nor erased by that actor.
     *
     * @param written the party the actor wrote
     * @param stored the party as stored
     * @param masked the fields masked for the actor
     * @return the party to store
     */
    public static Party unmask(Party written, Party stored, Set<String> masked) {
        if (masked.isEmpty()) {
            return written;
        }
        Party.Builder<?, ?> b = written.toBuilder();
        if (masked.contains("contactPoints")) {
            b.contactPoints(stored.contactPoints());
        }
        if (masked.contains("importantDates")) {
            b.importantDates(stored.importantDates());
        }
        if (masked.contains("interests")) {
            b.interests(stored.interests());
        }
        if (masked.contains("notes")) {
            b.notes(stored.notes());
        }
        if (masked.contains("tags")) {
            b.tags(stored.tags());
        }
        CustomFieldValues values = written.customFields();
        for (String key : stored.customFields().keys()) {
            if (masked.contains("customFields") || masked.contains("customFields." + key)) {
                values = values.with(key, stored.customFields().get(key).orElseThrow());
            }
        }
        b.customFields(values);
        if (written instanceof Person w && stored instanceof Person s) {
            Person.Builder pb = (Person.Builder) b;
            if (masked.contains("pesel")) {
                pb.pesel(s.pesel().orElse(null));
            }
            if (masked.contains("birthDate")) {
                pb.birthDate(s.birthDate().orElse(null));
            }
            if (masked.contains("sex")) {
                pb.sex(s.sex().orElse(null));
            }
            if (masked.contains("profession")) {
                pb.profession(s.profession().orElse(null));
            }
            if (masked.contains("givenNames")) {
                pb.givenNames(s.givenNames());
            }
            if (masked.contains("familyName")) {
                pb.familyName(s.familyName());
            }
        } else if (written instanceof Company w && stored instanceof Company s) {
            Company.Builder cb = (Company.Builder) b;
            if (masked.contains("customFields") || masked.contains("contactPoints")) {
                cb.contactPersons(w.contactPersons().stream().map(cp -> s.contactPersons().stream()
                        .filter(o -> o.person().equals(cp.person()) && o.since().equals(cp.since())).findFirst()
                        .map(o -> new dev.kartoteka.core.party.ContactPerson(cp.person(), cp.position(),
                                cp.department(), cp.since(), cp.until(), cp.primary(),
                                masked.contains("contactPoints") ? o.contactPoints() : cp.contactPoints(),
                                masked.contains("customFields") ? o.customFields() : cp.customFields()))
                        .orElse(cp)).toList());
            }
            if (masked.contains("nip")) {
                cb.nip(s.nip().orElse(null));
            }
            if (masked.contains("regon")) {
                cb.regon(s.regon().orElse(null));
            }
            if (masked.contains("krs")) {
                cb.krs(s.krs().orElse(null));
            }
            if (masked.contains("euVatNumber")) {
                cb.euVatNumber(s.euVatNumber().orElse(null));
            }
            if (masked.contains("foreignTaxNumber")) {
                cb.foreignTaxNumber(s.foreignTaxNumber().orElse(null));
            }
            if (masked.contains("industry")) {
                cb.industry(s.industry().orElse(null));
            }
        }
        return b.build();
    }

    private static CustomFieldValues maskCustomFields(CustomFieldValues values, Set<String> masked) {
        if (masked.contains("customFields")) {
            return CustomFieldValues.empty();
        }
        CustomFieldValues out = values;
        for (String key : values.keys()) {
            if (masked.contains("customFields." + key)) {
                out = out.without(key);
            }
        }
        return out;
    }

    /**
     * Tells whether an audit path belongs to a masked field.
     *
     * @param path an audit field path, e.g. {@code "pesel"} or {@code "contactPoints[2]"}
     * @param masked the masked field names
     * @return {@code true} if its values must be masked
     */
    public static boolean covers(String path, Set<String> masked) {
        if (masked.contains("contactPoints") && path.startsWith("consents[")
                && (path.endsWith(".contactPoint") || path.endsWith(".evidence"))) {
            return true; // consent events name the contact point and hold the evidence
        }
        for (String m : masked) {
            if (path.equals(m) || path.startsWith(m + "[") || path.startsWith(m + ".") || path.endsWith("." + m)
                    || path.contains("." + m + ".") || path.contains("." + m + "[")) {
                return true; // also nested: contactPersons[1].customFields.x is covered by customFields
            }
        }
        return false;
    }
}
