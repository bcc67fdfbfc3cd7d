/**
 * Custom fields: user-defined, typed fields in sections, per kind of party and role, defined at run time.
 * A {@link dev.kartoteka.core.field.CustomFieldSchema} holds {@link dev.kartoteka.core.field.Section}s and
 * {@link dev.kartoteka.core.field.FieldDefinition}s and evolves only through explicit
 * {@link dev.kartoteka.core.field.SchemaChange}s that never drop a stored value; parties carry
 * {@link dev.kartoteka.core.field.CustomFieldValues} validated against the schema by the registry.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.field;

import org.jspecify.annotations.NullMarked;
