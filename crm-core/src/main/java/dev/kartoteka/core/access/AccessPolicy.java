package dev.kartoteka.core.access;

import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.UserId;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Decides who may do what, at record level (e.g. only one's own clients) and at field level (e.g. PESEL and birth date
 * masked for the sales role). The registry asks it before every operation — reads, writes, history, consents, audit,
 * schema — and there is no way around it. Implementations must be thread-safe and fast; they must not call the
 * registry.
 *
 * <p>Kartoteka ships {@link #allowAll()} (the default: no restrictions) and {@link RoleBasedAccessPolicy}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface AccessPolicy {

    /**
     * Tells whether an actor may perform an action, in general ({@code party} empty: e.g. managing the schema,
     * creating a party) or on a party.
     *
     * @param actor who acts; empty when the registry was not told ({@code registry.as(actor, reason)})
     * @param action what
     * @param party the party concerned, as stored (for creation: as proposed)
     * @return {@code true} if permitted
     */
    boolean permits(Optional<UserId> actor, Action action, Optional<Party> party);

    /**
     * Lists the fields of a party the actor must not see in clear. The registry removes them from what it returns
     * and keeps their stored values when the actor writes the party back.
     *
     * @param actor who reads
     * @param party the party
     * @return field names of {@link Party} and its kinds, e.g. {@code "pesel"}, {@code "birthDate"}, {@code "sex"},
     *     {@code "notes"}, {@code "customFields.salary"}; empty for none
     */
    Set<String> maskedFields(Optional<UserId> actor, Party party);

    /**
     * The policy that permits everything and masks nothing — the registry's default.
     *
     * @return the policy
     */
    static AccessPolicy allowAll() {
        return AllowAll.INSTANCE;
    }
}
