package dev.kartoteka.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.privacy.DataSubjectRequestsContract;
import dev.kartoteka.core.spi.AuditStore;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import org.junit.jupiter.api.Test;

/**
 * Runs crm-core's {@link DataSubjectRequestsContract} unchanged against the four JPA stores, all on one fresh tenant
 * per test.
 */
class JpaDataSubjectRequestsTests extends DataSubjectRequestsContract {

    private final KartotekaJpa jpa = TestDatabase.freshTenant();

    @Override
    protected PartyStore newPartyStore() {
        return jpa.partyStore();
    }

    @Override
    protected HistoryStore newHistoryStore() {
        return jpa.historyStore();
    }

    @Override
    protected ConsentStore newConsentStore() {
        return jpa.consentStore();
    }

    @Override
    protected AuditStore newAuditStore() {
        return jpa.auditStore();
    }

    @Test
    void theContractsPartiesAndTheirAuditTrailAreInTheDatabase() {
        assertThat(TestDatabase.countRows("kt_party", "id", anna.id().toString())).isEqualTo(1);
        assertThat(TestDatabase.countRows("kt_audit_entry", "party_id", anna.id().toString())).isPositive();
    }
}
