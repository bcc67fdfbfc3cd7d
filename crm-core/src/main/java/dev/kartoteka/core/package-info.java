/**
 * Kartoteka's root package: the exception hierarchy ({@link dev.kartoteka.core.KartotekaException} and its subclasses)
 * and {@link dev.kartoteka.core.Violation}, shared by every module.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core;

import org.jspecify.annotations.NullMarked;
