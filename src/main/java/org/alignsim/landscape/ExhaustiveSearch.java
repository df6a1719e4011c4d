package org.alignsim.landscape;

import org.alignsim.runtime.Landscape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Every configuration of a landscape, its local minima and their basins of attraction.
 *
 * <p>Swapping the names of the two coalitions changes nothing, so actor 0 stays in coalition A and
 * the 2^(n-1) configurations of the others are visited in Gray-code order: each differs from the
 * last by one actor's move, so the local fields and the energy are updated in O(n) (see
 * {@link EnergyField}); every 65536 steps they are recomputed to wash out rounding. Configuration
 * x has actor k+1 in coalition B when bit k of x is set.
 *
 * <p>At each configuration the steepest-descent successor is stored (one int per configuration:
 * 64 MB at 25 actors). A configuration that is its own successor is a local minimum: no single
 * actor can lower the energy by switching. Following successors with path compression then gives
 * every configuration's end point, and the basin of a minimum is the number of configurations
 * whose descent ends there; the basins add up to 2^(n-1).
 */
public final class ExhaustiveSearch {
    /** 2^27 successors are 512 MB; the time (seconds at 25 actors, doubling per actor) is the real limit. */
    public static final int MAX_ACTORS = 28;

    private ExhaustiveSearch() {}

    /** All local minima (a landscape with flat stretches can have very many; see {@link #run(Landscape, int)}). */
    public static Minima run(Landscape l) {
        return run(l, Integer.MAX_VALUE);
    }

    /** The local minima, keeping the best {@code keep} of them in the result (all are counted). */
    public static Minima run(Landscape l, int keep) {
        int n = l.n();
        if (n > MAX_ACTORS) throw new IllegalArgumentException("exhaustive search is limited to " + MAX_ACTORS + " actors, found " + n);
        int m = n - 1;
        int count = 1 << m;
        int all = count - 1;
        int[] next = new int[count];
        EnergyField f = new EnergyField(l);
        IntList minima = new IntList();
        DoubleList energies = new DoubleList();
        double e = f.energy();
        int x = 0;
        for (int t = 0; t < count; t++) {
            if (t > 0) {
                int bit = Integer.numberOfTrailingZeros(t);
                e += f.delta(bit + 1);
                f.flip(bit + 1);
                x ^= 1 << bit;
                if ((t & 0xFFFF) == 0) {
                    f.recompute();
                    e = f.energy();
                }
            }
            int k = f.bestMove();
            if (k < 0) {
                next[x] = x;
                minima.add(x);
                energies.add(e);
            } else {
                // Moving actor 0 is the same as moving everyone else (the labels are symmetric).
                next[x] = k == 0 ? x ^ all : x ^ (1 << (k - 1));
            }
        }
        // Basin sizes: each configuration's end point, found by following successors with path
        // compression, looked up among the (sorted) minima.
        int[] sortedMinima = Arrays.copyOf(minima.a, minima.size);
        Arrays.sort(sortedMinima);
        long[] basinBySorted = new long[sortedMinima.length];
        for (int s = 0; s < count; s++) {
            int r = s;
            while (next[r] != r) r = next[r];
            int y = s;
            while (next[y] != r) {
                int z = next[y];
                next[y] = r;
                y = z;
            }
            basinBySorted[Arrays.binarySearch(sortedMinima, r)]++;
        }
        next = null;
        List<Minima.Minimum> out = best(l, f, minima, energies, sortedMinima, basinBySorted, keep);
        return new Minima(l, Minima.sorted(out), true, count, 0, minima.size);
    }

    private static List<Minima.Minimum> best(Landscape l, EnergyField f, IntList minima, DoubleList energies,
                                             int[] sortedMinima, long[] basinBySorted, int keep) {
        int n = l.n();
        // Keep the `keep` lowest (incremental) energies; exact energies are recomputed for those.
        PriorityQueue<Integer> worstFirst = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(energies.a[b], energies.a[a]);
            return c != 0 ? c : Integer.compare(minima.a[b], minima.a[a]);
        });
        for (int i = 0; i < minima.size; i++) {
            worstFirst.add(i);
            if (worstFirst.size() > keep) worstFirst.poll();
        }
        List<Minima.Minimum> out = new ArrayList<>();
        boolean[] inB = new boolean[n];
        for (int i : worstFirst) {
            int cfg = minima.a[i];
            for (int k = 0; k < n - 1; k++) inB[k + 1] = ((cfg >>> k) & 1) != 0;
            f.set(inB);
            long basin = basinBySorted[Arrays.binarySearch(sortedMinima, cfg)];
            out.add(new Minima.Minimum(f.energy(), basin, inB.clone()));
        }
        return out;
    }

    private static final class IntList {
        int[] a = new int[16];
        int size;

        void add(int v) {
            if (size == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[size++] = v;
        }
    }

    private static final class DoubleList {
        double[] a = new double[16];
        int size;

        void add(double v) {
            if (size == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[size++] = v;
        }
    }
}
