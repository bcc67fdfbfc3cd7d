package dev.kartoteka.core.privacy;

import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;

/** Runs the {@link DataSubjectRequestsContract} against the in-memory stores. */
class InMemoryDataSubjectRequestsTests extends DataSubjectRequestsContract {

    @Override
    protected PartyStore newPartyStore() {
        return PartyStore.inMemory();
    }

    @Override
    protected HistoryStore newHistoryStore() {
        return HistoryStore.inMemory();
    }

    @Override
    protected ConsentStore newConsentStore() {
        return ConsentStore.inMemory();
    }

    @Override
    protected AuditStore newAuditStore() {
        return AuditStore.inMemory();
    }
}
