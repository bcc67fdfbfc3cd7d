/**
 * Standardisation: each kind of value written one canonical way before it is stored and compared — phones (E.164 with
 * the extension split off), e-mails, persons' names, company names with their legal form as a field, Polish addresses
 * (street prefixes, building and flat, postal codes, casing) and identifiers (NIP, REGON, PESEL and its consistency
 * with a stated birth date and sex). Every normaliser is idempotent and reports, as {@link
 * dev.kartoteka.core.standardization.Remark}s, what it could not normalise instead of guessing.
 *
 * <p>{@link dev.kartoteka.core.standardization.Standardizer} is the entry point; the registry applies one on every
 * write when given it ({@code ClientRegistry.builder().standardizer(Standardizer.defaults())}) and keeps the values as
 * entered in the audit trail.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.standardization;

import org.jspecify.annotations.NullMarked;
