/**
 * The six activity types — inactive, potential, active, one-time, trusted partner, VIP — and what decides them.
 *
 * <p>{@link dev.kartoteka.segmentation.activity.ActivityMetrics} hold one party's activity on a day, built from the
 * compact summaries crm-core's history streams (whole history, trailing windows, interactions);
 * {@link dev.kartoteka.segmentation.activity.ActivityPolicy} holds the documented thresholds and the fixed precedence;
 * {@link dev.kartoteka.segmentation.activity.ActivitySegmentation} assigns each party exactly one
 * {@link dev.kartoteka.segmentation.activity.ActivityType} with an
 * {@link dev.kartoteka.segmentation.activity.Explanation}, applying the company's VIP rule (see the rule package)
 * and, optionally, a fitted {@link dev.kartoteka.segmentation.activity.CustomerValueModel};
 * {@link dev.kartoteka.segmentation.activity.ActivitySubject} shows a party's metrics and facts to rules;
 * {@link dev.kartoteka.segmentation.activity.ActivityTransitions} lists who moved where between two days.
 *
 * <p>Every evaluation names its day explicitly — nothing here reads a clock — so results are reproducible and a host
 * decides what "today" is (usually its registry clock's date).
 *
 * @since 0.1
 */
package dev.kartoteka.segmentation.activity;
