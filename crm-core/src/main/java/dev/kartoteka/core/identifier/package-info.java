/**
 * Identifiers of parties: the Polish registry numbers ({@link dev.kartoteka.core.identifier.Nip},
 * {@link dev.kartoteka.core.identifier.Regon}, {@link dev.kartoteka.core.identifier.Krs},
 * {@link dev.kartoteka.core.identifier.Pesel}), EU VAT numbers ({@link dev.kartoteka.core.identifier.EuVatNumber}), tax
 * numbers of companies outside the EU ({@link dev.kartoteka.core.identifier.ForeignTaxNumber}) and
 * contact identifiers ({@link dev.kartoteka.core.identifier.Email}, {@link dev.kartoteka.core.identifier.PhoneNumber}).
 *
 * <p>Every identifier is an immutable, thread-safe value object that validates in its factory ({@code parse} or
 * {@code of}) and keeps a canonical form ({@link dev.kartoteka.core.identifier.Identifier#value()}); two identifiers
 * are equal when their canonical forms are. The factories reject {@code null} with a {@link NullPointerException} and
 * blank or malformed input with a {@link dev.kartoteka.core.ValidationException} whose message names the field, the
 * value (masked when it is personal data: PESEL, e-mail, phone) and what a valid value looks like. Each type also has
 * an {@code isValid} method that answers the same question without throwing.
 *
 * <p>Check digits catch most typing errors but not all of them; the blind spots of each checksum are documented on
 * its class.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.identifier;

import org.jspecify.annotations.NullMarked;
