package dev.kartoteka.core.history;

import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;

/** Runs the {@link HistoryContract} against the in-memory stores. */
class InMemoryHistoryTests extends HistoryContract {

    @Override
    protected HistoryStore newHistoryStore() {
        return HistoryStore.inMemory();
    }

    @Override
    protected PartyStore newPartyStore() {
        return PartyStore.inMemory();
    }
}
