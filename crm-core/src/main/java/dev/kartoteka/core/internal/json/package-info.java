/**
 * A small, strict JSON codec for crm-core, which may not depend on a JSON library: {@link
 * dev.kartoteka.core.internal.json.Json} parses RFC 8259 text into maps, lists, strings, {@code BigDecimal}s, booleans
 * and {@link dev.kartoteka.core.internal.json.Json#NULL} and writes them back. Not exported by the module; nothing here
 * is API and anything may change without notice.
 */
@NullMarked
package dev.kartoteka.core.internal.json;

import org.jspecify.annotations.NullMarked;
