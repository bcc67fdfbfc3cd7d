package dev.kartoteka.core.history;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * One contact with a party (and possibly one of its contact persons): a call, an e-mail, a meeting, a complaint…,
 * with an optional follow-up date that makes it a reminder until the follow-up is done.
 *
 * <pre>{@code
 * Interaction call = Interaction.builder(acme.id(), InteractionType.CALL, Instant.now())
 *         .direction(Direction.OUTBOUND).channel(InteractionChannel.PHONE).author(UserId.of("jan"))
 *         .subject("Oferta na 2027").outcome("Prosi o wycenę").followUp(LocalDate.of(2026, 12, 1))
 *         .build();
 * }</pre>
 *
 * @param id the identity
 * @param partyId the party it was with (for a contact person: the company)
 * @param contactPerson the person acting for the company, if it was with one
 * @param type what kind of contact
 * @param direction who started it
 * @param channel through what
 * @param at when it happened
 * @param author who recorded it
 * @param subject what it was about, 1 to 500 characters
 * @param outcome what came of it, at most 10,000 characters
 * @param followUp when to get back to the party
 * @param followUpDoneAt when the follow-up was done
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Interaction(UUID id, PartyId partyId, Optional<PartyId> contactPerson, InteractionType type,
                          Direction direction, Optional<InteractionChannel> channel, Instant at,
                          Optional<UserId> author, String subject, Optional<String> outcome,
                          Optional<LocalDate> followUp, Optional<Instant> followUpDoneAt) implements TimelineEntry {

    /**
     * Creates an interaction, checking it.
     *
     * @param id the identity
     * @param partyId the party
     * @param contactPerson the contact person
     * @param type the kind
     * @param direction who started it
     * @param channel through what
     * @param at when
     * @param author who recorded it
     * @param subject what about
     * @param outcome what came of it
     * @param followUp when to get back
     * @param followUpDoneAt when the follow-up was done
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the subject is blank or too long, the outcome too long, or a follow-up is marked
     *     done without a follow-up date
     */
    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(contactPerson, "contactPerson");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(followUpDoneAt, "followUpDoneAt");
        if (subject.isBlank() || subject.length() > 500) {
            throw ValidationException.of("interaction.subject", subject, "1 to 500 characters, not blank");
        }
        if (outcome.isPresent() && outcome.get().length() > 10_000) {
            throw ValidationException.of("interaction.outcome", outcome.get(), "at most 10,000 characters");
        }
        if (followUpDoneAt.isPresent() && followUp.isEmpty()) {
            throw ValidationException.ofPublicValue("interaction.followUpDoneAt", followUpDoneAt.get(),
                    "no completion without a follow-up date");
        }
    }

    /**
     * Starts an interaction.
     *
     * @param party the party it was with
     * @param type what kind
     * @param at when it happened
     * @return a builder; direction defaults to OUTBOUND, the subject to the type's name
     */
    public static Builder builder(PartyId party, InteractionType type, Instant at) {
        return new Builder(party, type, at);
    }

    /** @return whether a follow-up is due and not done */
    public boolean followUpOpen() {
        return followUp.isPresent() && followUpDoneAt.isEmpty();
    }

    @Override
    public Instant time() {
        return at;
    }

    /**
     * @param doneAt when the follow-up was done
     * @return a copy with the follow-up done
     */
    public Interaction withFollowUpDone(Instant doneAt) {
        return new Interaction(id, partyId, contactPerson, type, direction, channel, at, author, subject, outcome,
                followUp, Optional.of(doneAt));
    }

    /** Shows type, time and party only: subject and outcome may hold personal data. */
    @Override
    public String toString() {
        return "Interaction[" + type + ", " + at + ", party " + partyId + "]";
    }

    /**
     * Builds an {@link Interaction}.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public static final class Builder {
        private UUID id = UUID.randomUUID();
        private final PartyId partyId;
        private PartyId contactPerson;
        private final InteractionType type;
        private Direction direction = Direction.OUTBOUND;
        private InteractionChannel channel;
        private final Instant at;
        private UserId author;
        private String subject;
        private String outcome;
        private LocalDate followUp;

        private Builder(PartyId partyId, InteractionType type, Instant at) {
            this.partyId = Objects.requireNonNull(partyId, "party");
            this.type = Objects.requireNonNull(type, "type");
            this.at = Objects.requireNonNull(at, "at");
        }

        /**
         * @param value the id (default: random)
         * @return this builder
         */
        public Builder id(UUID value) {
            id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * @param value the person acting for the company
         * @return this builder
         */
        public Builder contactPerson(PartyId value) {
            contactPerson = value;
            return this;
        }

        /**
         * @param value who started it
         * @return this builder
         */
        public Builder direction(Direction value) {
            direction = Objects.requireNonNull(value, "direction");
            return this;
        }

        /**
         * @param value through what
         * @return this builder
         */
        public Builder channel(InteractionChannel value) {
            channel = value;
            return this;
        }

        /**
         * @param value who recorded it
         * @return this builder
         */
        public Builder author(UserId value) {
            author = value;
            return this;
        }

        /**
         * @param value what it was about
         * @return this builder
         */
        public Builder subject(String value) {
            subject = value;
            return this;
        }

        /**
         * @param value what came of it
         * @return this builder
         */
        public Builder outcome(String value) {
            outcome = value;
            return this;
        }

        /**
         * @param value when to get back to the party
         * @return this builder
         */
        public Builder followUp(LocalDate value) {
            followUp = value;
            return this;
        }

        /**
         * @return the interaction
         * @throws ValidationException if it is not valid
         */
        public Interaction build() {
            return new Interaction(id, partyId, Optional.ofNullable(contactPerson), type, direction,
                    Optional.ofNullable(channel), at, Optional.ofNullable(author),
                    subject != null ? subject : type.name().toLowerCase(java.util.Locale.ROOT),
                    Optional.ofNullable(outcome), Optional.ofNullable(followUp), Optional.empty());
        }
    }
}
