package dev.kartoteka.core.registry;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.ContactPurpose;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.ImportantDate;
import dev.kartoteka.core.party.ImportantDateKind;
import dev.kartoteka.core.party.LeadDetails;
import dev.kartoteka.core.party.LeadSource;
import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.MessengerContact;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.party.UtmParameters;
import dev.kartoteka.core.party.WebsiteContact;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Converting a lead keeps every piece of the party's data except the open lead role's end date, and adds exactly one
 * client role, whatever else the party holds.
 */
class LeadConversionPropertyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void conversionChangesOnlyTheLeadsEndAndAddsOneClientRole() {
        qt().withExamples(300).forAll(leads()).checkAssert(this::conversionKeepsEverythingElse);
    }

    private void conversionKeepsEverythingElse(LeadSpec spec) {
        MutableClock clock = new MutableClock();
        RecordingListener recorder = new RecordingListener();
        ClientRegistry registry = ClientRegistry.builder().store(PartyStore.inMemory()).clock(clock).listener(recorder)
                .build();
        Party lead = registry.create(spec.toParty());
        if (spec.updatesBefore() > 0) {
            for (int i = 0; i < spec.updatesBefore(); i++) {
                clock.advance(Duration.ofMinutes(1));
                lead = registry.update(lead.toBuilder().addInterest("zmiana " + i).build());
            }
        }
        Instant at = clock.advance(Duration.ofMinutes(7));
        recorder.clear();
        LocalDate clientSince = spec.leadSince().plusDays(spec.daysToConversion());

        Party converted = registry.convertLeadToClient(lead.id(), lead.version(), clientSince);

        PartyRole openLead = lead.roles().stream().filter(r -> r.type().equals(RoleType.LEAD) && r.until().isEmpty())
                .findFirst().orElseThrow();
        LocalDate lastLeadDay = spec.daysToConversion() == 0 ? clientSince : clientSince.minusDays(1);
        PartyRole endedLead = new PartyRole(RoleType.LEAD, openLead.since(), Optional.of(lastLeadDay), openLead.lead());
        PartyRole client = new PartyRole(RoleType.CLIENT, clientSince, Optional.empty(), Optional.empty());
        List<PartyRole> expectedRoles = new ArrayList<>();
        for (PartyRole r : lead.roles()) {
            expectedRoles.add(r == openLead ? endedLead : r);
        }
        expectedRoles.add(client);

        assertThat(converted).isEqualTo(lead.toBuilder().roles(expectedRoles).version(lead.version() + 1)
                .updatedAt(at).build());
        assertThat(registry.get(lead.id())).isEqualTo(converted);
        assertThat(count(converted, RoleType.CLIENT)).isEqualTo(count(lead, RoleType.CLIENT) + 1);
        assertThat(count(converted, RoleType.LEAD)).isEqualTo(count(lead, RoleType.LEAD));
        assertThat(converted.roles().get(lead.roles().indexOf(openLead)).lead()).isEqualTo(Optional.of(spec.details()));
        assertThat(converted.hasRole(RoleType.CLIENT, clientSince)).isTrue();
        assertThat(converted.hasRole(RoleType.LEAD, clientSince.plusDays(1))).isFalse();
        assertThat(recorder.events()).containsExactly(
                new RegistryEvent.PartyUpdated(lead, converted, at),
                new RegistryEvent.RoleEnded(converted, endedLead, at),
                new RegistryEvent.RoleAdded(converted, client, at),
                new RegistryEvent.LeadConverted(converted, endedLead, client, at));
    }

    private static long count(Party p, RoleType type) {
        return p.roles().stream().filter(r -> r.type().equals(type)).count();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // generated leads

    /**
     * A lead: its data, the open lead role (details and start), roles it held before or holds besides, and when it
     * converts.
     */
    record LeadSpec(boolean company, List<ContactPoint> contactPoints, List<String> tags, List<String> interests,
                    List<Note> notes, List<ImportantDate> dates, Optional<UserId> owner, LeadDetails details,
                    LocalDate leadSince, int daysToConversion, List<PartyRole> otherRoles, boolean leadFirst,
                    int updatesBefore) {

        Party toParty() {
            Party.Builder<?, ?> b = company
                    ? Company.builder().legalName("Żółw Logistyka").industry("transport")
                    : Person.builder().givenNames("Łucja").familyName("Wąs").profession("lekarz");
            b.contactPoints(contactPoints).interests(interests).notes(notes).importantDates(dates)
                    .owner(owner.orElse(null));
            tags.forEach(b::tag);
            PartyRole lead = PartyRole.lead(details, leadSince);
            if (leadFirst) {
                b.addRole(lead);
            }
            otherRoles.forEach(b::addRole);
            if (!leadFirst) {
                b.addRole(lead);
            }
            return b.build();
        }
    }

    private static Gen<ContactPoint> contactPoints() {
        Gen<ContactPoint> email = Generate.pick(List.of("biuro@zolw.pl", "anna@example.pl", "faktury@zolw.pl"))
                .map(EmailContact::of);
        Gen<ContactPoint> phone = Generate.pick(List.of("601 234 567", "+48 22 123 45 67", "+49 30 1234567"))
                .map(text -> PhoneContact.of(text));
        Gen<ContactPoint> address = Generate.pick(List.of("Łódź", "Kraków", "Gdańsk"))
                .map(city -> PostalAddress.polish("ul. Długa", "7", "90-001", city).withDistrict("Śródmieście"));
        Gen<ContactPoint> website = Generate.pick(List.of("zolw.pl", "https://sklep.zolw.pl/")).map(WebsiteContact::of);
        Gen<ContactPoint> messenger = Generate.pick(List.of("@anna.k", "+48601234567"))
                .map(h -> MessengerContact.of("Signal", h));
        Gen<ContactPoint> any = Generate.oneOf(email, phone, address, website, messenger);
        return any.zip(Generate.enumValues(ContactPurpose.class), ContactPoint::withPurpose);
    }

    private static Gen<LeadDetails> leadDetails() {
        Gen<Optional<UtmParameters>> utm = Generate.pick(List.of(UtmParameters.of("newsletter", "email", "jesień"),
                UtmParameters.of("google", "cpc", "marka"))).toOptionals(50);
        Gen<Optional<String>> detail = Generate.pick(List.of("formularz kontaktowy", "targi Poznań")).toOptionals(50);
        Gen<Optional<String>> notes = Generate.pick(List.of("budżet 10 tys.", "decyzja w styczniu")).toOptionals(50);
        return Generate.enumValues(LeadSource.class).zip(Generate.enumValues(LeadWarmth.class), utm, detail, notes,
                LeadDetails::new);
    }

    private static Gen<LeadSpec> leads() {
        Gen<Boolean> company = Generate.booleans();
        Gen<List<ContactPoint>> points = lists().of(contactPoints()).ofSizeBetween(0, 5);
        Gen<List<String>> tags = lists().of(Generate.pick(List.of("vip", "Targi 2026", "b2b", "ŁÓDZKIE")))
                .ofSizeBetween(0, 3);
        Gen<List<String>> interests = lists().of(Generate.pick(List.of("wędkarstwo", "żeglarstwo", "golf")))
                .ofSizeBetween(0, 3);
        Gen<List<Note>> notes = lists().of(Generate.pick(List.of("oddzwonić", "woli e-mail", "zna prezesa"))
                .zip(Generate.longRange(0, 86_400L * 400), (t, s) -> Note.of(t,
                        MutableClock.START.minusSeconds(s), UserId.of("alice")))).ofSizeBetween(0, 3);
        Gen<List<ImportantDate>> dates = lists().of(Generate.enumValues(ImportantDateKind.class)
                .zip(Generate.longRange(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2020, 12, 31).toEpochDay()),
                        (k, d) -> ImportantDate.of(k, LocalDate.ofEpochDay(d)))).ofSizeBetween(0, 2);
        Gen<Optional<UserId>> owner = Generate.pick(List.of(UserId.of("alice"), UserId.of("bob"))).toOptionals(30);
        Gen<Integer> leadAge = Generate.range(0, 400);
        Gen<Integer> toConversion = Generate.frequency(
                org.quicktheories.api.Pair.of(1, Generate.constant(0)),
                org.quicktheories.api.Pair.of(4, Generate.range(1, 400)));
        Gen<Integer> roleStart = Generate.range(-800, 300);
        Gen<Optional<Integer>> roleLength = Generate.range(0, 500).toOptionals(50);
        Gen<Integer> pastGap = Generate.range(1, 300);
        Gen<Integer> percent = Generate.range(0, 99);
        Gen<Integer> updates = Generate.range(0, 2);
        return in -> {
            LocalDate leadSince = TODAY.minusDays(leadAge.generate(in));
            List<PartyRole> others = new ArrayList<>();
            for (RoleType type : List.of(RoleType.PARTNER, RoleType.SUPPLIER, RoleType.of("DISTRIBUTOR"))) {
                if (percent.generate(in) < 40) {
                    LocalDate since = leadSince.plusDays(roleStart.generate(in));
                    PartyRole role = PartyRole.of(type, since);
                    others.add(roleLength.generate(in).map(l -> role.endedOn(since.plusDays(l))).orElse(role));
                }
            }
            if (percent.generate(in) < 30) {
                // an earlier lead of the same party, ended before the current one began
                LocalDate end = leadSince.minusDays(pastGap.generate(in));
                others.add(PartyRole.lead(LeadDetails.of(LeadSource.OTHER, LeadWarmth.COLD), end.minusDays(90))
                        .endedOn(end));
            }
            if (percent.generate(in) < 30) {
                // a former client relationship that lapsed before the current lead began
                LocalDate end = leadSince.minusDays(pastGap.generate(in));
                others.add(PartyRole.of(RoleType.CLIENT, end.minusDays(365)).endedOn(end));
            }
            return new LeadSpec(company.generate(in), points.generate(in), tags.generate(in), interests.generate(in),
                    notes.generate(in), dates.generate(in), owner.generate(in), leadDetails().generate(in), leadSince,
                    toConversion.generate(in), others, percent.generate(in) < 50, updates.generate(in));
        };
    }
}
