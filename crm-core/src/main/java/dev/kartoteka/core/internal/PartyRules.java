package dev.kartoteka.core.internal;

import dev.kartoteka.core.Violation;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PostalAddress;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a party: Jakarta Validation constraints on the model (through Hibernate Validator), then the rules that
 * span several fields. Every violation is collected; nothing stops at the first.
 *
 * <p>This is an internal API of Kartoteka; do not use it from outside.
 */
public final class PartyRules {

    private static final Pattern PL_POSTAL_CODE = Pattern.compile("\\d{2}-\\d{3}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern CONTAINER_NODE = Pattern.compile("\\.?<[^>]+>");

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private final Validator validator;

    /**
     * @param clock the registry's clock: {@code @Past} and similar constraints are evaluated against it
     */
    public PartyRules(java.time.Clock clock) {
        java.util.Objects.requireNonNull(clock, "clock");
        this.validator = FACTORY.usingContext().clockProvider(() -> clock).getValidator();
    }

    /**
     * Lists every rule the party breaks that can be checked without the store.
     *
     * @param party the party
     * @return the violations, in a stable order
     */
    public List<Violation> check(Party party) {
        List<Violation> out = new ArrayList<>();
        validator.validate(party).stream()
                .map(PartyRules::toViolation)
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::expected))
                .forEach(out::add);
        checkContactPoints(party.contactPoints(), "contactPoints", out);
        checkRoles(party.roles(), out);
        if (party instanceof Person person) {
            checkPerson(person, out);
        } else if (party instanceof Company company) {
            checkCompany(company, out);
        }
        return out;
    }

    private static Violation toViolation(ConstraintViolation<Party> v) {
        String path = CONTAINER_NODE.matcher(v.getPropertyPath().toString()).replaceAll("");
        return new Violation(path, Mask.mask(v.getInvalidValue()), v.getMessage());
    }

    private static void checkPerson(Person person, List<Violation> out) {
        if (person.pesel().isPresent()) {
            Pesel pesel = person.pesel().get();
            person.birthDate().filter(d -> !d.equals(pesel.birthDate())).ifPresent(d -> out.add(
                    new Violation("birthDate", Mask.mask(d), "the birth date encoded in the PESEL")));
            person.sex().filter(s -> s != pesel.sex()).ifPresent(s -> out.add(
                    new Violation("sex", Mask.mask(s), "the sex encoded in the PESEL")));
        }
    }

    private static void checkCompany(Company company, List<Violation> out) {
        if (company.nip().isPresent() && company.euVatNumber().isPresent()
                && company.euVatNumber().get().countryCode().equals("PL")
                && !company.euVatNumber().get().number().equals(company.nip().get().value())) {
            out.add(new Violation("euVatNumber", Mask.mask(company.euVatNumber().get().value()),
                    "the company's NIP with the PL prefix"));
        }
        List<ContactPerson> persons = company.contactPersons();
        for (int i = 0; i < persons.size(); i++) {
            ContactPerson cp = persons.get(i);
            checkContactPoints(cp.contactPoints(), "contactPersons[" + i + "].contactPoints", out);
            if (!cp.primary()) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                ContactPerson other = persons.get(j);
                if (other.primary() && overlaps(cp.since(), cp.until().orElse(null), other.since(),
                        other.until().orElse(null))) {
                    out.add(new Violation("contactPersons[" + i + "].primary", "true",
                            "at most one primary contact person at a time; overlaps contactPersons[" + j + "]"));
                }
            }
        }
    }

    private static void checkRoles(List<PartyRole> roles, List<Violation> out) {
        for (int i = 0; i < roles.size(); i++) {
            PartyRole r = roles.get(i);
            for (int j = 0; j < i; j++) {
                PartyRole o = roles.get(j);
                if (o.type().equals(r.type()) && overlaps(r.since(), r.until().orElse(null), o.since(),
                        o.until().orElse(null))) {
                    out.add(new Violation("roles[" + i + "]", r.type() + " from " + r.since(),
                            "no overlap with roles[" + j + "] of the same type " + o.type()));
                }
            }
        }
    }

    private static void checkContactPoints(List<ContactPoint> points, String path, List<Violation> out) {
        EnumSet<ContactPoint.Kind> preferred = EnumSet.noneOf(ContactPoint.Kind.class);
        for (int i = 0; i < points.size(); i++) {
            ContactPoint cp = points.get(i);
            String at = path + "[" + i + "]";
            if (cp.preferred() && !preferred.add(cp.kind())) {
                out.add(new Violation(at + ".usage.preferred", "true",
                        "at most one preferred contact point of kind " + cp.kind()));
            }
            if (cp instanceof PostalAddress a) {
                if (a.building().isBlank() && (a.street().isPresent() || a.unit().isPresent()
                        || !a.building().isEmpty())) {
                    // blank only in an address of a place alone: a street or a flat needs its building number
                    out.add(new Violation(at + ".building", Mask.mask(a.building()), "must not be blank"));
                }
                if (!a.postalCode().isEmpty() && a.postalCode().isBlank()) {
                    out.add(new Violation(at + ".postalCode", Mask.mask(a.postalCode()),
                            "a postal code, or empty if not known"));
                }
                if (!COUNTRIES.contains(a.country())) {
                    out.add(new Violation(at + ".country", a.country(), "an ISO 3166-1 alpha-2 country code such as PL"));
                } else if (a.country().equals("PL") && !a.postalCode().isBlank()
                        && !PL_POSTAL_CODE.matcher(a.postalCode()).matches()) {
                    out.add(new Violation(at + ".postalCode", Mask.mask(a.postalCode()),
                            "a Polish postal code in the form NN-NNN, e.g. 90-926"));
                }
            }
        }
    }

    private static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        boolean aStartsBeforeBEnds = bTo == null || !aFrom.isAfter(bTo);
        boolean bStartsBeforeAEnds = aTo == null || !bFrom.isAfter(aTo);
        return aStartsBeforeBEnds && bStartsBeforeAEnds;
    }
}
