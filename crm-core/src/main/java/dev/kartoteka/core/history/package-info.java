/**
 * The history of the relationship: {@link dev.kartoteka.core.history.Interaction}s and
 * {@link dev.kartoteka.core.history.Transaction}s on one timeline per party, follow-up reminders, the "what needs
 * attention" query, and {@link dev.kartoteka.core.history.PurchaseSummary purchase} and
 * {@link dev.kartoteka.core.history.InteractionSummary interaction} summaries for analytics.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.history;

import org.jspecify.annotations.NullMarked;
