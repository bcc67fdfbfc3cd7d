package dev.kartoteka.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kartoteka.core.party.PartyId;
import org.junit.jupiter.api.Test;

class MergeRequestTests {

    private final PartyId a = PartyId.random();
    private final PartyId b = PartyId.random();

    @Test
    void defaultsAreMostRecentForFieldsAndTheSurvivorAndVerifiedForContactPoints() {
        MergeRequest request = MergeRequest.builder().party(a, 1).party(b, 2).build();

        assertThat(request.survivorChoice()).isEqualTo(Survivorship.mostRecent());
        assertThat(request.namedSurvivor()).isEmpty();
        assertThat(request.rule("legalName")).isEqualTo(Survivorship.mostRecent());
        assertThat(request.rule(MergeRequest.CONTACT_POINTS)).isEqualTo(Survivorship.verified());
        assertThat(request.parties()).containsExactly(java.util.Map.entry(a, 1L), java.util.Map.entry(b, 2L));
    }

    @Test
    void ofNamesTheSurvivor() {
        MergeRequest request = MergeRequest.of(a, 3, b, 4);

        assertThat(request.namedSurvivor()).contains(a);
        assertThat(request.parties()).containsEntry(b, 4L);
    }

    @Test
    void rejectsFewerThanTwoPartiesAndRepeatedOnes() {
        assertThatIllegalStateException().isThrownBy(() -> MergeRequest.builder().party(a, 0).build());
        assertThatIllegalArgumentException().isThrownBy(() -> MergeRequest.builder().party(a, 0).party(a, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> MergeRequest.builder().party(a, -1));
    }

    @Test
    void rejectsRulesThatCannotApply() {
        assertThatIllegalArgumentException().isThrownBy(() -> MergeRequest.builder()
                .rule("legalName", Survivorship.verified()));
        assertThatIllegalArgumentException().isThrownBy(() -> MergeRequest.builder()
                .rule(MergeRequest.CONTACT_POINTS, Survivorship.manual("x")));
        assertThatIllegalArgumentException().isThrownBy(() -> MergeRequest.builder()
                .chooseSurvivor(Survivorship.manual("x")));
        assertThatIllegalArgumentException().isThrownBy(() -> MergeRequest.builder()
                .defaultRule(Survivorship.verified()));
        assertThatIllegalArgumentException().isThrownBy(() -> MergeRequest.builder().party(a, 0).party(b, 0)
                .rule("nip", Survivorship.prefer(PartyId.random())).build());
    }

    @Test
    void rejectsASettingMadeTwice() {
        assertThatIllegalStateException().isThrownBy(() -> MergeRequest.builder()
                .rule("nip", Survivorship.mostRecent()).rule("nip", Survivorship.mostComplete()));
        assertThatIllegalStateException().isThrownBy(() -> MergeRequest.builder().survivor(a, 0).survivor(b, 0));
        assertThatIllegalStateException().isThrownBy(() -> MergeRequest.builder()
                .defaultRule(Survivorship.mostRecent()).defaultRule(Survivorship.mostRecent()));
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> MergeRequest.builder().party(null, 0));
        assertThatNullPointerException().isThrownBy(() -> Survivorship.manual(null));
        assertThatNullPointerException().isThrownBy(() -> Survivorship.prefer(null));
    }

    @Test
    void manualValuesAreMaskedWhenShown() {
        assertThat(Survivorship.manual("85031412345").toString()).doesNotContain("85031412345");
        assertThat(new MergePreview.NotSurviving(a, "pesel", "85031412345").toString())
                .doesNotContain("85031412345");
        assertThat(new MergePreview.Decision("pesel", java.util.Optional.of("85031412345"),
                java.util.Optional.of(a), Survivorship.mostRecent()).toString()).doesNotContain("85031412345");
    }
}
