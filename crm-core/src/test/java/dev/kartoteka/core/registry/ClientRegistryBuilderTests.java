package dev.kartoteka.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ClientRegistryBuilderTests {

    @Test
    void settingTheStoreTwiceIsAnError() {
        ClientRegistry.Builder builder = ClientRegistry.builder().store(PartyStore.inMemory());

        assertThatIllegalStateException().isThrownBy(() -> builder.store(PartyStore.inMemory()));
    }

    @Test
    void settingTheClockTwiceIsAnError() {
        ClientRegistry.Builder builder = ClientRegistry.builder().clock(Clock.systemUTC());

        assertThatIllegalStateException().isThrownBy(() -> builder.clock(new MutableClock()));
    }

    @Test
    void rejectsNullSettings() {
        assertThatNullPointerException().isThrownBy(() -> ClientRegistry.builder().store(null));
        assertThatNullPointerException().isThrownBy(() -> ClientRegistry.builder().clock(null));
        assertThatNullPointerException().isThrownBy(() -> ClientRegistry.builder().listener(null));
    }

    @Test
    void severalListenersMayBeSubscribedFromTheStart() {
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();
        ClientRegistry registry = ClientRegistry.builder().listener(first).listener(second).build();

        registry.create(Company.builder().legalName("Acme").build());

        assertThat(first.events()).hasSize(1);
        assertThat(second.events()).isEqualTo(first.events());
    }

    @Test
    void theStoreIsWhereTheRegistryKeepsParties() {
        PartyStore store = PartyStore.inMemory();
        ClientRegistry registry = ClientRegistry.builder().store(store).build();

        Company acme = registry.create(Company.builder().legalName("Acme").build());

        assertThat(store.findById(acme.id())).contains(acme);
        assertThat(ClientRegistry.builder().store(store).build().get(acme.id())).isEqualTo(acme);
    }

    @Test
    void inMemoryRegistriesAreIndependent() {
        ClientRegistry one = ClientRegistry.inMemory();
        ClientRegistry two = ClientRegistry.inMemory();

        Company acme = one.create(Company.builder().legalName("Acme").build());

        assertThat(two.findById(acme.id())).isEmpty();
    }
}
