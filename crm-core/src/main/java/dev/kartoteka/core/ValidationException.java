package dev.kartoteka.core;

import dev.kartoteka.core.internal.Mask;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Input that breaks a rule. Carries every violation found, not only the first, each naming the field, the masked value
 * and what was expected.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class ValidationException extends KartotekaException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** Every violation found. */
    private final List<Violation> violations;

    /**
     * Creates an exception for one or more violations.
     *
     * @param violations what is wrong; not empty
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ValidationException(List<Violation> violations) {
        super(render(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates an exception for one violation of a value that may be personal data (it is masked).
     *
     * @param field the field's path
     * @param value the rejected value, in clear; only its masked form is kept
     * @param expected what a valid value looks like
     * @return the exception, to be thrown by the caller
     */
    public static ValidationException of(String field, Object value, String expected) {
        return new ValidationException(List.of(new Violation(field, Mask.mask(value), expected)));
    }

    /**
     * Creates an exception for one violation of a value that is not personal data and may be shown in clear.
     *
     * @param field the field's path
     * @param value the rejected value
     * @param expected what a valid value looks like
     * @return the exception, to be thrown by the caller
     */
    public static ValidationException ofPublicValue(String field, Object value, String expected) {
        return new ValidationException(List.of(new Violation(field, String.valueOf(value), expected)));
    }

    /**
     * Returns every violation, in the order found.
     *
     * @return the violations; never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns this exception's violations re-rooted under {@code prefix}, e.g. a value object's violation nested into
     * the aggregate that holds it.
     *
     * @param prefix the owner's path
     * @return a new exception with the same cause chain root
     */
    public ValidationException under(String prefix) {
        ValidationException nested = new ValidationException(
                violations.stream().map(v -> v.under(prefix)).collect(Collectors.toList()));
        nested.initCause(this);
        return nested;
    }

    private static String render(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
        if (violations.size() == 1) {
            return "Invalid value of " + violations.get(0);
        }
        return violations.size() + " invalid values: " + violations.stream()
                .map(Violation::toString).collect(Collectors.joining("; "));
    }
}
