package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.field.FieldKey;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The left side of a {@link Rule.Comparison} or a {@link Rule.Presence}: a metric, an attribute or a custom field.
 * Its {@code toString()} writes it as in the rule language.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Operand permits Operand.MetricOperand, Operand.AttributeOperand, Operand.FieldOperand {

    /**
     * A metric with its window, e.g. {@code revenue(365d)}, {@code revenue()} or {@code clv(12m)}.
     *
     * @param metric the metric
     * @param window the window or horizon; empty for none
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record MetricOperand(Metric metric, Optional<Window> window) implements Operand {

        /**
         * Creates the operand, checking that the window suits the metric.
         *
         * @param metric the metric
         * @param window the window or horizon; empty for none
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the metric takes no window but one is given, or needs a horizon but
         *         none is given
         */
        public MetricOperand {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(window, "window");
            if (!metric.accepts(window)) {
                throw new IllegalArgumentException(window.isPresent()
                        ? metric.text() + "() takes no window, was given " + window.get()
                        : metric.text() + " needs a horizon such as " + metric.text() + "(12m)");
            }
        }

        /** @return e.g. {@code "revenue(365d)"} */
        @Override
        public String toString() {
            return metric.text() + "(" + window.map(Window::toString).orElse("") + ")";
        }
    }

    /**
     * A text attribute, e.g. {@code district}.
     *
     * @param attribute the attribute
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record AttributeOperand(Attribute attribute) implements Operand {

        /**
         * Creates the operand.
         *
         * @param attribute the attribute
         * @throws NullPointerException if {@code attribute} is {@code null}
         */
        public AttributeOperand {
            Objects.requireNonNull(attribute, "attribute");
        }

        /** @return e.g. {@code "district"} */
        @Override
        public String toString() {
            return attribute.text();
        }
    }

    /**
     * A custom field of the party, by key, e.g. {@code field("industry")}.
     *
     * @param key a custom-field key: lower-case letters, digits and underscores, starting with a letter (see
     *        {@link FieldKey})
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record FieldOperand(String key) implements Operand {

        /**
         * Creates the operand, checking the key.
         *
         * @param key the custom-field key
         * @throws NullPointerException if {@code key} is {@code null}
         * @throws ValidationException if the key is not a valid {@link FieldKey}
         */
        public FieldOperand {
            FieldKey.of(Objects.requireNonNull(key, "key"));
        }

        /** @return e.g. {@code "field(\"industry\")"} */
        @Override
        public String toString() {
            return "field(" + Syntax.quote(key) + ")";
        }
    }
}
