/**
 * Merging duplicate parties: a {@link dev.kartoteka.core.merge.MergeRequest} names the parties (with the versions
 * they were read at), how the survivor is chosen and the {@link dev.kartoteka.core.merge.Survivorship} rule of each
 * field; {@code ClientRegistry.previewMerge} shows the outcome without writing and {@code ClientRegistry.merge}
 * applies it. Nothing is lost: every value that does not survive stays in the audit trail.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package dev.kartoteka.core.merge;
