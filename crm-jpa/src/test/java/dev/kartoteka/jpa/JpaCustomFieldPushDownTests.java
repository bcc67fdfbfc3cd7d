package dev.kartoteka.jpa;

import static dev.kartoteka.core.registry.ExampleParties.company;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.field.SchemaChange;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.FieldCriterion;
import dev.kartoteka.core.registry.PartyQuery;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Custom-field criteria reach the database: on PostgreSQL (jsonb containment, GIN index) and MariaDB (JSON_CONTAINS)
 * the SQL pre-filter alone selects exactly the matching rows; on H2, which has no JSON operators, it selects every row
 * and the exact check in Java decides. Either way the search answers the same.
 */
class JpaCustomFieldPushDownTests {

    private final String tenant = "t-" + UUID.randomUUID();
    private final KartotekaJpa jpa = TestDatabase.shared().forTenant(tenant);
    private final ClientRegistry registry = jpa.registryBuilder().build();

    @Test
    void theJsonPreFilterSelectsExactlyTheMatchingRowsWhereTheDatabaseHasJsonOperators() {
        registry.evolveSchema(0, new SchemaChange.AddField(FieldDefinition.builder("segment", FieldType.TEXT).build()));
        for (int i = 0; i < 30; i++) {
            registry.create(company("Firma " + i).customField("segment", i % 3 == 0 ? "gold" : "silver").build());
        }
        registry.create(company("Bez segmentu").build());

        long preFiltered;
        long present;
        try (EntityManager em = jpa.entityManagerFactory().unwrap(SessionFactory.class).withOptions()
                .tenantIdentifier((Object) tenant).openSession()) {
            preFiltered = em.createQuery("select count(p) from PartyEntity p "
                    + "where kt_json_contains(p.customFields, :f) = true", Long.class)
                    .setParameter("f", "{\"segment\":\"gold\"}").getSingleResult();
            present = em.createQuery("select count(p) from PartyEntity p "
                    + "where kt_json_has_key(p.customFields, :k) = true", Long.class)
                    .setParameter("k", "segment").getSingleResult();
        }

        boolean jsonOperators = !TestDatabase.KIND.equals("h2");
        assertThat(preFiltered).isEqualTo(jsonOperators ? 10 : 31);
        assertThat(present).isEqualTo(jsonOperators ? 30 : 31);
        assertThat(registry.search(PartyQuery.builder().customField(FieldCriterion.equalTo("segment", "gold"))
                .build()).totalItems()).isEqualTo(10);
        assertThat(registry.search(PartyQuery.builder().customField(FieldCriterion.isPresent("segment"))
                .build()).totalItems()).isEqualTo(30);
    }
}
