package org.alignsim.landscape;

import org.alignsim.runtime.Landscape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The local minima of a landscape under single-actor moves, best first, with their basins.
 *
 * @param minima     the best minima found (all of them unless the search was told to keep fewer)
 * @param exhaustive every configuration was visited: the list is complete (up to the number
 *                   kept), the first entry is the global minimum and basin sizes are exact counts
 *                   of configurations
 * @param starts     configurations descended from: 2^(n-1) when exhaustive, else the number of
 *                   random restarts (basin sizes then count restarts, an estimate)
 * @param seed       the random restarts' seed (0 and unused when exhaustive)
 * @param found      how many distinct local minima were found in all
 */
public record Minima(Landscape landscape, List<Minimum> minima, boolean exhaustive, long starts, long seed, long found) {

    /**
     * One local minimum.
     *
     * @param inB       coalition of each actor: false = coalition A, the one of actor 0
     * @param basinSize configurations (or restarts) from which steepest descent ends here
     */
    public record Minimum(double energy, long basinSize, boolean[] inB) {
        public List<String> members(Landscape l, boolean b) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < inB.length; i++) if (inB[i] == b) out.add(l.code(i));
            return out;
        }

        /** Whether actors i and j are on the same side. */
        public boolean together(int i, int j) { return inB[i] == inB[j]; }
    }

    public Minimum global() { return minima.get(0); }

    /** Energy ascending, then larger basin, then the configuration itself, so the order is total. */
    static List<Minimum> sorted(List<Minimum> list) {
        List<Minimum> out = new ArrayList<>(list);
        out.sort(Comparator.comparingDouble(Minimum::energy)
                .thenComparing(Comparator.comparingLong(Minimum::basinSize).reversed())
                .thenComparing((a, b) -> Arrays.compare(a.inB(), b.inB())));
        return List.copyOf(out);
    }
}
