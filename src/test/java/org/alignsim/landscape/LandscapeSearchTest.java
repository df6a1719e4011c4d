package org.alignsim.landscape;

import org.alignsim.runtime.Landscape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exhaustive search against a brute force over all 2^n configurations, a hand-made landscape
 * with a known optimum, invariance to the order of the actors, and the heuristic against the
 * exhaustive search.
 */
class LandscapeSearchTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void exhaustiveSearchAgreesWithBruteForceOnRandomInstances(int n) {
        for (long seed = 1; seed <= 3; seed++) {
            Landscape l = BruteForce.random(n, 1000L * n + seed);
            BruteForce.Result bf = BruteForce.all(l);
            Minima m = ExhaustiveSearch.run(l);
            assertTrue(m.exhaustive());
            assertEquals(1L << (n - 1), m.starts());
            // The brute force sees both labellings of every configuration: a configuration and its
            // mirror descend to mirrored end points, so a minimum's basin among configurations with
            // actor 0 in A is half the configurations ending at it or at its mirror.
            Map<Integer, Long> expected = new HashMap<>();
            for (int x : bf.minima()) if ((x & 1) == 0) expected.put(x, (bf.basin()[x] + bf.basin()[x ^ ((1 << n) - 1)]) / 2);
            Map<Integer, Long> found = new HashMap<>();
            for (Minima.Minimum x : m.minima()) {
                found.put(BruteForce.mask(x), x.basinSize());
                assertEquals(bf.energy()[BruteForce.mask(x)], x.energy(), 1e-9 * (1 + Math.abs(x.energy())), "energy of a minimum, n=" + n);
            }
            assertEquals(expected, found, "local minima and basin sizes, n=" + n + " seed=" + seed);
            assertEquals(m.found(), m.minima().size());
            long sum = m.minima().stream().mapToLong(Minima.Minimum::basinSize).sum();
            assertEquals(1L << (n - 1), sum, "basins partition the configurations");
            double globalBf = Arrays.stream(bf.energy()).min().orElseThrow();
            assertEquals(globalBf, m.global().energy(), 1e-9 * (1 + Math.abs(globalBf)), "global minimum");
            for (int i = 1; i < m.minima().size(); i++) assertTrue(m.minima().get(i - 1).energy() <= m.minima().get(i).energy());
        }
    }

    @Test
    void twoHostileCliquesSplitExactlyAlongTheCliques() {
        // Actors 0-3 and 4-7: +1 inside a clique, -1 across; unequal sizes so nothing is symmetric by accident.
        int n = 8;
        List<String> codes = List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4");
        double[] s = {1, 2, 3, 1.5, 2.5, 1, 0.5, 2};
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (i != j) p[i * n + j] = (i < 4) == (j < 4) ? 1 : -1;
        Landscape l = new Landscape(codes, s, p);
        Minima m = ExhaustiveSearch.run(l);
        Minima.Minimum g = m.global();
        assertEquals(List.of("A1", "A2", "A3", "A4"), g.members(l, false));
        assertEquals(List.of("B1", "B2", "B3", "B4"), g.members(l, true));
        double expected = 0;
        for (int i = 0; i < 4; i++) for (int j = 4; j < 8; j++) expected -= 2 * s[i] * s[j];
        assertEquals(expected, g.energy(), 1e-12);
        // Unique: every other local minimum is strictly worse.
        for (int k = 1; k < m.minima().size(); k++) assertTrue(m.minima().get(k).energy() > g.energy() + 1e-9);
        // The heuristic finds it too.
        Minima h = RestartSearch.run(l, 2000, 7, 100);
        assertEquals(Arrays.toString(g.inB()), Arrays.toString(h.global().inB()));
    }

    @Test
    void resultsDoNotDependOnTheOrderOfTheActors() {
        Random r = new Random(42);
        for (int trial = 0; trial < 5; trial++) {
            Landscape l = BruteForce.random(10, 500 + trial);
            int[] perm = new int[l.n()];
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < l.n(); i++) idx.add(i);
            java.util.Collections.shuffle(idx, r);
            for (int i = 0; i < perm.length; i++) perm[i] = idx.get(i);
            Landscape q = l.permuted(perm);
            Map<Set<String>, Minima.Minimum> a = byCoalition(ExhaustiveSearch.run(l)), b = byCoalition(ExhaustiveSearch.run(q));
            assertEquals(a.keySet(), b.keySet(), "the same minima as sets of coalitions, trial " + trial);
            for (Set<String> k : a.keySet()) {
                assertEquals(a.get(k).basinSize(), b.get(k).basinSize(), "basin of " + k);
                assertEquals(a.get(k).energy(), b.get(k).energy(), 1e-9 * (1 + Math.abs(a.get(k).energy())), "energy of " + k);
            }
            Set<String> ga = new TreeSet<>(ExhaustiveSearch.run(l).global().members(l, false));
            Set<String> gb = new TreeSet<>(ExhaustiveSearch.run(q).global().members(q, ExhaustiveSearch.run(q).global().inB()[q.codes().indexOf("a0")]));
            assertEquals(ga, gb, "the same global minimum");
        }
    }

    /** Each minimum by the coalition that holds actor a0 (as a set of codes): independent of actor order and labels. */
    private static Map<Set<String>, Minima.Minimum> byCoalition(Minima m) {
        Map<Set<String>, Minima.Minimum> out = new HashMap<>();
        Landscape l = m.landscape();
        int a0 = l.codes().indexOf("a0");
        for (Minima.Minimum x : m.minima()) out.put(new TreeSet<>(x.members(l, x.inB()[a0])), x);
        return out;
    }

    @Test
    void theHeuristicFindsTheGlobalMinimumAndTheLargeBasins() {
        for (long seed = 1; seed <= 4; seed++) {
            Landscape l = BruteForce.random(12, 77 + seed);
            Minima ex = ExhaustiveSearch.run(l);
            Minima h = RestartSearch.run(l, 20_000, seed, Integer.MAX_VALUE);
            assertTrue(!h.exhaustive());
            assertEquals(20_000, h.minima().stream().mapToLong(Minima.Minimum::basinSize).sum());
            assertEquals(Arrays.toString(ex.global().inB()), Arrays.toString(h.global().inB()));
            Set<String> exhaustive = new HashSet<>();
            for (Minima.Minimum x : ex.minima()) exhaustive.add(Arrays.toString(x.inB()));
            for (Minima.Minimum x : h.minima()) assertTrue(exhaustive.contains(Arrays.toString(x.inB())), "every end point is a true local minimum");
            // A basin share of 10 % or more is found, with an estimate within a few points of the truth.
            for (Minima.Minimum x : ex.minima()) {
                double share = x.basinSize() / (double) ex.starts();
                if (share < 0.1) continue;
                Minima.Minimum est = h.minima().stream().filter(y -> Arrays.equals(y.inB(), x.inB())).findFirst().orElseThrow();
                assertEquals(share, est.basinSize() / 20_000.0, 0.03);
            }
        }
    }

    @Test
    void keepingFewerMinimaKeepsTheBestAndCountsAll() {
        Landscape l = BruteForce.random(12, 3);
        Minima all = ExhaustiveSearch.run(l);
        Minima two = ExhaustiveSearch.run(l, 2);
        assertEquals(all.found(), two.found());
        assertEquals(Math.min(2, all.minima().size()), two.minima().size());
        for (int k = 0; k < two.minima().size(); k++) assertEquals(Arrays.toString(all.minima().get(k).inB()), Arrays.toString(two.minima().get(k).inB()));
    }

    @Test
    void twentyFiveActorsAreEnumeratedInSeconds() {
        Landscape l = BruteForce.random(25, 9);
        long t0 = System.nanoTime();
        Minima m = ExhaustiveSearch.run(l, 100);
        double s = (System.nanoTime() - t0) / 1e9;
        assertEquals(1L << 24, m.starts());
        assertTrue(s < 30, "took " + s + " s");
        // Its global minimum cannot be beaten by any single move or by the heuristic.
        Minima h = RestartSearch.run(l, 2000, 1, 10);
        assertTrue(m.global().energy() <= h.global().energy() + 1e-9);
    }
}
