package dev.kartoteka.jpa;

import dev.kartoteka.core.history.HistoryContract;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;

/** Runs crm-core's {@link HistoryContract} unchanged against the JPA stores, both on one fresh tenant per test. */
class JpaHistoryTests extends HistoryContract {

    private final KartotekaJpa jpa = TestDatabase.freshTenant();

    @Override
    protected HistoryStore newHistoryStore() {
        return jpa.historyStore();
    }

    @Override
    protected PartyStore newPartyStore() {
        return jpa.partyStore();
    }
}
