package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.nip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.merge.MergeContract;
import dev.kartoteka.core.merge.MergeRequest;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import org.junit.jupiter.api.Test;

/** Runs crm-core's {@link MergeContract} unchanged against the four JPA stores, on one fresh tenant per test. */
class JpaMergeTests extends MergeContract {

    @Override
    protected Stores newStores() {
        KartotekaJpa jpa = TestDatabase.freshTenant();
        return new Stores(jpa.partyStore(), jpa.historyStore(), jpa.consentStore(), jpa.auditStore());
    }

    @Test
    void theTombstoneIsARowWithItsStatusAndPointerAndTheIdentifierRowMoved() {
        Company a = registry.create(company("Acme").build());
        Company b = registry.create(company("Acme").nip(nip(9)).build());

        registry.merge(MergeRequest.of(a.id(), a.version(), b.id(), b.version()));

        assertThat(TestDatabase.countRows("kt_party", "merged_into", a.id().toString())).isEqualTo(1);
        assertThat(TestDatabase.countRows("kt_party_identifier", "party_id", b.id().toString())).isZero();
        assertThat(TestDatabase.countRows("kt_party_identifier", "party_id", a.id().toString())).isEqualTo(1);
        Party tombstone = stores.parties().findById(b.id()).orElseThrow();
        assertThat(tombstone.mergedInto()).contains(a.id());
    }
}
