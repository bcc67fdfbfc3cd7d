package dev.kartoteka.core.registry;

import dev.kartoteka.core.spi.PartyStore;

/** Runs the {@link ClientRegistryContract} against the in-memory store. */
class InMemoryClientRegistryTests extends ClientRegistryContract {

    @Override
    protected PartyStore newStore() {
        return PartyStore.inMemory();
    }
}
