package dev.kartoteka.jpa;

import dev.kartoteka.core.registry.ClientRegistryContract;
import dev.kartoteka.core.spi.PartyStore;

/** Runs crm-core's {@link ClientRegistryContract} unchanged against the JPA store on the test database. */
class JpaClientRegistryTests extends ClientRegistryContract {

    @Override
    protected PartyStore newStore() {
        return TestDatabase.freshTenant().partyStore();
    }
}
