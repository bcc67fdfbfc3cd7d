package dev.kartoteka.core.consent;

import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.PartyStore;

/** Runs the {@link ConsentsContract} against the in-memory stores. */
class InMemoryConsentsTests extends ConsentsContract {

    @Override
    protected PartyStore newPartyStore() {
        return PartyStore.inMemory();
    }

    @Override
    protected ConsentStore newConsentStore() {
        return ConsentStore.inMemory();
    }
}
