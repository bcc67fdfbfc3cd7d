package dev.kartoteka.examples;

import dev.kartoteka.segmentation.activity.ActivityType;
import static dev.kartoteka.examples.Identities.pad;

import dev.kartoteka.core.consent.ConsentAction;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.history.Direction;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionChannel;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.history.TransactionStatus;
import dev.kartoteka.core.history.TransactionType;
import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
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
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.TimeWindow;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.party.UtmParameters;
import dev.kartoteka.core.party.WebsiteContact;
import dev.kartoteka.core.party.WorkingHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Generates the parties of one client at a time — contact persons, the client, a re-entry — from the data set's
 * settings and the client's number alone. Every decision draws from an {@link Rng} keyed by (seed, client number,
 * purpose), so a purpose that draws more or fewer numbers never shifts another, and any client can be generated
 * without the ones before it.
 */
final class Generator {

    private static final long IDENTITY = 1;
    private static final long HISTORY = 2;
    private static final long CONTACTS = 3;
    private static final long INTERACTIONS = 4;
    private static final long CONSENTS = 5;
    private static final long REENTRY = 6;
    private static final long SPREAD_PERSONS = 7;
    private static final long SPREAD_COMPANIES = 8;

    private static final java.util.Currency PLN = java.util.Currency.getInstance("PLN");
    private static final Set<LegalForm> IN_KRS = Set.of(LegalForm.LIMITED_LIABILITY_COMPANY,
            LegalForm.JOINT_STOCK_COMPANY, LegalForm.SIMPLE_JOINT_STOCK_COMPANY, LegalForm.GENERAL_PARTNERSHIP,
            LegalForm.LIMITED_PARTNERSHIP, LegalForm.PROFESSIONAL_PARTNERSHIP, LegalForm.FOUNDATION,
            LegalForm.ASSOCIATION, LegalForm.COOPERATIVE);
    private static final LegalForm[] POLISH_FORMS = {LegalForm.LIMITED_LIABILITY_COMPANY,
        LegalForm.SOLE_PROPRIETORSHIP, LegalForm.JOINT_STOCK_COMPANY, LegalForm.GENERAL_PARTNERSHIP,
        LegalForm.LIMITED_PARTNERSHIP, LegalForm.CIVIL_PARTNERSHIP, LegalForm.SIMPLE_JOINT_STOCK_COMPANY,
        LegalForm.PROFESSIONAL_PARTNERSHIP, LegalForm.FOUNDATION, LegalForm.ASSOCIATION, LegalForm.COOPERATIVE};
    private static final double[] POLISH_FORM_WEIGHTS = {45, 20, 5, 8, 7, 5, 3, 2, 2, 2, 1};
    private static final LeadSource[] SOURCES = {LeadSource.WEB_FORM, LeadSource.CAMPAIGN, LeadSource.REFERRAL,
        LeadSource.CALL, LeadSource.SOCIAL, LeadSource.EVENT, LeadSource.IMPORT, LeadSource.OTHER};
    private static final double[] SOURCE_WEIGHTS = {30, 15, 15, 10, 10, 10, 5, 5};

    private final ExampleData data;
    private final Identities ids;
    private final Histories histories;
    private final long seed;
    private final long asOf;
    private final long clients;
    private final double[] cumulative;

    Generator(ExampleData data) {
        this.data = data;
        this.seed = data.seed();
        this.asOf = data.asOf().toEpochDay();
        this.ids = new Identities(seed, data.asOf());
        this.histories = new Histories(data.purchaseFrequency(), data.spend(), data.asOf(), data.historyYears());
        this.clients = data.clients();
        ActivityType[] types = ActivityType.values();
        this.cumulative = new double[types.length];
        double sum = 0;
        for (ActivityType t : types) {
            sum += data.shares().raw(t);
            cumulative[t.ordinal()] = sum;
        }
    }

    Identities identities() {
        return ids;
    }

    // ------------------------------------------------------------------------------------------------- the spread

    /** Companies among the clients before {@code client}: spread evenly, Bresenham-style. */
    long companiesBefore(long client) {
        return clients == 0 ? 0 : Math.floorDiv(client * data.companies(), clients);
    }

    boolean isCompany(long client) {
        return companiesBefore(client + 1) > companiesBefore(client);
    }

    /**
     * A low-discrepancy point in [0, 1) for the {@code index}-th person or company: the additive recurrence with the
     * golden ratio in 64-bit fixed point, from a seed-dependent start. Any run of clients gets nearly the exact mix.
     */
    private double spread(boolean company, long index) {
        long start = Rng.mix(seed ^ (company ? SPREAD_COMPANIES : SPREAD_PERSONS));
        return ((start + index * 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53;
    }

    /** The type the client is aimed at; for the drawn mode, POTENTIAL, VIP or empty (the history decides). */
    private Optional<ActivityType> target(boolean company, long index) {
        double u = spread(company, index);
        ActivityShares shares = data.shares();
        if (shares.asDrawn()) {
            double potential = shares.raw(ActivityType.POTENTIAL);
            if (u < potential) {
                return Optional.of(ActivityType.POTENTIAL);
            }
            return u < potential + shares.raw(ActivityType.VIP) ? Optional.of(ActivityType.VIP)
                    : Optional.empty();
        }
        ActivityType[] types = ActivityType.values();
        for (ActivityType t : types) {
            if (u < cumulative[t.ordinal()] && shares.raw(t) > 0) {
                return Optional.of(t);
            }
        }
        for (int i = types.length - 1; i >= 0; i--) {
            if (shares.raw(types[i]) > 0) {
                return Optional.of(types[i]);
            }
        }
        throw new IllegalStateException("no activity type has a share");
    }

    // ------------------------------------------------------------------------------------------------ one client

    /** What the client's history came out as; {@code partnerSince} is {@link Long#MIN_VALUE} for no partner role. */
    private record Course(ActivityType type, Histories.Purchases purchases, long leadSince,
                          @Nullable LeadDetails lead, boolean stale, long partnerSince) {

        long start() {
            return purchases.bought() ? purchases.relationshipStart() : leadSince;
        }
    }

    /** The parties of client {@code client}: its contact persons, the client, its re-entry. */
    List<ExampleParty> group(long client) {
        boolean company = isCompany(client);
        long kindIndex = company ? companiesBefore(client) : client - companiesBefore(client);
        Rng identity = Rng.of(seed, client, IDENTITY);
        Course course = course(company, kindIndex, Rng.of(seed, client, HISTORY));
        PartyId id = ids.partyId(client, Identities.CLIENT);
        UserId owner = UserId.of(identity.pick(Vocabulary.OWNERS));
        List<ExampleParty> out = new ArrayList<>(5);
        Party party;
        List<PartyId> contactIds = new ArrayList<>(3);
        Rng consentRng = Rng.of(seed, client, CONSENTS);
        List<ExampleConsent> consents;
        if (company) {
            Company.Builder b = Company.builder().id(id);
            CompanyFacts facts = company(b, kindIndex, identity);
            List<Person> contacts = contactPersons(client, kindIndex, facts, course, Rng.of(seed, client, CONTACTS));
            for (int j = 0; j < contacts.size(); j++) {
                Person cp = contacts.get(j);
                contactIds.add(cp.id());
                ContactPerson link = ContactPerson.of(cp.id(), LocalDate.ofEpochDay(Math.min(course.start(), asOf)))
                        .withPosition(facts.positions.get(j))
                        .withDepartment(facts.departments.get(j))
                        .withPrimary(j == 0);
                b.addContactPerson(link);
                out.add(new ExampleParty(cp, Optional.empty(), List.of(), List.of(), List.of(), Optional.empty()));
            }
            consents = consents(id, course, !b.build().contactPoints(EmailContact.class).isEmpty(), true, false,
                    consentRng);
            b.industry(facts.industry[1]).customField("industry", facts.industry[0]);
            if (identity.chance(0.7)) {
                b.customField("annual_budget", BigDecimal.valueOf(identity.between(20, 5_000) * 1000L, 0)
                        .setScale(2, RoundingMode.UNNECESSARY));
            }
            b.tag("b2b");
            if (facts.abroad) {
                b.tag("eksport");
            }
            finish(b, course, owner, consents);
            party = b.build();
        } else {
            Person.Builder b = Person.builder().id(id);
            person(b, kindIndex, identity);
            Person draft = b.build();
            boolean mobile = draft.contactPoints(PhoneContact.class).stream()
                    .anyMatch(p -> p.phone().lineType() == dev.kartoteka.core.identifier.PhoneNumber.LineType.MOBILE);
            consents = consents(id, course, !draft.contactPoints(EmailContact.class).isEmpty(),
                    !draft.contactPoints(PhoneContact.class).isEmpty(), mobile, consentRng);
            if (identity.chance(0.6)) {
                b.customField("preferred_channel", identity.pick(new String[] {"email", "phone", "sms", "post"}));
            }
            finish(b, course, owner, consents);
            party = b.build();
        }
        List<Transaction> transactions = transactions(client, id, course.purchases(),
                Rng.of(seed, client, HISTORY + 100));
        List<Interaction> interactions = interactions(client, id, company, course, contactIds, owner,
                Rng.of(seed, client, INTERACTIONS));
        out.add(new ExampleParty(party, Optional.of(course.type()), transactions, interactions, consents,
                Optional.empty()));
        Rng again = Rng.of(seed, client, REENTRY);
        if (data.duplicateShare() > 0 && again.chance(data.duplicateShare())) {
            out.add(Reentries.of(party, ids.partyId(client, Identities.REENTRY), again));
        }
        return out;
    }

    private Course course(boolean company, long index, Rng rng) {
        Optional<ActivityType> target = target(company, index);
        if (target.isPresent() && target.get() == ActivityType.POTENTIAL) {
            long since = asOf - rng.between(1, 330);
            return new Course(ActivityType.POTENTIAL, Histories.Purchases.NONE, since, lead(rng, 0.3, 0.5),
                    false, Long.MIN_VALUE);
        }
        if (data.shares().asDrawn()) {
            Histories.Purchases p = histories.drawn(rng);
            ActivityType type = histories.classify(p, false);
            boolean partner = company && type == ActivityType.TRUSTED_PARTNER && rng.chance(0.5);
            return buyer(target.orElse(type), p, partner, rng);
        }
        ActivityType type = target.orElseThrow();
        if (type == ActivityType.INACTIVE && rng.chance(0.2)) {
            long since = asOf - rng.between(420, histories.horizon());
            return new Course(type, Histories.Purchases.NONE, since, lead(rng, 0, 0.3), true, Long.MIN_VALUE);
        }
        Histories.Purchases p = histories.conditioned(type, rng);
        boolean partner = company && type == ActivityType.TRUSTED_PARTNER && rng.chance(0.5);
        return buyer(type, p, partner, rng);
    }

    /** A buyer's course; a partner became one half a year to two years after its first purchase. */
    private Course buyer(ActivityType type, Histories.Purchases p, boolean partner, Rng rng) {
        long leadSince = p.leadSince();
        LeadDetails lead = leadSince == Long.MIN_VALUE ? null : lead(rng, 0.6, 0.4);
        long partnerSince = partner ? Math.min(asOf, p.first() + rng.between(180, 730)) : Long.MIN_VALUE;
        return new Course(type, p, leadSince, lead, false, partnerSince);
    }

    private static LeadDetails lead(Rng rng, double hot, double warm) {
        LeadSource source = SOURCES[rng.weighted(SOURCE_WEIGHTS)];
        double u = rng.nextDouble();
        LeadWarmth warmth = u < hot ? LeadWarmth.HOT : u < hot + warm ? LeadWarmth.WARM : LeadWarmth.COLD;
        LeadDetails d = LeadDetails.of(source, warmth);
        switch (source) {
            case CAMPAIGN, SOCIAL -> {
                String[] utm = rng.pick(Vocabulary.UTM);
                d = d.withUtm(UtmParameters.of(utm[0], utm[1], utm[2]));
            }
            case WEB_FORM -> {
                if (rng.chance(0.4)) {
                    String[] utm = rng.pick(Vocabulary.UTM);
                    d = d.withUtm(UtmParameters.of(utm[0], utm[1], utm[2]));
                }
            }
            case REFERRAL -> d = d.withSourceDetail("polecenie od klienta");
            case EVENT -> d = d.withSourceDetail(rng.pick(Vocabulary.EVENTS));
            default -> {
            }
        }
        return d;
    }

    /** Roles, owner, tags, custom fields and important dates that follow from the history. */
    private void finish(Party.Builder<?, ?> b, Course c, UserId owner, List<ExampleConsent> consents) {
        b.owner(owner);
        Histories.Purchases p = c.purchases();
        if (p.bought()) {
            LocalDate first = LocalDate.ofEpochDay(p.first());
            LeadDetails lead = c.lead();
            if (lead != null) {
                b.addRole(PartyRole.lead(lead, LocalDate.ofEpochDay(c.leadSince())).endedOn(first.minusDays(1)));
            }
            b.addRole(PartyRole.of(RoleType.CLIENT, first));
            b.customField("customer_since", first);
            if (c.partnerSince() != Long.MIN_VALUE) {
                b.addRole(PartyRole.of(RoleType.PARTNER, LocalDate.ofEpochDay(c.partnerSince())));
            }
        } else {
            b.addRole(PartyRole.lead(java.util.Objects.requireNonNull(c.lead(), "lead"),
                    LocalDate.ofEpochDay(c.leadSince())));
        }
        if (c.type() == ActivityType.VIP) {
            b.tag("vip");
        }
        boolean newsletter = false;
        for (ExampleConsent e : consents) {
            if (e.purpose().equals(ConsentPurpose.NEWSLETTER)) {
                newsletter = e.action() == ConsentAction.GRANTED;
            }
        }
        b.customField("newsletter", newsletter);
    }

    // ------------------------------------------------------------------------------------------------------ persons

    private enum Origin { PL, UA_IN_PL, UA, DE, GB }

    private void person(Person.Builder b, long index, Rng rng) {
        Identities.Birth birth = ids.birth(index);
        Sex sex = birth.sex();
        boolean male = sex == Sex.MALE;
        Origin origin = Origin.PL;
        if (rng.chance(data.foreignShare())) {
            origin = new Origin[] {Origin.UA_IN_PL, Origin.UA_IN_PL, Origin.UA, Origin.DE, Origin.GB}[rng.nextInt(5)];
        }
        String given;
        String family;
        Vocabulary.Abroad abroad = Vocabulary.ABROAD_PERSONS.get(0);
        switch (origin) {
            case PL -> {
                given = rng.pickSkewed(male ? Vocabulary.MALE : Vocabulary.FEMALE);
                if (rng.chance(0.05)) {
                    String second = rng.pick(male ? Vocabulary.MALE : Vocabulary.FEMALE);
                    if (!second.equals(given)) {
                        given = given + " " + second;
                    }
                }
                family = polishSurname(rng, male);
                if (!male && rng.chance(0.04)) {
                    family = family + "-" + polishSurname(rng, false);
                }
            }
            case UA, UA_IN_PL -> {
                given = rng.pick(male ? Vocabulary.UA_MALE : Vocabulary.UA_FEMALE);
                family = rng.pick(Vocabulary.UA_SURNAMES);
                abroad = Vocabulary.ABROAD_PERSONS.get(3);
            }
            case DE -> {
                given = rng.pick(male ? Vocabulary.DE_MALE : Vocabulary.DE_FEMALE);
                family = rng.pick(Vocabulary.DE_SURNAMES);
                abroad = rng.pick(List.of(Vocabulary.ABROAD_PERSONS.get(0), Vocabulary.ABROAD_PERSONS.get(1)));
            }
            default -> {
                given = rng.pick(male ? Vocabulary.GB_MALE : Vocabulary.GB_FEMALE);
                family = rng.pick(Vocabulary.GB_SURNAMES);
                abroad = Vocabulary.ABROAD_PERSONS.get(2);
            }
        }
        b.givenNames(given).familyName(family).sex(sex);
        boolean birthKnown = true;
        if (origin == Origin.PL && rng.chance(0.6)) {
            b.fromPesel(birth.pesel());
        } else if (rng.chance(0.5)) {
            b.birthDate(birth.date());
        } else {
            birthKnown = false;
        }
        boolean livesAbroad = origin == Origin.UA || origin == Origin.DE || origin == Origin.GB;
        boolean email = rng.chance(0.85);
        boolean phone = !email || rng.chance(0.8);
        if (email) {
            b.addContactPoint(EmailContact.of(personalEmail(given, family, index, rng)));
        }
        if (phone) {
            b.addContactPoint(livesAbroad
                    ? PhoneContact.of(abroad.mobile() + " " + ids.abroad(index, abroad.mobileDigits()))
                    : PhoneContact.of(ids.mobile(index)));
        }
        if (rng.chance(0.7)) {
            PostalAddress a = livesAbroad ? abroadAddress(abroad, rng) : polishAddress(rng, 0.5);
            b.addContactPoint(a);
        }
        if (origin == Origin.PL && rng.chance(0.4)) {
            b.profession(rng.pick(Vocabulary.PROFESSIONS)[male ? 0 : 1]);
        }
        if (rng.chance(0.2)) {
            b.preferredContactTime(rng.chance(0.5) ? TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0))
                    : TimeWindow.of(LocalTime.of(16, 0), LocalTime.of(19, 0)));
        }
        if (origin != Origin.PL) {
            b.preferredLanguage(Locale.forLanguageTag(origin == Origin.DE ? "de" : origin == Origin.GB ? "en" : "uk"));
        }
        if (rng.chance(0.3)) {
            b.addInterest(rng.pick(Vocabulary.INTERESTS));
            if (rng.chance(0.4)) {
                b.addInterest(rng.pick(Vocabulary.INTERESTS));
            }
        }
        if (rng.chance(0.3) && birthKnown) {
            b.addImportantDate(ImportantDate.of(ImportantDateKind.BIRTHDAY, birth.date()));
        }
    }

    /** A Polish surname: one of the commonest (a fifth) or one of the long tail, in the form for the sex. */
    static String polishSurname(Rng rng, boolean male) {
        String s = rng.chance(0.2) ? rng.pickSkewed(Vocabulary.SURNAMES)
                : rng.pick(Vocabulary.SURNAME_ROOTS) + rng.pick(Vocabulary.SURNAME_INFIXES)
                        + rng.pick(Vocabulary.SURNAME_ENDINGS);
        return male ? s : feminine(s);
    }

    /** Kowalski → Kowalska, Zawadzki → Zawadzka; Nowak, Mazur, Wójcik stay as they are. */
    static String feminine(String masculine) {
        if (masculine.endsWith("ski") || masculine.endsWith("cki") || masculine.endsWith("dzki")) {
            return masculine.substring(0, masculine.length() - 1) + "a";
        }
        return masculine;
    }

    private static String personalEmail(String given, String family, long index, Rng rng) {
        String g = Texts.slug(given.split(" ")[0]);
        String f = Texts.slug(family);
        String number = Long.toString(index + 1);
        String local = switch (rng.nextInt(4)) {
            case 0 -> g + "." + f + number;
            case 1 -> g.charAt(0) + f + number;
            case 2 -> f + "." + g + number;
            default -> g + "_" + f.charAt(0) + number;
        };
        return local + "@" + rng.pick(Vocabulary.MAIL_DOMAINS);
    }

    private static PostalAddress polishAddress(Rng rng, double unitShare) {
        Vocabulary.City city = Vocabulary.CITIES.get(rng.weighted(Vocabulary.CITY_WEIGHTS));
        Vocabulary.District d = rng.pick(city.districts());
        int code = rng.between(d.postalFrom(), d.postalTo());
        String postal = pad(code / 1000, 2) + "-" + pad(code % 1000, 3);
        String building = Integer.toString(rng.between(1, 180))
                + (rng.chance(0.08) ? "ABCD".charAt(rng.nextInt(4)) : "");
        Optional<String> unit = rng.chance(unitShare) ? Optional.of(Integer.toString(rng.between(1, 120)))
                : Optional.empty();
        return new PostalAddress(Optional.of(rng.pick(d.streets())), building, unit, postal, city.name(),
                d.name().isEmpty() ? Optional.empty() : Optional.of(d.name()), Optional.of(city.voivodeship()), "PL",
                ContactUsage.main());
    }

    private static PostalAddress abroadAddress(Vocabulary.Abroad place, Rng rng) {
        String postal = switch (place.city()) {
            case "Berlin" -> Integer.toString(rng.between(10115, 14199));
            case "München" -> Integer.toString(rng.between(80331, 81929));
            case "Hamburg" -> Integer.toString(rng.between(20095, 22769));
            case "Wien" -> "1" + pad(rng.between(1, 23), 2) + "0";
            case "Amsterdam" -> rng.between(1011, 1109) + " " + letters(rng);
            case "Paris" -> Integer.toString(rng.between(75001, 75020));
            case "Praha" -> (100 + 10 * rng.between(1, 9)) + " 00";
            case "London" -> rng.pick(new String[] {"W1U 6TY", "NW1 6XE", "SW1A 2AA", "EC1A 1BB", "W1D 3QF"});
            case "Kyiv" -> "0" + rng.between(1001, 4999);
            default -> throw new IllegalStateException("no postal codes for " + place.city());
        };
        return PostalAddress.of(place.country(), rng.pick(place.streets()), Integer.toString(rng.between(1, 120)),
                postal, place.city());
    }

    private static String letters(Rng rng) {
        String alphabet = "ABCDEGHJKLMNPRSTVWXZ";
        return "" + alphabet.charAt(rng.nextInt(alphabet.length())) + alphabet.charAt(rng.nextInt(alphabet.length()));
    }

    // ---------------------------------------------------------------------------------------------------- companies

    /** What the company's contact persons need to know about it. */
    private static final class CompanyFacts {
        boolean abroad;
        String country = "PL";
        String domain = "";
        String[] industry = Vocabulary.INDUSTRIES[0];
        @Nullable String ownerGiven;
        @Nullable String ownerFamily;
        @Nullable Sex ownerSex;
        LegalForm form = LegalForm.OTHER;
        final List<String> positions = new ArrayList<>();
        final List<String> departments = new ArrayList<>();
    }

    private CompanyFacts company(Company.Builder b, long index, Rng rng) {
        CompanyFacts f = new CompanyFacts();
        f.abroad = rng.chance(data.foreignShare());
        f.industry = rng.pick(Vocabulary.INDUSTRIES);
        String name;
        @Nullable String brand = null;
        if (!f.abroad) {
            f.form = POLISH_FORMS[rng.weighted(POLISH_FORM_WEIGHTS)];
            String generated = rng.pick(Vocabulary.BRAND_STARTS) + rng.pick(Vocabulary.BRAND_ENDS);
            switch (f.form) {
                case SOLE_PROPRIETORSHIP -> {
                    f.ownerSex = rng.chance(0.5) ? Sex.MALE : Sex.FEMALE;
                    boolean male = f.ownerSex == Sex.MALE;
                    f.ownerGiven = rng.pickSkewed(male ? Vocabulary.MALE : Vocabulary.FEMALE);
                    f.ownerFamily = polishSurname(rng, male);
                    name = rng.pick(Vocabulary.SOLE_TRADES) + " " + f.ownerGiven + " " + f.ownerFamily;
                    brand = f.ownerFamily;
                }
                case GENERAL_PARTNERSHIP, CIVIL_PARTNERSHIP -> {
                    String family = polishSurname(rng, true);
                    name = rng.chance(0.5) ? family + " i Synowie" : family + " " + rng.pick(Vocabulary.TRADES);
                    brand = family;
                }
                case PROFESSIONAL_PARTNERSHIP -> {
                    String family = polishSurname(rng, true);
                    name = (rng.chance(0.5) ? "Kancelaria Prawna " : "Biuro Projektowe ") + family + " i Partnerzy";
                    brand = family;
                }
                case FOUNDATION -> name = rng.pick(Vocabulary.FOUNDATIONS);
                case ASSOCIATION -> name = rng.pick(Vocabulary.ASSOCIATIONS);
                case COOPERATIVE -> name = rng.pick(Vocabulary.COOPERATIVES);
                default -> {
                    double u = rng.nextDouble();
                    if (u < 0.5) {
                        name = generated + " " + rng.pick(Vocabulary.TRADES);
                        brand = generated;
                    } else if (u < 0.8) {
                        name = generated;
                        brand = generated;
                    } else {
                        name = rng.pick(Vocabulary.REGIONAL_ADJECTIVES) + " " + rng.pick(Vocabulary.REGIONAL_NOUNS);
                    }
                }
            }
            Nip nip = ids.nip(index, rng.nextInt(Vocabulary.NIP_OFFICES.length));
            b.legalName(name).legalForm(f.form).nip(nip);
            if (rng.chance(0.9)) {
                b.regon(ids.regon(index, rng.pick(Vocabulary.REGON_PREFIXES)));
            }
            if (IN_KRS.contains(f.form) && rng.chance(0.95)) {
                b.krs(ids.krs(index));
            }
            if (rng.chance(0.3)) {
                b.euVatNumber(EuVatNumber.parse("PL" + nip.value()));
            }
            PostalAddress address = polishAddress(rng, 0.3);
            String dialling = Vocabulary.CITIES.stream().filter(c -> c.name().equals(address.city())).findFirst()
                    .orElseThrow().diallingCode();
            f.domain = domain(brand != null ? brand : name, index, rng.chance(0.7) ? ".pl" : ".com.pl");
            contacts(b, f, rng, address, PhoneContact.of(dialling + " " + ids.landline(index)));
            b.employeeCountBand(switch (f.form) {
                case SOLE_PROPRIETORSHIP, CIVIL_PARTNERSHIP -> rng.chance(0.6) ? EmployeeCountBand.NONE
                        : EmployeeCountBand.FROM_1_TO_9;
                case JOINT_STOCK_COMPANY -> rng.chance(0.5) ? EmployeeCountBand.FROM_250_TO_999
                        : EmployeeCountBand.FROM_1000;
                default -> EmployeeCountBand.values()[rng.between(1, 3)];
            });
        } else {
            Vocabulary.Abroad place = rng.pick(Vocabulary.ABROAD_COMPANIES);
            f.country = place.country();
            f.form = switch (f.country) {
                case "DE" -> rng.chance(0.8) ? LegalForm.GMBH : LegalForm.AG;
                case "AT" -> LegalForm.GMBH;
                case "NL" -> LegalForm.BV;
                case "FR" -> LegalForm.SARL;
                default -> LegalForm.SRO;
            };
            brand = rng.pick(Vocabulary.FOREIGN_BRANDS);
            boolean german = f.country.equals("DE") || f.country.equals("AT");
            name = brand + " " + rng.pick(german ? Vocabulary.FOREIGN_TRADES_DE : Vocabulary.FOREIGN_TRADES_EN);
            b.legalName(name).legalForm(f.form).euVatNumber(ids.vat(f.country, index));
            f.domain = domain(name, index, "." + f.country.toLowerCase(Locale.ROOT));
            contacts(b, f, rng, abroadAddress(place, rng),
                    PhoneContact.of(place.landline() + " " + ids.abroad(index, place.landlineDigits())));
            b.employeeCountBand(EmployeeCountBand.values()[rng.between(2, 5)]);
        }
        if (brand != null && !brand.equals(name) && rng.chance(0.2)) {
            b.shortName(brand);
        }
        if (rng.chance(0.6)) {
            b.workingHours(switch (rng.nextInt(3)) {
                case 0 -> WorkingHours.weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0));
                case 1 -> WorkingHours.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0));
                default -> WorkingHours.weekdays(LocalTime.of(7, 0), LocalTime.of(15, 0));
            });
        }
        if (rng.chance(0.25)) {
            b.addImportantDate(ImportantDate.of(ImportantDateKind.COMPANY_ANNIVERSARY,
                    LocalDate.ofEpochDay(asOf - rng.between(365, 30 * 365))));
        }
        return f;
    }

    private static void contacts(Company.Builder b, CompanyFacts f, Rng rng, PostalAddress address,
                                 PhoneContact phone) {
        b.addContactPoint(address);
        if (rng.chance(0.9)) {
            b.addContactPoint(phone);
        }
        if (rng.chance(0.95)) {
            b.addContactPoint(EmailContact.of(rng.pick(Vocabulary.COMPANY_MAILBOXES) + "@" + f.domain));
        }
        if (rng.chance(0.6)) {
            String url = "https://www." + f.domain;
            b.website(URI.create(url)).addContactPoint(WebsiteContact.of(url));
        }
    }

    /** A company's internet domain: its brand in letters, its number (domains are unique), the top-level domain. */
    private static String domain(String brand, long index, String tld) {
        String slug = Texts.slug(brand);
        if (slug.length() > 20) {
            slug = slug.substring(0, 20);
        }
        return slug + (index + 1) + tld;
    }

    private List<Person> contactPersons(long client, long company, CompanyFacts f, Course course, Rng rng) {
        int count = f.form == LegalForm.SOLE_PROPRIETORSHIP ? 1 : 1 + rng.weighted(new double[] {50, 35, 15});
        List<Person> out = new ArrayList<>(count);
        List<String> locals = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            Sex sex = rng.chance(0.5) ? Sex.MALE : Sex.FEMALE;
            boolean male = sex == Sex.MALE;
            String given;
            String family;
            String position;
            String department;
            if (f.form == LegalForm.SOLE_PROPRIETORSHIP) {
                sex = f.ownerSex;
                given = f.ownerGiven;
                family = f.ownerFamily;
                position = "Właściciel";
                department = "Zarząd";
                male = sex == Sex.MALE;
            } else {
                if (!f.abroad) {
                    given = rng.pickSkewed(male ? Vocabulary.MALE : Vocabulary.FEMALE);
                    family = polishSurname(rng, male);
                } else if (f.country.equals("DE") || f.country.equals("AT")) {
                    given = rng.pick(male ? Vocabulary.DE_MALE : Vocabulary.DE_FEMALE);
                    family = rng.pick(Vocabulary.DE_SURNAMES);
                } else {
                    given = rng.pick(male ? Vocabulary.GB_MALE : Vocabulary.GB_FEMALE);
                    family = rng.pick(Vocabulary.GB_SURNAMES);
                }
                if (j == 0 && rng.chance(0.3)) {
                    position = Vocabulary.ACCOUNTANT[0][male ? 0 : 1];
                    department = "Księgowość";
                } else {
                    position = rng.pick(Vocabulary.POSITIONS);
                    department = rng.pick(Vocabulary.DEPARTMENTS);
                }
            }
            f.positions.add(position);
            f.departments.add(department);
            Person.Builder b = Person.builder().id(ids.partyId(client, 1 + j)).givenNames(given).familyName(family)
                    .sex(sex);
            ContactUsage work = ContactUsage.of(ContactPurpose.WORK);
            if (rng.chance(0.8)) {
                String local = Texts.slug(given.split(" ")[0]) + "." + Texts.slug(family);
                if (locals.contains(local)) {
                    local = local + (j + 1);
                }
                locals.add(local);
                b.addContactPoint(EmailContact.of(local + "@" + f.domain).withUsage(work));
            }
            if (rng.chance(0.6)) {
                long slot = Identities.MAX_PERSONS + company * Identities.MAX_CONTACT_PERSONS + j;
                PhoneContact phone;
                if (!f.abroad) {
                    phone = PhoneContact.of(ids.mobile(slot));
                } else {
                    Vocabulary.Abroad place = Vocabulary.ABROAD_COMPANIES.stream()
                            .filter(p -> p.country().equals(f.country)).findFirst().orElseThrow();
                    phone = PhoneContact.of(place.mobile() + " " + ids.abroad(slot, place.mobileDigits()));
                }
                b.addContactPoint(phone.withUsage(work));
            }
            if (f.abroad) {
                b.preferredLanguage(Locale.forLanguageTag(f.country.equals("AT") ? "de"
                        : f.country.toLowerCase(Locale.ROOT)));
            }
            out.add(b.build());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------- histories

    private List<Transaction> transactions(long client, PartyId party, Histories.Purchases p, Rng rng) {
        if (!p.bought()) {
            return List.of();
        }
        List<Transaction> out = new ArrayList<>(p.days().length + 2);
        for (int i = 0; i < p.days().length; i++) {
            LocalDate day = LocalDate.ofEpochDay(p.days()[i]);
            BigDecimal amount = BigDecimal.valueOf(p.grosze()[i], 2);
            Transaction t = new Transaction(ids.transactionId(client, out.size()), party, TransactionType.ORDER, day,
                    new Money(amount, PLN), Optional.empty(),
                    asOf - p.days()[i] > 14 ? TransactionStatus.PAID : TransactionStatus.PLACED,
                    Optional.of("ZAM/" + day.getYear() + "/" + (client + 1) + "/" + (out.size() + 1)));
            if (rng.chance(0.5)) {
                BigDecimal margin = amount.multiply(BigDecimal.valueOf(rng.between(10, 40)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                t = t.withMargin(new Money(margin, PLN));
            }
            out.add(t);
            if (rng.chance(0.03)) {
                out.add(new Transaction(ids.transactionId(client, out.size()), party, TransactionType.ORDER, day,
                        new Money(BigDecimal.valueOf(p.grosze()[i] / 2 + 100, 2), PLN), Optional.empty(),
                        TransactionStatus.CANCELLED,
                        Optional.of("ZAM/" + day.getYear() + "/" + (client + 1) + "/" + (out.size() + 1))));
            }
        }
        return out;
    }

    private static final InteractionType[] BUYER_TYPES = {InteractionType.CALL, InteractionType.EMAIL,
        InteractionType.MEETING, InteractionType.OFFER, InteractionType.COMPLAINT, InteractionType.NOTE,
        InteractionType.MESSAGE, InteractionType.INQUIRY};
    private static final double[] BUYER_WEIGHTS = {25, 25, 10, 15, 5, 10, 5, 5};
    private static final InteractionType[] LEAD_TYPES = {InteractionType.CALL, InteractionType.EMAIL,
        InteractionType.OFFER, InteractionType.MEETING, InteractionType.OBJECTION};
    private static final double[] LEAD_WEIGHTS = {30, 30, 20, 10, 10};

    private List<Interaction> interactions(long client, PartyId party, boolean company, Course c,
                                           List<PartyId> contacts, UserId owner, Rng rng) {
        long from = c.start();
        long to = c.stale() ? Math.min(from + 200, asOf - 400) : asOf;
        boolean lead = !c.purchases().bought();
        int count = lead ? rng.between(1, c.stale() ? 3 : 4)
                : rng.between(1, 2 + Math.min(c.purchases().purchaseDays(), 12) / 2);
        record Planned(long day, int second, InteractionType type, int order) {
        }
        List<Planned> plan = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            InteractionType type;
            long day;
            if (lead && i == 0) {
                type = InteractionType.INQUIRY;
                day = from;
            } else {
                type = lead ? LEAD_TYPES[rng.weighted(LEAD_WEIGHTS)] : BUYER_TYPES[rng.weighted(BUYER_WEIGHTS)];
                day = from + rng.nextInt((int) (to - from + 1));
            }
            plan.add(new Planned(day, 7 * 3600 + rng.nextInt(9 * 3600), type, i));
        }
        plan.sort(Comparator.comparingLong(Planned::day).thenComparingInt(Planned::second)
                .thenComparingInt(Planned::order));
        List<Interaction> out = new ArrayList<>(count);
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            LocalDate day = LocalDate.ofEpochDay(p.day());
            Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(p.second());
            String[] text = subject(p.type(), rng);
            Interaction.Builder b = Interaction.builder(party, p.type(), at).id(ids.interactionId(client, i))
                    .direction(direction(p.type(), rng)).author(owner).subject(text[0]);
            channel(p.type(), rng).ifPresent(b::channel);
            if (!text[1].isEmpty()) {
                b.outcome(text[1]);
            }
            if (company && !contacts.isEmpty() && rng.chance(0.6)) {
                b.contactPerson(contacts.get(rng.nextInt(contacts.size())));
            }
            boolean last = i == plan.size() - 1;
            Interaction interaction;
            if (lead && !c.stale() && last && rng.chance(0.5)) {
                interaction = b.followUp(LocalDate.ofEpochDay(asOf + rng.between(1, 30))).build();
            } else if (!lead && rng.chance(0.1)) {
                LocalDate followUp = day.plusDays(rng.between(3, 14));
                interaction = b.followUp(followUp).build();
                if (followUp.toEpochDay() <= asOf) {
                    interaction = interaction.withFollowUpDone(followUp.atStartOfDay(ZoneOffset.UTC).toInstant()
                            .plusSeconds(36_000));
                }
            } else {
                interaction = b.build();
            }
            out.add(interaction);
        }
        return out;
    }

    private static Direction direction(InteractionType type, Rng rng) {
        return switch (type) {
            case INQUIRY, COMPLAINT, OBJECTION -> Direction.INBOUND;
            case OFFER -> Direction.OUTBOUND;
            case NOTE -> Direction.INTERNAL;
            default -> rng.chance(0.6) ? Direction.OUTBOUND : Direction.INBOUND;
        };
    }

    private static Optional<InteractionChannel> channel(InteractionType type, Rng rng) {
        return Optional.ofNullable(switch (type) {
            case CALL -> InteractionChannel.PHONE;
            case EMAIL, OFFER -> InteractionChannel.EMAIL;
            case MEETING -> rng.chance(0.6) ? InteractionChannel.IN_PERSON : InteractionChannel.VIDEO;
            case MESSAGE -> rng.chance(0.5) ? InteractionChannel.SMS : InteractionChannel.MESSENGER;
            case INQUIRY -> rng.chance(0.5) ? InteractionChannel.WEB : InteractionChannel.EMAIL;
            case COMPLAINT, OBJECTION -> rng.chance(0.5) ? InteractionChannel.EMAIL : InteractionChannel.PHONE;
            case NOTE -> null;
        });
    }

    private static String[] subject(InteractionType type, Rng rng) {
        String[][] options = switch (type) {
            case CALL -> new String[][] {{"Rozmowa handlowa", "Zainteresowany, kontakt za miesiąc"},
                {"Telefon w sprawie zamówienia", "Potwierdzono termin dostawy"}, {"Przypomnienie o płatności", ""}};
            case EMAIL -> new String[][] {{"Podziękowanie za zamówienie", ""},
                {"Informacja o nowej kolekcji", ""}, {"Pytanie o fakturę", "Wysłano duplikat faktury"}};
            case MEETING -> new String[][] {{"Spotkanie w siedzibie klienta", "Omówiono plan na kolejny kwartał"},
                {"Prezentacja oferty", "Prosi o wycenę"}};
            case MESSAGE -> new String[][] {{"Potwierdzenie wysyłki", ""}, {"Kod rabatowy", ""}};
            case NOTE -> new String[][] {{"Notatka po rozmowie", ""}, {"Klient woli kontakt po południu", ""}};
            case INQUIRY -> new String[][] {{"Zapytanie o ofertę", ""}, {"Zapytanie o dostępność", ""},
                {"Prośba o kontakt", ""}};
            case OBJECTION -> new String[][] {{"Zastrzeżenia do ceny", "Porównuje z konkurencją"},
                {"Termin dostawy za długi", ""}};
            case COMPLAINT -> new String[][] {{"Reklamacja zamówienia", "Reklamacja uznana"},
                {"Uszkodzona przesyłka", "Wysłano wymianę"}};
            case OFFER -> new String[][] {{"Oferta na dostawę", ""}, {"Oferta indywidualna", "Oferta ważna 30 dni"}};
        };
        return rng.pick(options);
    }

    private List<ExampleConsent> consents(PartyId party, Course c, boolean email, boolean phone, boolean mobile,
                                          Rng rng) {
        List<ExampleConsent> out = new ArrayList<>(4);
        long start = Math.min(c.start(), asOf);
        LeadDetails lead = c.lead();
        ConsentSource source = lead != null && lead.source() == LeadSource.WEB_FORM ? ConsentSource.WEB_FORM
                : rng.pick(new ConsentSource[] {ConsentSource.IN_PERSON, ConsentSource.CALL, ConsentSource.EMAIL,
                    ConsentSource.WEB_FORM});
        String evidence = switch (source) {
            case WEB_FORM -> "formularz zgód v3";
            case CALL -> "nagranie rozmowy";
            case EMAIL -> "e-mail z potwierdzeniem zgody";
            default -> "podpisany formularz";
        };
        grant(out, party, email && rng.chance(0.55), ConsentChannel.EMAIL, ConsentPurpose.MARKETING, source, evidence,
                start, rng);
        grant(out, party, email && rng.chance(0.4), ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER, source, evidence,
                start, rng);
        grant(out, party, mobile && rng.chance(0.25), ConsentChannel.SMS, ConsentPurpose.MARKETING, source, evidence,
                start, rng);
        grant(out, party, phone && rng.chance(0.2), ConsentChannel.PHONE, ConsentPurpose.MARKETING, source, evidence,
                start, rng);
        grant(out, party, rng.chance(0.15), ConsentChannel.EMAIL, ConsentPurpose.PROFILING, source, evidence, start,
                rng);
        out.sort(Comparator.comparing(ExampleConsent::at));
        return out;
    }

    private void grant(List<ExampleConsent> out, PartyId party, boolean given, ConsentChannel channel,
                       ConsentPurpose purpose, ConsentSource source, String evidence, long start, Rng rng) {
        if (!given) {
            return;
        }
        long day = Math.min(asOf, start + rng.between(0, 3));
        Instant at = LocalDate.ofEpochDay(day).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(8 * 3600 + rng.nextInt(8 * 3600));
        out.add(new ExampleConsent(party, ConsentAction.GRANTED, channel, purpose, source, at, Optional.of(evidence)));
        if (rng.chance(0.1) && asOf - day > 30) {
            long withdrawn = day + rng.between(30, (int) (asOf - day));
            Instant when = LocalDate.ofEpochDay(withdrawn).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plusSeconds(8 * 3600 + rng.nextInt(8 * 3600));
            out.add(new ExampleConsent(party, ConsentAction.WITHDRAWN, channel, purpose, ConsentSource.EMAIL, when,
                    Optional.of("e-mail z rezygnacją")));
        }
    }
}
