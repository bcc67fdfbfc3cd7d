package dev.kartoteka.core.spi;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static dev.kartoteka.core.registry.ExampleParties.nip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ConcurrentUpdateException;
import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.CustomFieldValues;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.Page;
import dev.kartoteka.core.registry.PartyQuery;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PartyStore#replaceAll}: the in-memory store's own version and the interface's default behave alike. */
class PartyStoreReplaceAllTests {

    static Stream<PartyStore> stores() {
        return Stream.of(PartyStore.inMemory(), new DefaultsOnly(PartyStore.inMemory()));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anIdentifierMovesFromOnePartyOfTheListToAnother(PartyStore store) {
        Company giver = company("A").nip(nip(1)).build();
        Company taker = company("B").build();
        store.insert(giver);
        store.insert(taker);

        store.replaceAll(List.of(taker.toBuilder().nip(nip(1)).version(1).build(),
                giver.toBuilder().nip(null).version(1).build()));

        assertThat(store.findByIdentifier(nip(1))).extracting(Party::id).containsExactly(taker.id());
        assertThat(store.findById(giver.id()).orElseThrow().version()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aStaleVersionReplacesNothing(PartyStore store) {
        Company a = company("A").build();
        Company b = company("B").build();
        store.insert(a);
        store.insert(b);

        assertThatThrownBy(() -> store.replaceAll(List.of(a.toBuilder().legalName("A2").version(1).build(),
                b.toBuilder().legalName("B2").version(2).build()))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(store.findById(a.id())).contains(a);
        assertThat(store.findById(b.id())).contains(b);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anIdentifierHeldOutsideTheListReplacesNothing(PartyStore store) {
        Company holder = company("H").nip(nip(2)).build();
        Company a = company("A").build();
        Company b = company("B").build();
        store.insert(holder);
        store.insert(a);
        store.insert(b);

        assertThatThrownBy(() -> store.replaceAll(List.of(a.toBuilder().legalName("A2").version(1).build(),
                b.toBuilder().nip(nip(2)).version(1).build()))).isInstanceOf(DuplicateIdentifierException.class);

        assertThat(store.findById(a.id())).contains(a);
        assertThat(store.findByIdentifier(nip(2))).extracting(Party::id).containsExactly(holder.id());
    }

    /** A store that only delegates the abstract methods, so the interface's defaults run. */
    private record DefaultsOnly(PartyStore delegate) implements PartyStore {
        @Override
        public void insert(Party party) {
            delegate.insert(party);
        }

        @Override
        public void replace(Party party, long expectedVersion) {
            delegate.replace(party, expectedVersion);
        }

        @Override
        public Optional<Party> findById(PartyId id) {
            return delegate.findById(id);
        }

        @Override
        public List<Party> findByIdentifier(Identifier identifier) {
            return delegate.findByIdentifier(identifier);
        }

        @Override
        public Page<Party> search(PartyQuery query) {
            return delegate.search(query);
        }

        @Override
        public List<Company> companiesWithContactPerson(PartyId person) {
            return delegate.companiesWithContactPerson(person);
        }

        @Override
        public List<Party> findByAnnualDate(Collection<MonthDay> days) {
            return delegate.findByAnnualDate(days);
        }

        @Override
        public long count(boolean includeArchived) {
            return delegate.count(includeArchived);
        }

        @Override
        public CustomFieldSchema schema() {
            return delegate.schema();
        }

        @Override
        public void forEachCustomFields(BiConsumer<CustomFieldLocation, CustomFieldValues> visitor) {
            delegate.forEachCustomFields(visitor);
        }

        @Override
        public void migrateSchema(CustomFieldSchema schema, long expectedVersion,
                                  BiFunction<CustomFieldLocation, CustomFieldValues, CustomFieldValues> rewrite) {
            delegate.migrateSchema(schema, expectedVersion, rewrite);
        }
    }
}
