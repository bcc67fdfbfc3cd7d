package dev.kartoteka.core.standardization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The result of standardising one value: the canonical value, and what could not be normalised.
 *
 * <p>A normaliser of text ({@link Standardizer#personName}, {@link Standardizer#address}…) always has a value: the
 * canonical form, or the value as entered where it could not tell (with a remark). A parser
 * ({@link Standardizer#phone}, {@link Standardizer#email}, the identifiers) has no value when the text cannot be read
 * as one; its remark says why.
 *
 * @param value the canonical value; empty if the text could not be read at all
 * @param remarks what could not be normalised, in the order found; empty if the value is clean
 * @param <T> the type of the value
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Standardized<T>(Optional<T> value, List<Remark> remarks) {

    /**
     * Creates the result.
     *
     * @param value the canonical value
     * @param remarks what could not be normalised
     * @throws NullPointerException if an argument is {@code null}
     */
    public Standardized {
        Objects.requireNonNull(value, "value");
        remarks = List.copyOf(remarks);
    }

    /**
     * A clean result.
     *
     * @param value the canonical value
     * @param <T> the type
     * @return the result without remarks
     */
    public static <T> Standardized<T> clean(T value) {
        return new Standardized<>(Optional.of(value), List.of());
    }

    /**
     * A value with remarks.
     *
     * @param value the value (canonical as far as it could be made)
     * @param remarks what could not be normalised
     * @param <T> the type
     * @return the result
     */
    public static <T> Standardized<T> of(T value, List<Remark> remarks) {
        return new Standardized<>(Optional.of(value), remarks);
    }

    /**
     * No value: the text could not be read.
     *
     * @param remark why
     * @param <T> the type
     * @return the result without a value
     */
    public static <T> Standardized<T> unreadable(Remark remark) {
        return new Standardized<>(Optional.empty(), List.of(remark));
    }

    /** @return {@code true} if there are no remarks */
    public boolean isClean() {
        return remarks.isEmpty();
    }

    /**
     * The value, which a normaliser of text always has.
     *
     * @return the value
     * @throws java.util.NoSuchElementException if there is none (the text could not be read)
     */
    public T get() {
        return value.orElseThrow();
    }

    /**
     * The same result with its value mapped.
     *
     * @param mapper the mapping
     * @param <R> the new type
     * @return the mapped result, with the same remarks
     */
    public <R> Standardized<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new Standardized<>(value.map(mapper), remarks);
    }
}
