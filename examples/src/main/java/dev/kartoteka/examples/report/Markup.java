package dev.kartoteka.examples.report;

/** Escaping of text for HTML and SVG content and attribute values. */
final class Markup {

    private Markup() {
    }

    /**
     * Escapes the five characters that can end text or an attribute value early.
     *
     * @param text any text, e.g. a client's name
     * @return the text safe inside an element and inside a quoted attribute
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
