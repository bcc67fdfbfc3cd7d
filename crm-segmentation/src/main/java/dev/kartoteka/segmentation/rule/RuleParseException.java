package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.KartotekaException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Rule text that is not a valid rule. Names the position (a 0-based character offset), what was expected there and
 * what was found; the message shows the text with a caret under the position:
 *
 * <pre>
 * at 23: expected a comparison operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, startsWith, is) but found "PLN"
 * revenue(365d) &gt;= 50000 PLN PLN
 *                        ^
 * </pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class RuleParseException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** How much of a long rule the message shows on either side of the position. */
    private static final int CONTEXT = 40;

    /** The rule text. */
    private final String ruleText;
    /** Where the problem is. */
    private final int position;
    /** What was expected. */
    private final String expected;
    /** What was found. */
    private final String found;

    /**
     * Creates the exception.
     *
     * @param ruleText the rule text
     * @param position where the problem is: a 0-based character offset, at most the text's length
     * @param expected what was expected there, e.g. {@code ")" to close the "(" at 4}
     * @param found the offending token as written, e.g. {@code PLN}, or {@code end of input}
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the position is outside the text
     */
    public RuleParseException(String ruleText, int position, String expected, String found) {
        super(render(ruleText, position, expected, found));
        this.ruleText = ruleText;
        this.position = position;
        this.expected = expected;
        this.found = found;
    }

    /** @return the 0-based character offset of the problem */
    public int position() {
        return position;
    }

    /**
     * @return what was expected at the position, e.g.
     *         {@code a comparison operator (=, !=, <, <=, >, >=, in, startsWith, is)}
     */
    public String expected() {
        return expected;
    }

    /** @return the offending token as written (e.g. {@code PLN} or {@code "50000"}), or {@code end of input} */
    public String found() {
        return found;
    }

    /** @return the rule text */
    public String ruleText() {
        return ruleText;
    }

    private static String render(String text, int position, String expected, String found) {
        Objects.requireNonNull(text, "ruleText");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
        if (position < 0 || position > text.length()) {
            throw new IllegalArgumentException("position " + position + " outside a text of " + text.length());
        }
        int from = Math.max(0, position - CONTEXT);
        int to = Math.min(text.length(), position + CONTEXT);
        String prefix = from > 0 ? "..." : "";
        StringBuilder excerpt = new StringBuilder(prefix);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            excerpt.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (to < text.length()) {
            excerpt.append("...");
        }
        String shown = found.length() > CONTEXT ? found.substring(0, CONTEXT) + "..." : found;
        if (!found.equals(Parser.END) && !found.startsWith("\"")) {
            shown = "\"" + shown + "\"";
        }
        return "at " + position + ": expected " + expected + " but found " + shown + "\n" + excerpt + "\n"
                + " ".repeat(prefix.length() + position - from) + "^";
    }
}
