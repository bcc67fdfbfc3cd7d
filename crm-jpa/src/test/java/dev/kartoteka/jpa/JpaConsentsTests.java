package dev.kartoteka.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.consent.ConsentSource;
import dev.kartoteka.core.consent.ConsentsContract;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.PartyStore;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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

    @Test
    void theContractsLedgerWritesToTheDatabase() {
        consents.grant(anna, ConsentChannel.EMAIL, ConsentPurpose.MARKETING, ConsentSource.WEB_FORM, clock.instant(),
                Optional.empty(), Optional.empty(), false);

        assertThat(TestDatabase.countRows("kt_consent_event", "party_id", anna.toString())).isEqualTo(1);
    }
}
