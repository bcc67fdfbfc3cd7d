package dev.kartoteka.examples;

import dev.kartoteka.segmentation.activity.ActivityType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The intended activity types are present in the requested shares, and every client's history really is of its
 * intended type by the definitions of the activity segmentation (written out again here, independently of the
 * generator).
 */
class ExampleDataActivityTests {

    private static final ExampleData DATA = ExampleData.builder().seed(3).persons(2_000).companies(500).build();
    private static final List<ExampleParty> CLIENTS = DATA.entries().filter(ExampleParty::isClient).toList();

    @Test
    void allSixTypesArePresentInTheRequestedShares() {
        Map<ActivityType, Double> shares = shares(CLIENTS);

        for (ActivityType type : ActivityType.values()) {
            assertThat(shares.get(type)).as(type.label())
                    .isCloseTo(DATA.shares().share(type).orElseThrow(), within(0.005));
        }
    }

    @Test
    void personsAndCompaniesEachGetTheRequestedMix() {
        Map<ActivityType, Double> companies = shares(CLIENTS.stream().filter(e -> e.party() instanceof Company)
                .toList());

        for (ActivityType type : ActivityType.values()) {
            assertThat(companies.get(type)).as(type.label())
                    .isCloseTo(DATA.shares().share(type).orElseThrow(), within(0.01));
        }
    }

    @Test
    void everyClientsHistoryMeetsTheDefinitionOfItsIntendedType() {
        assertThat(CLIENTS).allSatisfy(e -> assertThat(classify(e, DATA.asOf())).as(Render.entry(e))
                .isEqualTo(e.intendedType().orElseThrow()));
    }

    @Test
    void otherSharesAreHonouredToo() {
        ExampleData data = ExampleData.builder().seed(4).persons(800).companies(200)
                .shares(ActivityShares.of(0.05, 0.05, 0.1, 0.1, 0.5, 0.2)).build();
        List<ExampleParty> clients = data.entries().filter(ExampleParty::isClient).toList();

        Map<ActivityType, Double> shares = shares(clients);
        assertThat(shares.get(ActivityType.TRUSTED_PARTNER)).isCloseTo(0.5, within(0.01));
        assertThat(shares.get(ActivityType.VIP)).isCloseTo(0.2, within(0.01));
        assertThat(clients).allSatisfy(e -> assertThat(classify(e, data.asOf())).isEqualTo(e.intendedType().get()));
        assertThat(ExampleData.builder().persons(100).companies(0)
                .shares(ActivityShares.only(ActivityType.ONE_TIME)).build().entries()
                .filter(ExampleParty::isClient))
                .allSatisfy(e -> assertThat(e.intendedType()).contains(ActivityType.ONE_TIME));
    }

    @Test
    void drawnHistoriesAreClassifiedByTheSameDefinitions() {
        ExampleData data = ExampleData.builder().seed(5).persons(1_500).companies(500)
                .shares(ActivityShares.asDrawn(0.1, 0.05)).build();
        List<ExampleParty> clients = data.entries().filter(ExampleParty::isClient).toList();

        Map<ActivityType, Double> shares = shares(clients);
        assertThat(shares.get(ActivityType.POTENTIAL)).isCloseTo(0.1, within(0.005));
        assertThat(shares.get(ActivityType.VIP)).isCloseTo(0.05, within(0.005));
        assertThat(shares).allSatisfy((type, share) -> assertThat(share).as(type.label()).isPositive());
        assertThat(clients).allSatisfy(e -> assertThat(classify(e, data.asOf())).as(Render.entry(e))
                .isEqualTo(e.intendedType().get()));
    }

    @Test
    void potentialClientsAreLeadsAndBuyersAreClients() {
        assertThat(CLIENTS).allSatisfy(e -> {
            List<PartyRole> roles = e.party().rolesOn(DATA.asOf());
            if (e.transactions().isEmpty()) {
                assertThat(roles).extracting(PartyRole::type).containsExactly(RoleType.LEAD);
            } else {
                assertThat(roles).extracting(PartyRole::type).contains(RoleType.CLIENT).doesNotContain(RoleType.LEAD);
            }
        });
    }

    private static Map<ActivityType, Double> shares(List<ExampleParty> clients) {
        Map<ActivityType, Double> out = new EnumMap<>(ActivityType.class);
        for (ActivityType t : ActivityType.values()) {
            out.put(t, (double) clients.stream().filter(e -> e.intendedType().orElseThrow() == t).count()
                    / clients.size());
        }
        return out;
    }

    /** The activity definitions, as the segmentation states them. */
    static ActivityType classify(ExampleParty e, LocalDate asOf) {
        if (e.party().tags().contains(Tag.of("vip"))) {
            return ActivityType.VIP;
        }
        long today = asOf.toEpochDay();
        List<Long> days = e.transactions().stream().filter(Transaction::isPurchase)
                .map(t -> t.date().toEpochDay()).distinct().sorted().toList();
        long firstInteraction = e.interactions().stream()
                .mapToLong(i -> LocalDate.ofInstant(i.at(), ZoneOffset.UTC).toEpochDay()).min().orElse(Long.MAX_VALUE);
        if (days.isEmpty()) {
            long last = e.interactions().stream().map(Interaction::at)
                    .mapToLong(at -> LocalDate.ofInstant(at, ZoneOffset.UTC).toEpochDay()).max().orElseThrow();
            return today - last <= 365 ? ActivityType.POTENTIAL : ActivityType.INACTIVE;
        }
        long first = days.get(0);
        long last = days.get(days.size() - 1);
        long recency = today - last;
        if (recency > 365) {
            return ActivityType.INACTIVE;
        }
        if (days.size() >= 2) {
            double interval = (double) (last - first) / (days.size() - 1);
            if (recency / Math.max(1, interval) > 3 && recency > 90) {
                return ActivityType.INACTIVE;
            }
        }
        if (days.size() == 1) {
            return ActivityType.ONE_TIME;
        }
        if (e.party().hasRole(RoleType.PARTNER, asOf)) {
            return ActivityType.TRUSTED_PARTNER;
        }
        long start = Math.min(first, firstInteraction);
        start = Math.min(start, e.party().roles().stream().map(PartyRole::since).mapToLong(LocalDate::toEpochDay)
                .min().orElse(Long.MAX_VALUE));
        if (today - start >= 1095 && days.size() >= 12) {
            return ActivityType.TRUSTED_PARTNER;
        }
        return ActivityType.ACTIVE;
    }

}
