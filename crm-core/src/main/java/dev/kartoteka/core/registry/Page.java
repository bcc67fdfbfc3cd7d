package dev.kartoteka.core.registry;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * One page of a search result.
 *
 * @param items the items on this page, in order
 * @param totalItems how many items the whole result has
 * @param pageNumber this page's number, from 0
 * @param pageSize the requested page size
 * @param <T> the item type
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Page<T>(List<T> items, long totalItems, int pageNumber, int pageSize) {

    /**
     * Creates the record, checking its components.
     *
     * @param items the items on this page, in order
     * @param totalItems how many items the whole result has
     * @param pageNumber this page's number, from 0
     * @param pageSize the requested page size
     * @throws NullPointerException if {@code items} is {@code null}
     * @throws IllegalArgumentException if a number is out of range
     */
    public Page {
        items = List.copyOf(items);
        if (totalItems < 0 || pageNumber < 0 || pageSize < 1) {
            throw new IllegalArgumentException("invalid page: total " + totalItems + ", number " + pageNumber
                    + ", size " + pageSize);
        }
    }

    /**
     * @return how many pages the whole result has
     */
    public long totalPages() {
        return (totalItems + pageSize - 1) / pageSize;
    }

    /**
     * @return {@code true} if a page follows this one
     */
    public boolean hasNext() {
        return ((long) pageNumber + 1) * pageSize < totalItems;
    }

    /**
     * @param mapper the function applied to every item
     * @param <R> the new item type
     * @return this page with its items mapped
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new Page<>(items.stream().<R>map(mapper).toList(), totalItems, pageNumber, pageSize);
    }
}
