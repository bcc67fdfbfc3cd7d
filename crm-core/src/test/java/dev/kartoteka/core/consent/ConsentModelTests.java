package dev.kartoteka.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.MessengerContact;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.party.WebsiteContact;
import dev.kartoteka.core.spi.ConsentStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The consent value types and the in-memory store on their own. */
class ConsentModelTests {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final PartyId PARTY = PartyId.random();

    private static ConsentEvent event(Optional<Identifier> point, ConsentChannel channel, ConsentAction action,
                                      Optional<Instant> validUntil, OptInState optIn, Optional<UUID> confirms) {
        return new ConsentEvent(UUID.randomUUID(), PARTY, point, channel, ConsentPurpose.MARKETING, action, AT, AT,
                ConsentSource.API, Optional.empty(), validUntil, optIn, confirms, Optional.empty());
    }

    private static ConsentEvent grant() {
        return event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.GRANTED, Optional.empty(),
                OptInState.NOT_REQUIRED, Optional.empty());
    }

    @Test
    void purposeCodesAreUpperCaseWords() {
        assertThat(ConsentPurpose.of(" surveys_2026 ").code()).isEqualTo("SURVEYS_2026");
        assertThat(ConsentPurpose.of("marketing")).isEqualTo(ConsentPurpose.MARKETING);
        assertThat(ConsentPurpose.MARKETING.isBuiltIn()).isTrue();
        assertThat(ConsentPurpose.SHARING_WITH_PARTNERS.isBuiltIn()).isTrue();
        assertThat(ConsentPurpose.of("surveys").isBuiltIn()).isFalse();
        assertThat(ConsentPurpose.NEWSLETTER).hasToString("NEWSLETTER");
        for (String bad : List.of("", "1ST", "e-mail", "A".repeat(41), "ŻÓŁW")) {
            assertThatThrownBy(() -> ConsentPurpose.of(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("consentPurpose");
        }
        assertThatThrownBy(() -> new ConsentPurpose("surveys")).isInstanceOf(ValidationException.class);
        assertThatNullPointerException().isThrownBy(() -> ConsentPurpose.of(null));
    }

    @Test
    void channelsAreServedByTheirKindOfContactPoint() {
        ContactPoint email = EmailContact.of("anna@example.pl");
        ContactPoint mobile = PhoneContact.of("601 234 567");
        ContactPoint landline = PhoneContact.of("+48 22 123 45 67");
        ContactPoint ambiguous = PhoneContact.of("+1 650 253 0000");
        ContactPoint tollFree = PhoneContact.of("+48 800 123 456");
        ContactPoint address = PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź");
        ContactPoint messenger = MessengerContact.of("Signal", "@anna.k");
        ContactPoint website = WebsiteContact.of("zolw.pl");

        assertThat(served(ConsentChannel.EMAIL, email, mobile, address, messenger, website)).containsExactly(email);
        assertThat(served(ConsentChannel.SMS, email, mobile, landline, ambiguous, tollFree))
                .containsExactly(mobile, ambiguous);
        assertThat(served(ConsentChannel.PHONE, email, mobile, landline, tollFree))
                .containsExactly(mobile, landline, tollFree);
        assertThat(served(ConsentChannel.POST, email, mobile, address, messenger)).containsExactly(address);
        assertThat(served(ConsentChannel.MESSENGER, email, address, messenger, website)).containsExactly(messenger);
    }

    private static List<ContactPoint> served(ConsentChannel channel, ContactPoint... points) {
        return List.of(points).stream().filter(channel::serves).toList();
    }

    @Test
    void onlyEmailAndPhoneChannelsTakeAContactPoint() {
        Email email = Email.of("anna@example.pl");
        PhoneNumber landline = PhoneNumber.parse("+48 22 123 45 67");

        assertThat(ConsentChannel.EMAIL.accepts(email)).isTrue();
        assertThat(ConsentChannel.EMAIL.accepts(landline)).isFalse();
        assertThat(ConsentChannel.SMS.accepts(landline)).as("any number names a point; serving is checked later")
                .isTrue();
        assertThat(ConsentChannel.PHONE.accepts(landline)).isTrue();
        assertThat(ConsentChannel.PHONE.accepts(email)).isFalse();
        assertThat(ConsentChannel.POST.accepts(email)).isFalse();
        assertThat(ConsentChannel.MESSENGER.accepts(landline)).isFalse();
    }

    @Test
    void eventsMustBeAGrantAConfirmationOrAWithdrawal() {
        assertThat(grant().isGrant()).isTrue();
        ConsentEvent confirmation = event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.GRANTED,
                Optional.empty(), OptInState.CONFIRMED, Optional.of(UUID.randomUUID()));
        assertThat(confirmation.isConfirmation()).isTrue();
        assertThat(confirmation.isGrant()).isFalse();
        ConsentEvent withdrawal = event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.WITHDRAWN,
                Optional.empty(), OptInState.NOT_REQUIRED, Optional.empty());
        assertThat(withdrawal.isWithdrawal()).isTrue();

        assertThatThrownBy(() -> event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.WITHDRAWN,
                Optional.empty(), OptInState.PENDING, Optional.empty())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.WITHDRAWN,
                Optional.of(AT.plusSeconds(1)), OptInState.NOT_REQUIRED, Optional.empty()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.GRANTED,
                Optional.empty(), OptInState.CONFIRMED, Optional.empty())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.GRANTED,
                Optional.empty(), OptInState.PENDING, Optional.of(UUID.randomUUID())))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.GRANTED,
                Optional.of(AT.plusSeconds(1)), OptInState.CONFIRMED, Optional.of(UUID.randomUUID())))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.GRANTED,
                Optional.of(AT), OptInState.NOT_REQUIRED, Optional.empty()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("validUntil");
    }

    @Test
    void eventContactPointMustSuitTheChannel() {
        Optional<Identifier> email = Optional.of(Email.of("anna@example.pl"));
        Optional<Identifier> phone = Optional.of(PhoneNumber.parse("601 234 567"));

        assertThat(event(email, ConsentChannel.EMAIL, ConsentAction.GRANTED, Optional.empty(),
                OptInState.NOT_REQUIRED, Optional.empty()).contactPoint()).isEqualTo(email);
        assertThat(event(phone, ConsentChannel.SMS, ConsentAction.WITHDRAWN, Optional.empty(),
                OptInState.NOT_REQUIRED, Optional.empty()).contactPoint()).isEqualTo(phone);
        assertThatThrownBy(() -> event(phone, ConsentChannel.EMAIL, ConsentAction.GRANTED, Optional.empty(),
                OptInState.NOT_REQUIRED, Optional.empty())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("contactPoint");
        assertThatThrownBy(() -> event(email, ConsentChannel.POST, ConsentAction.GRANTED, Optional.empty(),
                OptInState.NOT_REQUIRED, Optional.empty())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("channel-wide");
    }

    @Test
    void evidenceMustBeNonBlankAndBounded() {
        assertThatThrownBy(() -> new ConsentEvent(UUID.randomUUID(), PARTY, Optional.empty(), ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, ConsentAction.GRANTED, AT, AT, ConsentSource.API, Optional.of("  "),
                Optional.empty(), OptInState.NOT_REQUIRED, Optional.empty(), Optional.empty()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("evidence");
        String longest = "x".repeat(ConsentEvent.MAX_EVIDENCE_LENGTH);
        assertThat(new ConsentEvent(UUID.randomUUID(), PARTY, Optional.empty(), ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, ConsentAction.GRANTED, AT, AT, ConsentSource.API, Optional.of(longest),
                Optional.empty(), OptInState.NOT_REQUIRED, Optional.empty(), Optional.of(UserId.of("alice")))
                .evidence()).contains(longest);
    }

    @Test
    void eventTextShowsNoPersonalData() {
        ConsentEvent e = new ConsentEvent(UUID.randomUUID(), PARTY, Optional.of(Email.of("anna.nowak@example.pl")),
                ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER, ConsentAction.GRANTED, AT, AT, ConsentSource.WEB_FORM,
                Optional.of("IP 10.0.0.1, Anna Nowak"), Optional.of(AT.plusSeconds(60)), OptInState.PENDING,
                Optional.empty(), Optional.of(UserId.of("anna.kowalska@firma.pl")));

        assertThat(e.toString()).doesNotContain("anna.nowak@example.pl").doesNotContain("Anna Nowak")
                .doesNotContain("10.0.0.1").doesNotContain("kowalska")
                .contains("GRANTED EMAIL/NEWSLETTER").contains("optIn=PENDING").contains("evidence of 23 chars");
    }

    @Test
    void allowedDecisionsNeedADecidingGrant() {
        ConsentEvent g = grant();
        assertThat(ConsentDecision.allowed("granted", g).decidedBy()).contains(g);
        assertThat(ConsentDecision.denied("no consent", Optional.empty()).allowed()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new ConsentDecision(true, "yes", Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> ConsentDecision.denied(" ", Optional.empty()));
        ConsentEvent w = event(Optional.empty(), ConsentChannel.EMAIL, ConsentAction.WITHDRAWN, Optional.empty(),
                OptInState.NOT_REQUIRED, Optional.empty());
        assertThatIllegalArgumentException().isThrownBy(() -> ConsentDecision.allowed("yes", w));
    }

    @Test
    void inMemoryStoreAppendsAndFinds() {
        ConsentStore store = ConsentStore.inMemory();
        ConsentEvent first = grant();
        ConsentEvent second = grant();
        store.append(second);
        store.append(first);

        assertThat(store.eventsOf(PARTY)).as("in append order").containsExactly(second, first);
        assertThat(store.find(first.id())).contains(first);
        assertThat(store.find(UUID.randomUUID())).isEmpty();
        assertThat(store.eventsOf(PartyId.random())).isEmpty();
        assertThatThrownBy(() -> store.append(first)).isInstanceOf(StateConflictException.class);
        assertThat(store.eventsOf(PARTY)).hasSize(2);
    }
}
