package dev.kartoteka.examples;

/**
 * A keyed bijection of {@code [0, size)}: a four-round Feistel network on the smallest even number of bits that holds
 * {@code size}, with cycle walking (values outside the range are encrypted again until they fall inside). It hands
 * every record its own identifier digits, birth-date slot or phone number without a table and without collisions:
 * distinct inputs give distinct outputs, however many records there are.
 */
final class Permutation {

    private final long size;
    private final int halfBits;
    private final long mask;
    private final long key;

    Permutation(long size, long key) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
        if (bits % 2 == 1) {
            bits++;
        }
        this.size = size;
        this.halfBits = bits / 2;
        this.mask = (1L << halfBits) - 1;
        this.key = key;
    }

    long size() {
        return size;
    }

    long apply(long value) {
        if (value < 0 || value >= size) {
            throw new IllegalArgumentException("value outside [0, " + size + "): " + value);
        }
        long v = value;
        do {
            v = encrypt(v);
        } while (v >= size);
        return v;
    }

    private long encrypt(long v) {
        long left = v >>> halfBits;
        long right = v & mask;
        for (int round = 0; round < 4; round++) {
            long f = Rng.mix(right ^ Rng.mix(key + round)) & mask;
            long next = left ^ f;
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
