package dev.kartoteka.core.consent;

import static dev.kartoteka.core.consent.ConsentChannel.EMAIL;
import static dev.kartoteka.core.consent.ConsentChannel.PHONE;
import static dev.kartoteka.core.consent.ConsentChannel.POST;
import static dev.kartoteka.core.consent.ConsentChannel.SMS;
import static dev.kartoteka.core.consent.ConsentPurpose.MARKETING;
import static dev.kartoteka.core.consent.ConsentPurpose.NEWSLETTER;
import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.internal.DefaultConsents;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPerson;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ExampleParties;
import dev.kartoteka.core.registry.MutableClock;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every consent ledger must show, whatever its stores: each rule of {@link Consents} with a scenario. A
 * store implementation runs it by extending this class and returning new, empty stores from {@link #newPartyStore()}
 * and {@link #newConsentStore()}.
 *
 * <p>The clock is a {@link MutableClock} standing at 2026-11-22T10:00Z; events happen at {@link #day(int) days} before
 * it. The example person has two e-mail addresses, a mobile and a landline, and no postal address.
 */
public abstract class ConsentsContract {

    /** The registry's clock when a test does not move it. */
    protected static final Instant NOW = MutableClock.START;

    protected static final Email WORK_EMAIL = Email.of("anna.nowak@firma.pl");
    protected static final Email HOME_EMAIL = Email.of("anna@example.pl");
    protected static final PhoneNumber MOBILE = PhoneNumber.parse("601 234 567");
    protected static final PhoneNumber LANDLINE = PhoneNumber.parse("+48 22 123 45 67");
    /** Evidence with personal data in it: it must never show in a toString. */
    protected static final String EVIDENCE = "Formularz podpisany przez Anna Nowak, tel. 601 234 567";

    protected MutableClock clock;
    protected PartyStore parties;
    protected ConsentStore store;
    protected List<ConsentEvent> recorded;
    protected Consents consents;
    protected PartyId anna;

    /**
     * @return a new, empty party store
     */
    protected abstract PartyStore newPartyStore();

    /**
     * @return a new, empty consent store
     */
    protected abstract ConsentStore newConsentStore();

    @BeforeEach
    void setUpLedger() {
        clock = new MutableClock();
        parties = newPartyStore();
        store = newConsentStore();
        recorded = new ArrayList<>();
        consents = new DefaultConsents(parties, store, clock, recorded::add);
        anna = insert(person("Anna", "Nowak")
                .addContactPoint(new EmailContact(WORK_EMAIL, dev.kartoteka.core.party.ContactUsage.main()))
                .addContactPoint(EmailContact.of("anna@example.pl"))
                .addContactPoint(PhoneContact.of("601 234 567"))
                .addContactPoint(PhoneContact.of("+48 22 123 45 67"))
                .build());
    }

    /**
     * @param daysBeforeNow how many days before {@link #NOW}
     * @return that instant
     */
    protected static Instant day(int daysBeforeNow) {
        return NOW.minus(Duration.ofDays(daysBeforeNow));
    }

    protected PartyId insert(Party party) {
        Party stored = party.toBuilder().createdAt(clock.instant()).updatedAt(clock.instant()).build();
        parties.insert(stored);
        return stored.id();
    }

    protected PartyId insertPersonWith(ContactPoint... points) {
        Person.Builder b = person("Jan", "Kowalski");
        for (ContactPoint p : points) {
            b.addContactPoint(p);
        }
        return insert(b.build());
    }

    protected ConsentEvent grant(PartyId party, ConsentChannel channel, ConsentPurpose purpose, Instant at) {
        return consents.grant(party, channel, purpose, ConsentSource.WEB_FORM, at, Optional.empty(), Optional.empty(),
                false);
    }

    protected ConsentEvent grantPoint(PartyId party, dev.kartoteka.core.identifier.Identifier point,
                                      ConsentChannel channel, ConsentPurpose purpose, Instant at) {
        return consents.grant(party, point, channel, purpose, ConsentSource.WEB_FORM, at, Optional.empty(),
                Optional.empty(), false);
    }

    protected ConsentEvent pending(PartyId party, ConsentChannel channel, ConsentPurpose purpose, Instant at) {
        return consents.grant(party, channel, purpose, ConsentSource.WEB_FORM, at, Optional.empty(), Optional.empty(),
                true);
    }

    protected ConsentEvent expiring(PartyId party, ConsentChannel channel, ConsentPurpose purpose, Instant at,
                                    Instant validUntil) {
        return consents.grant(party, channel, purpose, ConsentSource.WEB_FORM, at, Optional.empty(),
                Optional.of(validUntil), false);
    }

    protected ConsentEvent confirm(ConsentEvent grant, Instant at) {
        return consents.confirm(grant.id(), at, ConsentSource.EMAIL, Optional.empty());
    }

    protected ConsentEvent withdraw(PartyId party, ConsentChannel channel, ConsentPurpose purpose, Instant at) {
        return consents.withdraw(party, channel, purpose, ConsentSource.CALL, at, Optional.empty());
    }

    protected ConsentEvent withdrawPoint(PartyId party, dev.kartoteka.core.identifier.Identifier point,
                                         ConsentChannel channel, ConsentPurpose purpose, Instant at) {
        return consents.withdraw(party, point, channel, purpose, ConsentSource.CALL, at, Optional.empty());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // grants and withdrawals

    @Test
    void grantAllowsContactOnItsChannelForItsPurpose() {
        ConsentEvent g = grant(anna, EMAIL, MARKETING, day(10));

        ConsentDecision d = consents.mayContact(anna, EMAIL, MARKETING, NOW);

        assertThat(d.allowed()).isTrue();
        assertThat(d.decidedBy()).contains(g);
        assertThat(d.reason()).startsWith("granted on " + day(10)).contains(g.id().toString());
        assertThat(consents.mayContact(anna, WORK_EMAIL, EMAIL, MARKETING, NOW).decidedBy()).contains(g);
    }

    @Test
    void nothingRecordedMeansNoConsent() {
        ConsentDecision d = consents.mayContact(anna, SMS, MARKETING, NOW);

        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).isEqualTo("no consent recorded for SMS/MARKETING");
        assertThat(d.decidedBy()).isEmpty();
    }

    @Test
    void grantCoversOnlyItsChannelAndPurpose() {
        grant(anna, EMAIL, MARKETING, day(10));

        assertThat(consents.mayContact(anna, EMAIL, NEWSLETTER, NOW).allowed()).isFalse();
        assertThat(consents.mayContact(anna, SMS, MARKETING, NOW).allowed()).isFalse();
        assertThat(consents.mayContact(anna, PHONE, MARKETING, NOW).allowed()).isFalse();
        assertThat(consents.mayContact(anna, EMAIL, ConsentPurpose.of("surveys"), NOW).allowed()).isFalse();
    }

    @Test
    void userDefinedPurposesWorkLikeBuiltInOnes() {
        ConsentEvent g = grant(anna, PHONE, ConsentPurpose.of("surveys"), day(3));

        assertThat(consents.mayContact(anna, PHONE, ConsentPurpose.of("SURVEYS"), NOW).decidedBy()).contains(g);
    }

    @Test
    void withdrawalWinsOverAnOlderGrant() {
        grant(anna, EMAIL, MARKETING, day(10));
        ConsentEvent w = withdraw(anna, EMAIL, MARKETING, day(5));

        ConsentDecision d = consents.mayContact(anna, EMAIL, MARKETING, NOW);

        assertThat(d.allowed()).isFalse();
        assertThat(d.decidedBy()).contains(w);
        assertThat(d.reason()).isEqualTo("withdrawn on " + day(5) + " (event " + w.id() + ")");
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, day(7)).allowed()).as("before the withdrawal").isTrue();
    }

    @Test
    void withdrawalWinsOverAGrantAtTheSameInstantWhateverTheRecordingOrder() {
        ConsentEvent w1 = withdraw(anna, EMAIL, MARKETING, day(5));
        clock.advance(Duration.ofMinutes(1));
        grant(anna, EMAIL, MARKETING, day(5));
        clock.advance(Duration.ofMinutes(1));
        grant(anna, SMS, MARKETING, day(5));
        clock.advance(Duration.ofMinutes(1));
        ConsentEvent w2 = withdraw(anna, SMS, MARKETING, day(5));

        assertThat(consents.mayContact(anna, EMAIL, MARKETING, NOW).decidedBy()).contains(w1);
        assertThat(consents.mayContact(anna, SMS, MARKETING, NOW).decidedBy()).contains(w2);
        assertThat(consents.mayContact(anna, SMS, MARKETING, NOW).allowed()).isFalse();
    }

    @Test
    void grantAfterAWithdrawalAllowsAgain() {
        grant(anna, EMAIL, MARKETING, day(10));
        withdraw(anna, EMAIL, MARKETING, day(5));
        ConsentEvent again = grant(anna, EMAIL, MARKETING, day(2));

        assertThat(consents.mayContact(anna, EMAIL, MARKETING, NOW).decidedBy()).contains(again);
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, NOW).allowed()).isTrue();
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, day(3)).allowed()).isFalse();
    }

    @Test
    void theTimeAnEventHappenedDecidesNotTheTimeItWasRecorded() {
        ConsentEvent g = grant(anna, EMAIL, MARKETING, day(2));
        clock.advance(Duration.ofHours(1));
        withdraw(anna, EMAIL, MARKETING, day(5));

        assertThat(consents.mayContact(anna, EMAIL, MARKETING, clock.instant()).decidedBy()).contains(g);
    }

    @Test
    void eventsAfterTheQueryTimeAreIgnored() {
        ConsentEvent g = grant(anna, EMAIL, MARKETING, day(10));
        withdraw(anna, EMAIL, MARKETING, day(5));

        assertThat(consents.mayContact(anna, EMAIL, MARKETING, day(11)).reason())
                .isEqualTo("no consent recorded for EMAIL/MARKETING");
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, day(10)).decidedBy()).contains(g);
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, day(5).minusNanos(1)).allowed()).isTrue();
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, day(5)).allowed()).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // double opt-in

    @Test
    void pendingGrantDoesNotAllowUntilConfirmed() {
        ConsentEvent g = pending(anna, EMAIL, NEWSLETTER, day(10));
        ConsentEvent c = confirm(g, day(8));

        ConsentDecision before = consents.mayContact(anna, EMAIL, NEWSLETTER, day(9));
        assertThat(before.allowed()).isFalse();
        assertThat(before.decidedBy()).contains(g);
        assertThat(before.reason()).isEqualTo("grant pending double opt-in since " + day(10) + " (event " + g.id() + ")");

        ConsentDecision after = consents.mayContact(anna, EMAIL, NEWSLETTER, day(8));
        assertThat(after.allowed()).isTrue();
        assertThat(after.decidedBy()).as("the grant decides, not its confirmation").contains(g);
        assertThat(after.reason()).contains("confirmed on " + day(8)).contains(c.id().toString());
    }

    @Test
    void confirmationKeepsTheGrantsSameIdentityAndNamesIt() {
        ConsentEvent g = consents.grant(anna, WORK_EMAIL, EMAIL, NEWSLETTER, ConsentSource.WEB_FORM, day(10),
                Optional.of("form #123"), Optional.of(day(1)), true);
        assertThat(g.optIn()).isEqualTo(OptInState.PENDING);

        ConsentEvent c = consents.confirm(g.id(), day(9), ConsentSource.EMAIL, Optional.of("link clicked"));

        assertThat(c.isConfirmation()).isTrue();
        assertThat(c.optIn()).isEqualTo(OptInState.CONFIRMED);
        assertThat(c.confirms()).contains(g.id());
        assertThat(c.partyId()).isEqualTo(anna);
        assertThat(c.contactPoint()).contains(WORK_EMAIL);
        assertThat(c.channel()).isEqualTo(EMAIL);
        assertThat(c.purpose()).isEqualTo(NEWSLETTER);
        assertThat(c.action()).isEqualTo(ConsentAction.GRANTED);
        assertThat(c.at()).isEqualTo(day(9));
        assertThat(c.source()).isEqualTo(ConsentSource.EMAIL);
        assertThat(c.evidence()).contains("link clicked");
        assertThat(c.validUntil()).isEmpty();
    }

    @Test
    void confirmationDoesNotMakeAGrantNewerThanALaterWithdrawal() {
        ConsentEvent g = pending(anna, EMAIL, NEWSLETTER, day(10));
        ConsentEvent w = withdraw(anna, EMAIL, NEWSLETTER, day(8));
        confirm(g, day(6));

        ConsentDecision d = consents.mayContact(anna, EMAIL, NEWSLETTER, NOW);

        assertThat(d.allowed()).isFalse();
        assertThat(d.decidedBy()).contains(w);
    }

    @Test
    void pendingGrantDoesNotHideAnOlderValidGrant() {
        ConsentEvent old = grant(anna, EMAIL, NEWSLETTER, day(30));
        pending(anna, EMAIL, NEWSLETTER, day(2));

        assertThat(consents.mayContact(anna, EMAIL, NEWSLETTER, NOW).decidedBy()).contains(old);
        assertThat(consents.mayContact(anna, EMAIL, NEWSLETTER, NOW).allowed()).isTrue();
    }

    @Test
    void withdrawalBeforeAPendingGrantStillDecidesAndTheReasonMentionsThePendingGrant() {
        grant(anna, EMAIL, NEWSLETTER, day(30));
        ConsentEvent w = withdraw(anna, EMAIL, NEWSLETTER, day(20));
        ConsentEvent p = pending(anna, EMAIL, NEWSLETTER, day(2));

        ConsentDecision d = consents.mayContact(anna, EMAIL, NEWSLETTER, NOW);

        assertThat(d.decidedBy()).contains(w);
        assertThat(d.reason()).contains("pending double opt-in").contains(p.id().toString());
    }

    @Test
    void confirmRejectsAnUnknownEvent() {
        assertThatThrownBy(() -> consents.confirm(UUID.randomUUID(), NOW, ConsentSource.EMAIL, Optional.empty()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void confirmRejectsEventsThatAreNotPendingGrants() {
        ConsentEvent plain = grant(anna, EMAIL, MARKETING, day(10));
        ConsentEvent w = withdraw(anna, EMAIL, MARKETING, day(9));
        ConsentEvent p = pending(anna, SMS, MARKETING, day(8));
        ConsentEvent c = confirm(p, day(7));

        for (ConsentEvent e : List.of(plain, w, c)) {
            assertThatThrownBy(() -> confirm(e, day(1))).as(e.toString()).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("pendingGrantId");
        }
    }

    @Test
    void confirmRejectsASecondConfirmation() {
        ConsentEvent p = pending(anna, EMAIL, MARKETING, day(10));
        ConsentEvent first = confirm(p, day(9));

        assertThatThrownBy(() -> confirm(p, day(5))).isInstanceOf(StateConflictException.class)
                .hasMessageContaining(first.id().toString());
        assertThat(consents.history(anna)).hasSize(2);
    }

    @Test
    void confirmRejectsAConfirmationBeforeTheGrantOrInTheFuture() {
        ConsentEvent p = pending(anna, EMAIL, MARKETING, day(10));

        assertThatThrownBy(() -> confirm(p, day(11))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> confirm(p, NOW.plusSeconds(1))).isInstanceOf(ValidationException.class);
        assertThat(confirm(p, day(10)).at()).as("at the grant's own instant").isEqualTo(day(10));
    }

    @Test
    void confirmRejectsAGrantThatExpiredBeforeTheConfirmation() {
        ConsentEvent p = consents.grant(anna, EMAIL, MARKETING, ConsentSource.WEB_FORM, day(10), Optional.empty(),
                Optional.of(day(9)), true);

        assertThatThrownBy(() -> confirm(p, day(8))).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("expired");
        assertThat(confirm(p, day(9)).confirms()).as("at its last valid instant").contains(p.id());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // expiry

    @Test
    void grantExpiresAfterItsValidUntil() {
        ConsentEvent g = expiring(anna, EMAIL, MARKETING, day(10), day(5));

        assertThat(consents.mayContact(anna, EMAIL, MARKETING, day(5)).allowed()).as("last valid instant").isTrue();
        ConsentDecision d = consents.mayContact(anna, EMAIL, MARKETING, day(5).plusNanos(1));
        assertThat(d.allowed()).isFalse();
        assertThat(d.decidedBy()).contains(g);
        assertThat(d.reason()).isEqualTo("grant expired on " + day(5) + " (event " + g.id() + ")");
    }

    @Test
    void expiredGrantDoesNotBringAnOlderGrantBack() {
        grant(anna, EMAIL, MARKETING, day(30));
        ConsentEvent limited = expiring(anna, EMAIL, MARKETING, day(10), day(5));

        ConsentDecision d = consents.mayContact(anna, EMAIL, MARKETING, NOW);

        assertThat(d.allowed()).isFalse();
        assertThat(d.decidedBy()).contains(limited);
        assertThat(d.reason()).contains("expired");
    }

    @Test
    void newerGrantReplacesAnExpiredOne() {
        expiring(anna, EMAIL, MARKETING, day(10), day(5));
        ConsentEvent renewed = grant(anna, EMAIL, MARKETING, day(4));

        assertThat(consents.mayContact(anna, EMAIL, MARKETING, NOW).decidedBy()).contains(renewed);
    }

    @Test
    void grantRejectsAValidityThatDoesNotEndAfterItStarts() {
        assertThatThrownBy(() -> expiring(anna, EMAIL, MARKETING, day(10), day(10)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("validUntil");
        assertThatThrownBy(() -> expiring(anna, EMAIL, MARKETING, day(10), day(11)))
                .isInstanceOf(ValidationException.class);
        assertThat(store.eventsOf(anna)).isEmpty();
        assertThat(recorded).isEmpty();
    }

    @Test
    void eventsCannotHappenAfterTheRegistrysClock() {
        assertThatThrownBy(() -> grant(anna, EMAIL, MARKETING, NOW.plusMillis(1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at");
        assertThatThrownBy(() -> withdraw(anna, EMAIL, MARKETING, NOW.plusMillis(1)))
                .isInstanceOf(ValidationException.class);
        assertThat(grant(anna, EMAIL, MARKETING, NOW).at()).isEqualTo(NOW);
    }

    @Test
    void recordedAtComesFromTheClock() {
        clock.advance(Duration.ofMinutes(7));

        ConsentEvent g = grant(anna, EMAIL, MARKETING, day(10));

        assertThat(g.recordedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(7)));
        assertThat(g.at()).isEqualTo(day(10));
        assertThat(g.source()).isEqualTo(ConsentSource.WEB_FORM);
        assertThat(g.optIn()).isEqualTo(OptInState.NOT_REQUIRED);
        assertThat(g.recordedBy()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // channel-wide and per contact point

    @Test
    void withdrawalForOneAddressLeavesTheOtherAllowed() {
        ConsentEvent all = grant(anna, EMAIL, MARKETING, day(10));
        ConsentEvent w = withdrawPoint(anna, HOME_EMAIL, EMAIL, MARKETING, day(5));

        assertThat(consents.mayContact(anna, HOME_EMAIL, EMAIL, MARKETING, NOW).decidedBy()).contains(w);
        assertThat(consents.mayContact(anna, HOME_EMAIL, EMAIL, MARKETING, NOW).allowed()).isFalse();
        assertThat(consents.mayContact(anna, WORK_EMAIL, EMAIL, MARKETING, NOW).decidedBy()).contains(all);
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, NOW).allowed())
                .as("the party may still be e-mailed at the other address").isTrue();
    }

    @Test
    void grantForOneAddressAllowsOnlyThatAddress() {
        ConsentEvent g = grantPoint(anna, WORK_EMAIL, EMAIL, MARKETING, day(10));

        assertThat(consents.mayContact(anna, WORK_EMAIL, EMAIL, MARKETING, NOW).decidedBy()).contains(g);
        assertThat(consents.mayContact(anna, HOME_EMAIL, EMAIL, MARKETING, NOW).allowed()).isFalse();
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, NOW).decidedBy())
                .as("the party may be e-mailed, at that address").contains(g);
    }

    @Test
    void channelWideWithdrawalWinsOverAnOlderGrantForOneAddress() {
        grantPoint(anna, WORK_EMAIL, EMAIL, MARKETING, day(10));
        ConsentEvent w = withdraw(anna, EMAIL, MARKETING, day(5));

        assertThat(consents.mayContact(anna, WORK_EMAIL, EMAIL, MARKETING, NOW).decidedBy()).contains(w);
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, NOW).allowed()).isFalse();
    }

    @Test
    void grantForOneAddressAfterAChannelWideWithdrawalAllowsThatAddress() {
        grant(anna, EMAIL, MARKETING, day(20));
        withdraw(anna, EMAIL, MARKETING, day(10));
        ConsentEvent g = grantPoint(anna, HOME_EMAIL, EMAIL, MARKETING, day(5));

        assertThat(consents.mayContact(anna, HOME_EMAIL, EMAIL, MARKETING, NOW).decidedBy()).contains(g);
        assertThat(consents.mayContact(anna, WORK_EMAIL, EMAIL, MARKETING, NOW).allowed()).isFalse();
        assertThat(consents.mayContact(anna, EMAIL, MARKETING, NOW).decidedBy()).contains(g);
    }

    @Test
    void partyLevelAnswerIsRefusedWhenEveryAddressIsWithdrawn() {
        grant(anna, EMAIL, MARKETING, day(20));
        ConsentEvent first = withdrawPoint(anna, WORK_EMAIL, EMAIL, MARKETING, day(10));
        withdrawPoint(anna, HOME_EMAIL, EMAIL, MARKETING, day(9));

        ConsentDecision d = consents.mayContact(anna, EMAIL, MARKETING, NOW);

        assertThat(d.allowed()).isFalse();
        assertThat(d.decidedBy()).as("the decision for the party's first address").contains(first);
    }

    @Test
    void contactPointsAreComparedAsStoresCompareIdentifiers() {
        ConsentEvent g = grantPoint(anna, Email.of("Anna.Nowak@FIRMA.pl"), EMAIL, MARKETING, day(10));
        ConsentEvent p = grantPoint(anna, PhoneNumber.parse("+48 601 234 567 wew. 12"), PHONE, MARKETING, day(10));

        assertThat(consents.mayContact(anna, WORK_EMAIL, EMAIL, MARKETING, NOW).decidedBy()).contains(g);
        assertThat(consents.mayContact(anna, MOBILE, PHONE, MARKETING, NOW).decidedBy()).contains(p);
    }

    @Test
    void grantForAnAddressThePartyDoesNotHaveIsRejectedWithTheValueMasked() {
        assertThatThrownBy(() -> grantPoint(anna, Email.of("obcy@example.com"), EMAIL, MARKETING, day(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("contactPoint")
                .hasMessageNotContaining("obcy@example.com");
        assertThat(recorded).isEmpty();
    }

    @Test
    void contactPointMustSuitTheChannel() {
        assertThatThrownBy(() -> grantPoint(anna, MOBILE, EMAIL, MARKETING, day(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> grantPoint(anna, WORK_EMAIL, SMS, MARKETING, day(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> grantPoint(anna, ExampleParties.nip(1), EMAIL, MARKETING, day(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> withdrawPoint(anna, WORK_EMAIL, POST, MARKETING, day(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> consents.mayContact(anna, WORK_EMAIL, PHONE, MARKETING, NOW))
                .isInstanceOf(ValidationException.class);
        assertThat(recorded).isEmpty();
    }

    @Test
    void withdrawalIsAcceptedForAnAddressThePartyNoLongerHas() {
        Email old = Email.of("stary@example.pl");

        ConsentEvent w = withdrawPoint(anna, old, EMAIL, MARKETING, day(1));

        assertThat(w.contactPoint()).contains(old);
        ConsentDecision d = consents.mayContact(anna, old, EMAIL, MARKETING, NOW);
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).isEqualTo("the contact point is not one of the party's EMAIL contact points");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // do not contact, missing contact points, SMS

    @Test
    void contactPointMarkedDoNotContactIsNeverAllowed() {
        PartyId jan = insertPersonWith(EmailContact.of("jan@example.pl").withUsage(
                        dev.kartoteka.core.party.ContactUsage.main().withDoNotContact(true)),
                EmailContact.of("jan.kowalski@firma.pl"));
        grant(jan, EMAIL, MARKETING, day(10));
        grantPoint(jan, Email.of("jan@example.pl"), EMAIL, MARKETING, day(5));

        ConsentDecision blocked = consents.mayContact(jan, Email.of("jan@example.pl"), EMAIL, MARKETING, NOW);
        assertThat(blocked.allowed()).isFalse();
        assertThat(blocked.reason()).isEqualTo("the contact point is marked do not contact");
        assertThat(blocked.decidedBy()).isEmpty();
        assertThat(consents.mayContact(jan, Email.of("jan.kowalski@firma.pl"), EMAIL, MARKETING, NOW).allowed())
                .isTrue();
        assertThat(consents.mayContact(jan, EMAIL, MARKETING, NOW).allowed())
                .as("through the address that is not blocked").isTrue();
    }

    @Test
    void partyWhoseEveryContactPointOfTheChannelIsDoNotContactMayNotBeContacted() {
        PartyId jan = insertPersonWith((ContactPoint) PhoneContact.of("601 234 567").withUsage(
                dev.kartoteka.core.party.ContactUsage.main().withDoNotContact(true)));
        grant(jan, PHONE, MARKETING, day(10));

        ConsentDecision d = consents.mayContact(jan, PHONE, MARKETING, NOW);

        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).isEqualTo("every PHONE contact point of the party is marked do not contact");
        assertThat(d.decidedBy()).isEmpty();
    }

    @Test
    void partyWithoutAContactPointForTheChannelMayNotBeContacted() {
        ConsentEvent g = grant(anna, POST, MARKETING, day(10));
        assertThat(g.channel()).as("a consent may precede the address").isEqualTo(POST);

        ConsentDecision d = consents.mayContact(anna, POST, MARKETING, NOW);

        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).isEqualTo("the party has no POST contact point");
        assertThat(d.decidedBy()).isEmpty();
    }

    @Test
    void postalAndMessengerConsentsAreChannelWide() {
        PartyId jan = insertPersonWith(PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź"),
                dev.kartoteka.core.party.MessengerContact.of("Signal", "@jan.k"));
        ConsentEvent post = grant(jan, POST, MARKETING, day(10));
        ConsentEvent messenger = grant(jan, ConsentChannel.MESSENGER, MARKETING, day(10));

        assertThat(consents.mayContact(jan, POST, MARKETING, NOW).decidedBy()).contains(post);
        assertThat(consents.mayContact(jan, ConsentChannel.MESSENGER, MARKETING, NOW).decidedBy()).contains(messenger);
        withdraw(jan, POST, MARKETING, day(1));
        assertThat(consents.mayContact(jan, POST, MARKETING, NOW).allowed()).isFalse();
    }

    @Test
    void smsGoesOnlyToNumbersThatCanReceiveIt() {
        PartyId office = insertPersonWith(PhoneContact.of("+48 22 123 45 67"));
        grant(office, SMS, MARKETING, day(10));
        ConsentEvent call = grant(office, PHONE, MARKETING, day(10));

        ConsentDecision sms = consents.mayContact(office, SMS, MARKETING, NOW);
        assertThat(sms.allowed()).isFalse();
        assertThat(sms.reason()).isEqualTo("the party has no contact point that can receive SMS");
        assertThat(consents.mayContact(office, PHONE, MARKETING, NOW).decidedBy()).contains(call);

        ConsentDecision toLandline = consents.mayContact(office, LANDLINE, SMS, MARKETING, NOW);
        assertThat(toLandline.allowed()).isFalse();
        assertThat(toLandline.reason()).isEqualTo("the phone number cannot receive SMS (line type FIXED_LINE)");
        assertThatThrownBy(() -> grantPoint(office, LANDLINE, SMS, MARKETING, day(1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("SMS");
    }

    @Test
    void smsGoesToMobilesAndToNumbersThePlanCannotTellFromMobiles() {
        PhoneNumber us = PhoneNumber.parse("+1 650 253 0000");
        assertThat(us.lineType()).isEqualTo(PhoneNumber.LineType.FIXED_LINE_OR_MOBILE);
        ConsentEvent g = grant(anna, SMS, MARKETING, day(10));
        PartyId abroad = insertPersonWith(PhoneContact.of("+1 650 253 0000"));
        ConsentEvent g2 = grantPoint(abroad, us, SMS, MARKETING, day(10));

        assertThat(consents.mayContact(anna, MOBILE, SMS, MARKETING, NOW).decidedBy()).contains(g);
        assertThat(consents.mayContact(anna, SMS, MARKETING, NOW).decidedBy()).contains(g);
        assertThat(consents.mayContact(abroad, SMS, MARKETING, NOW).decidedBy()).contains(g2);
    }

    @Test
    void companyIsReachedThroughItsActiveContactPersonsToo() {
        PartyId person = insertPersonWith();
        LocalDate today = clock.today();
        Company acme = company("Acme").addContactPerson(
                        ContactPerson.of(person, today.minusDays(100)).withContactPoint(EmailContact.of("zakupy@acme.pl")))
                .addContactPerson(ContactPerson.of(person, today.minusDays(300)).endedOn(today.minusDays(200))
                        .withContactPoint(EmailContact.of("stary@acme.pl")))
                .build();
        PartyId company = insert(acme);
        ConsentEvent g = grant(company, EMAIL, MARKETING, day(150));

        assertThat(consents.mayContact(company, EMAIL, MARKETING, NOW).decidedBy()).contains(g);
        assertThat(consents.mayContact(company, Email.of("zakupy@acme.pl"), EMAIL, MARKETING, NOW).allowed()).isTrue();
        assertThat(consents.mayContact(company, EMAIL, MARKETING, day(120)).reason())
                .as("before the relationship began").isEqualTo("the party has no EMAIL contact point");
        assertThat(consents.mayContact(company, Email.of("stary@acme.pl"), EMAIL, MARKETING, NOW).allowed())
                .as("ended relationship").isFalse();
        assertThatThrownBy(() -> grantPoint(company, Email.of("stary@acme.pl"), EMAIL, MARKETING, day(1)))
                .isInstanceOf(ValidationException.class);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // unknown parties, history, notifications, privacy, nulls

    @Test
    void unknownPartyIsNotFound() {
        PartyId ghost = PartyId.random();

        assertThatThrownBy(() -> grant(ghost, EMAIL, MARKETING, day(1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> grantPoint(ghost, WORK_EMAIL, EMAIL, MARKETING, day(1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> withdraw(ghost, EMAIL, MARKETING, day(1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> withdrawPoint(ghost, WORK_EMAIL, EMAIL, MARKETING, day(1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.history(ghost)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.mayContact(ghost, EMAIL, MARKETING, NOW))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.mayContact(ghost, WORK_EMAIL, EMAIL, MARKETING, NOW))
                .isInstanceOf(NotFoundException.class);
        assertThat(recorded).isEmpty();
    }

    @Test
    void historyIsOrderedByTimeThenRecordingTimeThenId() {
        ConsentEvent late = grant(anna, EMAIL, MARKETING, day(1));
        clock.advance(Duration.ofSeconds(1));
        ConsentEvent early = withdraw(anna, SMS, MARKETING, day(9));
        clock.advance(Duration.ofSeconds(1));
        ConsentEvent sameInstantRecordedLater = grant(anna, PHONE, NEWSLETTER, day(9));
        clock.advance(Duration.ofSeconds(1));
        ConsentEvent a = grant(anna, EMAIL, NEWSLETTER, day(5));
        ConsentEvent b = grant(anna, SMS, NEWSLETTER, day(5));
        ConsentEvent c = confirm(pending(anna, POST, MARKETING, day(5)), day(5));

        List<ConsentEvent> history = consents.history(anna);

        assertThat(history).hasSize(7);
        assertThat(history.get(0)).isEqualTo(early);
        assertThat(history.get(1)).isEqualTo(sameInstantRecordedLater);
        assertThat(history.subList(2, 6)).containsExactlyElementsOf(history.subList(2, 6).stream()
                .sorted(Comparator.comparing(ConsentEvent::id)).toList()).contains(a, b, c);
        assertThat(history.get(6)).isEqualTo(late);
        assertThat(consents.history(insertPersonWith())).isEmpty();
    }

    @Test
    void everyRecordedEventIsReportedOnceAfterItWasStored() {
        List<ConsentEvent> seenInStore = new ArrayList<>();
        consents = new DefaultConsents(parties, store, clock, e -> {
            assertThat(store.find(e.id())).as("stored before the callback").contains(e);
            seenInStore.add(e);
        });
        ConsentEvent g = grant(anna, EMAIL, MARKETING, day(10));
        ConsentEvent p = consents.grant(anna, MOBILE, SMS, MARKETING, ConsentSource.API, day(9), Optional.empty(),
                Optional.empty(), true);
        ConsentEvent c = confirm(p, day(8));
        ConsentEvent w = withdraw(anna, EMAIL, MARKETING, day(7));
        ConsentEvent wp = withdrawPoint(anna, MOBILE, SMS, MARKETING, day(6));
        consents.mayContact(anna, EMAIL, MARKETING, NOW);
        consents.history(anna);
        try {
            confirm(p, day(5));
        } catch (StateConflictException expected) {
            // a refused operation reports nothing
        }

        assertThat(seenInStore).containsExactly(g, p, c, w, wp);
        assertThat(store.eventsOf(anna)).containsExactly(g, p, c, w, wp);
    }

    @Test
    void evidenceAndContactPointsNeverShowInText() {
        ConsentEvent g = consents.grant(anna, WORK_EMAIL, EMAIL, MARKETING, ConsentSource.IN_PERSON, day(10),
                Optional.of(EVIDENCE), Optional.empty(), false);
        ConsentEvent w = consents.withdraw(anna, MOBILE, SMS, MARKETING, ConsentSource.CALL, day(1),
                Optional.of(EVIDENCE));

        assertThat(g.evidence()).contains(EVIDENCE);
        for (Object text : List.of(g, w, consents.mayContact(anna, WORK_EMAIL, EMAIL, MARKETING, NOW),
                consents.mayContact(anna, MOBILE, SMS, MARKETING, NOW), consents.history(anna))) {
            assertThat(text.toString()).doesNotContain(EVIDENCE).doesNotContain("Anna")
                    .doesNotContain(WORK_EMAIL.value()).doesNotContain(MOBILE.value());
        }
        assertThat(g.toString()).contains("evidence of " + EVIDENCE.length() + " chars");
        assertThatThrownBy(() -> consents.grant(anna, EMAIL, MARKETING, ConsentSource.IN_PERSON, day(10),
                Optional.of(EVIDENCE + "x".repeat(ConsentEvent.MAX_EVIDENCE_LENGTH)), Optional.empty(), false))
                .isInstanceOf(ValidationException.class).hasMessageNotContaining("Anna Nowak");
    }

    @Test
    void rejectsNullArguments() {
        Optional<String> none = Optional.empty();
        ConsentSource src = ConsentSource.API;
        assertThatNullPointerException().isThrownBy(() -> consents.grant(null, EMAIL, MARKETING, src, NOW, none,
                Optional.empty(), false));
        assertThatNullPointerException().isThrownBy(() -> consents.grant(anna, null, MARKETING, src, NOW, none,
                Optional.empty(), false));
        assertThatNullPointerException().isThrownBy(() -> consents.grant(anna, EMAIL, MARKETING, src, NOW, none,
                null, false));
        assertThatNullPointerException().isThrownBy(() -> consents.grant(anna, null, EMAIL, MARKETING, src, NOW,
                none, Optional.empty(), false));
        assertThatNullPointerException().isThrownBy(() -> consents.withdraw(anna, EMAIL, null, src, NOW, none));
        assertThatNullPointerException().isThrownBy(() -> consents.withdraw(anna, EMAIL, MARKETING, src, null, none));
        assertThatNullPointerException().isThrownBy(() -> consents.confirm(null, NOW, src, none));
        assertThatNullPointerException().isThrownBy(() -> consents.history(null));
        assertThatNullPointerException().isThrownBy(() -> consents.mayContact(anna, EMAIL, MARKETING, null));
        assertThatNullPointerException().isThrownBy(() -> consents.mayContact(anna, null, EMAIL, MARKETING, NOW));
        assertThat(recorded).isEmpty();
    }

    @Test
    void unusedIdentifierTypesCannotNameAContactPoint() {
        Nip nip = ExampleParties.nip(7);
        for (ConsentChannel channel : ConsentChannel.values()) {
            assertThat(channel.accepts(nip)).as(channel.name()).isFalse();
        }
    }
}
