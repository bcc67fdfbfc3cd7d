/**
 * The demo's visual report: one self-contained HTML file with inline SVG charts of a client base.
 *
 * <p>{@link dev.kartoteka.examples.report.ReportData} describes what the report shows (activity segment sizes and
 * transitions, the RFM grid, the CLV distribution and top clients, P(alive) over recency × frequency, the CLV
 * model's calibration-versus-holdout check, duplicate clusters, import outcomes and data completeness) as immutable
 * values, apart from how they were computed; {@link dev.kartoteka.examples.report.HtmlReport} renders it as HTML with
 * no scripts and nothing loaded from elsewhere; {@link dev.kartoteka.examples.report.ReportScreenshot} screenshots the
 * file with a headless Chromium, when one is installed, to check that it renders.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.examples.report;

import org.jspecify.annotations.NullMarked;
