/**
 * The registry model: {@link dev.kartoteka.core.party.Party} with its two kinds
 * {@link dev.kartoteka.core.party.Company} and {@link dev.kartoteka.core.party.Person}, contact persons, roles (with
 * lead details), contact points, important dates, tags, notes and account owners. Every type is immutable; parties
 * are changed through their builders and stored through {@link dev.kartoteka.core.registry.ClientRegistry}.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.party;

import org.jspecify.annotations.NullMarked;
