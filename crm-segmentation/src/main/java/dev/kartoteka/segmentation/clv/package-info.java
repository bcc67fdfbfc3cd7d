/**
 * Customer lifetime value models, fitted by maximum likelihood: the non-contractual BG/NBD
 * ({@link dev.kartoteka.segmentation.clv.BgNbdFit}) and Pareto/NBD purchase models on
 * {@link dev.kartoteka.segmentation.clv.CustomerSummaries} in an explicit time unit, the discrete-time BG/BB
 * ({@link dev.kartoteka.segmentation.clv.BgBbFit}), the contractual shifted-beta-geometric
 * ({@link dev.kartoteka.segmentation.clv.SbgFit}), the Gamma-Gamma spend model
 * ({@link dev.kartoteka.segmentation.clv.GammaGammaFit}); summaries from transactions
 * ({@link dev.kartoteka.segmentation.clv.TransactionLog}), CLV formulas
 * ({@link dev.kartoteka.segmentation.clv.ClvCalculator}), predictions for many customers at once
 * ({@link dev.kartoteka.segmentation.clv.PurchasePredictions}) and their RFM-style summaries per segment
 * ({@link dev.kartoteka.segmentation.clv.PredictionSummary}).
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.segmentation.clv;

import org.jspecify.annotations.NullMarked;
