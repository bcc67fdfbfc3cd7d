package dev.kartoteka.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class InteractionTests {

    private static final PartyId ACME = PartyId.random();
    private static final PartyId ANNA = PartyId.random();
    private static final Instant AT = Instant.parse("2026-11-20T09:15:00Z");
    private static final LocalDate FOLLOW_UP = LocalDate.of(2026, 12, 1);

    @Test
    void builderDefaultsToOutboundWithoutOptionalPartsAndARandomId() {
        Interaction one = Interaction.builder(ACME, InteractionType.CALL, AT).build();
        Interaction other = Interaction.builder(ACME, InteractionType.CALL, AT).build();

        assertThat(one.id()).isNotNull().isNotEqualTo(other.id());
        assertThat(one.partyId()).isEqualTo(ACME);
        assertThat(one.type()).isEqualTo(InteractionType.CALL);
        assertThat(one.at()).isEqualTo(AT);
        assertThat(one.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(one.contactPerson()).isEmpty();
        assertThat(one.channel()).isEmpty();
        assertThat(one.author()).isEmpty();
        assertThat(one.outcome()).isEmpty();
        assertThat(one.followUp()).isEmpty();
        assertThat(one.followUpDoneAt()).isEmpty();
        assertThat(one.followUpOpen()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(InteractionType.class)
    void builderDefaultsTheSubjectToTheTypesName(InteractionType type) {
        assertThat(Interaction.builder(ACME, type, AT).build().subject()).isEqualToIgnoringCase(type.name());
    }

    @Test
    void builderSetsEveryPart() {
        UUID id = UUID.randomUUID();

        Interaction meeting = Interaction.builder(ACME, InteractionType.MEETING, AT).id(id).contactPerson(ANNA)
                .direction(Direction.INBOUND).channel(InteractionChannel.VIDEO).author(UserId.of("jan"))
                .subject("Oferta na 2027").outcome("Prosi o wycenę").followUp(FOLLOW_UP).build();

        assertThat(meeting).isEqualTo(new Interaction(id, ACME, Optional.of(ANNA), InteractionType.MEETING,
                Direction.INBOUND, Optional.of(InteractionChannel.VIDEO), AT, Optional.of(UserId.of("jan")),
                "Oferta na 2027", Optional.of("Prosi o wycenę"), Optional.of(FOLLOW_UP), Optional.empty()));
    }

    @Test
    void builderTakesNullForOptionalParts() {
        Interaction note = Interaction.builder(ACME, InteractionType.NOTE, AT).contactPerson(null).channel(null)
                .author(null).outcome(null).followUp(null).build();

        assertThat(note.contactPerson()).isEmpty();
        assertThat(note.channel()).isEmpty();
        assertThat(note.author()).isEmpty();
        assertThat(note.outcome()).isEmpty();
        assertThat(note.followUp()).isEmpty();
    }

    @Test
    void followUpIsOpenUntilDone() {
        Interaction call = Interaction.builder(ACME, InteractionType.CALL, AT).followUp(FOLLOW_UP).build();
        Instant doneAt = Instant.parse("2026-11-30T10:00:00Z");

        Interaction done = call.withFollowUpDone(doneAt);

        assertThat(call.followUpOpen()).isTrue();
        assertThat(done.followUpOpen()).isFalse();
        assertThat(done.followUpDoneAt()).contains(doneAt);
        assertThat(done.followUp()).contains(FOLLOW_UP);
        assertThat(done).usingRecursiveComparison().ignoringFields("followUpDoneAt").isEqualTo(call);
    }

    @Test
    void timeIsWhenItHappened() {
        assertThat(Interaction.builder(ACME, InteractionType.EMAIL, AT).build().time()).isEqualTo(AT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t\n"})
    void rejectsBlankSubject(String subject) {
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> Interaction.builder(ACME, InteractionType.CALL, AT).subject(subject).build())
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("interaction.subject"));
    }

    @Test
    void acceptsSubjectOfFiveHundredCharacters() {
        String subject = "s".repeat(500);

        assertThat(Interaction.builder(ACME, InteractionType.CALL, AT).subject(subject).build().subject())
                .isEqualTo(subject);
    }

    @Test
    void rejectsSubjectLongerThanFiveHundredCharactersWithoutShowingIt() {
        String subject = "Kowalski " + "s".repeat(492);

        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> Interaction.builder(ACME, InteractionType.CALL, AT).subject(subject).build())
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("interaction.subject"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Kowalski"));
    }

    @Test
    void acceptsOutcomeOfTenThousandCharactersAndAnEmptyOne() {
        String outcome = "o".repeat(10_000);

        assertThat(Interaction.builder(ACME, InteractionType.CALL, AT).outcome(outcome).build().outcome())
                .contains(outcome);
        assertThat(Interaction.builder(ACME, InteractionType.CALL, AT).outcome("").build().outcome()).contains("");
    }

    @Test
    void rejectsOutcomeLongerThanTenThousandCharactersWithoutShowingIt() {
        String outcome = "Kowalski " + "o".repeat(9_992);

        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> Interaction.builder(ACME, InteractionType.CALL, AT).outcome(outcome).build())
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("interaction.outcome"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Kowalski"));
    }

    @Test
    void rejectsFollowUpDoneWithoutAFollowUpDate() {
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> new Interaction(UUID.randomUUID(), ACME, Optional.empty(), InteractionType.CALL,
                        Direction.OUTBOUND, Optional.empty(), AT, Optional.empty(), "call", Optional.empty(),
                        Optional.empty(), Optional.of(AT.plusSeconds(60))))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("interaction.followUpDoneAt"));
    }

    @Test
    void rejectsNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> Interaction.builder(null, InteractionType.CALL, AT));
        assertThatNullPointerException().isThrownBy(() -> Interaction.builder(ACME, null, AT));
        assertThatNullPointerException().isThrownBy(() -> Interaction.builder(ACME, InteractionType.CALL, null));
        assertThatNullPointerException()
                .isThrownBy(() -> Interaction.builder(ACME, InteractionType.CALL, AT).direction(null));
        assertThatNullPointerException().isThrownBy(() -> Interaction.builder(ACME, InteractionType.CALL, AT).id(null));
        assertThatNullPointerException().isThrownBy(() -> new Interaction(UUID.randomUUID(), ACME, Optional.empty(),
                InteractionType.CALL, Direction.OUTBOUND, Optional.empty(), AT, Optional.empty(), null,
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void toStringShowsTypeTimeAndPartyButNoSubjectOrOutcome() {
        Interaction complaint = Interaction.builder(ACME, InteractionType.COMPLAINT, AT).contactPerson(ANNA)
                .subject("Jan Kowalski: reklamacja").outcome("Zwrot na konto 61109010140000071219812874")
                .build();

        assertThat(complaint.toString()).contains("COMPLAINT", AT.toString(), ACME.toString())
                .doesNotContain("Kowalski", "reklamacja", "Zwrot", "61109010140000071219812874");
    }
}
