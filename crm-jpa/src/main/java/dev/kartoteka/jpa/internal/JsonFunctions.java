package dev.kartoteka.jpa.internal;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/**
 * Two HQL functions that push custom-field criteria down to the database's JSON support, registered with Hibernate
 * through {@code META-INF/services}:
 * <ul>
 *   <li>{@code kt_json_contains(doc, fragment)}: PostgreSQL {@code doc @> fragment::jsonb} (served by the GIN index on
 *       {@code kt_party.custom_fields}); MariaDB {@code JSON_CONTAINS(doc, fragment)};</li>
 *   <li>{@code kt_json_has_key(doc, key)}: PostgreSQL {@code jsonb_exists}; MariaDB {@code JSON_CONTAINS_PATH}.</li>
 * </ul>
 * H2 has no JSON operators: there both are true and the exact check in Java decides. Everywhere the SQL condition is a
 * pre-filter only — never narrower than the criterion — and the store checks every candidate exactly.
 */
public final class JsonFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        BasicType<Boolean> bool = functions.getTypeConfiguration().getBasicTypeRegistry()
                .resolve(StandardBasicTypes.BOOLEAN);
        Dialect dialect = functions.getDialect();
        String contains;
        String hasKey;
        if (dialect instanceof PostgreSQLDialect) {
            contains = "(?1 @> cast(?2 as jsonb))";
            hasKey = "jsonb_exists(?1, ?2)";
        } else if (dialect instanceof MariaDBDialect) {
            contains = "(json_contains(?1, ?2) = 1)";
            hasKey = "(json_contains_path(?1, 'one', concat('$.\"', ?2, '\"')) = 1)";
        } else {
            contains = "(?1 is not null and ?2 is not null)";
            hasKey = "(?1 is not null and ?2 is not null)";
        }
        functions.getFunctionRegistry().registerPattern("kt_json_contains", contains, bool);
        functions.getFunctionRegistry().registerPattern("kt_json_has_key", hasKey, bool);
    }
}
