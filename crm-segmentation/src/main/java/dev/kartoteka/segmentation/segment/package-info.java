/**
 * Segmenting a whole registry: {@link dev.kartoteka.segmentation.segment.RegistrySegmentation} walks every party in
 * party id order beside the history's streamed summaries (SQL aggregates with crm-jpa), assigns activity types, lists
 * transitions between two days and finds the members of rule {@link dev.kartoteka.segmentation.segment.Segment}s —
 * the rule's filterable part becomes a registry query (SQL criteria with crm-jpa), the whole rule is then evaluated on
 * each candidate ({@link dev.kartoteka.segmentation.segment.SegmentMembership}).
 *
 * @since 0.1
 */
package dev.kartoteka.segmentation.segment;
