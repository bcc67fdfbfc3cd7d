/**
 * The audit trail: {@link dev.kartoteka.core.audit.AuditEntry AuditEntries} with
 * {@link dev.kartoteka.core.audit.FieldChange field changes}, read through
 * {@link dev.kartoteka.core.audit.AuditTrail}.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.audit;

import org.jspecify.annotations.NullMarked;
