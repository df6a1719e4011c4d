package org.alignsim.runtime;

/**
 * Run seeds derived from the master seed and the run's index (SplitMix64's finaliser; Steele,
 * Lea and Flood 2014), so a run's seed does not depend on thread count, order of completion or
 * sharding. With common random numbers the replication index is used instead of the run index,
 * so every design point sees the same seeds.
 */
public final class Seeds {
    private Seeds() {}

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long runSeed(long master, long index) {
        // Non-negative, since some tools print seeds as signed decimals.
        return mix(master + 0x9e3779b97f4a7c15L * (index + 1)) & Long.MAX_VALUE;
    }
}
