package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.registry.CustomFieldRegistryContract;
import dev.kartoteka.core.spi.PartyStore;
import org.junit.jupiter.api.Test;

/** Runs crm-core's {@link CustomFieldRegistryContract} unchanged against the JPA store on the test database. */
class JpaCustomFieldRegistryTests extends CustomFieldRegistryContract {

    @Override
    protected PartyStore newStore() {
        return TestDatabase.freshTenant().partyStore();
    }

    @Test
    void theContractsRegistryWritesToTheDatabase() {
        var acme = registry.create(company("Acme").build());

        assertThat(registry.schema().version()).as("the example schema is installed").isPositive();
        assertThat(TestDatabase.countRows("kt_party", "id", acme.id().toString())).isEqualTo(1);
    }
}
