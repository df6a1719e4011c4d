package org.alignsim.landscape;

import org.alignsim.runtime.Landscape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A separate, deliberately naive implementation of landscape theory for the tests: the energy of
 * every one of the 2^n configurations straight from the definition, neighbours by re-evaluating
 * the definition, steepest descent by comparing neighbours' energies. Nothing is shared with the
 * code under test except the definition of "no move lowers the energy by more than a tolerance",
 * with the same relative tolerance.
 */
final class BruteForce {
    private BruteForce() {}

    /** E(mask) = sum over ordered pairs i != j of s_i s_j p_ij [i and j on different sides]; bit i set = actor i in B. */
    static double energy(Landscape l, int mask) {
        double e = 0;
        int n = l.n();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && (((mask >> i) ^ (mask >> j)) & 1) == 1) e += l.size(i) * l.size(j) * l.propensity(i, j);
            }
        }
        return e;
    }

    static double tolerance(Landscape l) {
        double s = 0;
        for (int i = 0; i < l.n(); i++) for (int j = 0; j < l.n(); j++) if (i != j) s += Math.abs(l.size(i) * l.size(j) * l.propensity(i, j));
        return 1e-10 * s;
    }

    /** The neighbour steepest descent moves to (lowest energy, ties to the lower actor), or -1 at a local minimum. */
    static int step(Landscape l, int mask, double tol) {
        double e = energy(l, mask);
        int best = -1;
        double bestE = e - tol;
        for (int k = 0; k < l.n(); k++) {
            double ek = energy(l, mask ^ (1 << k));
            if (ek < bestE) {
                bestE = ek;
                best = k;
            }
        }
        return best;
    }

    record Result(List<Integer> minima, double[] energy, long[] basin) {}

    /**
     * Every configuration (both labellings), its descent end point and the local minima. Basins
     * count all 2^n configurations, so each is twice the basin over configurations with actor 0 in A.
     */
    static Result all(Landscape l) {
        int n = l.n();
        double tol = tolerance(l);
        int count = 1 << n;
        double[] energy = new double[count];
        for (int m = 0; m < count; m++) energy[m] = energy(l, m);
        long[] basin = new long[count];
        List<Integer> minima = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            if (step(l, m, tol) < 0) minima.add(m);
            int cur = m;
            for (int k = step(l, cur, tol); k >= 0; k = step(l, cur, tol)) cur ^= 1 << k;
            basin[cur]++;
        }
        return new Result(minima, energy, basin);
    }

    /** Random sizes in (0.1, 2) and symmetric propensities in (-1, 1). */
    static Landscape random(int n, long seed) {
        Random r = new Random(seed);
        List<String> codes = new ArrayList<>();
        double[] s = new double[n];
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            codes.add("a" + i);
            s[i] = 0.1 + 1.9 * r.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = 2 * r.nextDouble() - 1;
                p[i * n + j] = v;
                p[j * n + i] = v;
            }
        }
        return new Landscape(codes, s, p);
    }

    /** The configuration of a minimum as a bit mask (bit i set = actor i in coalition B). */
    static int mask(Minima.Minimum m) {
        int x = 0;
        for (int i = 0; i < m.inB().length; i++) if (m.inB()[i]) x |= 1 << i;
        return x;
    }
}
