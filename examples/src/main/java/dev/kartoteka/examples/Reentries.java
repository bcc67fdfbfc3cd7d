package dev.kartoteka.examples;

import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.WebsiteContact;
import dev.kartoteka.examples.DuplicatePair.Variation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Re-entries: a client typed in again with the differences people make (see {@link Variation}), like crm-core's
 * labelled duplicate generators. A re-entry keeps at least one of PESEL, birth date, e-mail, phone or address in common
 * with its original, as a real one does, and differs from it in the model in at least one way.
 */
final class Reentries {

    private static final Set<Variation> ONLY_IN_CSV = EnumSet.of(Variation.PHONE_FORMAT, Variation.NIP_FORMAT,
            Variation.POSTAL_CODE_FORMAT);

    private Reentries() {
    }

    static ExampleParty of(Party original, PartyId id, Rng rng) {
        Set<Variation> v = EnumSet.noneOf(Variation.class);
        Party party = original instanceof Person p ? person(p, id, rng, v) : company((Company) original, id, rng, v);
        return new ExampleParty(party, Optional.empty(), List.of(), List.of(), List.of(),
                Optional.of(new DuplicatePair(original.id(), id, v)));
    }

    private static Person person(Person o, PartyId id, Rng rng, Set<Variation> v) {
        String given = o.givenNames();
        String family = o.familyName();
        if (rng.chance(0.3)) {
            family = Texts.typo(family, rng);
            v.add(Variation.NAME_TYPO);
        }
        if (rng.chance(0.15)) {
            given = Texts.typo(given, rng);
            v.add(Variation.GIVEN_NAME_TYPO);
        }
        boolean strip = rng.chance(0.3);
        if (strip) {
            given = strip(given, v);
            family = strip(family, v);
        }
        if (rng.chance(0.15) && !Texts.upper(family).equals(family)) {
            family = Texts.upper(family);
            v.add(Variation.UPPER_CASE);
        }
        if (rng.chance(0.1)) {
            String t = given;
            given = family;
            family = t;
            v.add(Variation.NAMES_SWAPPED);
        }
        Person.Builder b = Person.builder().id(id).givenNames(given).familyName(family);
        o.owner().ifPresent(b::owner);
        boolean pesel = false;
        if (o.pesel().isPresent()) {
            if (rng.chance(0.7)) {
                v.add(Variation.IDENTIFIERS_MISSING);
            } else {
                b.fromPesel(o.pesel().get());
                pesel = true;
            }
        }
        boolean birth = false;
        if (!pesel) {
            o.sex().ifPresent(b::sex);
            if (o.birthDate().isPresent()) {
                if (rng.chance(0.3)) {
                    v.add(Variation.BIRTH_DATE_MISSING);
                } else {
                    b.birthDate(o.birthDate().get());
                    birth = true;
                }
            }
        }
        int kept = (pesel ? 1 : 0) + (birth ? 1 : 0);
        kept += contactPoints(o, b, rng, v, strip, kept == 0);
        if (v.stream().allMatch(ONLY_IN_CSV::contains)) {
            b.familyName(Texts.typo(family, rng));
            v.add(Variation.NAME_TYPO);
        }
        return b.build();
    }

    private static Company company(Company o, PartyId id, Rng rng, Set<Variation> v) {
        String name = o.legalName();
        if (rng.chance(0.3)) {
            name = Texts.typo(name, rng);
            v.add(Variation.NAME_TYPO);
        }
        boolean strip = rng.chance(0.25);
        if (strip) {
            name = strip(name, v);
        }
        if (rng.chance(0.15) && !Texts.upper(name).equals(name)) {
            name = Texts.upper(name);
            v.add(Variation.UPPER_CASE);
        }
        Company.Builder b = Company.builder().id(id);
        o.owner().ifPresent(b::owner);
        Optional<LegalForm> form = o.legalForm();
        if (form.isPresent() && rng.chance(0.3)) {
            Optional<String> typed = typed(form.get(), rng);
            if (typed.isPresent()) {
                name = name + " " + typed.get();
                form = Optional.empty();
                v.add(Variation.LEGAL_FORM_IN_NAME);
            }
        }
        b.legalName(name);
        form.ifPresent(b::legalForm);
        boolean identifiers = o.nip().isPresent() || o.euVatNumber().isPresent();
        if (identifiers) {
            if (rng.chance(0.6)) {
                v.add(Variation.IDENTIFIERS_MISSING);
            } else if (o.nip().isPresent()) {
                b.nip(o.nip().get());
                if (rng.chance(0.5)) {
                    v.add(Variation.NIP_FORMAT);
                }
            } else {
                b.euVatNumber(o.euVatNumber().get());
            }
        }
        contactPoints(o, b, rng, v, strip, !identifiers || v.contains(Variation.IDENTIFIERS_MISSING));
        o.contactPoints(WebsiteContact.class).forEach(b::addContactPoint);
        o.website().ifPresent(b::website);
        if (v.stream().allMatch(ONLY_IN_CSV::contains)) {
            b.legalName(Texts.typo(name, rng));
            v.add(Variation.NAME_TYPO);
        }
        return b.build();
    }

    /** How people write a legal form into a name. */
    private static Optional<String> typed(LegalForm form, Rng rng) {
        String[] options = switch (form) {
            case LIMITED_LIABILITY_COMPANY -> new String[] {"sp. z o.o.", "Sp. z o.o.", "SP. Z O.O.",
                "Spółka z ograniczoną odpowiedzialnością"};
            case JOINT_STOCK_COMPANY -> new String[] {"S.A.", "SA", "Spółka Akcyjna"};
            case GENERAL_PARTNERSHIP -> new String[] {"sp.j.", "Sp. J.", "spółka jawna"};
            case LIMITED_PARTNERSHIP -> new String[] {"sp.k.", "Sp. k.", "spółka komandytowa"};
            case CIVIL_PARTNERSHIP -> new String[] {"s.c.", "S.C."};
            case PROFESSIONAL_PARTNERSHIP -> new String[] {"sp.p.", "spółka partnerska"};
            case SIMPLE_JOINT_STOCK_COMPANY -> new String[] {"P.S.A.", "prosta spółka akcyjna"};
            case GMBH -> new String[] {"GmbH", "GMBH"};
            case AG -> new String[] {"AG"};
            case BV -> new String[] {"B.V.", "BV"};
            case SARL -> new String[] {"S.A.R.L.", "SARL"};
            case SRO -> new String[] {"s.r.o.", "S.R.O."};
            default -> new String[0];
        };
        return options.length == 0 ? Optional.empty() : Optional.of(rng.pick(options));
    }

    /**
     * Copies the first e-mail, phone and address with their variations; returns how many of them were kept. With
     * {@code mustKeep}, a re-entry that would keep none keeps its e-mail, else its phone, else its address.
     */
    private static int contactPoints(Party o, Party.Builder<?, ?> b, Rng rng, Set<Variation> v, boolean strip,
                                     boolean mustKeep) {
        Optional<EmailContact> email = o.contactPoints(EmailContact.class).stream().findFirst();
        Optional<PhoneContact> phone = o.contactPoints(PhoneContact.class).stream().findFirst();
        Optional<PostalAddress> address = o.contactPoints(PostalAddress.class).stream().findFirst();
        boolean keepEmail = email.isPresent() && !rng.chance(0.3);
        boolean keepPhone = phone.isPresent() && !rng.chance(0.3);
        boolean keepAddress = address.isPresent() && !rng.chance(0.3);
        if (mustKeep && !keepEmail && !keepPhone && !keepAddress) {
            if (email.isPresent()) {
                keepEmail = true;
            } else if (phone.isPresent()) {
                keepPhone = true;
            } else {
                keepAddress = address.isPresent();
            }
        }
        if (email.isPresent() && !keepEmail) {
            v.add(Variation.EMAIL_MISSING);
        }
        if (phone.isPresent() && !keepPhone) {
            v.add(Variation.PHONE_MISSING);
        }
        if (address.isPresent() && !keepAddress) {
            v.add(Variation.ADDRESS_MISSING);
        }
        if (keepEmail) {
            String value = email.get().email().value();
            if (rng.chance(0.25)) {
                String capitalised = Character.toUpperCase(value.charAt(0)) + value.substring(1);
                if (!capitalised.equals(value)) {
                    value = capitalised;
                    v.add(Variation.EMAIL_CASE);
                }
            }
            b.addContactPoint(new EmailContact(Email.of(value), ContactUsage.main()));
        }
        if (keepPhone) {
            b.addContactPoint(phone.get().withUsage(ContactUsage.main()));
            if (rng.chance(0.4)) {
                v.add(Variation.PHONE_FORMAT);
            }
        }
        if (keepAddress) {
            b.addContactPoint(address(address.get(), rng, v, strip));
        }
        return (keepEmail ? 1 : 0) + (keepPhone ? 1 : 0) + (keepAddress ? 1 : 0);
    }

    private static PostalAddress address(PostalAddress a, Rng rng, Set<Variation> v, boolean strip) {
        Optional<String> street = a.street();
        if (street.isPresent() && rng.chance(0.25)) {
            String s = street.get();
            int space = s.indexOf(' ');
            if (space > 0 && s.substring(0, space).endsWith(".")) {
                street = Optional.of(s.substring(space + 1));
                v.add(Variation.STREET_PREFIX_DROPPED);
            }
        }
        if (street.isPresent() && rng.chance(0.1)) {
            String s = street.get();
            int space = s.lastIndexOf(' ');
            street = Optional.of(s.substring(0, space + 1) + Texts.typo(s.substring(space + 1), rng));
            v.add(Variation.STREET_TYPO);
        }
        Optional<String> district = a.district();
        if (district.isPresent() && rng.chance(0.3)) {
            district = Optional.empty();
            v.add(Variation.DISTRICT_MISSING);
        }
        String city = a.city();
        if (strip) {
            street = street.map(s -> strip(s, v));
            city = strip(city, v);
            district = district.map(d -> strip(d, v));
        }
        if (a.country().equals("PL") && rng.chance(0.2)) {
            v.add(Variation.POSTAL_CODE_FORMAT);
        }
        return new PostalAddress(street, a.building(), a.unit(), a.postalCode(), city, district, a.region(),
                a.country(), ContactUsage.main());
    }

    private static String strip(String text, Set<Variation> v) {
        String plain = Texts.withoutDiacritics(text);
        if (!plain.equals(text)) {
            v.add(Variation.DIACRITICS_DROPPED);
        }
        return plain;
    }
}
