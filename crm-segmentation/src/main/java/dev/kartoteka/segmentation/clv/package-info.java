/**
 * Customer lifetime value models: the BG/NBD purchase model ({@link dev.kartoteka.segmentation.clv.BgNbdFit}) and
 * the Gamma-Gamma spend model ({@link dev.kartoteka.segmentation.clv.GammaGammaFit}), fitted by maximum likelihood
 * on {@link dev.kartoteka.segmentation.clv.CustomerSummaries} in an explicit time unit.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.segmentation.clv;

import org.jspecify.annotations.NullMarked;
