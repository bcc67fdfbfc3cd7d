package dev.kartoteka.core.internal;

import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.party.PartyId;

/**
 * Checks the access policy for an action on a party; throws {@code AccessDeniedException} (and audits it) if refused.
 *
 * <p>This is an internal API of Kartoteka; do not use it from outside.
 */
@FunctionalInterface
interface Guard {

    /**
     * @param action the action
     * @param party the party
     */
    void require(Action action, PartyId party);

    /**
     * The party a read by id is about, checked for {@link Action#READ}: a merged party's reads go to its survivor,
     * with the survivor's access check.
     *
     * @param current the survivor of a merged party, else the id itself
     * @param party the id read by
     * @return the party to read
     */
    default PartyId requireRead(java.util.function.UnaryOperator<PartyId> current, PartyId party) {
        PartyId p = current.apply(java.util.Objects.requireNonNull(party, "party"));
        require(Action.READ, p);
        return p;
    }
}

/** Runs a write and its events as one critical section. */
@FunctionalInterface
interface Locker {

    /**
     * @param write the write
     * @param <T> its result
     * @return the write's result
     */
    <T> T run(java.util.function.Supplier<T> write);
}
