package dev.kartoteka.jpa;

import dev.kartoteka.core.consent.ConsentsContract;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.PartyStore;

/** Runs crm-core's {@link ConsentsContract} unchanged against the JPA stores, both on one fresh tenant per test. */
class JpaConsentsTests extends ConsentsContract {

    private final KartotekaJpa jpa = TestDatabase.freshTenant();

    @Override
    protected PartyStore newPartyStore() {
        return jpa.partyStore();
    }

    @Override
    protected ConsentStore newConsentStore() {
        return jpa.consentStore();
    }
}
