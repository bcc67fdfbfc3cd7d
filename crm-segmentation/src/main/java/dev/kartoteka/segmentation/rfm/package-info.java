/**
 * RFM scoring and named RFM segments: each party that bought at least once gets a recency, a frequency and a monetary
 * score from 1 (worst) to the number of bins (best; 2..10, 5 by default), and the segment its scores fall in.
 *
 * <h2>Scores</h2>
 * <p>{@link dev.kartoteka.segmentation.rfm.RfmScoring} scores {@link dev.kartoteka.segmentation.rfm.RfmInput}s
 * (days since the last purchase, purchases or purchase days, revenue or average value) against each other. A
 * party's score of a metric is
 *
 * <pre>  score = 1 + ⌊bins × w / n⌋</pre>
 *
 * <p>where n is the number of parties and w the number of them with a <em>strictly worse</em> value: a larger
 * recency for R, a smaller frequency for F, a smaller monetary value for M. So:
 * <ul>
 *   <li>ties: equal values always get the same score, whatever the order of the input. When many values tie, bins
 *       are uneven: if 70 % of the parties bought once, they all have F = 1 (nobody is worse) and those who bought
 *       twice get F = 1 + ⌊5 × 0.7⌋ = 4; if all values tie, everyone gets 1;</li>
 *   <li>monotone: a better value never gets a lower score;</li>
 *   <li>with distinct values and n a multiple of bins these are exact quantile bins (n / bins parties per
 *       score).</li>
 * </ul>
 *
 * <p>Equivalently, score = 1 + the number of the metric's cut points the value beats, where cut point k
 * (k = 1..bins − 1) is the ⌈k·n/bins⌉-th worst value, the k/bins quantile.
 * {@link dev.kartoteka.segmentation.rfm.RfmBoundaries} holds these cut points: learnt from one population, stored
 * by the host and used to score new parties one at a time or other populations consistently
 * ({@code RfmScoring.score(input, boundaries)}).
 *
 * <h2>Segments</h2>
 * <p>{@link dev.kartoteka.segmentation.rfm.RfmSegmentMap} names segments by score ranges, first match wins, with a
 * fallback ({@code "other"}) for scores no segment matches, so every party gets exactly one segment. The default map
 * (5 bins) is the 11-segment map of R and (F + M) / 2 published by Putler, ordered to be read first-match-wins:
 *
 * <table>
 * <caption>The default segments, tried in this order</caption>
 * <tr><th>segment</th><th>R</th><th>(F+M)/2</th></tr>
 * <tr><td>champions</td><td>4–5</td><td>4–5</td></tr>
 * <tr><td>loyal customers</td><td>2–5</td><td>3–5</td></tr>
 * <tr><td>new customers</td><td>4–5</td><td>1</td></tr>
 * <tr><td>promising</td><td>3–4</td><td>1</td></tr>
 * <tr><td>potential loyalists</td><td>3–5</td><td>1–3</td></tr>
 * <tr><td>need attention</td><td>2–3</td><td>2–3</td></tr>
 * <tr><td>about to sleep</td><td>2–3</td><td>1–2</td></tr>
 * <tr><td>cannot lose them</td><td>1</td><td>4–5</td></tr>
 * <tr><td>at risk</td><td>1–2</td><td>2–5</td></tr>
 * <tr><td>lost</td><td>1–2</td><td>1</td></tr>
 * <tr><td>hibernating</td><td>1–2</td><td>1–2</td></tr>
 * </table>
 *
 * <p>They cover all 125 combinations of scores; what each one gets after the ones before it, and how the order
 * departs from Putler's table, is in {@link dev.kartoteka.segmentation.rfm.RfmSegmentMap}. Other bin counts need
 * their own map.
 *
 * <h2>Results</h2>
 * <p>{@link dev.kartoteka.segmentation.rfm.RfmResult} has the scores in input order, the boundaries used, the segment
 * sizes and an R × F grid of counts and monetary sums for reports. Batches are scored on primitive arrays (about 32
 * bytes per party while scoring): the quantiles by a radix selection, then one pass.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.segmentation.rfm;

import org.jspecify.annotations.NullMarked;
