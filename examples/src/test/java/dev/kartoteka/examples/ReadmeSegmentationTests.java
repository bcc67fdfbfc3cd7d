package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.segmentation.activity.ActivityAssignment;
import dev.kartoteka.segmentation.activity.ActivitySegmentation;
import dev.kartoteka.segmentation.activity.ActivityTransitions;
import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.activity.Transition;
import dev.kartoteka.segmentation.rfm.RfmInput;
import dev.kartoteka.segmentation.rfm.RfmResult;
import dev.kartoteka.segmentation.rfm.RfmScoring;
import dev.kartoteka.segmentation.rule.Rule;
import dev.kartoteka.segmentation.segment.RegistrySegmentation;
import dev.kartoteka.segmentation.segment.Segment;
import dev.kartoteka.segmentation.segment.SegmentMembership;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps README's segmentation example honest: the same lines compile and run here. */
class ReadmeSegmentationTests {

    @Test
    void segmentsARegistryIntoTheSixTypesListsTransitionsFindsARuleSegmentAndScoresRfm() {
        ClientRegistry registry = ClientRegistry.builder()
                .clock(Clock.fixed(Instant.parse("2027-01-02T08:00:00Z"), ZoneOffset.UTC)).build();
        Person anna = registry.create(Person.builder().givenNames("Anna").familyName("Kowalska")
                .addContactPoint(PostalAddress.polish("ul. Puławska", "10", "02-512", "Warszawa").withDistrict("Mokotów"))
                .addContactPoint(PhoneContact.of("601 234 567")) // an SMS needs a phone to go to
                .build());
        Person jan = registry.create(Person.builder().givenNames("Jan").familyName("Nowak").tag("key-account").build());
        for (int month = 1; month <= 12; month++) {
            registry.history().record(Transaction.order(anna.id(), LocalDate.of(2026, month, 10),
                    Money.of(new BigDecimal("250.00"), "PLN")));
        }
        registry.history().record(Transaction.order(jan.id(), LocalDate.of(2026, 9, 1),
                Money.of(new BigDecimal("900.00"), "PLN")));
        registry.consents().grant(anna.id(), ConsentChannel.SMS, ConsentPurpose.MARKETING, ConsentSource.WEB_FORM,
                Instant.parse("2026-05-01T10:00:00Z"), Optional.empty(), Optional.empty(), false);
        List<Transition> campaign = new ArrayList<>();

        // --- segmentation (keep identical to README.md) ---
        Currency pln = Currency.getInstance("PLN");
        LocalDate today = LocalDate.of(2026, 12, 31);
        RegistrySegmentation segments = RegistrySegmentation.builder(registry, pln)
                .segmentation(ActivitySegmentation.builder()
                        .vipRule(Rule.parse("revenue(365d) >= 50000 PLN and purchases(365d) >= 12"
                                + " or clv(12m) >= 20000 PLN or tag(\"key-account\")"))
                        .build())
                .build();
        List<ActivityAssignment> types = segments.assignAll(today);       // one of six types each, with why
        ActivityTransitions moves = segments.transitions(today.minusMonths(3), today, campaign::add);
        SegmentMembership mokotowSms = segments.members(Segment.parse("Mokotów SMS",
                "district = \"Mokotów\" and consent(\"sms\", \"marketing\") and segment != \"inactive\""), today);
        RfmResult rfm = RfmScoring.defaults().score(registry.history().purchaseSummaries(pln, today)
                .map(s -> RfmInput.of(s, today)));
        // --- end of segmentation ---

        assertThat(types).extracting(ActivityAssignment::type)
                .containsExactlyInAnyOrderElementsOf(List.of(ActivityType.ACTIVE, ActivityType.VIP));
        assertThat(types).filteredOn(a -> a.partyId().equals(anna.id())).singleElement()
                .satisfies(a -> assertThat(a.explanation().toString()).startsWith("active: purchase days = 12 >= 2"));
        assertThat(moves.transitions()).isEqualTo(campaign);
        assertThat(mokotowSms.members()).containsExactly(anna.id());
        assertThat(mokotowSms.candidates()).isEqualTo(1);
        assertThat(rfm.size()).isEqualTo(2);
        assertThat(rfm.scores()).filteredOn(s -> s.partyId().equals(anna.id())).singleElement()
                .satisfies(s -> assertThat(s.f()).isGreaterThan(1));
    }

    @Test
    void readmeShowsExactlyTheseLines() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("segmentation:", "ReadmeSegmentationTests", "segmentation");
    }
}
