package dev.kartoteka.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactPersonTests {

    private static final PartyId ANNA = PartyId.random();
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 1);

    @Test
    void ofStartsAPlainRelationship() {
        ContactPerson cp = ContactPerson.of(ANNA, SINCE);

        assertThat(cp.person()).isEqualTo(ANNA);
        assertThat(cp.position()).isEmpty();
        assertThat(cp.department()).isEmpty();
        assertThat(cp.until()).isEmpty();
        assertThat(cp.primary()).isFalse();
        assertThat(cp.contactPoints()).isEmpty();
    }

    @Test
    void copiesChangeOneThingEach() {
        ContactPerson cp = ContactPerson.of(ANNA, SINCE).withPosition("Kierownik zakupów").withDepartment("Zakupy")
                .withPrimary(true).withContactPoint(EmailContact.of("anna@acme.pl")).endedOn(SINCE.plusYears(1));

        assertThat(cp.position()).contains("Kierownik zakupów");
        assertThat(cp.department()).contains("Zakupy");
        assertThat(cp.primary()).isTrue();
        assertThat(cp.contactPoints()).containsExactly(EmailContact.of("anna@acme.pl"));
        assertThat(cp.until()).contains(SINCE.plusYears(1));
        assertThat(cp.since()).isEqualTo(SINCE);
    }

    @Test
    void isActiveFromItsFirstToItsLastDay() {
        ContactPerson cp = ContactPerson.of(ANNA, SINCE).endedOn(SINCE.plusDays(5));

        assertThat(cp.isActiveOn(SINCE.minusDays(1))).isFalse();
        assertThat(cp.isActiveOn(SINCE)).isTrue();
        assertThat(cp.isActiveOn(SINCE.plusDays(5))).isTrue();
        assertThat(cp.isActiveOn(SINCE.plusDays(6))).isFalse();
        assertThat(ContactPerson.of(ANNA, SINCE).isActiveOn(SINCE.plusYears(50))).isTrue();
    }

    @Test
    void rejectsARelationshipThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> ContactPerson.of(ANNA, SINCE).endedOn(SINCE.minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("contactPerson.until"));
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> ContactPerson.of(null, SINCE));
        assertThatNullPointerException().isThrownBy(() -> ContactPerson.of(ANNA, null));
        assertThatNullPointerException().isThrownBy(() -> ContactPerson.of(ANNA, SINCE).withContactPoint(null));
        assertThatNullPointerException().isThrownBy(() -> new ContactPerson(ANNA, Optional.empty(), Optional.empty(),
                SINCE, Optional.empty(), false, null));
    }
}
