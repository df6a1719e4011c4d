package org.alignsim.landscape;

import org.alignsim.runtime.Landscape;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The heuristic for landscapes too large to enumerate: steepest descent (the same rule as the
 * exhaustive search) from many configurations drawn uniformly at random with a fixed seed.
 *
 * <p>Each distinct end point is a local minimum; its "basin size" is the number of restarts that
 * ended there, so basin size / restarts estimates the share of all configurations in its basin.
 * Nothing guarantees that every local minimum, or the global one, is found: a minimum with a
 * basin share q is missed with probability (1 - q)^restarts. Landscapes built from the scenario
 * data have a few large basins, so 10^5 restarts find the best of them many times over; the
 * result says how often the best was hit.
 */
public final class RestartSearch {
    private RestartSearch() {}

    public static Minima run(Landscape l, long restarts, long seed, int keep) {
        if (restarts < 1) throw new IllegalArgumentException("restarts must be at least 1");
        int n = l.n();
        EnergyField f = new EnergyField(l);
        SplittableRandom rng = new SplittableRandom(seed);
        Map<BitSet, long[]> counts = new HashMap<>();
        boolean[] start = new boolean[n];
        for (long r = 0; r < restarts; r++) {
            // Actor 0 stays in A: the two labels are symmetric, so this loses nothing.
            for (int i = 1; i < n; i++) start[i] = rng.nextBoolean();
            f.set(start);
            for (int k = f.bestMove(); k >= 0; k = f.bestMove()) f.flip(k);
            boolean[] end = f.canonical();
            BitSet key = new BitSet(n);
            for (int i = 0; i < n; i++) if (end[i]) key.set(i);
            counts.computeIfAbsent(key, b -> new long[1])[0]++;
        }
        List<Minima.Minimum> all = new ArrayList<>();
        for (Map.Entry<BitSet, long[]> e : counts.entrySet()) {
            boolean[] inB = new boolean[n];
            for (int i = 0; i < n; i++) inB[i] = e.getKey().get(i);
            f.set(inB);
            all.add(new Minima.Minimum(f.energy(), e.getValue()[0], inB));
        }
        List<Minima.Minimum> sorted = Minima.sorted(all);
        return new Minima(l, sorted.size() > keep ? sorted.subList(0, keep) : sorted, false, restarts, seed, sorted.size());
    }
}
