package dev.kartoteka.core.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Union-find over matched pairs: the clusters are the connected components of the match graph. */
final class Clusters {

    private Clusters() {
    }

    /**
     * @return the components of two members or more; each sorted by index, the list sorted by first member
     */
    static <T> List<List<T>> of(int size, int[] left, int[] right, IntFunction<T> member) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < left.length; k++) {
            int a = find(parent, left[k]);
            int b = find(parent, right[k]);
            if (a != b) {
                // the smaller index becomes the root, so a root is its component's first member
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] clusterOfRoot = new int[size];
        List<List<T>> clusters = new ArrayList<>();
        int[] count = new int[size];
        for (int i = 0; i < size; i++) {
            count[find(parent, i)]++;
        }
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
