package dev.kartoteka.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kartoteka.core.party.PartyId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractionSummaryTests {

    private static final PartyId ACME = PartyId.random();
    private static final Instant MARCH_1 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant MARCH_10 = Instant.parse("2026-03-10T17:00:00Z");

    @Test
    void acceptsConsistentFigures() {
        InteractionSummary s = new InteractionSummary(ACME, MARCH_1, MARCH_10, 4);

        assertThat(s.partyId()).isEqualTo(ACME);
        assertThat(s.firstInteraction()).isEqualTo(MARCH_1);
        assertThat(s.lastInteraction()).isEqualTo(MARCH_10);
        assertThat(s.interactions()).isEqualTo(4);
    }

    @Test
    void acceptsASingleInteraction() {
        assertThat(new InteractionSummary(ACME, MARCH_1, MARCH_1, 1).interactions()).isEqualTo(1);
    }

    @Test
    void acceptsSeveralInteractionsAtTheSameInstant() {
        assertThat(new InteractionSummary(ACME, MARCH_1, MARCH_1, 3).interactions()).isEqualTo(3);
    }

    @Test
    void rejectsLastInteractionBeforeTheFirstNamingBoth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InteractionSummary(ACME, MARCH_10, MARCH_1, 2))
                .withMessageContaining(MARCH_10.toString()).withMessageContaining(MARCH_1.toString());
    }

    @Test
    void rejectsFewerThanOneInteraction() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InteractionSummary(ACME, MARCH_1, MARCH_1, 0))
                .withMessageContaining("interactions");
        assertThatIllegalArgumentException().isThrownBy(() -> new InteractionSummary(ACME, MARCH_1, MARCH_1, -1));
    }

    @Test
    void rejectsOneInteractionAtTwoInstants() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InteractionSummary(ACME, MARCH_1, MARCH_10, 1));
    }

    @Test
    void rejectsNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> new InteractionSummary(null, MARCH_1, MARCH_1, 1))
                .withMessage("partyId");
        assertThatNullPointerException().isThrownBy(() -> new InteractionSummary(ACME, null, MARCH_1, 1))
                .withMessage("firstInteraction");
        assertThatNullPointerException().isThrownBy(() -> new InteractionSummary(ACME, MARCH_1, null, 1))
                .withMessage("lastInteraction");
    }
}
