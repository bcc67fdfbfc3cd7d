package dev.kartoteka.core;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One broken rule of one value: where it is, what it was (masked), and what was expected.
 *
 * @param path the property path of the value, e.g. {@code "nip"} or {@code "contactPoints[1].postalCode"}
 * @param value the offending value, masked when it may be personal data (e.g. {@code "8*********3"})
 * @param expected what a valid value looks like, e.g. {@code "10 digits with a valid NIP checksum"}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Violation(String path, String value, String expected) {

    /**
     * Creates a violation.
     *
     * @param path the property path of the value, e.g. {@code "nip"} or {@code "contactPoints[1].postalCode"}
     * @param value the offending value, masked when it may be personal data (e.g. {@code "8*********3"})
     * @param expected what a valid value looks like, e.g. {@code "10 digits with a valid NIP checksum"}
     * @throws NullPointerException if any argument is {@code null}
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * Returns this violation with {@code prefix} prepended to its path, for nesting a value's violation into its owner's.
     *
     * @param prefix the owner's path, e.g. {@code "contactPoints[2]"}
     * @return the re-rooted violation
     */
    public Violation under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        return new Violation(path.isEmpty() ? prefix : prefix + "." + path, value, expected);
    }

    /** Renders the violation as {@code path: expected (was value)}. */
    @Override
    public String toString() {
        return path + ": expected " + expected + " (was " + value + ")";
    }
}
