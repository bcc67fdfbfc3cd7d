package dev.kartoteka.core.duplicate;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The clustering that keeps conflicting members apart, on random match graphs (QuickTheories draws the seeds). */
class ClustersTests {

    /** A random match graph: members, pairs with strengths, and which members conflict. */
    private record Graph(int size, int[] left, int[] right, double[] strength, boolean[][] conflict) {

        static Graph random(long seed) {
            Random rnd = new Random(seed);
            int size = 3 + rnd.nextInt(12);
            List<int[]> pairs = new ArrayList<>();
            for (int a = 0; a < size; a++) {
                for (int b = a + 1; b < size; b++) {
                    if (rnd.nextInt(3) == 0) {
                        pairs.add(new int[] {a, b});
                    }
                }
            }
            boolean[][] conflict = new boolean[size][size];
            for (int a = 0; a < size; a++) {
                for (int b = a + 1; b < size; b++) {
                    conflict[a][b] = conflict[b][a] = rnd.nextInt(6) == 0;
                }
            }
            double[] strength = new double[pairs.size()];
            for (int k = 0; k < strength.length; k++) {
                strength[k] = rnd.nextInt(4) / 4.0; // few values: ties happen
            }
            return new Graph(size, pairs.stream().mapToInt(p -> p[0]).toArray(),
                    pairs.stream().mapToInt(p -> p[1]).toArray(), strength, conflict);
        }

        boolean[] leftOut() {
            return Clusters.leftOut(size, left, right, (a, b) -> conflict[a][b], k -> strength[k]);
        }

        /** Whether a member of component {@code c} conflicts with a member of component {@code d}. */
        boolean conflictBetween(int[] component, int c, int d) {
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    if (component[a] == c && component[b] == d && conflict[a][b]) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The component of each member over the pairs not left out. */
        int[] components(boolean[] out) {
            int[] component = new int[size];
            for (int i = 0; i < size; i++) {
                component[i] = i;
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int k = 0; k < left.length; k++) {
                    if (out != null && out[k]) {
                        continue;
                    }
                    int min = Math.min(component[left[k]], component[right[k]]);
                    if (component[left[k]] != min || component[right[k]] != min) {
                        component[left[k]] = min;
                        component[right[k]] = min;
                        changed = true;
                    }
                }
            }
            return component;
        }
    }

    @Test
    void noClusterHoldsTwoConflictingMembers() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Graph g = Graph.random(seed);
            int[] component = g.components(g.leftOut());
            for (int a = 0; a < g.size(); a++) {
                for (int b = a + 1; b < g.size(); b++) {
                    if (component[a] == component[b]) {
                        assertThat(g.conflict()[a][b]).as("members %d and %d of one cluster", a, b).isFalse();
                    }
                }
            }
        });
    }

    @Test
    void aComponentWithoutConflictsKeepsEveryPair() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Graph g = Graph.random(seed);
            boolean[] out = g.leftOut();
            int[] before = g.components(null);
            for (int k = 0; k < out.length; k++) {
                int root = before[g.left()[k]];
                if (!g.conflictBetween(before, root, root)) {
                    assertThat(out[k]).as("pair %d of a component without conflicts", k).isFalse();
                }
            }
        });
    }

    @Test
    void aPairLeftOutWouldJoinConflictingMembersOrTiesWithAnotherPairOfItsMember() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Graph g = Graph.random(seed);
            boolean[] out = g.leftOut();
            int[] kept = g.components(out);
            for (int k = 0; k < out.length; k++) {
                if (!out[k]) {
                    continue;
                }
                // putting the pair back would join two groups holding conflicting members…
                boolean wouldConflict = g.conflictBetween(kept, kept[g.left()[k]], kept[g.right()[k]]);
                // …or its member matches a conflicting member equally well
                boolean tie = false;
                for (int j = 0; j < out.length; j++) {
                    int shared = g.left()[k] == g.left()[j] || g.left()[k] == g.right()[j] ? g.left()[k]
                            : g.right()[k] == g.left()[j] || g.right()[k] == g.right()[j] ? g.right()[k] : -1;
                    if (j != k && shared >= 0 && g.strength()[j] == g.strength()[k]) {
                        int x = g.left()[k] == shared ? g.right()[k] : g.left()[k];
                        int y = g.left()[j] == shared ? g.right()[j] : g.left()[j];
                        tie |= g.conflict()[x][y];
                    }
                }
                assertThat(wouldConflict || tie).as("pair %d left out without reason", k).isTrue();
            }
        });
    }

    @Test
    void theStrongerPairJoinsWhenAMemberMatchesTwoConflictingMembers() {
        // 0 matches 1 strongly and 2 weakly; 1 and 2 conflict
        boolean[][] conflict = new boolean[3][3];
        conflict[1][2] = conflict[2][1] = true;
        boolean[] out = Clusters.leftOut(3, new int[] {0, 0}, new int[] {1, 2}, (a, b) -> conflict[a][b],
                k -> k == 0 ? 0.9 : 0.8);
        assertThat(out).containsExactly(false, true);

        boolean[] tie = Clusters.leftOut(3, new int[] {0, 0}, new int[] {1, 2}, (a, b) -> conflict[a][b], k -> 0.8);
        assertThat(tie).containsExactly(true, true);
    }

    @Test
    void aTiedPairWhoseMembersJoinThroughOtherPairsIsKept() {
        // 0 matches 1 and 2 equally well (1 and 2 conflict), but 0 and 1 join through 3 anyway
        boolean[][] conflict = new boolean[4][4];
        conflict[1][2] = conflict[2][1] = true;
        double[] strength = {0.8, 0.8, 0.9, 0.95};
        boolean[] out = Clusters.leftOut(4, new int[] {0, 0, 0, 1}, new int[] {1, 2, 3, 3}, (a, b) -> conflict[a][b],
                k -> strength[k]);
        assertThat(out).containsExactly(false, true, false, false);
    }
}
