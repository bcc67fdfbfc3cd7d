package dev.kartoteka.examples;

import dev.kartoteka.core.consent.ConsentAction;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.party.PartyId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One generated consent event of a party, channel-wide: what {@link ExampleData#populate} records with
 * {@code registry.consents().grant(…)} or {@code withdraw(…)}.
 *
 * @param partyId the party
 * @param action granted or withdrawn
 * @param channel the channel
 * @param purpose the purpose
 * @param source how it reached the company
 * @param at when, not after the end of {@link ExampleData#asOf()} (UTC)
 * @param evidence a reference proving it
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExampleConsent(PartyId partyId, ConsentAction action, ConsentChannel channel, ConsentPurpose purpose,
                             ConsentSource source, Instant at, Optional<String> evidence) {

    /**
     * Creates the event.
     *
     * @param partyId the party
     * @param action granted or withdrawn
     * @param channel the channel
     * @param purpose the purpose
     * @param source how it reached the company
     * @param at when
     * @param evidence a reference proving it
     * @throws NullPointerException if an argument is {@code null}
     */
    public ExampleConsent {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(evidence, "evidence");
    }
}
