package dev.kartoteka.segmentation.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionType;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.segmentation.activity.ActivityAssignment;
import dev.kartoteka.segmentation.activity.ActivitySegmentation;
import dev.kartoteka.segmentation.activity.ActivitySubject;
import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.activity.Transition;
import dev.kartoteka.segmentation.rule.Rule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegistrySegmentationTests {

    private static final Currency PLN = Currency.getInstance("PLN");
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private static final Instant NOW = Instant.parse("2026-12-31T18:00:00Z"); // parties are created on AS_OF

    private final ClientRegistry registry = ClientRegistry.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    private final RegistrySegmentation segmentation = RegistrySegmentation.builder(registry, PLN)
            .segmentation(ActivitySegmentation.builder()
                    .vipRule(Rule.parse("revenue(365d) >= 10000 PLN and purchases(365d) >= 3 or tag(\"key-account\")"))
                    .build())
            .zone(ZoneOffset.UTC).build();

    private Person person(String name, String district, String... tags) {
        return registry.create(Person.builder().givenNames("Anna").familyName(name).tag(tags)
                .addContactPoint(PostalAddress.polish("ul. Puławska", "10", "02-512", "Warszawa").withDistrict(district))
                .addContactPoint(PhoneContact.of("601 234 567"))
                .build());
    }

    private void buy(Party p, LocalDate day, long amount) {
        registry.history().record(Transaction.order(p.id(), day, Money.of(BigDecimal.valueOf(amount), "PLN")));
    }

    private Map<PartyId, ActivityType> typesOn(LocalDate day) {
        return segmentation.assignAll(day).stream().collect(Collectors.toMap(ActivityAssignment::partyId,
                ActivityAssignment::type));
    }

    @Test
    void segmentsTheWholeRegistryFromItsSummariesWithPartyFacts() {
        Person potential = person("Potencjalna", "Mokotów");
        registry.history().log(Interaction.builder(potential.id(), InteractionType.CALL,
                Instant.parse("2026-12-01T09:00:00Z")).build());
        Person oneTime = person("Jednorazowa", "Wola");
        buy(oneTime, AS_OF.minusDays(30), 100);
        Person active = person("Aktywna", "Mokotów");
        for (int i = 0; i < 6; i++) {
            buy(active, AS_OF.minusDays(10 + 40L * i), 200);
        }
        Person lapsed = person("Uśpiona", "Mokotów");
        buy(lapsed, AS_OF.minusDays(700), 100);
        buy(lapsed, AS_OF.minusDays(500), 100);
        Person big = person("Duża", "Ursynów");
        for (int i = 0; i < 4; i++) {
            buy(big, AS_OF.minusDays(5 + 30L * i), 5000);
        }
        Person flagged = person("Oznaczona", "Wola", "vip");
        Person key = person("Kluczowa", "Wola", "key-account");
        buy(key, AS_OF.minusDays(900), 100);
        Party partner = registry.create(Person.builder().givenNames("Jan").familyName("Partner")
                .addRole(PartyRole.of(RoleType.PARTNER, LocalDate.of(2020, 1, 1))).build());
        buy(partner, AS_OF.minusDays(50), 100);
        buy(partner, AS_OF.minusDays(20), 100);

        List<ActivityAssignment> all = segmentation.assignAll(AS_OF);

        assertThat(all).extracting(ActivityAssignment::partyId).isSorted();
        Map<PartyId, ActivityAssignment> byId = all.stream().collect(Collectors.toMap(ActivityAssignment::partyId,
                a -> a));
        assertThat(byId).hasSize(8);
        assertThat(byId.get(potential.id()).type()).isEqualTo(ActivityType.POTENTIAL);
        assertThat(byId.get(potential.id()).explanation().toString()).contains("days since last interaction = 30");
        assertThat(byId.get(oneTime.id()).type()).isEqualTo(ActivityType.ONE_TIME);
        assertThat(byId.get(active.id()).type()).isEqualTo(ActivityType.ACTIVE);
        assertThat(byId.get(lapsed.id()).explanation().toString())
                .isEqualTo("inactive-recency: days since last purchase = 500 >= 365");
        assertThat(byId.get(big.id()).type()).isEqualTo(ActivityType.VIP);
        assertThat(byId.get(big.id()).explanation().toString())
                .contains("revenue(365d) = 20000.00 PLN >= 10000 PLN: true", "purchases(365d) = 4 >= 3: true");
        assertThat(byId.get(flagged.id()).explanation().rule()).isEqualTo("vip-flag");
        assertThat(byId.get(key.id()).explanation().rule()).isEqualTo("vip-rule");
        assertThat(byId.get(partner.id()).type()).isEqualTo(ActivityType.TRUSTED_PARTNER);
        assertThat(segmentation.assignAll(AS_OF, dev.kartoteka.core.registry.PartyQuery.builder()
                .role(RoleType.PARTNER).build())).singleElement()
                .isEqualTo(byId.get(partner.id()));
    }

    @Test
    void listsWhoMovedBetweenTwoDaysAndTellsTheListener() {
        Person active = person("Aktywna", "Mokotów");
        buy(active, LocalDate.of(2025, 10, 1), 100);
        buy(active, LocalDate.of(2025, 11, 1), 100);
        buy(active, LocalDate.of(2025, 12, 1), 100);
        Person steady = person("Stała", "Wola");
        for (int i = 0; i < 24; i++) {
            buy(steady, AS_OF.minusDays(15L * i), 100);
        }
        List<Transition> heard = new ArrayList<>();

        var moves = segmentation.transitions(LocalDate.of(2025, 12, 31), AS_OF, heard::add);

        assertThat(moves.moved(ActivityType.ACTIVE, ActivityType.INACTIVE)).singleElement()
                .satisfies(t -> assertThat(t.partyId()).isEqualTo(active.id()));
        assertThat(heard).isEqualTo(moves.transitions());
        // created on AS_OF, first purchase after the earlier day: it was no party yet then
        assertThat(moves.countNew(ActivityType.ACTIVE)).isEqualTo(1);
        assertThat(moves.transitions()).filteredOn(t -> t.from().isEmpty()).singleElement()
                .satisfies(t -> assertThat(t.partyId()).isEqualTo(steady.id()));
        assertThat(moves.transitions()).hasSize(2);
    }

    @Test
    void segmentMembersAreFoundThroughThePushedDownQueryAndEqualABruteForceEvaluation() {
        SplittableRandom random = new SplittableRandom(8);
        String[] districts = {"Mokotów", "Wola", "Ursynów"};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Person p = person("Osoba " + i, districts[random.nextInt(3)], random.nextInt(4) == 0 ? "sklep" : "inny");
            people.add(p);
            if (random.nextBoolean()) {
                registry.consents().grant(p.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING, ConsentSource.WEB_FORM,
                        Instant.parse("2026-06-01T00:00:00Z"), Optional.empty(), Optional.empty(), false);
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                buy(p, AS_OF.minusDays(random.nextInt(600)), 100 + random.nextInt(900));
            }
        }
        Segment segment = Segment.parse("Mokotów SMS",
                "district = \"Mokotów\" and consent(\"sms\", \"marketing\") and segment != \"inactive\"");

        SegmentMembership found = segmentation.members(segment, AS_OF);

        List<PartyId> bruteForce = new ArrayList<>();
        Map<PartyId, ActivityType> types = typesOn(AS_OF);
        segmentation.forEachSubject(AS_OF, dev.kartoteka.core.registry.PartyQuery.builder().build(),
                (ActivitySubject s) -> {
                    if (segment.rule().test(s.withSegment(types.get(s.partyId())))) {
                        bruteForce.add(s.partyId());
                    }
                });
        assertThat(found.members()).isNotEmpty().isEqualTo(bruteForce);
        assertThat(found.pushedDown().district()).contains(dev.kartoteka.core.spi.SearchText.fold("Mokotów"));
        assertThat(found.candidates()).isLessThan(people.size())
                .isEqualTo(people.stream().filter(p -> p.contactPoints(PostalAddress.class).get(0).district()
                        .orElseThrow().equals("Mokotów")).count());
    }

    @Test
    void pushedDownCriteriaNeverLoseAMemberWhateverTheCaseOrDiacritics() {
        registry.evolveSchema(0, new dev.kartoteka.core.field.SchemaChange.AddField(
                dev.kartoteka.core.field.FieldDefinition.builder("budget", dev.kartoteka.core.field.FieldType.DECIMAL)
                        .build()));
        String[] districts = {"Mokotów", "mokotów", "MOKOTÓW", "Mokotow", "Wola"};
        String[] cities = {"Warszawa", "warszawa", "WARSZAWA", "Kraków"};
        String[] postalCodes = {"02-512", "02-100", "00-950", "30-001"};
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 120; i++) {
            Person.Builder b = Person.builder().givenNames("Osoba").familyName("Numer " + i)
                    .addContactPoint(PostalAddress.polish("ul. Długa", "1", postalCodes[random.nextInt(4)],
                            cities[random.nextInt(4)]).withDistrict(districts[random.nextInt(5)]))
                    .addContactPoint(PhoneContact.of("601 234 567"));
            if (random.nextBoolean()) {
                b.tag(random.nextBoolean() ? "Sklep" : "sklep");
            }
            if (random.nextInt(3) == 0) {
                b.addRole(PartyRole.lead(dev.kartoteka.core.party.LeadDetails.of(
                        dev.kartoteka.core.party.LeadSource.REFERRAL, random.nextBoolean()
                                ? dev.kartoteka.core.party.LeadWarmth.HOT : dev.kartoteka.core.party.LeadWarmth.COLD),
                        LocalDate.of(2026, 1, 1)));
            } else if (random.nextBoolean()) {
                b.addRole(PartyRole.of(RoleType.CLIENT, LocalDate.of(2025, 1, 1)));
            }
            if (random.nextBoolean()) {
                b.customField("budget", java.math.BigDecimal.valueOf(random.nextInt(0, 10_000)));
            }
            Person p = registry.create(b.build());
            if (random.nextBoolean()) {
                buy(p, AS_OF.minusDays(random.nextInt(200)), 100 + random.nextInt(2000));
            }
        }
        List<String> rules = List.of(
                "district = \"mokotów\"", "city = \"WARSZAWA\" and tag(\"SKLEP\")",
                "postalCode startsWith \"02-\" and role(\"lead\") and warmth = \"hot\"",
                "kind = \"PERSON\" and field(\"budget\") >= 5000 and district = \"Mokotów\"",
                "field(\"budget\") is not empty and role(\"client\") and revenue(90d) > 0",
                "field(\"budget\") < 2000 and city = \"warszawa\" and purchases(30d) >= 1");
        for (String text : rules) {
            Segment segment = Segment.parse("s", text);
            SegmentMembership found = segmentation.members(segment, AS_OF);
            Map<PartyId, ActivityType> types = typesOn(AS_OF);
            List<PartyId> bruteForce = new ArrayList<>();
            RegistrySegmentation wide = RegistrySegmentation.builder(registry, PLN).zone(ZoneOffset.UTC)
                    .segmentation(ActivitySegmentation.builder().vipRule(Rule.parse("revenue(90d) > 0 and "
                            + "revenue(30d) >= 0 and revenue(365d) >= 10000 PLN and purchases(365d) >= 3"
                            + " or tag(\"key-account\")")).build()).build();
            wide.forEachSubject(AS_OF, dev.kartoteka.core.registry.PartyQuery.builder().build(), s -> {
                if (segment.rule().test(s.withSegment(types.get(s.partyId())))) {
                    bruteForce.add(s.partyId());
                }
            });
            assertThat(found.members()).as(text).isEqualTo(bruteForce);
            assertThat(found.candidates()).as(text).isLessThan(120);
        }
    }

    @Test
    void aZoneOtherThanTheRegistryClocksNeverPushesAnInteractionPastTheDay() {
        Person late = person("Późna", "Wola");
        registry.history().log(Interaction.builder(late.id(), InteractionType.CALL,
                Instant.parse("2026-12-30T23:30:00Z")).build()); // 2026-12-31 00:30 in Warsaw

        List<ActivityAssignment> all = RegistrySegmentation.builder(registry, PLN)
                .zone(java.time.ZoneId.of("Europe/Warsaw")).build().assignAll(AS_OF.minusDays(1));

        assertThat(all).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(ActivityType.POTENTIAL));
    }

    @Test
    void vipExplanationsKeepTheFiguresButNotThePartysOtherValues() {
        Person anna = person("Nowak", "Mokotów");
        buy(anna, AS_OF.minusDays(3), 500);
        RegistrySegmentation byCity = RegistrySegmentation.builder(registry, PLN).zone(ZoneOffset.UTC)
                .segmentation(ActivitySegmentation.builder()
                        .vipRule(Rule.parse("city startsWith \"War\" and revenue(365d) >= 100")).build()).build();

        ActivityAssignment a = byCity.assignAll(AS_OF).get(0);

        assertThat(a.type()).isEqualTo(ActivityType.VIP);
        assertThat(a.explanation().toString()).contains("city startsWith \"War\": true",
                "revenue(365d) = 500.00 PLN >= 100: true").doesNotContain("Warszawa");
    }

    @Test
    void theClockSaysWhatTodayIs() {
        Person p = person("Dzisiejsza", "Wola");
        buy(p, AS_OF.minusDays(1), 100);
        RegistrySegmentation clocked = RegistrySegmentation.builder(registry, PLN)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

        assertThat(clocked.today()).isEqualTo(AS_OF);
        assertThat(clocked.assignAll()).singleElement().satisfies(a -> assertThat(a.asOf()).isEqualTo(AS_OF));
    }
}
