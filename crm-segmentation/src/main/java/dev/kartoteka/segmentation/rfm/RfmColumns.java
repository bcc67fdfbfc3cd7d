package dev.kartoteka.segmentation.rfm;

import dev.kartoteka.core.party.PartyId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The inputs as columns of primitives, in input order: what scoring works on. Not thread-safe while filled. */
final class RfmColumns {

    PartyId[] ids;
    long[] recency;
    long[] frequency;
    double[] monetary;
    int size;

    private RfmColumns(int capacity) {
        ids = new PartyId[capacity];
        recency = new long[capacity];
        frequency = new long[capacity];
        monetary = new double[capacity];
    }

    static RfmColumns of(List<RfmInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        RfmColumns columns = new RfmColumns(inputs.size());
        for (RfmInput input : inputs) {
            columns.add(input);
        }
        return columns;
    }

    static RfmColumns of(Stream<RfmInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        return inputs.collect(() -> new RfmColumns(1024), RfmColumns::add, RfmColumns::addAll);
    }

    void add(RfmInput input) {
        Objects.requireNonNull(input, "input");
        if (size == ids.length) {
            grow(size + 1);
        }
        ids[size] = input.partyId();
        recency[size] = input.recencyDays();
        frequency[size] = input.frequency();
        monetary[size] = input.monetary();
        size++;
    }

    void addAll(RfmColumns other) {
        if (size + other.size > ids.length) {
            grow(size + other.size);
        }
        System.arraycopy(other.ids, 0, ids, size, other.size);
        System.arraycopy(other.recency, 0, recency, size, other.size);
        System.arraycopy(other.frequency, 0, frequency, size, other.size);
        System.arraycopy(other.monetary, 0, monetary, size, other.size);
        size += other.size;
    }

    private void grow(int needed) {
        if (needed < 0 || needed > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many inputs to score at once: " + size + " and more");
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(needed, ids.length + (long) ids.length / 2));
        ids = Arrays.copyOf(ids, capacity);
        recency = Arrays.copyOf(recency, capacity);
        frequency = Arrays.copyOf(frequency, capacity);
        monetary = Arrays.copyOf(monetary, capacity);
    }
}
