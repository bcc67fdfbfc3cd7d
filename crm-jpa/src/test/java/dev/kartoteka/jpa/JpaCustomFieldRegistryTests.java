package dev.kartoteka.jpa;

import dev.kartoteka.core.registry.CustomFieldRegistryContract;
import dev.kartoteka.core.spi.PartyStore;

/** Runs crm-core's {@link CustomFieldRegistryContract} unchanged against the JPA store on the test database. */
class JpaCustomFieldRegistryTests extends CustomFieldRegistryContract {

    @Override
    protected PartyStore newStore() {
        return TestDatabase.freshTenant().partyStore();
    }
}
