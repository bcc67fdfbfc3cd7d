package dev.kartoteka.examples.report;

import dev.kartoteka.examples.report.Svg.Anchor;
import java.util.List;

/** The report's chart kinds, each drawn as one inline SVG of a given natural width. */
final class Charts {

    static final double LABEL_SIZE = 12.5;
    static final double AXIS_SIZE = 11.5;

    private Charts() {
    }

    /** A bar of a horizontal bar list. */
    record Bar(String label, double value, String valueText, String fill, String tooltip) {
    }

    /** A colour sample with its meaning, under a chart. */
    record Swatch(String fill, String label) {
    }

    /**
     * A heat map cell: its fill, a main text and an optional second line, each as alternatives from the fullest to
     * the shortest (the first that fits the cell is drawn), and its hover text.
     */
    record Cell(String fill, List<String> texts, List<String> subs, boolean dark, String tooltip) {

        Cell(String fill, String text, List<String> subs, boolean dark, String tooltip) {
            this(fill, List.of(text), subs, dark, tooltip);
        }

        static Cell empty(String tooltip) {
            return new Cell("", List.of("–"), List.of(), false, tooltip);
        }
    }

    /**
     * Horizontal bars, one per row: the label on the left, a track with the bar, the value text on the right.
     *
     * @param maxValue the value a full track stands for
     * @param preferredRowHeight the height of a row; taller where a label needs two lines
     * @param percentAxis whether to draw grid lines at 0, 25, 50, 75 and 100 % of the track, labelled below
     */
    static String bars(List<Bar> bars, double width, double maxValue, double preferredRowHeight,
                       boolean percentAxis, String ariaLabel) {
        double labelWidth = 0;
        double valueWidth = 0;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(b.label(), LABEL_SIZE));
            valueWidth = Math.max(valueWidth, Svg.textWidth(b.valueText(), LABEL_SIZE));
        }
        labelWidth = Math.min(labelWidth + 12, width * 0.4);
        double rowHeight = preferredRowHeight;
        for (Bar b : bars) {
            if (Svg.textWidth(b.label(), LABEL_SIZE) > labelWidth - 10 && rowHeight >= 28) {
                rowHeight = Math.max(rowHeight, 38); // room for a label on two lines
            }
        }
        double x0 = labelWidth;
        double trackWidth = width - labelWidth - valueWidth - 12;
        double axisHeight = percentAxis ? 20 : 0;
        double height = bars.size() * rowHeight + axisHeight + 2;
        Svg svg = new Svg(width, height, ariaLabel);
        double barHeight = Math.min(18, rowHeight - 10);
        if (percentAxis) {
            for (int i = 0; i <= 4; i++) {
                double x = x0 + trackWidth * i / 4;
                svg.line(x, 0, x, bars.size() * rowHeight, "gridline");
                svg.text(x, bars.size() * rowHeight + 15, NumberText.percent(i / 4.0, 0), "axis", Anchor.MIDDLE);
            }
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double top = i * rowHeight;
            double cy = top + rowHeight / 2;
            List<String> label = Svg.wrap(b.label(), labelWidth - 10, LABEL_SIZE);
            if (label.size() == 1 || rowHeight < 28) {
                svg.text(x0 - 10, cy + 4.3, fit(b.label(), labelWidth - 10, LABEL_SIZE), "label", Anchor.END);
            } else {
                svg.lines(x0 - 10, cy - 2.2, List.of(fit(label.get(0), labelWidth - 10, LABEL_SIZE),
                        fit(label.get(1), labelWidth - 10, LABEL_SIZE)), 13, "label", Anchor.END);
            }
            svg.rect(x0, cy - barHeight / 2, trackWidth, barHeight, "", "track", "");
            double w = maxValue > 0 ? trackWidth * Math.min(1, b.value() / maxValue) : 0;
            svg.rect(x0, cy - barHeight / 2, Math.max(w, b.value() > 0 ? 1.5 : 0), barHeight, b.fill(),
                    b.tooltip());
            svg.text(x0 + trackWidth + 8, cy + 4.3, b.valueText(), "value", Anchor.START);
        }
        return svg.end();
    }

    /**
     * A grid of shaded cells with row labels on the left and column labels on top (wrapped to two lines when
     * narrow), each axis with a title, and an optional legend of swatches below.
     */
    static String heatMap(List<String> rows, List<String> columns, Cell[][] cells, String rowTitle,
                          String columnTitle, double width, double cellHeight, List<Swatch> legend,
                          String ariaLabel) {
        double labelWidth = Svg.textWidth(rowTitle, AXIS_SIZE);
        for (String r : rows) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(r, LABEL_SIZE));
        }
        labelWidth += 12;
        double cellWidth = (width - labelWidth) / columns.size();
        int headerLines = 1;
        for (String c : columns) {
            headerLines = Math.max(headerLines, Svg.wrap(c, cellWidth - 6, LABEL_SIZE).size());
        }
        double titleHeight = 18;
        double headerHeight = titleHeight + headerLines * 15 + 6;
        double gridHeight = rows.size() * cellHeight;
        double legendHeight = legend.isEmpty() ? 0 : 28;
        double height = headerHeight + gridHeight + legendHeight + 2;
        Svg svg = new Svg(width, height, ariaLabel);
        svg.text(labelWidth + (width - labelWidth) / 2, 12, columnTitle, "axis-title", Anchor.MIDDLE);
        svg.line(labelWidth + 4, 17, width - 4, 17, "axis-rule");
        svg.text(labelWidth - 10, headerHeight - 8, rowTitle, "axis-title", Anchor.END);
        for (int c = 0; c < columns.size(); c++) {
            List<String> lines = Svg.wrap(columns.get(c), cellWidth - 6, LABEL_SIZE);
            double firstBaseline = headerHeight - 8 - (lines.size() - 1) * 15;
            svg.lines(labelWidth + (c + 0.5) * cellWidth, firstBaseline, lines, 15, "label", Anchor.MIDDLE);
        }
        for (int r = 0; r < rows.size(); r++) {
            double top = headerHeight + r * cellHeight;
            svg.text(labelWidth - 10, top + cellHeight / 2 + 4.3, rows.get(r), "label", Anchor.END);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = cells[r][c];
                double left = labelWidth + c * cellWidth;
                svg.rect(left + 1, top + 1, cellWidth - 2, cellHeight - 2, cell.fill(),
                        cell.fill().isEmpty() ? "cell-empty" : "cell", cell.tooltip());
                String tone = cell.dark() ? " on-dark" : "";
                double cx = left + cellWidth / 2;
                double cy = top + cellHeight / 2;
                String text = firstFitting(cell.texts(), cellWidth - 6, 13);
                String sub = cellHeight < 36 ? "" : firstFitting(cell.subs(), cellWidth - 6, 10.5);
                if (text.isEmpty()) {
                    text = fit(cell.texts().get(cell.texts().size() - 1), cellWidth - 6, 13);
                }
                if (sub.isEmpty()) {
                    svg.text(cx, cy + 4.5, text, "cell-text" + tone, Anchor.MIDDLE);
                } else {
                    svg.text(cx, cy - 1, text, "cell-text" + tone, Anchor.MIDDLE);
                    svg.text(cx, cy + 13, sub, "cell-sub" + tone, Anchor.MIDDLE);
                }
            }
        }
        if (!legend.isEmpty()) {
            legend(svg, labelWidth, headerHeight + gridHeight + 18, legend);
        }
        return svg.end();
    }

    /**
     * A histogram with the overflow bin drawn apart, count grid lines, and markers at the median and the mean.
     *
     * @param valueTitle what the values are, under the x axis
     * @param unit the unit after the overflow bin's bound, e.g. the currency
     */
    static String histogram(Histogram h, double width, double height, String valueTitle, String unit) {
        double left = 58;
        double right = 12;
        double top = 46;
        double bottom = 46;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        int columns = h.counts.length + (h.overflow > 0 ? 1 : 0);
        double overflowGap = h.overflow > 0 ? 10 : 0;
        double columnWidth = (plotWidth - overflowGap) / columns;
        double[] yAxis = Histogram.niceAxis(h.tallest());
        double yStep = Math.max(1, yAxis[1]);
        double yTop = Math.ceil(h.tallest() / yStep) * yStep;
        yTop = Math.max(yTop, yStep);
        Svg svg = new Svg(width, height, "histogram of " + valueTitle);
        svg.text(left - 8, 14, "clients", "axis-title", Anchor.END);
        for (double y = 0; y <= yTop + 1e-9; y += yStep) {
            double py = top + plotHeight - plotHeight * y / yTop;
            svg.line(left, py, width - right, py, y == 0 ? "baseline" : "gridline");
            svg.text(left - 8, py + 4, NumberText.tick(y, yStep), "axis", Anchor.END);
        }
        for (int i = 0; i < h.counts.length; i++) {
            double x = left + i * columnWidth;
            double bh = plotHeight * h.counts[i] / yTop;
            String range = value(h, i * h.step) + "–" + value(h, (i + 1) * h.step) + " " + unit + ": "
                    + NumberText.integer(h.counts[i]) + " clients";
            svg.rect(x + 1, top + plotHeight - bh, columnWidth - 2, bh, Palette.BLUE, range);
        }
        double overflowCentre = Double.NaN;
        String overflowLabel = "";
        if (h.overflow > 0) {
            double x = left + h.counts.length * columnWidth + overflowGap;
            double bh = plotHeight * h.overflow / yTop;
            overflowLabel = "≥ " + value(h, h.overflowFrom());
            svg.rect(x + 1, top + plotHeight - bh, columnWidth - 2, bh, Palette.LIGHT_BLUE,
                    overflowLabel + " " + unit + ": " + NumberText.integer(h.overflow) + " clients");
            overflowCentre = x + columnWidth / 2;
        }
        // x ticks at bin edges, spaced so their labels do not touch
        double widest = Svg.textWidth(value(h, h.overflowFrom()), AXIS_SIZE) + 14;
        int every = 1;
        while (every * columnWidth < widest) {
            every = every == 1 ? 2 : every == 2 ? 5 : every * 2;
        }
        double overflowLeft = Double.isNaN(overflowCentre) ? Double.MAX_VALUE
                : overflowCentre - Svg.textWidth(overflowLabel, AXIS_SIZE) / 2 - 6;
        for (int i = 0; i <= h.counts.length; i += every) {
            double x = left + i * columnWidth;
            String label = value(h, i * h.step);
            if (x + Svg.textWidth(label, AXIS_SIZE) / 2 > overflowLeft) {
                continue;
            }
            svg.line(x, top + plotHeight, x, top + plotHeight + 4, "baseline");
            svg.text(x, top + plotHeight + 17, label, "axis", Anchor.MIDDLE);
        }
        if (!Double.isNaN(overflowCentre)) {
            svg.text(overflowCentre, top + plotHeight + 17, overflowLabel, "axis", Anchor.MIDDLE);
        }
        svg.text(left + plotWidth / 2, height - 6, valueTitle, "axis-title", Anchor.MIDDLE);
        // markers: the smaller value labelled to its left, the larger to its right
        double medianX = valueX(h, h.median, left, columnWidth, overflowGap);
        double meanX = valueX(h, h.mean, left, columnWidth, overflowGap);
        boolean medianFirst = medianX <= meanX;
        marker(svg, medianX, top, plotHeight, "median " + statistic(h, h.median),
                medianFirst ? Anchor.END : Anchor.START);
        marker(svg, meanX, top, plotHeight, "mean " + statistic(h, h.mean),
                medianFirst ? Anchor.START : Anchor.END);
        return svg.end();
    }

    /**
     * Two series over the same categories, as lines with points: the actual values solid, the predicted dashed; the
     * number of customers of each category under its label.
     */
    static String actualVersusPredicted(List<String> categories, double[] actual, double[] predicted,
                                        long[] customers, double width, double height, String xTitle,
                                        String yTitle) {
        double left = 48;
        double right = 14;
        double top = 46;
        double bottom = 62;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        double highest = 0;
        for (int i = 0; i < categories.size(); i++) {
            highest = Math.max(highest, Math.max(actual[i], predicted[i]));
        }
        double[] axis = Histogram.niceAxis(highest);
        double yTop = axis[0];
        double yStep = axis[1];
        Svg svg = new Svg(width, height, yTitle + " by " + xTitle + ": actual and predicted");
        svg.text(left - 8, 14, yTitle, "axis-title", Anchor.START);
        legend(svg, width - right - 230, 14, List.of(new Swatch(Palette.INK, "actual"),
                new Swatch(Palette.BLUE, "predicted by the model")));
        for (double y = 0; y <= yTop + 1e-9; y += yStep) {
            double py = top + plotHeight - plotHeight * y / yTop;
            svg.line(left, py, width - right, py, y == 0 ? "baseline" : "gridline");
            svg.text(left - 8, py + 4, NumberText.tick(y, yStep), "axis", Anchor.END);
        }
        int k = categories.size();
        double columnWidth = plotWidth / k;
        double[] xs = new double[k];
        double[] ya = new double[k];
        double[] yp = new double[k];
        boolean anyCount = false;
        for (int i = 0; i < k; i++) {
            xs[i] = left + (i + 0.5) * columnWidth;
            ya[i] = top + plotHeight - plotHeight * actual[i] / yTop;
            yp[i] = top + plotHeight - plotHeight * predicted[i] / yTop;
            svg.text(xs[i], top + plotHeight + 17, categories.get(i), "label", Anchor.MIDDLE);
            String count = firstFitting(List.of(NumberText.integer(customers[i]), NumberText.compact(customers[i])),
                    columnWidth - 4, 10.5);
            if (!count.isEmpty()) {
                svg.text(xs[i], top + plotHeight + 32, count, "cell-sub muted", Anchor.MIDDLE);
                anyCount = true;
            }
        }
        if (anyCount) {
            svg.text(left - 8, top + plotHeight + 32, "n", "cell-sub muted", Anchor.END);
        }
        svg.polyline(xs, yp, "series-predicted");
        svg.polyline(xs, ya, "series-actual");
        for (int i = 0; i < k; i++) {
            svg.circle(xs[i], yp[i], 3.5, "point-predicted", categories.get(i) + ": predicted "
                    + NumberText.decimal(predicted[i], 2));
            svg.circle(xs[i], ya[i], 3.5, "point-actual", categories.get(i) + ": actual "
                    + NumberText.decimal(actual[i], 2));
        }
        svg.text(left + plotWidth / 2, height - 6, xTitle, "axis-title", Anchor.MIDDLE);
        return svg.end();
    }

    /** One bar split in parts, each part's share written in it when there is room. */
    static String stackedBar(double[] values, String[] fills, String[] tooltips, double width, double height,
                             String ariaLabel) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        Svg svg = new Svg(width, height, ariaLabel);
        svg.rect(0, 0, width, height, "", "track", "");
        double x = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= 0 || total <= 0) {
                continue;
            }
            double w = width * values[i] / total;
            svg.rect(x, 0, Math.max(w - 1, 1), height, fills[i], tooltips[i]);
            String share = NumberText.percent(values[i] / total, 1);
            if (Svg.textWidth(share, LABEL_SIZE) + 10 < w) {
                svg.text(x + w / 2, height / 2 + 4.5, share, "cell-text on-dark", Anchor.MIDDLE);
            }
            x += w;
        }
        return svg.end();
    }

    /** @return a value on the histogram's axis: in full, or shortened when the axis runs to 100 000 or more */
    private static String value(Histogram h, double v) {
        return h.overflowFrom() >= 100_000 ? NumberText.compact(v) : NumberText.tick(v, h.step);
    }

    /** @return a median or mean: shortened like the axis, else whole (or to the cent when the bins are narrow) */
    private static String statistic(Histogram h, double v) {
        return h.overflowFrom() >= 100_000 ? NumberText.compact(v) : NumberText.decimal(v, h.step < 1 ? 2 : 0);
    }

    private static double valueX(Histogram h, double value, double left, double columnWidth, double overflowGap) {
        if (value >= h.overflowFrom()) {
            return left + h.counts.length * columnWidth + overflowGap + columnWidth / 2;
        }
        return left + value / h.step * columnWidth;
    }

    private static void marker(Svg svg, double x, double top, double plotHeight, String label, Anchor anchor) {
        svg.line(x, top - 22, x, top + plotHeight, "marker");
        svg.text(x + (anchor == Anchor.END ? -5 : 5), top - 13, label, "marker-label", anchor);
    }

    private static void legend(Svg svg, double x, double baseline, List<Swatch> swatches) {
        double at = x;
        boolean afterSwatch = false;
        for (Swatch s : swatches) {
            if (!s.fill().isEmpty()) {
                svg.rect(at, baseline - 9, 12, 10, s.fill(), "swatch", "");
                at += s.label().isEmpty() ? 13 : 17;
            } else if (afterSwatch) {
                at += 5;
            }
            afterSwatch = !s.fill().isEmpty() && s.label().isEmpty();
            if (!s.label().isEmpty()) {
                svg.text(at, baseline, s.label(), "axis", Anchor.START);
                at += Svg.textWidth(s.label(), AXIS_SIZE) + 14;
            }
        }
    }

    /** @return the first of the texts that is at most {@code maxWidth} wide, or an empty text if none is */
    static String firstFitting(List<String> options, double maxWidth, double fontSize) {
        for (String option : options) {
            if (Svg.textWidth(option, fontSize) <= maxWidth) {
                return option;
            }
        }
        return "";
    }

    /** @return the text, cut with an ellipsis if wider than {@code maxWidth} */
    static String fit(String text, double maxWidth, double fontSize) {
        if (Svg.textWidth(text, fontSize) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && Svg.textWidth(cut + "…", fontSize) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
