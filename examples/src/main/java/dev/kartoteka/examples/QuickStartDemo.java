package dev.kartoteka.examples;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPurpose;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.EmployeeCountBand;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.ImportantDateKind;
import dev.kartoteka.core.party.LeadDetails;
import dev.kartoteka.core.party.LeadSource;
import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.party.UtmParameters;
import dev.kartoteka.core.party.WorkingHours;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.RegistryEvent;
import dev.kartoteka.core.registry.UpcomingDate;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The runnable quick start: an in-memory registry with a few companies, persons, contact persons and leads; lookups
 * by identifier; searches; a lead conversion; an owner change; upcoming dates; and what bad input and a stale update
 * look like. Run it with {@code mvn -B -q -Pdemo -DskipTests verify}.
 *
 * <p>All data is invented; identifiers have valid checksums but belong to nobody.
 */
public final class QuickStartDemo {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final PrintStream out;

    QuickStartDemo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; route it to SLF4J like everything else
        System.setProperty("org.jboss.logging.provider", "slf4j");
        new QuickStartDemo(System.out).run();
    }

    void run() {
        // a clock that starts on a fixed day and moves a minute on every reading, so the output is the same every run
        Clock clock = new SteppingClock(LocalDate.of(2026, 11, 22).atTime(10, 0).atZone(WARSAW).toInstant(), WARSAW);
        LocalDate today = LocalDate.now(clock);
        List<RegistryEvent> events = new ArrayList<>();
        ClientRegistry registry = ClientRegistry.builder().clock(clock).listener(events::add).build();
        UserId jan = UserId.of("jan.nowak");
        UserId ewa = UserId.of("ewa.wisniewska");

        heading("1. A company with its contact person");
        Person anna = registry.create(Person.builder()
                .givenNames("Anna").familyName("Kowalska")
                .fromPesel(Pesel.of(LocalDate.of(1985, 11, 30), Sex.FEMALE, 123))
                .profession("księgowa")
                .addContactPoint(PhoneContact.of("601 234 567").asPreferred())
                .build());
        Company logistyka = registry.create(Company.builder()
                .legalName("Łódzka Logistyka").shortName("ŁL Trans")
                .legalForm(LegalForm.LIMITED_LIABILITY_COMPANY)
                .nip(Nip.parse("PL 526-104-08-28"))
                .regon(Regon.withCheckDigit("10000100"))
                .industry("transport drogowy")
                .employeeCountBand(EmployeeCountBand.FROM_50_TO_249)
                .workingHours(WorkingHours.weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0)))
                .website("ltrans.example.pl")
                .owner(jan)
                .addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2021, 3, 1)))
                .addContactPoint(EmailContact.of("biuro@ltrans.example.pl"))
                .addContactPoint(PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź")
                        .withDistrict("Śródmieście").withRegion("łódzkie").withPurpose(ContactPurpose.BILLING))
                .addContactPerson(ContactPerson.of(anna.id(), LocalDate.of(2022, 1, 10))
                        .withPosition("Główna księgowa").withDepartment("Finanse").withPrimary(true)
                        .withContactPoint(EmailContact.of("anna.kowalska@ltrans.example.pl")))
                .addImportantDate(ImportantDate.of(ImportantDateKind.COMPANY_ANNIVERSARY, LocalDate.of(2004, 12, 6)))
                .tag("key-account")
                .build());
        out.printf("created %s (version %d), NIP %s, primary contact: %s%n", logistyka.displayName(),
                logistyka.version(), logistyka.nip().orElseThrow().formatted(),
                logistyka.primaryContactPerson(today).flatMap(cp -> cp.position()).orElse("-"));

        heading("2. Found again by identifier, in any format");
        out.println("by NIP 5261040828        -> " + names(registry.findByIdentifier(Nip.parse("5261040828"))));
        out.println("by phone +48 601-234-567 -> " + names(registry.findByIdentifier(PhoneNumber.parse("+48 601-234-567"))));
        out.println("companies Anna acts for  -> " + names(List.copyOf(registry.companiesOf(anna.id(), today))));

        heading("3. Leads, and converting one into a client");
        Company zolw = registry.create(Company.builder()
                .legalName("Żółw Meble").legalForm(LegalForm.GENERAL_PARTNERSHIP)
                .nip(Nip.withCheckDigit("725000001"))
                .owner(ewa)
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.CAMPAIGN, LeadWarmth.HOT)
                        .withUtm(UtmParameters.of("newsletter", "email", "jesien-2026"))
                        .withQualificationNotes("Szuka dostawcy na 2027"), LocalDate.of(2026, 10, 1)))
                .addContactPoint(PostalAddress.polish("al. Jerozolimskie", "65", "00-697", "Warszawa")
                        .withDistrict("Śródmieście"))
                .build());
        registry.create(Person.builder().givenNames("Łukasz").familyName("Żak")
                .birthDate(LocalDate.of(1990, 12, 2)).owner(ewa)
                .addRole(PartyRole.lead(LeadDetails.of(LeadSource.WEB_FORM, LeadWarmth.COLD), LocalDate.of(2026, 11, 2)))
                .addContactPoint(EmailContact.of("lukasz.zak@example.com"))
                .addContactPoint(PostalAddress.polish("ul. Puławska", "12", "02-566", "Warszawa").withDistrict("Mokotów"))
                .build());
        out.println("hot leads                -> " + names(registry.search(
                PartyQuery.builder().role(RoleType.LEAD).leadWarmth(LeadWarmth.HOT).build()).items()));
        Party converted = registry.convertLeadToClient(zolw.id(), zolw.version(), today);
        out.printf("converted %s: roles now %s; lead details kept: %s%n", converted.displayName(),
                converted.roles().stream().map(r -> r.type() + " " + r.since() + ".." + r.until().map(String::valueOf).orElse(""))
                        .toList(),
                converted.roles().get(0).lead().map(l -> l.source() + "/" + l.warmth()).orElse("-"));

        heading("4. Search: case- and diacritics-insensitive, with filters and pages");
        out.println("name 'lodzka'            -> " + names(registry.search(PartyQuery.builder().name("lodzka").build()).items()));
        out.println("name 'ZOLW'              -> " + names(registry.search(PartyQuery.builder().name("ZOLW").build()).items()));
        out.println("city 'warszawa'          -> " + names(registry.search(PartyQuery.builder().city("warszawa").build()).items()));
        out.println("district 'mokotow'       -> " + names(registry.search(PartyQuery.builder().district("mokotow").build()).items()));
        out.println("postal code '90-'        -> " + names(registry.search(PartyQuery.builder().postalCodePrefix("90-").build()).items()));
        out.println("clients of jan.nowak     -> " + names(registry.search(
                PartyQuery.builder().role(RoleType.CLIENT).owner(jan).build()).items()));
        Page<Party> page = registry.search(PartyQuery.builder().page(0, 2).build());
        out.printf("everything, page 1 of %d -> %s (total %d)%n", page.totalPages(), names(page.items()), page.totalItems());

        heading("5. Account owner reassignment keeps the history");
        Party reassigned = registry.reassignOwner(logistyka.id(), registry.get(logistyka.id()).version(), ewa,
                "zmiana regionu");
        reassigned.ownerHistory().forEach(a -> out.printf("  %s since %s%s%n", a.owner(), a.since(),
                a.until().map(u -> " until " + u).orElse(" (current)") + a.reason().map(r -> ", reason: " + r).orElse("")));

        heading("6. Upcoming birthdays, name days and anniversaries (next 14 days)");
        registry.update(registry.get(anna.id()).toBuilder()
                .addImportantDate(ImportantDate.yearly(ImportantDateKind.NAME_DAY, MonthDay.of(7, 26), "imieniny Anny"))
                .build());
        for (UpcomingDate d : registry.upcomingDates(today, 14)) {
            out.printf("  %s  %-20s %s%s%n", d.date(), d.kind(), registry.get(d.partyId()).displayName(),
                    d.anniversary().isPresent() ? " (" + d.anniversary().getAsInt() + ")" : "");
        }

        heading("7. Bad input is reported field by field, with values masked");
        try {
            registry.create(Person.builder().givenNames(" ").familyName("Nowak")
                    .pesel(Pesel.of(LocalDate.of(1979, 5, 4), Sex.MALE, 42)).birthDate(LocalDate.of(1979, 5, 5))
                    .addContactPoint(PostalAddress.polish("ul. Długa", "1", "00238", "Gdańsk"))
                    .build());
        } catch (ValidationException e) {
            e.violations().forEach(v -> out.println("  " + v));
        }
        try {
            Nip.parse("526-104-08-29");
        } catch (ValidationException e) {
            out.println("  " + e.getMessage());
        }

        heading("8. A stale update changes nothing");
        Company stale = (Company) registry.get(logistyka.id());
        registry.update(stale.toBuilder().tag("flota").build());
        try {
            registry.update(stale.toBuilder().shortName("Stara nazwa").build());
        } catch (ConcurrentUpdateException e) {
            out.println("  " + e.getMessage());
        }
        out.println("  short name still: " + registry.get(logistyka.id()).displayName());

        heading("Summary");
        out.printf("%d parties, %d events delivered (%s)%n", registry.search(PartyQuery.builder().includeArchived(true)
                .build()).totalItems(), events.size(), events.stream().map(e -> e.getClass().getSimpleName())
                .distinct().sorted().toList());
    }

    /** A deterministic clock for the demo: every reading is one minute after the previous one. */
    private static final class SteppingClock extends Clock {
        private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> now;
        private final ZoneId zone;

        SteppingClock(java.time.Instant start, ZoneId zone) {
            this.now = new java.util.concurrent.atomic.AtomicReference<>(start);
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new SteppingClock(now.get(), other);
        }

        @Override
        public java.time.Instant instant() {
            return now.getAndUpdate(i -> i.plusSeconds(60));
        }
    }

    private void heading(String text) {
        out.println();
        out.println("== " + text);
    }

    private static List<String> names(List<? extends Party> parties) {
        return parties.stream().map(Party::displayName).toList();
    }
}
