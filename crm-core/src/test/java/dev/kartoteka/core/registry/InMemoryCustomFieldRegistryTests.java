package dev.kartoteka.core.registry;

import dev.kartoteka.core.spi.PartyStore;

/** Runs the {@link CustomFieldRegistryContract} against the in-memory store. */
class InMemoryCustomFieldRegistryTests extends CustomFieldRegistryContract {

    @Override
    protected PartyStore newStore() {
        return PartyStore.inMemory();
    }
}
