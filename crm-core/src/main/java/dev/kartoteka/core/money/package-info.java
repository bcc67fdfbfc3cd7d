/**
 * {@link dev.kartoteka.core.money.Money}: amounts with their currency, used by custom fields and commercial history.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.money;

import org.jspecify.annotations.NullMarked;
