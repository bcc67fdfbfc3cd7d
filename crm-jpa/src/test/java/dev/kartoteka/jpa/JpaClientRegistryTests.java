package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.registry.ClientRegistryContract;
import dev.kartoteka.core.spi.PartyStore;
import org.junit.jupiter.api.Test;

/** Runs crm-core's {@link ClientRegistryContract} unchanged against the JPA store on the test database. */
class JpaClientRegistryTests extends ClientRegistryContract {

    @Override
    protected PartyStore newStore() {
        return TestDatabase.freshTenant().partyStore();
    }

    @Test
    void theContractsRegistryWritesToTheDatabase() {
        var acme = registry.create(company("Acme").tag("vip").build());

        assertThat(TestDatabase.countRows("kt_party", "id", acme.id().toString())).isEqualTo(1);
        assertThat(TestDatabase.countRows("kt_party_tag", "party_id", acme.id().toString())).isEqualTo(1);
    }
}
