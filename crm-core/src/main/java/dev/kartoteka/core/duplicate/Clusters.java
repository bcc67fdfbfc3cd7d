package dev.kartoteka.core.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Union-find over matched pairs: the clusters are the connected components of the match graph. */
final class Clusters {

    private Clusters() {
    }

    /**
     * @return the components of two members or more; each sorted by index, the list sorted by first member
     */
    static <T> List<List<T>> of(int size, int[] left, int[] right, IntFunction<T> member) {
        int[] parent = unionFind(size, left, right);
        int[] count = componentSizes(parent);
        int[] clusterOfRoot = new int[size];
        List<List<T>> clusters = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int root = find(parent, i);
            if (count[root] < 2) {
                continue;
            }
            if (root == i) {
                clusterOfRoot[i] = clusters.size();
                clusters.add(new ArrayList<>(count[root]));
            }
            clusters.get(clusterOfRoot[root]).add(member.apply(i));
        }
        return clusters.stream().map(List::copyOf).toList();
    }

    /**
     * The largest component checked for conflicts: the check compares every two members (a component of 1,000 takes
     * about 0.4 s). Components of real rules hold a handful of parties (at most 5 among 1,000,000 generated persons);
     * one of thousands means rules so loose that one cluster would not be trusted anyway, and is left as it is.
     */
    static final int LARGEST_CHECKED = 1_000;

    /** How close two strengths are for a member to match two conflicting members equally well (rounding only). */
    static final double AMBIGUOUS = 1e-9;

    /** Whether two members cannot be in one cluster. */
    @FunctionalInterface
    interface Conflict {
        boolean between(int a, int b);
    }

    /**
     * Finds the matched pairs that would join two members that {@linkplain Conflict cannot be one}: a component of the
     * match graph holding such members is built again from its pairs, strongest first, and a pair that would join two
     * groups holding a conflicting member is left out (a record matching a father and his son of one name joins the
     * one it matches better); a member's pairs to two conflicting members of equal strength are both left out (it
     * could be either), unless other pairs join them anyway. Components without a conflict — nearly all — and
     * components of more than {@link #LARGEST_CHECKED} members are kept as they are and their pairs never weighed.
     *
     * @param size the number of members
     * @param left the pairs' left members
     * @param right the pairs' right members
     * @param conflict whether two members cannot be one
     * @param strength a pair's strength by its index (the higher, the earlier it joins; ties in pair order)
     * @return for each pair, whether it is left out
     */
    static boolean[] leftOut(int size, int[] left, int[] right, Conflict conflict, IntToDoubleFunction strength) {
        int[] parent = unionFind(size, left, right);
        int[] count = componentSizes(parent);
        // the members of each component of two or more, and its pairs, grouped by root
        boolean[] out = new boolean[left.length];
        int[] pairsByRoot = byRoot(IntStream.range(0, left.length), k -> find(parent, left[k]), count);
        int[] membersByRoot = byRoot(IntStream.range(0, size), i -> find(parent, i), count);
        int p = 0;
        int m = 0;
        int[] group = new int[size]; // a member's group while its component is rebuilt
        while (p < pairsByRoot.length) {
            int root = find(parent, left[pairsByRoot[p]]);
            int pe = p;
            while (pe < pairsByRoot.length && find(parent, left[pairsByRoot[pe]]) == root) {
                pe++;
            }
            int me = m + count[root];
            if (me - m <= LARGEST_CHECKED) {
                long[] conflicts = conflicts(membersByRoot, m, me, conflict);
                if (conflicts.length > 0) {
                    rebuild(Arrays.copyOfRange(pairsByRoot, p, pe), Arrays.copyOfRange(membersByRoot, m, me), left,
                            right, conflicts, strength, group, out);
                }
            }
            p = pe;
            m = me;
        }
        return out;
    }

    /** The items of components of two members or more, ordered by their component's root (then by item). */
    private static int[] byRoot(IntStream items, java.util.function.IntUnaryOperator root, int[] count) {
        long[] packed = items.filter(x -> count[root.applyAsInt(x)] >= 2)
                .mapToLong(x -> ((long) root.applyAsInt(x) << 32) | x).toArray();
        Arrays.sort(packed);
        int[] result = new int[packed.length];
        for (int k = 0; k < packed.length; k++) {
            result[k] = (int) packed[k];
        }
        return result;
    }

    /** The conflicting members of one component, each pair packed as {@link #packed}, sorted. */
    private static long[] conflicts(int[] members, int from, int to, Conflict conflict) {
        LongStream.Builder found = LongStream.builder();
        for (int x = from; x < to; x++) {
            for (int y = x + 1; y < to; y++) {
                if (conflict.between(members[x], members[y])) {
                    found.add(packed(members[x], members[y]));
                }
            }
        }
        return found.build().sorted().toArray();
    }

    /** Two members as one sorted key: the smaller in the high half. */
    private static long packed(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /**
     * Joins one component's pairs strongest first, leaving out each pair that would join conflicting members.
     *
     * @param conflicts the component's conflicting members, as {@link #conflicts} finds them
     * @param group a member's group while the component is rebuilt (shared scratch space, set here)
     */
    private static void rebuild(int[] pairs, int[] members, int[] left, int[] right, long[] conflicts,
            IntToDoubleFunction strength, int[] group, boolean[] out) {
        for (int x = 0; x < members.length; x++) {
            group[members[x]] = x;
        }
        double[] strengths = new double[pairs.length];
        Integer[] order = new Integer[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            strengths[k] = strength.applyAsDouble(pairs[k]);
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> strengths[x] != strengths[y] ? Double.compare(strengths[y], strengths[x])
                : Integer.compare(pairs[x], pairs[y]));
        // a member that matches two conflicting members equally well could be either: it joins neither
        for (int x = 0; x < pairs.length; x++) {
            for (int y = x + 1; y < pairs.length; y++) {
                int shared = shared(pairs[x], pairs[y], left, right);
                if (shared >= 0 && Math.abs(strengths[x] - strengths[y]) <= AMBIGUOUS
                        && Arrays.binarySearch(conflicts, packed(other(pairs[x], shared, left, right),
                                other(pairs[y], shared, left, right))) >= 0) {
                    out[pairs[x]] = true;
                    out[pairs[y]] = true;
                }
            }
        }
        for (int k : order) {
            if (out[pairs[k]]) {
                continue; // tied: left out before the groups were built
            }
            int a = group[left[pairs[k]]];
            int b = group[right[pairs[k]]];
            if (a == b) {
                continue;
            }
            if (conflicting(a, b, conflicts, group)) {
                out[pairs[k]] = true;
                continue;
            }
            for (int member : members) {
                if (group[member] == Math.max(a, b)) {
                    group[member] = Math.min(a, b);
                }
            }
        }
        for (int pair : pairs) {
            if (out[pair] && group[left[pair]] == group[right[pair]]) {
                out[pair] = false; // a tied pair whose two members joined through other pairs is inside one cluster
            }
        }
    }

    /** The member two pairs share, or -1. */
    private static int shared(int p, int q, int[] left, int[] right) {
        return left[p] == left[q] || left[p] == right[q] ? left[p]
                : right[p] == left[q] || right[p] == right[q] ? right[p] : -1;
    }

    private static int other(int p, int member, int[] left, int[] right) {
        return left[p] == member ? right[p] : left[p];
    }

    /** Whether groups {@code a} and {@code b} hold two conflicting members. */
    private static boolean conflicting(int a, int b, long[] conflicts, int[] group) {
        for (long c : conflicts) {
            int x = group[(int) (c >>> 32)];
            int y = group[(int) c];
            if (x == a && y == b || x == b && y == a) {
                return true;
            }
        }
        return false;
    }

    /** The parent array of the components the pairs make; the smaller index becomes the root (the first member). */
    private static int[] unionFind(int size, int[] left, int[] right) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < left.length; k++) {
            int a = find(parent, left[k]);
            int b = find(parent, right[k]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        return parent;
    }

    /** The size of each root's component (0 for a member that is no root). */
    private static int[] componentSizes(int[] parent) {
        int[] count = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            count[find(parent, i)]++;
        }
        return count;
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }
}
