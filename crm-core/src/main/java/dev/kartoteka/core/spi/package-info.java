/**
 * For implementers of storage: the {@link dev.kartoteka.core.spi.PartyStore} port and
 * {@link dev.kartoteka.core.spi.SearchText}, the text folding every store must use so that searches agree.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.spi;

import org.jspecify.annotations.NullMarked;
