/**
 * Access control: the {@link dev.kartoteka.core.access.AccessPolicy} SPI the registry consults for every operation,
 * the role-based default {@link dev.kartoteka.core.access.RoleBasedAccessPolicy}, and
 * {@link dev.kartoteka.core.access.AccessDeniedException}.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.access;

import org.jspecify.annotations.NullMarked;
