package org.alignsim.landscape;

import org.alignsim.runtime.Landscape;
/** Exhaustive search up to a number of actors, the random-restart heuristic beyond. */
public final class LandscapeSearch {
    private LandscapeSearch() {}

    /** Default limit of the exhaustive search: 2^24 configurations, a few seconds. */
    public static final int DEFAULT_EXHAUSTIVE_MAX = 25;

    public static Minima run(Landscape l, int exhaustiveMax, long restarts, long seed, int keep) {
        if (l.n() <= Math.min(exhaustiveMax, ExhaustiveSearch.MAX_ACTORS)) return ExhaustiveSearch.run(l, keep);
        return RestartSearch.run(l, restarts, seed, keep);
    }
}
