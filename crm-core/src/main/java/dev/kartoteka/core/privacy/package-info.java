/**
 * Data-subject requests: {@link dev.kartoteka.core.privacy.DataSubjectRequests export and erasure} of everything the
 * registry holds about a person.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.privacy;

import org.jspecify.annotations.NullMarked;
