/**
 * For implementers of storage: the ports {@link dev.kartoteka.core.spi.PartyStore} (parties and the custom-field
 * schema), {@link dev.kartoteka.core.spi.HistoryStore}, {@link dev.kartoteka.core.spi.ConsentStore} and
 * {@link dev.kartoteka.core.spi.AuditStore}, each with an in-memory implementation, and the rules every store must
 * share so that results agree: {@link dev.kartoteka.core.spi.SearchText} (folding) and
 * {@link dev.kartoteka.core.spi.IdentifierKeys} (identifier keys).
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.spi;

import org.jspecify.annotations.NullMarked;
