package dev.kartoteka.examples;

import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.WebsiteContact;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes every generated value out explicitly (the model's {@code toString()} hides personal data), for the pinned
 * fingerprint that catches drift across machines and Java versions.
 */
final class Render {

    private Render() {
    }

    static String sha256(Stream<ExampleParty> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            entries.forEach(e -> digest.update(entry(e).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String entry(ExampleParty e) {
        StringBuilder b = new StringBuilder();
        b.append(party(e.party())).append(" intended=").append(e.intendedType().map(Enum::name).orElse("-"))
                .append(e.duplicateOf().map(d -> " duplicates=" + d.original() + d.variations()).orElse(""))
                .append('\n');
        for (Transaction t : e.transactions()) {
            b.append("  T ").append(t.id()).append(' ').append(t.type()).append(' ').append(t.date()).append(' ')
                    .append(t.amount().amount().toPlainString()).append(' ').append(t.amount().currency())
                    .append(" margin=").append(t.margin().map(m -> m.amount().toPlainString()).orElse("-"))
                    .append(' ').append(t.status()).append(' ').append(t.externalReference().orElse("-")).append('\n');
        }
        for (Interaction i : e.interactions()) {
            b.append("  I ").append(i.id()).append(' ').append(i.at()).append(' ').append(i.type()).append(' ')
                    .append(i.direction()).append(' ').append(i.channel().map(Enum::name).orElse("-")).append(' ')
                    .append(i.author().map(Object::toString).orElse("-")).append(" | ").append(i.subject())
                    .append(" | ").append(i.outcome().orElse("-")).append(" cp=")
                    .append(i.contactPerson().map(Object::toString).orElse("-")).append(" fu=")
                    .append(i.followUp().map(Object::toString).orElse("-")).append('/')
                    .append(i.followUpDoneAt().map(Object::toString).orElse("-")).append('\n');
        }
        for (ExampleConsent c : e.consents()) {
            b.append("  C ").append(c.action()).append(' ').append(c.channel()).append(' ').append(c.purpose())
                    .append(' ').append(c.source()).append(' ').append(c.at()).append(' ')
                    .append(c.evidence().orElse("-")).append('\n');
        }
        return b.toString();
    }

    static String party(Party p) {
        StringBuilder b = new StringBuilder();
        b.append(p.kind()).append(' ').append(p.id()).append(' ');
        if (p instanceof Person x) {
            b.append(x.givenNames()).append('|').append(x.familyName()).append('|').append(x.birthDate().orElse(null))
                    .append('|').append(x.sex().orElse(null)).append('|')
                    .append(x.pesel().map(v -> v.value()).orElse("-")).append('|').append(x.profession().orElse("-"))
                    .append('|').append(x.preferredContactTime().map(t -> t.from() + "-" + t.to()).orElse("-"))
                    .append('|').append(x.preferredLanguage().map(l -> l.toLanguageTag()).orElse("-"));
        } else {
            Company c = (Company) p;
            b.append(c.legalName()).append('|').append(c.shortName().orElse("-")).append('|')
                    .append(c.legalForm().map(Enum::name).orElse("-")).append('|')
                    .append(c.nip().map(v -> v.value()).orElse("-")).append('|')
                    .append(c.euVatNumber().map(v -> v.value()).orElse("-")).append('|')
                    .append(c.regon().map(v -> v.value()).orElse("-")).append('|')
                    .append(c.krs().map(v -> v.value()).orElse("-")).append('|').append(c.industry().orElse("-"))
                    .append('|').append(c.website().map(Object::toString).orElse("-")).append('|')
                    .append(c.workingHours().map(w -> w.asMap().toString()).orElse("-")).append('|')
                    .append(c.employeeCountBand().map(Enum::name).orElse("-"));
            for (ContactPerson cp : c.contactPersons()) {
                b.append(" CP ").append(cp.person()).append('/').append(cp.position().orElse("-")).append('/')
                        .append(cp.department().orElse("-")).append('/').append(cp.since()).append('/')
                        .append(cp.until().orElse(null)).append('/').append(cp.primary());
            }
        }
        b.append(" owner=").append(p.owner().map(Object::toString).orElse("-"));
        for (PartyRole r : p.roles()) {
            b.append(" R ").append(r.type()).append(' ').append(r.since()).append(' ').append(r.until().orElse(null));
            r.lead().ifPresent(l -> b.append(' ').append(l.source()).append(' ').append(l.warmth()).append(' ')
                    .append(l.utm().map(u -> u.source() + "/" + u.medium().orElse("-") + "/"
                            + u.campaign().orElse("-")).orElse("-"))
                    .append(' ').append(l.sourceDetail().orElse("-")));
        }
        for (ContactPoint cp : p.contactPoints()) {
            b.append(" P ").append(cp.kind()).append(' ').append(cp.usage().purpose()).append(' ');
            if (cp instanceof EmailContact e) {
                b.append(e.email().value());
            } else if (cp instanceof PhoneContact ph) {
                b.append(ph.phone().value()).append(' ').append(ph.phone().lineType());
            } else if (cp instanceof PostalAddress a) {
                b.append(a.street().orElse("-")).append('|').append(a.building()).append('|')
                        .append(a.unit().orElse("-"))
                        .append('|').append(a.postalCode()).append('|').append(a.city()).append('|')
                        .append(a.district().orElse("-")).append('|').append(a.region().orElse("-")).append('|')
                        .append(a.country());
            } else if (cp instanceof WebsiteContact w) {
                b.append(w.url());
            }
        }
        for (ImportantDate d : p.importantDates()) {
            b.append(" D ").append(d.kind()).append(' ').append(d.day()).append(' ').append(d.since().orElse(null));
        }
        b.append(" interests=").append(p.interests()).append(" tags=").append(p.tags());
        Map<String, Object> fields = new TreeMap<>(p.customFields().asMap());
        b.append(" fields=").append(fields);
        return b.toString();
    }
}
