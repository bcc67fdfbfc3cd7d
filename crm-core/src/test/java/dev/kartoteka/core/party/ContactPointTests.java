package dev.kartoteka.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactPointTests {

    @Test
    void factoriesMakeMainContactPointsThatAreNotPreferred() {
        List<ContactPoint> points = List.of(EmailContact.of("biuro@acme.pl"), PhoneContact.of("601 234 567"),
                PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź"), WebsiteContact.of("acme.pl"),
                MessengerContact.of(" Signal ", " @anna.k "));

        assertThat(points).extracting(ContactPoint::usage).containsOnly(ContactUsage.main());
        assertThat(points).extracting(ContactPoint::kind).containsExactly(ContactPoint.Kind.EMAIL,
                ContactPoint.Kind.PHONE, ContactPoint.Kind.POSTAL_ADDRESS, ContactPoint.Kind.WEBSITE,
                ContactPoint.Kind.MESSENGER);
        assertThat(points).allSatisfy(p -> {
            assertThat(p.purpose()).isEqualTo(ContactPurpose.MAIN);
            assertThat(p.preferred()).isFalse();
        });
        assertThat(((MessengerContact) points.get(4)).service()).isEqualTo("Signal");
        assertThat(((MessengerContact) points.get(4)).handle()).isEqualTo("@anna.k");
    }

    @Test
    void usageCopiesKeepTheValue() {
        EmailContact email = EmailContact.of("biuro@acme.pl");

        ContactPoint billing = email.withPurpose(ContactPurpose.BILLING).asPreferred();

        assertThat(billing).isInstanceOfSatisfying(EmailContact.class,
                e -> assertThat(e.email()).isEqualTo(Email.of("biuro@acme.pl")));
        assertThat(billing.purpose()).isEqualTo(ContactPurpose.BILLING);
        assertThat(billing.preferred()).isTrue();
        assertThat(email.usage()).isEqualTo(ContactUsage.main());
    }

    @Test
    void contactUsageCopiesChangeOneThingEach() {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");

        ContactUsage usage = ContactUsage.of(ContactPurpose.SERVICE).withVerifiedAt(at).withNote("po 15:00")
                .withPreferred(true);

        assertThat(usage).isEqualTo(new ContactUsage(ContactPurpose.SERVICE, true, Optional.of(at),
                Optional.of("po 15:00")));
        assertThat(usage.withPurpose(ContactPurpose.OTHER).verifiedAt()).contains(at);
    }

    @Test
    void emailAndPhoneContactsShowNoPersonalDataInToString() {
        EmailContact email = EmailContact.of("anna.kowalska@example.pl");
        PhoneContact phone = PhoneContact.of("601 234 567");
        MessengerContact messenger = MessengerContact.of("Signal", "@anna.kowalska");

        assertThat(email.toString()).doesNotContain("anna.kowalska", "example.pl");
        assertThat(phone.toString()).doesNotContain("601", "234 567", "601234567");
        assertThat(messenger.toString()).doesNotContain("anna.kowalska").contains("Signal");
        assertThat(phone.phone()).isEqualTo(PhoneNumber.parse("+48601234567"));
    }

    @Test
    void polishAddressesHaveCountryPlAndNoOptionalParts() {
        PostalAddress address = PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź");

        assertThat(address.country()).isEqualTo("PL");
        assertThat(address.street()).contains("ul. Piotrkowska");
        assertThat(address.unit()).isEmpty();
        assertThat(address.district()).isEmpty();
        assertThat(address.region()).isEmpty();
    }

    @Test
    void addressCopiesAddOneOptionalPartEach() {
        PostalAddress base = PostalAddress.polish("ul. Puławska", "2", "02-512", "Warszawa");

        PostalAddress full = base.withUnit("14").withDistrict("Mokotów").withRegion("mazowieckie")
                .withUsage(ContactUsage.of(ContactPurpose.SHIPPING));

        assertThat(full).isEqualTo(new PostalAddress(Optional.of("ul. Puławska"), "2", Optional.of("14"), "02-512",
                "Warszawa", Optional.of("Mokotów"), Optional.of("mazowieckie"), "PL",
                ContactUsage.of(ContactPurpose.SHIPPING)));
        assertThat(base.unit()).isEmpty();
    }

    @Test
    void addressesWithoutStreetsAreAllowed() {
        PostalAddress village = PostalAddress.of("PL", null, "12", "05-555", "Dąbrówka");

        assertThat(village.street()).isEmpty();
        assertThat(village.building()).isEqualTo("12");
    }

    @Test
    void anAddressShowsOnlyCityCountryAndPurposeInToString() {
        PostalAddress address = PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź").withUnit("7");

        assertThat(address.toString()).contains("Łódź", "PL").doesNotContain("Piotrkowska", "104", "90-926");
    }

    @Test
    void websitesWithoutSchemeAreReadAsHttps() {
        assertThat(WebsiteContact.of("acme.pl").url()).hasToString("https://acme.pl");
        assertThat(WebsiteContact.of(" http://sklep.acme.pl/oferta ").url()).hasToString("http://sklep.acme.pl/oferta");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ftp://acme.pl", "localhost", "https://", "acme"})
    void rejectsTextThatIsNotAWebsite(String text) {
        assertThatThrownBy(() -> WebsiteContact.of(text)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).path()).isEqualTo("url"));
    }
}
