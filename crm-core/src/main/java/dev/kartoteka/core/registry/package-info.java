/**
 * The service API: {@link dev.kartoteka.core.registry.ClientRegistry} (create, update, find, search, archive, roles,
 * lead conversion, owners, contact persons, upcoming dates), {@link dev.kartoteka.core.registry.PartyQuery} and
 * {@link dev.kartoteka.core.registry.Page}, and the domain events with their listeners.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.registry;

import org.jspecify.annotations.NullMarked;
