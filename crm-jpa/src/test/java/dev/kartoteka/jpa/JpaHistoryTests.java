package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.history.HistoryContract;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.spi.HistoryStore;
import dev.kartoteka.core.spi.PartyStore;
import org.junit.jupiter.api.Test;

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

    @Test
    void theContractsHistoryWritesToTheDatabase() {
        var anna = registry.create(person("Anna", "Nowak").build());

        history.record(Transaction.order(anna.id(), TODAY, Money.of("10.00", "PLN")));

        assertThat(TestDatabase.countRows("kt_transaction", "party_id", anna.id().toString())).isEqualTo(1);
    }
}
