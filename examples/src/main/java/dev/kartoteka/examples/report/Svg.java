package dev.kartoteka.examples.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes one inline SVG element. Coordinates are written with at most one decimal and a dot, whatever the default
 * locale, so the same chart always gives the same text. Styling comes from the page's style sheet (class names).
 */
final class Svg {

    /** Where a text's x coordinate is. */
    enum Anchor {
        START, MIDDLE, END;

        String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final StringBuilder out = new StringBuilder(4096);

    /**
     * @param width the natural width in CSS pixels
     * @param height the natural height
     * @param label what the chart shows, for screen readers
     */
    Svg(double width, double height, String label) {
        // no xmlns: the HTML parser puts inline <svg> in the SVG namespace, and the page stays free of URLs
        out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" role=\"img\" aria-label=\"").append(Markup.escape(label)).append("\">");
    }

    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        return rect(x, y, w, h, fill, "", tooltip);
    }

    Svg rect(double x, double y, double w, double h, String fill, String cssClass, String tooltip) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append('"');
        if (!fill.isEmpty()) {
            out.append(" fill=\"").append(fill).append('"');
        }
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        if (tooltip.isEmpty()) {
            out.append("/>");
        } else {
            out.append("><title>").append(Markup.escape(tooltip)).append("</title></rect>");
        }
        return this;
    }

    Svg text(double x, double y, String text, String cssClass, Anchor anchor) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" class=\"").append(cssClass)
                .append('"');
        if (anchor != Anchor.START) {
            out.append(" text-anchor=\"").append(anchor.css()).append('"');
        }
        out.append('>').append(Markup.escape(text)).append("</text>");
        return this;
    }

    /** A text of several lines, the first line's baseline at {@code y}. */
    Svg lines(double x, double y, List<String> lines, double lineHeight, String cssClass, Anchor anchor) {
        for (int i = 0; i < lines.size(); i++) {
            text(x, y + i * lineHeight, lines.get(i), cssClass, anchor);
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String cssClass) {
        out.append("<polyline class=\"").append(cssClass).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("\"/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String cssClass, String tooltip) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" class=\"").append(cssClass).append('"');
        if (tooltip.isEmpty()) {
            out.append("/>");
        } else {
            out.append("><title>").append(Markup.escape(tooltip)).append("</title></circle>");
        }
        return this;
    }

    /** @return the finished element */
    String end() {
        return out.append("</svg>").toString();
    }

    static String n(double v) {
        double r = Math.rint(v * 10) / 10;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }

    /**
     * Estimates how wide a text is in the report's sans-serif face (Arial metrics, rounded up a little): enough to
     * lay out labels without measuring them in a browser.
     */
    static double textWidth(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == NumberText.GROUP || c == '\u00A0') {
                em += c == NumberText.GROUP ? 0.2 : 0.28;
            } else if ("iljtfrI.,:;'|!()[]".indexOf(c) >= 0) {
                em += 0.3;
            } else if ("mwMW%@".indexOf(c) >= 0) {
                em += 0.86;
            } else if (Character.isUpperCase(c)) {
                em += 0.68;
            } else if (Character.isDigit(c)) {
                em += 0.56;
            } else {
                em += 0.54;
            }
        }
        return em * fontSize * 1.04;
    }

    /**
     * Breaks a label into at most two lines of at most {@code maxWidth}, at spaces or after hyphens; a label that
     * fits stays on one line, and one with no break point stays whole.
     */
    static List<String> wrap(String label, double maxWidth, double fontSize) {
        if (textWidth(label, fontSize) <= maxWidth) {
            return List.of(label);
        }
        List<Integer> breaks = new ArrayList<>();
        for (int i = 1; i < label.length() - 1; i++) {
            char c = label.charAt(i);
            if (c == ' ' || c == '-' || c == '/') {
                breaks.add(i);
            }
        }
        String best1 = label;
        String best2 = "";
        double bestWidth = Double.MAX_VALUE;
        for (int at : breaks) {
            char c = label.charAt(at);
            String first = c == ' ' ? label.substring(0, at) : label.substring(0, at + 1);
            String second = label.substring(at + 1).strip();
            double w = Math.max(textWidth(first, fontSize), textWidth(second, fontSize));
            if (w < bestWidth) {
                bestWidth = w;
                best1 = first;
                best2 = second;
            }
        }
        return best2.isEmpty() ? List.of(label) : List.of(best1, best2);
    }
}
