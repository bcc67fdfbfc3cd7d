package dev.kartoteka.segmentation.segment;

import dev.kartoteka.segmentation.rule.Rule;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named rule: "Mokotów SMS" = {@code district = "Mokotów" and consent("sms", "marketing")}. A host keeps the rule
 * text in its settings and builds segments with {@link #parse(String, String)}.
 *
 * @param name the segment's name
 * @param rule who belongs
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Segment(String name, Rule rule) {

    /**
     * Creates the segment.
     *
     * @param name the name, not blank
     * @param rule the rule
     * @throws IllegalArgumentException if the name is blank
     */
    public Segment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: a segment needs a name that is not blank");
        }
    }

    /**
     * @param name the name
     * @param ruleText the rule in the rule language
     * @return the segment
     * @throws dev.kartoteka.segmentation.rule.RuleParseException if the rule does not parse
     */
    public static Segment parse(String name, String ruleText) {
        return new Segment(name, Rule.parse(ruleText));
    }

    @Override
    public String toString() {
        return name + ": " + rule;
    }
}
