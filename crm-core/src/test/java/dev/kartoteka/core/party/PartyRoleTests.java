package dev.kartoteka.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyRoleTests {

    private static final LocalDate SINCE = LocalDate.of(2026, 3, 1);
    private static final LeadDetails DETAILS = LeadDetails.of(LeadSource.REFERRAL, LeadWarmth.WARM);

    @Test
    void anOpenRoleIsActiveFromItsFirstDayOn() {
        PartyRole role = PartyRole.of(RoleType.CLIENT, SINCE);

        assertThat(role.isActiveOn(SINCE.minusDays(1))).isFalse();
        assertThat(role.isActiveOn(SINCE)).isTrue();
        assertThat(role.isActiveOn(SINCE.plusYears(100))).isTrue();
        assertThat(role.until()).isEmpty();
        assertThat(role.lead()).isEmpty();
    }

    @Test
    void anEndedRoleIsActiveUpToAndIncludingItsLastDay() {
        PartyRole role = PartyRole.of(RoleType.SUPPLIER, SINCE).endedOn(SINCE.plusDays(10));

        assertThat(role.isActiveOn(SINCE)).isTrue();
        assertThat(role.isActiveOn(SINCE.plusDays(10))).isTrue();
        assertThat(role.isActiveOn(SINCE.plusDays(11))).isFalse();
        assertThat(role.until()).contains(SINCE.plusDays(10));
    }

    @Test
    void aRoleMayEndOnTheDayItStarts() {
        PartyRole role = PartyRole.of(RoleType.PARTNER, SINCE).endedOn(SINCE);

        assertThat(role.isActiveOn(SINCE)).isTrue();
        assertThat(role.isActiveOn(SINCE.plusDays(1))).isFalse();
    }

    @Test
    void rejectsARoleThatEndsBeforeItStarts() {
        PartyRole role = PartyRole.of(RoleType.CLIENT, SINCE);

        assertThatThrownBy(() -> role.endedOn(SINCE.minusDays(1))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).path()).isEqualTo("role.until"));
    }

    @Test
    void leadDetailsArePresentExactlyOnLeadRoles() {
        assertThatThrownBy(() -> PartyRole.of(RoleType.LEAD, SINCE)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new PartyRole(RoleType.CLIENT, SINCE, Optional.empty(), Optional.of(DETAILS)))
                .isInstanceOf(ValidationException.class);
        assertThat(PartyRole.lead(DETAILS, SINCE).lead()).contains(DETAILS);
    }

    @Test
    void endingALeadKeepsItsDetails() {
        PartyRole ended = PartyRole.lead(DETAILS, SINCE).endedOn(SINCE.plusDays(30));

        assertThat(ended.type()).isEqualTo(RoleType.LEAD);
        assertThat(ended.lead()).contains(DETAILS);
        assertThat(ended.since()).isEqualTo(SINCE);
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> PartyRole.of(null, SINCE));
        assertThatNullPointerException().isThrownBy(() -> PartyRole.of(RoleType.CLIENT, null));
        assertThatNullPointerException()
                .isThrownBy(() -> new PartyRole(RoleType.CLIENT, SINCE, null, Optional.empty()));
    }

    @Test
    void roleTypesAreUpperCasedCodes() {
        assertThat(RoleType.of(" distributor ")).isEqualTo(new RoleType("DISTRIBUTOR"));
        assertThat(RoleType.of("client")).isEqualTo(RoleType.CLIENT);
        assertThat(RoleType.of("A1_B").code()).isEqualTo("A1_B");
        assertThat(RoleType.of("X".repeat(40)).code()).hasSize(40);
        assertThat(RoleType.CLIENT).hasToString("CLIENT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1ABC", "_ABC", "A-B", "A B", "ŁÓDŹ", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"})
    void rejectsMalformedRoleTypeCodes(String code) {
        assertThatThrownBy(() -> RoleType.of(code)).isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyTheFiveKartotekaRoleTypesAreBuiltIn() {
        assertThat(RoleType.LEAD.isBuiltIn()).isTrue();
        assertThat(RoleType.CLIENT.isBuiltIn()).isTrue();
        assertThat(RoleType.PARTNER.isBuiltIn()).isTrue();
        assertThat(RoleType.SUPPLIER.isBuiltIn()).isTrue();
        assertThat(RoleType.COMPETITOR.isBuiltIn()).isTrue();
        assertThat(RoleType.of("DISTRIBUTOR").isBuiltIn()).isFalse();
    }
}
