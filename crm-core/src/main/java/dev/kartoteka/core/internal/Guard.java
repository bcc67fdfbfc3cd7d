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
