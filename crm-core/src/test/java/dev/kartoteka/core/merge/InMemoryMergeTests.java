package dev.kartoteka.core.merge;

import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;

/** Runs the {@link MergeContract} (its tests and assertions) on the in-memory stores. */
class InMemoryMergeTests extends MergeContract {

    @Override
    protected Stores newStores() {
        return new Stores(PartyStore.inMemory(), HistoryStore.inMemory(), ConsentStore.inMemory(),
                AuditStore.inMemory());
    }
}
