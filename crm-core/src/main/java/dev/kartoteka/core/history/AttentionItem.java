package dev.kartoteka.core.history;

import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.UpcomingDate;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something an account owner should attend to: a follow-up that is due (or overdue), or an important date coming up.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface AttentionItem {

    /** @return the party it concerns */
    PartyId partyId();

    /** @return the day it is due or happens */
    LocalDate date();

    /**
     * A follow-up of an interaction, not done yet.
     *
     * @param interaction the interaction with the follow-up
     * @param overdue whether its date has passed
     */
    record FollowUpDue(Interaction interaction, boolean overdue) implements AttentionItem {
        /**
         * Creates the item.
         *
         * @param interaction the interaction
         * @param overdue whether overdue
         */
        public FollowUpDue {
            Objects.requireNonNull(interaction, "interaction");
            if (interaction.followUp().isEmpty()) {
                throw new IllegalArgumentException("the interaction has no follow-up");
            }
        }

        @Override
        public PartyId partyId() {
            return interaction.partyId();
        }

        @Override
        public LocalDate date() {
            return interaction.followUp().orElseThrow();
        }
    }

    /**
     * An important date coming up.
     *
     * @param upcoming the date
     */
    record DateComing(UpcomingDate upcoming) implements AttentionItem {
        /**
         * Creates the item.
         *
         * @param upcoming the date
         */
        public DateComing {
            Objects.requireNonNull(upcoming, "upcoming");
        }

        @Override
        public PartyId partyId() {
            return upcoming.partyId();
        }

        @Override
        public LocalDate date() {
            return upcoming.date();
        }
    }
}
