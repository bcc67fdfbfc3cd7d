package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant's custom-field schema, as the JSON document of {@code CustomFieldJson}, with its version. */
@Entity
@Table(name = "kt_field_schema")
public class FieldSchemaRow {

    @Id
    @Column(name = "tenant_id", length = 64)
    String tenant;

    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "schema_json", nullable = false)
    String json;

    protected FieldSchemaRow() {
    }

    FieldSchemaRow(String tenant) {
        this.tenant = tenant;
    }
}
