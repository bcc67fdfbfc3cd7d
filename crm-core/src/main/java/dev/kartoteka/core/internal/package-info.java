/**
 * Implementation of crm-core. Not exported by the module; nothing here is API and anything may change without notice.
 */
@NullMarked
package dev.kartoteka.core.internal;

import org.jspecify.annotations.NullMarked;
