package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
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
import dev.kartoteka.jpa.KartotekaJpa;
import dev.kartoteka.segmentation.activity.ActivityAssignment;
import dev.kartoteka.segmentation.activity.ActivitySegmentation;
import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.rule.Rule;
import dev.kartoteka.segmentation.segment.RegistrySegmentation;
import dev.kartoteka.segmentation.segment.Segment;
import dev.kartoteka.segmentation.segment.SegmentMembership;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Segmentation gives the same answers on every store: the same client base, built in memory and in crm-jpa on
 * H2 (summaries as SQL aggregates, the segment's filterable part as SQL criteria), yields the same activity types with
 * the same explanations and the same segment members.
 */
class SegmentationStoresTests {

    private static final Currency PLN = Currency.getInstance("PLN");
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    /** The parties are created on AS_OF, so they exist on the day they are segmented. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-31T18:00:00Z"), ZoneOffset.UTC);
    private static final String[] DISTRICTS = {"Mokotów", "Wola", "Ursynów", "Praga-Południe"};

    /** The same 150 clients in any registry: ids fixed, purchases, interactions, consents, tags and roles drawn. */
    private static void populate(ClientRegistry registry) {
        registry.evolveSchema(0, new SchemaChange.AddField(FieldDefinition.builder("budget", FieldType.DECIMAL)
                .label("Budżet").appliesTo(FieldTarget.PERSON).build()));
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 150; i++) {
            Person.Builder b = Person.builder().id(new PartyId(new UUID(random.nextLong(), random.nextLong())))
                    .givenNames("Klient").familyName("Numer " + i)
                    .addContactPoint(PostalAddress.polish("ul. Długa", "1", "02-" + (100 + random.nextInt(800)),
                            "Warszawa").withDistrict(DISTRICTS[random.nextInt(DISTRICTS.length)]))
                    .addContactPoint(PhoneContact.of("601 234 " + (100 + random.nextInt(900))));
            if (random.nextInt(3) > 0) {
                b.customField("budget", BigDecimal.valueOf(random.nextInt(0, 2_000_000), 2));
            }
            if (random.nextInt(10) == 0) {
                b.tag("vip");
            }
            if (random.nextInt(8) == 0) {
                b.tag("key-account");
            }
            if (random.nextInt(12) == 0) {
                b.addRole(PartyRole.of(RoleType.PARTNER, LocalDate.of(2019, 1, 1)));
            }
            Person p = registry.create(b.build());
            int purchases = random.nextInt(5) == 0 ? 0 : random.nextInt(1, 25);
            LocalDate start = AS_OF.minusDays(random.nextInt(1, 1600));
            for (int k = 0; k < purchases; k++) {
                LocalDate day = start.plusDays(random.nextInt((int) (AS_OF.toEpochDay() - start.toEpochDay()) + 1));
                registry.history().record(Transaction.order(p.id(), day,
                        Money.of(BigDecimal.valueOf(random.nextInt(1_000, 900_000), 2), "PLN")));
            }
            if (random.nextBoolean()) {
                registry.history().log(Interaction.builder(p.id(), InteractionType.CALL,
                        AS_OF.minusDays(random.nextInt(800)).atTime(10, 0).toInstant(ZoneOffset.UTC)).build());
            }
            if (random.nextBoolean()) {
                registry.consents().grant(p.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING,
                        ConsentSource.WEB_FORM, Instant.parse("2026-03-01T00:00:00Z"), Optional.empty(),
                        Optional.empty(), false);
            }
        }
    }

    private static RegistrySegmentation segmentation(ClientRegistry registry) {
        return RegistrySegmentation.builder(registry, PLN).zone(ZoneOffset.UTC)
                .segmentation(ActivitySegmentation.builder()
                        .vipRule(Rule.parse("revenue(365d) >= 20000 PLN and purchases(180d) >= 4"))
                        .build())
                .build();
    }

    private static Map<PartyId, String> explained(List<ActivityAssignment> assignments) {
        Map<PartyId, String> out = new HashMap<>();
        assignments.forEach(a -> out.put(a.partyId(), a.type() + " " + a.explanation()));
        return out;
    }

    @Test
    void activityTypesAndSegmentMembersAreTheSameInMemoryAndInTheDatabase() {
        ClientRegistry memory = ClientRegistry.builder().clock(CLOCK).build();
        populate(memory);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:segmentation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Segment mokotowSms = Segment.parse("Mokotów SMS", "district = \"Mokotów\" and postalCode startsWith \"02-\""
                + " and consent(\"sms\", \"marketing\") and segment in [\"active\", \"vip\", \"one-time\"]");
        try (KartotekaJpa jpa = KartotekaJpa.create(h2)) {
            ClientRegistry database = jpa.registryBuilder().clock(CLOCK).build();
            populate(database);

            List<ActivityAssignment> inMemory = segmentation(memory).assignAll(AS_OF);
            List<ActivityAssignment> inDatabase = segmentation(database).assignAll(AS_OF);
            SegmentMembership membersInMemory = segmentation(memory).members(mokotowSms, AS_OF);
            SegmentMembership membersInDatabase = segmentation(database).members(mokotowSms, AS_OF);

            assertThat(inDatabase).hasSize(150).extracting(ActivityAssignment::partyId).isSorted();
            assertThat(explained(inDatabase)).isEqualTo(explained(inMemory));
            assertThat(inDatabase.stream().map(ActivityAssignment::type).collect(Collectors.toSet()))
                    .isEqualTo(EnumSet.allOf(ActivityType.class));
            assertThat(membersInDatabase.members()).isNotEmpty().isEqualTo(membersInMemory.members());
            assertThat(membersInDatabase.candidates()).isEqualTo(membersInMemory.candidates()).isLessThan(150);
            Segment bigBudgets = Segment.parse("Wola budgets", "district = \"Wola\" and field(\"budget\") >= 5000"
                    + " and (sinceInteraction() <= 365 or recency() <= 365)");
            SegmentMembership budgetsInMemory = segmentation(memory).members(bigBudgets, AS_OF);
            SegmentMembership budgetsInDatabase = segmentation(database).members(bigBudgets, AS_OF);
            assertThat(budgetsInDatabase.pushedDown().customFields()).hasSize(1);
            assertThat(budgetsInDatabase.members()).isNotEmpty().isEqualTo(budgetsInMemory.members());
            assertThat(budgetsInDatabase.candidates()).isEqualTo(budgetsInMemory.candidates())
                    .isGreaterThan(budgetsInDatabase.members().size());
            List<Party> wola = new ArrayList<>();
            database.forEachMatch(dev.kartoteka.core.registry.PartyQuery.builder().district("Wola").asOf(AS_OF).build(),
                    wola::add);
            assertThat(budgetsInDatabase.candidates()).isLessThan(wola.size());
            List<Party> mokotow = new ArrayList<>();
            database.forEachMatch(membersInDatabase.pushedDown(), mokotow::add);
            assertThat(mokotow).hasSize((int) membersInDatabase.candidates());
        }
    }
}
