package dev.kartoteka.core.audit;

import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The audit trail of a registry: every change to a party, its contact points, roles, custom fields, history and
 * consents, recorded field by field with who, when and why. Obtained from {@code ClientRegistry.audit()}; entries are
 * written by the registry as part of each change and never change.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface AuditTrail {

    /**
     * Returns everything recorded about a party.
     *
     * @param party the party
     * @return the entries, oldest first
     */
    List<AuditEntry> ofParty(PartyId party);

    /**
     * Returns what a user changed in a period.
     *
     * @param actor the user
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the entries, oldest first
     */
    List<AuditEntry> byActor(UserId actor, Instant from, Instant to);

    /**
     * Returns every change in a period.
     *
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the entries, oldest first
     */
    List<AuditEntry> between(Instant from, Instant to);
}
